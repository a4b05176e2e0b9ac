"""紙面チェック: the findings of :mod:`layout.preflight` listed per sheet; clicking one selects its project."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core.model import Roadmap
from ..layout.preflight import Severity, check_roadmap, describe, project_names
from .screen_fit import fit_to_screen


class PreflightDialog(QDialog):
    """Not modal: the list stays open beside the form while the user fixes what it names."""

    def __init__(self, roadmap: Roadmap, select: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("紙面チェック"))
        fit_to_screen(self, 720, 420)
        self._select = select
        findings = check_roadmap(roadmap)
        names = project_names(roadmap)
        bad = sum(1 for f in findings if f.severity is Severity.BELOW_MIN)
        summary = (
            self.tr("印刷の前に見ておきたいところが{n}件あります。クリックするとその事業を表示します。").format(
                n=len(findings)
            )
            if findings
            else self.tr("紙面に足りないところはありません。")
        )
        if bad:
            summary += self.tr("（{bad}件は最小の文字サイズ未満です）").format(bad=bad)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("紙面の足りないところ"))
        self.list.setAccessibleDescription(self.tr("選ぶと、その事業を開きます"))
        self.list.setWordWrap(True)
        for finding in findings:
            item = QListWidgetItem(describe(finding, names))
            item.setData(Qt.ItemDataRole.UserRole, finding.project_id)
            self.list.addItem(item)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("閉じる"))  # as the other windows say
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _clicked(self, item: QListWidgetItem) -> None:
        project_id = item.data(Qt.ItemDataRole.UserRole)
        if project_id:
            self._select(project_id)
