"""The edition's settings: fiscal year (the timeline's five-year window), title, first sheet number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..core.errors import RoadmapError
from ..core.fiscal import format_fiscal_year, parse_fiscal_year
from ..core.model import Edition, Roadmap, validate_project
from ..settings import edition_title
from .forms.ui_edition_dialog import Ui_EditionDialog


def check_edition(roadmap: Roadmap, edition: Edition) -> None:
    """Raise a RoadmapError if a project's bars would fall outside *edition*'s window."""
    for project in roadmap.projects:
        try:
            validate_project(project, edition)
        except RoadmapError as e:
            message = _t("事業「{name}」が新しい年度の表示期間に合いません: {reason}")
            raise RoadmapError(message.format(name=project.name, reason=e)) from None


def _t(text: str) -> str:
    return QCoreApplication.translate("EditionDialog", text)


class EditionDialog(QDialog):
    """Edits a copy of the edition; :meth:`edition` is the result once accepted."""

    def __init__(self, parent: QWidget | None, roadmap: Roadmap, title_template: str) -> None:
        super().__init__(parent)
        self.ui = Ui_EditionDialog()
        self.ui.setupUi(self)
        self._roadmap = roadmap
        self._template = title_template
        self._result: Edition | None = None
        e = roadmap.edition
        self.ui.fiscalYear.setText(format_fiscal_year(e.fiscal_year))
        self.ui.title.setText(e.title)
        self.ui.firstSheetNo.setValue(e.first_sheet_no)
        self.ui.error.setStyleSheet("QLabel { color: #c62828; }")
        # room for a two-line message from the start: showing one does not resize the dialog
        self.ui.error.setMinimumHeight(2 * self.ui.error.fontMetrics().lineSpacing() + 4)
        self.ui.error.setVisible(True)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def edition(self) -> Edition | None:
        return self._result

    def build(self) -> Edition:
        """The edition as entered; raises RoadmapError (shown in the dialog by :meth:`accept`)."""
        fy = parse_fiscal_year(self.ui.fiscalYear.text())
        title = self.ui.title.text().strip() or edition_title(self._template, fy)
        edition = Edition(title=title, fiscal_year=fy, first_sheet_no=self.ui.firstSheetNo.value())
        check_edition(self._roadmap, edition)
        return edition

    def accept(self) -> None:
        try:
            self._result = self.build()
        except RoadmapError as e:
            self.ui.error.setText(str(e))
            self.ui.error.setVisible(True)
            return
        super().accept()
