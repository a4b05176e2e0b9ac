"""The 全体工程表 on screen: every project's timeline on one line, filterable by 分野, 部局 and 状況,
coloured by status; double-clicking a line shows that project in the main window, in front. Zoom as
in the timeline: Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0 (fit the window's width).

Drawn from the very layout the book prints (:func:`roadmap_desktop.layout.overview.overview_strip`),
by the painter that draws the printed pages, scaled to the window's width.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core.fiscal import Month
from ..core.model import Roadmap
from ..core.status import Status
from ..layout.overview import OverviewRow, overview_rows, overview_strip
from ..layout.pages import ShapePage
from ..layout.palette import COLOUR
from .screen_fit import fit_to_screen
from .sheet_painter import paint_page

STRIP_W = 277.0  # mm: the printed page's width, so the screen reads like the paper
MIN_PX_PER_MM = 3.2  # below this the names become too small: scroll sideways instead
ZOOM_STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)  # times the width that fits the window
_ALL = "__all__"


class OverviewCanvas(QWidget):
    """The laid-out strip, painted at the width of its scroll area."""

    activated = Signal(str)  # project id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = ShapePage("overview")
        self.height_mm = 0.0
        self.scale = 4.0
        self.zoom = 1.0  # 1.0: the strip as wide as the window; more: larger, scrolling sideways
        self.rows: dict[str, OverviewRow] = {}
        self.setMouseTracking(True)

    def set_strip(self, page: ShapePage, height_mm: float, rows: list[OverviewRow]) -> None:
        self.page, self.height_mm = page, height_mm
        self.rows = {r.project_id: r for r in rows}
        self._resize()
        self.update()

    def fit_width(self, width_px: int) -> None:
        self.scale = max(MIN_PX_PER_MM, width_px / STRIP_W * self.zoom)
        self._resize()

    def _resize(self) -> None:
        self.resize(QSize(round(STRIP_W * self.scale) + 1, round(self.height_mm * self.scale) + 2))

    def project_at(self, pos: QPoint) -> str | None:
        x, y = pos.x() / self.scale, pos.y() / self.scale
        return next((pid for rect, pid in self.page.links if rect.contains(x, y)), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        paint_page(painter, self.page, self.scale)  # type: ignore[arg-type]  # a page of shapes
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pid = self.project_at(event.position().toPoint())
        if pid is not None:
            self.activated.emit(pid)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pid = self.project_at(event.position().toPoint())
        row = self.rows.get(pid) if pid else None
        if row is None:
            QToolTip.hideText()
            return
        text = self.tr("No.{no} {name}\n状況: {status}（ダブルクリックで開く）").format(
            no=row.sheet_no, name=row.name, status=row.status.label or self.tr("取組なし")
        )
        QToolTip.showText(event.globalPosition().toPoint(), text, self)


class OverviewView(QWidget):
    """Filters above, the strip below. :attr:`project_activated` carries the id of a double-clicked line."""

    project_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roadmap: Roadmap | None = None
        self.reference = Month(2024, 4)
        self.all_rows: list[OverviewRow] = []
        self.field = QComboBox(self)
        self.department = QComboBox(self)
        self.status = QComboBox(self)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        for label, combo in (
            (self.tr("分野(&C)"), self.field),
            (self.tr("部局(&B)"), self.department),
            (self.tr("状況(&S)"), self.status),
        ):
            buddy = QLabel(label, self)
            buddy.setBuddy(combo)  # Alt+its letter goes to the filter, and names it to a screen reader
            bar.addWidget(buddy)
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        self.canvas = OverviewCanvas(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        for combo in (self.field, self.department, self.status):
            combo.currentIndexChanged.connect(self.refresh)
        self.canvas.activated.connect(self.project_activated)
        self.scroll_area.viewport().installEventFilter(self)

    def set_roadmap(self, roadmap: Roadmap, reference: Month) -> None:
        """Show *roadmap*'s projects with their status at *reference* (filters kept where they still apply)."""
        self.roadmap, self.reference = roadmap, reference
        self.all_rows = overview_rows(roadmap, roadmap.projects, reference)
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        fields = list(dict.fromkeys(r.field for r in self.all_rows))
        departments = sorted({d for r in self.all_rows for d in r.departments})
        counts = Counter(r.status for r in self.all_rows)
        statuses = [s for s in (Status.DELAYED, Status.OVERRUN, Status.ON_TRACK, Status.NOT_STARTED)]
        for combo, items in (
            (self.field, [(f or self.tr("（分野なし）"), f) for f in fields]),
            (self.department, [(d, d) for d in departments]),
            (
                self.status,
                [(self.tr("{status}（{n}件）").format(status=s.label, n=counts.get(s, 0)), s.name) for s in statuses],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("すべて"), _ALL)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def set_filters(
        self, field: str | None = None, department: str | None = None, status: Status | None = None
    ) -> None:
        for combo, value in (
            (self.field, field),
            (self.department, department),
            (self.status, status.name if status else None),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(_ALL if value is None else value)))
            combo.blockSignals(False)
        self.refresh()

    def shown_rows(self) -> list[OverviewRow]:
        field, department, status = (c.currentData() for c in (self.field, self.department, self.status))
        return [
            r
            for r in self.all_rows
            if (field in (_ALL, None) or r.field == field)
            and (department in (_ALL, None) or department in r.departments)
            and (status in (_ALL, None) or r.status.name == status)
        ]

    def refresh(self, *args: object) -> None:
        if self.roadmap is None:
            return
        rows = self.shown_rows()
        page, height = overview_strip(self.roadmap.edition, rows, self.reference, STRIP_W, COLOUR)
        self.canvas.set_strip(page, height, rows)
        self.canvas.fit_width(self.scroll_area.viewport().width())
        self.summary.setText(
            self.tr("{n} / {total} 事業（基準月 {month}）").format(
                n=len(rows), total=len(self.all_rows), month=self.reference.japanese()
            )
        )

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.fit()  # the viewport has its real width only now: the first look is fitted, not the minimum

    def fit(self) -> None:
        self.canvas.fit_width(self.scroll_area.viewport().width())

    # --- zoom: Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0, as in the timeline

    def set_zoom(self, zoom: float) -> None:
        self.canvas.zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.fit()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.canvas.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.canvas.zoom - 1e-6), ZOOM_STEPS[0]))

    def zoom_fit(self) -> None:
        self.set_zoom(1.0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+wheel zooms; the scroll area would otherwise take it as a page scroll
        if (
            watched is self.scroll_area.viewport()
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            return True
        return super().eventFilter(watched, event)


class OverviewWindow(QDialog):
    """A window of its own for the view, beside the main window (not modal)."""

    def __init__(self, parent: QWidget | None, roadmap: Roadmap, reference: Month) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("全体工程表"))
        self.view = OverviewView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        fit_to_screen(self, 1200, 700)
        self.view.set_roadmap(roadmap, reference)
        for keys, slot in (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"), self.view.zoom_in),
            ((QKeySequence.StandardKey.ZoomOut, "Ctrl+-"), self.view.zoom_out),
            (("Ctrl+0",), self.view.zoom_fit),
        ):
            action = QAction(self)
            # one entry per key: the same key twice on one action is an ambiguous shortcut to Qt
            sequences = {QKeySequence(k).toString(): QKeySequence(k) for k in keys}
            action.setShortcuts(list(sequences.values()))
            action.triggered.connect(slot)
            self.addAction(action)


def show_overview(
    parent: QWidget | None, roadmap: Roadmap, reference: Month, open_project: Callable[[str], object] | None = None
) -> OverviewWindow:
    """Open the 全体工程表 window (not modal); a double-clicked line calls *open_project* with its id."""
    window = OverviewWindow(parent, roadmap, reference)
    if open_project is not None:

        def show_in_main_window(project_id: str) -> None:
            open_project(project_id)
            if parent is not None:  # the sheet is in the main window: bring it in front of this one
                main = parent.window()
                main.raise_()
                main.activateWindow()

        window.view.project_activated.connect(show_in_main_window)
    window.show()
    return window
