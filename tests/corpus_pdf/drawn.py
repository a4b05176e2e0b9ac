"""Roadmap sheets drawn with reportlab in a style unlike Roadmap Desktop's own export: another font
(IPAex Gothic embedded as TrueType, at other sizes), other margins and column widths, labels spaced
out (分　　野, 事　業　名, 事業 over 始期), full-width Ｎｏ．and budget, years headed 2024年度 with a row
of quarter headers under them, no 区分 header (取組 spans both columns), and every bar a thin line
ending in an arrow-head polygon with its label written above the line. A bar that continues past
the last year runs out past the grid to an arrow tip. A sheet with many 取組 goes on over a page
marked （続き）, which repeats the title and the timeline's header.

The geometry is this file's own: nothing here calls Roadmap Desktop's layout, exporter or reader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .facts import sample

FONT = "CorpusGothic"
FONT_FILE = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
LABEL_SIZE = 5.5
FULL = str.maketrans("0123456789,.", "０１２３４５６７８９，．")
W, H = 297.0, 210.0
LEFT, RIGHT, TOP = 14.0, 283.0, 16.0
NAME_W, KIND_W = 44.0, 9.0
ROWS_PER_PAGE = 6  # 取組 per page before the sheet goes on to a （続き） page


def _wrap(text: str, width_mm: float, size: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if line and pdfmetrics.stringWidth(line + ch, FONT, size) > width_mm * mm:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return lines


def _month_index(text: str) -> int:
    y, m = (int(v) for v in text.split("-"))
    return (y - 2024) * 12 + m - 4


def _reach(bar: dict[str, Any], month_w: float) -> float:
    """Where a bar and its label (written from its start, above its line) end, in months."""
    label_w = pdfmetrics.stringWidth(bar["label"], FONT, LABEL_SIZE) / mm + 0.8
    return max(_month_index(bar["end"]) + 1.0, _month_index(bar["start"]) + label_w / month_w)


def _lanes(bars: list[dict[str, Any]], month_w: float) -> list[list[dict[str, Any]]]:
    """Bars on lanes within their row, so that neither bars nor labels overlap."""
    lanes: list[list[dict[str, Any]]] = []
    for bar in sorted(bars, key=lambda b: _month_index(b["start"])):
        for lane in lanes:
            if _reach(lane[-1], month_w) <= _month_index(bar["start"]):
                lane.append(bar)
                break
        else:
            lanes.append([bar])
    return lanes or [[]]


class _Page:
    def __init__(self, c: Canvas) -> None:
        self.c = c

    @staticmethod
    def y(v: float) -> float:
        return (H - v) * mm

    def frame(self, x: float, top: float, w: float, h: float, shade: float | None = None) -> None:
        c = self.c
        if shade is not None:
            c.setFillGray(shade)
            c.rect(x * mm, self.y(top + h), w * mm, h * mm, stroke=0, fill=1)
            c.setFillGray(0)
        c.setLineWidth(0.6)
        c.rect(x * mm, self.y(top + h), w * mm, h * mm, stroke=1, fill=0)

    def text(
        self,
        lines: list[str],
        x: float,
        top: float,
        w: float,
        h: float,
        size: float,
        centre: bool = False,
        at_top: bool = False,
    ) -> None:
        c = self.c
        c.setFont(FONT, size)
        pitch = size * 1.3 / mm
        first = top + 1.2 + size * 0.85 / mm if at_top else top + (h - len(lines) * pitch) / 2 + size * 0.9 / mm
        for k, line in enumerate(lines):
            if centre:
                c.drawCentredString((x + w / 2) * mm, self.y(first + k * pitch), line)
            else:
                c.drawString((x + 1.5) * mm, self.y(first + k * pitch), line)

    def label(self, word: str, x: float, top: float, w: float, h: float) -> None:
        self.frame(x, top, w, h, shade=0.85)
        self.text(word.split("\n"), x, top, w, h, 8, centre=True)

    def value(self, v: str, x: float, top: float, w: float, h: float, size: float = 8.5, at_top: bool = False) -> None:
        self.frame(x, top, w, h)
        self.text(_wrap(v, w - 3, size), x, top, w, h, size, at_top=at_top)


def _header(
    pg: _Page, p: dict[str, Any], no: int, continued: bool, mark: bool | str = True, omit: tuple[str, ...] = ()
) -> float:
    c = pg.c
    c.setFont(FONT, 7)  # a running head, as printed books have
    c.drawRightString(RIGHT * mm, pg.y(6), "令和６年度ＤＸ関連事業ロードマップ　行政経営分野")
    if continued and mark == "bare":  # the page goes on with the timeline only, its header repeated
        return TOP
    c.setFont(FONT, 12)
    c.drawString(
        LEFT * mm, pg.y(TOP - 3), "令和６年度ＤＸ関連事業ロードマップ" + ("（続き）" if continued and mark else "")
    )
    c.drawRightString(RIGHT * mm, pg.y(TOP - 3), f"Ｎｏ．{str(no).translate(FULL)}")
    top = TOP
    if continued:
        pg.label("事　業　名", LEFT, top, 22, 9)
        pg.value(p["name"], LEFT + 22, top, RIGHT - LEFT - 22, 9)
        return top + 12
    widths = (18, 48, 16, 55, 20, 42, 20)
    words = ("分　　野", "field", "項　　目", "items", "担当部局", "departments", "担当課等", "sections")
    x = LEFT
    for k, word in enumerate(words):
        w = widths[k] if k < len(widths) else RIGHT - x
        if k % 2 == 0:
            pg.label("" if words[k + 1] in omit else word, x, top, w, 9)
        else:
            v = p[word]
            pg.value("・".join(v) if isinstance(v, list) else v, x, top, w, 9, size=7.5)
        x += w
    top += 9
    x = LEFT
    cells = [
        ("事　業　名", 18),
        ("name", 112),
        ("事業\n始期", 13),
        ("start_year", 14),
        ("事業\n終期", 13),
        ("end_year", 14),
        ("Ｒ６事業費\n（千円）", 22),
    ]
    for word, w in cells:
        if word in p:
            v = p[word]
            if word.endswith("_year"):
                v = (v or "").translate(FULL).replace("R", "Ｒ").replace("H", "Ｈ")
            pg.value(v, x, top, w, 10)
        else:
            pg.label(word, x, top, w, 10)
        x += w
    budget = p["budget"]
    pg.value("" if budget is None else f"{budget:,}".translate(FULL), x, top, RIGHT - x, 10)
    top += 10
    lines = _wrap(p["overview"], RIGHT - LEFT - 21, 8)
    h = max(9.0, len(lines) * 8 * 1.3 / mm + 3)
    pg.label("概　　要", LEFT, top, 18, h)
    pg.value(p["overview"], LEFT + 18, top, RIGHT - LEFT - 18, h, size=8)
    top += h
    col = (RIGHT - LEFT) / 3
    for k, word in enumerate(("現状・課題", "取　　組", "デジタル活用によってどう変わるか")):
        pg.label(word, LEFT + k * col, top, col, 6)
    top += 6
    texts = [p["issues"], p["approach"], p["change"]]
    h = max(len(_wrap(t, col - 3, 7.5)) for t in texts) * 7.5 * 1.3 / mm + 4
    for k, t in enumerate(texts):
        pg.value(t, LEFT + k * col, top, col, h, size=7.5, at_top=True)
    return top + h + 3


def _year_word(year: int, style: str) -> str:
    if style == "undated":  # a header a reader cannot turn into years
        return f"第{year - 2023}期"
    if style == "fy":
        return f"ＦＹ{year}"
    if style == "era":
        return f"Ｒ{year - 2018}年度"
    return f"{year}年度"


CELL_FILLS = ((0.70, 0.82, 0.95), (0.98, 0.80, 0.62))
ACTUAL_CELL_FILLS = ((0.72, 0.88, 0.68), (1.0, 0.90, 0.55))


def _cell_bar(
    pg: _Page,
    bar: dict[str, Any],
    lt: float,
    lane_h: float,
    grid_left: float,
    grid_right: float,
    month_w: float,
    k: int,
    actual: bool,
) -> None:
    """A bar as a spreadsheet prints it to PDF: each month's cell filled apart, the label in the first
    cell; two bars in a row share a colour (nothing but their labels parts them), the next pair another;
    a bar that continues has ▶ written past the grid."""
    c = pg.c
    fills = ACTUAL_CELL_FILLS if actual else CELL_FILLS
    c.setFillColorRGB(*fills[(k // 2) % 2])
    first, last = _month_index(bar["start"]), _month_index(bar["end"])
    for m in range(first, last + 1):
        c.rect(
            (grid_left + m * month_w) * mm, pg.y(lt + lane_h * 0.85), month_w * mm, lane_h * 0.7 * mm, stroke=0, fill=1
        )
    c.setFillGray(0)
    c.setFont(FONT, LABEL_SIZE)
    y = pg.y(lt + lane_h * 0.5 + LABEL_SIZE * 0.35 / mm)
    c.drawString((grid_left + first * month_w + 0.4) * mm, y, bar["label"].replace("\n", ""))
    if bar["continues"]:
        c.drawString((grid_right + 1.5) * mm, y, "▶")


def _timeline(
    pg: _Page,
    top: float,
    p: dict[str, Any],
    inis: list[dict[str, Any]],
    years: str = "western",
    sub: str = "quarters",
    nudge: float = 0.0,
    bars: str = "lines",
    milestone: bool = False,
    first_year: int = 2024,
) -> None:
    c = pg.c
    grid_left, grid_right = LEFT + NAME_W + KIND_W, RIGHT - 8  # room past the grid for arrow tips
    year_w = (grid_right - grid_left) / 5
    month_w = year_w / 12
    pg.label("取　　組", LEFT, top, NAME_W + KIND_W, 10)
    for y in range(5):
        x = grid_left + y * year_w
        pg.label(_year_word(first_year + y, years), x, top, year_w, 5)
        if sub == "halves":  # 24 half-month columns a year, headed 上 and 下
            for k in range(24):
                pg.frame(x + k * month_w / 2, top + 5, month_w / 2, 5, shade=0.93)
                pg.text(["上" if k % 2 == 0 else "下"], x + k * month_w / 2, top + 5, month_w / 2, 5, 4, centre=True)
            continue
        for q in range(4):
            m = 4 + 3 * q
            pg.frame(x + q * 3 * month_w, top + 5, 3 * month_w, 5, shade=0.93)
            pg.text(
                [f"{(m - 1) % 12 + 1}-{(m + 1) % 12 + 1}月"],
                x + q * 3 * month_w,
                top + 5,
                3 * month_w,
                5,
                5.5,
                centre=True,
            )
    top += 10
    lane_h = 6.5
    for ini in inis:
        rows = [(ini["plan_label"], _lanes(ini["plan"], month_w)), ("実績", _lanes(ini["actual"], month_w))]
        first = top
        for kind, lanes in rows:
            h = lane_h * len(lanes) + 1
            pg.label(kind, LEFT + NAME_W, top, KIND_W, h)
            pg.frame(grid_left, top, grid_right - grid_left, h)
            c.setLineWidth(0.15)
            c.setStrokeGray(0.6)
            for k in range(1, 5):  # year lines only: no month grid
                x = grid_left + k * year_w
                c.line(x * mm, pg.y(top), x * mm, pg.y(top + h))
            c.setStrokeGray(0)
            for n, lane in enumerate(lanes):
                lt = top + 0.5 + n * lane_h
                for k, bar in enumerate(lane):
                    if bars == "cells":
                        _cell_bar(pg, bar, lt, lane_h, grid_left, grid_right, month_w, k, kind == "実績")
                        continue
                    shift = 12 * (2024 - first_year)  # a sheet of another edition: its own five years
                    start, end = _month_index(bar["start"]) + shift, min(_month_index(bar["end"]) + shift, 59)
                    if start > 59:
                        continue
                    x0 = grid_left + (start + nudge) * month_w
                    x1 = grid_left + (end + 1) * month_w
                    if bar["continues"] or _month_index(bar["end"]) + shift > 59:
                        x1 = grid_right + 5
                    ly = lt + lane_h * 0.72
                    c.setLineWidth(0.9 if kind != "実績" else 1.4)
                    c.line(x0 * mm, pg.y(ly), (x1 - 1.4) * mm, pg.y(ly))
                    path = c.beginPath()
                    path.moveTo((x1 - 1.6) * mm, pg.y(ly - 0.9))
                    path.lineTo(x1 * mm, pg.y(ly))
                    path.lineTo((x1 - 1.6) * mm, pg.y(ly + 0.9))
                    path.close()
                    c.drawPath(path, stroke=0, fill=1)
                    c.setFont(FONT, LABEL_SIZE)
                    c.drawString((x0 + 0.4) * mm, pg.y(lt + lane_h * 0.5), bar["label"].replace("\n", ""))
            top += h
        if milestone:  # a ◆ across the 取組's rows, which no bar model holds
            cx, cy, r = grid_left + 30.5 * month_w, (first + top) / 2, (top - first) / 2
            path = c.beginPath()
            path.moveTo((cx - 1.2) * mm, pg.y(cy))
            path.lineTo(cx * mm, pg.y(cy - r))
            path.lineTo((cx + 1.2) * mm, pg.y(cy))
            path.lineTo(cx * mm, pg.y(cy + r))
            path.close()
            c.drawPath(path, stroke=0, fill=1)
            milestone = False
        pg.frame(LEFT, first, NAME_W, top - first)
        pg.text(_wrap(ini["name"], NAME_W - 3, 7), LEFT, first, NAME_W, top - first, 7)


def draw(
    path: Path,
    numbers: list[int] | None = None,
    *,
    projects: list[dict[str, Any]] | None = None,
    years: str = "western",
    mark: bool | str = True,
    omit: tuple[str, ...] = (),
    sub: str = "quarters",
    nudge: float = 0.0,
    extra_pages: bool = True,
    bars: str = "lines",
    milestone: bool = False,
    first_year: int = 2024,
) -> list[dict[str, Any]]:
    """Draw the sample projects numbered *numbers* (default all) to *path*; returns them.

    *projects*: other project data in the sample's shape (an edited copy); *years* "undated": year
    headers no reader can parse; *mark* False: continuation pages without （続き）, only the same Ｎｏ．,
    "bare": continuation pages with the timeline only (its header repeated, no title, no 事業名);
    *omit*: header fields whose label cells are left blank; *sub* "halves": half-month columns headed
    上/下 under the years; *nudge*: every bar starts this many months late (an edge between months);
    *extra_pages*: a cover first and a page of notes last, as a printed book has; *bars* "cells": bars
    as runs of month cells filled one by one, labels in their first cell (as a spreadsheet's own PDF);
    *milestone*: a ◆ drawn across the first 取組's rows; *first_year*: the first of the five years shown
    (another edition's sheet; the "lines" bars only)."""
    pdfmetrics.registerFont(TTFont(FONT, FONT_FILE))
    data = sample()
    if projects is not None:
        data["projects"] = projects
    first_no = data["edition"]["first_sheet_no"]
    chosen = [(first_no + i, p) for i, p in enumerate(data["projects"]) if numbers is None or first_no + i in numbers]
    c = Canvas(str(path), pagesize=(W * mm, H * mm))
    c.setCreator("Calc Sheet Printer 2.1")
    pg = _Page(c)
    if extra_pages:
        c.setFont(FONT, 24)
        c.drawCentredString(W / 2 * mm, pg.y(80), "令和６年度")
        c.drawCentredString(W / 2 * mm, pg.y(95), "ＤＸ関連事業ロードマップ")
        c.setFont(FONT, 14)
        c.drawCentredString(W / 2 * mm, pg.y(120), "行政経営分野")
        c.showPage()
    for no, p in chosen:
        inis = p["initiatives"]
        for part in range(0, max(1, len(inis)), ROWS_PER_PAGE):
            top = _header(pg, p, no, part > 0, mark, omit)
            _timeline(
                pg,
                top,
                p,
                inis[part : part + ROWS_PER_PAGE],
                years,
                sub,
                nudge,
                bars,
                milestone and part == 0,
                first_year,
            )
            c.showPage()
    if extra_pages:
        c.setFont(FONT, 10)
        notes = [
            "注記",
            "１　事業費は当初予算額（千円）です。取組の工程は予定であり、変更になる場合があります。",
            "２　「計画」は年度当初の予定、「実績」は年度末時点の状況を示します。",
        ]
        for k, line in enumerate(notes):
            c.drawString(LEFT * mm, pg.y(TOP + 8 * k), line)
        c.showPage()
    c.save()
    return [p for _, p in chosen]
