"""The differences between two roadmaps as a PDF report (A4, IPAexGothic), for reading and for the file.

Changed characters are marked as in the window: deleted in red and struck through, inserted in
blue, underlined on a light background — still told apart on a black-and-white printout.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core.diff import ProjectDiff, RoadmapDiff, Status, Total, status_name
from ..core.diff_text import (
    bar_line,
    budget_lines,
    char_diff,
    department_note,
    edition_line,
    renumbered_lines,
    summary_line,
    total_rows,
)
from ..core.i18n import translate
from ..layout.fonts import register_font
from .atomic import atomic_output

DELETED_COLOR = "#C62828"
INSERTED_COLOR = "#1565C0"


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=13, wordWrap="CJK")
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontSize=15, leading=20, spaceAfter=4),
        "h1": ParagraphStyle("h1", parent=base, fontSize=12, leading=16, spaceBefore=8, spaceAfter=3),
        "h2": ParagraphStyle("h2", parent=base, fontSize=10, leading=14, spaceBefore=6, spaceAfter=1),
        "item": ParagraphStyle("item", parent=base, leftIndent=8 * mm, firstLineIndent=-4 * mm),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
    }


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def marked_markup(old: str, new: str) -> str:
    """Paragraph markup of *old* → *new* with the changed characters marked."""
    out = []
    for op, text in char_diff(old, new):
        if op == "=":
            out.append(_text(text))
        elif op == "-":
            out.append(f'<font color="{DELETED_COLOR}"><strike>{_text(text)}</strike></font>')
        else:
            out.append(f'<span color="{INSERTED_COLOR}" backColor="#E3F2FD"><u>{_text(text)}</u></span>')
    return "".join(out)


def _total_table(diff: RoadmapDiff, totals: list[Total], styles: dict[str, ParagraphStyle]) -> Table:
    rows = total_rows(diff, [*totals, diff.total])
    rows[0][0] = rows[0][0] or translate("diff_pdf", "区分")
    data = [[Paragraph(_text(c), styles["cell"]) if i == 0 else c for i, c in enumerate(r)] for r in rows]
    table = Table(data, colWidths=[60 * mm, 28 * mm, 28 * mm, 28 * mm, 22 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles["cell"].fontName, 8),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _project(d: ProjectDiff, styles: dict[str, ParagraphStyle]) -> list[Paragraph]:
    head = f"{d.no_text} {_text(d.name)}　［{status_name(d.status)}］"
    flow = [Paragraph(head, styles["h2"])]
    if d.note:
        flow.append(Paragraph("・" + _text(d.note), styles["item"]))
    for c in d.texts:
        flow.append(Paragraph(f"・{_text(c.label)}: {marked_markup(c.old, c.new)}", styles["item"]))
    flow += [Paragraph("・" + _text(line), styles["item"]) for line in budget_lines(d)]
    label = translate("diff_pdf", "工程")
    flow += [Paragraph(f"・{label} {_text(bar_line(b))}", styles["item"]) for b in d.bars]
    return flow


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(doc.font_name, 8)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"- {doc.page} -")
    canvas.restoreState()


def export_diff_pdf(diff: RoadmapDiff, out: Path) -> None:
    """Write the comparison to the PDF *out* (replaced only when complete)."""
    font = register_font()
    styles = _styles(font)
    story: list[object] = [
        Paragraph(translate("diff_pdf", "ロードマップの比較"), styles["title"]),
        Paragraph("A " + _text(edition_line(diff.a_name, diff.a.title, diff.a.window_years)), styles["base"]),
        Paragraph("B " + _text(edition_line(diff.b_name, diff.b.title, diff.b.window_years)), styles["base"]),
        Paragraph(_text(summary_line(diff)), styles["base"]),
        Paragraph(
            translate("diff_pdf", "変更箇所: ")
            + f'<font color="{DELETED_COLOR}"><strike>{translate("diff_pdf", "削除した文字")}</strike></font>　'
            + f'<span color="{INSERTED_COLOR}" backColor="#E3F2FD"><u>{translate("diff_pdf", "追加した文字")}</u></span>',
            styles["base"],
        ),
        Paragraph(translate("diff_pdf", "事業費（千円）: 分野別"), styles["h1"]),
        _total_table(diff, diff.by_field, styles),
        Paragraph(translate("diff_pdf", "事業費（千円）: 部局別"), styles["h1"]),
        _total_table(diff, diff.by_department, styles),
        Paragraph("※" + _text(department_note()), styles["base"]),
    ]
    if diff.renumbered:  # a reader who looks a sheet up by its old number must know
        title = translate("diff_pdf", "シート番号の変更（{n}件）").format(n=len(diff.renumbered))
        story.append(Paragraph(title, styles["h1"]))
        story += [Paragraph("・" + _text(line), styles["item"]) for line in renumbered_lines(diff)]
    for status, title in (
        (Status.NEW, translate("diff_pdf", "新規の事業")),
        (Status.ENDED, translate("diff_pdf", "終了・削除の事業")),
        (Status.CHANGED, translate("diff_pdf", "変更のあった事業")),
    ):
        items = diff.of(status)
        if not items:
            continue
        story.append(Paragraph(title, styles["h1"]))
        for d in items:
            story += _project(d, styles)
    if not diff.projects:
        story += [Spacer(1, 6 * mm), Paragraph(translate("diff_pdf", "違いはありません。"), styles["base"])]
    with atomic_output(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=18 * mm,
            title=translate("diff_pdf", "ロードマップの比較"), author="Roadmap Desktop",
        )  # fmt: skip
        doc.font_name = font
        doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
