"""Draw a laid-out sheet page with QPainter: the printer, the print preview and on-screen previews.

It draws the shapes of :mod:`roadmap_desktop.layout.sheet` exactly as the PDF writer does, so what
the preview shows is what the PDF shows. No measuring happens here.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QImage, QPainter, QPen, QPolygonF

from ..layout.fonts import FONT_NAME, PT_MM, font_path
from ..layout.geometry import PAGE_H, PAGE_W
from ..layout.palette import Colour
from ..layout.sheet import BoxShape, LineShape, Page, PolygonShape, TextRun

U = 100.0  # painter units per mm: QFont pixel sizes are integers, so draw in 1/100 mm


@cache
def font_family() -> str:
    """Register the bundled IPAexGothic with Qt (once) and return its family name."""
    fid = QFontDatabase.addApplicationFont(font_path())
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    return families[0] if families else FONT_NAME


@cache
def _qcolor(colour: Colour) -> QColor:
    return QColor.fromRgbF(*colour)


class _Fonts:
    def __init__(self) -> None:
        self.family = font_family()
        self._fonts: dict[float, QFont] = {}

    def get(self, size_pt: float) -> QFont:
        f = self._fonts.get(size_pt)
        if f is None:
            f = QFont(self.family)
            f.setPixelSize(max(1, round(size_pt * PT_MM * U)))
            f.setKerning(False)  # the layout measured plain advances
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[size_pt] = f
        return f


def paint_page(painter: QPainter, page: Page, mm_to_px: float) -> None:
    """Draw *page* with its top-left paper corner at the painter's origin, *mm_to_px* device pixels per mm."""
    fonts = _Fonts()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.scale(mm_to_px / U, mm_to_px / U)
    no_pen = QPen(Qt.PenStyle.NoPen)
    no_brush = QBrush(Qt.BrushStyle.NoBrush)

    def pen(colour: Colour | None, w: float) -> QPen:
        if colour is None:
            return no_pen
        p = QPen(_qcolor(colour))
        p.setWidthF(w * U)
        p.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        return p

    for s in page.shapes:
        if isinstance(s, TextRun):
            painter.setFont(fonts.get(s.size))
            painter.setPen(_qcolor(s.colour))
            painter.drawText(QPointF(s.x * U, s.baseline * U), s.text)
        elif isinstance(s, LineShape):
            painter.setPen(pen(s.colour, s.line_w))
            painter.drawLine(QPointF(s.x0 * U, s.y0 * U), QPointF(s.x1 * U, s.y1 * U))
        elif isinstance(s, BoxShape):
            r = s.rect
            painter.setPen(pen(s.stroke, s.line_w))
            painter.setBrush(no_brush if s.fill is None else QBrush(_qcolor(s.fill)))
            painter.drawRect(QRectF(r.x * U, r.y * U, r.w * U, r.h * U))
        elif isinstance(s, PolygonShape):
            painter.setPen(pen(s.stroke, s.line_w))
            painter.setBrush(no_brush if s.fill is None else QBrush(_qcolor(s.fill)))
            painter.drawPolygon(QPolygonF([QPointF(x * U, y * U) for x, y in s.points]))
    painter.restore()


def render_page(page: Page, dpi: float = 100.0) -> QImage:
    """The page as a white A4-landscape image at *dpi* (for on-screen previews and tests)."""
    mm_to_px = dpi / 25.4
    image = QImage(round(PAGE_W * mm_to_px), round(PAGE_H * mm_to_px), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        paint_page(painter, page, mm_to_px)
    finally:
        painter.end()
    return image
