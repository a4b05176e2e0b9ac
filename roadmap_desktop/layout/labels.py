"""The one rule for a bar's label: where it goes and at what size, for every output. Qt-free, in mm.

In order: inside the bar (wrapped between phrases, shrunk down to :data:`MIN_PT`); else on a label
line just above the bar (a bar of the row's top lane) or below it (the bottom lane), within the
bar's own months, the row growing a line for it; else a numbered note (※1) under the timeline. A
label is never set beside its bar (that is another period's column: on a 実績 row it would read as
work done in a later year), never vertically, never below :data:`MIN_PT`.

Every step takes the smallest size as *min_pt* (:data:`MIN_PT` by default): an output that prints text
smaller than it sets it (the workbook, which LibreOffice prints at 94 %) passes a larger minimum, and the
rule stays one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from .fonts import PT_MM, metrics
from .geometry import BAR_PT as BAR_PT
from .geometry import LABEL_LINE_H
from .geometry import MIN_PT as MIN_PT  # re-exported: every output sizes its text against it
from .text import Fit, fit_text

ONE_LINE_PT = 7.0  # a label is kept on one line (per paragraph) down to this size before it wraps
BAR_LEADING = 1.1  # bar labels are set a little tighter: two lines fit a bar of a stacked lane
BAR_PAD = 0.4  # mm kept free at each side of a label inside its bar
LINE_PAD = 0.2  # mm kept free at each end of a label line's text, inside the bar's months
MARK_PAD = 0.05


class LabelHow(StrEnum):
    INSIDE = "inside"
    ABOVE = "above"
    BELOW = "below"
    NOTE = "note"


@dataclass(frozen=True)
class LabelPlace:
    how: LabelHow
    lines: tuple[str, ...] = ()
    size: float = BAR_PT


def fit_inside(label: str, body_w: float, body_h: float, min_pt: float = MIN_PT) -> Fit | None:
    """The label in a bar body *body_w* × *body_h* mm, whole words, at least *min_pt*; None if it does not
    fit. One line per paragraph while that fits at :data:`ONE_LINE_PT` or more (a label reads best on
    one line, and a wrap the reader cannot tell from a typed line break is avoided), else wrapped
    between phrases at the largest size that fits."""
    w, h = body_w - 2 * BAR_PAD, body_h - 0.2
    paragraphs = label.count("\n") + 1
    fit = fit_text(label, w, h, BAR_PT, max(ONE_LINE_PT, min_pt), BAR_LEADING, max_line_count=paragraphs)
    if fit.fits:
        return fit
    fit = fit_text(label, w, h, BAR_PT, min_pt, BAR_LEADING, whole_words=True)
    return fit if fit.fits and not fit.split_word else None


def fit_line(label: str, span_w: float, min_pt: float = MIN_PT) -> Fit | None:
    """The label on one label line *span_w* mm wide (the bar's months); None if it does not fit."""
    if "\n" in label:  # a label with line breaks of its own keeps them: not on one line
        return None
    fit = fit_text(label, span_w - 2 * LINE_PAD, LABEL_LINE_H, BAR_PT, min_pt, 1.0, max_line_count=1)
    return fit if fit.fits else None


@lru_cache(maxsize=16384)  # the page balance places a row's labels for a few trial row heights
def place_label(
    label: str, body_w: float, body_h: float, span_w: float, lane: int, lanes: int, min_pt: float = MIN_PT
) -> LabelPlace:
    """Where *label* goes for a bar whose body is *body_w* × *body_h* mm over months *span_w* mm wide,
    in *lane* of a row of *lanes* lanes, nothing smaller than *min_pt* (see the module's rule)."""
    if not label.strip():  # nothing to print (a blank label): its bar holds it, no line, no note
        return LabelPlace(LabelHow.INSIDE)
    fit = fit_inside(label, body_w, body_h, min_pt)
    if fit is not None:
        return LabelPlace(LabelHow.INSIDE, fit.lines, fit.size)
    return place_beside_inside(label, span_w, lane, lanes, min_pt)


def place_beside_inside(label: str, span_w: float, lane: int, lanes: int, min_pt: float = MIN_PT) -> LabelPlace:
    """The rule's steps after the bar's inside: a label line above (a bar of the top lane) or below
    (the bottom lane) within the bar's months *span_w* mm wide, else a note."""
    sides = ([LabelHow.ABOVE] if lane == 0 else []) + ([LabelHow.BELOW] if lane == lanes - 1 else [])
    if sides:
        fit = fit_line(label, span_w, min_pt)
        if fit is not None:
            return LabelPlace(sides[0], fit.lines, fit.size)
    return LabelPlace(LabelHow.NOTE)


def place_mark(
    mark: str, body_w: float, body_h: float, span_w: float, min_pt: float = MIN_PT, leading: float = 1.0
) -> tuple[Fit, bool]:
    """The ※n mark of a bar whose label is a note, and whether it takes the bar's whole months (*span_w*,
    the bar's thin side insets included) rather than its body: one line in the body if it fits at
    *min_pt* or more, else one line over the months (※1 at 6 pt is a little wider than a one-month bar),
    else the number under the ※ in the body (lines *leading* × the size apart); at worst one line at
    *min_pt* (never smaller), a little wider than the months, centred on them."""
    for width in (body_w, span_w):
        fit = fit_text(mark, width - 2 * MARK_PAD, body_h, BAR_PT, min_pt, leading, max_line_count=1)
        if fit.fits:
            return fit, width != body_w
    stacked = (mark[:1], mark[1:])  # ※ over 12, never 1 over 2
    widest = max(metrics().text_em(line) for line in stacked)
    size = min(BAR_PT, (body_w - 2 * MARK_PAD) / (widest * PT_MM), body_h / (2 * leading * PT_MM))
    if size >= min_pt:
        return Fit(stacked, size - size % 0.5), False
    return Fit((mark,), min_pt), True
