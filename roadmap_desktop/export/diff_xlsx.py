"""The differences between two roadmaps as a workbook: a summary, the budget totals, and every change.

Changed characters are marked in the cell itself (rich text): deleted in red and struck through,
inserted in blue, bold and underlined — readable on screen and on a black-and-white printout. No
text becomes a formula, whatever it starts with.
"""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from ..core.diff import ProjectDiff, RoadmapDiff, Status, Total, budget_text, status_name
from ..core.diff_text import (
    bar_line,
    char_diff,
    department_note,
    edition_line,
    renumbered_lines,
    summary_line,
    total_rows,
)
from ..core.fiscal import format_fiscal_year
from ..core.i18n import translate
from ..layout.fonts import FONT_NAME
from .atomic import atomic_output
from .xlsx import formula_like

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
DELETED = InlineFont(rFont=FONT_NAME, color="C62828", strike=True)
INSERTED = InlineFont(rFont=FONT_NAME, color="1565C0", b=True, u="single")
PLAIN = InlineFont(rFont=FONT_NAME)
_HEAD_FILL = PatternFill("solid", fgColor="D9E2F3")
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONT = Font(name=FONT_NAME, size=10)
_BOLD = Font(name=FONT_NAME, size=10, bold=True)
_WRAP = Alignment(vertical="top", wrap_text=True)


def _clean(text: str) -> str:
    return _ILLEGAL.sub("", text)


def _put(ws: Worksheet, row: int, col: int, value: object, bold: bool = False) -> None:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = _clean(value)
        cell.data_type = "s"  # never a formula, whatever the text starts with (=, +, -, @)
        cell.quotePrefix = formula_like(value)  # and still text after F2 and Enter in Excel
    else:
        cell.value = value
    cell.font = _BOLD if bold else _FONT
    cell.alignment = _WRAP


def _marked(old: str, new: str) -> CellRichText:
    blocks: list[str | TextBlock] = []
    for op, text in char_diff(_clean(old), _clean(new)):
        font = PLAIN if op == "=" else DELETED if op == "-" else INSERTED
        blocks.append(TextBlock(font, text))
    return CellRichText(blocks)


def _header(ws: Worksheet, row: int, values: list[str]) -> None:
    for col, value in enumerate(values, start=1):
        _put(ws, row, col, value, bold=True)
        ws.cell(row=row, column=col).fill = _HEAD_FILL
        ws.cell(row=row, column=col).border = _BOX


def _summary(ws: Worksheet, diff: RoadmapDiff) -> None:
    ws.title = translate("diff_xlsx", "概要")
    _put(ws, 1, 1, translate("diff_xlsx", "ロードマップの比較"), bold=True)
    _put(ws, 2, 1, "A " + edition_line(diff.a_name, diff.a.title, diff.a.window_years))
    _put(ws, 3, 1, "B " + edition_line(diff.b_name, diff.b.title, diff.b.window_years))
    _put(ws, 4, 1, summary_line(diff))
    _put(
        ws, 5, 1, translate("diff_xlsx", "変更箇所の表示: 削除した文字は赤の取り消し線、追加した文字は青の太字・下線。")
    )
    if diff.renumbered:  # a reader who looks a sheet up by its old number must know
        _put(ws, 7, 1, translate("diff_xlsx", "シート番号の変更（{n}件）").format(n=len(diff.renumbered)), bold=True)
        for i, line in enumerate(renumbered_lines(diff)):
            _put(ws, 8 + i, 1, line)
    ws.column_dimensions["A"].width = 110


def _totals(ws: Worksheet, diff: RoadmapDiff) -> None:
    ws.title = translate("diff_xlsx", "事業費")
    row = 1
    for title, totals, note in (
        (translate("diff_xlsx", "分野別（千円）"), diff.by_field, ""),
        (translate("diff_xlsx", "部局別（千円）"), diff.by_department, department_note()),
    ):
        _put(ws, row, 1, title, bold=True)
        row += 1
        rows = total_rows(diff, [*totals, diff.total])
        _header(ws, row, [rows[0][0] or translate("diff_xlsx", "区分"), *rows[0][1:]])
        for t_row, total in zip(rows[1:], [*totals, diff.total], strict=True):
            row += 1
            _total_row(ws, row, t_row[0], total)
        row += 1
        if note:
            _put(ws, row, 1, "※" + note)
            row += 1
        row += 1
    ws.column_dimensions["A"].width = 26
    for col in "BCDE":
        ws.column_dimensions[col].width = 16


def _total_row(ws: Worksheet, row: int, key: str, total: Total) -> None:
    _put(ws, row, 1, key, bold=total.key == translate("diff", "合計"))
    # a sum with budgets 未入力 is written as words that say so, never as a bare number
    old = total.old if not total.old_unset else total.old_text
    new = total.new if not total.new_unset else total.new_text
    for col, value in ((2, old), (3, new), (4, total.delta if total.complete else total.delta_text)):
        _put(ws, row, col, value)
        ws.cell(row=row, column=col).number_format = "#,##0;-#,##0"
        if isinstance(value, str):
            ws.cell(row=row, column=col).alignment = Alignment(horizontal="right", vertical="top", wrap_text=True)
    unset = f"{total.old_unset}→{total.new_unset}" if (total.old_unset or total.new_unset) else ""
    _put(ws, row, 5, unset)
    for col in range(1, 6):
        ws.cell(row=row, column=col).border = _BOX


def _change_rows(d: ProjectDiff) -> list[tuple[str, str, str, str | CellRichText]]:
    """(what, before, after, marked) for each change of one project."""
    if d.status is Status.NEW:
        return [(translate("diff_xlsx", "事業"), "", d.name, translate("diff_xlsx", "新規"))]
    if d.status is Status.ENDED:
        return [(translate("diff_xlsx", "事業"), d.name, "", d.note or translate("diff_xlsx", "B にありません"))]
    rows: list[tuple[str, str, str, str | CellRichText]] = []
    rows += [(c.label, c.old, c.new, _marked(c.old, c.new)) for c in d.texts]
    for c in d.budgets:
        what = translate("diff_xlsx", "{year}事業費（千円）").format(year=format_fiscal_year(c.fiscal_year))
        rows.append((what, budget_text(c.old), budget_text(c.new), c.delta_text))
    for b in d.bars:
        old = b.old.period_text() + f"「{b.old.label}」" if b.old else ""
        new = b.new.period_text() + f"「{b.new.label}」" if b.new else ""
        rows.append((translate("diff_xlsx", "工程"), old, new, bar_line(b)))
    return rows


def _units(text: str) -> int:
    """Width in Excel's character units: a full-width character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _lines(text: str, width: float) -> int:
    return sum(max(1, math.ceil(_units(line) / max(1.0, width - 1))) for line in text.split("\n"))


_WIDTHS = (9, 26, 10, 16, 36, 36, 50)


def _changes(ws: Worksheet, diff: RoadmapDiff) -> None:
    ws.title = translate("diff_xlsx", "変更一覧")
    _header(
        ws,
        1,
        [
            "No.",
            translate("diff_xlsx", "事業名"),
            translate("diff_xlsx", "区分"),
            translate("diff_xlsx", "項目"),
            translate("diff_xlsx", "変更前"),
            translate("diff_xlsx", "変更後"),
            translate("diff_xlsx", "変更箇所"),
        ],
    )
    row = 1
    for d in diff.projects:
        for what, old, new, marked in _change_rows(d):
            row += 1
            for col, value in enumerate([d.no_text, d.name, status_name(d.status), what, old, new], start=1):
                _put(ws, row, col, value)
            cell = ws.cell(row=row, column=7)
            if isinstance(marked, CellRichText):
                cell.value = marked
            else:
                _put(ws, row, 7, marked)
            cell.alignment = _WRAP
            for col in range(1, 8):
                ws.cell(row=row, column=col).border = _BOX
            # Excel and LibreOffice do not grow a row for wrapped text written by a program: size it here.
            texts = [d.no_text, d.name, what, old, new, str(marked)]
            lines = max(_lines(t, w) for t, w in zip(texts, (_WIDTHS[0], *_WIDTHS[1:2], *_WIDTHS[3:]), strict=True))
            ws.row_dimensions[row].height = 14 * lines + 2
    ws.freeze_panes = "A2"
    for letter, width in zip("ABCDEFG", _WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width


def _printable(ws: Worksheet, landscape: bool) -> None:
    """Printed one page wide (as many pages down as needed), the header row on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def export_diff_xlsx(diff: RoadmapDiff, out: Path) -> None:
    """Write the comparison to the workbook *out* (replaced only when complete)."""
    wb = Workbook()
    _summary(wb.active, diff)
    _totals(wb.create_sheet(), diff)
    _changes(wb.create_sheet(), diff)
    for ws, landscape in zip(wb.worksheets, (False, False, True), strict=True):
        _printable(ws, landscape)
    wb.worksheets[2].print_title_rows = "1:1"
    with atomic_output(out) as tmp:
        wb.save(tmp)
