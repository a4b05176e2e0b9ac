"""The import preview: what a file would change, project by project, before anything changes.

Shared by the Excel and PDF imports and the collection round. :func:`preview_import` reads the files
(each with a cancellable progress dialog), plans them through the operations layer, shows
:class:`ImportPreviewDialog`, and returns the accepted plan; the window applies it through its session
as one undoable step (operations.imports.ApplyImport: backup, then write, then the replies marked).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Edition, Roadmap
from ..core.progress import Cancelled
from ..importing.merge import ChangeKind, Conflict, ImportResult, ProjectChange
from ..importing.round_plan import ReplyPlan
from ..importing.text_diff import as_html, is_long
from ..operations.imports import ImportPlan, check_format, plan_import, read_replies
from ..storage.roadmap_file import RoadmapFile
from .background import ask_in_window, run_in_background
from .contrast import on_base, readable, text_for, text_on
from .messages import show_error
from .screen_fit import fit_to_screen

_WARNING_COLOR = QColor("#a15c00")
_NOTE_COLOR = QColor("#1f4e79")
_CONFLICT_COLOR = QColor("#9c0006")
_CONFLICT_BG = QColor("#ffe4e1")
_ADDED_BG = QColor("#eaf7ee")
_FILE_BG = QColor("#e8eef6")
# the light chips keep their colours; the text on them is made dark enough (ui/contrast.py)
_FULL_TEXT = Qt.ItemDataRole.UserRole + 1  # a cell's whole text, shown in the detail pane
_CONFLICT = Qt.ItemDataRole.UserRole + 2  # the row is a conflict (its choice sits in column 2)
_MUTED_COLOR = QColor("#6b6b6b")


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewDialog", text)


class ImportPreviewDialog(QDialog):
    """New, changed and unchanged projects with a checkbox each; old → new for every change.

    Several files: one group per file. Conflicts (the same field changed here and in the reply, or on
    a reply's sheet and its 一覧) are listed with a choice. Unchanged projects are hidden unless asked
    for; the dialog opens on the first change, whose long texts show what was added and removed.
    """

    def __init__(
        self,
        parent: QWidget | None,
        roadmap: Roadmap,
        plan: list[ProjectChange] | list[ReplyPlan],
        result: ImportResult | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreviewDialog")
        self._roadmap = roadmap
        if plan and isinstance(plan[0], ReplyPlan):
            self._files: list[ReplyPlan] = list(plan)
        else:
            self._files = [ReplyPlan("", result or ImportResult(), list(plan))]  # type: ignore[arg-type]
        self._plan: list[ProjectChange] = [c for f in self._files for c in f.changes]
        self._result = self._files[0].result
        self.setWindowTitle(self.tr("取り込む内容の確認"))
        fit_to_screen(self, 980, 680)

        counts = {k: sum(1 for c in self._plan if c.kind is k) for k in ChangeKind}
        conflicts = sum(len(c.conflicts) for c in self._plan)
        text = self.tr("新規{new}件、変更{changed}件、変更なし{unchanged}件。").format(
            new=counts[ChangeKind.NEW], changed=counts[ChangeKind.CHANGED], unchanged=counts[ChangeKind.UNCHANGED]
        )
        if conflicts:
            text += self.tr("競合{n}件（どちらを採るか選べます。選ばなければ現在の内容のままです）。").format(
                n=conflicts
            )
            later = sum(1 for c in self._plan for k in c.conflicts if k.choice != 0)
            if later:  # a department's later reply to the same export (operations/imports.py)
                text += self.tr(
                    "うち{n}件は同じ書き出しへの後の回答で置き換えるため、後の回答の値を選んであります。"
                ).format(n=later)
        if len(self._files) > 1:
            text = self.tr("{n} 個のファイル: ").format(n=len(self._files)) + text
        if any(_applicable(c) for c in self._plan):
            text += self.tr("取り込む事業にチェックを付けてください。")
        else:
            text += self.tr("取り込める変更はありません（ロードマップには何も書き込みません）。")
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        # One file: what kind of comparison this is (three-way, or the two-way fallback) said on top.
        self.mode = QLabel("\n".join(self._files[0].notes[:1]) if len(self._files) == 1 else "")
        self.mode.setWordWrap(True)
        self.mode.setVisible(bool(self.mode.text()))
        self.mode.setStyleSheet(f"color: {text_on(self.palette(), _NOTE_COLOR)};")

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("取り込む変更"))
        self.tree.setAccessibleDescription(self.tr("チェックした事業を取り込みます。行を選ぶと下に全文を表示します"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("事業・項目"), self.tr("変更前"), self.tr("変更後")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 320)
        self._items: list[QTreeWidgetItem] = []
        self._conflict_rows: list[tuple[QTreeWidgetItem, Conflict]] = []
        self._file_items: list[QTreeWidgetItem] = []
        grouped = len(self._files) > 1
        for reply in self._files:
            parent_item: QTreeWidget | QTreeWidgetItem = self.tree
            notes = reply.notes[1:] if not grouped else reply.notes
            if grouped:
                parent_item = self._file_item(reply)
            for note in notes:
                self._note_item(parent_item, note, _NOTE_COLOR)
            for change in reply.changes:
                self._items.append(self._project_item(parent_item, change))
        self.tree.itemChanged.connect(self._update_buttons)
        # Long texts (概要, 現状・課題 …) do not fit a row: the selected row is shown here in full.
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("選んだ行の変更前と変更後"))
        self.detail.setMinimumHeight(150)
        self.detail.setPlaceholderText(self.tr("行を選ぶと、変更前と変更後の全文をここに表示します。"))
        self.tree.currentItemChanged.connect(self._show_detail)

        problems = [p for f in self._files for p in f.result.problems]
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("読み込めなかった部分"))
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))
        self.problems.setMaximumHeight(90)
        problems_label = QLabel(self.tr("読み込めなかった部分(&P):"))
        problems_label.setBuddy(self.problems)
        problems_label.setVisible(bool(problems))

        self.show_unchanged = QCheckBox(self.tr("変更のない事業も表示(&U)"))
        self.show_unchanged.toggled.connect(self._apply_filter)
        self.select_all = QPushButton(self.tr("すべて選択(&A)"))
        self.select_none = QPushButton(self.tr("すべて解除(&D)"))
        self.select_all.clicked.connect(lambda: self._check_all(True))
        self.select_none.clicked.connect(lambda: self._check_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("チェックした事業を取り込む(&I)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取り込まない(&N)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.show_unchanged)
        bottom.addWidget(self.select_all)
        bottom.addWidget(self.select_none)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setSizes([430, 170])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.mode)
        layout.addWidget(splitter, 1)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        self._apply_filter(False)
        self._update_buttons()
        self._open_on_first_change()

    # --- building the tree -------------------------------------------------------------------

    def _file_item(self, reply: ReplyPlan) -> QTreeWidgetItem:
        n = sum(1 for c in reply.changes if c.kind is not ChangeKind.UNCHANGED)
        item = QTreeWidgetItem(
            self.tree, [self.tr("ファイル「{name}」（{n} 事業に変更）").format(name=reply.file, n=n)]
        )
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        item.setFont(0, font)
        item.setBackground(0, QBrush(_FILE_BG))
        item.setForeground(0, QBrush(text_for(_FILE_BG)))
        item.setExpanded(True)
        self._file_items.append(item)
        return item

    def _note_item(self, parent: QTreeWidget | QTreeWidgetItem, note: str, color: QColor) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [note])
        item.setFirstColumnSpanned(True)
        item.setToolTip(0, note)
        item.setForeground(0, QBrush(on_base(color)))
        return item

    def _project_item(self, parent: QTreeWidget | QTreeWidgetItem, change: ProjectChange) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [""])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        if change.kind is ChangeKind.UNCHANGED or not _applicable(change):
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            for col in range(3):
                item.setForeground(col, QBrush(on_base(_MUTED_COLOR)))
        else:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if change.accepted else Qt.CheckState.Unchecked)
        self._fill(item, change)
        return item

    def _fill(self, item: QTreeWidgetItem, change: ProjectChange) -> None:
        """(Re)build the rows under a project: its changes, conflicts with their choice, notes."""
        self._conflict_rows = [(r, k) for r, k in self._conflict_rows if k not in change.conflicts]
        item.takeChildren()
        kind_text = {
            ChangeKind.NEW: self.tr("新規"),
            ChangeKind.CHANGED: self.tr("変更 {n} 項目").format(n=len(change.changes)),
            ChangeKind.UNCHANGED: self.tr("変更なし"),
        }[change.kind]
        if change.conflicts:
            kind_text += self.tr("・競合 {n}").format(n=len(change.conflicts))
        name = change.name.replace("\n", "") or self.tr("（事業名なし）")
        item.setText(0, f"{name}　［{kind_text}］　{change.incoming.source}")
        item.setToolTip(0, name)
        if change.kind is ChangeKind.NEW:
            p = change.incoming.project
            details = [
                (self.tr("事業名"), p.name),
                (self.tr("期間"), p.period_text()),
                (self.tr("事業費（千円）"), f"{p.budget:,}" if p.budget is not None else ""),
                (self.tr("取組"), self.tr("{n}件").format(n=len(p.initiatives))),
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
            child.setBackground(2, QBrush(_ADDED_BG))
            child.setForeground(2, QBrush(text_for(_ADDED_BG)))
        for conflict in change.conflicts:
            self._conflict_item(item, change, conflict)
        notes = [self.tr("注意: {w}").format(w=w) for w in change.incoming.warnings] + change.notes + change.kept
        for note in notes:
            self._note_item(item, note, _WARNING_COLOR)
        item.setExpanded(change.kind is not ChangeKind.UNCHANGED or bool(change.kept) or bool(change.notes))

    def _conflict_item(self, item: QTreeWidgetItem, change: ProjectChange, conflict: Conflict) -> None:
        here, chosen = conflict.options[0], conflict.options[conflict.choice]
        mark = (
            self.tr("［削除・空欄］{label}") if conflict.destructive else self.tr("［競合］{label}")
        )  # kept unless chosen
        child = QTreeWidgetItem(item, [mark.format(label=conflict.label), here.text, chosen.text])
        child.setData(0, _CONFLICT, True)
        child.setForeground(0, QBrush(readable(_CONFLICT_COLOR, _CONFLICT_BG)))
        child.setBackground(0, QBrush(_CONFLICT_BG))
        child.setData(1, _FULL_TEXT, here.text)
        child.setData(2, _FULL_TEXT, chosen.text)
        child.setToolTip(0, self.tr("書き出し時: {base}").format(base=conflict.base))
        combo = QComboBox()
        for n, option in enumerate(conflict.options):
            prefix = self.tr("そのまま: ") if n == 0 else self.tr("採る: ")
            combo.addItem(f"{prefix}{option.source}「{_short(option.text)}」")
        combo.setCurrentIndex(conflict.choice)
        combo.currentIndexChanged.connect(lambda n, c=change, k=conflict, it=item: self._choose(it, c, k, n))
        self.tree.setItemWidget(child, 2, combo)
        self._conflict_rows.append((child, conflict))

    def _choose(self, item: QTreeWidgetItem, change: ProjectChange, conflict: Conflict, choice: int) -> None:
        """The user picked a side of a conflict: recompute what the project would become."""
        conflict.choice = choice
        change.refresh()
        if change.kind is not ChangeKind.NEW and (change.changes or change.conflicts):
            change.kind = ChangeKind.CHANGED
        QTimer.singleShot(0, lambda: self._fill(item, change))  # not while the combo box is in its signal

    def choose(self, conflict: Conflict, choice: int) -> None:
        """Pick a side of *conflict* (as the user would in its row)."""
        index = next(i for i, c in enumerate(self._plan) if conflict in c.conflicts)
        self._choose(self._items[index], self._plan[index], conflict, choice)

    # --- showing -------------------------------------------------------------------------------

    def _apply_filter(self, show_unchanged: bool) -> None:
        for change, item in zip(self._plan, self._items, strict=True):
            quiet = change.kind is ChangeKind.UNCHANGED and not (
                change.notes or change.kept or change.incoming.warnings
            )
            item.setHidden(quiet and not show_unchanged)

    def _open_on_first_change(self) -> None:
        for change, item in zip(self._plan, self._items, strict=True):
            if change.kind is ChangeKind.UNCHANGED or item.isHidden():
                continue
            target = item
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None and (child.data(1, _FULL_TEXT) is not None or child.data(0, _CONFLICT)):
                    target = child
                    break
            self.tree.setCurrentItem(target)
            self.tree.scrollToItem(target)
            return

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None:
            self.detail.clear()
            return
        conflict = next((k for row, k in self._conflict_rows if row is item), None)
        if conflict is not None:
            self.detail.setHtml(self._conflict_html(conflict))
            return
        old, new = item.data(1, _FULL_TEXT), item.data(2, _FULL_TEXT)
        if old is None and new is None:
            self.detail.setPlainText(item.text(0))
            return
        marked = ""
        if old and new and old != new and is_long(old, new):
            marked = "<p><b>{what}</b><br>{diff}</p>".format(
                what=html.escape(self.tr("変更箇所（赤の取り消し線: 削除、緑の下線: 追加）")), diff=as_html(old, new)
            )
        self.detail.setHtml(
            "<b>{label}</b>{marked}<table width='100%' cellspacing='4'><tr><th align='left'>{before}</th>"
            "<th align='left'>{after}</th></tr><tr><td valign='top'>{old}</td><td valign='top'>{new}</td></tr></table>".format(
                label=html.escape(item.text(0)),
                marked=marked,
                before=html.escape(self.tr("変更前")),
                after=html.escape(self.tr("変更後")),
                old=html.escape(old or "").replace("\n", "<br>"),
                new=html.escape(new or "").replace("\n", "<br>"),
            )
        )

    def _conflict_html(self, conflict: Conflict) -> str:
        heads = [self.tr("書き出し時")] + [o.source for o in conflict.options]
        cells = [conflict.base] + [o.text for o in conflict.options]
        plain = [html.escape(t).replace("\n", "<br>") for t in cells]
        diffs = plain[:1] + [
            as_html(conflict.base, t) if is_long(conflict.base, t) else p
            for t, p in zip(cells[1:], plain[1:], strict=True)
        ]
        return "<b>{label}</b>　{hint}<table width='100%' cellspacing='4' border='1' cellpadding='4'><tr>{heads}</tr><tr>{cells}</tr></table>".format(
            label=html.escape(self.tr("［競合］{label}").format(label=conflict.label)),
            hint=html.escape(
                self.tr("同じ項目が両方で違う内容に変えられています。どれを採るか「変更後」の欄で選んでください。")
            ),
            heads="".join(f"<th align='left'>{html.escape(h)}</th>" for h in heads),
            cells="".join(f"<td valign='top'>{d}</td>" for d in diffs),
        )

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for change, item in zip(self._plan, self._items, strict=True):
            if _applicable(change):
                item.setCheckState(0, state)

    def _checked(self, index: int) -> bool:
        item = self._items[index]
        return _applicable(self._plan[index]) and item.checkState(0) == Qt.CheckState.Checked

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


def _applicable(change: ProjectChange) -> bool:
    """A change that can be applied: not 変更なし, and not a new project without its 事業名."""
    if change.kind is ChangeKind.UNCHANGED:
        return False
    return change.kind is not ChangeKind.NEW or bool(change.incoming.project.name.strip())


def _short(text: str, n: int = 24) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


Reply = tuple[str, ImportResult]  # (the file's name in the preview, what was read)


def password_prompt(parent: QWidget | None) -> Callable[[str, bool], str | None]:
    """Ask for a locked file's password, file by file, again after a wrong one; None when cancelled."""

    def ask(name: str, wrong: bool) -> str | None:
        text = _t("「{name}」はパスワードで保護されています。\nパスワードを入力してください。").format(name=name)
        if wrong:
            text = _t("パスワードが違います。もう一度入力してください。") + "\n\n" + text
        password, ok = QInputDialog.getText(parent, _t("パスワード"), text, QLineEdit.EchoMode.Password)
        return password if ok else None

    return ask


def read_with_progress(parent: QWidget | None, path: Path, edition: Edition) -> list[Reply] | None:
    """Read every file *path* holds (a workbook, a PDF, or a zip of them) off the window's thread while a
    cancellable progress dialog shows; a locked file's password is asked on the window's thread
    (ui/background.py: the window keeps painting while a long PDF is read). None if the user cancelled."""
    from ..importing.attachments import open_attachment, read_sources

    check_format(path)
    ask = password_prompt(parent)

    def work(progress: Callable[[int, int], bool]) -> list[Reply]:
        # unzipping, decrypting or converting, then reading: all of it in the worker
        attachment = open_attachment(path, lambda name, wrong: ask_in_window(lambda: ask(name, wrong)))
        return read_sources(attachment, edition, progress)

    try:
        return run_in_background(
            parent, _t("取り込み"), _t("「{name}」を読み込んでいます…").format(name=path.name), work
        )
    except Cancelled:
        return None


def preview_import(
    parent: QWidget | None, roadmap: Roadmap, paths: list[Path], file: RoadmapFile | None = None
) -> ImportPlan | None:
    """Read *paths* (each with its progress; a file that cannot be read is shown and left out), plan them
    together against *roadmap* and the bases *file* recorded, and preview them in one dialog.

    The accepted plan (choices and ticks set), or None: nothing to apply. Nothing is written here:
    the caller applies the plan through the session (operations.imports.ApplyImport)."""

    def error(path: Path, e: Exception) -> None:
        title = _t("取り込めません") if len(paths) == 1 else _t("「{name}」を取り込めません").format(name=path.name)
        show_error(parent, e, title)

    replies = read_replies(
        file, roadmap.edition, [Path(p) for p in paths], lambda p, e: read_with_progress(parent, p, e), error
    )
    if not replies:
        return None
    plan = plan_import(roadmap, replies, file)
    dialog = ImportPreviewDialog(parent, roadmap, plan.plans)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.accepted_plan()
    finally:
        dialog.deleteLater()
    return plan if plan.has_accepted() else None
