"""Application start-up: Qt, fonts, translations, and which roadmap to open first."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from .core.sample import load_sample
from .paths import data_dir, resources_dir, sample_path
from .storage import RoadmapFile

DEFAULT_NAME = "ロードマップ.roadmap"


def default_roadmap_path() -> Path:
    """The user's own roadmap; on first run it starts as a copy of the sample roadmap."""
    path = data_dir() / DEFAULT_NAME
    if not path.exists():
        RoadmapFile.create(path, load_sample(sample_path())).close()
    return path


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from .core.i18n import install_translator
    from .ui.main_window import MainWindow

    args = list(sys.argv if argv is None else argv)
    app = QApplication(args)
    app.setApplicationName("Roadmap Desktop")
    app.setOrganizationName("RoadmapDesktop")
    install_translator(QCoreApplication.translate)
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "ipaexg.ttf"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = app.font()
        font.setFamily(families[0])
        app.setFont(font)
    path = Path(args[1]) if len(args) > 1 else default_roadmap_path()
    window = MainWindow()
    window.open_path(path)
    window.show()
    return app.exec()
