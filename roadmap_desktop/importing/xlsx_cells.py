"""A worksheet's cells as a person sees them: a merged range is one box showing its first cell's value."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..core.fiscal import normalize
from ..core.labels import squeeze
from .xlsx_package import SheetData

Box = tuple[int, int, int, int]  # r0, c0, r1, c1 (1-based, inclusive)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def col_letters(c: int) -> str:
    out = ""
    while c:
        c, rem = divmod(c - 1, 26)
        out = chr(65 + rem) + out
    return out


def cell_name(r: int, c: int) -> str:
    """E.g. B12, as Excel names the cell."""
    return f"{col_letters(c)}{r}"


def word(value: Any) -> str:
    """A cell's words folded for comparison: no spaces or breaks, full-width folded (分　　野 → 分野)."""
    return _fold(value) if isinstance(value, str) and len(value) <= 40 else ""


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    return normalize(squeeze(text))


@dataclass
class SheetView:
    """A worksheet with its merged ranges indexed.

    Merged ranges are indexed by row (each row: the ranges crossing it, by first column), never cell
    by cell: a range costs its height, not its area. Loops over rows go through :meth:`rows_in`, the
    rows that hold something, never up to a row number the file declares."""

    data: SheetData
    by_row: dict[int, list[tuple[int, Any]]] = field(default_factory=dict)
    _merge_rows: dict[int, tuple[list[int], list[Box]]] = field(default_factory=dict)
    _rows: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        for (r, c), v in sorted(self.data.values.items()):
            self.by_row.setdefault(r, []).append((c, v))
        spans: dict[int, list[Box]] = {}
        for rng in self.data.merges:
            r0, _c0, r1, _c1 = rng
            for r in range(r0, r1 + 1):  # the package parser kept the total within budgets.py's limits
                spans.setdefault(r, []).append(rng)
        for r, ranges in spans.items():
            ranges.sort(key=lambda b: b[1])
            self._merge_rows[r] = ([b[1] for b in ranges], ranges)
        occupied = set(self.by_row) | {r for r, _c in self.data.styles} | set(self._merge_rows)
        self._rows = sorted(occupied)

    def box(self, r: int, c: int) -> Box:
        row = self._merge_rows.get(r)
        if row is not None:
            starts, ranges = row
            i = bisect.bisect_right(starts, c) - 1
            if i >= 0 and c <= ranges[i][3]:
                return ranges[i]
        return (r, c, r, c)

    def value(self, r: int, c: int) -> Any:
        r0, c0, _, _ = self.box(r, c)
        return self.data.values.get((r0, c0))

    def text(self, r: int, c: int) -> str:
        return cell_text(self.value(r, c))

    def row_cells(self, r: int) -> list[tuple[int, Any]]:
        """(column, value) of the cells with a value in row *r*, left to right."""
        return self.by_row.get(r, [])

    def rows_in(self, first: int, last: int) -> list[int]:
        """The rows from *first* to *last* (inclusive) that hold a value, a style or a merged range."""
        rows = self._rows
        return rows[bisect.bisect_left(rows, first) : bisect.bisect_right(rows, last)]

    def value_rows(self, first: int, last: int) -> list[int]:
        """The rows from *first* to *last* (inclusive) with a value in a cell."""
        return [r for r in self.rows_in(first, last) if r in self.by_row]

    @property
    def last_row(self) -> int:
        """The last row that holds anything (0 for an empty worksheet)."""
        return self._rows[-1] if self._rows else 0
