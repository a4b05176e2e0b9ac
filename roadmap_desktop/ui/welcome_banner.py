"""The band shown while the sample roadmap is open: that it is the sample, where it is saved, and the
three ways on (新しいロードマップ, 開く, or keep using it).

On the first start the application opens a copy of the sample in the user's data folder, so there is
something to look at at once; this band says so, instead of leaving the user to find out later that
their work went into a hidden folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .contrast import band_style

HUE = "#6a9bd1"  # a calm blue: information, not a warning


class WelcomeBanner(QFrame):
    """Hidden unless the open file is the sample's copy. Each button asks the window for one way on."""

    newRequested = Signal()
    openRequested = Signal()
    keepRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        self._restyle()
        self.setAccessibleName(self.tr("サンプルのお知らせ"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("新しいロードマップを作成(&N)…"), self)
        self.open_button = QPushButton(self.tr("ファイルを開く(&O)…"), self)
        self.keep_button = QPushButton(self.tr("このまま使う(&Q)"), self)
        self.keep_button.setToolTip(self.tr("このファイルを自分のロードマップとして使い続けます（お知らせを閉じます）"))
        self.new_button.clicked.connect(self.newRequested.emit)
        self.open_button.clicked.connect(self.openRequested.emit)
        self.keep_button.clicked.connect(self.keepRequested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        for button in (self.new_button, self.open_button, self.keep_button):
            layout.addWidget(button)
        self.hide()

    def _restyle(self) -> None:
        self.setStyleSheet(band_style("welcomeBanner", self.palette(), HUE, 0.15))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # high contrast switched on or off
            self._restyle()

    def show_for(self, path: Path) -> None:
        self.label.setText(
            self.tr(
                "サンプルのロードマップ（県の公表資料から作った見本）を開いています。"
                "変更はこのファイルに保存されます: {path}"
            ).format(path=path)
        )
        self.label.setToolTip(str(path))
        self.show()
