"""The main window's entry points to import, export, printing, the collection round, the new edition,
the comparison and the 全体工程表. Each loads its module when first used (the readers, reportlab,
openpyxl, the layout engine), so that none of them weighs on start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..core.model import Project
from ..settings import save_settings

if TYPE_CHECKING:
    from ..operations.imports import ImportPlan
    from .commands import RoadmapDocument
    from .sheet_form import SheetForm


class ImportHost(Protocol):
    """What the window's import needs of the window (MainWindow is one)."""

    document: RoadmapDocument | None
    form: SheetForm

    def _writable_document(self) -> RoadmapDocument | None: ...

    def import_path(self, path: str | Path) -> None: ...

    def import_files(self, paths: list[Path]) -> bool: ...

    def apply_import(self, plan: ImportPlan) -> bool: ...


# The mixin's strings belong to the window's translation context (see actions.py).
translate = QCoreApplication.translate


class WindowTransfers:
    """Mixed into MainWindow (before QMainWindow): what goes in and out of the roadmap."""

    def import_dialog(self: Any) -> None:
        path = self._ask_path(translate("MainWindow", "取り込むファイル"), save=False,
                              filter_text=translate("MainWindow", "Excel・PDF・ZIP (*.xlsx *.xlsm *.xls *.ods *.pdf *.zip)"))  # fmt: skip
        if path is not None:
            self.import_path(path)

    def import_path(self: ImportHost, path: str | Path) -> None:
        self.import_files([Path(path)])

    def import_paths(self: ImportHost, paths: list[Path]) -> None:
        """Several replies at once (dropped together): one preview of them all (ui/collection.py)."""
        if len(paths) == 1:
            self.import_path(paths[0])
            return
        from .collection import import_files

        import_files(self, paths)

    def import_files(self: ImportHost, paths: list[Path]) -> bool:
        """Read, preview and apply *paths* as one undoable step (the one import of the window); True if applied."""
        doc = self._writable_document()
        if doc is None or not paths:
            return False
        from .import_dialog import preview_import  # here, not at start-up: it loads the readers

        self.form.commit_pending()
        parent = self if isinstance(self, QWidget) else None
        plan = preview_import(parent, doc.roadmap, list(paths), doc.file)
        return plan is not None and self.apply_import(plan)

    def import_many(self: Any) -> None:
        """複数ファイルの取り込み: choose several replies, one preview of them all."""
        from .collection import choose_and_import

        choose_and_import(self)

    def export_departments(self: Any) -> None:
        """部局別に書き出し: one workbook per 担当部局, each recorded as sent out."""
        from .collection import export_departments

        export_departments(self)

    def collection_status(self: Any) -> None:
        """回収状況: which workbooks are out, back, applied, and when."""
        from .collection import show_status

        show_status(self)

    def apply_import(self: ImportHost, plan: ImportPlan) -> bool:
        """Apply an accepted plan through the session: backup, write, replies marked; one undoable step."""
        from ..operations.imports import ApplyImport

        doc = self._writable_document()
        if doc is None:
            return False
        return doc.run(ApplyImport.of(doc.session, plan))

    def export_scopes(self: Any) -> dict[str, list[Project]]:
        roadmap = self.roadmap
        current = self.current_project()
        return {
            "current": [current] if current is not None else [],
            "selection": self.list_panel.selected_projects(),
            "filtered": self.list_panel.proxy.projects(),
            "all": list(roadmap.projects) if roadmap else [],
        }

    def export_dialog(self: Any) -> None:
        if self.document is None:
            return
        self.form.commit_pending()
        from .export_dialog import ExportDialog  # here, not at start-up: it loads reportlab and openpyxl

        folder = Path(self.settings.export_folder) if self.settings.export_folder else self.document.file.path.parent
        # the window's 基準月 is offered for the 全体工程表 (of the 冊子 and of the Excel workbook)
        dialog = ExportDialog(self, self.document.roadmap, self.export_scopes(), folder, self.reference_month())
        dialog.exec()
        if dialog.written:  # the next export starts where this one went
            self.settings.export_folder = str(dialog.written[0].parent)
            save_settings(self.settings)
            from .export_done import show_exported

            show_exported(self, dialog.written, self.tr("書き出し"))

    def rollover_dialog(self: Any) -> None:
        """新年度版を作成: the next edition in a new file (ui/rollover_dialog.py)."""
        from .rollover_dialog import run_rollover

        if self.document is not None:
            self.form.commit_pending()
            run_rollover(self)

    def compare_dialog(self: Any) -> None:
        """版を比較: the differences between this roadmap and another file (ui/diff_view.py)."""
        from .diff_view import run_compare

        if self.document is not None:
            self.form.commit_pending()
            run_compare(self)

    def print_dialog(self: Any) -> None:
        """Print and preview in one window, with the export dialog's scopes, 冊子 and a page range."""
        if self.document is None:
            return
        self.form.commit_pending()
        from .print_dialog import open_print_dialog  # here, not at start-up: it loads the layout engine

        scope = "selection" if len(self.list_panel.selected_projects()) > 1 else "filtered"
        open_print_dialog(self, self.document.roadmap, self.export_scopes(), self.reference_month(), scope)

    def print_preview(self: Any) -> None:
        self.print_dialog()  # the window is the preview: all the chosen pages at once

    def overview_window(self: Any) -> None:
        """The 全体工程表 window: all projects' timelines; double-clicking one shows it here."""
        if self.document is None:
            return
        from .overview_view import show_overview

        self._overview = show_overview(
            self, self.document.roadmap, self.reference_month(), self.list_panel.select_project
        )
