"""The export dialog: which sheets (current, selection, filtered list, all), PDF or Excel, one file or one
per sheet, or the whole book (冊子: cover, 目次, 一覧, 全体工程表, then the sheets), and the 基準月 of the
全体工程表 (the book's, and the Excel workbook's sheet), as ``roadmap export --book --reference-month`` does."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RoadmapError
from ..core.fiscal import Month
from ..core.model import Project, Roadmap
from ..core.progress import Cancelled
from ..core.status import this_month
from ..export.pdf import export_pdf, export_pdf_per_project, sheet_file_name
from ..layout.palette import COLOUR, PRINT, Palette
from ..layout.sheet import check_projects, in_sheet_order
from .background import Progress, run_in_background
from .messages import show_error
from .printing import confirm_problems
from .scope_choice import scope_combo


def xlsx_available() -> bool:
    """Excel export ships as its own module; offer it only once it exists."""
    try:
        return importlib.util.find_spec("roadmap_desktop.export.xlsx") is not None
    except ImportError:
        return False


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        roadmap: Roadmap,
        scopes: dict[str, list[Project]],
        folder: Path | None = None,
        reference: Month | None = None,
    ) -> None:
        """*reference*: the 基準月 offered for the 全体工程表 (the window's; this month when None)."""
        super().__init__(parent)
        self.roadmap = roadmap
        self.folder = folder  # where the file dialogs start (the last export folder)
        self.scopes = {k: v for k, v in scopes.items() if v}
        self.written: list[Path] = []
        self.problems: list[str] = []
        self.setWindowTitle(self.tr("書き出し"))
        self.scope = scope_combo(self, self.scopes)

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
        self.book = QCheckBox(self.tr("冊子にする（表紙・目次・一覧・全体工程表を付ける）"), self)
        self.book.setToolTip(self.tr("表紙、目次、一覧、全体工程表のあとに各事業のシートが続く1つのPDFにします"))
        self.per_project = QCheckBox(self.tr("事業ごとに別のファイルにする"), self)
        self.colour = QCheckBox(self.tr("カラーにする（画面と同じ色）"), self)
        self.colour.setToolTip(
            self.tr("選ばなければ、白黒のプリンターでも計画と実績が見分けられる灰色で書き出します。")
        )
        # 全体工程表's 基準月: the month its 状況 and red marks are judged at (the book's and the workbook's)
        month = reference or this_month()
        self.reference = QDateEdit(QDate(month.year, month.month, 1), self)
        self.reference.setDisplayFormat("yyyy年M月")
        self.reference.setCalendarPopup(True)
        self.reference.setToolTip(
            self.tr("全体工程表の状況と赤い印をこの月の時点で判定します（冊子のPDFとExcelの全体工程表）")
        )
        self.reference_words = QLabel(self)
        months = QHBoxLayout()
        months.addWidget(self.reference)
        months.addWidget(self.reference_words)
        months.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("対象"), self.scope)
        form.addRow(self.tr("形式"), formats)
        form.addRow("", self.book)
        form.addRow("", self.per_project)
        form.addRow("", self.colour)
        form.addRow(self.tr("基準月"), months)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.export_button = buttons.addButton(self.tr("書き出す…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.export_button.setEnabled(bool(self.scopes))
        for toggled in (self.pdf.toggled, self.book.toggled, self.per_project.toggled):
            toggled.connect(self._update_choices)
        self.reference.dateChanged.connect(self._update_choices)
        self._update_choices()

    def _update_choices(self, *_args: object) -> None:
        """冊子 is a PDF of its own, one file; the 基準月 matters where there is a 全体工程表."""
        pdf = self.pdf.isChecked()
        if not pdf:  # a workbook has no 冊子 nor one file per project: no tick where it does not apply
            self.book.setChecked(False)
            self.per_project.setChecked(False)
        self.book.setEnabled(pdf and not self.per_project.isChecked())
        self.per_project.setEnabled(pdf and not self.book.isChecked())
        self.colour.setEnabled(pdf)  # a workbook is always in the screen's colours
        overview = self.is_book() or self.xlsx.isChecked()
        self.reference.setEnabled(overview)
        self.reference_words.setEnabled(overview)
        self.reference_words.setText(self.reference_month().japanese())

    def sheet_palette(self) -> Palette:
        """The PDF's colours: grey, readable on a black-and-white printer, unless colour is asked for."""
        return COLOUR if self.colour.isChecked() else PRINT

    def is_book(self) -> bool:
        return self.pdf.isChecked() and self.book.isChecked()

    def reference_month(self) -> Month:
        """The 基準月 chosen for the 全体工程表."""
        date = self.reference.date()
        return Month(date.year(), date.month())

    def selected_projects(self) -> list[Project]:
        key = self.scope.currentData()
        return list(self.scopes.get(key, []))

    def _default_name(self, projects: list[Project], suffix: str) -> str:
        if len(projects) == 1 and not self.is_book():
            no, project = in_sheet_order(self.roadmap, projects)[0]
            return Path(sheet_file_name(no, project)).with_suffix(suffix).name
        return self.roadmap.edition.title + suffix

    def _target(self, projects: list[Project]) -> Path | None:
        if self.pdf.isChecked() and self.per_project.isChecked() and not self.is_book():
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
        work = self._export_work(projects, target)
        try:
            self.written = run_in_background(self, self.tr("書き出し"), self.tr("書き出しています…"), work)
        except Cancelled:
            return False
        except (RoadmapError, OSError) as e:
            show_error(self, e)
            return False
        self.accept()
        return True

    def _export_work(self, projects: list[Project], target: Path) -> Callable[[Progress], list[Path]]:
        """The export as a function of its progress callback, with every choice read from the dialog
        now: it runs off the window's thread (ui/background.py), where no widget may be touched."""
        roadmap, reference, palette = self.roadmap, self.reference_month(), self.sheet_palette()
        if self.xlsx.isChecked():
            from ..export.round_export import export_round  # imported only when used
            from .import_dialog import _file_of

            # The window's roadmap file records what was exported, so the reply merges three-way.
            file = _file_of(self.parent())

            def workbook(step: Progress) -> list[Path]:
                export_round(file, roadmap, projects, target, target.stem, step, reference)
                return [target]

            return workbook
        if self.is_book():
            from ..export.book import export_book  # imported only when used

            def book(step: Progress) -> list[Path]:
                export_book(roadmap, projects, target, reference, progress=step, palette=palette)
                return [target]

            return book
        if self.per_project.isChecked():
            return lambda step: export_pdf_per_project(roadmap, projects, target, step, palette)

        def sheets(step: Progress) -> list[Path]:
            export_pdf(roadmap, projects, target, step, palette)
            return [target]

        return sheets
