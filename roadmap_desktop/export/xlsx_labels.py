"""Bar labels in the Excel export that no cell can show readably: a mark on the bar, the label as a note.

Excel shrinks a one-line label to its cell (a one-month bar makes 事例集作成 about 2 pt, unreadable on
paper) and clips a wrapped one. Such a bar's first cell keeps the whole label as its value, so an
import reads it unchanged, but a number format prints ``※1`` there instead; the label itself is
printed in a note row under the page's timeline (``※1 事例集作成``), as the printed book does.
Measured with the sheet's font (:mod:`roadmap_desktop.layout.fonts`), like the PDF layout.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Font

from ..layout.fonts import metrics
from ..layout.labels import MIN_PT
from ..layout.sheet import NOTE_MARK
from ..layout.text import fit_text

NOTE_STYLE = "note"
NOTE_PT = 8
BAR_FONT_PT = 7.0  # the bar cells' font size (export/xlsx.py)
CELL_PAD_MM = 1.0  # what Excel keeps free inside a cell, both sides together


def note_styles(font_name: str) -> dict[str, dict[str, Any]]:
    return {
        NOTE_STYLE: {
            "font": Font(name=font_name, size=NOTE_PT),
            "alignment": Alignment(horizontal="left", vertical="top", wrap_text=True),
        }
    }


def note_row_points(lines: int) -> float:
    return round(lines * NOTE_PT * 1.35 + 2.0, 2)


def placement(label: str, width_mm: float, height_mm: float) -> str:
    """How Excel can show *label* readably in a bar *width_mm* wide and *height_mm* tall: "shrink" (one
    line, fits at the sheet's minimum size), "wrap" (wrapped at the bar's font size, fits the row) or
    "note" (neither: a mark on the bar, the label under the timeline)."""
    width = width_mm - CELL_PAD_MM
    if "\n" not in label and metrics().width_mm(label, MIN_PT) <= width:
        return "shrink"
    fit = fit_text(label, width, height_mm - 0.5, BAR_FONT_PT, BAR_FONT_PT, whole_words=True)
    if fit.fits and not fit.split_word:  # wrapped between phrases: never one character a line
        return "wrap"
    return "note"


class BarNotes:
    """The notes of one worksheet: numbered through the sheet, listed under each page's timeline."""

    def __init__(self) -> None:
        self.count = 0
        self.pending: list[tuple[str, int]] = []

    def mark(self, label: str) -> str:
        """The next mark (※1, ※2, …) for a bar whose label becomes a note."""
        self.count += 1
        mark = f"{NOTE_MARK}{self.count}"
        self.pending.append((f"{mark} {label}", label.count("\n") + 1))
        return mark

    def take(self) -> list[tuple[str, int]]:
        """The notes of the page just built (text, lines), forgotten once taken."""
        notes, self.pending = self.pending, []
        return notes
