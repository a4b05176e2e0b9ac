"""The main window's entry points to import, export, printing, the collection round, the new edition,
the comparison and the 全体工程表. Each loads its module when first used (the readers, reportlab,
openpyxl, the layout engine), so that none of them weighs on start-up."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.errors import RoadmapError
from ..core.model import Project, Roadmap
from ..settings import save_settings
from .commands import ReplaceRoadmap
from .messages import show_error

# The mixin's strings belong to the window's translation context (see actions.py).
translate = QCoreApplication.translate


class WindowTransfers:
    """Mixed into MainWindow (before QMainWindow): what goes in and out of the roadmap."""

    def import_dialog(self: Any) -> None:
        path = self._ask_path(translate("MainWindow", "取り込むファイル"), save=False,
                              filter_text=translate("MainWindow", "Excel・PDF (*.xlsx *.pdf)"))  # fmt: skip
        if path is not None:
            self.import_path(path)

    def import_path(self: Any, path: str | Path) -> None:
        doc = self._writable_document()
        if doc is None:
            return
        from .import_dialog import run_import  # here, not at start-up: it loads the readers

        self.form.commit_pending()
        new = run_import(self, copy.deepcopy(doc.roadmap), Path(path))
        if new is not None:
            self.apply_import(new, Path(path).name)

    def import_paths(self: Any, paths: list[Path]) -> None:
        """Several replies at once (dropped together): one preview of them all (ui/collection.py)."""
        if len(paths) == 1:
            self.import_path(paths[0])
            return
        from .collection import import_files

        import_files(self, paths)

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

    def apply_import(self: Any, new: Roadmap, source: str = "") -> None:
        """Back the file up, then replace the roadmap as one undoable step."""
        doc = self._writable_document()
        if doc is None:
            return
        try:
            doc.file.backup()
        except (RoadmapError, OSError) as e:
            show_error(self, e, translate("MainWindow", "バックアップを作れないため取り込みを中止しました"))
            return
        text = (
            translate("MainWindow", "取り込み（{name}）").format(name=source)
            if source
            else translate("MainWindow", "取り込み")
        )
        doc.push(ReplaceRoadmap(doc, doc.roadmap, new, text))

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
