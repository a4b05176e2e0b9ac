"""The timeline's controller without Qt: the key table drives its commands, the drag state machine,
edits offered to the host and only shown when applied."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from timeline_projects import small_project

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Edition, Project, Row
from roadmap_desktop.core.timeline_controller import TimelineController, commands
from roadmap_desktop.core.timeline_keys import (
    all_combos,
    commands_for,
    key_bindings,
    parse_combo,
    shortcut_text,
)
from roadmap_desktop.core.timeline_state import DragMode, Place, PlaceKind

M = Month
ED = Edition(fiscal_year=2024)
NONE: frozenset[str] = frozenset()


class FakeHost:
    """Records what the controller asks of its widget; applies edits unless told to refuse."""

    def __init__(self, apply: bool = True) -> None:
        self.apply = apply
        self.offered: list[tuple[str, Project]] = []
        self.calls: list[tuple[str, object]] = []
        self.controller: TimelineController | None = None

    def apply_edit(self, description: str, project: Project) -> bool:
        self.offered.append((description, project))
        return self.apply

    def show_refusal(self, message: str, place: Place | None) -> None:
        self.calls.append(("refusal", message))

    def show_note(self, message: str, place: Place | None) -> None:
        self.calls.append(("note", message))

    def edit_label(self, ref: object) -> None:
        self.calls.append(("edit_label", ref))

    def edit_name(self, initiative: int) -> None:
        self.calls.append(("edit_name", initiative))

    def open_menu(self) -> None:
        self.calls.append(("menu", None))

    def zoom(self, how: str) -> None:
        self.calls.append(("zoom", how))

    def reveal(self, place: Place) -> None:
        self.calls.append(("reveal", place))

    def project_shown(self) -> None:
        self.calls.append(("shown", None))

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture
def host() -> FakeHost:
    return FakeHost()


@pytest.fixture
def ctl(host: FakeHost) -> TimelineController:
    c = TimelineController(host)
    c.set_context(ED, M(2025, 7))
    c.set_project(small_project())
    host.calls.clear()
    return c


def key(c: TimelineController, text: str) -> bool:
    return c.key(*parse_combo(text))


# --- the table -------------------------------------------------------------------------------


def test_every_row_names_a_command_per_key_and_every_command_is_bound() -> None:
    bound: set[str] = set()
    for b in key_bindings():
        assert len(b.key_list()) == len(b.commands), b.keys
        bound.update(b.commands)
        bound.update(c for _k, c in b.also)
    assert bound == set(commands())  # nothing the controller can run is missing from the help
    for combo in all_combos():
        assert all(c in commands() for c in commands_for(*combo))


def test_the_key_table_drives_the_controller(ctl: TimelineController, host: FakeHost) -> None:
    assert ctl.state.cursor == (0, Row.PLAN, 15)  # on the 基準月's column
    assert key(ctl, "Right") and ctl.state.cursor == (0, Row.PLAN, 16)
    assert key(ctl, "Down") and ctl.state.cursor == (0, Row.ACTUAL, 16)
    assert key(ctl, "Insert")  # a one-month bar at the cursor month
    assert host.offered[-1][0] == "バーを追加"
    assert [(b.start, b.end) for b in host.offered[-1][1].initiatives[0].actual][-1] == (M(2025, 8), M(2025, 8))
    assert ctl.state.selection == (0, Row.ACTUAL, 1)
    assert ("note", host.calls[-1][1]) == host.calls[-1] and "基準月" in str(host.calls[-1][1])  # after 令和7年7月
    assert key(ctl, "Shift+Right") and host.offered[-1][0] == "バーの期間を変更"
    assert ctl.state.project is not None and ctl.state.project.initiatives[0].actual[1].end == M(2025, 9)
    assert key(ctl, "Ctrl+Shift+E") and ctl.state.project.initiatives[0].actual[1].continues
    assert key(ctl, "F2") and host.calls[-1] == ("edit_label", (0, Row.ACTUAL, 1))
    assert key(ctl, "Delete") and host.offered[-1][0] == "バーを削除"
    assert key(ctl, "Ctrl++") and host.calls[-1] == ("zoom", "in")
    assert key(ctl, "Ctrl+=") and host.calls[-1] == ("zoom", "in")  # a layout without a + key
    assert key(ctl, "Shift+F10") and host.calls[-1] == ("menu", None)


def test_keys_outside_the_table_pass_on(ctl: TimelineController, host: FakeHost) -> None:
    ctl.select_bar((0, Row.PLAN, 0))
    for text in ("Ctrl+E", "Ctrl+P", "Ctrl+F", "F1", "Ctrl+S", "Ctrl+Z", "Alt+Left", "Ctrl+Shift+T"):
        assert not ctl.handles(*parse_combo(text)), text
        assert not key(ctl, text), text
    assert host.offered == []
    assert shortcut_text("toggle_continues") == "Ctrl+Shift+E"


def test_esc_deselects_then_passes_on(ctl: TimelineController) -> None:
    ctl.select_bar((0, Row.PLAN, 0))
    assert key(ctl, "Esc") and ctl.state.selection is None
    assert not key(ctl, "Esc")  # nothing selected: the window may use Esc


def test_tab_walks_the_bars_and_lets_focus_go_at_the_end(ctl: TimelineController) -> None:
    seen = []
    while key(ctl, "Tab"):
        seen.append(ctl.state.selection)
    assert seen == [(0, Row.PLAN, 0), (0, Row.PLAN, 1), (0, Row.ACTUAL, 0), (1, Row.PLAN, 0)]
    assert key(ctl, "Shift+Tab") and ctl.state.selection == (0, Row.ACTUAL, 0)


# --- edits -----------------------------------------------------------------------------------


def test_a_refused_edit_is_not_shown(host: FakeHost) -> None:
    host.apply = False
    c = TimelineController(host)
    c.set_context(ED, M(2025, 7))
    before = small_project()
    c.set_project(before)
    shown = c.state.project
    assert not c.move_bar((1, Row.PLAN, 0), 2)
    assert host.offered and c.state.project is shown and c.state.project == before


def test_an_applied_edit_is_shown_once_without_another_copy(ctl: TimelineController, host: FakeHost) -> None:
    assert ctl.move_bar((1, Row.PLAN, 0), 2)
    assert host.names().count("shown") == 1
    assert ctl.state.project is host.offered[-1][1]  # the computed project itself, not a copy of it
    # The host showing the applied project back (as the main window does) changes nothing more.
    host.calls.clear()
    assert not ctl.set_project(copy.deepcopy(host.offered[-1][1]))
    assert host.names() == []


def test_a_host_that_shows_the_edit_back_during_the_offer_gets_one_update(host: FakeHost) -> None:
    c = TimelineController(host)

    def apply_and_show(description: str, project: Project) -> bool:
        host.offered.append((description, project))
        c.set_project(copy.deepcopy(project))  # what the main window does inside the push
        return True

    host.apply_edit = apply_and_show  # type: ignore[method-assign]
    c.set_context(ED, None)
    c.set_project(small_project())
    host.calls.clear()
    assert c.toggle_plan_label(1)
    assert host.names().count("shown") == 1
    assert c.state.project is not None and c.state.project.initiatives[1].plan_label == "目標"


def test_a_broken_rule_is_shown_at_the_spot_and_nothing_is_offered(ctl: TimelineController, host: FakeHost) -> None:
    assert not ctl.move_initiative(0, -1)
    assert host.offered == [] and host.calls[-1][0] == "refusal" and "上へは移動できません" in str(host.calls[-1][1])


def test_undo_texts_quote_with_kagikakko(ctl: TimelineController, host: FakeHost) -> None:
    ctl.move_bar((1, Row.PLAN, 0), 1)
    ctl.rename_initiative(0, "入札")
    assert [d for d, _p in host.offered] == ["バー「先行運用」を移動", "取組「電子入札の拡充に向けた検討」の名前を変更"]


# --- the drag state machine ------------------------------------------------------------------


def test_a_press_without_moving_changes_nothing(ctl: TimelineController, host: FakeHost) -> None:
    ctl.press_bar((1, Row.PLAN, 0), "body", 7)
    assert ctl.state.drag is not None and ctl.state.drag.mode is DragMode.MOVE
    assert ctl.drag_to(9, far_enough=False)
    assert ctl.state.drag_preview() is None  # not a drag yet
    assert not ctl.release(9)
    assert host.offered == [] and ctl.state.drag is None and ctl.state.selection == (1, Row.PLAN, 0)


def test_moving_resizing_and_creating(ctl: TimelineController, host: FakeHost) -> None:
    ctl.press_bar((1, Row.PLAN, 0), "body", 7)
    ctl.drag_to(9, far_enough=True)
    assert ctl.state.drag_preview() == ((1, Row.PLAN, 0), 8, 13)
    assert ctl.release(9) and host.offered[-1][0] == "バー「先行運用」を移動"
    assert [(b.start, b.end) for b in ctl.state.project.initiatives[1].plan] == [(M(2024, 12), M(2025, 5))]  # type: ignore[union-attr]
    ctl.press_bar((0, Row.PLAN, 0), "end", 5)
    ctl.drag_to(7, far_enough=True)
    assert ctl.release(7)
    assert ctl.state.project.initiatives[0].plan[0].end == M(2024, 11)  # type: ignore[union-attr]
    ctl.press_bar((0, Row.PLAN, 0), "start", 0)
    ctl.drag_to(20, far_enough=True)  # past the end: the start stops at the last month
    assert ctl.release(20)
    assert (ctl.state.project.initiatives[0].plan[0].start, ctl.state.project.initiatives[0].plan[0].end) == (  # type: ignore[union-attr]
        M(2024, 11),
        M(2024, 11),
    )
    host.calls.clear()
    ctl.press_month(1, Row.ACTUAL, 8)
    ctl.drag_to(6, far_enough=True)
    assert ctl.state.drag_preview() == (None, 6, 8)
    assert ctl.release(6) and host.offered[-1][0] == "バーを追加"
    assert host.calls[-1] == ("edit_label", (1, Row.ACTUAL, 0))  # then the label is typed


def test_esc_drops_a_drag_and_other_keys_wait(ctl: TimelineController, host: FakeHost) -> None:
    ctl.press_bar((1, Row.PLAN, 0), "body", 7)
    ctl.drag_to(12, far_enough=True)
    assert key(ctl, "Delete")  # swallowed while dragging: nothing deleted
    assert host.offered == [] and ctl.state.drag is not None
    assert key(ctl, "Esc") and ctl.state.drag is None
    assert not ctl.release(12) and host.offered == []


def test_a_drag_on_a_month_outside_the_window_starts_nothing(ctl: TimelineController) -> None:
    ctl.press_month(0, Row.ACTUAL, 60)
    assert ctl.state.drag is None and ctl.state.cursor == (0, Row.ACTUAL, 60)


def test_places_name_what_the_host_turns_into_pixels() -> None:
    assert Place.bar((1, Row.ACTUAL, 2)) == Place(PlaceKind.BAR, 1, Row.ACTUAL, 2)
    assert Place.cell(0, Row.PLAN, 7).index == 7 and Place.name(3).kind is PlaceKind.NAME


def test_the_controller_needs_no_qt() -> None:
    code = (
        "import sys; import roadmap_desktop.core.timeline_controller, roadmap_desktop.core.timeline_keys; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'roadmap_desktop.ui'))]; "
        "assert not bad, bad"
    )
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


# --- any key sequence keeps the state sound -----------------------------------------------------

KEYS = sorted({text for b in key_bindings() for text in b.key_list()} - {"Menu", "Shift+F10"})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(KEYS), max_size=40), st.booleans())
def test_any_key_sequence_keeps_selection_and_cursor_valid(keys: list[str], apply: bool) -> None:
    host = FakeHost(apply)
    c = TimelineController(host)
    c.set_context(ED, M(2025, 7))
    given_project = small_project()
    c.set_project(given_project)
    for text in keys:
        c.key(*parse_combo(text))
        s = c.state
        assert s.project is not None
        n = len(s.project.initiatives)
        assert s.selection is None or s.bar(s.selection) is not None, text
        assert n == 0 or 0 <= s.cursor[0] < n, text
        assert not (s.name_focus and n == 0), text
        assert 0 <= s.cursor[2] < s.n_months or s.cursor[2] == 60, text
    if not apply:
        assert c.state.project == given_project  # nothing applied: nothing changed
