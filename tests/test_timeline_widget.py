"""The timeline widget driven with the real mouse and keys (pytest-qt), and renders to look at."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QApplication, QMenu
from timeline_projects import small_project

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, Row
from roadmap_desktop.ui.timeline import TimelineView, TimelineWidget
from roadmap_desktop.ui.timeline_layout import PxRect

M = Month
ED = Edition(fiscal_year=2024)
LEFT, CTRL, SHIFT, ALT = (
    Qt.MouseButton.LeftButton,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


@pytest.fixture(autouse=True)
def _font(app_font: str) -> None:
    """Every render here uses the bundled Japanese font."""


class Host:
    """Stands in for the main window: records each requested change and applies it (unless told not to)."""

    def __init__(self, widget: TimelineWidget, apply: bool = True) -> None:
        self.widget = widget
        self.apply = apply
        self.changes: list[tuple[str, Project]] = []
        widget.set_edit_sink(self.on_change)

    def on_change(self, description: str, project: Project) -> bool:
        self.changes.append((description, project))
        if self.apply:  # as the main window does: the applied project is shown back, then answered
            self.widget.set_project(copy.deepcopy(project))
        return self.apply

    @property
    def last(self) -> Project:
        assert self.changes, "nothing was emitted"
        return self.changes[-1][1]


@pytest.fixture
def widget(qtbot) -> Iterator[TimelineWidget]:  # type: ignore[no-untyped-def]
    # Inside its scroll area, as the main window embeds it (a top-level widget would make the
    # offscreen platform warn about size hints).
    view = TimelineView()
    qtbot.addWidget(view)
    w = view.timeline
    w.set_context(ED, M(2025, 7))
    w.set_project(small_project())
    view.resize(1200, w.minimumHeight() + 60)
    view.show()
    qtbot.waitExposed(view)
    yield w  # the generator's frame keeps the view alive


def _visible_bars(w: TimelineWidget, clip, rows):  # type: ignore[no-untyped-def]
    return w._painter.visible_bars(w.paint_frame(), clip, rows)


def pt(r: PxRect, fx: float = 0.5, dx: float = 0.0) -> QPoint:
    return QPoint(int(r.x + r.w * fx + dx), int(r.y + r.h / 2))


def cell(w: TimelineWidget, i: int, row: Row, offset: int) -> QPoint:
    return pt(w.month_cell_rect(i, row, offset))


def drag(qtbot, w: TimelineWidget, a: QPoint, b: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(w, LEFT, pos=a)
    mid = QPoint((a.x() + b.x()) // 2, a.y())
    qtbot.mouseMove(w, mid)
    qtbot.mouseMove(w, b)
    qtbot.mouseRelease(w, LEFT, pos=b)


def bars(project: Project, i: int, row: Row) -> list[tuple[Month, Month, str]]:
    return [(b.start, b.end, b.label) for b in project.initiatives[i].bars(row)]


# --- mouse ------------------------------------------------------------------------------------


def test_drag_across_empty_months_creates_a_bar_then_edits_its_label(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    with qtbot.waitSignal(widget.edited) as blocker:
        drag(qtbot, widget, cell(widget, 1, Row.ACTUAL, 6), cell(widget, 1, Row.ACTUAL, 8))
    assert blocker.args[0] == "バーを追加"
    assert bars(blocker.args[1], 1, Row.ACTUAL) == [(M(2024, 10), M(2024, 12), "")]
    assert widget.selected_bar() == (1, Row.ACTUAL, 0)
    editor = widget.editor()
    assert editor is not None and editor.isVisible()
    editor.insert("先行運用")  # QTest cannot type kana: insert as an input method would
    with qtbot.waitSignal(widget.edited) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args[0] == "バーのラベルを変更"
    assert bars(host.last, 1, Row.ACTUAL) == [(M(2024, 10), M(2024, 12), "先行運用")]
    assert widget.editor() is None
    assert len(host.changes) == 2


def test_drag_leftwards_creates_the_same_months(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget, apply=False)
    drag(qtbot, widget, cell(widget, 1, Row.ACTUAL, 14), cell(widget, 1, Row.ACTUAL, 12))
    assert bars(host.last, 1, Row.ACTUAL) == [(M(2025, 4), M(2025, 6), "")]
    assert widget.editor() is None  # not applied by the host: nothing to edit


def test_a_click_on_an_empty_month_only_moves_the_cursor(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    qtbot.mouseClick(widget, LEFT, pos=cell(widget, 1, Row.ACTUAL, 20))
    assert host.changes == []
    assert widget.cursor_cell() == (1, Row.ACTUAL, 20)
    assert widget.hasFocus()


def test_drag_a_bar_moves_it_by_whole_months(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    r = widget.bar_rect((1, Row.PLAN, 0))
    start = pt(r, 0.5)
    # 2.6 month widths to the right: snaps to 3 months when the pointer lands in that month.
    end = QPoint(int(start.x() + 3 * widget.month_width()), start.y())
    with qtbot.waitSignal(widget.edited) as blocker:
        drag(qtbot, widget, start, end)
    assert blocker.args[0] == "バー「先行運用」を移動"
    assert bars(host.last, 1, Row.PLAN) == [(M(2025, 1), M(2025, 6), "先行運用")]
    assert widget.selected_bar() == (1, Row.PLAN, 0)


def test_drag_the_ends_resizes_and_shows_the_resize_cursor(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    r = widget.bar_rect((0, Row.PLAN, 0))  # 2024-04 … 2024-09
    grip = QPoint(int(r.right - 2), int(r.y + r.h / 2))
    qtbot.mouseMove(widget, grip)
    assert widget.cursor().shape() == Qt.CursorShape.SizeHorCursor
    qtbot.mouseMove(widget, pt(r))
    assert widget.cursor().shape() != Qt.CursorShape.SizeHorCursor
    drag(qtbot, widget, grip, cell(widget, 0, Row.PLAN, 7))
    assert bars(host.last, 0, Row.PLAN)[0] == (M(2024, 4), M(2024, 11), "内容検討")
    r = widget.bar_rect((0, Row.PLAN, 0))
    drag(qtbot, widget, QPoint(int(r.x + 2), int(r.y + r.h / 2)), cell(widget, 0, Row.PLAN, 2))
    assert bars(host.last, 0, Row.PLAN)[0] == (M(2024, 6), M(2024, 11), "内容検討")
    assert host.changes[-1][0] == "バー「内容検討」の期間を変更"


def test_moving_a_bar_out_of_the_window_is_refused(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    r = widget.bar_rect((0, Row.PLAN, 0))
    a = pt(r, 0.1)
    b = QPoint(int(a.x() - 2 * widget.month_width()), a.y())  # two months left of April R6
    drag(qtbot, widget, a, b)
    assert host.changes == []
    assert "表示期間" in widget.last_message
    assert bars(widget.project(), 0, Row.PLAN)[0] == (M(2024, 4), M(2024, 9), "内容検討")  # type: ignore[arg-type]


def test_double_click_edits_the_label_in_place_esc_cancels(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    target = pt(widget.bar_rect((0, Row.PLAN, 1)))
    qtbot.mouseDClick(widget, LEFT, pos=target)
    editor = widget.editor()
    assert editor is not None and editor.text() == "試験導入・内容検討"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert widget.editor() is None and host.changes == []
    qtbot.mouseDClick(widget, LEFT, pos=target)
    editor = widget.editor()
    assert editor is not None
    editor.setText("試験導入")
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert host.changes[-1][0] == "バー「試験導入・内容検討」のラベルを変更"
    assert bars(host.last, 0, Row.PLAN)[1] == (M(2025, 4), M(2026, 3), "試験導入")
    assert len(host.changes) == 1


def test_double_click_on_kind_cell_toggles_plan_and_goal(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    qtbot.mouseDClick(widget, LEFT, pos=pt(widget.kind_cell_rect(1, Row.PLAN)))
    assert host.last.initiatives[1].plan_label == "目標"
    qtbot.mouseDClick(widget, LEFT, pos=pt(widget.kind_cell_rect(1, Row.ACTUAL)))
    assert len(host.changes) == 1  # the 実績 cell has nothing to switch


def test_double_click_on_a_name_renames_the_initiative(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    qtbot.mouseDClick(widget, LEFT, pos=pt(widget.name_cell_rect(0)))
    editor = widget.editor()
    assert editor is not None and editor.text() == "電子入札の拡充に向けた検討"
    editor.setText("電子入札の拡充")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert host.last.initiatives[0].name == "電子入札の拡充"
    assert host.changes[-1][0] == "取組「電子入札の拡充に向けた検討」の名前を変更"


def test_a_two_line_name_keeps_its_line_break_through_an_edit(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    project = small_project()
    project.initiatives[0].name = "既存文書のデジタル化検討\n（知事部局のみ）"
    widget.set_project(project)
    host = Host(widget)
    widget.edit_name(0)
    editor = widget.editor()
    assert editor is not None and editor.text() == "既存文書のデジタル化検討⏎（知事部局のみ）"
    editor.setText("公文書のデジタル化検討⏎（知事部局のみ）")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert host.last.initiatives[0].name == "公文書のデジタル化検討\n（知事部局のみ）"
    widget.edit_name(0)
    editor = widget.editor()
    assert editor is not None
    editor.setText("一行目")
    editor.end(False)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)  # Alt+Enter: a line break
    editor.insert("二行目")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert host.last.initiatives[0].name == "一行目\n二行目"
    widget.edit_name(0)
    editor = widget.editor()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # unchanged: nothing is requested
    assert len(host.changes) == 2


# --- context menu -----------------------------------------------------------------------------


def words(a: QAction) -> str:
    """A menu entry's words without the key shown after a tab, nor its access key."""
    from roadmap_desktop.ui.actions import plain

    return plain(a.text().split("\t")[0])


def action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    for a in menu.actions():
        if words(a) == text:
            return a
    raise AssertionError(f"{text} not in {[a.text() for a in menu.actions()]}")


def test_bar_menu_records_actual_toggles_arrow_and_deletes(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    menu = widget.menu_for(pt(widget.bar_rect((1, Row.PLAN, 0))))
    assert [words(a) for a in menu.actions() if a.text()] == [
        "ラベルを編集",
        "実績として記録（計画と同じ期間）",
        "表示期間後も継続（矢印）",
        "バーを削除",
    ]
    action(menu, "実績として記録（計画と同じ期間）").trigger()
    assert bars(host.last, 1, Row.ACTUAL) == [(M(2024, 10), M(2025, 3), "先行運用")]
    assert widget.selected_bar() == (1, Row.ACTUAL, 0)

    menu = widget.menu_for(pt(widget.bar_rect((0, Row.PLAN, 1))))
    arrow = action(menu, "表示期間後も継続（矢印）")
    assert arrow.isCheckable() and not arrow.isChecked()
    arrow.trigger()
    bar = host.last.initiatives[0].plan[1]
    assert (bar.end, bar.continues) == (M(2029, 3), True)

    menu = widget.menu_for(pt(widget.bar_rect((0, Row.ACTUAL, 0))))
    assert "実績として記録（計画と同じ期間）" not in [words(a) for a in menu.actions()]
    action(menu, "バーを削除").trigger()
    assert bars(host.last, 0, Row.ACTUAL) == []
    assert host.changes[-1][0] == "バー「内容検討」を削除"


def test_name_menu_covers_initiative_edits(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    menu = widget.menu_for(pt(widget.name_cell_rect(0)))
    texts = [words(a) for a in menu.actions() if a.text()]
    assert texts == ["取組の名前を変更", "上へ移動", "下へ移動", "「目標」にする", "取組を削除", "取組を追加"]
    assert not action(menu, "上へ移動").isEnabled()
    action(menu, "下へ移動").trigger()
    assert [i.name for i in host.last.initiatives] == ["電子収納の拡充に向けた検討", "電子入札の拡充に向けた検討"]
    menu = widget.menu_for(pt(widget.name_cell_rect(1)))
    action(menu, "「目標」にする").trigger()
    assert host.last.initiatives[1].plan_label == "目標"
    menu = widget.menu_for(pt(widget.name_cell_rect(1)))
    action(menu, "取組を追加").trigger()
    assert [i.name for i in host.last.initiatives][2] == "新しい取組"
    editor = widget.editor()  # the new initiative's name is open for typing
    assert editor is not None and editor.text() == "新しい取組"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    menu = widget.menu_for(pt(widget.name_cell_rect(2)))
    action(menu, "取組を削除").trigger()
    assert len(host.last.initiatives) == 2
    menu = widget.menu_for(pt(widget.name_cell_rect(0)))
    action(menu, "取組の名前を変更").trigger()
    assert widget.editor() is not None


def test_context_menu_event_opens_the_menu_without_blocking(qtbot, widget: TimelineWidget, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[list[str]] = []
    monkeypatch.setattr(
        TimelineWidget, "exec_menu", lambda self, menu, pos: shown.append([words(a) for a in menu.actions()])
    )
    widget.select_bar((0, Row.PLAN, 0))
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Menu)
    assert shown == [["ラベルを編集", "実績として記録（計画と同じ期間）", "表示期間後も継続（矢印）", "", "バーを削除"]]
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    for _ in range(6):
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.cursor_cell() == (0, Row.PLAN, 6)
    qtbot.keyClick(widget, Qt.Key.Key_F10, SHIFT)  # on the cursor month: add a bar, then the initiative's items
    assert shown[-1][0] == "バーを追加" and "取組を追加" in shown[-1]


def test_empty_month_menu_adds_a_bar(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget, apply=False)
    action(widget.menu_for(cell(widget, 1, Row.ACTUAL, 30)), "バーを追加").trigger()
    assert bars(host.last, 1, Row.ACTUAL) == [(M(2026, 10), M(2026, 10), "")]


# --- keyboard ---------------------------------------------------------------------------------


def test_tab_and_arrows_select_bars(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.selected_bar() == (0, Row.PLAN, 0)
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.selected_bar() == (0, Row.PLAN, 1)
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert widget.selected_bar() == (0, Row.PLAN, 0)
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert widget.selected_bar() == (0, Row.ACTUAL, 0)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.selected_bar() == (1, Row.PLAN, 0)
    qtbot.keyClick(widget, Qt.Key.Key_Backtab)
    assert widget.selected_bar() == (0, Row.ACTUAL, 0)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert widget.selected_bar() is None
    assert widget.cursor_cell() == (0, Row.ACTUAL, 0)


def test_keyboard_moves_and_resizes_the_selected_bar(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    widget.select_bar((1, Row.PLAN, 0))  # 2024-10 … 2025-03
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Right, CTRL)
    assert bars(host.last, 1, Row.PLAN) == [(M(2024, 11), M(2025, 4), "先行運用")]
    qtbot.keyClick(widget, Qt.Key.Key_Right, SHIFT)
    assert bars(host.last, 1, Row.PLAN) == [(M(2024, 11), M(2025, 5), "先行運用")]
    qtbot.keyClick(widget, Qt.Key.Key_Left, SHIFT | ALT)
    assert bars(host.last, 1, Row.PLAN) == [(M(2024, 10), M(2025, 5), "先行運用")]
    qtbot.keyClick(widget, Qt.Key.Key_Left, CTRL)
    assert bars(host.last, 1, Row.PLAN) == [(M(2024, 9), M(2025, 4), "先行運用")]
    assert widget.selected_bar() == (1, Row.PLAN, 0)
    assert len(host.changes) == 4


def test_keyboard_move_out_of_the_window_is_refused(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    widget.select_bar((0, Row.PLAN, 0))  # starts April R6, the window's first month
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Left, CTRL)
    assert host.changes == []
    assert "表示期間" in widget.last_message
    qtbot.keyClick(widget, Qt.Key.Key_Left, SHIFT | ALT)  # its start cannot go before April R6 either
    assert host.changes == []
    assert widget.message() == widget.last_message  # shown inside the widget, at the bar


def test_shrinking_stops_at_one_month(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    p = small_project()
    p.initiatives[1].actual.append(Bar(M(2024, 12), M(2024, 12), "単月"))
    widget.set_project(p)
    host = Host(widget)
    widget.select_bar((1, Row.ACTUAL, 0))
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Left, SHIFT)
    qtbot.keyClick(widget, Qt.Key.Key_Right, SHIFT | ALT)
    assert host.changes == []  # a one-month bar stays one month: nothing to change


def test_insert_creates_a_one_month_bar_at_the_cursor_then_extend_label_delete(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    qtbot.mouseClick(widget, LEFT, pos=cell(widget, 1, Row.ACTUAL, 10))
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.cursor_cell() == (1, Row.ACTUAL, 11)
    qtbot.keyClick(widget, Qt.Key.Key_Insert)
    assert bars(host.last, 1, Row.ACTUAL) == [(M(2025, 3), M(2025, 3), "")]
    assert widget.selected_bar() == (1, Row.ACTUAL, 0)
    qtbot.keyClick(widget, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(widget, Qt.Key.Key_Right, SHIFT)
    assert bars(host.last, 1, Row.ACTUAL) == [(M(2025, 3), M(2025, 5), "")]
    qtbot.keyClick(widget, Qt.Key.Key_F2)
    editor = widget.editor()
    assert editor is not None
    editor.insert("試行")  # QTest cannot type kana: insert as an input method would
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert bars(host.last, 1, Row.ACTUAL) == [(M(2025, 3), M(2025, 5), "試行")]
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert bars(host.last, 1, Row.ACTUAL) == []
    assert widget.selected_bar() is None


def test_keyboard_initiative_edits(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    qtbot.mouseClick(widget, LEFT, pos=cell(widget, 1, Row.PLAN, 0))  # an empty month
    assert widget.selected_bar() is None
    qtbot.keyClick(widget, Qt.Key.Key_Left)  # left of the first month: the name cell
    assert widget.name_focused()
    qtbot.keyClick(widget, Qt.Key.Key_F2)
    editor = widget.editor()
    assert editor is not None
    editor.setText("収納")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert host.last.initiatives[1].name == "収納"
    qtbot.keyClick(widget, Qt.Key.Key_Up, CTRL)
    assert [i.name for i in host.last.initiatives] == ["収納", "電子入札の拡充に向けた検討"]
    assert widget.cursor_cell()[0] == 0
    qtbot.keyClick(widget, Qt.Key.Key_Up, CTRL)  # already first: refused, nothing emitted
    assert len(host.changes) == 2 and "上へは移動できません" in widget.last_message
    qtbot.keyClick(widget, Qt.Key.Key_T, CTRL)
    assert host.last.initiatives[0].plan_label == "目標"
    qtbot.keyClick(widget, Qt.Key.Key_Insert, CTRL)
    assert [i.name for i in host.last.initiatives] == ["収納", "新しい取組", "電子入札の拡充に向けた検討"]
    assert widget.cursor_cell()[0] == 1 and widget.name_focused()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert [i.name for i in host.last.initiatives] == ["収納", "電子入札の拡充に向けた検討"]
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert not widget.name_focused() and widget.cursor_cell()[2] == 0


def test_keyboard_record_actual_and_arrow(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    widget.select_bar((1, Row.PLAN, 0))
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_R, CTRL)
    assert bars(host.last, 1, Row.ACTUAL) == [(M(2024, 10), M(2025, 3), "先行運用")]
    widget.select_bar((1, Row.PLAN, 0))
    qtbot.keyClick(widget, Qt.Key.Key_E, CTRL | SHIFT)  # Ctrl+E alone is the window's 書き出し
    assert host.last.initiatives[1].plan[0].continues


# --- contract details -------------------------------------------------------------------------


def test_selection_survives_set_project_while_the_bar_exists(widget: TimelineWidget) -> None:
    p = small_project()
    widget.set_project(p)
    widget.select_bar((0, Row.PLAN, 1))
    p.initiatives[0].plan[1].label = "変更"
    widget.set_project(p)
    assert widget.selected_bar() == (0, Row.PLAN, 1)
    del p.initiatives[0].plan[1]
    widget.set_project(p)
    assert widget.selected_bar() is None
    widget.select_bar((0, Row.PLAN, 0))
    widget.set_project(small_project())  # another project (a new id): nothing stays selected
    assert widget.selected_bar() is None and widget.cursor_cell() == (0, Row.PLAN, 15)
    widget.set_project(None)
    assert widget.selected_bar() is None and widget.project() is None


def test_widget_keeps_its_own_copy(widget: TimelineWidget) -> None:
    p = small_project()
    widget.set_project(p)
    p.initiatives[0].plan.clear()
    assert len(widget.project().initiatives[0].plan) == 2  # type: ignore[union-attr]


def test_tooltip_gives_label_period_and_row(widget: TimelineWidget) -> None:
    x, y = widget.bar_rect((0, Row.PLAN, 1)).center()
    text = widget.tooltip_at(x, y)
    assert text.splitlines() == ["試験導入・内容検討", "令和7年4月〜令和8年3月", "電子入札の拡充に向けた検討・計画"]
    # No.2's 先行運用 (ended March 2025, no actual) is behind on 1 July 2025.
    x, y = widget.month_cell_rect(1, Row.ACTUAL, 8).center()
    assert widget.tooltip_at(x, y) == "計画より遅れています（実績なし）: 令和6年10月〜令和7年3月"
    x, y = widget.name_cell_rect(1).center()
    assert "遅れ" in widget.tooltip_at(x, y)


def test_bars_use_the_sheet_geometry_scaled(widget: TimelineWidget) -> None:
    lay = widget.layout_()
    g = lay.geom
    # one scale factor at fit: the column proportions are the sheet's
    assert lay.name_w / lay.month_w == pytest.approx(g.name_w / g.month_w)
    assert lay.month_left(60) == pytest.approx(widget.width() - 12, abs=0.5)
    r = widget.bar_rect((1, Row.PLAN, 0))  # October R6 … March R7: month offsets 6..11
    assert lay.month_at(r.x + 1) == 6 and lay.month_at(r.right - 1) == 11
    assert lay.lane_h >= 22


def test_overlapping_bars_are_stacked_in_lanes(widget: TimelineWidget) -> None:
    p = small_project()
    p.initiatives[0].plan.append(Bar(M(2024, 4), M(2026, 3), "全体"))
    widget.set_project(p)
    a, b = widget.bar_rect((0, Row.PLAN, 0)), widget.bar_rect((0, Row.PLAN, 2))
    assert b.y >= a.bottom  # the longer bar goes below, as on the printed sheet
    hit = widget.bar_at(*b.center())
    assert hit is not None and hit[0] == (0, Row.PLAN, 2)


def test_zoom_view_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = TimelineView()
    qtbot.addWidget(view)
    view.timeline.set_context(ED, None)
    view.timeline.set_project(small_project())
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    fit = view.timeline.month_width()
    qtbot.mouseClick(view.zoom_in_button, LEFT)
    assert view.timeline.month_width() == pytest.approx(fit * 1.25)
    view.timeline.set_month_width(60)
    assert view.timeline.width() > view.viewport().width()
    assert view.horizontalScrollBar().maximum() > 0
    view.timeline.set_month_width(200)
    assert view.timeline.month_width() == pytest.approx(60)  # clamped
    qtbot.mouseClick(view.fit_button, LEFT)
    assert view.timeline.is_fit()
    qtbot.waitUntil(lambda: view.timeline.width() == view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0


# --- renders to look at -----------------------------------------------------------------------


def _pixel_is_red(c: QColor) -> bool:
    return c.red() > 150 and c.green() < 110 and c.blue() < 110


@pytest.mark.parametrize("number", [56, 62, 72])
def test_render_sample_sheets(qtbot, sample: Roadmap, artifacts: Path, number: int) -> None:  # type: ignore[no-untyped-def]
    project = sample.projects[sample.sheet_numbers().index(number)]
    view = TimelineView()
    qtbot.addWidget(view)
    w = view.timeline
    w.set_context(sample.edition, M(2025, 7))
    w.set_project(project)
    view.resize(1300, view.sizeHint().height())
    view.show()
    qtbot.waitExposed(view)
    assert w.height() >= w.minimumHeight() and view.verticalScrollBar().maximum() == 0  # all of it shows
    w.select_bar((0, Row.PLAN, 0))
    view.activateWindow()
    w.setFocus()
    qtbot.waitUntil(w.hasFocus)  # the selected bar shows its focus outline in the render
    image = view.grab().toImage()
    assert view.grab().save(str(artifacts / f"timeline-no{number}.png"))
    # the today line (July R7) is red in the body
    lay = w.layout_()
    x = int(lay.month_left(15))
    ys = [int(lay.header_h + k) for k in range(2, int(lay.body_bottom - lay.header_h), 3)]
    offset = view.viewport().geometry().topLeft()
    assert any(_pixel_is_red(image.pixelColor(x + offset.x() + dx, y + offset.y())) for y in ys for dx in (-1, 0, 1))
    # every initiative name fits its cell (nothing clipped silently)
    for i, ini in enumerate(project.initiatives):
        c = w.name_cell_rect(i)
        _st, font, h = w._painter._name_text(ini.name, int(c.w - 8 - (12 if i in w.state.behind else 0)), int(c.h - 4))
        assert h <= c.h - 4, ini.name
        assert font.pixelSize() >= 9, ini.name
    # No.62's three-month bars (意向調査, 振り返り, 内容検討) read in full at 1300 px: at the bar, not a note
    places = w._painter.label_places(w.paint_frame())
    for ref, bar, _r in w._bar_items:
        if bar.months() >= 3 and len(bar.label) <= 4:
            assert places[ref].text == bar.label and places[ref].how != "note", (ref, bar.label)
    w.set_month_width(40)
    view.resize(1300, view.sizeHint().height())
    assert view.grab().save(str(artifacts / f"timeline-no{number}-zoom.png"))


def test_render_twenty_initiatives_and_empty_states(qtbot, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.set_context(ED, M(2026, 1))
    many = Project(
        initiatives=[
            Initiative(
                name=f"取組{n + 1}　" + "市町村の情報システムの標準化に向けた支援"[: 6 + n],
                plan_label="目標" if n % 5 == 4 else "計画",
                plan=[
                    Bar(
                        ED.first_month.shifted(n),
                        ED.first_month.shifted(n + 14),
                        "関係課調整・方針整理・導入調査（本庁）",
                    ),
                    Bar(ED.first_month.shifted(n + 15), ED.last_month, "本格運用", continues=n % 2 == 0),
                ],
                actual=[Bar(ED.first_month.shifted(n), ED.first_month.shifted(n + 10 + n % 8), "導入調査")],
            )
            for n in range(20)
        ]
    )
    many.initiatives[19] = Initiative(  # an actual running three months past its plan: outlined in red
        name="計画超過の例", plan=[Bar(M(2024, 4), M(2024, 9), "試行")], actual=[Bar(M(2024, 4), M(2024, 12), "試行")]
    )
    w.set_project(many)
    assert w.state.overrun == {(19, 0): [(6, 8)]}
    w.resize(1400, w.minimumHeight())
    assert w.grab().save(str(artifacts / "timeline-20-initiatives.png"))
    assert sorted(w.state.behind) == [n for n in range(20) if 10 + n % 8 < 14 and n + 14 < 21]
    w.set_project(Project(initiatives=[]))
    w.resize(900, w.minimumHeight())
    w.grab().save(str(artifacts / "timeline-empty.png"))
    assert w.minimumHeight() > w.layout_().header_h
    w.set_project(None)
    assert not w.grab().isNull()


def test_a_refused_change_opens_no_editor(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    """A read-only main window re-shows the old project: nothing to edit, the old state stays."""
    shown = small_project()
    widget.set_project(shown)

    def refuse(_text: str, _new: Project) -> bool:
        widget.set_project(shown)  # as a read-only main window does: the old project shown again
        return False

    widget.set_edit_sink(refuse)
    action(widget.menu_for(pt(widget.name_cell_rect(0))), "取組を追加").trigger()
    assert widget.editor() is None
    drag(qtbot, widget, cell(widget, 1, Row.ACTUAL, 6), cell(widget, 1, Row.ACTUAL, 8))
    assert widget.editor() is None and widget.selected_bar() is None
    assert len(widget.project().initiatives) == 2  # type: ignore[union-attr]


def test_enter_selects_the_bar_under_the_cursor_then_edits_it(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, LEFT, pos=cell(widget, 1, Row.PLAN, 3))
    for _ in range(4):
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.selected_bar() is None and widget.cursor_cell() == (1, Row.PLAN, 7)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert widget.selected_bar() == (1, Row.PLAN, 0)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    editor = widget.editor()
    assert editor is not None and editor.text() == "先行運用"


def test_partial_repaints_touch_only_the_rows_in_the_rectangle(widget: TimelineWidget) -> None:
    lay = widget.layout_()
    top = lay.row_top(1, Row.ACTUAL)
    assert list(lay.rows_in(top, top + 5)) == [1]
    assert list(lay.rows_in(0, lay.header_h - 1)) == [0]
    assert list(lay.rows_in(0, lay.body_bottom)) == [0, 1]
    from PySide6.QtCore import QRect

    visible = _visible_bars(widget, QRect(0, int(top), widget.width(), 5), lay.rows_in(top, top + 5))
    assert visible == []  # the second initiative has no actual bar
    band = QRect(0, int(widget.bar_rect((0, Row.PLAN, 0)).y), int(lay.month_left(7)), 5)
    refs = [ref for ref, _bar, _r in _visible_bars(widget, band, lay.rows_in(band.top(), band.bottom()))]
    assert refs == [(0, Row.PLAN, 0)]  # 試験導入・内容検討 starts in R7: outside the band


def test_esc_drops_a_drag_and_ctrl_keys_zoom(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    r = widget.bar_rect((1, Row.PLAN, 0))
    a = pt(r)
    b = QPoint(int(a.x() + 3 * widget.month_width()), a.y())
    qtbot.mousePress(widget, LEFT, pos=a)
    qtbot.mouseMove(widget, b)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    qtbot.mouseRelease(widget, LEFT, pos=b)
    assert host.changes == []
    fit = widget.month_width()
    qtbot.keyClick(widget, Qt.Key.Key_Plus, CTRL)
    assert widget.month_width() == pytest.approx(fit * 1.25) and not widget.is_fit()
    qtbot.keyClick(widget, Qt.Key.Key_Minus, CTRL)
    assert widget.month_width() == pytest.approx(fit)
    qtbot.keyClick(widget, Qt.Key.Key_0, CTRL)
    assert widget.is_fit()


def test_without_a_reference_date_there_is_no_line_and_no_delay(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    assert widget.state.behind  # with 1 July 2025, 先行運用 is behind
    widget.set_context(ED, None)
    assert widget.state.behind == {}
    x, y = widget.month_cell_rect(1, Row.ACTUAL, 8).center()
    assert widget.tooltip_at(x, y) == ""
    image = widget.grab().toImage()
    lay = widget.layout_()
    reds = sum(
        _pixel_is_red(image.pixelColor(int(lay.month_left(m)), int(lay.row_top(i, row) + 3)))
        for m in range(60)
        for i in range(2)
        for row in (Row.PLAN, Row.ACTUAL)
    )
    assert reds == 0


def test_a_tiny_jitter_across_a_month_line_moves_nothing(qtbot, widget: TimelineWidget) -> None:  # type: ignore[no-untyped-def]
    host = Host(widget)
    r = widget.bar_rect((1, Row.PLAN, 0))
    x = int(widget.layout_().month_left(8))  # a month line inside the bar
    qtbot.mousePress(widget, LEFT, pos=QPoint(x - 1, int(r.y + r.h / 2)))
    qtbot.mouseRelease(widget, LEFT, pos=QPoint(x + 1, int(r.y + r.h / 2)))
    assert host.changes == []


def test_dragging_shows_the_new_period(qtbot, widget: TimelineWidget, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    r = widget.bar_rect((1, Row.PLAN, 0))
    a = pt(r)
    qtbot.mousePress(widget, LEFT, pos=a)
    qtbot.mouseMove(widget, QPoint(int(a.x() + 2 * widget.month_width()), a.y()))
    assert widget.state.drag_preview() == ((1, Row.PLAN, 0), 8, 13)
    assert widget.grab().save(str(artifacts / "timeline-dragging.png"))
    qtbot.mouseRelease(widget, LEFT, pos=QPoint(int(a.x() + 2 * widget.month_width()), a.y()))
    assert widget.state.drag_preview() is None


def test_bars_outside_the_window_are_clipped_like_the_printed_sheet(widget: TimelineWidget) -> None:
    p = small_project()
    p.initiatives[1].actual = [Bar(M(2023, 10), M(2024, 6), "前年度から"), Bar(M(2020, 4), M(2021, 3), "昔")]
    widget.set_project(p)
    lay = widget.layout_()
    r = widget.bar_rect((1, Row.ACTUAL, 0))
    assert r.x >= lay.months_x and lay.month_at(r.right - 1) == 2
    assert (1, Row.ACTUAL, 1) not in [ref for ref, _b, _r in widget._bar_items]
    hit = widget.bar_at(*r.center())
    assert hit is not None and hit[0] == (1, Row.ACTUAL, 0)


def test_ctrl_wheel_zooms_around_the_pointer(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    view = TimelineView()
    qtbot.addWidget(view)
    w = view.timeline
    w.set_context(ED, None)
    w.set_project(small_project())
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    x = w.layout_().month_left(40) + 2  # a month near the right, where zooming would push it out of sight

    def wheel(at: float) -> None:
        pos = QPointF(at, 60)
        event = QWheelEvent(
            pos,
            w.mapToGlobal(pos),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            CTRL,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(w, event)

    wheel(x)
    wheel(x + view.horizontalScrollBar().value())  # the pointer stays put on screen: the widget moved under it
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    assert not w.is_fit()
    on_screen = x + view.horizontalScrollBar().value()
    assert w.layout_().month_at(on_screen) == 40


def test_the_screen_draws_the_content_steps_bars_in_the_one_palette(widget: TimelineWidget) -> None:
    """The screen stacks and clips exactly as the sheet and Excel do (layout/content.py), in COLOUR."""
    from roadmap_desktop.layout.content import sheet_content
    from roadmap_desktop.layout.palette import COLOUR

    p = small_project()
    first = ED.first_month
    p.initiatives[0].plan += [
        Bar(first.shifted(-5), first.shifted(3), "前から"),
        Bar(first.shifted(2), first.shifted(6), "重なり"),
    ]
    widget.set_project(p)
    content = sheet_content(ED, p, 1, COLOUR)
    frame = widget.paint_frame()
    lay = frame.layout
    shown = {ref for ref, _bar, _r in frame.bar_items}
    expected = {
        (ini.index, row, pb.index)
        for ini in content.initiatives
        for row in (Row.PLAN, Row.ACTUAL)
        for pb in ini.row(row).bars
    }
    assert shown == expected
    for ini in content.initiatives:
        for row in (Row.PLAN, Row.ACTUAL):
            for pb in ini.row(row).bars:
                want = lay.bar_rect(ini.index, row, pb.first, pb.last, pb.lane)
                assert widget.bar_rect((ini.index, row, pb.index)) == want
    image = widget.grab().toImage()
    for ref, _bar, r in frame.bar_items:
        x, y = round(r.x + r.w / 2), round(r.y + 2)
        colour = COLOUR.actual_fill if ref[1] is Row.ACTUAL else COLOUR.plan_fill
        got = QColor(image.pixel(x, y))
        assert abs(got.redF() - colour[0]) < 0.03 and abs(got.blueF() - colour[2]) < 0.03, ref
