"""No English on screen: every window and dialog of the application, Qt's own file dialog included,
shows and speaks Japanese. A word of ASCII letters is allowed only where Japanese manuals and screens
write it so: file formats (PDF, Excel), key names (Ctrl, Alt, Shift, Esc, F1, Tab), the 和暦's R and H,
the names of the software the about page credits, the application's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from window_controls import english_words, open_window, shown_texts
from windows_fit_child import DIALOG_CLASSES

from roadmap_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
WINDOWS = ("MainWindow", *DIALOG_CLASSES)


def _english(window: QWidget) -> list[str]:
    return sorted({f"{where}: {word}" for where, text in shown_texts(window) for word in english_words(text)})


def test_the_rule_finds_english() -> None:
    assert english_words("Look in:") == ["Look", "in"]
    assert english_words("Up / Down") == ["Up", "Down"]
    assert english_words("保存(&S)（Ctrl+S）、R6事業費、No.56、PDF・Excel に書き出す(&X)…") == []
    assert english_words("Roadmap Desktop — C:/Users/staff/令和6年度.roadmap、Excel (*.xlsx)") == []
    assert english_words("Menu") == ["Menu"]


@pytest.mark.parametrize("name", WINDOWS)
def test_every_window_speaks_japanese(qtbot: QtBot, sample_window: MainWindow, tmp_path: Path, name: str) -> None:
    window = open_window(qtbot, sample_window, tmp_path / "r6.roadmap", name)
    texts = list(shown_texts(window))
    assert len(texts) > 3
    assert _english(window) == []


def test_the_main_windows_bands_and_help_pages_speak_japanese(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    window.welcome_banner.show_for(window.document.file.path)
    window.readonly_banner.show_reason("試験です。")
    assert _english(window) == []
    window.show_help("keys")
    dialog = window.help_dialog
    qtbot.addWidget(dialog)
    keys = dialog.key_rows()
    assert any("↑" in k for k, _ in keys) and any("メニュー" in k for k, _ in keys)
    assert _english(dialog) == []


def test_qts_own_file_dialog_speaks_japanese(qtbot: QtBot, sample_window: MainWindow, tmp_path: Path) -> None:
    """Qt's file dialog (Windows shows its own, in the system's language; this one where no native
    dialog is available): labels, buttons, tooltips, the list's headers and its folders' type. Qt 6
    wrote some of these anew (「&Look in:」, 「Folder」), which qtbase_ja has only in their Qt 5 form."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QAbstractItemView

    folder = tmp_path / "ロードマップ"
    (folder / "書類").mkdir(parents=True)  # names in Japanese: a file's name is the user's, not ours
    dialog = QFileDialog(sample_window, "書き出し先", str(folder), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(folder))])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(QAbstractItemView, "treeView")
    assert view is not None
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1)
    texts = dict(shown_texts(dialog))
    assert texts["QLabel:lookInLabel"] == "アドレス(&L):" and texts["QLabel:fileTypeLabel"] == "ファイルの種類(&T):"
    assert "フォルダ" in {text for where, text in shown_texts(dialog) if where == "QTreeView:treeView cell"}
    assert _english(dialog) == []
