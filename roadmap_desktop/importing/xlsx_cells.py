"""A worksheet's cells as a person sees them: a merged range is one box showing its first cell's value."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..core.fiscal import normalize
from ..core.labels import squeeze
from .xlsx_package import CellKey, SheetData

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
    """A worksheet with its merged ranges indexed."""

    data: SheetData
    anchor_of: dict[CellKey, Box] = field(default_factory=dict)
    by_row: dict[int, list[tuple[int, Any]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for (r, c), v in sorted(self.data.values.items()):
            self.by_row.setdefault(r, []).append((c, v))
        for rng in self.data.merges:
            r0, c0, r1, c1 = rng
            if (r1 - r0 + 1) * (c1 - c0 + 1) > 20000:
                continue  # a whole-column merge is no field of ours
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    self.anchor_of[(r, c)] = rng

    def box(self, r: int, c: int) -> Box:
        return self.anchor_of.get((r, c), (r, c, r, c))

    def value(self, r: int, c: int) -> Any:
        r0, c0, _, _ = self.box(r, c)
        return self.data.values.get((r0, c0))

    def text(self, r: int, c: int) -> str:
        return cell_text(self.value(r, c))

    def row_cells(self, r: int) -> list[tuple[int, Any]]:
        """(column, value) of the cells with a value in row *r*, left to right."""
        return self.by_row.get(r, [])
