"""The timeline grid of one project: 計画 (or 目標) against 実績 over the edition's five fiscal years.

The widget never changes data itself. Every edit is computed with :mod:`core.timeline_edits` and
offered as ``changeRequested(description, new_project)``; the main window pushes it as an undoable
command and calls :meth:`TimelineWidget.set_project` with the result. An edit that breaks a rule
(a bar pushed outside the window …) is refused with its message shown at the spot, and nothing is
emitted.

Mouse: drag across empty months to create a bar (the label editor then opens over it when the main
window has applied the change; Esc leaves the label empty). Drag a bar to move it, its ends to
resize it; double-click a bar to edit its label, a name to rename the initiative, a 区分 cell to
switch 計画⇄目標; right-click for the menu.

Keyboard (focus shows as a blue outline on the selected bar, or a highlighted cursor month cell):

=====================  ==================================================================
Tab / Shift+Tab        next / previous bar
Up / Down              row up / down (keeps a bar selected when one lies under the cursor month)
Left / Right           previous / next bar in the row; with no bar selected, the cursor month
                       (left of the first month: the initiative's name cell)
Enter / Esc            select the bar under the cursor month (Enter again: edit its label) / deselect
Ctrl+Left / Right      move the selected bar by a month
Shift+Left / Right     move its end; Shift+Alt+Left / Right: move its start
F2                     edit the bar's label, or rename the initiative (name cell focused)
Delete                 delete the bar, or the initiative (name cell focused)
Insert                 new one-month bar at the cursor month (Shift+arrows then extend it)
Ctrl+Insert            new initiative below the current one
Ctrl+Up / Down         move the current initiative up / down
Ctrl+T                 switch the current initiative's plan row between 計画 and 目標
Ctrl+R                 record the selected plan bar as 実績 (same months)
Ctrl+E                 toggle the arrow「表示期間後も継続」of the selected bar
Menu / Shift+F10       the context menu
Ctrl+Plus / Minus / 0  wider / narrower months / fit the window (Ctrl+wheel zooms too)
Esc while dragging     drop the drag
=====================  ==================================================================
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QScrollArea, QToolButton, QToolTip, QWidget

from ..core import timeline_edits as edits
from ..core.delays import behind_runs, overrun_runs
from ..core.errors import ValidationError
from ..core.fiscal import Month
from ..core.labels import ACTUAL_LABEL
from ..core.model import Bar, Edition, Project, Row
from .timeline_layout import (
    EDGE_GRIP_PX,
    PxRect,
    Spot,
    TimelineLayout,
    Zone,
    assign_lanes,
)
from .timeline_paint import BarRef, TimelinePainting

MIN_ZOOM_PX, MAX_ZOOM_PX = 12.0, 60.0
MESSAGE_MS = 5000  # how long a refusal note stays
ZOOM_STEP = 1.25


class DragMode(Enum):
    CREATE = "create"
    MOVE = "move"
    RESIZE_START = "resize_start"
    RESIZE_END = "resize_end"


@dataclass
class _Drag:
    mode: DragMode
    initiative: int
    row: Row
    bar_index: int | None
    anchor: int  # month offset where the drag began
    current: int  # month offset under the pointer now (may lie outside the window)
    press: QPoint
    moved: bool = False


# The one-line in-place editor shows a line break of a name or label as this mark (Alt+Enter types
# one), so editing a two-line name such as 「…検討\n（知事部局のみ）」 keeps its second line.
LINE_BREAK_MARK = "⏎"


@dataclass
class _Edit:
    """What the in-place editor is editing: a bar's label, or (bar_index None) an initiative's name."""

    initiative: int
    row: Row | None
    bar_index: int | None
    original: str


class TimelineWidget(TimelinePainting, QWidget):
    """The custom-painted timeline; see the module docstring for mouse and keys."""

    changeRequested = Signal(str, object)  # (description, new Project)
    refused = Signal(str)  # an edit was refused: the message shown to the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("タイムライン（計画と実績）"))
        self._edition = Edition()
        self._today: Month | None = None
        self._project: Project | None = None
        self._month_px: float | None = None  # None = fit the width
        self._layout = TimelineLayout(self._edition, [], 800.0)
        self._bar_rects: dict[BarRef, PxRect] = {}
        self._bar_items: list[tuple[BarRef, Bar, PxRect]] = []
        self._sel: BarRef | None = None
        self._pending_sel: BarRef | None = None
        self._cursor: tuple[int, Row, int] = (0, Row.PLAN, 0)
        self._name_focus = False
        self._drag: _Drag | None = None
        self._editor: QLineEdit | None = None
        self._edit: _Edit | None = None
        self._behind: dict[int, list[tuple[int, int]]] = {}
        self._overrun: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.last_message = ""
        self._message: tuple[str, PxRect] | None = None
        # a child timer: it dies with the widget (a lambda on QTimer.singleShot would outlive it)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self._clear_message)
        self._init_paint_tools()
        self._relayout()

    # --- the contract with the main window ---------------------------------------------------------

    def set_context(self, edition: Edition, today: Month | None) -> None:
        """The edition (its five-year window) and the 基準日 month (None: no today line)."""
        self._edition = copy.deepcopy(edition)
        self._today = today
        self._compute_marks()
        self._relayout()
        self.update()

    def set_project(self, project: Project | None) -> None:
        """Show *project* (a private copy is kept). The selection stays if the same bar still exists."""
        self._cancel_edit()
        self._drag = None
        same = project is not None and self._project is not None and project.id == self._project.id
        self._project = copy.deepcopy(project) if project is not None else None
        if not same:  # another project: start afresh at the first row, on today's month if shown
            self._sel = self._pending_sel = None
            self._name_focus = False
            today = self._today
            month = self._edition.month_offset(today) if today is not None and self._edition.contains(today) else 0
            self._cursor = (0, Row.PLAN, month)
        for candidate in (self._pending_sel, self._sel):
            if candidate is not None and self._bar(candidate) is not None:
                self._sel = candidate
                break
        else:
            self._sel = None
        self._pending_sel = None
        n = len(self._project.initiatives) if self._project else 0
        i, row, month = self._cursor
        self._cursor = (max(0, min(i, n - 1)), row, month)
        if n == 0:
            self._name_focus = False
        self._compute_marks()
        self._relayout()
        self.update()

    def project(self) -> Project | None:
        return self._project

    def selected_bar(self) -> BarRef | None:
        return self._sel

    def select_bar(self, ref: BarRef | None, scroll: bool = True) -> None:
        if ref is not None and self._bar(ref) is None:
            raise ValueError(ref)
        self._sel = ref
        self._name_focus = False
        if ref is not None:
            bar = self._bar(ref)
            assert bar is not None
            self._cursor = (ref[0], ref[1], max(0, self._edition.month_offset(bar.start)))
            if scroll:  # not under the mouse: the bar would slide away from the pointer
                self._ensure_visible(self.bar_rect(ref))
        self.update()

    def cursor_cell(self) -> tuple[int, Row, int]:
        """(initiative, row, month offset) of the keyboard cursor."""
        return self._cursor

    def name_focused(self) -> bool:
        return self._name_focus

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

    def month_width(self) -> float:
        return self._layout.month_w

    def is_fit(self) -> bool:
        return self._month_px is None

    def zoom_in(self) -> None:
        self.set_month_width(self._layout.month_w * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_month_width(self._layout.month_w / ZOOM_STEP)

    # --- geometry helpers (the same rectangles serve painting and hit-testing) -----------------------

    def layout_(self) -> TimelineLayout:
        return self._layout

    def _offsets(self, bar: Bar) -> tuple[int, int]:
        return self._edition.month_offset(bar.start), self._edition.month_offset(bar.end)

    def bar_rect(self, ref: BarRef, first: int | None = None, last: int | None = None) -> PxRect:
        """The box of bar *ref* (optionally placed over other months, for drag previews)."""
        if first is None and last is None:
            cached = self._bar_rects.get(ref)
            if cached is not None:
                return cached
        bar = self._bar(ref)
        assert bar is not None
        f, la = self._offsets(bar)
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

    def bar_at(self, x: float, y: float) -> tuple[BarRef, str] | None:
        """The bar under (x, y) and the part hit: ``"start"``, ``"end"`` (its grips) or ``"body"``."""
        spot = self._layout.spot(x, y)
        if self._project is None or spot.zone is not Zone.MONTHS or spot.initiative is None or spot.row is None:
            return None
        bars = self._project.initiatives[spot.initiative].bars(spot.row)
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

    def _bar(self, ref: BarRef) -> Bar | None:
        if self._project is None:
            return None
        i, row, k = ref
        if not 0 <= i < len(self._project.initiatives):
            return None
        bars = self._project.initiatives[i].bars(row)
        return bars[k] if 0 <= k < len(bars) else None

    def _month(self, offset: int) -> Month:
        return self._edition.first_month.shifted(offset)

    # --- state derived from the data ------------------------------------------------------------------

    def _compute_marks(self) -> None:
        self._behind, self._overrun = {}, {}
        if self._project is None:
            return
        for i, ini in enumerate(self._project.initiatives):
            runs = behind_runs(ini, self._today)
            if runs:
                self._behind[i] = [self._run_offsets(r) for r in runs]
            for k, bar in enumerate(ini.actual):
                over = overrun_runs(bar, ini)
                if over:
                    self._overrun[(i, k)] = [self._run_offsets(r) for r in over]

    def _run_offsets(self, run: tuple[Month, Month]) -> tuple[int, int]:
        return self._edition.month_offset(run[0]), self._edition.month_offset(run[1])

    def _relayout(self) -> None:
        lanes = []
        if self._project is not None:
            for ini in self._project.initiatives:
                lanes.append((assign_lanes(ini.plan)[0], assign_lanes(ini.actual)[0]))
        width = float(max(self.width(), 200))
        self._layout = TimelineLayout(self._edition, lanes, width, self._month_px)
        lay = self._layout
        # Every bar's box, once per layout: painting and hit-testing read these.
        self._bar_rects = {}
        self._bar_items = []
        if self._project is not None:
            for i, ini in enumerate(self._project.initiatives):
                for row in (Row.PLAN, Row.ACTUAL):
                    for k, bar in enumerate(ini.bars(row)):
                        # Clipped to the window as the printed sheet does: a bar from another edition's
                        # window never paints over the name columns (and one wholly outside is not drawn).
                        f, la = self._offsets(bar)
                        f, la = max(0, f), min(lay.n_months - 1, la)
                        if f > la:
                            continue
                        r = lay.bar_rect(i, row, f, la, lay.bar_lane(i, row, k))
                        self._bar_rects[(i, row, k)] = r
                        self._bar_items.append(((i, row, k), bar, r))
        self._size_fonts(lay)
        height = int(lay.height + 0.999) if lay.initiatives else int(lay.header_h + 3 * lay.lane_h)
        if self._month_px is None:
            self.setMinimumSize(360, height)
        else:
            self.setMinimumSize(int(lay.width + 0.999), height)
        if self._editor is not None and self._edit is not None:
            self._place_editor()

    def sizeHint(self) -> QSize:
        return QSize(max(800, int(self._layout.width)), self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._month_px is None and event.size().width() != event.oldSize().width():
            self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fonts()
            self._relayout()
        super().changeEvent(event)

    # --- tooltips -----------------------------------------------------------------------------------

    def tooltip_at(self, x: float, y: float) -> str:
        """The tooltip text at (x, y): a bar's label, exact period and row; a name; a delay."""
        if self._project is None:
            return ""
        hit = self.bar_at(x, y)
        if hit is not None:
            (i, row, k), _part = hit
            bar = self._bar((i, row, k))
            assert bar is not None
            ini = self._project.initiatives[i]
            lines = [bar.label or self.tr("（ラベルなし）"), bar.period_text()]
            if bar.continues:
                lines[1] += self.tr("（以降も継続）")
            row_word = ini.plan_label if row is Row.PLAN else ACTUAL_LABEL
            lines.append(self.tr("{name}・{row}").format(name=ini.name.replace("\n", ""), row=self.tr(row_word)))
            for first, last in self._overrun.get((i, k), ()) if row is Row.ACTUAL else ():
                lines.append(
                    self.tr("計画を超えた期間: {period}").format(
                        period=Bar(self._month(first), self._month(last)).period_text()
                    )
                )
            return "\n".join(lines)
        spot = self._layout.spot(x, y)
        if spot.initiative is None:
            return ""
        ini = self._project.initiatives[spot.initiative]
        if spot.zone is Zone.NAME:
            text = ini.name
            if spot.initiative in self._behind:
                text += "\n" + self.tr("⚠ 計画より遅れている月があります")
            return text
        if spot.zone is Zone.KIND and spot.row is Row.PLAN:
            return self.tr("ダブルクリックで「計画」と「目標」を切り替えます")
        if spot.zone is Zone.MONTHS and spot.row is Row.ACTUAL and spot.month is not None:
            for first, last in self._behind.get(spot.initiative, ()):
                if first <= spot.month <= last:
                    period = Bar(self._month(first), self._month(last)).period_text()
                    return self.tr("計画より遅れています（実績なし）: {period}").format(period=period)
        return ""

    def event(self, event: QEvent) -> bool:
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
            # Our keys win over window shortcuts (Delete, Insert, Ctrl+…) while the timeline has focus.
            assert isinstance(event, QKeyEvent)
            if self._handles_key(event):
                event.accept()
                return True
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._tab(event.key() == Qt.Key.Key_Backtab):
                return True
        return super().event(event)

    # --- requesting edits -------------------------------------------------------------------------

    def _refuse(self, message: str, at: PxRect | None = None) -> None:
        """Show why an edit was refused in a note at the spot (painted: it needs no popup window)."""
        self.last_message = message
        self._show_message(message, at)
        self.refused.emit(message)

    def message(self) -> str:
        """The refusal note shown in the widget now ('' when none)."""
        return self._message[0] if self._message else ""

    def _show_message(self, text: str, at: PxRect | None) -> None:
        self._clear_message()
        fm = self._fm_label
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

    def _request(
        self, description: str, compute: Callable[[], Project], select: BarRef | None = None, at: PxRect | None = None
    ) -> bool:
        """Compute the edit and offer it; a broken rule is shown instead. True if the main window applied it."""
        try:
            new = compute()
        except ValidationError as e:
            self._refuse(str(e), at)
            return False
        self.last_message = ""
        self._pending_sel = select
        self.changeRequested.emit(description, new)
        # Applied only if the main window showed us exactly this project back (a read-only roadmap
        # refuses and re-shows the old one).
        applied = self._project == new
        if not applied:
            self._pending_sel = None
        return applied

    def _bar_words(self, bar: Bar) -> str:
        return self.tr("バー『{label}』").format(label=bar.label) if bar.label else self.tr("バー")

    def _ini_words(self, i: int) -> str:
        assert self._project is not None
        return self.tr("取組『{name}』").format(name=self._project.initiatives[i].name.replace("\n", ""))

    # Bars.

    def add_bar(self, initiative: int, row: Row, first: int, last: int, edit_label: bool = False) -> bool:
        assert self._project is not None
        k = len(self._project.initiatives[initiative].bars(row))
        start, end = self._month(first), self._month(last)
        ok = self._request(
            self.tr("バーを追加"),
            lambda: edits.add_bar(self._project, self._edition, initiative, row, start, end),  # type: ignore[arg-type]
            select=(initiative, row, k),
            at=self._layout.month_cell(initiative, row, max(0, min(first, self._layout.n_months - 1))),
        )
        if ok:
            self._cursor = (initiative, row, max(0, first))
            self._name_focus = False
            if edit_label and self._bar((initiative, row, k)) is not None:
                self.edit_label((initiative, row, k))
        return ok

    def move_bar(self, ref: BarRef, months: int) -> bool:
        bar = self._bar(ref)
        assert self._project is not None and bar is not None
        return self._request(
            self.tr("{bar}を移動").format(bar=self._bar_words(bar)),
            lambda: edits.move_bar(self._project, self._edition, *ref, months),  # type: ignore[arg-type]
            select=ref,
            at=self.bar_rect(ref),
        )

    def set_bar_months(self, ref: BarRef, first: int, last: int) -> bool:
        bar = self._bar(ref)
        assert self._project is not None and bar is not None
        if (first, last) == self._offsets(bar):
            return False
        start, end = self._month(first), self._month(last)
        return self._request(
            self.tr("{bar}の期間を変更").format(bar=self._bar_words(bar)),
            lambda: edits.set_bar_period(self._project, self._edition, *ref, start, end),  # type: ignore[arg-type]
            select=ref,
            at=self.bar_rect(ref),
        )

    def delete_bar(self, ref: BarRef) -> bool:
        bar = self._bar(ref)
        assert self._project is not None and bar is not None
        ok = self._request(
            self.tr("{bar}を削除").format(bar=self._bar_words(bar)),
            lambda: edits.delete_bar(self._project, self._edition, *ref),  # type: ignore[arg-type]
        )
        if ok:
            self._sel = None
            self.update()
        return ok

    def relabel_bar(self, ref: BarRef, label: str) -> bool:
        bar = self._bar(ref)
        assert self._project is not None and bar is not None
        if label.strip() == bar.label:
            return False
        return self._request(
            self.tr("{bar}のラベルを変更").format(bar=self._bar_words(bar)),
            lambda: edits.relabel_bar(self._project, self._edition, *ref, label),  # type: ignore[arg-type]
            select=ref,
        )

    def record_actual(self, ref: BarRef) -> bool:
        """「実績として記録（計画と同じ期間）」: copy a plan bar to the actual row."""
        bar = self._bar(ref)
        assert self._project is not None and bar is not None and ref[1] is Row.PLAN
        k = len(self._project.initiatives[ref[0]].actual)
        return self._request(
            self.tr("{bar}を実績として記録").format(bar=self._bar_words(bar)),
            lambda: edits.copy_plan_to_actual(self._project, self._edition, ref[0], ref[2]),  # type: ignore[arg-type]
            select=(ref[0], Row.ACTUAL, k),
            at=self.bar_rect(ref),
        )

    def toggle_continues(self, ref: BarRef) -> bool:
        bar = self._bar(ref)
        assert self._project is not None and bar is not None
        return self._request(
            self.tr("{bar}の「表示期間後も継続」を切り替え").format(bar=self._bar_words(bar)),
            lambda: edits.toggle_continues(self._project, self._edition, *ref),  # type: ignore[arg-type]
            select=ref,
            at=self.bar_rect(ref),
        )

    # Initiatives.

    def add_initiative(self, position: int | None = None, edit_name: bool = False) -> bool:
        assert self._project is not None
        n = len(self._project.initiatives)
        pos = n if position is None else max(0, min(position, n))
        ok = self._request(
            self.tr("取組を追加"),
            lambda: edits.add_initiative(self._project, self._edition, pos, self.tr(edits.DEFAULT_INITIATIVE_NAME)),  # type: ignore[arg-type]
        )
        if ok:
            self._sel = None
            self._cursor = (pos, Row.PLAN, self._cursor[2])
            self._name_focus = True
            self.update()
            if edit_name:
                self.edit_name(pos)
        return ok

    def rename_initiative(self, i: int, name: str) -> bool:
        assert self._project is not None
        if name.strip() == self._project.initiatives[i].name.strip():
            return False
        return self._request(
            self.tr("{ini}の名前を変更").format(ini=self._ini_words(i)),
            lambda: edits.rename_initiative(self._project, self._edition, i, name),  # type: ignore[arg-type]
            at=self._layout.name_cell(i),
        )

    def move_initiative(self, i: int, delta: int) -> bool:
        assert self._project is not None
        words = self._ini_words(i)
        ok = self._request(
            self.tr("{ini}を上へ移動").format(ini=words) if delta < 0 else self.tr("{ini}を下へ移動").format(ini=words),
            lambda: edits.move_initiative(self._project, self._edition, i, delta),  # type: ignore[arg-type]
            at=self._layout.name_cell(i),
        )
        if ok:
            self._sel = None
            self._cursor = (i + delta, self._cursor[1], self._cursor[2])
            self.update()
        return ok

    def delete_initiative(self, i: int) -> bool:
        assert self._project is not None
        ok = self._request(
            self.tr("{ini}を削除").format(ini=self._ini_words(i)),
            lambda: edits.delete_initiative(self._project, self._edition, i),  # type: ignore[arg-type]
        )
        if ok:
            self._sel = None
            n = len(self._project.initiatives)
            self._cursor = (max(0, min(i, n - 1)), Row.PLAN, self._cursor[2])
            if n == 0:
                self._name_focus = False
            self.update()
        return ok

    def toggle_plan_label(self, i: int) -> bool:
        assert self._project is not None
        target = "目標" if self._project.initiatives[i].plan_label == "計画" else "計画"
        return self._request(
            self.tr("{ini}の区分を「{label}」に変更").format(ini=self._ini_words(i), label=self.tr(target)),
            lambda: edits.toggle_plan_label(self._project, self._edition, i),  # type: ignore[arg-type]
            select=self._sel,
        )

    # --- in-place editing -------------------------------------------------------------------------

    def editor(self) -> QLineEdit | None:
        """The open in-place editor, if any (Enter commits, Esc cancels, leaving it commits)."""
        return self._editor

    def edit_label(self, ref: BarRef) -> None:
        bar = self._bar(ref)
        assert bar is not None
        self._open_editor(_Edit(ref[0], ref[1], ref[2], bar.label))

    def edit_name(self, i: int) -> None:
        assert self._project is not None
        self._open_editor(_Edit(i, None, None, self._project.initiatives[i].name))

    def _open_editor(self, target: _Edit) -> None:
        self._cancel_edit()
        editor = QLineEdit(self)
        editor.setText(target.original.replace("\n", LINE_BREAK_MARK))
        editor.setToolTip(self.tr("Enter で確定、Esc で取り消し、Alt+Enter で改行（{mark}）").format(mark=LINE_BREAK_MARK))
        editor.selectAll()
        editor.setFont(self._font_label)
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
        if self._project is None:
            return
        if t.bar_index is None:
            if 0 <= t.initiative < len(self._project.initiatives):
                self.rename_initiative(t.initiative, text)
        else:
            assert t.row is not None
            ref = (t.initiative, t.row, t.bar_index)
            if self._bar(ref) is not None:
                self.relabel_bar(ref, text)

    # --- mouse ------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._clear_message()
        if self._editor is not None:
            self._commit_edit()
        if event.button() != Qt.MouseButton.LeftButton or self._project is None:
            super().mousePressEvent(event)
            return
        pos = event.position()
        x, y = pos.x(), pos.y()
        spot = self._layout.spot(x, y)
        hit = self.bar_at(x, y)
        if hit is not None and spot.month is not None:
            ref, part = hit
            self.select_bar(ref, scroll=False)
            mode = {"start": DragMode.RESIZE_START, "end": DragMode.RESIZE_END}.get(part, DragMode.MOVE)
            self._drag = _Drag(mode, ref[0], ref[1], ref[2], spot.month, spot.month, event.position().toPoint())
            if mode is DragMode.MOVE:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        elif spot.initiative is not None and spot.row is not None:
            self._sel = None
            if spot.zone is Zone.NAME:
                self._name_focus = True
                self._cursor = (spot.initiative, Row.PLAN, self._cursor[2])
            elif spot.zone is Zone.MONTHS and spot.month is not None and 0 <= spot.month < self._layout.n_months:
                self._name_focus = False
                self._cursor = (spot.initiative, spot.row, spot.month)
                self._drag = _Drag(
                    DragMode.CREATE, spot.initiative, spot.row, None, spot.month, spot.month, event.position().toPoint()
                )
            else:
                self._name_focus = False
                self._cursor = (spot.initiative, spot.row, self._cursor[2])
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        d = self._drag
        if d is not None:
            month = self._layout.month_at_unbounded(pos.x())
            if (pos.toPoint() - d.press).manhattanLength() >= 4:
                d.moved = True
            if month != d.current:
                d.current = month
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
        d, self._drag = self._drag, None
        event.accept()
        self.unsetCursor()  # the next move sets the hover cursor again
        if d is None or event.button() != Qt.MouseButton.LeftButton:
            return
        d.current = self._layout.month_at_unbounded(event.position().x())
        delta = d.current - d.anchor
        if d.mode is DragMode.CREATE:
            if d.moved:
                last = max(0, min(self._layout.n_months - 1, d.current))
                lo, hi = sorted((d.anchor, last))
                self.add_bar(d.initiative, d.row, lo, hi, edit_label=True)
        elif delta != 0 and d.moved:  # a jitter of a pixel or two across a month line moves nothing
            assert d.bar_index is not None
            ref = (d.initiative, d.row, d.bar_index)
            bar = self._bar(ref)
            if bar is not None:
                first, last = self._offsets(bar)
                if d.mode is DragMode.MOVE:
                    self.move_bar(ref, delta)
                elif d.mode is DragMode.RESIZE_START:
                    self.set_bar_months(ref, min(first + delta, last), last)
                else:
                    self.set_bar_months(ref, first, max(last + delta, first))
        self.update()

    def _drag_preview(self) -> tuple[BarRef | None, int, int] | None:
        """(bar being dragged or None for a new bar, first, last month offsets) while dragging."""
        d = self._drag
        if d is None or not d.moved:
            return None
        delta = d.current - d.anchor
        if d.mode is DragMode.CREATE:
            lo, hi = sorted((d.anchor, max(0, min(self._layout.n_months - 1, d.current))))
            return None, lo, hi
        assert d.bar_index is not None
        ref = (d.initiative, d.row, d.bar_index)
        bar = self._bar(ref)
        if bar is None:
            return None
        f, la = self._offsets(bar)
        if d.mode is DragMode.MOVE:
            return ref, f + delta, la if bar.continues else la + delta
        if d.mode is DragMode.RESIZE_START:
            return ref, min(f + delta, la), la
        return ref, f, max(la + delta, f)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        if self._project is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        hit = self.bar_at(pos.x(), pos.y())
        if hit is not None:
            self.select_bar(hit[0], scroll=False)
            self.edit_label(hit[0])
            return
        spot = self._layout.spot(pos.x(), pos.y())
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
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- context menu -----------------------------------------------------------------------------

    def menu_for(self, pos: QPoint) -> QMenu:
        """The context menu for the spot at *pos* (tests trigger its actions without exec)."""
        menu = QMenu(self)
        if self._project is None:
            return menu
        hit = self.bar_at(pos.x(), pos.y())
        spot = self._layout.spot(pos.x(), pos.y())
        if hit is not None:
            ref = hit[0]
            bar = self._bar(ref)
            assert bar is not None
            menu.addAction(self.tr("ラベルを編集"), lambda: self.edit_label(ref))
            if ref[1] is Row.PLAN:
                menu.addAction(self.tr("実績として記録（計画と同じ期間）"), lambda: self.record_actual(ref))
            act = menu.addAction(self.tr("表示期間後も継続（矢印）"), lambda: self.toggle_continues(ref))
            act.setCheckable(True)
            act.setChecked(bar.continues)
            menu.addSeparator()
            menu.addAction(self.tr("削除"), lambda: self.delete_bar(ref))
            return menu
        i = spot.initiative
        if i is not None and spot.zone is Zone.MONTHS and spot.row is not None and spot.month is not None:
            row, month = spot.row, spot.month
            if 0 <= month < self._layout.n_months:
                menu.addAction(self.tr("バーを追加"), lambda: self.add_bar(i, row, month, month, edit_label=True))
                menu.addSeparator()
        if i is not None:
            n = len(self._project.initiatives)
            target = "目標" if self._project.initiatives[i].plan_label == "計画" else "計画"
            menu.addAction(self.tr("取組の名前を変更"), lambda: self.edit_name(i))
            up = menu.addAction(self.tr("上へ移動"), lambda: self.move_initiative(i, -1))
            up.setEnabled(i > 0)
            down = menu.addAction(self.tr("下へ移動"), lambda: self.move_initiative(i, 1))
            down.setEnabled(i < n - 1)
            menu.addAction(
                self.tr("計画⇄目標（「{label}」にする）").format(label=self.tr(target)), lambda: self.toggle_plan_label(i)
            )
            menu.addAction(self.tr("削除"), lambda: self.delete_initiative(i))
            menu.addSeparator()
        menu.addAction(
            self.tr("取組を追加"), lambda: self.add_initiative(None if i is None else i + 1, edit_name=True)
        )
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._project is None:
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
        if self._sel is not None and self._bar(self._sel) is not None:
            x, y = self.bar_rect(self._sel).center()
        elif self._project is not None and self._project.initiatives:
            i, row, month = self._cursor
            x, y = (self._layout.name_cell(i) if self._name_focus else self._layout.month_cell(i, row, month)).center()
        else:
            x, y = 10.0, self._layout.header_h + 10
        return QPoint(int(x), int(y))

    # --- keyboard ---------------------------------------------------------------------------------

    _ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)

    def _handles_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_F2, *self._ARROWS):
            return True
        return ctrl and key in (Qt.Key.Key_T, Qt.Key.Key_R, Qt.Key.Key_E)

    def _ordered_bars(self) -> list[BarRef]:
        """Every bar in reading order: initiative, plan then actual, by start month."""
        out: list[BarRef] = []
        if self._project is None:
            return out
        for i, ini in enumerate(self._project.initiatives):
            for row in (Row.PLAN, Row.ACTUAL):
                bars = ini.bars(row)
                order = sorted(range(len(bars)), key=lambda k, bars=bars: (bars[k].sort_key(), k))
                out.extend((i, row, k) for k in order if (i, row, k) in self._bar_rects)  # shown bars only
        return out

    def _tab(self, backwards: bool) -> bool:
        """Select the next (previous) bar; False at either end, so focus moves on."""
        refs = self._ordered_bars()
        if not refs:
            return False
        if self._sel in refs:
            pos = refs.index(self._sel) + (-1 if backwards else 1)
        else:
            pos = len(refs) - 1 if backwards else 0
        if not 0 <= pos < len(refs):
            return False
        self.select_bar(refs[pos])
        return True

    def _row_neighbour(self, ref: BarRef, step: int) -> BarRef | None:
        refs = [r for r in self._ordered_bars() if r[0] == ref[0] and r[1] is ref[1]]
        pos = refs.index(ref) + step
        return refs[pos] if 0 <= pos < len(refs) else None

    def _bar_under_cursor(self) -> BarRef | None:
        if self._project is None or not self._project.initiatives:
            return None
        i, row, month = self._cursor
        for ref in self._ordered_bars():
            if ref[0] == i and ref[1] is row:
                bar = self._bar(ref)
                assert bar is not None
                f, la = self._offsets(bar)
                if f <= month <= la:
                    return ref
        return None

    def _step_row(self, step: int) -> None:
        assert self._project is not None
        i, row, month = self._cursor
        k = 2 * i + (1 if row is Row.ACTUAL else 0) + step
        if not 0 <= k < 2 * len(self._project.initiatives):
            return
        had_bar = self._sel is not None
        self._cursor = (k // 2, Row.ACTUAL if k % 2 else Row.PLAN, month)
        if self._name_focus:
            self._cursor = (max(0, min(i + step, len(self._project.initiatives) - 1)), Row.PLAN, month)
        self._sel = self._bar_under_cursor() if had_bar else None
        ci, crow, cm = self._cursor
        self._ensure_visible(self._layout.month_cell(ci, crow, cm))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._project is None:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        n = len(self._project.initiatives)
        sel = self._sel if self._sel is not None and self._bar(self._sel) is not None else None
        i, row, month = self._cursor
        last_month = self._layout.n_months - 1
        step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1

        self._clear_message()
        if self._drag is not None:
            if key == Qt.Key.Key_Escape:  # drop the drag: nothing changes
                self._drag = None
                self.update()
            event.accept()
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.set_zoom_fit()
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and shift):
            self._open_menu(self._keyboard_point())
        elif key == Qt.Key.Key_Insert and ctrl:
            self.add_initiative(i + 1 if n else 0, edit_name=False)
        elif n == 0:
            super().keyPressEvent(event)
            return
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl:
            self.move_initiative(i, step)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_row(step)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and sel is not None:
            bar = self._bar(sel)
            assert bar is not None
            first, la = self._offsets(bar)
            if ctrl:
                self.move_bar(sel, step)
            elif shift and alt:
                self.set_bar_months(sel, min(first + step, la), la)
            elif shift:
                self.set_bar_months(sel, first, max(la + step, first))
            else:
                nxt = self._row_neighbour(sel, step)
                if nxt is not None:
                    self.select_bar(nxt)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            if self._name_focus:
                if step > 0:
                    self._name_focus = False
                    self._cursor = (i, row, 0)
            elif month + step < 0:
                self._name_focus = True
            else:
                self._cursor = (i, row, max(0, min(last_month, month + step)))
                self._ensure_visible(self._layout.month_cell(i, row, self._cursor[2]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            under = self._bar_under_cursor()
            if sel is not None and key != Qt.Key.Key_Space:
                self.edit_label(sel)
            elif sel is None and under is not None and not self._name_focus:
                self.select_bar(under)
        elif key == Qt.Key.Key_Escape and sel is not None:
            self._sel = None
        elif key == Qt.Key.Key_F2:
            if self._name_focus or sel is None:
                if self._name_focus:
                    self.edit_name(i)
            else:
                self.edit_label(sel)
        elif key == Qt.Key.Key_Delete and (sel is not None or self._name_focus):
            if sel is not None:
                self.delete_bar(sel)
            elif self._name_focus:
                self.delete_initiative(i)
        elif key == Qt.Key.Key_Insert and not self._name_focus and sel is None:
            self.add_bar(i, row, month, month)
        elif key == Qt.Key.Key_T and ctrl:
            self.toggle_plan_label(i)
        elif key == Qt.Key.Key_R and ctrl and sel is not None and sel[1] is Row.PLAN:
            self.record_actual(sel)
        elif key == Qt.Key.Key_E and ctrl and sel is not None:
            self.toggle_continues(sel)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
        self.update()

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


class TimelineView(QScrollArea):
    """The timeline in a scroll area, with 「全体表示」 and zoom buttons above it (Ctrl+wheel zooms too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = TimelineWidget()
        self.setWidget(self.timeline)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.toolbar = QWidget(self)
        self.fit_button = self._button(self.tr("全体表示"), self.tr("5年間を幅いっぱいに表示"), self.timeline.set_zoom_fit)
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
        self.setViewportMargins(0, self._bar_h, 0, 0)

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        return b

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.toolbar.setGeometry(0, 0, self.width(), self._bar_h)

    def sizeHint(self) -> QSize:
        """Tall enough for the whole timeline (and a horizontal scroll bar) when there is room."""
        hint = self.timeline.sizeHint()
        return QSize(hint.width(), hint.height() + self._bar_h + self.horizontalScrollBar().sizeHint().height() + 2)


__all__ = ["BarRef", "Spot", "TimelineView", "TimelineWidget"]
