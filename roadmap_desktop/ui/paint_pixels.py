"""Fast ways to set the pixels QPainter's plain calls set (the timeline paints hundreds of lines,
boxes and words at every repaint): one-pixel lines and outlined boxes as filled rectangles, words laid
out once. tests/test_timeline_paint.py holds each rule against the call it stands for."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QStaticText

from .timeline_layout import PxRect

# Text with these is drawn by QPainter.drawText as before: a QStaticText would break its lines.
_NOT_STATIC = frozenset("\n\r\t\u2028\u2029")


def brush(color: QColor, style: Qt.BrushStyle = Qt.BrushStyle.SolidPattern) -> QBrush:
    """QBrush(color, style), made without QBrush's constructor: to choose among its overloads PySide6
    builds the Python types of QImage and QGradient with their enums, ~3 ms, before the first paint
    (QGradient's still come with the first fillRect, whose overloads name it too: QImage's are spared)."""
    made = QBrush()
    made.setColor(color)
    made.setStyle(style)
    return made


def grid_line(x0: float, y0: float, x1: float, y1: float) -> QRect:
    """The pixels a one-pixel, unantialiased, horizontal or vertical line from (x0, y0) to (x1, y1)
    covers, as a rectangle: Qt's raster engine sets the pixels at floor() of its coordinates, both
    ends included. Filled as rectangles, a grid paints the same pixels about four times faster than
    drawn as lines."""
    left, top = math.floor(min(x0, x1)), math.floor(min(y0, y1))
    return QRect(left, top, math.floor(max(x0, x1)) - left + 1, math.floor(max(y0, y1)) - top + 1)


def box_pixels(r: PxRect) -> tuple[QRect, QRect] | None:
    """The pixels drawRect(r) sets with a one-pixel pen, unantialiased: (the outline's bounding
    rectangle, the inside filled by the brush); the outline is four grid lines (see grid_line). None for
    a box under a pixel wide or high, where the two do not part so simply."""
    if r.w < 1 or r.h < 1:
        return None
    left, top = math.floor(r.x), math.floor(r.y)
    right, bottom = math.floor(r.x + r.w), math.floor(r.y + r.h)
    return (
        QRect(left, top, right - left + 1, bottom - top + 1),
        QRect(left + 1, top + 1, right - left - 1, bottom - top - 1),
    )


class Words:
    """Words laid out once per font (QStaticText), drawn where QPainter.drawText would draw them.

    Keyed by the font object, which the cache holds on to: a font freed while its layouts are cached
    could leave its address to another font (another size), which would find the first one's layouts.
    The owner calls :meth:`clear` when it makes new fonts."""

    def __init__(self) -> None:
        self._laid: dict[tuple[str, int], tuple[QStaticText, float, float] | None] = {}
        self._fonts: dict[int, QFont] = {}  # the fonts the keys stand for, kept alive

    def clear(self) -> None:
        self._laid.clear()
        self._fonts.clear()

    def laid_out(self, text: str, font: QFont, fm: QFontMetricsF) -> tuple[QStaticText, float, float] | None:
        """(*text* laid out in *font*, its width, its height); None for text with a line break or a tab,
        which drawText keeps on one line."""
        key = (text, id(font))
        if key not in self._laid:
            hit = None
            if _NOT_STATIC.isdisjoint(text):
                st = QStaticText(text)
                st.setTextFormat(Qt.TextFormat.PlainText)
                st.prepare(font=font)
                hit = (st, fm.horizontalAdvance(text), fm.height())
            self._laid[key] = hit
            self._fonts[id(font)] = font
        return self._laid[key]

    def draw_in(self, p: QPainter, r: QRectF, text: str, font: QFont, fm: QFontMetricsF, left: bool = False) -> None:
        """drawText(r, centred (or left, centred vertically), text) in *font* (set on *p*). Where the text
        fits *r*, the same pixels as drawText; larger text goes to drawText, which places it by other rules."""
        hit = self.laid_out(text, font, fm)
        if hit is None or hit[1] > r.width() or hit[2] > r.height():
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if left else Qt.AlignmentFlag.AlignCenter
            p.drawText(r, align, text)
            return
        st, w, h = hit
        x = r.x() if left else r.x() + (r.width() - w) / 2
        p.drawStaticText(QPointF(x, r.y() + (r.height() - h) / 2), st)
