"""The standard sheet as a worksheet grid: geometry's millimetres turned into columns and rows.

Shared by the Excel export (which writes this grid) and the Excel import (which knows our own
files' hidden bookkeeping sheet by the names defined here). Qt-free.
"""

from __future__ import annotations

import bisect
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


def mm_to_width(mm: float) -> float:
    """Excel column width (characters of the default 11 pt font: 7 px per digit plus 5 px padding at 96 dpi)."""
    px = mm * 96.0 / 25.4
    return round(max(0.1, (px - 5.0) / 7.0), 2)


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
