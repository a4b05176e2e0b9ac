"""表示 → 基準月を設定: the month against which 遅れ is judged, typed in any form or picked."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ValidationError
from ..core.fiscal import Month, parse_month
from .contrast import text_on


class ReferenceDialog(QDialog):
    """:meth:`value` is the chosen month as ``YYYY-MM``, or None for 今月 (today's month)."""

    def __init__(self, parent: QWidget | None, current: str | None, today: Month) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("基準月"))
        self._today = today
        self.auto = QCheckBox(self.tr("今月を基準月にする(&A)（毎月自動で進みます）"), self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("例: 令和7年3月、R7.3、2025年3月、2025-03"))
        self.text.setToolTip(self.tr("年度の欄と同じ書き方（令和・R・西暦、全角も可）に月を付けて入力します"))
        self.picker = QDateEdit(self)
        self.picker.setDisplayFormat("yyyy年M月")
        self.picker.setCalendarPopup(True)
        self.picker.setToolTip(self.tr("月を選びます（矢印キーで1か月ずつ動かせます）"))
        self.error = QLabel(self)
        self.error.setStyleSheet(f"QLabel {{ color: {text_on(self.palette(), '#b71c1c')}; }}")
        self.error.setWordWrap(True)
        self.words = QLabel(self)
        form = QFormLayout()
        form.addRow("", self.auto)
        form.addRow(self.tr("基準月(&R)"), self.text)
        form.addRow(self.tr("カレンダーから選ぶ(&C)"), self.picker)
        form.addRow("", self.words)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("状況（遅れ・超過など）とタイムラインの赤い印は、この月の時点で判定します。"), self)
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        month = self._parse(current) if current else None
        self.auto.setChecked(month is None)
        self._set_month(month or today)
        self.text.textEdited.connect(self._text_edited)
        self.picker.dateChanged.connect(self._picked)
        self.auto.toggled.connect(self._auto_toggled)
        self._auto_toggled(self.auto.isChecked())

    @staticmethod
    def _parse(text: str) -> Month | None:
        try:
            return parse_month(text)
        except ValidationError:
            return None

    def _set_month(self, month: Month) -> None:
        self.text.setText(month.japanese())
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(month.year, month.month, 1))
        self.picker.blockSignals(False)
        self._show_ok(month)

    def _show_ok(self, month: Month) -> None:
        self.words.setText(self.tr("{month}（{iso}）").format(month=month.japanese(), iso=str(month)))
        self.error.clear()
        self.ok_button.setEnabled(True)

    def _text_edited(self, text: str) -> None:
        try:
            month = parse_month(text)
        except ValidationError as e:
            self.error.setText(str(e))
            self.words.clear()
            self.ok_button.setEnabled(bool(self.auto.isChecked()))
            return
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(month.year, month.month, 1))
        self.picker.blockSignals(False)
        self._show_ok(month)

    def _picked(self, date: QDate) -> None:
        self._set_month(Month(date.year(), date.month()))

    def _auto_toggled(self, on: bool) -> None:
        self.text.setEnabled(not on)
        self.picker.setEnabled(not on)
        if on:
            self._set_month(self._today)

    def value(self) -> str | None:
        if self.auto.isChecked():
            return None
        month = self._parse(self.text.text())
        return str(month) if month is not None else None

    def accept(self) -> None:
        if not self.auto.isChecked() and self._parse(self.text.text()) is None:
            self._text_edited(self.text.text())
            return
        super().accept()
