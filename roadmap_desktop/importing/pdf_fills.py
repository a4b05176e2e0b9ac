"""Bars as other programs draw them: the drawn box, the month axis, and how fills, rules and texts
that touch are parted (a fill over merged cells, rows of one colour filled as one area, two labels
printed over each other).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from .pdf_cells import Box, GlyphIndex
from .pdf_page import Glyph, Shape
from .pdf_thresholds import (
    ADJACENT,
    BAR_END,
    BORDER_AFTER,
    BORDER_BEFORE,
    CUT_NEAR,
    EDGE,
    FLAT,
    HAIR,
    HEAVY,
    HEAVY_FILL,
    IN_ORDER,
    LABEL_START,
    LINE_BAR_WIDTH,
    RUN_ON_LINE,
    SLIVER,
    THIN,
)


@dataclass
class BarShape:
    x0: float
    top: float
    x1: float
    bottom: float
    arrow: bool
    body_x1: float  # right end of the body (before an arrow's head)
    glyphs: list[Glyph] = field(default_factory=list)
    outside: bool = False  # part of the label lies outside the bar
    room_right: float = 0.0
    colour: tuple[float, ...] | None = None
    seqs: set[int] = field(default_factory=set)  # the drawn shapes it was made of (their Shape.seq)


def _split(bar: BarShape, edges: list[tuple[float, float, float]]) -> list[BarShape]:
    """A filled area cut where heavy rules cross it: adjacent bars of the same colour drawn as one fill."""
    cy = (bar.top + bar.bottom) / 2
    cuts = [
        x for x, top, bottom in edges if bar.x0 + BAR_END < x < bar.x1 - BAR_END and top - EDGE <= cy <= bottom + EDGE
    ]
    if not cuts or bar.arrow:
        return [bar]
    xs = [bar.x0, *cuts, bar.x1]
    return [BarShape(a, bar.top, b, bar.bottom, False, b) for a, b in pairwise(xs) if b - a > SLIVER]


def _untangle(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """A line whose characters overlap one another holds two texts printed over each other (a label
    overflowing a short bar across its neighbour's): apart again by the order they were drawn in."""
    if all(g.x0 >= p.x1 - IN_ORDER * min(g.size, p.size) for p, g in pairwise(glyphs)) or any(
        g.seq < 0 for g in glyphs
    ):
        return [glyphs]
    runs: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: g.seq):
        last = runs[-1][-1] if runs else None
        if last is not None and g.seq == last.seq + 1 and g.x0 >= last.x1 - IN_ORDER * min(g.size, last.size):
            runs[-1].append(g)
        else:
            runs.append([g])
    return [sorted(r, key=lambda g: g.x0) for r in runs]


def _one_text(above: list[Glyph], below: list[Glyph], tops: list[float]) -> bool:
    """May two lines one under the other be one label? Within a row, yes; across rows (a label taller
    than its row runs out above and below) only where they were drawn as one text, one after the other
    (the labels of two rows set one under the other are two texts)."""
    if bisect_right(tops, above[0].cy) == bisect_right(tops, below[0].cy):
        return True
    last, first = max(g.seq for g in above), min(g.seq for g in below)
    return last < 0 or first < 0 or 0 < first - last <= 3


def _thin_rules(shapes: list[Shape]) -> list[tuple[float, float, float, int]]:
    """Thin vertical rules (x, top, bottom, place in the drawing order): cell borders."""
    return sorted(
        ((s.x0 + s.x1) / 2, s.top, s.bottom, s.seq)
        for s in shapes
        if s.h > FLAT
        and (
            (s.kind == "line" and s.stroked and s.w < FLAT)
            or (s.kind == "rect" and s.filled and s.w < HEAVY * HEAVY_FILL)
        )
    )


def _across_rules(shapes: list[Shape]) -> list[tuple[float, float, float, int]]:
    """Thin horizontal rules (y, x0, x1, place in the drawing order): borders between rows."""
    return sorted(
        ((s.top + s.bottom) / 2, s.x0, s.x1, s.seq)
        for s in shapes
        if s.kind == "line" and s.stroked and s.h < FLAT and s.width < LINE_BAR_WIDTH
    )


def _label_after(x: float, bar: BarShape, index: GlyphIndex) -> bool:
    """Does a label begin just right of the border at *x* in *bar* (not a text running on across it)?"""
    glyphs = [
        g for g in index.inside(Box(x - BORDER_BEFORE, bar.top, x + BORDER_AFTER, bar.bottom)) if not g.text.isspace()
    ]
    for g in glyphs:
        if x <= g.x0 <= x + LABEL_START:
            size = g.size
            if not any(
                h is not g and abs(h.cy - g.cy) < RUN_ON_LINE * size and g.x0 - IN_ORDER * size < h.x1 <= g.x0 + HAIR
                for h in glyphs
            ):
                return True
    return False


def _split_lanes(bar: BarShape, rules: list[tuple[float, float, float, int]]) -> list[BarShape]:
    """One fill over two rows of cells (LibreOffice fills rows of one colour as one area) with the
    border between the rows drawn over it: a fill per row."""
    if bar.arrow or not bar.seqs:
        return [bar]
    drawn = max(bar.seqs)
    ys = [bar.top]
    for y, x0, x1, seq in rules:
        inside = bar.top + THIN < y < bar.bottom - THIN and x0 <= bar.x0 + BAR_END and x1 >= bar.x1 - BAR_END
        if inside and seq > drawn and y - ys[-1] > THIN:
            ys.append(y)
    if len(ys) == 1:
        return [bar]
    ys.append(bar.bottom)
    return [
        BarShape(bar.x0, a, bar.x1, b, False, bar.x1, colour=bar.colour, seqs=set(bar.seqs)) for a, b in pairwise(ys)
    ]


def _split_at_borders(
    bar: BarShape, rules: list[tuple[float, float, float, int]], months: Months, index: GlyphIndex
) -> list[BarShape]:
    """A fill across merged cells with a border drawn over it where one merged range ends and the next
    begins, its label set just after the border: a bar per range. Only where some month inside the fill
    has no border (a run of single cells has one at every month), and not at a border that a text runs
    on across or that no label follows (a year's line through a bar)."""
    if bar.arrow:
        return [bar]
    cy, mw, drawn = (bar.top + bar.bottom) / 2, months.month_w, max(bar.seqs, default=-1)
    xs: list[float] = []
    for x, top, bottom, seq in rules:
        inside = bar.x0 + BAR_END < x < bar.x1 - BAR_END and top - EDGE <= cy <= bottom + EDGE
        if inside and seq > drawn and (not xs or x - xs[-1] > EDGE) and _label_after(x, bar, index):
            xs.append(x)
    if not xs:
        return [bar]
    first, last = math.ceil(months.offset(bar.x0) + 0.5), math.floor(months.offset(bar.x1) - 0.5)
    if all(any(abs(months.x(k) - x) <= CUT_NEAR * mw for x in xs) for k in range(first, last + 1)):
        return [bar]  # a border at every month: the grid of single cells
    cuts = [bar.x0, *xs, bar.x1]
    return [
        BarShape(a, bar.top, b, bar.bottom, False, b, colour=bar.colour) for a, b in pairwise(cuts) if b - a > SLIVER
    ]


def _join_cells(found: list[BarShape]) -> list[BarShape]:
    """Fills of single cells side by side, of one colour and one height, are one bar (a change of colour
    starts the next bar)."""
    out: list[BarShape] = []
    for b in sorted(found, key=lambda b: b.x0):  # left to right: each fill meets the one it touches
        last = next(
            (
                o
                for o in reversed(out)
                if o.colour is not None
                and o.colour == b.colour
                and abs(o.x1 - b.x0) <= ADJACENT
                and abs(o.top - b.top) <= ADJACENT
                and abs(o.bottom - b.bottom) <= ADJACENT
            ),
            None,
        )
        if last is not None:
            last.x1 = last.body_x1 = b.x1
            last.seqs |= b.seqs
            continue
        out.append(b)
    return out


class Months:
    """x ↔ month offset along the year headers: each year's width split into 12 equal months."""

    def __init__(self, lefts: list[float], widths: list[float]) -> None:
        self.lefts, self.widths = lefts, widths

    @property
    def left(self) -> float:
        return self.lefts[0]

    @property
    def right(self) -> float:
        return self.lefts[-1] + self.widths[-1]

    @property
    def month_w(self) -> float:
        return min(self.widths) / 12

    def offset(self, x: float) -> float:
        i = max(0, bisect_right(self.lefts, x) - 1)
        return 12 * i + 12 * (x - self.lefts[i]) / self.widths[i]

    def x(self, month: int) -> float:
        """Where month boundary *month* (0: the first April) lies."""
        i = min(max(0, month // 12), len(self.lefts) - 1)
        return self.lefts[i] + self.widths[i] * (month - 12 * i) / 12
