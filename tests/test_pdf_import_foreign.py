"""PDF import of sheets that other programs made: our Excel export printed to PDF by LibreOffice, and a
sheet drawn the way published PDFs are (spaced labels, full-width digits, borders as lines, a
non-embedded CID font, every bar an arrow)."""

from __future__ import annotations

import copy
from pathlib import Path

import openpyxl
import pytest
from lo_print import OWN, PrintedCorpus
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from roadmap_desktop.core.dump import dumps, project_to_dict
from roadmap_desktop.core.fiscal import format_fiscal_year
from roadmap_desktop.core.labels import label_for
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, default_title
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.importing.merge import ChangeKind, apply_import, plan_import
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.layout.geometry import PAGE_H, PAGE_W, CellKind, page_geometry, paginate
from roadmap_desktop.paths import sample_path

E = Edition(title=default_title(2024), fiscal_year=2024, first_sheet_no=56)
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


# --- LibreOffice prints our Excel export ----------------------------------------------------------

# Sheets whose Excel cells hold more text than LibreOffice can show: none now. No.72's 概要 is taller
# than its row and is printed over 事業名; the reader keeps each cell's text with its own cell
# (pdf_text.TextRuns), so both come back. (Bar labels shrink to fit their cells, so the one-month bars
# of No.63 and No.66 come back; labels that run out of their cell over other bars are read back too: No.65.)
LO_OVERFLOW: set[int] = set()


def _fold(text: str) -> str:
    return text.replace("〜", "～")  # LibreOffice's PDF maps the full-width tilde to the wave dash


@pytest.fixture(scope="module")
def libreoffice_pdf(printed_corpus: PrintedCorpus) -> tuple[Roadmap, Path]:
    """The sample's Excel export printed by LibreOffice (the font pinned: tests/lo_print.py)."""
    return load_sample(sample_path()), printed_corpus.pdfs()[OWN]


def printed_corpus_source(pdf: Path) -> Path:
    """The workbook LibreOffice printed as *pdf* (the corpus builds it in the sibling xlsx folder)."""
    return pdf.parent.parent / "xlsx" / pdf.with_suffix(".xlsx").name


def test_excel_export_printed_by_libreoffice_reads_back(libreoffice_pdf: tuple[Roadmap, Path]) -> None:
    roadmap, pdf = libreoffice_pdf
    result = read_pdf(pdf, roadmap.edition)
    assert result.problems == [  # the 一覧 worksheet, then the 全体工程表 worksheet (skipped by its title)
        "1ページ目: ロードマップのシートではありません",
        "2ページ目: 「全体工程表」のページです（事業のシートではないため読み飛ばしました）",
    ]
    by_name = {s.project.name: s for s in result.sheets}
    numbers = dict(zip((p.id for p in roadmap.projects), roadmap.sheet_numbers(), strict=True))
    # a sheet that runs over a further printed page (the workbook's manual breaks) is said and read whole:
    # every sample sheet now prints on one page, so tests/test_xlsx_print_padding.py reads a run-over print
    book = openpyxl.load_workbook(printed_corpus_source(pdf))
    run_over = {int(ws.title.removeprefix("No.")) for ws in book.worksheets if ws.row_breaks.brk}
    compared = 0
    for project in roadmap.projects:
        no = numbers[project.id]
        if no in LO_OVERFLOW:
            continue
        sheet = by_name[project.name]
        assert sheet.warnings == [] or no in run_over, (no, sheet.warnings)
        got = project_to_dict(sheet.project, with_id=False)
        want = project_to_dict(project, with_id=False)
        assert _fold(str(got)) == _fold(str(want)), no
        compared += 1
    assert compared == 20


def test_libreoffice_pdf_bars_come_back_to_the_month(libreoffice_pdf: tuple[Roadmap, Path]) -> None:
    """Even where labels overflow their cells, every bar's first and last month and its arrow come back."""
    roadmap, pdf = libreoffice_pdf
    result = read_pdf(pdf, roadmap.edition)
    by_name = {s.project.name: s.project for s in result.sheets}
    checked = 0
    for project in roadmap.projects:
        got = by_name[project.name]  # No.72 too: its 概要 spills over 事業名, but the spilled lines are left out
        assert len(got.initiatives) == len(project.initiatives)
        for a, b in zip(project.initiatives, got.initiatives, strict=True):
            for x, y in ((a.plan, b.plan), (a.actual, b.actual)):
                assert sorted((c.start, c.end, c.continues) for c in x) == sorted(
                    (c.start, c.end, c.continues) for c in y
                )
                checked += len(x)
    assert checked > 150
    no72 = by_name["県庁スマートワーク推進事業"]
    assert (no72.start_year, no72.end_year, no72.budget) == (2024, 2028, 176289)


def test_libreoffice_pdf_applies_through_the_preview(libreoffice_pdf: tuple[Roadmap, Path]) -> None:
    roadmap, pdf = libreoffice_pdf
    result = read_pdf(pdf, roadmap.edition)
    plan = plan_import(roadmap, result)
    numbers = {p.name: n for p, n in zip(roadmap.projects, roadmap.sheet_numbers(), strict=True)}
    unchanged = {numbers[c.name] for c in plan if c.kind is ChangeKind.UNCHANGED}
    # every sheet LibreOffice printed whole matches its project (No.71's 〜 printed as ～ is no change)
    assert set(range(56, 76)) - LO_OVERFLOW <= unchanged
    before = dumps(roadmap)
    apply_import(roadmap, plan)
    assert dumps(roadmap) == before  # applying builds a new roadmap; the open one is untouched


# --- a sheet drawn as published PDFs draw it ------------------------------------------------------

SPACED = {
    "field": "分　　　野",
    "name": "事　業　名",
    "overview": "概　　　要",
    "approach": "取　　　組",
    "start_year": "事業\n始期",
    "end_year": "事業\n終期",
    "change": "デジタル活用によって\nどう変わるか",
}
FONT = "HeiseiKakuGo-W5"  # a CID font the PDF names but does not embed: other widths than ours


def _wrap(text: str, width_mm: float, size: float) -> list[str]:
    width = width_mm * mm
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if line and pdfmetrics.stringWidth(line + ch, FONT, size) > width:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return lines


def draw_published(roadmap: Roadmap, out: Path, nudge_mm: float = 0.0, borders: str = "lines", style: str = "") -> None:
    """Sheets in the standard layout, drawn the way other producers do: every border a separate line
    (or each cell's outline one open path), labels spaced out, Ｎｏ．and numbers in full-width digits,
    every bar an arrow (▶); *style* "strokes": bars as thick lines with a separate arrow head, and
    year headers written 令和６年度."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = Canvas(str(out), pagesize=(PAGE_W * mm, PAGE_H * mm))
    ed = roadmap.edition

    def y(v: float) -> float:
        return (PAGE_H - v) * mm

    def box(x: float, top: float, w: float, h: float, shade: bool = False) -> None:
        if borders == "none":  # a sheet laid out by position only
            return
        if shade:
            c.setFillGray(0.8)
            c.rect(x * mm, y(top + h), w * mm, h * mm, stroke=0, fill=1)
            c.setFillGray(0)
        c.setLineWidth(0.5)
        if borders == "paths":  # one open polyline around the cell: a path, not a rectangle
            path = c.beginPath()
            path.moveTo(x * mm, y(top))
            for px, py in ((x + w, top), (x + w, top + h), (x, top + h), (x, top + 0.01)):
                path.lineTo(px * mm, y(py))
            c.drawPath(path, stroke=1, fill=0)
            return
        for x0, y0, x1, y1 in (
            (x, top, x + w, top),
            (x, top + h, x + w, top + h),
            (x, top, x, top + h),
            (x + w, top, x + w, top + h),
        ):
            c.line(x0 * mm, y(y0), x1 * mm, y(y1))

    def text(
        lines: list[str], x: float, top: float, w: float, h: float, size: float, centre: bool, valign_top: bool = False
    ) -> None:
        c.setFont(FONT, size)
        pitch = size * 1.25 / mm
        first = top + 1 + size / mm if valign_top else top + (h - len(lines) * pitch) / 2 + size * 0.9 / mm
        for k, line in enumerate(lines):
            if centre:
                c.drawCentredString((x + w / 2) * mm, y(first + k * pitch), line)
            else:
                c.drawString((x + 1.2) * mm, y(first + k * pitch), line)

    for no, p in zip(roadmap.sheet_numbers(), roadmap.projects, strict=True):
        for number, rows in enumerate(paginate(len(p.initiatives))):
            g = page_geometry(ed, len(rows), number > 0)
            c.setFont(FONT, 13)
            c.drawString(g.title.x * mm, y(g.title.y + 5), ed.title + ("（続き）" if number else ""))
            c.drawRightString(g.title.right * mm, y(g.title.y + 5), f"Ｎｏ．{no}".translate(FULL))
            for cell in g.cells:
                r = cell.rect
                if cell.kind is CellKind.LABEL:
                    attr = cell.key.removeprefix("label:")
                    word = SPACED.get(attr) or label_for(attr, ed)
                    box(r.x, r.y, r.w, r.h, shade=True)
                    text(word.split("\n"), r.x, r.y, r.w, r.h, 7.5, True)
                    continue
                box(r.x, r.y, r.w, r.h)
                v = getattr(p, cell.key)
                if isinstance(v, list):
                    v = "・".join(v)
                elif cell.key.endswith("_year"):
                    v = format_fiscal_year(v) if v else ""
                elif cell.key == "budget":
                    v = "" if v is None else f"{v:,}".translate(FULL).replace(",", "，")
                big = cell.key in ("issues", "approach", "change")
                text(_wrap(v, r.w - 2.4, 8.5), r.x, r.y, r.w, r.h, 8.5, False, valign_top=big)
            t = g.timeline
            for r, word in [(t.name_header(), "取　　　組"), (t.kind_header(), "区分")] + [
                (t.year_header(i), _year_word(yr, style)) for i, yr in enumerate(t.years)
            ]:
                box(r.x, r.y, r.w, r.h, shade=True)
                text([word], r.x, r.y, r.w, r.h, 8, True)
            c.setLineWidth(0.2)
            c.setStrokeGray(0.7)
            for k in range(1, 60):
                c.line(t.month_left(k) * mm, y(t.body_top), t.month_left(k) * mm, y(t.bottom))
            c.setStrokeGray(0)
            for j, index in enumerate(rows):
                ini = p.initiatives[index]
                r = t.name_cell(j)
                box(r.x, r.y, r.w, r.h)
                text(_wrap(ini.name, r.w - 2.4, 8), r.x, r.y, r.w, r.h, 8, False)
                for actual in (False, True):
                    k = t.kind_cell(j, actual)
                    box(k.x, k.y, k.w, k.h, shade=True)
                    text(["実績" if actual else ini.plan_label], k.x, k.y, k.w, k.h, 7, True)
                    top = t.row_top(j, actual)
                    box(t.months_x, top, t.right - t.months_x, t.row_h)
                    for bar in ini.actual if actual else ini.plan:
                        first, last = ed.month_offset(bar.start), ed.month_offset(bar.end)
                        x0 = t.month_left(first) + 0.3 + nudge_mm
                        x1 = t.month_left(last + 1) - 0.3
                        head = 2.0
                        if bar.continues:
                            x1 = t.right + 1.5
                        b_top, b_bot = top + t.row_h * 0.2, top + t.row_h * 0.8
                        c.setFillGray(0.7 if actual else 0.9)
                        if style == "text-only":  # bar labels written in the rows, no bars drawn
                            pass
                        elif style == "line-arrows":  # a thin line with a head, its label above it
                            mid = b_bot - 0.8
                            c.setLineWidth(0.8)
                            c.line(x0 * mm, y(mid), (x1 - head) * mm, y(mid))
                            path = c.beginPath()
                            path.moveTo((x1 - head) * mm, y(mid - 1))
                            path.lineTo(x1 * mm, y(mid))
                            path.lineTo((x1 - head) * mm, y(mid + 1))
                            path.close()
                            c.drawPath(path, stroke=0, fill=1)
                            c.setLineWidth(0.5)
                            b_bot = mid - 0.6  # the label goes above the line
                        elif style == "strokes":  # a thick line, and a separate triangle for the head
                            c.setLineWidth((b_bot - b_top) * mm)
                            c.setStrokeGray(0.8)
                            c.line(x0 * mm, y((b_top + b_bot) / 2), (x1 - head) * mm, y((b_top + b_bot) / 2))
                            c.setStrokeGray(0)
                            c.setLineWidth(0.5)
                            path = c.beginPath()
                            path.moveTo((x1 - head) * mm, y(b_top - 0.5))
                            path.lineTo(x1 * mm, y((b_top + b_bot) / 2))
                            path.lineTo((x1 - head) * mm, y(b_bot + 0.5))
                            path.close()
                            c.drawPath(path, stroke=0, fill=1)
                        else:
                            path = c.beginPath()
                            path.moveTo(x0 * mm, y(b_top))
                            path.lineTo((x1 - head) * mm, y(b_top))
                            path.lineTo(x1 * mm, y((b_top + b_bot) / 2))
                            path.lineTo((x1 - head) * mm, y(b_bot))
                            path.lineTo(x0 * mm, y(b_bot))
                            path.close()
                            c.drawPath(path, stroke=1, fill=1)
                        c.setFillGray(0)
                        text([bar.label], x0, b_top, x1 - head - x0, b_bot - b_top, 6, True)
            c.showPage()
    c.save()


def _year_word(year: int, style: str) -> str:
    if style == "strokes":
        return format_fiscal_year(year, "long").translate(FULL)
    return format_fiscal_year(year).translate(FULL).replace("R", "Ｒ")


def _published_roadmap() -> Roadmap:
    m = E.first_month.shifted
    initiatives = [
        Initiative(
            "電子入札の拡充に向けた検討",
            "計画",
            [
                Bar(m(0), m(5), "内容検討"),
                Bar(m(12), m(23), "試験導入・内容検討"),
                Bar(m(24), m(59), "新技術の運用", True),
            ],
            [Bar(m(0), m(5), "内容検討")],
        ),
        Initiative("電子収納の拡充に向けた検討", "目標", [Bar(m(6), m(11), "先行運用")], []),
    ]
    initiatives += [Initiative(f"分科会{k}の実施", "計画", [Bar(m(3 * k), m(3 * k + 2), "会議")], []) for k in range(9)]
    project = Project(
        name="電子入札・電子収納導入調査事業",
        field="行政経営分野",
        items=["住民の利便性の向上"],
        departments=["総務部", "教育庁"],
        sections=["行政経営課"],
        start_year=2023,
        end_year=2028,
        budget=5144,
        overview="職員の業務効率化、県民サービスの向上を図るため、電子入札・電子収納の拡充に向けた検討を行う。",
        issues="・電子入札については、建設工事分野でのみ実施している。\n・電子収納については、県税や建設業許可申請手数料等の一部を除き、現金や県証紙により公金収納されている。",
        approach="建設工事分野のみならず、物品や役務等の分野における電子入札や、現金や証紙だけでなく、キャッシュレス決済により公金収納が可能となる電子収納を導入する。",
        change="入札業務に従事する職員の業務効率化や、入札に参加する事業者の負担軽減につながる。\n※多様な支払方法が導入される。",
        initiatives=initiatives,
    )
    return Roadmap(E, [project])


@pytest.mark.parametrize(
    ("borders", "style"), [("lines", ""), ("paths", ""), ("lines", "strokes"), ("none", ""), ("lines", "line-arrows")]
)
def test_published_style_sheet_reads_back(tmp_path: Path, borders: str, style: str) -> None:
    roadmap = _published_roadmap()
    pdf = tmp_path / "published.pdf"
    draw_published(roadmap, pdf, borders=borders, style=style)
    result = read_pdf(pdf, E)
    assert result.problems == []
    [sheet] = result.sheets
    assert sheet.sheet_no == 56 and sheet.source == "1〜2ページ目" and sheet.warnings == []
    empty = Roadmap(copy.deepcopy(E), [])
    back = apply_import(empty, plan_import(empty, result))
    assert dumps(back, with_ids=False) == dumps(roadmap, with_ids=False)


def test_bar_edge_between_months_is_read_with_a_warning(tmp_path: Path) -> None:
    roadmap = _published_roadmap()
    del roadmap.projects[0].initiatives[2:]
    pdf = tmp_path / "nudged.pdf"
    month_w = page_geometry(E, 2).timeline.month_w
    draw_published(roadmap, pdf, nudge_mm=0.35 * month_w)  # every bar starts a third of a month late
    [sheet] = read_pdf(pdf, E).sheets
    assert any("月の区切りからずれています" in why and "内容検討" in why for why in sheet.unread.values())
    first = sheet.project.initiatives[0].plan[0]
    assert first.start == E.first_month and first.end == E.first_month.shifted(5)  # still the nearest month


def test_words_in_a_row_without_bars_are_named_in_a_warning(tmp_path: Path) -> None:
    roadmap = _published_roadmap()
    del roadmap.projects[0].initiatives[1:]
    pdf = tmp_path / "nobars.pdf"
    draw_published(roadmap, pdf, style="text-only")
    [sheet] = read_pdf(pdf, E).sheets
    assert sheet.project.initiatives[0].plan == []
    assert "バーのない行の文字「内容検討試験導入・内容検討新技術の運用」を読み飛ばしました" in sheet.warnings
