"""Foreign roadmap workbooks, built the way departments build them by hand, from the sample's facts.

Independent of Roadmap Desktop: reads resources/sample/r6-roadmap.json with :mod:`json` (the
transcription of the published sheets = the expected facts), writes cells with openpyxl, and
injects hand-written DrawingML (xl/drawings/drawingN.xml) into the package with :mod:`zipfile`.
Deterministic: the same facts give the same bytes' content.

    python tests/corpus_xlsx/build.py OUT_DIR      # every kind, one workbook each
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "r6-roadmap.json"
FIRST_FY = 2024
YEARS = 5
MONTHS = YEARS * 12
FULL = str.maketrans("0123456789,.", "０１２３４５６７８９，．")

KINDS = (
    "shapes_rect",  # rectangles with text, month-number row, continuation sheets （続き）
    "shapes_homeplate",  # pentagon arrows, two columns a month, a trailing 以降 column
    "shapes_arrows_quarters",  # right arrows on four quarter columns a year headed 令和６年度
    "shapes_grouped",  # bars grouped per initiative and row, children in group coordinates
    "shapes_lines",  # arrowed lines with a text box above as label
    "book_merged",  # the printed book's layout: no 区分 header, merged fills, spaced labels
    "dept_stacked",  # one sheet per department, projects stacked, fill runs split by borders
)

SHAPE_KINDS = KINDS[:5]


def load_facts() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def month_offset(text: str) -> int:
    y, m = (int(p) for p in text.split("-"))
    return y * 12 + m - 1 - (FIRST_FY * 12 + 3)


def _jitter(key: str, amount: float) -> float:
    """A small deterministic wobble, as a hand-placed shape has (−amount … +amount)."""
    h = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF * 2 - 1) * amount


def lanes(bars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Bars of one row spread over stacked lanes so none overlaps another in a lane."""
    out: list[list[dict[str, Any]]] = []
    for bar in sorted(bars, key=lambda b: (b["start"], b["end"])):
        for lane in out:
            if lane[-1]["end"] < bar["start"]:
                lane.append(bar)
                break
        else:
            out.append([bar])
    return out or [[]]


# --- the sheet's geometry (Excel's own conversions) ------------------------------------------------


def col_px(width: float) -> int:
    return int(((256 * width + 18) / 256) * 7)


@dataclass
class Geometry:
    widths: list[float]  # column widths in characters, column 1 first
    heights: dict[int, float] = field(default_factory=dict)  # row → points
    default_height: float = 15.0

    def col_emu(self, c0: int) -> int:
        return col_px(self.widths[c0] if c0 < len(self.widths) else 8.43) * 9525

    def row_emu(self, r0: int) -> int:
        return round(self.heights.get(r0 + 1, self.default_height) * 12700)

    def x_abs(self, x: float) -> int:
        c = int(x)
        return sum(self.col_emu(i) for i in range(c)) + round((x - c) * self.col_emu(c))

    def y_abs(self, y: float) -> int:
        r = int(y)
        return sum(self.row_emu(i) for i in range(r)) + round((y - r) * self.row_emu(r))

    def marker(self, x: float, y: float) -> str:
        c, r = int(x), int(y)
        return (
            f"<xdr:col>{c}</xdr:col><xdr:colOff>{round((x - c) * self.col_emu(c))}</xdr:colOff>"
            f"<xdr:row>{r}</xdr:row><xdr:rowOff>{round((y - r) * self.row_emu(r))}</xdr:rowOff>"
        )


# --- DrawingML written by hand ------------------------------------------------------------------

NS = (
    'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)


def _paras(text: str, size: int = 700) -> str:
    run = (
        '<a:r><a:rPr lang="ja-JP" altLang="en-US" sz="{sz}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
        '<a:latin typeface="ＭＳ Ｐゴシック"/><a:ea typeface="ＭＳ Ｐゴシック"/></a:rPr><a:t>{t}</a:t></a:r>'
    )
    return "".join(
        f'<a:p><a:pPr algn="ctr"/>{run.format(sz=size, t=escape(line)) if line else ""}</a:p>'
        for line in text.split("\n")
    )


def sp_xml(
    sid: int, name: str, geom: str, box: tuple[int, int, int, int], text: str, fill: str | None, text_box: bool = False
) -> str:
    x, y, cx, cy = box
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    line = (
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln>'
        if fill
        else "<a:ln><a:noFill/></a:ln>"
    )
    body = (
        '<xdr:txBody><a:bodyPr vertOverflow="overflow" horzOverflow="overflow" wrap="none" lIns="18000" tIns="0" '
        'rIns="18000" bIns="0" rtlCol="0" anchor="ctr"/><a:lstStyle/>' + _paras(text) + "</xdr:txBody>"
        if text or text_box
        else ""
    )
    return (
        f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{sid}" name="{escape(name)}"/>'
        f"<xdr:cNvSpPr{' txBox=&quot;1&quot;'.replace('&quot;', chr(34)) if text_box else ''}/></xdr:nvSpPr>"
        f'<xdr:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>{fill_xml}{line}</xdr:spPr>{body}</xdr:sp>'
    )


def cxn_xml(sid: int, name: str, box: tuple[int, int, int, int], color: str) -> str:
    x, y, cx, cy = box
    return (
        f'<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="{sid}" name="{escape(name)}"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr>'
        f'<xdr:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>'
        f'<a:ln w="28575"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:tailEnd type="triangle"/></a:ln>'
        f"</xdr:spPr></xdr:cxnSp>"
    )


@dataclass
class Drawing:
    geo: Geometry
    anchors: list[str] = field(default_factory=list)
    next_id: int = 2

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def two_cell(self, x0: float, y0: float, x1: float, y1: float, inner: str) -> None:
        self.anchors.append(
            f'<xdr:twoCellAnchor editAs="oneCell"><xdr:from>{self.geo.marker(x0, y0)}</xdr:from>'
            f"<xdr:to>{self.geo.marker(x1, y1)}</xdr:to>{inner}<xdr:clientData/></xdr:twoCellAnchor>"
        )

    def one_cell(self, x0: float, y0: float, x1: float, y1: float, inner: str) -> None:
        cx = self.geo.x_abs(x1) - self.geo.x_abs(x0)
        cy = self.geo.y_abs(y1) - self.geo.y_abs(y0)
        self.anchors.append(
            f"<xdr:oneCellAnchor><xdr:from>{self.geo.marker(x0, y0)}</xdr:from>"
            f'<xdr:ext cx="{cx}" cy="{cy}"/>{inner}<xdr:clientData/></xdr:oneCellAnchor>'
        )

    def absolute(self, x0: float, y0: float, x1: float, y1: float, inner: str) -> None:
        box = self.box(x0, y0, x1, y1)
        self.anchors.append(
            f'<xdr:absoluteAnchor><xdr:pos x="{box[0]}" y="{box[1]}"/><xdr:ext cx="{box[2]}" cy="{box[3]}"/>'
            f"{inner}<xdr:clientData/></xdr:absoluteAnchor>"
        )

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        ax, ay = self.geo.x_abs(x0), self.geo.y_abs(y0)
        return ax, ay, self.geo.x_abs(x1) - ax, self.geo.y_abs(y1) - ay

    def xml(self) -> str:
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr {NS}>{"".join(self.anchors)}</xdr:wsDr>'


def inject_drawings(path: Path, drawings: dict[str, Drawing]) -> None:
    """Add one drawing part per worksheet title in *drawings* to the saved workbook at *path*."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    wb_xml = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    target_of = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="/?(?:xl/)?([^"]+)"', rels))
    target_of.update({k: v for v, k in re.findall(r'Target="/?(?:xl/)?([^"]+)"[^>]*Id="(rId\d+)"', rels)})
    types = parts["[Content_Types].xml"].decode()
    n = 0
    for title, rid in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"', wb_xml):
        title = title.replace("&amp;", "&")
        if title not in drawings or not drawings[title].anchors:
            continue
        n += 1
        sheet_part = "xl/" + target_of[rid]
        folder, name = sheet_part.rsplit("/", 1)
        rels_part = f"{folder}/_rels/{name}.rels"
        drawing_part = f"xl/drawings/drawing{n}.xml"
        rel = (
            f'<Relationship Id="rIdDrw{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
            f'Target="../drawings/drawing{n}.xml"/>'
        )
        if rels_part in parts:
            parts[rels_part] = parts[rels_part].replace(b"</Relationships>", rel.encode() + b"</Relationships>")
        else:
            parts[rels_part] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + rel
                + "</Relationships>"
            ).encode()
        sheet = parts[sheet_part].decode()
        tag = (
            f'<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdDrw{n}"/>'
        )
        sheet = sheet.replace("</worksheet>", tag + "</worksheet>")
        parts[sheet_part] = sheet.encode()
        parts[drawing_part] = drawings[title].xml().encode()
        types = types.replace(
            "</Types>",
            f'<Override PartName="/{drawing_part}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
        )
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


# --- the sheets ----------------------------------------------------------------------------------

LABELS = {
    "field": "分野",
    "items": "項目",
    "departments": "担当部局",
    "sections": "担当課等",
    "name": "事業名",
    "start_year": "事業始期",
    "end_year": "事業終期",
    "budget": "R6事業費（千円）",
    "overview": "概要",
    "issues": "現状・課題",
    "approach": "取組",
    "change": "デジタル活用によってどう変わるか",
}
SPACED = {
    **LABELS,
    "field": "分　　野",
    "items": "項　　目",
    "name": "事　業　名",
    "overview": "概　　要",
    "approach": "取　　組",
    "budget": "Ｒ６事業費（千円）",
}
SPLIT = {**LABELS, "start_year": "事業\n始期", "end_year": "事業\n終期", "change": "デジタル活用によって\nどう変わるか"}

PLAN_FILL, ACTUAL_FILL = "BDD7EE", "F8CBAD"
LABEL_FILL = PatternFill("solid", fgColor="D9D9D9")
THIN = Side(style="thin", color="000000")
HAIR = Side(style="hair", color="A6A6A6")
MEDIUM = Side(style="medium", color="000000")


@dataclass(frozen=True)
class Style:
    cols_per_year: int = 12
    year_word: str = "short"  # short R6, full Ｒ６, long 令和６年度, western 2024年度
    sub_header: str | None = None  # months, quarters
    kind_header: bool = True
    trailing: str | None = None  # 以降 or →: a column past the last year
    labels: dict[str, str] = field(default_factory=lambda: LABELS)
    full_width: bool = False
    budget_text: bool = False
    name_merged: bool = True
    bars: str = "rect"
    anchor: str = "two"
    split_after: int | None = None  # initiatives per sheet before a （続き） sheet
    label_fill: bool = True
    labels_in_boxes: bool = False  # bar labels in text boxes laid over the filled cells
    shapes_over_fills: bool = False  # each bar both as filled cells and as a drawn rectangle on them


STYLES: dict[str, Style] = {
    "shapes_rect": Style(sub_header="months", bars="rect", split_after=4),
    "shapes_homeplate": Style(cols_per_year=24, year_word="full", trailing="以降", bars="homePlate"),
    "shapes_arrows_quarters": Style(
        cols_per_year=4, year_word="long", sub_header="quarters", bars="rightArrow", full_width=True
    ),
    "shapes_grouped": Style(year_word="western", sub_header="months", bars="group"),
    "shapes_lines": Style(bars="line", budget_text=True),
    "book_merged": Style(
        kind_header=False, labels=SPACED, full_width=True, budget_text=True, bars="merged", year_word="full"
    ),
    "dept_stacked": Style(trailing="→", labels=SPLIT, name_merged=False, bars="runs", label_fill=False),
}


def _fw(text: str, style: Style) -> str:
    return text.translate(FULL).replace("R", "Ｒ").replace("H", "Ｈ") if style.full_width else text


def year_word(fy: int, style: Style) -> str:
    n = fy - 2018
    if style.year_word == "long":
        return f"令和{n}年度".translate(FULL)
    if style.year_word == "western":
        return f"{fy}年度"
    if style.year_word == "full":
        return f"Ｒ{n}".translate(FULL)
    return f"R{n}"


class SheetWriter:
    """Writes project blocks onto one worksheet, top to bottom, and the shapes of their bars."""

    def __init__(self, ws: Any, style: Style) -> None:
        self.ws, self.style = ws, style
        cpy = style.cols_per_year
        self.grid0 = 2  # 0-based column of the first month: A = 取組, B = 区分
        self.grid_cols = YEARS * cpy
        grid_w = {12: 2.2, 24: 1.1, 4: 6.6}[cpy]
        widths = [17.0, 4.5] + [grid_w] * self.grid_cols
        if style.trailing:
            widths.append(4.0)
        self.last_col = len(widths)  # 1-based last column of the sheet's table
        widths += [3.0, 3.0, 3.0]  # room for arrow tips past the grid
        self.geo = Geometry(widths)
        self.drawing = Drawing(self.geo)
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
        self.row = 1

    # geometry helpers
    def height(self, r: int, points: float) -> None:
        self.ws.row_dimensions[r].height = points
        self.geo.heights[r] = points

    def bound(self, m: int) -> float:
        """Column units of month boundary *m* (0 = the first April)."""
        cpy = self.style.cols_per_year
        return self.grid0 + (m // 12) * cpy + (m % 12) * cpy / 12 if m < MONTHS else self.grid0 + self.grid_cols

    def seg(self, f0: float, f1: float) -> tuple[int, int]:
        total = sum(self.geo.widths[: self.last_col])
        edges = [sum(self.geo.widths[:i]) for i in range(self.last_col + 1)]

        def col(f: float) -> int:
            return min(range(len(edges)), key=lambda i: abs(edges[i] - f * total))

        a, b = col(f0), col(f1)
        return a + 1, max(a + 1, b)

    def put(
        self, r: int, c0: int, c1: int, value: Any, label: bool = False, r1: int | None = None, wrap: bool = False
    ) -> None:
        r1 = r1 or r
        cell = self.ws.cell(r, c0)
        if isinstance(value, str) and value.startswith("="):
            cell.value = value
            cell.data_type = "s"
        else:
            cell.value = value
        if c1 > c0 or r1 > r:
            self.ws.merge_cells(start_row=r, start_column=c0, end_row=r1, end_column=c1)
        border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        for rr in range(r, r1 + 1):
            for cc in range(c0, c1 + 1):
                self.ws.cell(rr, cc).border = border
                if label and self.style.label_fill:
                    self.ws.cell(rr, cc).fill = LABEL_FILL
        cell.alignment = Alignment(
            horizontal="center" if label else "left", vertical="center" if not wrap else "top", wrap_text=True
        )
        cell.font = Font(name="ＭＳ Ｐゴシック", size=9 if label else 8, bold=label)

    def fields(self, p: dict[str, Any], no: int, title: str, continuation: bool = False) -> None:
        s, L, r = self.style, self.style.labels, self.row
        ws = self.ws
        self.put(r, 1, self.seg(0, 0.7)[1], title + ("（続き）" if continuation else ""))
        ws.cell(r, 1).font = Font(name="ＭＳ Ｐゴシック", size=12, bold=True)
        a, b = self.seg(0.85, 1.0)
        self.put(r, a, b, _fw(f"No.{no}", s) if not s.full_width else f"Ｎｏ．{str(no).translate(FULL)}")
        self.height(r, 20)
        r += 1
        if not continuation:
            row2 = [("field", 0, 0.07), (None, 0.07, 0.3), ("items", 0.3, 0.37), (None, 0.37, 0.6)]
            row2 += [("departments", 0.6, 0.68), (None, 0.68, 0.8), ("sections", 0.8, 0.88), (None, 0.88, 1.0)]
            self._row(r, row2, p)
            r += 1
        yr = lambda v: _fw(v, s) if v else None  # noqa: E731
        budget: Any = p["budget"]
        if budget is not None and s.budget_text:
            budget = f"{budget:,}".translate(FULL) if s.full_width else f"{budget:,}"
        row3 = [
            ("name", 0, 0.07, p["name"]),
            ("start_year", 0.5, 0.56, yr(p["start_year"])),
            ("end_year", 0.62, 0.68, yr(p["end_year"])),
        ]
        row3.append(("budget", 0.74, 0.88, budget))
        cells = [(row3[0][0], 0, 0.07), (None, 0.07, 0.5), ("start_year", 0.5, 0.56), (None, 0.56, 0.62)]
        cells += [("end_year", 0.62, 0.68), (None, 0.68, 0.74), ("budget", 0.74, 0.88), (None, 0.88, 1.0)]
        values = [v[3] for v in row3]
        self._row(r, cells, p, values)
        if isinstance(budget, int):
            a, _ = self.seg(0.88, 1.0)
            self.ws.cell(r, a).number_format = "#,##0"
            self.ws.cell(r, a).alignment = Alignment(horizontal="right", vertical="center")
        r += 1
        if not continuation:
            self._row(r, [("overview", 0, 0.07), (None, 0.07, 1.0)], p)
            self.height(r, 30)
            r += 1
            for k, attr in enumerate(("issues", "approach", "change")):
                a, b = self.seg(k / 3, (k + 1) / 3)
                self.put(r, a, b, L[attr], label=True)
                self.put(r + 1, a, b, p[attr], wrap=True)
            self.height(r + 1, 84)
            r += 2
        self.row = r

    def _row(
        self, r: int, cells: list[tuple[str | None, float, float]], p: dict[str, Any], values: list[Any] | None = None
    ) -> None:
        vals = iter(values or [])
        last_label = None
        for attr, f0, f1 in cells:
            a, b = self.seg(f0, f1)
            if attr is not None:
                self.put(r, a, b, self.style.labels[attr], label=True)
                last_label = attr
                continue
            if values is not None:
                v = next(vals)
            else:
                v = p[last_label]  # type: ignore[index]
                if isinstance(v, list):
                    v = "・".join(v)
            self.put(r, a, b, v)
        self.height(r, 22)

    def header(self) -> None:
        s, r = self.style, self.row
        rows = 2 if s.sub_header else 1
        if s.kind_header:
            self.put(r, 1, 1, "取組", label=True, r1=r + rows - 1)
            self.put(r, 2, 2, "区分", label=True, r1=r + rows - 1)
        else:
            self.put(r, 1, 2, "取　　組", label=True, r1=r + rows - 1)
        cpy = s.cols_per_year
        for i in range(YEARS):
            c0 = 3 + i * cpy
            self.put(r, c0, c0 + cpy - 1, year_word(FIRST_FY + i, s), label=True)
            if s.sub_header == "months":
                for m in range(12):
                    self.put(r + 1, c0 + m, c0 + m, (m + 3) % 12 + 1, label=True)
                    self.ws.cell(r + 1, c0 + m).font = Font(size=6)
            elif s.sub_header == "halves":  # 上/下 under each month of a half-month grid
                for h in range(24):
                    self.put(r + 1, c0 + h, c0 + h, "上下"[h % 2], label=True)
                    self.ws.cell(r + 1, c0 + h).font = Font(size=5)
            elif s.sub_header == "quarters":
                for q, text in enumerate(("4～6月", "7～9月", "10～12月", "1～3月")):
                    self.put(r + 1, c0 + q, c0 + q, text, label=True)
        if s.trailing:
            self.put(r, self.last_col, self.last_col, s.trailing, label=True, r1=r + rows - 1)
        for k in range(rows):
            self.height(r + k, 16)
        self.row = r + rows

    def body(self, initiatives: list[dict[str, Any]]) -> None:
        for j, ini in enumerate(initiatives):
            if self.style.bars in ("merged", "runs"):
                self._cell_initiative(ini)
            else:
                self._shape_initiative(ini, j)

    def _kind_cells(self, r0: int, r1: int, word: str) -> None:
        self.put(r0, 2, 2, word, label=True, r1=r1 if self.style.name_merged else None)
        if not self.style.name_merged:
            for r in range(r0 + 1, r1 + 1):
                self.put(r, 2, 2, word, label=True)

    def _grid_row(self, r: int, height: float) -> None:
        self.height(r, height)
        for c in range(3, 3 + self.grid_cols):
            m = (c - 3) * 12 // self.style.cols_per_year
            left = THIN if m % 12 == 0 and (c - 3) % (self.style.cols_per_year) == 0 else HAIR
            self.ws.cell(r, c).border = Border(left=left, right=HAIR, top=THIN, bottom=THIN)
        if self.style.trailing:
            self.ws.cell(r, self.last_col).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

    def _shape_initiative(self, ini: dict[str, Any], j: int) -> None:
        r = self.row
        self.put(r, 1, 1, ini["name"], r1=r + 1 if self.style.name_merged else None, wrap=True)
        self.put(r, 2, 2, ini["plan_label"], label=True)
        self.put(r + 1, 2, 2, "実績", label=True)
        for k in range(2):
            self._grid_row(r + k, 26)
        group: list[str] = []
        for k, bars in enumerate((ini["plan"], ini["actual"])):
            row_group: list[str] = []
            ls = lanes(bars)
            for li, lane in enumerate(ls):
                for b in lane:
                    y0 = r + k - 1 + (li + 0.15) / len(ls)
                    y1 = r + k - 1 + (li + 0.85) / len(ls)
                    self._shape_bar(b, k == 1, y0, y1, row_group, f"{j}-{k}-{li}-{b['start']}")
            if row_group:
                group.append(self._group(row_group, scale=0.5))
        if group:
            gx = self._group(group, scale=1.25)
            self._group_anchor(gx)
        self.row = r + 2

    def _shape_bar(self, b: dict[str, Any], actual: bool, y0: float, y1: float, row_group: list[str], key: str) -> None:
        s, d = self.style, self.drawing
        a, e = month_offset(b["start"]), month_offset(b["end"])
        x0 = self.bound(a) + _jitter(key + "a", 0.08) * (self.bound(1) - self.bound(0))
        x1 = self.bound(e + 1) + _jitter(key + "b", 0.08) * (self.bound(1) - self.bound(0))
        if b["continues"]:
            x1 = (self.last_col - 0.15) if s.trailing else self.bound(MONTHS) + 1.3 * (self.bound(1) - self.bound(0))
        fill = ACTUAL_FILL if actual else PLAN_FILL
        label = b["label"]
        if s.bars == "line":
            ly = y0 + (y1 - y0) * 0.8
            d.two_cell(
                x0,
                ly,
                x1,
                ly,
                cxn_xml(
                    d.new_id(),
                    f"直線矢印コネクタ {d.next_id}",
                    d.box(x0, ly, x1, ly),
                    "1F4E79" if not actual else "C55A11",
                ),
            )
            if label:
                ty0 = y0 - (y1 - y0) * 0.15
                d.two_cell(
                    x0,
                    ty0,
                    x1,
                    ly - 0.02,
                    sp_xml(
                        d.new_id(),
                        f"テキスト ボックス {d.next_id}",
                        "rect",
                        d.box(x0, ty0, x1, ly - 0.02),
                        label,
                        None,
                        text_box=True,
                    ),
                )
            return
        geom = {"group": "roundRect"}.get(s.bars, s.bars)  # rect, homePlate, rightArrow, chevron, roundRect …
        if s.bars == "rect" and b["continues"]:
            geom = "rightArrow"
        if s.bars == "group" and b["continues"]:
            geom = "homePlate"
        xml = sp_xml(d.new_id(), f"正方形/長方形 {d.next_id}", geom, d.box(x0, y0, x1, y1), label, fill)
        if s.bars == "group":
            row_group.append(xml)
            return
        {"two": d.two_cell, "one": d.one_cell, "abs": d.absolute}[s.anchor](x0, y0, x1, y1, xml)

    _group_boxes: list[tuple[int, int, int, int]]

    def _group(self, children: list[str], scale: float) -> str:
        """A group of *children* (shapes in sheet EMU) whose child space is scaled by *scale* and shifted."""
        boxes = []
        for xml in children:
            m = re.search(r'<a:off x="(-?\d+)" y="(-?\d+)"/><a:ext cx="(\d+)" cy="(\d+)"/>', xml)
            assert m
            boxes.append(tuple(int(v) for v in m.groups()))
        x0 = min(b[0] for b in boxes)
        y0 = min(b[1] for b in boxes)
        x1 = max(b[0] + b[2] for b in boxes)
        y1 = max(b[1] + b[3] for b in boxes)
        ch_off = (x0 // 3 + 1000, y0 // 3 + 500)

        def to_child(m: re.Match[str]) -> str:
            bx, by, bw, bh = (int(v) for v in m.groups())
            cx = ch_off[0] + round((bx - x0) * scale)
            cy = ch_off[1] + round((by - y0) * scale)
            return f'<a:off x="{cx}" y="{cy}"/><a:ext cx="{round(bw * scale)}" cy="{round(bh * scale)}"/>'

        inner = "".join(
            re.sub(r'<a:off x="(-?\d+)" y="(-?\d+)"/><a:ext cx="(\d+)" cy="(\d+)"/>', to_child, xml, count=1)
            for xml in children
        )
        d = self.drawing
        return (
            f'<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="{d.new_id()}" name="グループ化 {d.next_id}"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr>'
            f'<xdr:grpSpPr><a:xfrm><a:off x="{x0}" y="{y0}"/><a:ext cx="{x1 - x0}" cy="{y1 - y0}"/>'
            f'<a:chOff x="{ch_off[0]}" y="{ch_off[1]}"/><a:chExt cx="{round((x1 - x0) * scale)}" cy="{round((y1 - y0) * scale)}"/>'
            f"</a:xfrm></xdr:grpSpPr>{inner}</xdr:grpSp>"
        )

    def _group_anchor(self, xml: str) -> None:
        m = re.search(r'<a:off x="(-?\d+)" y="(-?\d+)"/><a:ext cx="(\d+)" cy="(\d+)"/>', xml)
        assert m
        x, y, cx, cy = (int(v) for v in m.groups())
        geo = self.geo

        def unit(emu: int, size: Any) -> float:
            i = 0
            while emu >= size(i):
                emu -= size(i)
                i += 1
            return i + emu / size(i)

        self.drawing.two_cell(
            unit(x, geo.col_emu), unit(y, geo.row_emu), unit(x + cx, geo.col_emu), unit(y + cy, geo.row_emu), xml
        )

    def _cell_initiative(self, ini: dict[str, Any]) -> None:
        s, r0 = self.style, self.row
        plan_lanes, actual_lanes = lanes(ini["plan"]), lanes(ini["actual"])
        rows = [(False, lane) for lane in plan_lanes] + [(True, lane) for lane in actual_lanes]
        r1 = r0 + len(rows) - 1
        self.put(r0, 1, 1, ini["name"], r1=r1 if s.name_merged else None, wrap=True)
        pr1 = r0 + len(plan_lanes) - 1
        self._kind_cells(r0, pr1, ini["plan_label"])
        self._kind_cells(pr1 + 1, r1, "実績")
        for k, (actual, lane) in enumerate(rows):
            r = r0 + k
            self._grid_row(r, 18)
            fill = PatternFill("solid", fgColor=ACTUAL_FILL if actual else PLAN_FILL)
            for b in lane:
                a, e = month_offset(b["start"]), month_offset(b["end"])
                c0 = 3 + round(self.bound(a) - self.grid0)
                c1 = 2 + round(self.bound(e + 1) - self.grid0)
                if b["continues"] and s.trailing:
                    c1 = self.last_col
                label = b["label"] + ("⇒" if b["continues"] and not s.trailing else "")
                for c in range(c0, c1 + 1):
                    cell = self.ws.cell(r, c)
                    cell.fill = fill
                    if s.bars == "runs":
                        cell.border = Border(
                            left=MEDIUM if c == c0 else None, right=MEDIUM if c == c1 else None, top=THIN, bottom=THIN
                        )
                cell = self.ws.cell(r, c0)
                if s.shapes_over_fills:  # the shape carries the label; the cells only their colour
                    d = self.drawing
                    x0, x1, y0, y1 = c0 - 1 + 0.05, c1 - 0.05, r - 1 + 0.2, r - 0.2
                    color = ACTUAL_FILL if actual else PLAN_FILL
                    d.two_cell(x0, y0, x1, y1, sp_xml(d.new_id(), f"正方形/長方形 {d.next_id}", "rect",
                                                      d.box(x0, y0, x1, y1), label, color))  # fmt: skip
                    label = ""
                elif s.labels_in_boxes and label:
                    d = self.drawing
                    x0, x1 = c0 - 1 + 0.1, c1 - 0.1
                    y0, y1 = r - 1 + 0.1, r - 0.1
                    box = sp_xml(
                        d.new_id(), f"テキスト ボックス {d.next_id}", "rect", d.box(x0, y0, x1, y1), label, None, True
                    )
                    d.two_cell(x0, y0, x1, y1, box)
                    label = ""
                cell.value = label or None
                cell.font = Font(size=7)
                cell.alignment = Alignment(horizontal="left", vertical="center", shrink_to_fit=s.bars == "merged")
                if s.bars == "merged" and c1 > c0:
                    self.ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
        self.row = r1 + 1


def _title(facts: dict[str, Any]) -> str:
    return facts["edition"]["title"]


def build(kind: str, out: Path, facts: dict[str, Any] | None = None, style: Style | None = None) -> Path:
    """Write the workbook of *kind* (or in *style*) for every project of *facts* to *out*; return *out*."""
    facts = facts or load_facts()
    style = style or STYLES[kind]
    projects = facts["projects"]
    first_no = facts["edition"].get("first_sheet_no", 1)
    title = _title(facts)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    drawings: dict[str, Drawing] = {}
    if kind == "dept_stacked":
        notes = wb.create_sheet("記入要領")
        notes["A1"] = "記入要領"
        notes["A2"] = "1. 事業ごとに枠をコピーして記入してください。"
        notes["A3"] = "2. バーはセルの塗りつぶしで示してください。"
        by_dept: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for i, p in enumerate(projects):
            by_dept.setdefault(p["departments"][0] if p["departments"] else "その他", []).append((first_no + i, p))
        for dept, items in by_dept.items():
            ws = wb.create_sheet(dept[:31])
            ws.page_setup.orientation = "landscape"
            w = SheetWriter(ws, style)
            for k, (no, p) in enumerate(items):
                if k:
                    ws.row_breaks.append(Break(id=w.row))
                    w.row += 2
                w.fields(p, no, title)
                w.header()
                w.body(p["initiatives"])
            drawings[ws.title] = w.drawing
    else:
        for i, p in enumerate(projects):
            no = first_no + i
            inis = p["initiatives"]
            pages = [inis]
            if style.split_after and len(inis) > style.split_after:
                pages = [inis[: style.split_after], inis[style.split_after :]]
            for n, page in enumerate(pages):
                ws = wb.create_sheet(f"No.{no}" + ("（続き）" if n else ""))
                w = SheetWriter(ws, style)
                w.fields(p, no, title, continuation=n > 0)
                w.header()
                w.body(page)
                ws.page_setup.orientation = "landscape"
                ws.page_setup.fitToWidth = 1
                ws.sheet_properties.pageSetUpPr.fitToPage = True
                drawings[ws.title] = w.drawing
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    if any(d.anchors for d in drawings.values()):
        inject_drawings(out, drawings)
    return out


def print_with_libreoffice(
    kinds: list[str] | tuple[str, ...], folder: Path, font: str = "IPAexGothic"
) -> dict[str, Path] | None:
    """Build each kind's workbook in *folder* and print them all to PDF with LibreOffice in one run (as a
    colleague's office suite would), in *font* only (tests/lo_print.py); None when LibreOffice is not
    installed."""
    from lo_print import convert

    if not shutil.which("soffice"):
        return None
    books = [build(kind, folder / f"{kind}.xlsx") for kind in kinds]
    return dict(zip(kinds, convert(books, folder, font=font), strict=True))


def main(argv: list[str]) -> None:
    folder = Path(argv[0] if argv else "corpus-out")
    for kind in KINDS:
        print(build(kind, folder / f"{kind}.xlsx"))


if __name__ == "__main__":
    main(sys.argv[1:])
