"""The timeline in a scroll area: 「全体表示」 and zoom buttons above it, a legend of its marks below it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QToolButton, QWidget

from ..core.labels import ACTUAL_LABEL
from ..core.model import Row
from .timeline import TimelineWidget
from .timeline_layout import PxRect
from .timeline_paint import TimelinePainter
from .viewports import own_viewport

SAMPLE_W, SAMPLE_H, GAP, PAD = 26.0, 12.0, 14.0, 4.0


class TimelineLegend(QWidget):
    """What the timeline's boxes, hatching, marks and line mean, drawn with the timeline's own pens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painter = TimelinePainter(self.font(), self.tr)
        self._notes: list[tuple[str, str]] = []
        self.setAccessibleName(self.tr("タイムラインの凡例"))

    def set_notes(self, notes: list[tuple[str, str]]) -> None:
        """The labels too long to show at their bars, each after its mark (※1 意向調査), as on the sheet."""
        self._notes = list(notes)
        self.update()

    def entries(self) -> list[tuple[str, str]]:
        """(sample, words) in the order shown; the sample names what is drawn beside the words."""
        return [
            ("plan", self.tr("計画（目標）")),
            ("actual", self.tr(ACTUAL_LABEL)),
            ("behind", self.tr("遅れ（計画の期間を過ぎても実績がない月）")),
            ("warning", self.tr("遅れのある取組")),
            ("overrun", self.tr("超過（計画を超えた実績）")),
            ("today", self.tr("基準月")),
            ("late", self.tr("基準月より後の実績")),
        ] + [("note", mark + " " + "".join(label.splitlines())) for mark, label in self._notes]

    def _places(self, width: float) -> list[tuple[str, str, float, float]]:
        """(sample, words, x, y) of each entry, wrapping onto a new line when the width runs out."""
        fm = self._painter.fm_label
        line_h = max(fm.height(), SAMPLE_H) + PAD
        x, y, out = PAD, PAD / 2, []
        for sample, words in self.entries():
            w = (0.0 if sample == "note" else SAMPLE_W + PAD) + fm.horizontalAdvance(words)
            if x > PAD and x + w > width - PAD:
                x, y = PAD, y + line_h
            out.append((sample, words, x, y))
            x += w + GAP
        return out

    def height_for(self, width: float) -> int:
        places = self._places(width)
        fm = self._painter.fm_label
        return int(places[-1][3] + max(fm.height(), SAMPLE_H) + PAD + 0.999)

    def sizeHint(self) -> QSize:
        return QSize(640, self.height_for(640))

    def paintEvent(self, event: QPaintEvent) -> None:
        tp = self._painter
        p = QPainter(self)
        p.fillRect(event.rect(), Qt.GlobalColor.white)
        fm = tp.fm_label
        line_h = max(fm.height(), SAMPLE_H)
        p.setFont(tp.font_label)
        for sample, words, x, y in self._places(float(self.width())):
            text_x = x
            if sample != "note":  # a note is its own words: no sample drawn before it
                self._sample(p, sample, PxRect(x, y + (line_h - SAMPLE_H) / 2, SAMPLE_W, SAMPLE_H))
                text_x += SAMPLE_W + PAD
            p.setPen(tp.pens["text"])
            p.drawText(
                QRectF(text_x, y, fm.horizontalAdvance(words) + 2, line_h),
                Qt.AlignmentFlag.AlignVCenter,
                words,
            )
        p.end()

    def _sample(self, p: QPainter, sample: str, r: PxRect) -> None:
        tp = self._painter
        rect = QRectF(r.x, r.y, r.w, r.h)
        if sample in ("plan", "actual"):
            tp.draw_box(p, r, Row.PLAN if sample == "plan" else Row.ACTUAL, False)
        elif sample == "behind":
            p.fillRect(rect, tp.brushes["delay"])
        elif sample in ("overrun", "late"):
            tp.draw_box(p, r, Row.ACTUAL, False)
            p.setPen(tp.pens[sample])
            p.setBrush(tp.brushes[sample])
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        elif sample == "warning":
            tp.paint_warning(p, r.x + (r.w - 11) / 2, r.y + 1)
        elif sample == "today":
            p.setPen(tp.pens["today"])
            p.drawLine(QPointF(r.x + r.w / 2, r.y - 2), QPointF(r.x + r.w / 2, r.bottom + 2))
        p.setBrush(Qt.BrushStyle.NoBrush)


class TimelineView(QScrollArea):
    """The timeline in a scroll area, with 「全体表示」 and zoom buttons above it (Ctrl+wheel zooms too)
    and the legend below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewport(own_viewport(QPalette.ColorRole.NoRole))  # as QScrollArea's own, see own_viewport
        self.timeline = TimelineWidget()
        self.setWidget(self.timeline)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.toolbar = QWidget(self)
        self.fit_button = self._button(
            self.tr("全体表示"), self.tr("5年間を幅いっぱいに表示"), self.timeline.set_zoom_fit
        )
        self.zoom_out_button = self._button(self.tr("縮小"), self.tr("月の幅を狭く"), self.timeline.zoom_out)
        self.zoom_in_button = self._button(self.tr("拡大"), self.tr("月の幅を広く"), self.timeline.zoom_in)
        x = 2
        for b in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            b.setParent(self.toolbar)
            b.adjustSize()
            b.move(x, 2)
            x += b.width() + 4
        self._bar_h = max(b.sizeHint().height() for b in (self.fit_button, self.zoom_in_button)) + 4
        self.toolbar.resize(x, self._bar_h)
        self.legend = TimelineLegend(self)
        self.timeline.notesChanged.connect(self._show_notes)
        self.legend.set_notes(self.timeline.notes())
        self._legend_h = self.legend.height_for(800)
        self.setViewportMargins(0, self._bar_h, 0, self._legend_h)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        return b

    def _show_notes(self, notes: list[tuple[str, str]]) -> None:
        self.legend.set_notes(notes)
        self._place_legend()  # the legend grows by the notes' lines

    def _place_legend(self) -> None:
        """Under the viewport (above the horizontal scroll bar), as tall as its entries need at this width."""
        needed = self.legend.height_for(float(self.viewport().geometry().right() + 1))
        if needed != self._legend_h:
            self._legend_h = needed
            self.setViewportMargins(0, self._bar_h, 0, self._legend_h)
        v = self.viewport().geometry()
        # as wide as the viewport: the vertical scroll bar beside it stays whole
        self.legend.setGeometry(0, v.bottom() + 1, v.right() + 1, self._legend_h)
        self.toolbar.setGeometry(0, 0, v.right() + 1, self._bar_h)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The area's and its viewport's (QAbstractScrollArea hands the viewport's resize here: the
        scroll bars come and go, the legend grows); no event filter on the viewport, which would hand
        Python every event of it (~40 before the first paint)."""
        super().resizeEvent(event)
        self._place_legend()
        self.timeline.set_fit_height(float(self.viewport().height()))  # rows fitted to the space

    def sizeHint(self) -> QSize:
        """Tall enough for the whole timeline (and a horizontal scroll bar) when there is room."""
        hint = self.timeline.sizeHint()
        extra = self._bar_h + self._legend_h + self.horizontalScrollBar().sizeHint().height() + 2
        return QSize(hint.width(), hint.height() + extra)
