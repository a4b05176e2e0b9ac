"""The import preview: what a file would change, project by project, before anything changes.

Shared by the Excel and PDF imports. :func:`run_import` reads the file (with a cancellable
progress dialog), shows :class:`ImportPreviewDialog`, and returns the new roadmap for the caller
to save as one undoable step (after a backup), or None when nothing is to be applied.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RoadmapError
from ..core.model import Edition, Roadmap
from ..core.progress import Cancelled
from ..importing.merge import ChangeKind, ImportResult, ProjectChange, apply_import, plan_import
from .messages import show_error

_WARNING_COLOR = QColor("#a15c00")
_FULL_TEXT = Qt.ItemDataRole.UserRole + 1  # a cell's whole text, shown in the detail pane
_MUTED_COLOR = QColor("#6b6b6b")


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewDialog", text)


class ImportPreviewDialog(QDialog):
    """New, changed and unchanged projects with a checkbox each; old → new for every change."""

    def __init__(
        self, parent: QWidget | None, roadmap: Roadmap, plan: list[ProjectChange], result: ImportResult
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreviewDialog")
        self._roadmap = roadmap
        self._plan = plan
        self._result = result
        self.setWindowTitle(self.tr("取り込む内容の確認"))
        self.resize(920, 600)

        counts = {k: sum(1 for c in plan if c.kind is k) for k in ChangeKind}
        self.summary = QLabel(
            self.tr(
                "新規 {new} 件、変更 {changed} 件、変更なし {unchanged} 件。取り込む事業にチェックを付けてください。"
            ).format(
                new=counts[ChangeKind.NEW], changed=counts[ChangeKind.CHANGED], unchanged=counts[ChangeKind.UNCHANGED]
            )
        )
        self.summary.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("事業・項目"), self.tr("変更前"), self.tr("変更後")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 300)
        self._items: list[QTreeWidgetItem] = []
        for change in plan:
            self._items.append(self._project_item(change))
        self.tree.itemChanged.connect(self._update_buttons)
        # Long texts (概要, 現状・課題 …) do not fit a row: the selected row is shown here in full.
        self.detail = QTextBrowser()
        self.detail.setMaximumHeight(150)
        self.detail.setPlaceholderText(self.tr("行を選ぶと、変更前と変更後の全文をここに表示します。"))
        self.tree.currentItemChanged.connect(self._show_detail)

        self.problems = QListWidget()
        self.problems.addItems(result.problems)
        self.problems.setVisible(bool(result.problems))
        self.problems.setMaximumHeight(90)
        problems_label = QLabel(self.tr("読み込めなかった部分:"))
        problems_label.setVisible(bool(result.problems))

        self.select_all = QPushButton(self.tr("すべて選択"))
        self.select_none = QPushButton(self.tr("すべて解除"))
        self.select_all.clicked.connect(lambda: self._check_all(True))
        self.select_none.clicked.connect(lambda: self._check_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("チェックした事業を取り込む"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取り込まない"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.select_all)
        bottom.addWidget(self.select_none)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        self._update_buttons()

    def _project_item(self, change: ProjectChange) -> QTreeWidgetItem:
        kind_text = {
            ChangeKind.NEW: self.tr("新規"),
            ChangeKind.CHANGED: self.tr("変更 {n} 項目").format(n=len(change.changes)),
            ChangeKind.UNCHANGED: self.tr("変更なし"),
        }[change.kind]
        name = change.name.replace("\n", "") or self.tr("（事業名なし）")
        item = QTreeWidgetItem(self.tree, [f"{name}　［{kind_text}］　{change.incoming.source}"])
        item.setFirstColumnSpanned(True)
        item.setToolTip(0, name)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        if change.kind is ChangeKind.UNCHANGED:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            for col in range(3):
                item.setForeground(col, QBrush(_MUTED_COLOR))
        else:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if change.accepted else Qt.CheckState.Unchecked)
        if change.kind is ChangeKind.NEW:
            p = change.incoming.project
            details = [
                (self.tr("事業名"), p.name),
                (self.tr("期間"), p.period_text()),
                (self.tr("事業費（千円）"), f"{p.budget:,}" if p.budget is not None else ""),
                (self.tr("取組"), self.tr("{n} 件").format(n=len(p.initiatives))),
            ]
            for label, value in details:
                child = QTreeWidgetItem(item, [label, "", value])
                child.setData(2, _FULL_TEXT, value)
        for f in change.changes:
            child = QTreeWidgetItem(item, [f.label, f.old or self.tr("（空）"), f.new or self.tr("（空）")])
            child.setToolTip(1, f.old)
            child.setToolTip(2, f.new)
            child.setData(1, _FULL_TEXT, f.old)
            child.setData(2, _FULL_TEXT, f.new)
        notes = [self.tr("注意: {w}").format(w=w) for w in change.incoming.warnings] + change.kept
        for note in notes:
            child = QTreeWidgetItem(item, [note])
            child.setFirstColumnSpanned(True)
            child.setToolTip(0, note)
            child.setForeground(0, QBrush(_WARNING_COLOR))
        item.setExpanded(change.kind is not ChangeKind.UNCHANGED or bool(change.kept))
        return item

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None:
            self.detail.clear()
            return
        old, new = item.data(1, _FULL_TEXT), item.data(2, _FULL_TEXT)
        if old is None and new is None:
            self.detail.setPlainText(item.text(0))
            return
        self.detail.setHtml(
            "<b>{label}</b><table width='100%' cellspacing='4'><tr><th align='left'>{before}</th>"
            "<th align='left'>{after}</th></tr><tr><td valign='top'>{old}</td><td valign='top'>{new}</td></tr></table>".format(
                label=html.escape(item.text(0)),
                before=html.escape(self.tr("変更前")),
                after=html.escape(self.tr("変更後")),
                old=html.escape(old or "").replace("\n", "<br>"),
                new=html.escape(new or "").replace("\n", "<br>"),
            )
        )

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for change, item in zip(self._plan, self._items, strict=True):
            if change.kind is not ChangeKind.UNCHANGED:
                item.setCheckState(0, state)

    def _checked(self, index: int) -> bool:
        item = self._items[index]
        return self._plan[index].kind is not ChangeKind.UNCHANGED and item.checkState(0) == Qt.CheckState.Checked

    def set_accepted(self, index: int, accepted: bool) -> None:
        """Tick or untick the *index*-th project (as the user would)."""
        self._items[index].setCheckState(0, Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)

    def _update_buttons(self, *_: object) -> None:
        self.ok_button.setEnabled(any(self._checked(i) for i in range(len(self._plan))))

    def accepted_plan(self) -> list[ProjectChange]:
        """The plan with each project's ``accepted`` set from its checkbox."""
        for i, change in enumerate(self._plan):
            change.accepted = self._checked(i)
        return self._plan


Reader = Callable[..., ImportResult]


def _reader(path: Path) -> Reader:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls"):
        from ..importing.xlsx import read_xlsx  # its own messages for .xls and .xlsm

        return read_xlsx
    if suffix == ".pdf":
        from ..importing.pdf import read_pdf

        return read_pdf
    raise RoadmapError(
        _t("「{name}」は取り込めない形式です（.xlsx か .pdf を選んでください）。").format(name=path.name)
    )


def read_with_progress(parent: QWidget | None, path: Path, edition: Edition) -> ImportResult | None:
    """Read *path* while a cancellable progress dialog shows; None if the user cancelled."""
    read = _reader(path)
    dialog = QProgressDialog(_t("「{name}」を読み込んでいます…").format(name=path.name), _t("中止"), 0, 0, parent)
    dialog.setWindowTitle(_t("取り込み"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)

    def progress(done: int, total: int) -> bool:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return read(path, edition, progress)
    except Cancelled:
        return None
    finally:
        dialog.reset()
        dialog.deleteLater()


def run_import(parent: QWidget | None, roadmap: Roadmap, path: Path) -> Roadmap | None:
    """Read *path*, preview it, and return the roadmap with the accepted changes (None: nothing to apply).

    *roadmap* itself is never changed; errors are shown to the user in Japanese.
    """
    path = Path(path)
    try:
        result = read_with_progress(parent, path, roadmap.edition)
    except RoadmapError as e:
        show_error(parent, e, _t("取り込めません"))
        return None
    except OSError as e:
        show_error(parent, e, _t("取り込めません"))
        return None
    if result is None:
        return None
    plan = plan_import(roadmap, result)
    dialog = ImportPreviewDialog(parent, roadmap, plan, result)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        accepted = dialog.accepted_plan()
    finally:
        dialog.deleteLater()
    if not any(c.accepted and c.kind is not ChangeKind.UNCHANGED for c in accepted):
        return None
    return apply_import(roadmap, accepted)
