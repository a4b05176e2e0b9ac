"""Workbooks built by hand the way a department builds its roadmap in Excel (openpyxl, not our
exporter), for LibreOffice to print to PDF.

Two styles, both laid out the standard way but drawn differently from our export:
- "months": 12 month columns per year headed Ｒ６…, a row of month numbers (4 5 … 3) under them, a
  区分 header, bars as runs of filled cells parted by a change of fill, the label in the run's first
  cell, 取組 names merged over their rows, a bar that continues written with ⇒ after its label;
- "quarters": years headed 令和６年度 over four quarter headers (4～6月 …), each over three month
  columns; no 区分 header (取組 spans both columns and both header rows); bars as merged filled cells
  of one colour parted by medium borders; 取組 names in the first row only; a trailing 以降 column
  that a continuing bar fills or that holds an arrow (→) typed beside it; several projects stacked on one worksheet, two to a printed page;
- "shapes": the "months" grid (headed R6 …, with 区分), its bars drawn as shapes over the cells
  (rectangles, pentagon arrows, right arrows, lines with a text box above): see shapes.py;
- "centred": the same grid, each bar one merged filled cell with its label centred and no border
  between touching bars of one colour (LibreOffice prints them as one continuous fill).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from .facts import sample

FULL = str.maketrans("0123456789", "０１２３４５６７８９")
MONTH_COLS = 60
FIRST_MONTH_COL = 3  # A: 取組 names, B: 計画/実績
LAST_COL = FIRST_MONTH_COL + MONTH_COLS  # the 以降 column
LABEL_FILL = PatternFill("solid", fgColor="D9D9D9")
PLAN_FILLS = ("9BC2E6", "F4B084", "C9A0DC")
ACTUAL_FILLS = ("A9D08E", "FFD966", "8EA9DB")
THIN = Side(style="thin", color="000000")
MEDIUM = Side(style="medium", color="000000")
FONT = "IPAexGothic"


def _month_index(text: str) -> int:
    """2024-04 -> 0 (fiscal months from R6's April)."""
    y, m = (int(v) for v in text.split("-"))
    return (y - 2024) * 12 + m - 4


LABEL_CHARS_PER_MONTH = 2.5  # 6 pt characters in a month column (the "months" style)


def _span(bar: dict[str, Any], run_on: str) -> tuple[float, float]:
    """The months a bar and its label take in its row: a label in the first cell runs on over the cells
    after it ("right"), a label centred on a shape spills over both ends ("both"); a person leaves that
    room free so that the label can be read."""
    start, end = _month_index(bar["start"]), _month_index(bar["end"]) + 1
    need = len(bar["label"]) / LABEL_CHARS_PER_MONTH
    if run_on == "right":
        end = max(end, start + int(need + 0.99))
    elif run_on == "both" and need > end - start:
        over = (need - (end - start)) / 2 + 0.3
        start, end = start - over, end + over
    return start, end


def _lanes(bars: list[dict[str, Any]], run_on: str = "") -> list[list[dict[str, Any]]]:
    """Bars that overlap in time go on extra rows, as a person would lay them out."""
    lanes: list[list[dict[str, Any]]] = []
    for bar in sorted(bars, key=lambda b: (_month_index(b["start"]), -_month_index(b["end"]))):
        for lane in lanes:
            if _span(lane[-1], run_on)[1] <= _span(bar, run_on)[0]:
                lane.append(bar)
                break
        else:
            lanes.append([bar])
    return lanes or [[]]


class _Sheet:
    def __init__(self, ws: Worksheet, style: str) -> None:
        self.ws, self.style = ws, style
        self.shapes: list[dict[str, Any]] = []  # bars to draw as shapes ("shapes" style)

    def cell(
        self,
        row: int,
        c0: int,
        c1: int,
        value: Any,
        *,
        label: bool = False,
        size: float = 9,
        wrap: bool = True,
        centre: bool = False,
        rows: int = 1,
        number: str | None = None,
    ) -> None:
        ws = self.ws
        if c1 > c0 or rows > 1:
            ws.merge_cells(start_row=row, start_column=c0, end_row=row + rows - 1, end_column=c1)
        cell = ws.cell(row, c0)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"
        if number:
            cell.number_format = number
        cell.font = Font(name=FONT, size=size)
        cell.alignment = Alignment(
            wrap_text=wrap,
            vertical="center" if (label or centre) else "top",
            horizontal="center" if (label or centre) else "left",
        )
        if label:
            cell.fill = LABEL_FILL
        for r in range(row, row + rows):
            for c in range(c0, c1 + 1):
                ws.cell(r, c).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _text_height(text: str, width_chars: float, size: float = 9) -> float:
    per_line = max(1, int(width_chars / 1.9))
    lines = sum(1 + len(p) // per_line for p in text.split("\n"))
    return lines * size * 1.45 + 6


def _project_block(sh: _Sheet, row: int, p: dict[str, Any], no: int, variant: int) -> int:
    """Write one project's sheet from *row*; returns the next free row."""
    ws, style = sh.ws, sh.style
    ws.row_dimensions[row].height = 20
    sh.cell(row, 1, 40, "令和６年度DX関連事業ロードマップ", size=13, wrap=False)
    sh.cell(
        row,
        48,
        LAST_COL,
        f"Ｎｏ．{str(no).translate(FULL)}" if style == "quarters" else f"No.{no}",
        size=12,
        wrap=False,
    )
    for c in range(1, LAST_COL + 1):
        ws.cell(row, c).border = Border()
    row += 1
    ws.row_dimensions[row].height = 26
    spaced = style == "months"  # labels spaced out
    sh.cell(row, 1, 1, "分　　野" if spaced else "分野", label=True)
    sh.cell(row, 2, 16, p["field"])
    sh.cell(row, 17, 21, "項　目" if spaced else "項目", label=True)
    sh.cell(row, 22, 32, "・".join(p["items"]), size=8)
    sh.cell(row, 33, 37, "担当部局", label=True)
    sh.cell(row, 38, 48, "・".join(p["departments"]), size=8)
    sh.cell(row, 49, 53, "担当課等", label=True)
    sh.cell(row, 54, LAST_COL, "・".join(p["sections"]), size=8)
    row += 1
    ws.row_dimensions[row].height = 30
    sh.cell(row, 1, 1, "事　業　名" if spaced else "事業名", label=True)
    if style == "months":  # typed into one cell, running on over the empty bordered cells after it
        for c in range(2, 33):
            sh.cell(row, c, c, p["name"] if c == 2 else None, wrap=False, centre=False)
            ws.cell(row, c).alignment = Alignment(vertical="center", wrap_text=False)
    else:
        sh.cell(row, 2, 32, p["name"])
    sh.cell(row, 33, 35, "事業\n始期", label=True)
    start = p["start_year"] or ""
    end = p["end_year"] or ""
    if style == "quarters":
        start, end = start.translate(FULL).replace("R", "Ｒ").replace("H", "Ｈ"), end.translate(FULL).replace("R", "Ｒ")
    sh.cell(row, 36, 38, start, centre=True)
    sh.cell(row, 39, 41, "事業\n終期", label=True)
    sh.cell(row, 42, 44, end, centre=True)
    sh.cell(row, 45, 54, "R6事業費\n（千円）", label=True, size=8)
    budget = p["budget"]
    if variant % 2 == 0:  # a number, shown with thousands separators
        sh.cell(row, 55, LAST_COL, budget, centre=True, number="#,##0")
    else:  # typed as text, in full-width digits
        sh.cell(
            row, 55, LAST_COL, "" if budget is None else f"{budget:,}".translate(FULL).replace(",", "，"), centre=True
        )
    row += 1
    ws.row_dimensions[row].height = _text_height(p["overview"], 160)
    sh.cell(row, 1, 1, "概　　要" if spaced else "概要", label=True)
    sh.cell(row, 2, LAST_COL, p["overview"])
    row += 1
    ws.row_dimensions[row].height = 16
    spans = ((1, 20), (21, 41), (42, LAST_COL))
    for (c0, c1), word in zip(
        spans, ("現状・課題", "取　　組" if spaced else "取組", "デジタル活用によって\nどう変わるか"), strict=True
    ):
        sh.cell(row, c0, c1, word, label=True, size=8)
    ws.row_dimensions[row].height = 24
    row += 1
    ws.row_dimensions[row].height = max(_text_height(p[a], 52) for a in ("issues", "approach", "change"))
    for (c0, c1), attr in zip(spans, ("issues", "approach", "change"), strict=True):
        sh.cell(row, c0, c1, p[attr], size=9)
    row += 1
    row = _timeline(sh, row, p, variant)
    return row


def _timeline(sh: _Sheet, row: int, p: dict[str, Any], variant: int) -> int:
    ws, style = sh.ws, sh.style
    ws.row_dimensions[row].height = 16
    ws.row_dimensions[row + 1].height = 14
    if style in ("months", "shapes", "centred"):
        sh.cell(row, 1, 1, "取　組" if style == "months" else "取組", label=True, rows=2)
        sh.cell(row, 2, 2, "区分", label=True, rows=2, size=8)
        for y in range(5):
            c0 = FIRST_MONTH_COL + 12 * y
            year = f"Ｒ{str(6 + y).translate(FULL)}" if style == "months" else f"R{6 + y}"
            sh.cell(row, c0, c0 + 11, year, label=True)
            for m in range(12):
                sh.cell(row + 1, c0 + m, c0 + m, (m + 3) % 12 + 1, label=True, size=6, wrap=False)
    else:
        sh.cell(row, 1, 2, "取組", label=True, rows=2)
        for y in range(5):
            c0 = FIRST_MONTH_COL + 12 * y
            sh.cell(row, c0, c0 + 11, f"令和{str(6 + y).translate(FULL)}年度", label=True, size=8)
            for q in range(4):
                a = 4 + 3 * q
                sh.cell(
                    row + 1,
                    c0 + 3 * q,
                    c0 + 3 * q + 2,
                    f"{(a - 1) % 12 + 1}～{(a + 1) % 12 + 1}月",
                    label=True,
                    size=5,
                    wrap=False,
                )
        sh.cell(row, LAST_COL, LAST_COL, "以降", label=True, rows=2, size=7)
    row += 2
    for ini in p["initiatives"]:
        run_on = {"months": "right", "shapes": "both"}.get(style, "")
        plan_lanes, actual_lanes = _lanes(ini["plan"], run_on), _lanes(ini["actual"], run_on)
        first = row
        for kind, lanes in ((ini["plan_label"], plan_lanes), ("実績", actual_lanes)):
            for lane in lanes:
                ws.row_dimensions[row].height = 20
                sh.cell(row, 2, 2, kind, label=True, size=8)
                for c in range(FIRST_MONTH_COL, LAST_COL + (1 if style == "quarters" else 0)):
                    side_l = THIN if (c - FIRST_MONTH_COL) % 12 == 0 else None
                    ws.cell(row, c).border = Border(left=side_l, top=THIN, bottom=THIN)
                fills = PLAN_FILLS if kind != "実績" else ACTUAL_FILLS
                for n, bar in enumerate(lane):
                    _bar(sh, row, bar, fills[(n // 2) % len(fills)] if style != "quarters" else fills[0])
                row += 1
        rows = row - first
        if style != "quarters" or variant % 2:
            sh.cell(first, 1, 1, ini["name"], size=8, rows=rows)
        else:  # the name in the first row only, the rows below left empty, one frame around them
            sh.cell(first, 1, 1, ini["name"], size=8)
            for r in range(first, row):
                ws.cell(r, 1).border = Border(
                    left=THIN, right=THIN, top=THIN if r == first else None, bottom=THIN if r == row - 1 else None
                )
    return row


def _bar(sh: _Sheet, row: int, bar: dict[str, Any], colour: str) -> None:
    ws, style = sh.ws, sh.style
    c0 = FIRST_MONTH_COL + _month_index(bar["start"])
    c1 = FIRST_MONTH_COL + _month_index(bar["end"])
    if style == "shapes":  # drawn over the cells later (see shapes.py), not in them
        sh.shapes.append(
            {
                "row": row,
                "c0": c0,
                "c1": c1,
                "label": bar["label"],
                "continues": bar["continues"],
                "colour": colour,
                "n": len(sh.shapes),
            }
        )
        return
    label = bar["label"]
    if bar["continues"]:
        if style == "quarters" and row % 2:
            c1 = LAST_COL  # runs on into the 以降 column
        elif style == "quarters":  # an arrow typed into the 以降 column
            mark = ws.cell(row, LAST_COL)
            mark.value = "→"
            mark.font = Font(name=FONT, size=8)
            mark.alignment = Alignment(horizontal="center", vertical="center")
        else:
            label += "⇒"
    fill = PatternFill("solid", fgColor=colour)
    if style == "centred":  # one merged cell per bar, its label centred, no border between touching bars
        ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c1)
        cell = ws.cell(row, c0)
        cell.value = label
        cell.data_type = "s"
        cell.font = Font(name=FONT, size=6)
        short = len(label) > 2.2 * (c1 - c0 + 1)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=not short, shrink_to_fit=short)
        for c in range(c0, c1 + 1):
            ws.cell(row, c).fill = fill
        return
    if style == "quarters":  # one merged cell, the label centred, medium borders at both ends
        ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c1)
        cell = ws.cell(row, c0)
        cell.value = label
        cell.data_type = "s"
        cell.font = Font(name=FONT, size=6)
        short = len(label) > 2.2 * (c1 - c0 + 1)  # a label longer than its bar: shrunk to fit, as staff do
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=not short, shrink_to_fit=short)
        for c in range(c0, c1 + 1):
            ws.cell(row, c).fill = fill
            ws.cell(row, c).border = Border(
                left=MEDIUM if c == c0 else None, right=MEDIUM if c == c1 else None, top=THIN, bottom=THIN
            )
        return
    for c in range(c0, c1 + 1):  # a run of filled cells, the label in the first cell, running on
        ws.cell(row, c).fill = fill
    cell = ws.cell(row, c0)
    cell.value = label
    cell.data_type = "s"
    cell.font = Font(name=FONT, size=6)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=False)


def _page_height(ws: Worksheet) -> float:
    """The sheet's height in points that one printed page holds when the columns are fitted to its width."""
    px = sum(int((ws.column_dimensions[get_column_letter(c)].width or 8.43) * 7 + 5) for c in range(1, LAST_COL + 1))
    width_pt = 0.75 * px
    printable_w, printable_h = (297 - 2 * 10.2) / 25.4 * 72, (210 - 2 * 10.2) / 25.4 * 72 - 30
    return printable_h * width_pt / printable_w if width_pt > printable_w else printable_h


def build(
    path: Path, style: str, numbers: list[int] | None = None, per_page: int = 1, notes: bool = True
) -> list[dict[str, Any]]:
    """Write the workbook for *style* with the sample projects numbered *numbers* (default all); returns them."""
    data = sample()
    first_no = data["edition"]["first_sheet_no"]
    chosen = [(first_no + i, p) for i, p in enumerate(data["projects"]) if numbers is None or first_no + i in numbers]
    wb = Workbook()
    ws = wb.active
    ws.title = "行政経営分野" if style == "quarters" else "ロードマップ"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 5
    for c in range(FIRST_MONTH_COL, LAST_COL):
        ws.column_dimensions[get_column_letter(c)].width = 2.1 if style == "quarters" else 2.4
    ws.column_dimensions[get_column_letter(LAST_COL)].width = 4.5
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.4
    sh = _Sheet(ws, style)
    row = 1
    page_rows = _page_height(ws)
    on_page, used = 0, 0.0
    for k, (no, p) in enumerate(chosen):
        start = row
        if k:
            row += 1  # a blank row between two projects
        row = _project_block(sh, row, p, no, k)
        height = sum(ws.row_dimensions[r].height or 15 for r in range(start, row))
        if k and (on_page >= per_page or used + height > page_rows):
            ws.row_breaks.append(Break(id=start))  # the next project starts a page, as staff would set it
            on_page, used = 0, 0.0
        on_page += 1
        used += height
    if notes:  # a sheet of instructions, as department templates have
        ns = wb.create_sheet("記入要領")
        ns["A1"] = "記入要領"
        ns["A2"] = "１　事業名、担当部局などは、前年度の内容を確認のうえ記入してください。"
        ns["A3"] = "２　工程表のバーはセルの塗りつぶしで表してください。"
        ns["A4"] = "３　提出期限：令和６年５月３１日"
        for r in range(1, 5):
            ns.cell(r, 1).font = Font(name=FONT, size=11)
    wb.save(path)
    if style == "shapes":
        from .shapes import add_drawing

        add_drawing(path, ws, sh.shapes)
    return [p for _, p in chosen]
