"""The export dialog: which sheets (current, selection, filtered list, all), PDF or Excel, one file or one
per sheet, or the whole book (冊子: cover, 目次, 一覧, 全体工程表, then the sheets), and whether the
book or workbook is the publication (default: from the file alone) or a progress report (状況・遅れ at
the file's 基準月), as ``roadmap export --book [--progress]`` does."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RoadmapError
from ..core.fiscal import Month
from ..core.model import Project, Roadmap
from ..core.progress import Cancelled
from ..export.atomic import TargetInUseError
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
        """*reference*: the screen's 基準月; a progress report is read at the file's own (版の設定), and
        the dialog says so when the two differ."""
        super().__init__(parent)
        self.roadmap = roadmap
        self.folder = folder  # where the file dialogs start (the last export folder)
        self.scopes = {k: v for k, v in scopes.items() if v}
        self.written: list[Path] = []
        self.problems: list[str] = []
        self.setWindowTitle(self.tr("書き出し"))
        self.scope = scope_combo(self, self.scopes)

        self.pdf = QRadioButton(self.tr("PDF(&P)"), self)
        self.xlsx = QRadioButton(self.tr("Excel(&X)"), self)
        self.pdf.setChecked(True)
        self.xlsx.setEnabled(xlsx_available())
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.xlsx)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.xlsx)
        formats.addStretch(1)
        self.book = QCheckBox(self.tr("冊子にする(&B)（表紙・目次・一覧・全体工程表を付ける）"), self)
        self.book.setToolTip(self.tr("表紙、目次、一覧、全体工程表のあとに各事業のシートが続く1つのPDFにします"))
        self.per_project = QCheckBox(self.tr("事業ごとに別のファイルにする(&F)"), self)
        self.colour = QCheckBox(self.tr("カラーにする(&C)（画面と同じ色）"), self)
        self.colour.setToolTip(
            self.tr("選ばなければ、白黒のプリンターでも計画と実績が見分けられる灰色で書き出します。")
        )
        # the publication by default; the progress report (状況・遅れ) is a choice, at the file's 基準月
        own = roadmap.edition.reference_month
        self.progress_report = QCheckBox(self.tr("進捗報告(&R)（状況・遅れを表示）"), self)
        self.progress_report.setToolTip(
            self.tr(
                "一覧と全体工程表に各事業の状況（遅れ・超過・順調・未着手）を付けます。判定は版の設定の基準月で行います。"
            )
        )
        if own is None:
            words = self.tr("基準月が未設定です（「版の設定」で入力すると進捗報告を選べます）")
        else:
            words = self.tr("基準月 {month}（版の設定）").format(month=own.japanese())
            if reference is not None and reference != own:
                words += self.tr("。画面の基準月（{month}）は使いません").format(month=reference.japanese())
        self.reference_words = QLabel(words, self)
        self.reference_words.setWordWrap(True)
        # Excel only: the workbook locked as Excel's 「パスワードを付けて保存」 does (export/protect.py)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("付けない"))
        self.password.setToolTip(self.tr("Excel のブックにパスワードを付けます。開くときに同じパスワードが要ります。"))
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setPlaceholderText(self.tr("確認のためもう一度"))
        self.password_again.setAccessibleName(self.tr("パスワード（確認のためもう一度）"))

        form = QFormLayout()
        form.addRow(self.tr("対象(&T)"), self.scope)
        form.addRow(self.tr("形式"), formats)
        form.addRow("", self.book)
        form.addRow("", self.per_project)
        form.addRow("", self.colour)
        form.addRow("", self.progress_report)
        form.addRow("", self.reference_words)
        form.addRow(self.tr("パスワード(&W)"), self.password)
        form.addRow("", self.password_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.export_button = buttons.addButton(self.tr("書き出す(&E)…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.export_button.setEnabled(bool(self.scopes))
        for toggled in (self.pdf.toggled, self.book.toggled, self.per_project.toggled):
            toggled.connect(self._update_choices)
        self._update_choices()

    def _update_choices(self, *_args: object) -> None:
        """冊子 is a PDF of its own, one file; a progress report is one where there is a 全体工程表."""
        pdf = self.pdf.isChecked()
        if not pdf:  # a workbook has no 冊子 nor one file per project: no tick where it does not apply
            self.book.setChecked(False)
            self.per_project.setChecked(False)
        self.book.setEnabled(pdf and not self.per_project.isChecked())
        self.per_project.setEnabled(pdf and not self.book.isChecked())
        self.colour.setEnabled(pdf)  # a workbook is always in the screen's colours
        self.password.setEnabled(not pdf)
        self.password_again.setEnabled(not pdf)
        overview = self.is_book() or self.xlsx.isChecked()
        self.progress_report.setEnabled(overview and self.roadmap.edition.reference_month is not None)
        self.reference_words.setEnabled(overview)

    def sheet_palette(self) -> Palette:
        """The PDF's colours: grey, readable on a black-and-white printer, unless colour is asked for."""
        return COLOUR if self.colour.isChecked() else PRINT

    def is_book(self) -> bool:
        return self.pdf.isChecked() and self.book.isChecked()

    def is_progress_report(self) -> bool:
        return self.progress_report.isEnabled() and self.progress_report.isChecked()

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
        if self.xlsx.isChecked() and self.password.text() != self.password_again.text():
            show_error(
                self, RoadmapError(self.tr("確認のパスワードが一致しません。同じパスワードを2回入力してください。"))
            )
            return False
        # the fitting problems are those of the printed sheet; Excel cells are the user's to resize
        self.problems = check_projects(self.roadmap, projects) if self.pdf.isChecked() else []
        if not confirm_problems(self, self.problems):
            return False
        target = self._target(projects)
        if target is None:
            return False
        try:
            while True:
                try:  # off the window's thread, with 中止 (ui/background.py)
                    work = self._export_work(projects, target)
                    self.written = run_in_background(self, self.tr("書き出し"), self.tr("書き出しています…"), work)
                    break
                except TargetInUseError as e:  # open in Excel: the old file is kept; offer a free name
                    if not self._offer_other_name(e):
                        return False
                    target = e.suggestion
        except Cancelled:
            return False
        except (RoadmapError, OSError) as e:
            show_error(self, e)
            return False
        self.accept()
        return True

    def _offer_other_name(self, error: TargetInUseError) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("書き出し"),
            self.tr("{msg}\n\n「{other}」として書き出しますか？").format(msg=error, other=error.suggestion.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _export_work(self, projects: list[Project], target: Path) -> Callable[[Progress], list[Path]]:
        """The export as a function of its progress callback, with every choice read from the dialog
        now: it runs off the window's thread (ui/background.py), where no widget may be touched."""
        from ..operations.session import Session

        # The window's session records what was exported (a workbook, and our PDF too), so what comes
        # back merges three-way; without one, it will be compared two-way.
        session = getattr(getattr(self.parent(), "document", None), "session", None)
        if not isinstance(session, Session) or session.roadmap is not self.roadmap:
            session = None
        roadmap, palette, report = self.roadmap, self.sheet_palette(), self.is_progress_report()
        if self.xlsx.isChecked():
            from ..export.round_export import export_round  # imported only when used
            from ..operations.rounds import export_workbook

            password = self.password.text() or None

            def workbook(step: Progress) -> list[Path]:
                if session is not None:
                    export_workbook(session, projects, target, target.stem, step, password, report)
                else:
                    export_round(None, roadmap, projects, target, target.stem, step, password, report)
                return [target]

            return workbook
        file = session.file if session is not None and not session.readonly else None
        if self.is_book():
            from ..export.book import export_book  # imported only when used

            def book(step: Progress) -> list[Path]:
                export_book(roadmap, projects, target, step, palette, report, file)
                return [target]

            return book
        if self.per_project.isChecked():
            return lambda step: export_pdf_per_project(roadmap, projects, target, step, palette)

        def sheets(step: Progress) -> list[Path]:
            export_pdf(roadmap, projects, target, step, palette, file=file)
            return [target]

        return sheets
