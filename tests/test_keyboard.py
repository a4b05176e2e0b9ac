"""A full keyboard path: every window opens from a menu (Alt and the underlined letters), every
enabled control of every window is reached by Tab in a sensible order and the focus never sticks,
Enter presses the dialog's own action and Esc closes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard_walk import controls, describe, walk
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QPushButton
from pytestqt.qtbot import QtBot
from window_controls import open_window
from windows_fit_child import DIALOG_CLASSES

from roadmap_desktop.ui.actions import plain
from roadmap_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        found.extend(_menu_actions(sub) if isinstance(sub, QMenu) else [action])
    return found


def test_every_command_of_the_window_is_in_a_menu_with_an_underlined_letter(sample_window: MainWindow) -> None:
    window = sample_window
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert len(menus) >= 4
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()  # ファイル(&F): Alt+F opens it
    in_menus = {a for m in menus for a in _menu_actions(m)}  # type: ignore[arg-type]
    commands = {name: a for name, a in vars(window).items() if name.endswith("_action") and isinstance(a, QAction)}
    assert len(commands) > 25
    missing = sorted(name for name, a in commands.items() if a not in in_menus and a.shortcut().isEmpty())
    assert missing == []


def test_tab_reaches_every_control_of_the_main_window_in_order(sample_window: MainWindow) -> None:
    window = sample_window
    chain, problems = walk(window)
    assert problems == []
    reached = set(chain)
    assert [describe(c) for c in controls(window) if c not in reached] == []
    # the order a person reads the window in: search and filters, the list, its buttons, the form, the timeline
    order = [window.list_panel.ui.search, window.list_panel.ui.table, window.form.field_widget("name"),
             window.form.field_widget("change"), window.timeline]  # fmt: skip
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("name", DIALOG_CLASSES)
def test_every_dialog_works_from_the_keyboard(
    qtbot: QtBot, sample_window: MainWindow, tmp_path: Path, name: str
) -> None:
    window = sample_window
    dialog = open_window(qtbot, window, tmp_path / "r6.roadmap", name)
    chain, problems = walk(dialog)
    assert problems == []
    reached = set(chain)
    assert [describe(c) for c in controls(dialog) if c not in reached] == []
    assert len(chain) >= 2
    # Enter presses the dialog's own action (accept, or close where it only shows something), never a
    # side button such as 「A と B を入れ替え」
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    boxes = dialog.findChildren(QDialogButtonBox)
    accepting = [
        b
        for box in boxes
        for b in box.buttons()
        if box.buttonRole(b) in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
    ]
    if accepting:
        assert defaults and defaults[0] in accepting, (name, [b.text() for b in defaults])
    elif defaults:
        assert plain(defaults[0].text()) in ("閉じる", "OK"), (name, defaults[0].text())
    # Esc closes it, wherever the focus is
    focus = QApplication.focusWidget()
    QTest.keyClick(focus if focus is not None and focus.window() is dialog else dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


def test_tab_leaves_a_table_of_many_cells(qtbot: QtBot) -> None:
    """回収状況 with 30 workbooks: Tab goes on to 閉じる, not through its 210 cells one by one."""
    from roadmap_desktop.storage.rounds import ExportRecord
    from roadmap_desktop.ui.collection import CollectionStatusDialog

    records = [
        ExportRecord(
            f"id{i}", f"部局{i}", f"部局{i}.xlsx", "2025-01-10T09:00:00", "r", 3, returned="2025-01-20T10:00:00"
        )
        for i in range(30)
    ]
    dialog = CollectionStatusDialog(None, records)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain, problems = walk(dialog, hold=3)
    assert problems == [] and dialog.table in chain
