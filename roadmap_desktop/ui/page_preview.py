"""The print window's preview: the chosen pages one under another, each whole in view.

Qt's QPrintPreviewWidget records every page before it shows the first: 1.5 s of the window's thread
for a book of 150 projects (164 pages), with nothing painted meanwhile. Here a page is drawn only when
it comes into view (one sheet takes 10-50 ms at preview size), and the last few drawn are kept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from ..layout.book import BookPage
from ..layout.geometry import PAGE_H, PAGE_W
from .sheet_painter import paint_page

GAP = 12  # pixels around and between the pages
KEPT_IMAGES = 8  # drawn pages kept for scrolling back


class _Pages(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.pages: Sequence[BookPage] = ()
        self._images: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self.drawn = 0  # pages drawn so far (tests: only what is in view is drawn)
        self.view_height = 600

    def page_size(self, width: int | None = None, height: int | None = None) -> QSize:
        """A whole page in view: as wide as the view, or as tall, whichever is less."""
        w = (self.width() if width is None else width) - 2 * GAP
        h = (self.view_height if height is None else height) - 2 * GAP
        w = max(100, min(w, round(h * PAGE_W / PAGE_H)))
        return QSize(w, round(w * PAGE_H / PAGE_W))

    def page_rect(self, index: int) -> QRect:
        size = self.page_size()
        x = max(GAP, (self.width() - size.width()) // 2)
        return QRect(x, GAP + index * (size.height() + GAP), size.width(), size.height())

    def total_height(self, width: int, height: int) -> int:
        return GAP + len(self.pages) * (self.page_size(width, height).height() + GAP)

    def set_pages(self, pages: Sequence[BookPage]) -> None:
        self.pages = pages
        self._images.clear()
        self.update()

    def _image(self, index: int, size: QSize) -> QImage:
        key = (index, size.width())
        image = self._images.get(key)
        if image is None:
            ratio = self.devicePixelRatioF()
            image = QImage(size * ratio, QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(ratio)
            image.fill(QColor("white"))
            painter = QPainter(image)
            try:
                paint_page(painter, self.pages[index], size.width() / PAGE_W)  # type: ignore[arg-type]  # both are shapes
            finally:
                painter.end()
            self.drawn += 1
            self._images[key] = image
            while len(self._images) > KEPT_IMAGES:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().dark())
        size = self.page_size()
        first = max(0, (event.rect().top() - GAP) // (size.height() + GAP))
        for index in range(first, len(self.pages)):
            rect = self.page_rect(index)
            if rect.top() > event.rect().bottom():
                break
            painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 60))  # a shadow: the sheet lies on the desk
            painter.drawImage(rect.topLeft(), self._image(index, size))
        painter.end()


class PagePreview(QScrollArea):
    """Laid-out pages shown as paper; ``set_pages`` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.canvas = _Pages(self)
        self.setWidget(self.canvas)
        self.setAccessibleName(self.tr("印刷プレビュー"))

    def set_pages(self, pages: Sequence[BookPage]) -> None:
        self.canvas.set_pages(pages)
        self._fit()

    def pageCount(self) -> int:  # the name QPrintPreviewWidget gave it
        return len(self.canvas.pages)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width, height = self.viewport().width(), self.viewport().height()
        self.canvas.view_height = height
        self.canvas.resize(width, max(self.canvas.total_height(width, height), height))
        self.verticalScrollBar().setSingleStep(max(20, height // 10))
        self.verticalScrollBar().setPageStep(self.canvas.page_size().height() + GAP)
        self.canvas.update()
