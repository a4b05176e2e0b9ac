"""The numbered notes under a sheet's timeline: ※1 事例集作成, for bar labels that fit neither in nor beside
their bar (the printed book's way). Qt-free, in millimetres like :mod:`geometry`.

Notes run in one column across the page; when they would not fit the room under the timeline they
flow into up to :data:`MAX_COLUMNS` columns, top to bottom then left to right. A label's own line
breaks are kept; each note's text starts at the same x in its column (so a reader, and the PDF
import, can tell the mark from the text and a note's second line from the next note).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .fonts import PT_MM, metrics
from .geometry import CONTENT_W, MARGIN, Rect
from .text import LEADING, break_lines, lines_height_mm

NOTE_PT = 7.0
NOTE_GAP = 0.8  # mm between the timeline and its notes
GUTTER = 4.0  # mm between two columns of notes
MARK_GAP = 1.5  # mm between a mark and its text
MAX_COLUMNS = 4


@dataclass(frozen=True)
class PlacedNote:
    mark: str
    mark_rect: Rect
    lines: tuple[str, ...]
    text_rect: Rect


def _pitch() -> float:
    return (LEADING - 1.0) * NOTE_PT * PT_MM  # extra space from one note to the next


def _columns(notes: Sequence[tuple[str, str]], k: int) -> tuple[float, float, list[list[tuple[str, tuple[str, ...]]]]]:
    """Mark width, column width and the notes of each column (their lines broken to the column)."""
    m = metrics()
    mark_w = max(m.width_mm(mark, NOTE_PT) for mark, _ in notes) + MARK_GAP
    col_w = (CONTENT_W - (k - 1) * GUTTER) / k
    per = -(-len(notes) // k)
    cols = [
        [(mark, tuple(break_lines(label, col_w - mark_w, NOTE_PT, False))) for mark, label in notes[i : i + per]]
        for i in range(0, len(notes), per)
    ]
    return mark_w, col_w, cols


def _height(cols: list[list[tuple[str, tuple[str, ...]]]]) -> float:
    return NOTE_GAP + max(sum(lines_height_mm(len(lines), NOTE_PT) + _pitch() for _, lines in col) for col in cols)


def notes_height(notes: Sequence[tuple[str, str]], columns: int = 1) -> float:
    """Room *notes* take under the timeline in *columns* columns, in mm (0 without notes)."""
    if not notes:
        return 0.0
    return _height(_columns(notes, columns)[2])


def columns_for(notes: Sequence[tuple[str, str]], room: float) -> int:
    """The fewest columns (1 … MAX_COLUMNS) in which *notes* fit *room* mm (MAX_COLUMNS if none does)."""
    for k in range(1, MAX_COLUMNS + 1):
        if notes_height(notes, k) <= room + 1e-6:
            return k
    return MAX_COLUMNS


def place_notes(notes: Sequence[tuple[str, str]], top: float, columns: int) -> list[PlacedNote]:
    """Where each note's mark and text go, the first note's top at *top* + the gap."""
    if not notes:
        return []
    mark_w, col_w, cols = _columns(notes, columns)
    em = NOTE_PT * PT_MM
    placed: list[PlacedNote] = []
    for c, col in enumerate(cols):
        x = MARGIN + c * (col_w + GUTTER)
        y = top + NOTE_GAP
        for mark, lines in col:
            h = lines_height_mm(len(lines), NOTE_PT)
            placed.append(PlacedNote(mark, Rect(x, y, mark_w, em), lines, Rect(x + mark_w, y, col_w - mark_w, h)))
            y += h + _pitch()
    return placed
