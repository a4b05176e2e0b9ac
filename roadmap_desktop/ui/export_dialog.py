"""The export dialog: which sheets (current, selection, filtered list, all), PDF or Excel, one file or one per sheet."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RoadmapError
from ..core.model import Project, Roadmap
from ..core.progress import Cancelled
from ..export.pdf import export_pdf, export_pdf_per_project, sheet_file_name
from ..layout.sheet import check_projects, in_sheet_order
from .messages import show_error
from .printing import confirm_problems

SCOPE_ORDER = ("current", "selection", "filtered", "all")


def xlsx_available() -> bool:
    """Excel export ships as its own module; offer it only once it exists."""
    try:
        return importlib.util.find_spec("roadmap_desktop.export.xlsx") is not None
    except ImportError:
        return False


class ExportDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, roadmap: Roadmap, scopes: dict[str, list[Project]], folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.roadmap = roadmap
        self.folder = folder  # where the file dialogs start (the last export folder)
        self.scopes = {k: v for k, v in scopes.items() if v}
        self.written: list[Path] = []
        self.problems: list[str] = []
        self.setWindowTitle(self.tr("書き出し"))
        names = {
            "current": self.tr("現在の事業"),
            "selection": self.tr("選択した事業"),
            "filtered": self.tr("表示中の事業"),
            "all": self.tr("すべての事業"),
        }
        self.scope = QComboBox(self)
        for key in [k for k in SCOPE_ORDER if k in self.scopes] + [k for k in self.scopes if k not in SCOPE_ORDER]:
            self.scope.addItem(
                self.tr("{name}（{n}件）").format(name=names.get(key, key), n=len(self.scopes[key])), key
            )

        self.pdf = QRadioButton(self.tr("PDF"), self)
        self.xlsx = QRadioButton(self.tr("Excel"), self)
        self.pdf.setChecked(True)
        self.xlsx.setEnabled(xlsx_available())
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.xlsx)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.xlsx)
        formats.addStretch(1)
        self.per_project = QCheckBox(self.tr("事業ごとに別のファイルにする"), self)
        self.pdf.toggled.connect(self.per_project.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("対象"), self.scope)
        form.addRow(self.tr("形式"), formats)
        form.addRow("", self.per_project)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("書き出す…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.export_button.setEnabled(bool(self.scopes))

    def selected_projects(self) -> list[Project]:
        key = self.scope.currentData()
        return list(self.scopes.get(key, []))

    def _default_name(self, projects: list[Project], suffix: str) -> str:
        if len(projects) == 1:
            no, project = in_sheet_order(self.roadmap, projects)[0]
            return Path(sheet_file_name(no, project)).with_suffix(suffix).name
        return self.roadmap.edition.title + suffix

    def _target(self, projects: list[Project]) -> Path | None:
        if self.pdf.isChecked() and self.per_project.isChecked():
            folder = QFileDialog.getExistingDirectory(self, self.tr("書き出すフォルダー"), str(self.folder or ""))
            return Path(folder) if folder else None
        pdf = self.pdf.isChecked()
        suffix = ".pdf" if pdf else ".xlsx"
        filters = self.tr("PDF (*.pdf)") if pdf else self.tr("Excel ブック (*.xlsx)")
        default = self._default_name(projects, suffix)
        start = str(self.folder / default) if self.folder else default
        name, _ = QFileDialog.getSaveFileName(self, self.tr("書き出し先"), start, filters)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def run_export(self) -> bool:
        """Check, ask for the target, export with a cancellable progress dialog; True when written."""
        projects = self.selected_projects()
        if not projects:
            return False
        # the fitting problems are those of the printed sheet; Excel cells are the user's to resize
        self.problems = check_projects(self.roadmap, projects) if self.pdf.isChecked() else []
        if not confirm_problems(self, self.problems):
            return False
        target = self._target(projects)
        if target is None:
            return False
        progress = QProgressDialog(self.tr("書き出しています…"), self.tr("中止"), 0, len(projects), self)
        progress.setWindowTitle(self.tr("書き出し"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            self.written = self._export(projects, target, step)
        except Cancelled:
            return False
        except (RoadmapError, OSError) as e:
            show_error(self, e)
            return False
        finally:
            progress.close()
        self.accept()
        return True

    def _export(self, projects: list[Project], target: Path, step: Callable[[int, int], bool]) -> list[Path]:
        if self.xlsx.isChecked():
            from ..export.round_export import export_round  # imported only when used
            from .import_dialog import _file_of

            # The window's roadmap file records what was exported, so the reply merges three-way.
            export_round(_file_of(self.parent()), self.roadmap, projects, target, target.stem, step)
            return [target]
        if self.per_project.isChecked():
            return export_pdf_per_project(self.roadmap, projects, target, step)
        export_pdf(self.roadmap, projects, target, step)
        return [target]
