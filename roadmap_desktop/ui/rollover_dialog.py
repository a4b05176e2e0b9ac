"""新年度版を作成: shows what the 年度更新 will do, makes the next edition in a new file, offers to open it.

The open roadmap is only read: the new edition is a separate file (core/rollover.py has the rules).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RoadmapError
from ..core.fiscal import format_fiscal_year
from ..core.model import Roadmap
from ..core.rollover import RolloverResult, next_title
from ..operations.rollover import Rollover
from ..operations.targets import TargetError, TargetProblem
from ..storage.roadmap_file import SUFFIX
from .contrast import text_on
from .messages import error_text
from .screen_fit import fit_to_screen

if TYPE_CHECKING:
    from .main_window import MainWindow


def default_target(source: Path, fiscal_year: int) -> Path:
    """Beside the old file, its name with the year moved on (r6.roadmap → r7.roadmap), else …_R7."""
    stem, found = next_title(source.stem, fiscal_year, fiscal_year + 1)
    if not found:
        stem = f"{source.stem}_{format_fiscal_year(fiscal_year + 1)}"
    return source.with_name(stem + SUFFIX)


class RolloverDialog(QDialog):
    """The preview and the new file's place; :attr:`created` is the new file once accepted."""

    def __init__(self, parent: QWidget | None, roadmap: Roadmap, source: Path) -> None:
        """*roadmap*: the open roadmap (only read), from the file *source*."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("新年度版を作成"))
        fit_to_screen(self, 720, 520)
        self._roadmap = roadmap
        self._source = source
        self.created: Path | None = None
        self.outcome: RolloverResult | None = None
        intro = QLabel(
            self.tr("次の年度の版を新しいファイルに作成します。開いているファイル「{name}」は変更しません。").format(
                name=source.name
            )
        )
        intro.setWordWrap(True)
        self.target = QLineEdit(str(default_target(source, roadmap.edition.fiscal_year)))
        self.target.textChanged.connect(lambda _t: self.error.setVisible(False))
        browse = QPushButton(self.tr("参照(&B)…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        target_label = QLabel(self.tr("作成するファイル(&F):"))
        target_label.setBuddy(self.target)
        row.addWidget(target_label)
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.keep_ended = QCheckBox(self.tr("事業終期を過ぎた事業も引き継ぐ(&K)"))
        self.keep_ended.toggled.connect(lambda _on: self._preview())
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.error: QLabel = QLabel()  # annotated: the lambda above reads it before it is made
        self.error.setStyleSheet(f"QLabel {{ color: {text_on(self.palette(), '#c62828')}; }}")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("作成(&C)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.keep_ended)
        summary_label = QLabel(self.tr("作成される内容(&P):"))
        summary_label.setBuddy(self.summary)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._preview()

    def _preview(self) -> None:
        try:
            self.outcome = self._operation().preview()
        except RoadmapError as e:
            self.outcome = None
            self.summary.setPlainText("")
            self._show_error(str(e))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.summary.setPlainText(self.outcome.describe())

    def _operation(self) -> Rollover:
        return Rollover(self._source, self._roadmap, self.keep_ended.isChecked())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("新年度版の保存先"),
            self.target.text(),
            self.tr("ロードマップ (*{suffix})").format(suffix=SUFFIX),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != SUFFIX:
                path = path.with_name(path.name + SUFFIX)
            self.target.setText(str(path))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def accept(self) -> None:
        if self.outcome is None:
            return
        text = self.target.text().strip()
        if not text:
            self._show_error(self.tr("作成するファイルを指定してください。"))
            return
        path = Path(text)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        overwrite = False
        while True:
            try:
                self._operation().write(path, overwrite, self.outcome)
                break
            except TargetError as e:
                if e.problem is not TargetProblem.EXISTS:
                    self._show_error(str(e))
                    return
                answer = QMessageBox.question(
                    self,
                    self.tr("新年度版を作成"),
                    self.tr("「{name}」は既にあります。置き換えますか？").format(name=path.name),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                overwrite = True  # asked and answered: the guards are checked again, then it is written
            except (RoadmapError, OSError) as e:
                self._show_error(error_text(e))
                return
        self.created = path
        super().accept()


def run_rollover(window: MainWindow) -> Path | None:
    """The menu command: the dialog, then the offer to open the new edition. Returns the new file."""
    doc = window.document
    if doc is None:
        return None
    dialog = RolloverDialog(window, doc.roadmap, doc.file.path)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
        return None
    created = dialog.created
    answer = QMessageBox.question(
        window,
        dialog.tr("新年度版を作成"),
        dialog.tr("「{name}」を作成しました。\n\n新年度版を開きますか？").format(name=created.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.open_path(created)
    return created
