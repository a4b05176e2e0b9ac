"""The band above the list and the form while a roadmap is open read-only: why, and by whom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .contrast import band_style

HUE, FLASH_HUE = "#e0b400", "#c98a00"  # amber: look here; darker and stronger when an edit was refused


class ReadOnlyBanner(QFrame):
    """Hidden while the file is writable. ``reopenRequested`` asks to open the file for editing again."""

    reopenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readonlyBanner")
        self._style(flash=False)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reopen = QPushButton(self.tr("編集できるように開き直す(&Z)"), self)
        self.reopen.setToolTip(self.tr("相手がファイルを閉じた後に押すと、編集できる状態で開き直します"))
        self.reopen.clicked.connect(self.reopenRequested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reopen)
        self._calm = QTimer(self)  # owned by the band: never fires after the band is gone
        self._calm.setSingleShot(True)
        self._calm.setInterval(900)
        self._calm.timeout.connect(lambda: self._style(flash=False))
        self.hide()

    def show_reason(self, reason: str) -> None:
        self.label.setText(
            self.tr(
                "読み取り専用で開いています。{reason}見ることと印刷・書き出しはできますが、変更はできません。"
            ).format(reason=reason)
        )
        self._style(flash=False)
        self.show()

    def flash(self) -> None:
        """Draw the eye to the band when an edit is tried (instead of a message box)."""
        self._style(flash=True)
        self._calm.start()

    def _style(self, flash: bool) -> None:
        self._flashing = flash
        hue, share, border = (FLASH_HUE, 0.45, 2) if flash else (HUE, 0.2, 1)
        self.setStyleSheet(band_style("readonlyBanner", self.palette(), hue, share, border))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # high contrast switched on or off
            self._style(self._flashing)

    def text(self) -> str:
        return self.label.text()
