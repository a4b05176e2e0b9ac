"""After every export the user is told what was written where, and can open the folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roadmap_desktop.ui.export_dialog import ExportDialog
from roadmap_desktop.ui.export_done import exported_text
from roadmap_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen, on show()


def test_the_message_names_the_folder_and_the_first_files() -> None:
    folder = Path("/data/出力")
    one = exported_text([folder / "No.56.pdf"])
    assert "書き出しました" in one and str(folder) in one and "No.56.pdf" in one
    many = exported_text([folder / f"No.{n}.pdf" for n in range(56, 76)])
    assert "20件のファイルを書き出しました" in many
    assert "No.60.pdf" in many and "No.61.pdf" not in many and "ほか15件" in many


def test_export_from_the_window_ends_with_where_it_went_and_opens_the_folder(
    sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: self.run_export())
    window.export_dialog()
    assert target.exists()
    box = window.findChild(QMessageBox, "ExportedMessage")
    assert box is not None and box.isVisible()
    assert str(target.parent) in box.text() and target.name in box.text()
    opened: list[Path] = []
    monkeypatch.setattr("roadmap_desktop.ui.export_done.open_folder", lambda f: opened.append(f) or True)
    box.open_button.click()
    assert opened == [target.parent]
