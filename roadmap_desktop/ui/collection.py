"""The collection round in the window: 複数ファイルの取り込み, 部局別に書き出し, 回収状況.

Replies are read one after another (each with its cancellable progress), planned together against
the bases this roadmap file recorded when it exported them, previewed in one dialog grouped by file
(ui/import_dialog.py), and applied through the window's session as one undoable step
(operations/imports.py: backup, write, then the replies marked applied; undo unmarks them). The file
keeps when each workbook went out, came back and was applied.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RoadmapError
from ..core.model import Roadmap
from ..core.progress import Cancelled
from ..export.round_export import by_department
from ..storage.rounds import ExportRecord, list_exports
from .background import run_in_background
from .contrast import text_for
from .export_done import show_exported
from .messages import show_error
from .screen_fit import fit_to_screen

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .window_transfers import ImportHost


def _t(text: str) -> str:
    return QCoreApplication.translate("Collection", text)


def import_files(window: ImportHost, paths: list[Path]) -> bool:
    """Read, preview and apply *paths* into the window's roadmap as one undoable step; True if applied."""
    return window.import_files([Path(p) for p in paths])


def choose_and_import(window: MainWindow) -> None:
    """複数ファイルの取り込み: choose any number of replies, then one preview of them all."""
    folder = str(window.document.file.path.parent) if window.document else ""
    names, _ = QFileDialog.getOpenFileNames(
        window,
        _t("取り込むファイル（複数選べます）"),
        folder,
        _t("Excel・PDF・ZIP (*.xlsx *.xlsm *.xls *.ods *.pdf *.zip)"),
    )
    if names:
        import_files(window, [Path(n) for n in names])


class DepartmentDialog(QDialog):
    """Which 担当部局 get a workbook: every department of the roadmap, each with its project count."""

    def __init__(self, parent: QWidget | None, groups: dict[str, list[Any]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("部局別に書き出し"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("書き出す担当部局"))
        for dept, projects in groups.items():
            item = QListWidgetItem(self.tr("{dept}（{n} 事業）").format(dept=dept, n=len(projects)))
            item.setData(Qt.ItemDataRole.UserRole, dept)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("書き出す(&E)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "担当部局ごとに1冊のブックを、部局名を付けて書き出します。返信を取り込むと、書き出した時からの変更だけを取り込みます。"
            )
        )
        hint.setWordWrap(True)
        # each workbook locked as Excel's 「パスワードを付けて保存」 does, if a password is given
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("パスワードを付けない"))
        layout.addWidget(hint)
        layout.addWidget(self.list)
        password_row = QHBoxLayout()
        password_label = QLabel(self.tr("パスワード(&W):"), self)
        password_label.setBuddy(self.password)
        password_row.addWidget(password_label)
        password_row.addWidget(self.password, 1)
        layout.addLayout(password_row)
        layout.addWidget(buttons)

    def departments(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


def export_departments(window: MainWindow) -> list[Path]:
    """部局別に書き出し: one workbook per chosen department into a chosen folder, bases recorded."""
    doc = window.document
    if doc is None:
        return []
    window.form.commit_pending()
    projects = window.list_panel.selected_projects() if len(window.list_panel.selected_projects()) > 1 else None
    groups = by_department(list(doc.roadmap.projects) if projects is None else projects)
    dialog = DepartmentDialog(window, groups)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        chosen = dialog.departments()
        password = dialog.password.text() or None
    finally:
        dialog.deleteLater()
    folder = QFileDialog.getExistingDirectory(window, _t("書き出し先のフォルダー"), str(doc.file.path.parent))
    if not folder or not chosen:
        return []
    session = doc.session
    try:  # off the window's thread, with 中止 (ui/background.py); the session records it all or nothing
        done = run_in_background(
            window,
            _t("部局別に書き出し"),
            _t("ブックを書き出しています…"),
            lambda progress: session.export_departments(Path(folder), projects, chosen, progress, password),
        )
    except Cancelled:
        return []
    except (RoadmapError, OSError) as e:
        show_error(window, e, _t("書き出せませんでした"))
        return []
    written = done.written
    note = ""
    if not done.recorded:
        note = _t("読み取り専用で開いているため、書き出した内容は記録していません（返信は2者比較になります）。")
    show_exported(window, written, _t("部局別に書き出し"), note)
    return written


class CollectionStatusDialog(QDialog):
    """回収状況: each workbook sent out, and whether and when it came back and was applied."""

    COLUMNS = ("宛先", "ファイル", "事業数", "書き出し", "状態", "返信", "取り込み")

    def __init__(self, parent: QWidget | None, records: list[ExportRecord]) -> None:
        super().__init__(parent)
        self.setObjectName("CollectionStatusDialog")
        self.setWindowTitle(self.tr("回収状況"))
        fit_to_screen(self, 900, 420)
        states = {
            "out": self.tr("回収待ち"),
            "back": self.tr("返信あり（未取り込み）"),
            "applied": self.tr("取り込み済み"),
        }
        counts = {k: sum(1 for r in records if r.state == k) for k in states}
        self.summary = QLabel(
            self.tr("書き出し {n} 冊: 回収待ち {out}、返信あり {back}、取り込み済み {applied}").format(
                n=len(records), **counts
            )
            if records
            else self.tr("まだ書き出したブックはありません（「部局別に書き出し」から始めます）。")
        )
        self.table = QTableWidget(len(records), len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("書き出したブックの回収状況"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (one stop per cell traps it); arrows move in it
        self.table.setHorizontalHeaderLabels(
            [self.tr("宛先"), self.tr("ファイル"), self.tr("事業数"), self.tr("書き出し"), self.tr("状態"),
             self.tr("返信"), self.tr("取り込み")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        colours = {"out": "#fff4ce", "back": "#deecf9", "applied": "#dff6dd"}
        for r, rec in enumerate(records):
            values = [rec.label, rec.file_name, str(rec.project_count), _when(rec.created), states[rec.state],
                      _when(rec.returned), _when(rec.applied)]  # fmt: skip
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 4:
                    from PySide6.QtGui import QBrush, QColor

                    item.setBackground(QBrush(QColor(colours[rec.state])))
                    item.setForeground(QBrush(text_for(colours[rec.state])))
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("閉じる"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def in_organisation_order(records: list[ExportRecord], roadmap: Roadmap) -> list[ExportRecord]:
    """Each round (export time) in turn, its workbooks in the order their departments first appear in
    the book (the organisation's order, as the sheets are numbered), not by character code."""
    order = {dept: i for i, dept in enumerate(by_department(roadmap.projects))}
    return sorted(records, key=lambda r: ((r.created or "")[:16], order.get(r.label, len(order)), r.label))


def _when(iso: str | None) -> str:
    return (iso or "").replace("T", " ")[:16]


def show_status(window: MainWindow) -> None:
    doc = window.document
    if doc is None:
        return
    dialog = CollectionStatusDialog(window, in_organisation_order(list_exports(doc.file), doc.roadmap))
    dialog.exec()
    dialog.deleteLater()
