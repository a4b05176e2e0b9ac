"""The timeline's behaviour without Qt: selection, keyboard cursor, drags, keys and edits.

:class:`TimelineController` holds a :class:`TimelineState` (what the widget paints) and turns
gestures into edits. The widget only translates Qt events into calls here (a key's name, a press
on a bar at a month, a release at a month) and paints the state; the effects that need a screen
(open the in-place editor, a menu, scroll a spot into view, show a note) go back through the
:class:`TimelineHost` the widget implements.

An edit is computed with :mod:`core.timeline_edits` (pure, validated) and offered to the host's
``apply_edit(description, new_project) -> bool`` (the main window pushes it as an undoable command
and answers whether it was applied); only an applied edit becomes the state, once. A broken rule
(a bar pushed outside the window …) is shown at the spot and nothing is offered.

Keys come from the one table in :mod:`core.timeline_keys`: a key is handled when its row names a
command, and :meth:`TimelineController.run` runs that command.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Protocol

from . import timeline_edits as edits
from .delays import behind_runs, overrun_runs
from .errors import ValidationError
from .fiscal import Month
from .i18n import translate
from .model import Bar, Edition, Project, Row
from .timeline_keys import commands_for
from .timeline_state import BarRef, Drag, DragMode, Place, TimelineState

__all__ = ["BarRef", "Drag", "DragMode", "Place", "TimelineController", "TimelineHost", "TimelineState", "commands"]


class TimelineHost(Protocol):
    """What the controller asks of its widget."""

    def apply_edit(self, description: str, project: Project) -> bool: ...  # True when applied

    def show_refusal(self, message: str, place: Place | None) -> None: ...

    def show_note(self, message: str, place: Place | None) -> None: ...

    def edit_label(self, ref: BarRef) -> None: ...

    def edit_name(self, initiative: int) -> None: ...

    def open_menu(self) -> None: ...

    def zoom(self, how: str) -> None: ...  # "in", "out", "fit"

    def reveal(self, place: Place) -> None: ...  # scroll it into view

    def project_shown(self) -> None: ...  # the project changed: lay out anew and repaint


class TimelineController:
    """Selection, cursor, drags, keys and edits of one project's timeline; see the module docstring."""

    def __init__(self, host: TimelineHost) -> None:
        self.host = host
        self.state = TimelineState()
        self._pending_sel: BarRef | None = None
        self._offered: Project | None = None  # the edit being offered to the host right now
        self._host_showed = False  # the host showed a project while the edit was offered

    # --- context and project -------------------------------------------------------------------

    def set_context(self, edition: Edition, today: Month | None) -> None:
        self.state.edition = copy.deepcopy(edition)
        self.state.today = today
        self._compute_marks()

    def set_project(self, project: Project | None) -> bool:
        """Show *project* (a private copy is kept); False when it is the one already shown.

        The selection stays if the same bar still exists; another project starts afresh."""
        s = self.state
        offered = self._offered
        if offered is not None:
            self._host_showed = True  # what the host shows while applying is what was applied
        new: Project | None
        if project is not None and offered is not None and project == offered:
            new = offered  # the edit being applied, shown back by the host: no second copy
        elif project is not None and s.project is not None and project == s.project:
            return False
        else:
            new = copy.deepcopy(project) if project is not None else None
        self._adopt(new)
        return True

    def _adopt(self, project: Project | None) -> None:
        s = self.state
        s.drag = None
        same = project is not None and s.project is not None and project.id == s.project.id
        s.project = project
        if not same:  # another project: start afresh at the first row, on today's month if shown
            s.selection = self._pending_sel = None
            s.name_focus = False
            today = s.today
            month = s.edition.month_offset(today) if today is not None and s.edition.contains(today) else 0
            s.cursor = (0, Row.PLAN, month)
        for candidate in (self._pending_sel, s.selection):
            if candidate is not None and s.bar(candidate) is not None:
                s.selection = candidate
                break
        else:
            s.selection = None
        self._pending_sel = None
        n = len(project.initiatives) if project else 0
        i, row, month = s.cursor
        s.cursor = (max(0, min(i, n - 1)), row, month)
        if n == 0:
            s.name_focus = False
        self._compute_marks()
        self.host.project_shown()

    def _compute_marks(self) -> None:
        s = self.state
        s.behind, s.overrun, s.late = {}, {}, {}
        if s.project is None:
            return

        def offsets(run: tuple[Month, Month]) -> tuple[int, int]:
            return s.edition.month_offset(run[0]), s.edition.month_offset(run[1])

        for i, ini in enumerate(s.project.initiatives):
            runs = behind_runs(ini, s.today)
            if runs:
                s.behind[i] = [offsets(r) for r in runs]
            for k, bar in enumerate(ini.actual):
                over = overrun_runs(bar, ini)
                if over:
                    s.overrun[(i, k)] = [offsets(r) for r in over]
                if s.today is not None and bar.end > s.today:
                    s.late[(i, k)] = [offsets((max(bar.start, s.today.shifted(1)), bar.end))]

    # --- selection and cursor --------------------------------------------------------------------

    def select_bar(self, ref: BarRef | None, reveal: bool = True) -> None:
        s = self.state
        if ref is not None and s.bar(ref) is None:
            raise ValueError(ref)
        s.selection = ref
        s.name_focus = False
        if ref is not None:
            bar = s.bar(ref)
            assert bar is not None
            s.cursor = (ref[0], ref[1], max(0, s.edition.month_offset(bar.start)))
            if reveal:  # not under the mouse: the bar would slide away from the pointer
                self.host.reveal(Place.bar(ref))

    def selected(self) -> BarRef | None:
        s = self.state
        return s.selection if s.selection is not None and s.bar(s.selection) is not None else None

    def bar_under_cursor(self) -> BarRef | None:
        s = self.state
        if s.project is None or not s.project.initiatives:
            return None
        i, row, month = s.cursor
        for ref in s.ordered_bars():
            if ref[0] == i and ref[1] is row:
                bar = s.bar(ref)
                assert bar is not None
                f, la = s.offsets(bar)
                if f <= month <= la:
                    return ref
        return None

    # --- edits -------------------------------------------------------------------------------------

    def _request(
        self, description: str, compute: Callable[[], Project], select: BarRef | None = None, at: Place | None = None
    ) -> bool:
        """Compute the edit and offer it to the host; a broken rule is shown instead. True if applied."""
        try:
            new = compute()
        except ValidationError as e:
            self.host.show_refusal(str(e), at)
            return False
        self._pending_sel = select
        self._offered, self._host_showed = new, False
        try:
            applied = self.host.apply_edit(description, new)
        finally:
            self._offered = None
        if applied and not self._host_showed:
            self._adopt(new)  # the host did not show it back itself
        if not applied:
            self._pending_sel = None
        return applied

    def _bar_words(self, bar: Bar) -> str:
        return (
            translate("timeline", "バー「{label}」").format(label=bar.label)
            if bar.label
            else translate("timeline", "バー")
        )

    def _ini_words(self, i: int) -> str:
        assert self.state.project is not None
        return translate("timeline", "取組「{name}」").format(
            name=self.state.project.initiatives[i].name.replace("\n", "")
        )

    def _project(self) -> Project:
        assert self.state.project is not None
        return self.state.project

    def _warn_if_late(self, ref: BarRef) -> None:
        """An actual bar after the 基準月 is kept, with a word: it records what has not happened yet."""
        s = self.state
        bar = s.bar(ref)
        if ref[1] is Row.ACTUAL and bar is not None and s.today is not None and bar.end > s.today:
            self.host.show_note(
                translate(
                    "timeline", "基準月（{month}）より後の月に実績を置きました。予定なら計画の行に置いてください。"
                ).format(month=s.today.japanese()),
                Place.bar(ref),
            )

    def add_bar(self, initiative: int, row: Row, first: int, last: int, edit_label: bool = False) -> bool:
        s = self.state
        p = self._project()
        k = len(p.initiatives[initiative].bars(row))
        start, end = s.month(first), s.month(last)
        ok = self._request(
            translate("timeline", "バーを追加"),
            lambda: edits.add_bar(p, s.edition, initiative, row, start, end),
            select=(initiative, row, k),
            at=Place.cell(initiative, row, max(0, min(first, s.n_months - 1))),
        )
        if ok:
            s.cursor = (initiative, row, max(0, first))
            s.name_focus = False
            self._warn_if_late((initiative, row, k))
            if edit_label and s.bar((initiative, row, k)) is not None:
                self.host.edit_label((initiative, row, k))
        return ok

    def move_bar(self, ref: BarRef, months: int) -> bool:
        s, p = self.state, self._project()
        bar = s.bar(ref)
        assert bar is not None
        ok = self._request(
            translate("timeline", "{bar}を移動").format(bar=self._bar_words(bar)),
            lambda: edits.move_bar(p, s.edition, *ref, months),
            select=ref,
            at=Place.bar(ref),
        )
        if ok:
            self._warn_if_late(ref)
        return ok

    def set_bar_months(self, ref: BarRef, first: int, last: int) -> bool:
        s, p = self.state, self._project()
        bar = s.bar(ref)
        assert bar is not None
        if (first, last) == s.offsets(bar):
            return False
        start, end = s.month(first), s.month(last)
        ok = self._request(
            translate("timeline", "{bar}の期間を変更").format(bar=self._bar_words(bar)),
            lambda: edits.set_bar_period(p, s.edition, *ref, start, end),
            select=ref,
            at=Place.bar(ref),
        )
        if ok:
            self._warn_if_late(ref)
        return ok

    def delete_bar(self, ref: BarRef) -> bool:
        s, p = self.state, self._project()
        bar = s.bar(ref)
        assert bar is not None
        ok = self._request(
            translate("timeline", "{bar}を削除").format(bar=self._bar_words(bar)),
            lambda: edits.delete_bar(p, s.edition, *ref),
        )
        if ok:
            s.selection = None
        return ok

    def relabel_bar(self, ref: BarRef, label: str) -> bool:
        s, p = self.state, self._project()
        bar = s.bar(ref)
        assert bar is not None
        if label.strip() == bar.label:
            return False
        return self._request(
            translate("timeline", "{bar}のラベルを変更").format(bar=self._bar_words(bar)),
            lambda: edits.relabel_bar(p, s.edition, *ref, label),
            select=ref,
        )

    def record_actual(self, ref: BarRef) -> bool:
        """「実績として記録（計画と同じ期間）」: copy a plan bar to the actual row."""
        s, p = self.state, self._project()
        bar = s.bar(ref)
        assert bar is not None and ref[1] is Row.PLAN
        k = len(p.initiatives[ref[0]].actual)
        ok = self._request(
            translate("timeline", "{bar}を実績として記録").format(bar=self._bar_words(bar)),
            lambda: edits.copy_plan_to_actual(p, s.edition, ref[0], ref[2]),
            select=(ref[0], Row.ACTUAL, k),
            at=Place.bar(ref),
        )
        if ok:
            self._warn_if_late((ref[0], Row.ACTUAL, k))
        return ok

    def toggle_continues(self, ref: BarRef) -> bool:
        s, p = self.state, self._project()
        bar = s.bar(ref)
        assert bar is not None
        ok = self._request(
            translate("timeline", "{bar}の「表示期間後も継続」を切り替え").format(bar=self._bar_words(bar)),
            lambda: edits.toggle_continues(p, s.edition, *ref),
            select=ref,
            at=Place.bar(ref),
        )
        if ok:
            self._warn_if_late(ref)
        return ok

    def add_initiative(self, position: int | None = None, edit_name: bool = False) -> bool:
        s, p = self.state, self._project()
        n = len(p.initiatives)
        pos = n if position is None else max(0, min(position, n))
        ok = self._request(
            translate("timeline", "取組を追加"),
            lambda: edits.add_initiative(p, s.edition, pos, translate("timeline", edits.DEFAULT_INITIATIVE_NAME)),
        )
        if ok:
            s.selection = None
            s.cursor = (pos, Row.PLAN, s.cursor[2])
            s.name_focus = True
            if edit_name:
                self.host.edit_name(pos)
        return ok

    def rename_initiative(self, i: int, name: str) -> bool:
        s, p = self.state, self._project()
        if name.strip() == p.initiatives[i].name.strip():
            return False
        return self._request(
            translate("timeline", "{ini}の名前を変更").format(ini=self._ini_words(i)),
            lambda: edits.rename_initiative(p, s.edition, i, name),
            at=Place.name(i),
        )

    def move_initiative(self, i: int, delta: int) -> bool:
        s, p = self.state, self._project()
        words = self._ini_words(i)
        ok = self._request(
            translate("timeline", "{ini}を上へ移動").format(ini=words)
            if delta < 0
            else translate("timeline", "{ini}を下へ移動").format(ini=words),
            lambda: edits.move_initiative(p, s.edition, i, delta),
            at=Place.name(i),
        )
        if ok:
            s.selection = None
            s.cursor = (i + delta, s.cursor[1], s.cursor[2])
        return ok

    def delete_initiative(self, i: int) -> bool:
        s, p = self.state, self._project()
        ok = self._request(
            translate("timeline", "{ini}を削除").format(ini=self._ini_words(i)),
            lambda: edits.delete_initiative(p, s.edition, i),
        )
        if ok:
            s.selection = None
            n = len(self._project().initiatives)
            s.cursor = (max(0, min(i, n - 1)), Row.PLAN, s.cursor[2])
            if n == 0:
                s.name_focus = False
        return ok

    def plan_label_target(self, i: int) -> str:
        """The word the plan row would switch to: 目標 for 計画 and the other way round."""
        return "目標" if self._project().initiatives[i].plan_label == "計画" else "計画"

    def toggle_plan_label(self, i: int) -> bool:
        s, p = self.state, self._project()
        return self._request(
            translate("timeline", "{ini}の区分を「{label}」に変更").format(
                ini=self._ini_words(i), label=translate("timeline", self.plan_label_target(i))
            ),
            lambda: edits.toggle_plan_label(p, s.edition, i),
            select=s.selection,
        )

    # --- the mouse, as a drag state machine ---------------------------------------------------------
    # idle --press on a bar / an empty month--> pressed --moved far enough--> dragging --release--> edit
    # (a release before the pointer moved far enough changes nothing; Esc or set_project drops the drag)

    def press_bar(self, ref: BarRef, part: str, month: int) -> None:
        """The left button went down on bar *ref* (part ``"start"``, ``"end"`` or ``"body"``) over *month*."""
        self.select_bar(ref, reveal=False)
        mode = {"start": DragMode.RESIZE_START, "end": DragMode.RESIZE_END}.get(part, DragMode.MOVE)
        self.state.drag = Drag(mode, ref[0], ref[1], ref[2], month, month)

    def press_month(self, initiative: int, row: Row, month: int) -> None:
        """The left button went down on an empty month: the cursor goes there; dragging creates a bar."""
        s = self.state
        s.selection = None
        s.name_focus = False
        s.cursor = (initiative, row, month)
        if 0 <= month < s.n_months:
            s.drag = Drag(DragMode.CREATE, initiative, row, None, month, month)

    def press_name(self, initiative: int) -> None:
        s = self.state
        s.selection = None
        s.name_focus = True
        s.cursor = (initiative, Row.PLAN, s.cursor[2])

    def press_kind(self, initiative: int, row: Row) -> None:
        s = self.state
        s.selection = None
        s.name_focus = False
        s.cursor = (initiative, row, s.cursor[2])

    def drag_to(self, month: int, far_enough: bool) -> bool:
        """The pointer moved over *month* (unbounded); True while a drag is under way."""
        d = self.state.drag
        if d is None:
            return False
        if far_enough:
            d.moved = True
        d.current = month
        return True

    def release(self, month: int) -> bool:
        """The left button came up over *month*: the drag becomes its edit. True if one was applied."""
        s = self.state
        d, s.drag = s.drag, None
        if d is None:
            return False
        d.current = month
        delta = d.current - d.anchor
        if d.mode is DragMode.CREATE:
            if not d.moved:
                return False
            lo, hi = sorted((d.anchor, max(0, min(s.n_months - 1, d.current))))
            return self.add_bar(d.initiative, d.row, lo, hi, edit_label=True)
        if delta == 0 or not d.moved:  # a jitter of a pixel or two across a month line moves nothing
            return False
        assert d.bar_index is not None
        ref = (d.initiative, d.row, d.bar_index)
        bar = s.bar(ref)
        if bar is None:
            return False
        first, last = s.offsets(bar)
        if d.mode is DragMode.MOVE:
            return self.move_bar(ref, delta)
        if d.mode is DragMode.RESIZE_START:
            return self.set_bar_months(ref, min(first + delta, last), last)
        return self.set_bar_months(ref, first, max(last + delta, first))

    def cancel_drag(self) -> bool:
        if self.state.drag is None:
            return False
        self.state.drag = None
        return True

    # --- keys: the table in core/timeline_keys.py names the command; run() runs it --------------------

    def handles(self, modifiers: frozenset[str], key: str) -> bool:
        return bool(commands_for(modifiers, key))

    def key(self, modifiers: frozenset[str], key: str) -> bool:
        """A key press (e.g. ``({"Ctrl"}, "Left")``); True when the timeline used it."""
        s = self.state
        commands = commands_for(modifiers, key)
        if s.drag is not None:  # while dragging only Esc counts (it drops the drag); other keys wait
            if "cancel_drag" in commands:
                self.cancel_drag()
            return True
        return any(command != "cancel_drag" and self.run(command) for command in commands)

    def run(self, command: str) -> bool:
        """Run a command of the key table; False when it does not apply here (the key passes on)."""
        handler = getattr(self, "_cmd_" + command, None)
        if handler is None:
            raise KeyError(command)
        return bool(handler())

    def _ready(self) -> bool:
        s = self.state
        return s.project is not None and bool(s.project.initiatives)

    def _cmd_zoom_in(self) -> bool:
        self.host.zoom("in")
        return True

    def _cmd_zoom_out(self) -> bool:
        self.host.zoom("out")
        return True

    def _cmd_zoom_fit(self) -> bool:
        self.host.zoom("fit")
        return True

    def _cmd_menu(self) -> bool:
        if self.state.project is None:
            return False
        self.host.open_menu()
        return True

    def _cmd_cancel_drag(self) -> bool:
        return self.cancel_drag()

    def _cmd_add_initiative(self) -> bool:
        s = self.state
        if s.project is None:
            return False
        n = len(s.project.initiatives)
        self.add_initiative(s.cursor[0] + 1 if n else 0, edit_name=False)
        return True

    def _tab(self, backwards: bool) -> bool:
        """Select the next (previous) bar; False at either end, so focus moves on."""
        refs = self.state.ordered_bars()
        if not refs:
            return False
        sel = self.state.selection
        pos = refs.index(sel) + (-1 if backwards else 1) if sel in refs else (len(refs) - 1 if backwards else 0)
        if not 0 <= pos < len(refs):
            return False
        self.select_bar(refs[pos])
        return True

    def _cmd_next_bar(self) -> bool:
        return self._ready() and self._tab(False)

    def _cmd_previous_bar(self) -> bool:
        return self._ready() and self._tab(True)

    def _step_row(self, step: int) -> bool:
        s = self.state
        if not self._ready():
            return False
        p = self._project()
        i, row, month = s.cursor
        k = 2 * i + (1 if row is Row.ACTUAL else 0) + step
        if not 0 <= k < 2 * len(p.initiatives):
            return True
        had_bar = s.selection is not None
        s.cursor = (k // 2, Row.ACTUAL if k % 2 else Row.PLAN, month)
        if s.name_focus:
            s.cursor = (max(0, min(i + step, len(p.initiatives) - 1)), Row.PLAN, month)
        s.selection = self.bar_under_cursor() if had_bar else None
        ci, crow, cm = s.cursor
        self.host.reveal(Place.cell(ci, crow, cm))
        return True

    def _cmd_row_up(self) -> bool:
        return self._step_row(-1)

    def _cmd_row_down(self) -> bool:
        return self._step_row(1)

    def _initiative_step(self, step: int) -> bool:
        if not self._ready():
            return False
        self.move_initiative(self.state.cursor[0], step)
        return True

    def _cmd_initiative_up(self) -> bool:
        return self._initiative_step(-1)

    def _cmd_initiative_down(self) -> bool:
        return self._initiative_step(1)

    def _cursor_step(self, step: int) -> bool:
        """Left / Right without a selected bar: the cursor month (left of the first month: the name cell)."""
        s = self.state
        i, row, month = s.cursor
        if s.name_focus:
            if step > 0:
                s.name_focus = False
                s.cursor = (i, row, 0)
        elif month + step < 0:
            s.name_focus = True
        else:
            s.cursor = (i, row, max(0, min(s.n_months - 1, month + step)))
            self.host.reveal(Place.cell(i, row, s.cursor[2]))
        return True

    def _horizontal(self, step: int, with_bar: Callable[[BarRef, int, int], object]) -> bool:
        if not self._ready():
            return False
        sel = self.selected()
        if sel is None:
            return self._cursor_step(step)
        bar = self.state.bar(sel)
        assert bar is not None
        first, last = self.state.offsets(bar)
        with_bar(sel, first, last)
        return True

    def _neighbour(self, sel: BarRef, step: int) -> None:
        refs = [r for r in self.state.ordered_bars() if r[0] == sel[0] and r[1] is sel[1]]
        pos = refs.index(sel) + step if sel in refs else -1
        if 0 <= pos < len(refs):
            self.select_bar(refs[pos])

    def _cmd_left(self) -> bool:
        return self._horizontal(-1, lambda sel, _f, _la: self._neighbour(sel, -1))

    def _cmd_right(self) -> bool:
        return self._horizontal(1, lambda sel, _f, _la: self._neighbour(sel, 1))

    def _cmd_move_bar_left(self) -> bool:
        return self._horizontal(-1, lambda sel, _f, _la: self.move_bar(sel, -1))

    def _cmd_move_bar_right(self) -> bool:
        return self._horizontal(1, lambda sel, _f, _la: self.move_bar(sel, 1))

    def _cmd_end_earlier(self) -> bool:
        return self._horizontal(-1, lambda sel, f, la: self.set_bar_months(sel, f, max(la - 1, f)))

    def _cmd_end_later(self) -> bool:
        return self._horizontal(1, lambda sel, f, la: self.set_bar_months(sel, f, max(la + 1, f)))

    def _cmd_start_earlier(self) -> bool:
        return self._horizontal(-1, lambda sel, f, la: self.set_bar_months(sel, min(f - 1, la), la))

    def _cmd_start_later(self) -> bool:
        return self._horizontal(1, lambda sel, f, la: self.set_bar_months(sel, min(f + 1, la), la))

    def _cmd_enter(self) -> bool:
        if not self._ready():
            return False
        sel = self.selected()
        if sel is not None:
            self.host.edit_label(sel)
        else:
            self._cmd_select_under_cursor()
        return True

    def _cmd_select_under_cursor(self) -> bool:
        if not self._ready():
            return False
        under = self.bar_under_cursor()
        if self.selected() is None and under is not None and not self.state.name_focus:
            self.select_bar(under)
        return True

    def _cmd_escape(self) -> bool:
        if not self._ready() or self.selected() is None:
            return False  # nothing to deselect: Esc goes on to the window
        self.state.selection = None
        return True

    def _cmd_edit(self) -> bool:
        if not self._ready():
            return False
        sel = self.selected()
        if self.state.name_focus:
            self.host.edit_name(self.state.cursor[0])
        elif sel is not None:
            self.host.edit_label(sel)
        return True

    def _cmd_delete(self) -> bool:
        if not self._ready():
            return False
        sel = self.selected()
        if sel is not None:
            self.delete_bar(sel)
        elif self.state.name_focus:
            self.delete_initiative(self.state.cursor[0])
        return True  # claimed even with nothing to delete: Delete must not reach the project list

    def _cmd_add_bar(self) -> bool:
        if not self._ready():
            return False
        if not self.state.name_focus and self.selected() is None:
            i, row, month = self.state.cursor
            self.add_bar(i, row, month, month)
        return True

    def _cmd_toggle_plan_label(self) -> bool:
        if not self._ready():
            return False
        self.toggle_plan_label(self.state.cursor[0])
        return True

    def _cmd_record_actual(self) -> bool:
        if not self._ready():
            return False
        sel = self.selected()
        if sel is not None and sel[1] is Row.PLAN:
            self.record_actual(sel)
        return True

    def _cmd_toggle_continues(self) -> bool:
        if not self._ready():
            return False
        sel = self.selected()
        if sel is not None:
            self.toggle_continues(sel)
        return True


def commands() -> list[str]:
    """Every command the controller can run (what the key table may name)."""
    return sorted(name[5:] for name in dir(TimelineController) if name.startswith("_cmd_"))
