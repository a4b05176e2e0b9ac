"""Where every box of the standard sheet lies, in millimetres from the page's top-left corner.

This is the one source of truth for the sheet's drawing (see ``docs/sheet-layout.md``):
the PDF and printer draw these rectangles, the Excel export turns their edges into columns and
rows, the on-screen timeline scales the same timeline geometry, and importers expect the same
order of labels. Change a measure here and every output follows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import NamedTuple

from ..core.fields import TEXT_COLUMNS
from ..core.labels import FIELD_LABELS, TIMELINE_NAME_HEADER, TIMELINE_ROW_HEADER
from ..core.model import WINDOW_YEARS, Edition

PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape
MARGIN = 10.0
CONTENT_W = PAGE_W - 2 * MARGIN

TITLE_H = 8.0
HEADER_ROW_H = 7.0  # 分野 … 担当課等 and 事業名 … 事業費 rows
OVERVIEW_H = 13.0  # the 概要 row at its smallest; it grows with its text up to OVERVIEW_MAX_H
OVERVIEW_MAX_H = 30.0
TEXT_HEAD_H = 5.5
TEXT_BODY_H = 40.0  # the three text columns when nothing is known of their text (the Excel grid's columns)
TEXT_MIN_H = 25.0  # the text columns are as tall as their text needs, within this range
TEXT_MAX_H = 110.0
# Kept free under a grown sheet: spreadsheet programs print their footer (the Excel export's sheet No.)
# just below the margin, and importers must not take it for a label run out of the last row.
FOOTER_ROOM_H = 6.0
TIMELINE_HEAD_H = 6.0
MIN_ROW_H = 5.5  # a 計画 or 実績 row: room for one line of bar label at the minimum size
ROW_H = 8.0  # a comfortable row: two lines of bar label at 7 pt; rows get this before the text columns grow
MAX_ROW_H = 12.0  # rows grow to fill the page: to this height before the text columns grow past their text
TALL_ROW_H = 16.0  # then to this height, before the text columns take the rest
PT_MM = 25.4 / 72.0  # one typographic point in millimetres
MIN_PT = 6.0  # nothing on a sheet is printed smaller: the smallest size read comfortably on paper
BAR_PT = 8.0  # a bar label at its full size (rows are comfortable now: 8 to 16 mm)
LABEL_LINE_H = 3.2  # a label line above or below a row's bars (one line of bar label, 6–7 pt, and its gap)

NAME_W = 46.0  # the 取組 (initiative name) column
KIND_W = 9.0  # the 区分 (計画/目標/実績) column
MONTHS_PER_YEAR = 12


class Rect(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


class CellKind(StrEnum):
    LABEL = "label"  # shaded, holds a fixed label word
    VALUE = "value"  # holds a field's value


class Cell(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    """A bordered box of the header block. *key* is the Project attribute (or ``"label:"`` + attribute)."""

    key: str
    kind: CellKind
    rect: Rect


# The header block, row by row: (attribute, label width, value width); value width None = takes the rest.
_ROW1: tuple[tuple[str, float, float | None], ...] = (
    ("field", 16.0, 38.0),
    ("items", 12.0, None),
    ("departments", 16.0, 38.0),
    ("sections", 16.0, 52.0),
)
_ROW2: tuple[tuple[str, float, float | None], ...] = (
    ("name", 16.0, None),
    ("start_year", 11.0, 12.0),
    ("end_year", 11.0, 12.0),
    ("budget", 27.0, 22.0),
)
TEXT_FIELDS = TEXT_COLUMNS  # the three equal text columns, left to right


def _row(spec: tuple[tuple[str, float, float | None], ...], y: float, h: float) -> list[Cell]:
    fixed = sum(lw + (vw or 0.0) for _, lw, vw in spec)
    rest = CONTENT_W - fixed
    cells: list[Cell] = []
    x = MARGIN
    for attr, lw, vw in spec:
        cells.append(Cell("label:" + attr, CellKind.LABEL, Rect(x, y, lw, h)))
        x += lw
        w = rest if vw is None else vw
        cells.append(Cell(attr, CellKind.VALUE, Rect(x, y, w, h)))
        x += w
    return cells


@dataclass(frozen=True)
class TimelineGeometry:
    """The timeline block: header row, then two rows (plan, actual) per initiative."""

    top: float  # top of the header row
    rows: int  # initiatives on this page
    row_h: float  # height of the bars' part of one 計画 or 実績 row
    years: tuple[int, ...]  # the edition's five fiscal years
    # per row, plan then actual of each initiative: (label line above the bars, label line below), 0 or 1
    # each; a row with a label line is LABEL_LINE_H taller. Empty: no label lines.
    lines: tuple[tuple[int, int], ...] = field(default=())

    left = MARGIN
    name_w = NAME_W
    kind_w = KIND_W

    @property
    def months_x(self) -> float:
        return self.left + self.name_w + self.kind_w

    @property
    def month_w(self) -> float:
        return (CONTENT_W - self.name_w - self.kind_w) / (len(self.years) * MONTHS_PER_YEAR)

    @property
    def header(self) -> Rect:
        return Rect(self.left, self.top, CONTENT_W, TIMELINE_HEAD_H)

    @property
    def body_top(self) -> float:
        return self.top + TIMELINE_HEAD_H

    def _lines(self, index: int, actual: bool) -> tuple[int, int]:
        k = 2 * index + (1 if actual else 0)
        return self.lines[k] if k < len(self.lines) else (0, 0)

    def row_height(self, index: int, actual: bool) -> float:
        above, below = self._lines(index, actual)
        return self.row_h + (above + below) * LABEL_LINE_H

    @cached_property
    def _tops(self) -> tuple[float, ...]:
        tops = [self.body_top]
        for k in range(2 * self.rows):
            tops.append(tops[-1] + self.row_height(k // 2, bool(k % 2)))
        return tuple(tops)

    @property
    def bottom(self) -> float:
        return self._tops[-1]

    def month_left(self, offset: int) -> float:
        """x of the left edge of month *offset* (0 = the window's first April; 60 = right edge)."""
        return self.months_x + offset * self.month_w

    def month_at(self, x: float) -> int | None:
        """The month offset under *x*, or None outside the month columns."""
        if not self.months_x <= x < self.months_x + len(self.years) * MONTHS_PER_YEAR * self.month_w:
            return None
        return int((x - self.months_x) // self.month_w)

    def year_header(self, i: int) -> Rect:
        w = MONTHS_PER_YEAR * self.month_w
        return Rect(self.months_x + i * w, self.top, w, TIMELINE_HEAD_H)

    def name_header(self) -> Rect:
        return Rect(self.left, self.top, self.name_w, TIMELINE_HEAD_H)

    def kind_header(self) -> Rect:
        return Rect(self.left + self.name_w, self.top, self.kind_w, TIMELINE_HEAD_H)

    def row_top(self, index: int, actual: bool) -> float:
        """Top of the plan (or actual) row of the *index*-th initiative on this page."""
        k = 2 * index + (1 if actual else 0)
        if k < len(self._tops):
            return self._tops[k]
        return self._tops[-1] + (k - 2 * self.rows) * self.row_h  # past the last row (the screen's spare rows)

    def bars_top(self, index: int, actual: bool) -> float:
        """Top of the bars' part of a row: under its label line above, if it has one."""
        return self.row_top(index, actual) + self._lines(index, actual)[0] * LABEL_LINE_H

    def label_line(self, index: int, actual: bool, below: bool) -> Rect:
        """The label line above (or below) a row's bars, across the months."""
        off = self.band_offset
        y = self.bars_top(index, actual) + self.row_h - off if below else self.row_top(index, actual) + off
        return Rect(self.months_x, y, self.right - self.months_x, LABEL_LINE_H)

    @property
    def band_offset(self) -> float:
        """How far a row's bars stand below its top: 0, but in a row taller than TALL_ROW_H (a page of few
        rows stretched to the margin) the bars keep that height, centred, a band in their months rather
        than a block filling the row; their label lines stay next to them."""
        return max(0.0, self.row_h - TALL_ROW_H) / 2

    def name_cell(self, index: int) -> Rect:
        top = self.row_top(index, False)
        return Rect(self.left, top, self.name_w, self.row_top(index, True) + self.row_height(index, True) - top)

    def kind_cell(self, index: int, actual: bool) -> Rect:
        return Rect(self.left + self.name_w, self.row_top(index, actual), self.kind_w, self.row_height(index, actual))

    def bar_rect(self, index: int, actual: bool, first: int, last: int, lane: int = 0, lanes: int = 1) -> Rect:
        """The box of a bar over month offsets *first*..*last* (inclusive), inset inside its row.

        Bars of one row that overlap in time (e.g. 新技術の運用 under 意向調査 / 試行 / 振り返り) are
        stacked in *lanes* equal horizontal strips of the row; *lane* 0 is the top one.
        """
        band = min(self.row_h, TALL_ROW_H)  # see band_offset
        lane_h = band / max(1, lanes)
        inset_y = lane_h * 0.16 if lanes == 1 else lane_h * 0.05
        inset_x = min(0.2, self.month_w * 0.1)  # narrow: a one-month bar holds ※1 at 6 pt
        x0 = self.month_left(first) + inset_x
        x1 = self.month_left(last + 1) - inset_x
        top = self.bars_top(index, actual) + self.band_offset + lane * lane_h + inset_y
        return Rect(x0, top, x1 - x0, lane_h - 2 * inset_y)

    @property
    def right(self) -> float:
        """x of the right edge of the last month column."""
        return self.month_left(len(self.years) * MONTHS_PER_YEAR)


class PageGeometry(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    """One page of a sheet. The first page has the whole header block; a continuation page (（続き）)
    repeats the title, the 事業名 row and the timeline header."""

    continuation: bool
    title: Rect
    cells: tuple[Cell, ...]
    timeline: TimelineGeometry

    def cell(self, key: str) -> Cell:
        for c in self.cells:
            if c.key == key:
                return c
        raise KeyError(key)


@lru_cache(maxsize=512)
def _header_cells(
    continuation: bool, extra_text_h: float = 0.0, overview_h: float = OVERVIEW_H
) -> tuple[tuple[Cell, ...], float]:
    """The header block's cells and the y where the timeline begins (cached: the page balance asks often)."""
    cells, y = _header_cells_uncached(continuation, extra_text_h, overview_h)
    return tuple(cells), y


def _header_cells_uncached(continuation: bool, extra_text_h: float, overview_h: float) -> tuple[list[Cell], float]:
    y = MARGIN + TITLE_H
    cells: list[Cell] = []
    if not continuation:
        cells += _row(_ROW1, y, HEADER_ROW_H)
        y += HEADER_ROW_H
    cells += _row(_ROW2, y, HEADER_ROW_H)
    y += HEADER_ROW_H
    if continuation:
        return cells, y
    cells += _row((("overview", 16.0, None),), y, overview_h)
    y += overview_h
    col_w = CONTENT_W / len(TEXT_FIELDS)
    for i, attr in enumerate(TEXT_FIELDS):
        x = MARGIN + i * col_w
        cells.append(Cell("label:" + attr, CellKind.LABEL, Rect(x, y, col_w, TEXT_HEAD_H)))
        cells.append(Cell(attr, CellKind.VALUE, Rect(x, y + TEXT_HEAD_H, col_w, TEXT_BODY_H + extra_text_h)))
    return cells, y + TEXT_HEAD_H + TEXT_BODY_H + extra_text_h


def rows_per_page(continuation: bool) -> int:
    """How many initiatives without label lines fit a page at the minimum row height (text columns at
    :data:`TEXT_BODY_H`): the Excel grid's and the foreign-PDF tests' plain pagination."""
    _, top = _header_cells(continuation)
    return int((PAGE_H - MARGIN - top - TIMELINE_HEAD_H) // (2 * MIN_ROW_H))


class TextNeed(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    """What the first page's text wants: the 概要 row's height, and the three text columns' height at
    their smallest readable size (*floor*) and at their full size (*want*), in mm."""

    overview_h: float = OVERVIEW_H
    floor: float = TEXT_BODY_H
    want: float = TEXT_BODY_H


def _line_h(lines: Sequence[tuple[int, int]]) -> float:
    return sum(a + b for a, b in lines) * LABEL_LINE_H


def bottom_limit(notes_h: float = 0.0) -> float:
    """Where the table may end: the bottom margin, less the room kept for a spreadsheet's footer and the notes."""
    return PAGE_H - MARGIN - FOOTER_ROOM_H - notes_h


def fits_page(
    initiatives: int, lines: Sequence[tuple[int, int]], continuation: bool, need: TextNeed, notes_h: float = 0.0
) -> bool:
    """Do *initiatives* (rows with *lines*) fit one page with rows at their minimum and text at its floor?"""
    top = _header_cells(continuation, 0.0, need.overview_h)[1] - (0.0 if continuation else TEXT_BODY_H)
    text = 0.0 if continuation else need.floor
    used = top + text + TIMELINE_HEAD_H + 2 * initiatives * MIN_ROW_H + _line_h(lines)
    return used <= bottom_limit(notes_h) + 1e-6


def page_geometry(
    edition: Edition,
    initiatives: int,
    continuation: bool = False,
    notes_h: float = 0.0,
    lines: Sequence[tuple[int, int]] = (),
    need: TextNeed | None = None,
) -> PageGeometry:
    """The geometry of one page showing *initiatives* initiatives, balanced so the table ends at the
    bottom margin: the text columns get the height their text needs at its smallest readable size,
    the rows their comfortable height :data:`ROW_H`, then the text columns up to what their text needs
    at full size, then the rows up to :data:`MAX_ROW_H` and :data:`TALL_ROW_H`, then the text columns
    up to :data:`TEXT_MAX_H`, and what is still left the rows; a （続き） page's rows take the whole page.
    *lines*:
    each row's label lines (see :class:`TimelineGeometry`); *notes_h* mm are kept under the timeline
    for the numbered notes of bar labels that fit nowhere near their bar (※1 事例集作成)."""
    need = need or TextNeed()
    overview_h = need.overview_h if not continuation else OVERVIEW_H
    _, top = _header_cells(continuation, 0.0, overview_h)
    n_rows = 2 * initiatives
    space = bottom_limit(notes_h) - top - TIMELINE_HEAD_H - _line_h(lines)
    row_h = MAX_ROW_H
    if continuation:
        if n_rows:  # no text columns to balance: the rows take the page, the table ends at the margin
            row_h = max(MIN_ROW_H, space / n_rows)
        cells, top = _header_cells(True)
    else:
        space += TEXT_BODY_H  # _header_cells counted the default text height
        text = min(need.floor, max(TEXT_MIN_H, space - n_rows * MIN_ROW_H))
        left = space - text - n_rows * MIN_ROW_H
        row_h = MIN_ROW_H
        if n_rows:
            add = max(0.0, min(left / n_rows, ROW_H - MIN_ROW_H))
            row_h += add
            left -= add * n_rows
        add = max(0.0, min(left, need.want - text))
        text += add
        left -= add
        if n_rows:
            add = max(0.0, min(left / n_rows, MAX_ROW_H - row_h))
            row_h += add
            left -= add * n_rows
        if n_rows:  # the text columns stay as tall as their text: the rows take more first
            add = max(0.0, min(left / n_rows, TALL_ROW_H - row_h))
            row_h += add
            left -= add * n_rows
        add = max(0.0, min(left, TEXT_MAX_H - text))
        text += add
        left -= add
        if n_rows:  # a sheet of one or two initiatives: its rows take the rest, the table ends at the margin
            row_h += max(0.0, left / n_rows)
        if initiatives == 0:
            row_h = MAX_ROW_H
        cells, top = _header_cells(False, text - TEXT_BODY_H, overview_h)
    years = tuple(edition.fiscal_year + i for i in range(WINDOW_YEARS))
    title = Rect(MARGIN, MARGIN, CONTENT_W, TITLE_H - 1.0)
    timeline = TimelineGeometry(top, initiatives, row_h, years, tuple(lines))
    return PageGeometry(continuation, title, tuple(cells), timeline)


GRID_ROW_H = 10.0  # the workbook's rows grow to this height at most
GRID_TEXT_EXTRA_H = 40.0  # and its text columns up to this much over TEXT_BODY_H
GRID_FOOTER_H = 3.0  # the workbook's bottom margin is this much over MARGIN: its footer prints below the table


def grid_page_geometry(edition: Edition, initiatives: int, continuation: bool = False) -> PageGeometry:
    """The page the Excel workbook's grid follows, knowing nothing of the text: rows up to
    :data:`GRID_ROW_H`, then the text columns up to :data:`GRID_TEXT_EXTRA_H` taller, keeping
    :data:`FOOTER_ROOM_H` free (a spreadsheet prints its footer there, and a reader of the printed
    workbook must not take it for a label in the last row). The printed sheet is :func:`page_geometry`."""
    cells, top = _header_cells(continuation)
    available = PAGE_H - MARGIN - GRID_FOOTER_H - top - TIMELINE_HEAD_H
    if not continuation:
        extra = min(
            GRID_TEXT_EXTRA_H, max(0.0, available - 2 * initiatives * GRID_ROW_H - (FOOTER_ROOM_H - GRID_FOOTER_H))
        )
        if extra > 0:
            cells, top = _header_cells(continuation, extra)
            available -= extra
    rows_h = available / (2 * initiatives) if initiatives else GRID_ROW_H
    row_h = max(MIN_ROW_H, min(GRID_ROW_H, rows_h))
    years = tuple(edition.fiscal_year + i for i in range(WINDOW_YEARS))
    title = Rect(MARGIN, MARGIN, CONTENT_W, TITLE_H - 1.0)
    return PageGeometry(continuation, title, tuple(cells), TimelineGeometry(top, initiatives, row_h, years))


def paginate(initiatives: int) -> list[range]:
    """Which initiatives go on which page when nothing but their number is known (label lines and the
    text's height are the composer's: :func:`layout.sheet.layout_sheet`)."""
    first = rows_per_page(False)
    pages = [range(0, min(initiatives, first))]
    start = first
    more = rows_per_page(True)
    while start < initiatives:
        pages.append(range(start, min(initiatives, start + more)))
        start += more
    return pages


LABEL_TEXT = {**FIELD_LABELS, "timeline_name": TIMELINE_NAME_HEADER, "timeline_kind": TIMELINE_ROW_HEADER}
