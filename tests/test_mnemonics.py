"""Access keys as Japanese Windows applications write them (「冊子にする(&B)」, 「保存(&S)」): every button,
check box, radio button, label of a field and menu entry of every window has one, no two in a window
(or a menu) share a key, and Alt+the letter does what the control does."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from window_controls import access_key, keyed_controls, menu_bar_menus, menu_entries, open_window
from windows_fit_child import DIALOG_CLASSES

from roadmap_desktop.ui.actions import plain
from roadmap_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WINDOWS = ("MainWindow", *DIALOG_CLASSES)


def _open(qtbot: QtBot, window: MainWindow, tmp_path: Path, name: str) -> QWidget:
    return open_window(qtbot, window, tmp_path / "r6.roadmap", name)


def _clashes(keyed: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for what, text in keyed:
        by_key[access_key(text)].append(what)
    return {key: whats for key, whats in by_key.items() if len(whats) > 1}


@pytest.mark.parametrize("name", WINDOWS)
def test_every_control_has_its_own_access_key(
    qtbot: QtBot, sample_window: MainWindow, tmp_path: Path, name: str
) -> None:
    window = _open(qtbot, sample_window, tmp_path, name)
    keyed = list(keyed_controls(window))
    # the menu bar's titles share the window's keys: Alt+F opens ファイル(&F) wherever the focus is
    keyed += [(f"メニュー「{a.text()}」", a.text()) for a, _menu in menu_bar_menus(window)]
    if name == "MainWindow":  # its menus, the form's labels, the list's buttons, the two bands' buttons
        assert len(keyed) >= 26
    assert [what for what, text in keyed if not access_key(text)] == []
    assert _clashes(keyed) == {}
    # the letter follows the words, in brackets, as Japanese applications write it: 書き出す(&E)…
    for what, text in keyed:
        if "&" in text and not text.startswith("&"):
            assert "(&" in text, what


def test_every_menu_entry_has_its_own_access_key(sample_window: MainWindow) -> None:
    menus = menu_bar_menus(sample_window)
    assert [plain(a.text()) for a, _m in menus] == ["ファイル", "編集", "表示", "ヘルプ"]
    entries: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for _title, menu in menus:
        for shown_in, action in menu_entries(menu):
            entries[shown_in.title()].append((f"「{action.text()}」", action.text()))
    assert len(entries) >= 5  # with 最近使ったファイル, whose entries are numbered &1, &2 …
    for title, keyed in entries.items():
        assert [what for what, text in keyed if not access_key(text)] == [], title
        assert _clashes(keyed) == {}, title


def test_a_recent_file_is_numbered(qtbot: QtBot, sample_window: MainWindow) -> None:
    assert sample_window.recent_menu.actions()
    assert access_key(sample_window.recent_menu.actions()[0].text()) == "Alt+1"


def test_plain_text_reads_as_a_person_reads(sample_window: MainWindow) -> None:
    """The access key is the translation's choice, inside its string; tooltips and the manual quote
    the words without it."""
    assert sample_window.export_departments_action.text() == "部局別に書き出し(&D)…"
    assert plain(sample_window.export_departments_action.text()) == "部局別に書き出し…"
    assert sample_window.export_departments_action.toolTip() == "部局別に書き出し"
    assert plain("保存(&S)（自動で保存済み）") == "保存（自動で保存済み）" and plain("A && B(&C)") == "A & B"
    assert sample_window.undo_action.toolTip().startswith("元に戻す（Ctrl+Z")


def _alt(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()


def test_alt_and_the_letter_works_in_a_dialog(qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    from roadmap_desktop.ui.export_dialog import ExportDialog

    dialog = _open(qtbot, sample_window, tmp_path, "ExportDialog")
    assert isinstance(dialog, ExportDialog)
    dialog.pdf.setFocus()
    qtbot.waitUntil(dialog.pdf.hasFocus)
    before = dialog.book.isChecked()
    _alt(dialog.pdf, Qt.Key.Key_B)  # 冊子にする(&B): ticked or unticked (Qt animates the click), and focused
    qtbot.waitUntil(lambda: dialog.book.isChecked() is not before)
    assert dialog.book.hasFocus()
    _alt(dialog.book, Qt.Key.Key_X)  # Excel(&X): chosen
    qtbot.waitUntil(dialog.xlsx.isChecked)
    assert not dialog.pdf.isChecked()
    _alt(dialog.xlsx, Qt.Key.Key_W)  # パスワード(&W): the label's field takes the focus
    assert dialog.password.hasFocus()
    _alt(dialog.password, Qt.Key.Key_T)  # 対象(&T)
    assert dialog.scope.hasFocus()


def test_alt_and_the_letter_works_in_the_main_window(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    window.activateWindow()
    table = window.list_panel.ui.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    _alt(table, Qt.Key.Key_J)  # 事業名(&J): the form's field
    assert window.form.field_widget("name").hasFocus()
    _alt(window.form.field_widget("name"), Qt.Key.Key_G)  # 概要(&G)
    assert window.form.field_widget("overview").hasFocus()


def _menu_keys(menu: object) -> tuple[list[str], dict[str, list[str]]]:
    from PySide6.QtWidgets import QMenu

    assert isinstance(menu, QMenu)
    entries = [(f"「{a.text()}」", a.text().split("\t")[0]) for a in menu.actions() if not a.isSeparator()]
    assert entries
    return [what for what, text in entries if not access_key(text)], _clashes(entries)


def test_context_menus_have_their_own_access_keys(sample_window: MainWindow) -> None:
    """The list's menu (the window's actions), the timeline's on a bar and on an 取組, the list
    header's two commands (its column names are the columns' own headings: no letter)."""
    from PySide6.QtCore import QPoint

    from roadmap_desktop.core.timeline_state import Row

    window = sample_window
    table = window.list_panel.ui.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    from PySide6.QtWidgets import QMenu

    list_menu = QMenu()
    list_menu.addActions(table.actions())
    assert _menu_keys(list_menu) == ([], {})
    timeline = window.timeline

    def centre(r: object) -> QPoint:
        return QPoint(int(r.x + r.w / 2), int(r.y + r.h / 2))  # type: ignore[attr-defined]

    for at in (timeline.bar_rect((0, Row.PLAN, 0)), timeline.name_cell_rect(0)):
        menu = timeline.menu_for(centre(at))
        assert len(menu.actions()) >= 4
        assert _menu_keys(menu) == ([], {})
    header = window.list_panel.header_menu()
    commands = [a for a in header.actions() if not a.isCheckable() and not a.isSeparator()]
    assert len(commands) == 2 and all(access_key(a.text()) for a in commands)
    assert _clashes([(a.text(), a.text()) for a in commands]) == {}
