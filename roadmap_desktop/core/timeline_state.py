"""What the timeline shows, in months and indexes: the project, selection, cursor, drag and delay marks.

Qt-free; :class:`~roadmap_desktop.core.timeline_controller.TimelineController` changes it and the
widget paints it (adding the pixels).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .fiscal import Month
from .model import Bar, Edition, Project, Row

BarRef = tuple[int, Row, int]  # (initiative, row, index in the row's list)
Runs = list[tuple[int, int]]  # month offsets (first, last), both included


class PlaceKind(Enum):
    BAR = "bar"
    CELL = "cell"
    NAME = "name"


@dataclass(frozen=True)
class Place:
    """Where something happens, for the host to turn into pixels: a bar, a month cell, a name cell."""

    kind: PlaceKind
    initiative: int
    row: Row = Row.PLAN
    index: int = 0  # bar index (BAR) or month offset (CELL)

    @staticmethod
    def bar(ref: BarRef) -> Place:
        return Place(PlaceKind.BAR, ref[0], ref[1], ref[2])

    @staticmethod
    def cell(initiative: int, row: Row, month: int) -> Place:
        return Place(PlaceKind.CELL, initiative, row, month)

    @staticmethod
    def name(initiative: int) -> Place:
        return Place(PlaceKind.NAME, initiative)


class DragMode(Enum):
    CREATE = "create"
    MOVE = "move"
    RESIZE_START = "resize_start"
    RESIZE_END = "resize_end"


@dataclass
class Drag:
    mode: DragMode
    initiative: int
    row: Row
    bar_index: int | None
    anchor: int  # month offset where the drag began
    current: int  # month offset under the pointer now (may lie outside the window)
    moved: bool = False  # the pointer went far enough to count as a drag


@dataclass
class TimelineState:
    """Everything the timeline shows, in months and indexes (the widget adds the pixels)."""

    edition: Edition = field(default_factory=Edition)
    today: Month | None = None  # the 基準月; None: no line
    project: Project | None = None
    selection: BarRef | None = None
    cursor: tuple[int, Row, int] = (0, Row.PLAN, 0)  # (initiative, row, month offset)
    name_focus: bool = False
    drag: Drag | None = None
    behind: dict[int, Runs] = field(default_factory=dict)  # initiative → months behind plan
    overrun: dict[tuple[int, int], Runs] = field(default_factory=dict)  # (initiative, actual bar) → months
    late: dict[tuple[int, int], Runs] = field(default_factory=dict)  # actual months after the 基準月

    @property
    def n_months(self) -> int:
        return len(self.edition.window_years) * 12

    def bar(self, ref: BarRef) -> Bar | None:
        if self.project is None:
            return None
        i, row, k = ref
        if not 0 <= i < len(self.project.initiatives):
            return None
        bars = self.project.initiatives[i].bars(row)
        return bars[k] if 0 <= k < len(bars) else None

    def offsets(self, bar: Bar) -> tuple[int, int]:
        return self.edition.month_offset(bar.start), self.edition.month_offset(bar.end)

    def month(self, offset: int) -> Month:
        return self.edition.first_month.shifted(offset)

    def shown(self, ref: BarRef) -> bool:
        """Whether the bar meets the window (a bar wholly in another edition's years is not drawn)."""
        bar = self.bar(ref)
        if bar is None:
            return False
        f, la = self.offsets(bar)
        return f <= self.n_months - 1 and la >= 0

    def ordered_bars(self) -> list[BarRef]:
        """Every shown bar in reading order: initiative, plan then actual, by start month."""
        out: list[BarRef] = []
        if self.project is None:
            return out
        for i, ini in enumerate(self.project.initiatives):
            for row in (Row.PLAN, Row.ACTUAL):
                bars = ini.bars(row)
                keys = [(bar.sort_key(), k) for k, bar in enumerate(bars)]
                order = [k for _key, k in sorted(keys)]
                out.extend((i, row, k) for k in order if self.shown((i, row, k)))
        return out

    def drag_preview(self) -> tuple[BarRef | None, int, int] | None:
        """(bar being dragged or None for a new bar, first, last month offsets) while dragging."""
        d = self.drag
        if d is None or not d.moved:
            return None
        delta = d.current - d.anchor
        if d.mode is DragMode.CREATE:
            lo, hi = sorted((d.anchor, max(0, min(self.n_months - 1, d.current))))
            return None, lo, hi
        assert d.bar_index is not None
        ref = (d.initiative, d.row, d.bar_index)
        bar = self.bar(ref)
        if bar is None:
            return None
        f, la = self.offsets(bar)
        if d.mode is DragMode.MOVE:
            return ref, f + delta, la if bar.continues else la + delta
        if d.mode is DragMode.RESIZE_START:
            return ref, min(f + delta, la), la
        return ref, f, max(la + delta, f)
