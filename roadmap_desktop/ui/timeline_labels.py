"""Where the on-screen timeline puts each bar's label: the sheet's one rule (layout/labels.py), asked in
millimetres at the screen's scale (no Qt here).

The screen is read as a scaled sheet: its bar label font (``label_px``) stands for the sheet's
:data:`~roadmap_desktop.layout.labels.BAR_PT`, so ``px_per_mm = label_px / (BAR_PT × PT_MM)``, and a bar's
body, its months and its lane are measured in pixels and divided by that. The rule then answers as
it does for the printed page: inside the bar, else a label line above (top lane) or below (bottom
lane) within the bar's own months, the row growing a line for it, else a numbered note (※1). The
screen draws at ``size × PT_MM × px_per_mm`` pixels: never below the sheet's 6 pt in that scale.

layout/labels.py measures with the font's metrics, which reportlab reads from the TTF (0.17 s): it is
imported when the first labels are placed, not with this module, so the window's first paint does
not wait for it (see TimelineWidget.defer_labels).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.model import Row
from ..core.timeline_state import BarRef
from ..layout.content import printable
from ..layout.geometry import BAR_PT, LABEL_LINE_H, PT_MM
from .timeline_layout import TimelineLayout

if TYPE_CHECKING:
    from ..layout.labels import LabelPlace


def px_per_mm(label_px: float) -> float:
    """The screen's scale for labels: its bar label font is the sheet's BAR_PT."""
    return label_px / (BAR_PT * PT_MM)


def line_px(scale: float) -> float:
    """A label line's height in pixels (the sheet's LABEL_LINE_H at the screen's scale)."""
    return LABEL_LINE_H * scale


def body_w(w: float, continues: bool) -> float:
    """The width of the part of a bar box that holds its label: an arrow's head is left out (the
    screen's arrow narrows at most 4 px inside its box, see TimelinePainter.bar_shape)."""
    return w - min(4.0, w / 4) if continues else w


def span_px(lay: TimelineLayout, first: int, last: int, continues: bool) -> tuple[float, float]:
    """(x, width) of a bar's own months: a label line's words stay within them (an arrow's months run
    to the window's end)."""
    x0 = lay.month_left(first)
    return x0, lay.month_left(lay.n_months if continues else last + 1) - x0


def decide(lay: TimelineLayout, scale: float) -> tuple[dict[BarRef, LabelPlace], list[tuple[int, int]]]:
    """Every labelled bar's place by the sheet's rule at *scale* (:func:`px_per_mm`), and each row's
    label lines (above, below), plan and actual of each initiative in turn. Only widths and the lane
    height are read from *lay*: its label lines do not change them."""
    from ..layout.labels import LabelHow, place_label

    places: dict[BarRef, LabelPlace] = {}
    lines: list[tuple[int, int]] = []
    for ini in lay.rows:
        for row in (Row.PLAN, Row.ACTUAL):
            placed = ini.row(row)
            above = below = False
            for p in placed.bars:
                label = printable(p.bar.label)
                if not label:
                    continue
                r = lay.bar_rect(ini.index, row, p.first, p.last, p.lane)
                span = span_px(lay, p.first, p.last, p.bar.continues)[1]
                w = body_w(r.w, p.bar.continues)
                place = place_label(label, w / scale, r.h / scale, span / scale, p.lane, placed.lanes)
                places[(ini.index, row, p.index)] = place
                above |= place.how is LabelHow.ABOVE
                below |= place.how is LabelHow.BELOW
            lines.append((int(above), int(below)))
    return places, lines
