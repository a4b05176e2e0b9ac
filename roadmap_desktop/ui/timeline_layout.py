"""The on-screen timeline's pixel geometry, built on the sheet's :class:`TimelineGeometry` (no Qt here).

x: the sheet's millimetres scaled to pixels. At "fit" one scale factor maps the whole sheet width
(name column, 区分 column, 60 months) onto the widget width, except that the name and 区分 columns
never get narrower than their words need (measured by the widget at its fonts): the months give way. Zoomed in (a month width in pixels),
the months use that scale while the name and 区分 columns stop growing at a readable width
(otherwise the name column would be 800 px wide at 60 px a month). Every x comes from the geometry's
``month_left`` / ``month_at`` / ``bar_rect`` through that mapping.

At "fit" the months never get narrower than :data:`READABLE_MONTH_PX`: short of width the name
column gives way down to its words' need, then the widget keeps a minimum width and the view scrolls.

y: rows at least :data:`MIN_LANE_PX` tall for editing comfort; at "fit" a lane's height is handed in
(fitted by the widget to the view's height, never to the width), zoomed the columns' scale sets it. A
row with a label line (timeline_labels.py) is a line taller, its bars under the line. Bars of one row that overlap in
time (No.62's 意向調査/試行/振り返り under 新技術の運用) are stacked in lanes, and a row is as many
lanes tall as it needs; the bar's inset within its lane is the geometry's (``bar_rect`` of a
one-unit-high row gives the fractions).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from ..core.model import Edition, Row
from ..layout.content import InitiativeContent
from ..layout.geometry import CONTENT_W, MIN_ROW_H, MONTHS_PER_YEAR, TIMELINE_HEAD_H, Rect, TimelineGeometry

if TYPE_CHECKING:
    from ..layout.labels import LabelPlace

MIN_LANE_PX = 22.0
MONTH_HEAD_PX = 18.0  # the row of month numbers under the year header (screen only; 11 px digits)
NAME_MAX_PX = 240.0  # the name column stops growing here when zoomed in
RIGHT_GUTTER_PX = 12.0  # room for the arrow of a bar that continues past the window
MIN_MONTH_PX, MAX_MONTH_PX = 4.0, 80.0
READABLE_MONTH_PX = 12.0  # at "fit" months never narrower (as zoomed out at most): below, the view scrolls
EDGE_GRIP_PX = 5.0  # how near a bar's end the pointer resizes instead of moving
FIT_Y_SCALE = 4.4  # px per mm for heights at "fit" (about what a 1300 px wide window gives the width)


class PxRect(Rect):
    """A rectangle in widget pixels: the sheet's :class:`Rect`, but half-open, so a pixel on the edge
    between two boxes belongs to one of them only."""

    __slots__ = ()  # no fields of its own: a tuple, as Rect

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def intersects(self, x: float, y: float, w: float, h: float) -> bool:
        return self.x < x + w and x < self.right and self.y < y + h and y < self.bottom

    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)


class Zone(Enum):
    HEADER = "header"
    NAME = "name"
    KIND = "kind"
    MONTHS = "months"


class Spot(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    """What lies under a point: the zone, the initiative and row (if any), the month offset (unbounded)."""

    zone: Zone
    initiative: int | None = None
    row: Row | None = None
    lane: int = 0
    month: int | None = None


class TimelineLayout:
    """Pixel rectangles of one project's timeline; *rows* are its initiatives as the content step placed
    them (layout/content.py): bars clipped to the window and stacked in lanes, as on the sheet."""

    def __init__(
        self,
        edition: Edition,
        rows: Sequence[InitiativeContent],
        width: float,
        month_px: float | None = None,
        min_columns: tuple[float, float] = (0.0, 0.0),
        lines: Sequence[tuple[int, int]] = (),
        line_h: float = 0.0,
        lane_px: float | None = None,
    ) -> None:
        """*min_columns*: the (name, 区分) column widths their words need at the screen's fonts; the
        columns never get narrower, whatever the width or the scaling (the months give way).
        *lines*: per row (plan, actual of each initiative) its label lines (above, below), 0 or 1 each,
        *line_h* pixels tall, as the sheet's :class:`TimelineGeometry` has them (see timeline_labels.py).
        *lane_px*: at "fit", a lane's height fitted to the space by the widget (None: the fixed scale's)."""
        # A one-unit-high row with its body at y = 0: bar_rect's y and h come out as fractions of a lane.
        self.geom = TimelineGeometry(top=-TIMELINE_HEAD_H, rows=1, row_h=1.0, years=tuple(edition.window_years))
        g = self.geom
        self.n_months = len(g.years) * MONTHS_PER_YEAR
        months_mm = self.n_months * g.month_w
        if month_px is None:
            self.scale_fixed = max(width - RIGHT_GUTTER_PX, 1.0) / CONTENT_W
        else:
            self.scale_fixed = min(max(MIN_MONTH_PX, min(MAX_MONTH_PX, month_px)) / g.month_w, NAME_MAX_PX / g.name_w)
        self.fit = month_px is None
        self.name_w = max(g.name_w * self.scale_fixed, min_columns[0])
        self.kind_w = max(g.kind_w * self.scale_fixed, min_columns[1])
        self.months_x = self.name_w + self.kind_w
        if month_px is None:
            readable = self.n_months * READABLE_MONTH_PX
            room = width - RIGHT_GUTTER_PX
            if room - self.months_x < readable:
                # Short of room the months come first: the name column gives way down to what its
                # words need, then the months stay readable and the view scrolls sideways.
                self.name_w = max(min_columns[0], min(self.name_w, room - readable - self.kind_w))
                self.months_x = self.name_w + self.kind_w
            self.scale_months = max(room - self.months_x, readable) / months_mm
            # the narrowest width with readable months (the columns at their words' need): a constant of
            # the fonts, so the widget's minimum never moves with its own width
            self.fit_min_width = min_columns[0] + min_columns[1] + readable + RIGHT_GUTTER_PX
        else:
            self.scale_months = max(MIN_MONTH_PX, min(MAX_MONTH_PX, month_px)) / g.month_w
            self.fit_min_width = 0.0
        self.month_w = g.month_w * self.scale_months
        # Heights never depend on the width: at "fit" a taller timeline would bring a vertical scroll bar,
        # a narrower widget, shorter rows, no scroll bar … and round again.
        y_scale = FIT_Y_SCALE if month_px is None else self.scale_fixed
        self.year_head_h = max(MIN_LANE_PX, TIMELINE_HEAD_H * y_scale)
        self.header_h = self.year_head_h + MONTH_HEAD_PX
        self.lane_h = max(MIN_LANE_PX, MIN_ROW_H * y_scale if lane_px is None or month_px is not None else lane_px)
        self.rows = tuple(rows)
        self._counts: list[tuple[int, int]] = [(ini.plan.lanes, ini.actual.lanes) for ini in self.rows]
        self.line_h = line_h
        self.lines = tuple(lines)
        self._tops: list[float] = []  # top of each row, plan and actual alternating
        y = self.header_h
        for k, lanes in enumerate(n for pair in self._counts for n in pair):
            self._tops.append(y)
            y += lanes * self.lane_h + sum(self._lines(k)) * line_h
        self.body_bottom = y
        self.width = self.months_x + self.n_months * self.month_w + RIGHT_GUTTER_PX
        self._month_x = [self.x_of(g.month_left(m)) for m in range(self.n_months + 1)]  # painted often
        self.height = y + 1.0
        # the label rule's answer per bar (timeline_labels.decide) and the px per mm it was asked at
        self.labels: dict[tuple[int, Row, int], LabelPlace] = {}
        self.label_scale = 1.0

    # --- x mapping through the sheet geometry ---------------------------------------------------

    def x_of(self, mm: float) -> float:
        g = self.geom
        if mm <= g.left + g.name_w:
            return (mm - g.left) * self.name_w / g.name_w
        if mm <= g.months_x:
            return self.name_w + (mm - g.left - g.name_w) * self.kind_w / g.kind_w
        return self.months_x + (mm - g.months_x) * self.scale_months

    def mm_of(self, x: float) -> float:
        g = self.geom
        if x <= self.name_w:
            return g.left + x * g.name_w / self.name_w
        if x <= self.months_x:
            return g.left + g.name_w + (x - self.name_w) * g.kind_w / self.kind_w
        return g.months_x + (x - self.months_x) / self.scale_months

    def month_left(self, offset: int) -> float:
        if 0 <= offset <= self.n_months:
            return self._month_x[offset]
        return self.x_of(self.geom.month_left(offset))

    def month_at(self, x: float) -> int | None:
        """The month offset under *x*, None outside the month columns."""
        return self.geom.month_at(self.mm_of(x))

    def month_at_unbounded(self, x: float) -> int:
        """Like :meth:`month_at`, but counting on past either end (negative, or ≥ 60) for drags."""
        inside = self.month_at(x)
        if inside is not None:
            return inside
        return math.floor((self.mm_of(x) - self.geom.months_x) / self.geom.month_w)

    # --- rows -----------------------------------------------------------------------------------

    @property
    def initiatives(self) -> int:
        return len(self._counts)

    def lane_count(self, index: int, row: Row) -> int:
        return self._counts[index][1 if row is Row.ACTUAL else 0]

    def row_top(self, index: int, row: Row) -> float:
        return self._tops[2 * index + (1 if row is Row.ACTUAL else 0)]

    def _lines(self, k: int) -> tuple[int, int]:
        return self.lines[k] if k < len(self.lines) else (0, 0)

    def label_lines(self, index: int, row: Row) -> tuple[int, int]:
        """(label line above the bars, label line below), 0 or 1 each."""
        return self._lines(2 * index + (1 if row is Row.ACTUAL else 0))

    def row_height(self, index: int, row: Row) -> float:
        return self.lane_count(index, row) * self.lane_h + sum(self.label_lines(index, row)) * self.line_h

    def bars_top(self, index: int, row: Row) -> float:
        """Top of the bars' lanes of a row: under its label line above, if it has one."""
        return self.row_top(index, row) + self.label_lines(index, row)[0] * self.line_h

    def label_line(self, index: int, row: Row, below: bool) -> PxRect:
        """The label line above (or below) a row's bars, across the months."""
        y = self.bars_top(index, row) + self.lane_count(index, row) * self.lane_h if below else self.row_top(index, row)
        x0 = self.months_x
        return PxRect(x0, y, self.month_left(self.n_months) - x0, self.line_h)

    def row_rect(self, index: int, row: Row) -> PxRect:
        return PxRect(0.0, self.row_top(index, row), self.width, self.row_height(index, row))

    def name_cell(self, index: int) -> PxRect:
        top = self.row_top(index, Row.PLAN)
        return PxRect(0.0, top, self.name_w, self.row_height(index, Row.PLAN) + self.row_height(index, Row.ACTUAL))

    def kind_cell(self, index: int, row: Row) -> PxRect:
        return PxRect(self.name_w, self.row_top(index, row), self.kind_w, self.row_height(index, row))

    def month_cell(self, index: int, row: Row, offset: int) -> PxRect:
        x0 = self.month_left(offset)
        return PxRect(x0, self.row_top(index, row), self.month_left(offset + 1) - x0, self.row_height(index, row))

    def bar_rect(self, index: int, row: Row, first: int, last: int, lane: int = 0) -> PxRect:
        """The box of a bar over month offsets *first*..*last* in *lane* of its row."""
        r = self.geom.bar_rect(0, False, first, last)
        x0, x1 = self.x_of(r.x), self.x_of(r.right)
        y = self.bars_top(index, row) + (lane + r.y) * self.lane_h
        return PxRect(x0, y, x1 - x0, r.h * self.lane_h)

    def bar_lane(self, index: int, row: Row, bar_index: int) -> int:
        return self.rows[index].row(row).lane_of(bar_index) if index < len(self.rows) else 0

    def year_header(self, i: int) -> PxRect:
        x0 = self.month_left(i * MONTHS_PER_YEAR)
        return PxRect(x0, 0.0, self.month_left((i + 1) * MONTHS_PER_YEAR) - x0, self.year_head_h)

    # --- hit testing ----------------------------------------------------------------------------

    def spot(self, x: float, y: float) -> Spot:
        """What is under (x, y): header, a name cell, a 区分 cell, or a month of a row."""
        if y < self.header_h:
            return Spot(Zone.HEADER, month=self.month_at_unbounded(x) if x >= self.months_x else None)
        k = bisect_right(self._tops, y) - 1
        if k < 0 or y >= self.body_bottom:
            return Spot(Zone.HEADER if y < self.header_h else Zone.MONTHS, month=self.month_at_unbounded(x))
        index, row = k // 2, (Row.ACTUAL if k % 2 else Row.PLAN)
        # a label line belongs to the lane next to it: its words stand over (or under) their own bar
        lane = int((y - self.bars_top(index, row)) // self.lane_h)
        lane = max(0, min(lane, self.lane_count(index, row) - 1))
        if x < self.name_w:
            return Spot(Zone.NAME, index, row, lane)
        if x < self.months_x:
            return Spot(Zone.KIND, index, row, lane)
        return Spot(Zone.MONTHS, index, row, lane, self.month_at_unbounded(x))

    def rows_in(self, y0: float, y1: float) -> range:
        """Indexes of the initiatives whose rows meet the band y0..y1 (for partial repaints)."""
        if not self._counts:
            return range(0)
        first = max(0, (bisect_right(self._tops, y0) - 1) // 2)
        last = min(len(self._counts) - 1, max(0, (bisect_right(self._tops, y1) - 1) // 2))
        return range(first, last + 1)
