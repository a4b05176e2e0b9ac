"""The band above the list and the form while a roadmap is open read-only: why, and by whom."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLE = "#readonlyBanner { background: #fff4ce; border: 1px solid #e0b400; border-radius: 3px; }"
FLASH_STYLE = "#readonlyBanner { background: #ffe08a; border: 2px solid #c98a00; border-radius: 3px; }"


class ReadOnlyBanner(QFrame):
    """Hidden while the file is writable. ``reopenRequested`` asks to open the file for editing again."""

    reopenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readonlyBanner")
        self.setStyleSheet(STYLE)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reopen = QPushButton(self.tr("編集できるように開き直す"), self)
        self.reopen.setToolTip(self.tr("相手がファイルを閉じた後に押すと、編集できる状態で開き直します"))
        self.reopen.clicked.connect(self.reopenRequested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reopen)
        self._calm = QTimer(self)  # owned by the band: never fires after the band is gone
        self._calm.setSingleShot(True)
        self._calm.setInterval(900)
        self._calm.timeout.connect(lambda: self.setStyleSheet(STYLE))
        self.hide()

    def show_reason(self, reason: str) -> None:
        self.label.setText(
            self.tr(
                "読み取り専用で開いています。{reason}見ることと印刷・書き出しはできますが、変更はできません。"
            ).format(reason=reason)
        )
        self.setStyleSheet(STYLE)
        self.show()

    def flash(self) -> None:
        """Draw the eye to the band when an edit is tried (instead of a message box)."""
        self.setStyleSheet(FLASH_STYLE)
        self._calm.start()

    def text(self) -> str:
        return self.label.text()
