"""The manual (ヘルプ →「使い方」) walks through the yearly cycle with the menus' own words, and every
picture it shows exists (made from the application by tools/make_manual_pictures.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.paths import resources_dir
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.ui.actions import plain_text
from roadmap_desktop.ui.help_text import manual_html
from roadmap_desktop.ui.main_window import MainWindow


def test_the_yearly_jobs_are_in_the_manual_as_the_menus_name_them(qtbot, tmp_path: Path, sample: Roadmap) -> None:
    RoadmapFile.create(tmp_path / "r.roadmap", sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    manual = manual_html()
    for action in (
        window.export_departments_action,
        window.collection_status_action,
        window.import_many_action,
        window.overview_action,
        window.rollover_action,
        window.compare_action,
        window.export_action,
    ):
        assert f"「{plain_text(action)}…」" in manual, plain_text(action)
    assert "冊子にする" in manual and "一年の流れ" in manual


def test_every_picture_of_the_manual_exists_and_is_a_picture(qapp: object) -> None:
    names = re.findall(r'<img src="([^"]+)"', manual_html())
    assert len(names) >= 5
    for name in names:
        image = QImage(str(resources_dir() / "help" / name))
        assert not image.isNull(), name
        assert 400 <= image.width() <= 700, name


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_help_window_finds_the_pictures(qtbot, tmp_path: Path, sample: Roadmap) -> None:
    from roadmap_desktop.ui.help_dialog import HelpDialog

    dialog = HelpDialog(None, [], "")
    qtbot.addWidget(dialog)
    document = dialog.manual.document()
    names = re.findall(r'<img src="([^"]+)"', manual_html())
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    for name in names:
        resource = dialog.manual.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        assert resource is not None and not QImage.fromData(resource).isNull(), name
    assert document.toPlainText().count("ファイル →") >= 4
