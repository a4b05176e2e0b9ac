"""Bar labels in the Excel export, placed by the sheet's one rule (:func:`layout.labels.place_label`).

Each label is decided against its bar as the workbook prints it (the columns' real widths in Excel,
the row's height, less what a cell keeps free): inside the bar, one line per paragraph (Excel wraps a
cell where it likes, inside a word: a label the rule would wrap between phrases takes the next step); else
on a label line, a row of its own just above the bar (a bar of the top lane) or below it (the bottom
lane), the label in cells merged over the bar's own months, the 区分 cell merged over the label line
and its bar's row (so the importer knows whose line it is); else a numbered note. A note's bar keeps
the whole label as its value (what an import reads) but a number format prints ``※1`` there; the
label is printed in a note row under the page's timeline (``※1 事例集作成``), as the printed book does.
A label line's bar holds no text: the line does, and a clerk edits it there (or types into the bar:
the bar's own text wins on import).
"""

from __future__ import annotations

import math
from typing import Any

from openpyxl.styles import Alignment, Font

from ..layout.fonts import metrics
from ..layout.labels import (
    BAR_PAD,
    LINE_PAD,
    MARK_PAD,
    MIN_PT,
    LabelHow,
    LabelPlace,
    place_beside_inside,
    place_label,
    place_mark,
)
from ..layout.palette import Colour
from ..layout.sheet import NOTE_MARK
from ..layout.text import SIZE_STEP, Fit
from .xlsx_layout import CELL_INSET_MM, DIGIT_PX, LINE_EM

NOTE_STYLE = "note"
BAR_EDGE_MM = 0.2  # a bar's end lines take this much of its cells at each end (as the PDF's bar inset)
NOTE_PT = 8
# The smallest text the workbook sets. A column's stored width counts digits of Calibri 11 (the default
# font): Excel takes one as 7 px, LibreOffice measures Calibri's (or Carlito's) real digit, 7.43 px, so
# its columns are 6 % wider and its fit to the page's width prints the sheet at 7 / 7.43 = 94 %. Text
# sized at MIN_PT would print at 5.6 pt there; at MIN_PT / 0.94 (6.38, up to the next half point: sizes
# go in half points) it prints at 6.1 pt, and at 6.5 pt in Excel (100 %).
LIBREOFFICE_DIGIT_PX = 7.43  # Calibri 11's widest digit at 96 dpi, unrounded
XLSX_MIN_PT = math.ceil(MIN_PT * LIBREOFFICE_DIGIT_PX / DIGIT_PX / SIZE_STEP) * SIZE_STEP


def note_styles(font_name: str) -> dict[str, dict[str, Any]]:
    return {
        NOTE_STYLE: {
            "font": Font(name=font_name, size=NOTE_PT),
            "alignment": Alignment(horizontal="left", vertical="top", wrap_text=True),
        }
    }


def note_row_points(lines: int) -> float:
    return round(lines * NOTE_PT * 1.35 + 2.0, 2)


def place_in_cells(label: str, width_mm: float, height_mm: float, lane: int, lanes: int) -> LabelPlace:
    """Where *label* goes for a bar of cells *width_mm* wide (as Excel prints the columns) in a row
    *height_mm* tall, in *lane* of *lanes* rows of bars: :func:`layout.labels.place_label`, with what a
    cell keeps free at its sides taken off (the rule keeps its own pads; Excel's are wider), and the
    bar's end lines off its body."""
    body_w = width_mm - 2 * BAR_EDGE_MM - (CELL_INSET_MM - 2 * BAR_PAD)
    span_w = width_mm - (CELL_INSET_MM - 2 * LINE_PAD)
    place = place_label(label, body_w, height_mm - 0.5, span_w, lane, lanes, XLSX_MIN_PT)
    if place.how is LabelHow.INSIDE and len(place.lines) > label.count("\n") + 1:
        # Excel cannot be told where to wrap: it would break the label where it likes (意向調/査), so a label
        # the rule wraps inside its bar takes the rule's next steps: the label line, else a note
        return place_beside_inside(label, span_w, lane, lanes, XLSX_MIN_PT)
    return place


def mark_in_cells(mark: str, width_mm: float, height_mm: float) -> tuple[Fit, bool]:
    """The size and lines of the ※n *mark* of a bar of cells *width_mm* wide in a row *height_mm* tall,
    and whether it is wider than the bar's body (:func:`layout.labels.place_mark`, its lines as far
    apart as Excel sets a cell's lines). Wider than the cells themselves (※10 in a one-month bar), it
    spills over their neighbours: a spreadsheet shows a cell's text whole over free cells beside it."""
    body_w = width_mm - 2 * BAR_EDGE_MM - (CELL_INSET_MM - 2 * MARK_PAD)
    return place_mark(mark, body_w, height_mm - 0.5, width_mm, XLSX_MIN_PT, LINE_EM)


def mark_cell(
    mark: str, width_mm: float, height_mm: float, free: tuple[bool, bool], fill: Colour, ink: Colour
) -> tuple[Fit, str, Colour]:
    """The ※n *mark* of a bar of cells *width_mm* wide (:func:`mark_in_cells`), its horizontal alignment
    and its ink (*fill*, *ink*: the bar's). A mark wider than its cell (※10 in a one-month bar) spills
    over the cells beside it, never shrunk: Excel spills centred text only where both neighbours are free
    (*free*: left, right), and not into another bar's merged cells, so it is set against the taken side;
    a light ink (white on a dark 実績 bar) would be lost where it lies on the paper: the mark takes the grey
    that reads on the bar and on the paper alike."""
    fit, _ = mark_in_cells(mark, width_mm, height_mm)
    text_w = metrics().width_mm(fit.lines[0], fit.size) if len(fit.lines) == 1 else 0.0
    if text_w <= width_mm - CELL_INSET_MM:
        return fit, "center", ink
    left_free, right_free = free
    horizontal = "center" if left_free == right_free else ("left" if right_free else "right")
    if _luminance(ink) > 0.5 and text_w > width_mm + SPILL_BEARING_MM:
        ink = _ink_on_both(fill)
    return fit, horizontal, ink


SPILL_BEARING_MM = 0.3  # a mark this much wider than its cells still draws its glyphs' ink inside them


def _luminance(colour: Colour) -> float:
    """Relative luminance (WCAG 2): 0 black … 1 white."""
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in colour]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _ink_on_both(fill: Colour) -> Colour:
    """The grey with the same contrast ratio to *fill* and to the white paper."""
    target = max(0.0, min(1.0, math.sqrt(1.05 * (_luminance(fill) + 0.05)) - 0.05))
    level = target * 12.92 if target <= 0.0031308 else 1.055 * target ** (1 / 2.4) - 0.055
    return (level, level, level)


def line_row_points(size: float) -> float:
    """The height (pt) of a label line row holding one line at *size* pt in the tallest common Japanese
    font (Yu Gothic, as Excel rows it): shorter, Excel and LibreOffice clip the label's glyphs."""
    return round(size * LINE_EM + 1.0, 2)


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
