"""The main window's files: open (read-only when someone else has the file), the recent files menu,
new, save as, and reopening for editing once the file's holder has let go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.errors import RoadmapError
from ..core.model import Edition, Roadmap
from ..core.status import this_month
from ..settings import edition_title, save_settings
from ..storage import RoadmapFile
from ..storage.lock import FileLockedError
from ..storage.roadmap_file import SUFFIX, ReadOnlyPlaceError
from .commands import RoadmapDocument
from .messages import show_error

# The mixin's strings belong to the window's translation context (see actions.py).
translate = QCoreApplication.translate


class WindowFiles:
    """Mixed into MainWindow (before QMainWindow): the document's file, opened, created or copied."""

    document: RoadmapDocument | None

    def _rebuild_recent_menu(self: Any) -> None:
        self.recent_menu.clear()
        for i, path in enumerate(self.settings.recent_files):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}  —  {Path(path).parent}")
            action.setData(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def open_path(self: Any, path: str | Path, readonly: bool = False) -> bool:
        """Open *path*; a file locked by someone else may be opened read-only. False if nothing opened."""
        path = Path(path)
        if self.document is not None and path.resolve() == self.document.file.path.resolve():
            return True  # already open here
        try:
            file = RoadmapFile.open(path, readonly=readonly)
        except (FileLockedError, ReadOnlyPlaceError) as e:
            # here: PySide6 builds a class (and its enums) when first touched; the first paint shows no dialog
            from PySide6.QtWidgets import QMessageBox

            title = (
                translate("MainWindow", "使用中のファイル")
                if isinstance(e, FileLockedError)
                else translate("MainWindow", "書き込めないファイル")
            )
            # the band repeats why, without the advice to open read-only (that has been done)
            sentences = [s for s in str(e).split("。") if s.strip() and "読み取り専用で開" not in s]
            self._readonly_reason = "".join(s + "。" for s in sentences)
            answer = QMessageBox.question(
                self,
                title,
                str(e) + "\n\n" + translate("MainWindow", "読み取り専用で開きますか？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return bool(self.open_path(path, readonly=True))
        except RoadmapError as e:
            show_error(self, e, translate("MainWindow", "開けません"))
            return False
        try:
            roadmap = file.load()
        except RoadmapError as e:
            file.close()
            show_error(self, e, translate("MainWindow", "開けません"))
            return False
        self._set_document(RoadmapDocument(file, roadmap))
        self.settings.add_recent(path)
        save_settings(self.settings)
        self._rebuild_recent_menu()
        return True

    def reopen_writable(self: Any) -> bool:
        """The read-only band's button: open the same file for editing, if its holder has let go."""
        if self.document is None or not self.document.readonly:
            return False
        path = self.document.file.path
        current = self.list_panel.current_project_id()
        try:
            file = RoadmapFile.open(path)
            roadmap = file.load()
        except RoadmapError as e:
            self.statusBar().showMessage(translate("MainWindow", "まだ編集できません: {why}").format(why=e), 10000)
            self.readonly_banner.flash()
            return False
        self._set_document(RoadmapDocument(file, roadmap))
        if current is not None:
            self.list_panel.select_project(current)
        self.statusBar().showMessage(translate("MainWindow", "編集できる状態で開き直しました。"), 6000)
        return True

    def open_recent(self: Any, path: str) -> None:
        if not Path(path).exists():
            show_error(self, RoadmapError(translate("MainWindow", "ファイル「{name}」が見つかりません。一覧から外します。").format(
                name=Path(path).name)))  # fmt: skip
            self.settings.remove_recent(path)
            save_settings(self.settings)
            self._rebuild_recent_menu()
            return
        self.open_path(path)

    def _close_document(self: Any) -> None:
        if self.document is None:
            return
        self.form.commit_pending()
        self.undo_group.removeStack(self.document.undo_stack)
        self.document.file.close()
        self.document.deleteLater()
        self.document = None

    def _set_document(self: Any, document: RoadmapDocument) -> None:
        self._close_document()
        self.document = document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.projectChanged.connect(self._project_changed)
        document.structureChanged.connect(self._structure_changed)
        document.writeFailed.connect(self._write_failed)
        document.undo_stack.indexChanged.connect(self._stack_changed)
        self._last_index = 0
        reference = self.reference_month()
        self.reference_label.setText(translate("MainWindow", "基準月: {month}").format(month=reference.japanese()))
        self.timeline.set_context(document.roadmap.edition, reference)
        shown = self._shows
        self._opening = True  # the actions are updated once, below, not at the list's every change
        try:
            self.list_panel.set_roadmap(document.roadmap, reference)
            if document.roadmap.projects:
                self.list_panel.select_project(document.roadmap.projects[0].id)
        finally:
            self._opening = False
        self._update_suggestions()
        if self._shows == shown:  # the list's new current project has not been shown by its signal
            self._show_current()
        self._update_title()
        self._update_enabled()

    def _ask_path(self: Any, title: str, save: bool, filter_text: str | None = None) -> Path | None:
        folder = str(self.document.file.path.parent) if self.document else ""
        from PySide6.QtWidgets import QFileDialog  # built on first use, as QMessageBox above

        filter_text = filter_text or translate("MainWindow", "ロードマップ (*{suffix})").format(suffix=SUFFIX)
        if save:
            name, _ = QFileDialog.getSaveFileName(self, title, folder, filter_text)
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, folder, filter_text)
        if not name:
            return None
        path = Path(name)
        if save and path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return path

    def open_file_dialog(self: Any) -> None:
        path = self._ask_path(translate("MainWindow", "ロードマップを開く"), save=False)
        if path is not None:
            self.open_path(path)

    def _check_target(self: Any, path: Path) -> bool:
        """A file we may (over)write for New / Save As: not the open one, not someone else's."""
        from ..operations.targets import check_target

        try:
            check_target(self.document.file.path if self.document is not None else None, path, overwrite=True)
        except RoadmapError as e:
            show_error(self, e)
            return False
        return True

    def new_file(self: Any, path: Path, fiscal_year: int | None = None) -> bool:
        """Create an empty roadmap at *path* (the edition of the current fiscal year) and open it."""
        if not self._check_target(path):
            return False
        fy = fiscal_year if fiscal_year is not None else this_month().fiscal_year
        edition = Edition(title=edition_title(self.settings.title_template, fy), fiscal_year=fy, first_sheet_no=1)
        try:
            RoadmapFile.create(path, Roadmap(edition, []), overwrite=True).close()
        except (RoadmapError, OSError) as e:
            show_error(self, e)
            return False
        return bool(self.open_path(path))

    def new_file_dialog(self: Any) -> None:
        path = self._ask_path(translate("MainWindow", "新しいロードマップ"), save=True)
        if path is not None:
            self.new_file(path)

    def save_as(self: Any, path: Path) -> bool:
        """Copy the roadmap to *path* and continue editing there."""
        if self.document is None or not self._check_target(path):
            return False
        self.form.commit_pending()
        current = self.list_panel.current_project_id()
        try:
            file = RoadmapFile.create(path, self.document.roadmap, overwrite=True)
            roadmap = file.load()
        except (RoadmapError, OSError) as e:
            show_error(self, e)
            return False
        self._set_document(RoadmapDocument(file, roadmap))
        if current is not None:
            self.list_panel.select_project(current)
        self.settings.add_recent(path)
        save_settings(self.settings)
        self._rebuild_recent_menu()
        return True

    def save_as_dialog(self: Any) -> None:
        path = self._ask_path(translate("MainWindow", "名前を付けて保存"), save=True)
        if path is not None:
            self.save_as(path)
