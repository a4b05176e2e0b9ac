"""The standard sheet as a worksheet grid: geometry's millimetres turned into columns and rows.

Shared by the Excel export (which writes this grid) and the Excel import (which knows our own
files' hidden bookkeeping sheet by the names defined here). Qt-free.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from dataclasses import dataclass

from ..core.model import Edition
from ..layout.geometry import MARGIN, MONTHS_PER_YEAR, PageGeometry, grid_page_geometry

META_SHEET = "_roadmap"  # hidden: worksheet title → project id (identity survives renamed projects)
META_FORMAT = "roadmap-desktop-xlsx"
META_VERSION = 1
LIST_SHEET = "一覧"
OVERVIEW_SHEET = "全体工程表"  # every project's timeline on one row; not a project sheet (the import skips it)
CONTINUES_MARK = "→"  # suffix of a bar label: the bar runs on past the window's last month
SNAP_MM = 2.0  # header edges this close to a timeline edge share its column (no sliver columns)


def _nearest(edges: list[float], x: float) -> float:
    """The first of *edges* closest to *x*."""
    return min(edges, key=lambda e: abs(e - x))


def mm_to_points(mm: float) -> float:
    return round(mm * 72.0 / 25.4, 2)


# --- row heights from the text ------------------------------------------------------------------
# Excel and LibreOffice keep a row's stored height: a row sized for one font's line clips the last lines
# of a wrapped cell in a font of taller lines. So the height is measured against the tallest common
# Japanese line: Yu Gothic (Excel's own font since 2016) sets its lines ~1.33–1.5 em apart on the page
# and Excel rows it taller still (an 11 pt row is 18.75 pt, 1.7 em); Noto Sans CJK ~1.45 em; IPAexGothic
# less. Widths are counted phrase-unaware but width-aware (a wide character is two half units, a Latin
# word is kept whole as Excel keeps it), with a character of slack for kinsoku and rounding.
LINE_EM = 1.7
CELL_INSET_MM = 1.2  # Excel's inset on both sides of the text (2 px each), and the cell's rule
CELL_INSET_PT = 3.0  # the same above and below the text
NARROW_UNITS = 1.1  # a proportional Latin letter or digit, in half-em units (Yu Gothic's run ~0.5–0.6 em)
_TOKEN = re.compile(r"[A-Za-z0-9.,:;/%@&+\-_'\"]+|.", re.DOTALL)


def char_units(ch: str) -> float:
    """Width of *ch* in half-em units: 2 for East Asian wide, full-width and ambiguous characters."""
    return 2.0 if unicodedata.east_asian_width(ch) in "WFA" else NARROW_UNITS


def wrapped_line_count(text: str, width_units: float) -> int:
    """How many lines *text* takes in a cell *width_units* half-ems wide, wrapped as a spreadsheet does:
    at its line breaks, and wherever the next character (or the next whole Latin word) does not fit."""
    width_units = max(width_units, 2.0)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for token in _TOKEN.findall(paragraph):
            w = sum(char_units(ch) for ch in token)
            if used + w <= width_units:
                used += w
                continue
            if w <= width_units:  # the word goes whole onto the next line
                lines += 1
                used = w
                continue
            for ch in token:  # longer than a line: broken anywhere
                cw = char_units(ch)
                if used + cw > width_units:
                    lines += 1
                    used = 0.0
                used += cw
    return lines


# A text cell's own padding (the "about 1 mm in every cell"): Excel's 2 px inset (LibreOffice's
# 0.35 mm) leaves left-aligned text touching the rule, so the text styles take one level of alignment
# indent. Excel insets a level by three spaces of the Normal font, on whole points: 9 pt (3.2 mm) for
# Calibri 11; LibreOffice's import (sc/source/filter/oox/stylesbuffer.cxx, Alignment::finalizeImport)
# makes it a left margin of three spaces of the workbook's default font (the styles' first font,
# Calibri 11): 2.63 mm in Calibri/Carlito, 3.14 mm where IPAexGothic stands in for it. The text is
# measured at the width the larger of them leaves. (LibreOffice ignores an indent of right-aligned
# text: numbers get their right inset from their number format, see RIGHT_PAD_FORMAT.)
TEXT_INDENT = 1  # indent levels of a left-aligned text cell
INDENT_MM = 3.2  # one level, the larger of Excel's and LibreOffice's
# a number's right inset: "_0" leaves a digit's width (≥ 0.5 em: 1.4 mm at 8 pt) blank after it, in Excel
# and in LibreOffice; a text in the cell (a total that names its 未入力) gets it too (4th section)
RIGHT_PAD_FORMAT = "#,##0_0;-#,##0_0;0_0;@_0"


def text_height_points(text: str, width_mm: float, size_pt: float, indent: int = 0) -> float:
    """The row height (pt) a wrapped cell *width_mm* wide, its text indented *indent* levels, needs to
    show every line of *text* at *size_pt* in the tallest common Japanese font."""
    half_em_mm = size_pt * 25.4 / 72.0 / 2
    units = math.floor((width_mm - CELL_INSET_MM - indent * INDENT_MM) / half_em_mm)
    lines = wrapped_line_count(text, units)
    if lines > 1:  # wrapped: a wide character of slack for kinsoku and the spreadsheet's rounding
        lines = wrapped_line_count(text, units - 2)
    return round(lines * size_pt * LINE_EM + CELL_INSET_PT, 2)


# --- column widths ------------------------------------------------------------------------------
# A stored column width counts digits of the workbook's default font (the styles' first font: openpyxl
# writes Calibri 11, whose maximum digit width Excel takes as 7 px at 96 dpi) and INCLUDES the cell's
# padding (ECMA-376 Part 1, 18.3.1.13): Excel shows a column of Truncate(((256·w + Truncate(128/7))/256)·7)
# px; its default 9.140625 is 64 px (its UI's 8.43 leaves the padding out). So w is the column's pixels
# over 7, whole pixels (Excel draws whole pixels) in 1/256ths. LibreOffice (7.4) prints w × the digit
# width of the font it finds for Calibri, padding included too: the columns keep the layout's proportions,
# and only the whole grid's scale against the rows depends on that font (fitted to the page).
DIGIT_PX = 7  # Calibri 11's maximum digit width in Excel at 96 dpi
PX_PER_MM = 96.0 / 25.4


def width_px(width: float) -> int:
    """The pixels Excel shows for a stored column *width* (ECMA-376 Part 1, 18.3.1.13)."""
    return math.trunc((256 * width + math.trunc(128 / DIGIT_PX)) / 256 * DIGIT_PX)


def mm_to_width(mm: float) -> float:
    """The stored column width that Excel shows as *mm* (to the nearest whole pixel at 96 dpi)."""
    px = max(1, round(mm * PX_PER_MM))
    return math.trunc(px / DIGIT_PX * 256) / 256


def printed_width_mm(mm: float) -> float:
    """The width a column laid out *mm* wide has in Excel (whole pixels: within 0.14 mm of *mm*), which
    is what text is measured against: Excel's inset inside it is :data:`CELL_INSET_MM`."""
    return width_px(mm_to_width(mm)) / PX_PER_MM


@dataclass(frozen=True)
class ColumnGrid:
    """Worksheet columns from the sheet's x edges: the timeline's edges, plus the header block's where distinct."""

    edges: tuple[float, ...]  # mm, left edge of column 1 … right edge of the last column
    first_month_col: int  # 1-based column of the window's first month

    @classmethod
    def build(cls, edition: Edition) -> ColumnGrid:
        pages = [grid_page_geometry(edition, 1, False), grid_page_geometry(edition, 1, True)]
        tl = pages[0].timeline
        months = len(tl.years) * MONTHS_PER_YEAR
        primary = [tl.left, tl.left + tl.name_w] + [tl.month_left(i) for i in range(months + 1)]
        edges = sorted(primary)
        for page in pages:
            for cell in page.cells:
                for x in (cell.rect.x, cell.rect.right):
                    nearest = _nearest(edges, x)
                    if abs(nearest - x) > SNAP_MM and x > MARGIN - 0.01:
                        bisect.insort(edges, x)
        first = edges.index(min(edges, key=lambda e: abs(e - tl.months_x))) + 1
        return cls(tuple(edges), first)

    @property
    def count(self) -> int:
        return len(self.edges) - 1

    def col(self, x: float) -> int:
        """The 1-based column whose left edge is nearest *x*."""
        return min(range(len(self.edges)), key=lambda i: abs(self.edges[i] - x)) + 1

    def span(self, x: float, right: float) -> tuple[int, int]:
        """First and last column covering [x, right]."""
        return self.col(x), self.col(right) - 1

    def width_mm(self, col: int) -> float:
        return self.edges[col] - self.edges[col - 1]


def page_rows(page: PageGeometry) -> list[float]:
    """The y edges of the header block of *page* (title top … timeline header bottom), in mm."""
    ys = {round(page.title.y, 3), round(page.timeline.top, 3), round(page.timeline.body_top, 3)}
    for cell in page.cells:
        ys.add(round(cell.rect.y, 3))
        ys.add(round(cell.rect.bottom, 3))
    return sorted(ys)
