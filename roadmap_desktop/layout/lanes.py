"""Bars of one timeline row, clipped to the edition's window and stacked in lanes: one rule for every output.

Bars that share a month cannot share a lane (No.62's 意向調査 / 試行 / 振り返り under 新技術の運用).
Each bar, in :meth:`Bar.sort_key` order, goes into the first lane that is free by its first month, so
the sheet, the screen and the Excel export stack a row identically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..core.model import WINDOW_YEARS, Bar, Edition

MONTHS = WINDOW_YEARS * 12


@dataclass(frozen=True)
class PlacedBar:
    bar: Bar
    index: int  # the bar's position in the row's own list (the screen refers to bars by it)
    first: int  # month offsets inside the window, 0 … 59, both included
    last: int
    lane: int  # 0 = the top lane


class PlacedRow(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    bars: tuple[PlacedBar, ...]  # in sheet order
    lanes: int  # at least 1

    def lane_of(self, index: int) -> int:
        """The lane of the row's *index*-th bar (0 for a bar wholly outside the window)."""
        return next((p.lane for p in self.bars if p.index == index), 0)

    def next_start(self, placed: PlacedBar) -> int | None:
        """The first month of the next bar in *placed*'s lane, or None: how far its label may run on."""
        return min((p.first for p in self.bars if p.lane == placed.lane and p.first > placed.last), default=None)


def place_row(bars: Sequence[Bar], edition: Edition) -> PlacedRow:
    """*bars* clipped to the window (a bar wholly outside it is left out) and stacked in lanes."""
    order = sorted(range(len(bars)), key=lambda i: (bars[i].sort_key(), i))
    lane_ends: list[int] = []  # the last month used in each lane
    placed: list[PlacedBar] = []
    for i in order:
        bar = bars[i]
        first = max(0, edition.month_offset(bar.start))
        last = min(MONTHS - 1, edition.month_offset(bar.end))
        if first > last:
            continue
        lane = next((k for k, end in enumerate(lane_ends) if end < first), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(last)
        else:
            lane_ends[lane] = last
        placed.append(PlacedBar(bar, i, first, last, lane))
    return PlacedRow(tuple(placed), max(1, len(lane_ends)))
