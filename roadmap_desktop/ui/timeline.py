"""The timeline grid of one project: 計画 (or 目標) against 実績 over the edition's five fiscal years.

A thin widget over :class:`~roadmap_desktop.core.timeline_controller.TimelineController`, which
owns the behaviour (selection, cursor, drags, keys, edits) without Qt: this module turns Qt events
into controller calls, paints the controller's state (:mod:`.timeline_paint`), and does what needs
a screen (the in-place editor, menus, notes at a spot, tooltips, scrolling).

The widget never changes data itself. Every edit goes to the *edit sink* the main window sets
(:meth:`TimelineWidget.set_edit_sink`): a callable that takes (description, new project), pushes
it as an undoable command and returns whether it was applied. Only an applied edit is shown; a
refused one leaves the timeline as it was. Without a sink the timeline is read-only.

Mouse: drag across empty months to create a bar (the label editor then opens over it; Esc leaves the
label empty). Drag a bar to move it, its ends to resize it; double-click a bar to edit its label, a
name to rename the initiative, a 区分 cell to switch 計画⇄目標; right-click for the menu.

Keyboard: the table in :mod:`core.timeline_keys` (shown in the help and beside the menu entries).
Keys the table does not name pass on to the window (Ctrl+E exports, Ctrl+P prints …).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QScrollArea, QToolTip, QWidget

from ..core.fiscal import Month
from ..core.model import Bar, Edition, Initiative, Project, Row
from ..core.timeline_controller import TimelineController
from ..core.timeline_state import BarRef, Place, PlaceKind, TimelineState
from .first_paint import watch_events
from .timeline_keymap import key_of
from .timeline_layout import EDGE_GRIP_PX, PxRect, Spot, TimelineLayout, Zone
from .timeline_menu import context_menu, tooltip_text
from .timeline_paint import PaintFrame, TimelinePainter, bar_boxes, layout_for

MIN_ZOOM_PX, MAX_ZOOM_PX = 12.0, 60.0
MESSAGE_MS = 5000  # how long a note at the spot stays
ZOOM_STEP = 1.25
LABELS_AFTER_MS = 30  # deferred labels (defer_labels) come just after the first frame
EditSink = Callable[[str, Project], bool]

# The one-line in-place editor shows a line break of a name or label as this mark (Alt+Enter types
# one), so editing a two-line name such as 「…検討\n（知事部局のみ）」 keeps its second line.
LINE_BREAK_MARK = "⏎"


class _Edit(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    """What the in-place editor is editing: a bar's label, or (bar_index None) an initiative's name."""

    initiative: int
    row: Row | None
    bar_index: int | None
    original: str


class TimelineWidget(QWidget):
    """The custom-painted timeline; see the module docstring for mouse and keys."""

    refused = Signal(str)  # an edit was refused: the message shown to the user
    edited = Signal(str, object)  # an edit was applied: (description, the project now shown)
    notesChanged = Signal(list)  # [(※n, label)]: labels too long to show at their bars, listed in the legend
    # Set by the application before its window is made: the bar labels are placed just after the first
    # paint (their rule loads the font's metrics, 0.17 s), so the window appears without waiting for them.
    defer_labels = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("タイムライン（計画と実績）"))
        self.controller = TimelineController(self)
        self._sink: EditSink | None = None
        self._month_px: float | None = None  # None = fit the width
        self._fit_height: float | None = None  # at fit, the height the rows are fitted to (the view's)
        self._labels_later = type(self).defer_labels
        self._painter = TimelinePainter(self.font(), self.tr)
        self._layout = TimelineLayout(self.state.edition, [], 800.0)
        self._bar_rects: dict[BarRef, PxRect] = {}
        self._bar_items: list[tuple[BarRef, Bar, PxRect]] = []
        self._lanes: dict[tuple[int, Row, int], list[PxRect]] = {}
        self._notes: list[tuple[str, str]] = []
        self._press: QPoint | None = None
        self._editor: QLineEdit | None = None
        self._edit: _Edit | None = None
        self.last_message = ""
        self._message: tuple[str, PxRect] | None = None
        # a child timer: it dies with the widget (a lambda on QTimer.singleShot would outlive it)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self._clear_message)
        self._relayout()
        watch_events(self, self)  # its tooltips, keys over the window's shortcuts, font (_own_event)

    @property
    def state(self) -> TimelineState:
        """What is shown: project, selection, cursor, drag, delay marks (the controller's state)."""
        return self.controller.state

    # --- the contract with the main window ---------------------------------------------------------

    def set_edit_sink(self, sink: EditSink | None) -> None:
        """Where edits go: ``sink(description, new_project)`` applies one (an undoable step) and
        returns True, or refuses it and returns False. None: the timeline is read-only."""
        self._sink = sink

    def edit_sink(self) -> EditSink | None:
        return self._sink

    def set_context(self, edition: Edition, today: Month | None) -> None:
        """The edition (its five-year window) and the 基準月 (None: no line)."""
        self.controller.set_context(edition, today)
        self._relayout()
        self.update()

    def set_project(self, project: Project | None) -> None:
        """Show *project* (a private copy is kept). The selection stays if the same bar still exists."""
        self._cancel_edit()
        self.controller.cancel_drag()
        if not self.controller.set_project(project):
            self.update()

    def project(self) -> Project | None:
        return self.state.project

    def selected_bar(self) -> BarRef | None:
        return self.state.selection

    def select_bar(self, ref: BarRef | None, scroll: bool = True) -> None:
        self.controller.select_bar(ref, reveal=scroll)
        self.update()
        self._announce()

    def cursor_cell(self) -> tuple[int, Row, int]:
        """(initiative, row, month offset) of the keyboard cursor."""
        return self.state.cursor

    def name_focused(self) -> bool:
        return self.state.name_focus

    # --- the host side of the controller ------------------------------------------------------------

    def apply_edit(self, description: str, project: Project) -> bool:
        self.last_message = ""
        applied = self._sink is not None and self._sink(description, project)
        if applied:
            self.edited.emit(description, self.state.project)
        self.update()
        return applied

    def show_refusal(self, message: str, place: Place | None) -> None:
        """Why an edit was refused, in a note at the spot (painted: it needs no popup window)."""
        self.last_message = message
        self._show_message(message, self.place_rect(place))
        self.refused.emit(message)

    def show_note(self, message: str, place: Place | None) -> None:
        """A word about an applied edit (an 実績 after the 基準月), at the spot."""
        self.last_message = message
        self._show_message(message, self.place_rect(place))

    def zoom(self, how: str) -> None:
        {"in": self.zoom_in, "out": self.zoom_out, "fit": self.set_zoom_fit}[how]()

    def reveal(self, place: Place) -> None:
        r = self.place_rect(place)
        if r is not None:
            self._ensure_visible(r)

    def project_shown(self) -> None:
        self._relayout()
        self.update()

    def open_menu(self) -> None:
        self._open_menu(self._keyboard_point())

    # --- edits, by name (menus and tests call these; the controller does the work) --------------------

    def add_bar(self, initiative: int, row: Row, first: int, last: int, edit_label: bool = False) -> bool:
        return self._did(self.controller.add_bar(initiative, row, first, last, edit_label))

    def move_bar(self, ref: BarRef, months: int) -> bool:
        return self._did(self.controller.move_bar(ref, months))

    def set_bar_months(self, ref: BarRef, first: int, last: int) -> bool:
        return self._did(self.controller.set_bar_months(ref, first, last))

    def delete_bar(self, ref: BarRef) -> bool:
        return self._did(self.controller.delete_bar(ref))

    def relabel_bar(self, ref: BarRef, label: str) -> bool:
        return self._did(self.controller.relabel_bar(ref, label))

    def record_actual(self, ref: BarRef) -> bool:
        return self._did(self.controller.record_actual(ref))

    def toggle_continues(self, ref: BarRef) -> bool:
        return self._did(self.controller.toggle_continues(ref))

    def add_initiative(self, position: int | None = None, edit_name: bool = False) -> bool:
        return self._did(self.controller.add_initiative(position, edit_name))

    def rename_initiative(self, i: int, name: str) -> bool:
        return self._did(self.controller.rename_initiative(i, name))

    def move_initiative(self, i: int, delta: int) -> bool:
        return self._did(self.controller.move_initiative(i, delta))

    def delete_initiative(self, i: int) -> bool:
        return self._did(self.controller.delete_initiative(i))

    def toggle_plan_label(self, i: int) -> bool:
        return self._did(self.controller.toggle_plan_label(i))

    def _did(self, ok: bool) -> bool:
        self.update()
        return ok

    # --- zoom -------------------------------------------------------------------------------------

    def set_zoom_fit(self) -> None:
        """The five years fill the widget's width."""
        self._month_px = None
        self._relayout()
        self.update()

    def set_month_width(self, px: float) -> None:
        """Months *px* wide (clamped to 12…60); the widget grows and its scroll area scrolls."""
        self._month_px = max(MIN_ZOOM_PX, min(MAX_ZOOM_PX, float(px)))
        self._relayout()
        self.update()

    def set_fit_height(self, height: float | None) -> None:
        """The height the rows are fitted to at "fit" (the scroll area's viewport; None: comfortable rows)."""
        if height != self._fit_height:
            self._fit_height = height
            if self._month_px is None:
                self._relayout()
                self.update()

    def month_width(self) -> float:
        return self._layout.month_w

    def is_fit(self) -> bool:
        return self._month_px is None

    def zoom_in(self) -> None:
        self.set_month_width(self._layout.month_w * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_month_width(self._layout.month_w / ZOOM_STEP)

    # --- geometry (the same rectangles serve painting and hit-testing) -------------------------------

    def layout_(self) -> TimelineLayout:
        return self._layout

    def bar_rect(self, ref: BarRef, first: int | None = None, last: int | None = None) -> PxRect:
        """The box of bar *ref* (optionally placed over other months, for drag previews)."""
        if first is None and last is None:
            cached = self._bar_rects.get(ref)
            if cached is not None:
                return cached
        bar = self.state.bar(ref)
        assert bar is not None
        f, la = self.state.offsets(bar)
        i, row, k = ref
        return self._layout.bar_rect(
            i, row, f if first is None else first, la if last is None else last, self._layout.bar_lane(i, row, k)
        )

    def month_cell_rect(self, initiative: int, row: Row, offset: int) -> PxRect:
        return self._layout.month_cell(initiative, row, offset)

    def name_cell_rect(self, initiative: int) -> PxRect:
        return self._layout.name_cell(initiative)

    def kind_cell_rect(self, initiative: int, row: Row) -> PxRect:
        return self._layout.kind_cell(initiative, row)

    def place_rect(self, place: Place | None) -> PxRect | None:
        if place is None or place.initiative >= self._layout.initiatives:
            return None
        if place.kind is PlaceKind.BAR:
            ref = (place.initiative, place.row, place.index)
            return self.bar_rect(ref) if self.state.bar(ref) is not None else None
        if place.kind is PlaceKind.CELL:
            return self._layout.month_cell(place.initiative, place.row, place.index)
        return self._layout.name_cell(place.initiative)

    def bar_at(self, x: float, y: float) -> tuple[BarRef, str] | None:
        """The bar under (x, y) and the part hit: ``"start"``, ``"end"`` (its grips) or ``"body"``."""
        spot = self._layout.spot(x, y)
        project = self.state.project
        if project is None or spot.zone is not Zone.MONTHS or spot.initiative is None or spot.row is None:
            return None
        bars = project.initiatives[spot.initiative].bars(spot.row)
        for k in range(len(bars) - 1, -1, -1):
            ref = (spot.initiative, spot.row, k)
            if self._layout.bar_lane(*ref) != spot.lane:
                continue
            r = self._bar_rects.get(ref)
            if r is not None and r.x - 2 <= x <= r.right + 2:
                grip = min(EDGE_GRIP_PX, r.w / 3)
                if x <= r.x + grip:
                    return ref, "start"
                if x >= r.right - grip:
                    return ref, "end"
                return ref, "body"
        return None

    def _relayout(self) -> None:
        s = self.state
        width = float(max(self.width(), 200))
        self._layout = layout_for(s, width, self._month_px, self._painter, self._fit_height, not self._labels_later)
        lay = self._layout
        # Every bar's box, once per layout: painting and hit-testing read these.
        self._bar_items, self._bar_rects, self._lanes = bar_boxes(s, lay)
        height = int(lay.height + 0.999) if lay.initiatives else int(lay.header_h + 3 * lay.lane_h)
        if self._month_px is None:  # months stay readable: narrower, the view scrolls sideways
            self.setMinimumSize(int(lay.fit_min_width + 0.999), height)
        else:
            self.setMinimumSize(int(lay.width + 0.999), height)
        if self._editor is not None and self._edit is not None:
            self._place_editor()
        notes = self._painter.notes(self.paint_frame())
        if notes != self._notes:
            self._notes = notes
            self.notesChanged.emit(notes)

    def notes(self) -> list[tuple[str, str]]:
        """The numbered notes of the labels too long to show at their bars (the legend lists them)."""
        return list(self._notes)

    def sizeHint(self) -> QSize:
        return QSize(max(800, int(self._layout.width)), self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._month_px is None and event.size().width() != event.oldSize().width():
            self._relayout()
        super().resizeEvent(event)

    # --- painting -------------------------------------------------------------------------------------

    def paint_frame(self) -> PaintFrame:
        """What a paint draws now (tests read it too)."""
        return PaintFrame(
            self.state, self._layout, self._bar_items, self._bar_rects, self._lanes,
            self.hasFocus(), float(self.width()), self._message,
        )  # fmt: skip

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._painter.paint(painter, event.rect(), self.paint_frame())
        painter.end()
        if self._labels_later:
            QTimer.singleShot(LABELS_AFTER_MS, self._place_labels)

    def _place_labels(self) -> None:
        if self._labels_later:
            self._labels_later = False
            self._relayout()
            self.update()

    # --- tooltips -----------------------------------------------------------------------------------

    def tooltip_at(self, x: float, y: float) -> str:
        """The tooltip text at (x, y): a bar's label, exact period and row; a name; a delay."""
        return tooltip_text(self, x, y)

    def _own_event(self, event: QEvent) -> bool:
        """Its own events that its handlers do not see, through its event filter on itself (installed
        after the window's first paint at start: ui/first_paint.py); True: consumed."""
        if event.type() == QEvent.Type.FontChange:
            self._painter.set_font(self.font())
            self._relayout()
            return False
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.ShortcutOverride:
            # Our keys (the table's) win over window shortcuts while the timeline has focus; every other
            # shortcut (Ctrl+E 書き出し, Ctrl+P …) passes on to the window.
            assert isinstance(event, QKeyEvent)
            if self.state.project is not None and self.controller.handles(*key_of(event)):
                event.accept()
                return True
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.controller.key(*key_of(event)):
                self.update()
                self._announce()
                return True  # at either end Tab moves the focus on
        return False

    # --- notes at the spot -----------------------------------------------------------------------------

    def message(self) -> str:
        """The note shown in the widget now ('' when none)."""
        return self._message[0] if self._message else ""

    def _show_message(self, text: str, at: PxRect | None) -> None:
        self._clear_message()
        fm = self._painter.fm_label
        w = min(fm.horizontalAdvance(text) + 16, max(200.0, self.width() - 20.0))
        h = fm.height() + 10
        x = at.x if at is not None else self._layout.months_x
        y = at.bottom + 4 if at is not None else self._layout.header_h + 4
        x = max(2.0, min(x, self.width() - w - 2))
        if y + h > self.height():
            y = (at.y - h - 4) if at is not None else 2.0
        self._message = (text, PxRect(x, max(2.0, y), w, h))
        self._message_timer.start(MESSAGE_MS)
        self.update()

    def _clear_message(self) -> None:
        self._message_timer.stop()
        if self._message is not None:
            r = self._message[1]
            self._message = None
            self.update(QRect(int(r.x) - 2, int(r.y) - 2, int(r.w) + 4, int(r.h) + 4))

    # --- in-place editing -------------------------------------------------------------------------

    def editor(self) -> QLineEdit | None:
        """The open in-place editor, if any (Enter commits, Esc cancels, leaving it commits)."""
        return self._editor

    def edit_label(self, ref: BarRef) -> None:
        bar = self.state.bar(ref)
        assert bar is not None
        self._open_editor(_Edit(ref[0], ref[1], ref[2], bar.label))

    def edit_name(self, initiative: int) -> None:
        assert self.state.project is not None
        self._open_editor(_Edit(initiative, None, None, self.state.project.initiatives[initiative].name))

    def _open_editor(self, target: _Edit) -> None:
        self._cancel_edit()
        editor = QLineEdit(self)
        editor.setText(target.original.replace("\n", LINE_BREAK_MARK))
        editor.setToolTip(
            self.tr("Enter で確定、Esc で取り消し、Alt+Enter で改行（{mark}）").format(mark=LINE_BREAK_MARK)
        )
        editor.selectAll()
        editor.setFont(self._painter.font_label)
        editor.installEventFilter(self)
        editor.editingFinished.connect(self._commit_edit)
        self._editor, self._edit = editor, target
        self._place_editor()
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        r = editor.geometry()
        self._ensure_visible(PxRect(r.x(), r.y(), r.width(), r.height()))

    def _place_editor(self) -> None:
        assert self._editor is not None and self._edit is not None
        t = self._edit
        if t.bar_index is None:
            r = self._layout.name_cell(t.initiative)
            rect = QRect(int(r.x), int(r.y + r.h / 2 - 13), int(max(r.w, 200)), 26)
        else:
            assert t.row is not None
            r = self.bar_rect((t.initiative, t.row, t.bar_index))
            rect = QRect(int(r.x), int(r.y + r.h / 2 - 13), int(max(r.w, 160)), 26)
        self._editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self:
            return self._own_event(event)
        if watched is self._editor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self._cancel_edit()
                self.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and alt:
                self._editor.insert(LINE_BREAK_MARK)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # consumed here: QLineEdit would pass Return on to us, and Enter on a bar opens the editor
                self._commit_edit()
                return True
        return super().eventFilter(watched, event)

    def _take_editor(self) -> tuple[str, _Edit] | None:
        if self._editor is None or self._edit is None:
            return None
        editor, target = self._editor, self._edit
        self._editor = self._edit = None
        text = editor.text().replace(LINE_BREAK_MARK, "\n")
        editor.removeEventFilter(self)
        editor.blockSignals(True)
        editor.hide()
        editor.deleteLater()
        return text, target

    def _cancel_edit(self) -> None:
        self._take_editor()

    def _commit_edit(self) -> None:
        taken = self._take_editor()
        if taken is None:
            return
        text, t = taken
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        project = self.state.project
        if project is None:
            return
        if t.bar_index is None:
            if 0 <= t.initiative < len(project.initiatives):
                self.rename_initiative(t.initiative, text)
        else:
            assert t.row is not None
            ref = (t.initiative, t.row, t.bar_index)
            if self.state.bar(ref) is not None:
                self.relabel_bar(ref, text)

    # --- mouse: where it is, in months; the controller does the rest --------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._clear_message()
        if self._editor is not None:
            self._commit_edit()
        if event.button() != Qt.MouseButton.LeftButton or self.state.project is None:
            super().mousePressEvent(event)
            return
        pos = event.position()
        x, y = pos.x(), pos.y()
        spot = self._layout.spot(x, y)
        hit = self.bar_at(x, y)
        self._press = pos.toPoint()
        c = self.controller
        if hit is not None and spot.month is not None:
            c.press_bar(hit[0], hit[1], spot.month)
            if hit[1] == "body":
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        elif spot.initiative is not None and spot.row is not None:
            if spot.zone is Zone.NAME:
                c.press_name(spot.initiative)
            elif spot.zone is Zone.MONTHS and spot.month is not None and 0 <= spot.month < self._layout.n_months:
                c.press_month(spot.initiative, spot.row, spot.month)
            else:
                c.press_kind(spot.initiative, spot.row)
        self.update()
        self._announce()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        far = self._press is not None and (pos.toPoint() - self._press).manhattanLength() >= 4
        if self.controller.drag_to(self._layout.month_at_unbounded(pos.x()), far):
            area = self._scroll_area()
            if area is not None:  # dragging near the edge of a zoomed view scrolls it along
                area.ensureVisible(int(pos.x()), int(pos.y()), 24, 24)
            self.update()
            return
        hit = self.bar_at(pos.x(), pos.y())
        if hit is not None and hit[1] in ("start", "end"):
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        elif hit is not None:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.unsetCursor()  # the next move sets the hover cursor again
        self._press = None
        if event.button() != Qt.MouseButton.LeftButton:
            self.controller.cancel_drag()
        else:
            self.controller.release(self._layout.month_at_unbounded(event.position().x()))
        self.update()
        self._announce()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.controller.cancel_drag()
        if self.state.project is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        hit = self.bar_at(pos.x(), pos.y())
        if hit is not None:
            self.select_bar(hit[0], scroll=False)
            self.edit_label(hit[0])
            return
        spot: Spot = self._layout.spot(pos.x(), pos.y())
        if spot.initiative is None:
            return
        if spot.zone is Zone.NAME:
            self.edit_name(spot.initiative)
        elif spot.zone is Zone.KIND and spot.row is Row.PLAN:
            self.toggle_plan_label(spot.initiative)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # keep the month under the pointer where it is
            x = event.position().x()
            mm = self._layout.mm_of(x)
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            area = self._scroll_area()
            if area is not None:
                bar = area.horizontalScrollBar()
                bar.setMaximum(max(bar.maximum(), int(self._layout.width)))  # before the scroll area catches up
                bar.setValue(bar.value() + int(self._layout.x_of(mm) - x))
            event.accept()
            return
        super().wheelEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        self._announce()
        super().focusInEvent(event)

    # --- accessibility: what the keyboard is on, in words a screen reader speaks --------------------

    def focus_text(self) -> str:
        """The selected bar, else the cursor's cell or name, e.g. 「取組「電子入札」 計画 令和6年4月〜9月 「内容検討」」."""
        s = self.state
        p = s.project
        if p is None or not p.initiatives:
            return self.tr("取組はありません")
        if s.selection is not None and (bar := s.bar(s.selection)) is not None:
            i, row, _k = s.selection
            ini = p.initiatives[i]
            return self.tr("取組「{name}」 {row} {period} 「{label}」").format(
                name=ini.name, row=self._row_word(ini, row), period=bar.period_text(), label=bar.label or ""
            )
        i, row, offset = s.cursor
        ini = p.initiatives[min(i, len(p.initiatives) - 1)]
        if s.name_focus:
            return self.tr("取組「{name}」の名前").format(name=ini.name)
        return self.tr("取組「{name}」 {row} {month}").format(
            name=ini.name, row=self._row_word(ini, row), month=s.month(offset).japanese()
        )

    def _row_word(self, initiative: Initiative, row: Row) -> str:
        return initiative.plan_label if row is Row.PLAN else self.tr("実績")

    def _announce(self) -> None:
        """Keep the accessible description on what the keyboard is on (Qt tells the screen reader)."""
        text = self.focus_text()
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- context menu: each entry shows its key from the key table ----------------------------------

    def menu_for(self, pos: QPoint) -> QMenu:
        """The context menu for the spot at *pos*, each entry with its key (tests trigger its actions
        without exec)."""
        return context_menu(self, pos)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.state.project is None:
            return
        pos = event.pos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            pos = self._keyboard_point()
        self._open_menu(pos)

    def _open_menu(self, pos: QPoint) -> None:
        menu = self.menu_for(pos)
        self.exec_menu(menu, self.mapToGlobal(pos))
        menu.deleteLater()

    def exec_menu(self, menu: QMenu, global_pos: QPoint) -> None:
        """Run *menu* modally (tests replace this: a PySide class's ``exec`` cannot be monkeypatched)."""
        menu.exec(global_pos)

    def _keyboard_point(self) -> QPoint:
        """Where the keyboard focus is: the selected bar, the name cell, or the cursor cell."""
        s = self.state
        if s.selection is not None and s.bar(s.selection) is not None:
            x, y = self.bar_rect(s.selection).center()
        elif s.project is not None and s.project.initiatives:
            i, row, month = s.cursor
            x, y = (self._layout.name_cell(i) if s.name_focus else self._layout.month_cell(i, row, month)).center()
        else:
            x, y = 10.0, self._layout.header_h + 10
        return QPoint(int(x), int(y))

    # --- keyboard: the key's name goes to the controller, which looks it up in the key table --------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._clear_message()
        if self.state.project is not None and self.controller.key(*key_of(event)):
            event.accept()
            self.update()
            self._announce()
            return
        super().keyPressEvent(event)

    def _scroll_area(self) -> QScrollArea | None:
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        return area if isinstance(area, QScrollArea) else None

    def _ensure_visible(self, r: PxRect) -> None:
        area = self._scroll_area()
        if area is not None:
            # the start of a long bar (where its label begins), not its middle
            half = min(r.w, 160.0) / 2
            area.ensureVisible(int(r.x + half), int(r.y + r.h / 2), int(half) + 20, int(r.h / 2) + 20)


# The scroll area with the zoom buttons and the legend (it embeds the widget defined above).
from .timeline_view import TimelineView  # noqa: E402

__all__ = ["BarRef", "Spot", "TimelineView", "TimelineWidget"]
