"""Everyday use of the main window: toolbar, menus and help, keys that work wherever the focus is,
sorting and moving, the read-only band, 基準月, and the first window on a small screen."""

from __future__ import annotations

import json
import re
import socket
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.timeline_keys import key_bindings
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.lock import lock_path
from roadmap_desktop.ui.actions import plain
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.project_list import Column

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def file_dump(path: Path) -> str:
    with RoadmapFile.open(path, readonly=True) as f:
        return dumps(f.load())


class Boxes:
    """Every QMessageBox is answered here; none may block."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.questions: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: self.warnings.append((title, text)))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        self.questions.append((title, text))
        return self.answer


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def roadmap_path(tmp_path: Path, sample: Roadmap) -> Path:
    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    return path


@pytest.fixture
def window(qtbot, roadmap_path: Path, boxes: Boxes) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(roadmap_path)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def fake_module(monkeypatch: pytest.MonkeyPatch, name: str, **attrs: object) -> None:
    module = types.ModuleType(name)
    for k, v in attrs.items():
        setattr(module, k, v)
    monkeypatch.setitem(sys.modules, name, module)


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


# --- toolbar, menus, help ---------------------------------------------------------------------


def test_toolbar_holds_the_everyday_actions_with_icons_and_japanese_tips(window: MainWindow) -> None:
    w = window
    expected = [w.new_action, w.open_action, w.add_action, w.add_initiative_action, w.undo_action, w.redo_action,
                w.import_action, w.export_action, w.print_action, w.zoom_in_action, w.zoom_out_action,
                w.zoom_fit_action]  # fmt: skip
    on_bar = [a for a in w.toolbar.actions() if not a.isSeparator()]
    assert on_bar == expected
    for action in on_bar:
        assert not action.icon().isNull()
        tip = action.toolTip()
        assert re.search(r"[ぁ-んァ-ン一-龥]", tip), tip
        keys = action.shortcut().toString()
        assert keys and f"（{keys}" in tip, tip  # the shortcut is in the tooltip
    assert w.print_action.shortcut().toString() == "Ctrl+P"
    assert w.export_action.shortcut().toString() == "Ctrl+E"


def test_menus_show_shortcuts_help_and_zoom(window: MainWindow) -> None:
    w = window
    titles = [m.title() for m in (w.file_menu, w.edit_menu, w.view_menu, w.help_menu)]
    assert titles == ["ファイル(&F)", "編集(&E)", "表示(&V)", "ヘルプ(&H)"]
    assert {w.zoom_in_action, w.zoom_out_action, w.zoom_fit_action, w.reference_action} <= set(w.view_menu.actions())
    assert [plain(a.text()) for a in w.help_menu.actions() if not a.isSeparator()] == [
        "使い方", "キー操作の一覧", "ログのフォルダーを開く", "バージョン情報とライセンス"]  # fmt: skip
    assert w.help_action.shortcut().toString() == "F1"
    # the list's context menu: its actions, with their keys shown
    table_actions = [a for a in w.list_panel.ui.table.actions() if not a.isSeparator()]
    assert table_actions[:3] == [w.add_action, w.duplicate_action, w.delete_action]
    assert w.delete_action.shortcut().toString() == "Del"
    assert all(a.isShortcutVisibleInContextMenu() for a in table_actions)
    assert w.list_panel.ui.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_zoom_actions_change_the_timeline(window: MainWindow) -> None:
    width = window.timeline.month_width()
    window.zoom_in_action.trigger()
    assert window.timeline.month_width() > width
    window.zoom_fit_action.trigger()
    assert window.timeline.is_fit()


def test_help_lists_every_key_from_the_same_table_the_timeline_uses(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.keys_action.trigger()
    dialog = window.help_dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.tabs.currentIndex() == 1
    rows = dialog.key_rows()
    for binding in key_bindings():
        assert (binding.shown, binding.action) in rows
    keys = {k for k, _ in rows}
    # key names as Japanese manuals write them: arrows and メニュー, not Qt's English names
    assert ("↑ / ↓", "上の行／下の行") in rows and any("メニュー" in k for k in keys)
    assert not any(word in k for k in keys for word in ("Up", "Down", "Left", "Right", "Menu")), keys
    for action in (window.find_action, window.help_action, window.save_action, window.print_action,
                   window.export_action, window.undo_action, window.zoom_in_action, window.delete_action):  # fmt: skip
        assert action.shortcut().toString() in " ".join(keys), action.text()
    assert ("Ctrl+S", "保存（自動で保存済み）") in rows
    window.help_action.trigger()
    assert dialog.tabs.currentIndex() == 0 and "使い方" in dialog.manual.toPlainText()
    assert "ぺーぱーれす" in dialog.manual.toPlainText()  # the manual describes the search as it works
    window.about_action.trigger()
    assert dialog.tabs.currentIndex() == 2
    assert "IPA" in dialog.licence.toPlainText() and "バージョン" in dialog.version_label.text()
    dialog.log_button.click()
    from roadmap_desktop.logging_setup import logs_dir

    assert opened and Path(opened[-1].toLocalFile()) == logs_dir()
    dialog.close()


def test_log_folder_that_cannot_open_is_named_in_the_status_bar(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    assert window.open_log_folder() is False
    assert "ログのフォルダーを開けませんでした" in window.statusBar().currentMessage()


# --- keys that work wherever the focus is --------------------------------------------------------


def test_everyday_keys_work_wherever_the_focus_is(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    seen: list[str] = []

    class ExportDialog:
        def __init__(self, *args: object) -> None:
            seen.append("export")
            self.written: list[Path] = []

        def exec(self) -> int:
            return 0

    fake_module(monkeypatch, "roadmap_desktop.ui.export_dialog", ExportDialog=ExportDialog)
    fake_module(monkeypatch, "roadmap_desktop.ui.print_dialog", open_print_dialog=lambda *a: seen.append("print"))
    search = window.list_panel.ui.search
    places = [window.list_panel.ui.table, window.form.field_widget("name"), window.form.field_widget("overview"),
              window.timeline]  # fmt: skip
    for place in places:
        name = type(place).__name__
        focus(qtbot, place)
        qtbot.keyClick(place, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert search.hasFocus(), name
        focus(qtbot, place)
        qtbot.keyClick(place, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert "保存されています" in window.statusBar().currentMessage(), name
        window.statusBar().clearMessage()
        qtbot.keyClick(place, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert seen[-1] == "print", name
        qtbot.keyClick(place, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert seen[-1] == "export", name
        qtbot.keyClick(place, Qt.Key.Key_F1)
        assert window.help_dialog.isVisible(), name
        window.help_dialog.close()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert boxes.warnings == []


def test_delete_in_the_list_asks_then_deletes_the_selection_but_not_in_a_field(
    qtbot, window: MainWindow, roadmap_path: Path, boxes: Boxes
) -> None:
    table = window.list_panel.ui.table
    window.list_panel.select_project(window.roadmap.projects[3].id)
    gone = window.roadmap.projects[3].id
    name = window.form.field_widget("name")
    focus(qtbot, name)
    name.setCursorPosition(0)
    qtbot.keyClick(name, Qt.Key.Key_Delete)  # in a text field Delete deletes a character
    assert boxes.questions == [] and len(window.roadmap.projects) == 20
    focus(qtbot, table)
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(boxes.questions) == 1 and boxes.questions[0][0] == "事業の削除"
    assert len(window.roadmap.projects) == 20
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(window.roadmap.projects) == 19 and gone not in [
        p["id"] for p in json.loads(file_dump(roadmap_path))["projects"]
    ]
    assert window.current_project() is not None


def test_add_initiative_from_the_toolbar(qtbot, window: MainWindow, roadmap_path: Path) -> None:
    project = window.current_project()
    n = len(project.initiatives)
    window.add_initiative_action.trigger()
    assert len(window.current_project().initiatives) == n + 1
    assert len(json.loads(file_dump(roadmap_path))["projects"][0]["initiatives"]) == n + 1
    assert window.undo_group.undoText() == "取組を追加"


# --- the list: sorting and moving --------------------------------------------------------------


def test_up_and_down_are_disabled_while_sorted_and_say_why(qtbot, window: MainWindow) -> None:
    ui = window.list_panel.ui
    assert ui.upButton.isEnabled() and window.up_action.isEnabled()
    ui.table.sortByColumn(Column.BUDGET, Qt.SortOrder.DescendingOrder)
    for w in (ui.upButton, ui.downButton, window.up_action, window.down_action):
        assert not w.isEnabled()
    assert "並べ替え" in ui.upButton.toolTip() and "シート番号の順に戻す" in ui.upButton.toolTip()
    window.list_panel.sort_in_book_order()
    assert ui.upButton.isEnabled() and "並べ替え" not in ui.upButton.toolTip()


def test_clearing_the_search_brings_the_chosen_project_back_to_the_form(qtbot, window: MainWindow) -> None:
    chosen = window.roadmap.projects[5]
    window.list_panel.select_project(chosen.id)
    assert window.form.field_widget("name").text() == chosen.name
    window.list_panel.ui.search.insert("みつからない言葉")
    assert window.current_project() is None and not window.form.isEnabled()
    assert not window.delete_action.isEnabled() and not window.duplicate_action.isEnabled()
    window.list_panel.ui.search.clear()
    assert window.current_project().id == chosen.id
    assert window.form.field_widget("name").text() == chosen.name and window.form.isEnabled()


def test_toolbar_can_be_hidden_from_the_view_menu(qtbot, window: MainWindow) -> None:
    assert (
        window.toolbar_action in window.view_menu.actions()
        and plain(window.toolbar_action.text()) == "ツールバーを表示"
    )
    window.toolbar_action.trigger()
    assert window.toolbar.isHidden()
    window.toolbar_action.trigger()
    assert not window.toolbar.isHidden()


def test_list_columns_are_remembered(qtbot, window: MainWindow) -> None:
    table = window.list_panel.ui.table
    table.setColumnWidth(Column.DEPARTMENTS, 121)  # 事業名 takes the rest of the pane: the others are the user's
    table.horizontalHeader().setSectionHidden(Column.SECTIONS, True)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    t = again.list_panel.ui.table
    assert t.columnWidth(Column.DEPARTMENTS) == 121 and t.horizontalHeader().isSectionHidden(Column.SECTIONS)


# --- read-only -------------------------------------------------------------------------------------


def test_read_only_band_and_reopening_for_editing(qtbot, roadmap_path: Path, boxes: Boxes) -> None:
    holder = {"user": "suzuki", "host": socket.gethostname() + "-x", "pid": 1, "since": "2026-11-29 14:05"}
    lock_path(roadmap_path).write_text(json.dumps(holder), encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(roadmap_path)
    assert "令和8年11月29日 14:05" in boxes.questions[0][1]
    assert w.readonly_banner.isVisible()
    assert "suzuki" in w.readonly_banner.text() and "令和8年11月29日 14:05" in w.readonly_banner.text()
    assert all(w.form.field_widget(k).isReadOnly() for k in ("name", "overview", "budget"))
    assert not w.undo_action.isEnabled() and not w.add_initiative_action.isEnabled()
    w.add_project()  # e.g. a key: refused without a box
    assert boxes.warnings == [] and "読み取り専用" in w.statusBar().currentMessage()
    w.save_action.trigger()
    assert "保存しません" in w.statusBar().currentMessage()
    assert not w.reopen_writable()  # still locked
    assert "まだ編集できません" in w.statusBar().currentMessage()
    lock_path(roadmap_path).unlink()
    assert w.reopen_writable()
    assert not w.readonly_banner.isVisible() and "読み取り専用" not in w.windowTitle()
    assert not w.form.field_widget("name").isReadOnly() and w.add_action.isEnabled()
    w.add_project()
    assert len(json.loads(file_dump(roadmap_path))["projects"]) == 21
    w.close()
    assert not lock_path(roadmap_path).exists()


# --- 基準月 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "month"),
    [("2025-03", "2025-03"), ("2025年3月", "2025-03"), ("令和7年3月", "2025-03"), ("R7.3", "2025-03"),
     ("Ｒ７年３月", "2025-03"), ("令和元年5月", "2019-05")],
)  # fmt: skip
def test_reference_month_dialog_reads_every_form(qtbot, typed: str, month: str) -> None:
    from roadmap_desktop.ui.reference_dialog import ReferenceDialog

    dialog = ReferenceDialog(None, None, Month(2026, 11))
    qtbot.addWidget(dialog)
    assert dialog.auto.isChecked() and dialog.value() is None
    dialog.auto.setChecked(False)
    dialog.text.clear()
    dialog.text.insert(typed)  # as typed (QTest types ASCII only)
    assert dialog.ok_button.isEnabled()
    y, m = (int(x) for x in month.split("-"))
    assert (dialog.picker.date().year(), dialog.picker.date().month()) == (y, m)  # the picker follows
    dialog.accept()
    assert dialog.result() == ReferenceDialog.DialogCode.Accepted and dialog.value() == month


def test_reference_month_picker_and_refusal(qtbot) -> None:
    from PySide6.QtCore import QDate

    from roadmap_desktop.ui.reference_dialog import ReferenceDialog

    dialog = ReferenceDialog(None, "2025-03", Month(2026, 11))
    qtbot.addWidget(dialog)
    assert not dialog.auto.isChecked() and dialog.text.text() == "令和7年3月"
    dialog.picker.setDate(QDate(2024, 10, 1))
    assert dialog.text.text() == "令和6年10月" and dialog.value() == "2024-10"
    dialog.text.clear()
    dialog.text.insert("来月")
    assert not dialog.ok_button.isEnabled() and "年月として読み取れません" in dialog.error.text()
    dialog.accept()
    assert dialog.result() != ReferenceDialog.DialogCode.Accepted


def test_reference_month_is_called_the_same_everywhere(window: MainWindow) -> None:
    assert plain(window.reference_action.text()) == "基準月を設定…"
    assert window.reference_label.text().startswith("基準月: ")
    window.set_reference_month("2025-03")
    assert window.reference_label.text() == "基準月: 令和7年3月"
    tip = window.list_panel.model.index(0, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "基準日" not in tip


# --- the first window -----------------------------------------------------------------------------


def test_first_window_fits_the_screens_available_area(qtbot, window: MainWindow) -> None:
    avail = window.screen().availableGeometry()
    first = window.first_run_geometry()
    assert avail.contains(first)
    assert first.width() <= 1400 and first.height() <= 900
    assert window.frameGeometry().bottom() <= avail.bottom() and window.frameGeometry().right() <= avail.right()


# --- renders to look at ------------------------------------------------------------------------------


def test_render_help_read_only_band_and_empty_list(
    qtbot, roadmap_path: Path, boxes: Boxes, artifacts: Path, app_font: str
) -> None:
    holder = {"user": "suzuki", "host": socket.gethostname() + "-x", "pid": 1, "since": "2026-11-29 14:05"}
    lock_path(roadmap_path).write_text(json.dumps(holder), encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    assert w.open_path(roadmap_path)
    w.list_panel.ui.search.insert("みつからない")
    assert w.list_panel.empty_label.isVisible()
    assert w.grab().save(str(artifacts / "everyday_read_only_empty.png"))
    w.keys_action.trigger()
    w.help_dialog.resize(760, 560)
    assert w.help_dialog.grab().save(str(artifacts / "everyday_help_keys.png"))
    w.help_action.trigger()
    assert w.help_dialog.grab().save(str(artifacts / "everyday_help_manual.png"))
    w.help_dialog.close()

    from roadmap_desktop.ui.reference_dialog import ReferenceDialog

    dialog = ReferenceDialog(w, "2025-03", Month(2026, 11))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.grab().save(str(artifacts / "everyday_reference_month.png"))
    w.close()


def test_read_only_place_says_why_in_the_band(
    qtbot, roadmap_path: Path, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == roadmap_path and mode == os.W_OK else real_access(p, mode)
    )
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(roadmap_path)
    text = w.readonly_banner.text()
    assert "「r6.roadmap」は読み取り専用のファイルです。" in text
    assert "開いてください" not in text  # the advice in the question is not repeated once done
    assert w.readonly_banner.isVisible()
    w.close()


def test_first_window_keeps_clear_of_the_taskbar(qtbot, monkeypatch: pytest.MonkeyPatch, boxes: Boxes) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    # Windows' taskbar at the bottom of a 1366×768 screen: 40 px are not available
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))
    w = MainWindow()
    qtbot.addWidget(w)
    first = w.first_run_geometry()
    assert QRect(0, 0, 1366, 728).contains(first.adjusted(-8, -32, 8, 8))  # with a typical frame around it
    assert w.geometry() == first
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: sum(w.main_splitter.sizes()) > 1000)
    list_w, right_w = w.main_splitter.sizes()
    assert 0.35 < list_w / (list_w + right_w) < 0.5  # the list gets its share, the sheet the rest


def test_the_form_folds_to_give_the_timeline_the_height(qtbot, window: MainWindow) -> None:
    """表示 →「フォームを折りたたむ」: 概要 and the three columns hide, the timeline grows, and the choice is kept."""
    window.resize(1366, 728)
    qtbot.wait(10)
    before = window.timeline_view.height()
    overview = window.form.field_widget("overview").toPlainText()
    window.compact_action.trigger()
    assert not window.form.field_widget("overview").isVisibleTo(window.form)
    assert not window.form.field_widget("issues").isVisibleTo(window.form)
    assert window.form.field_widget("name").isVisibleTo(window.form)
    qtbot.waitUntil(lambda: window.timeline_view.height() > before + 100)
    assert window.form.field_widget("overview").toPlainText() == overview  # hidden, not changed
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.compact_action.isChecked() and not again.form.field_widget("overview").isVisibleTo(again.form)
    again.compact_action.trigger()
    assert again.form.field_widget("overview").isVisibleTo(again.form)


def test_two_windows_on_one_file_one_writer_and_no_lost_update(qtbot, roadmap_path: Path, boxes: Boxes) -> None:
    """Two windows open the same roadmap with the real lock: the second is told who has it and opens it
    read-only; its edits are refused, the first window's are saved, and after the first closes the second
    takes over with the first's edit in place (nothing lost either way)."""
    first, second = MainWindow(), MainWindow()
    for w in (first, second):
        qtbot.addWidget(w)
        w.show()
    assert first.open_path(roadmap_path) and not first.document.readonly
    assert second.open_path(roadmap_path) and second.document.readonly
    assert boxes.questions and "読み取り専用で開きますか" in boxes.questions[-1][1]
    second.add_project()  # refused: not the writer
    first.add_project()
    assert len(json.loads(file_dump(roadmap_path))["projects"]) == 21
    first.close()
    assert second.reopen_writable() and not second.document.readonly
    assert len(second.document.roadmap.projects) == 21  # the first window's edit, read again
    second.add_project()
    assert len(json.loads(file_dump(roadmap_path))["projects"]) == 22
    second.close()
