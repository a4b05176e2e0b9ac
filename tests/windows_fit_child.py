"""Child process of tests/test_windows_fit.py: opens every window of the application on the screen
the offscreen platform was configured with, and prints where each window and its buttons landed.

Run as ``python windows_fit_child.py OUT_DIR ROADMAP_PATH``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# Every QDialog subclass of roadmap_desktop.ui; the test checks that this list is complete.
DIALOG_CLASSES = (
    "PrintDialog",
    "ExportDialog",
    "ImportPreviewDialog",
    "DiffView",
    "CollectionStatusDialog",
    "DepartmentDialog",
    "RolloverDialog",
    "EditionDialog",
    "ReferenceDialog",
    "HelpDialog",
    "OverviewWindow",
    "CrashDialog",
    "PreflightDialog",
)


def main(out: Path, roadmap_path: Path) -> None:

    from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

    app = QApplication(sys.argv[:1])
    from roadmap_desktop.app import register_app_font
    from roadmap_desktop.core.fiscal import Month
    from roadmap_desktop.core.rollover import rollover
    from roadmap_desktop.core.sample import load_sample
    from roadmap_desktop.importing.merge import ImportResult, IncomingSheet, plan_import
    from roadmap_desktop.paths import sample_path
    from roadmap_desktop.storage import RoadmapFile
    from roadmap_desktop.ui.collection import CollectionStatusDialog, DepartmentDialog
    from roadmap_desktop.ui.crash import CrashDialog
    from roadmap_desktop.ui.diff_view import DiffView
    from roadmap_desktop.ui.edition_dialog import EditionDialog
    from roadmap_desktop.ui.export_dialog import ExportDialog
    from roadmap_desktop.ui.help_dialog import HelpDialog
    from roadmap_desktop.ui.import_dialog import ImportPreviewDialog
    from roadmap_desktop.ui.main_window import MainWindow
    from roadmap_desktop.ui.overview_view import OverviewWindow
    from roadmap_desktop.ui.preflight_dialog import PreflightDialog
    from roadmap_desktop.ui.print_dialog import PrintDialog
    from roadmap_desktop.ui.reference_dialog import ReferenceDialog
    from roadmap_desktop.ui.rollover_dialog import RolloverDialog

    register_app_font()
    sample = load_sample(sample_path())
    RoadmapFile.create(roadmap_path, sample).close()
    window = MainWindow()
    window.open_path(roadmap_path)
    window.show()
    rm = window.roadmap
    reference = Month(2025, 3)
    scopes = {"current": rm.projects[:1], "selection": rm.projects[:3], "filtered": rm.projects, "all": rm.projects}
    changed = load_sample(sample_path()).projects[0]
    changed.overview += "（追記）"
    result = ImportResult([IncomingSheet(changed, "ワークシート「No.56」", True, 56)], [])
    groups: dict[str, list[object]] = {}
    for p in rm.projects:
        groups.setdefault("・".join(p.departments), []).append(p)

    makers = {
        "PrintDialog": lambda: PrintDialog(window, rm, scopes, reference),
        "ExportDialog": lambda: ExportDialog(window, rm, scopes, None, reference),
        "ImportPreviewDialog": lambda: ImportPreviewDialog(window, rm, plan_import(rm, result), result),
        "DiffView": lambda: DiffView(window, ("R6", rm), ("R7", rollover(rm).roadmap)),
        "CollectionStatusDialog": lambda: CollectionStatusDialog(window, []),
        "DepartmentDialog": lambda: DepartmentDialog(window, groups),
        "RolloverDialog": lambda: RolloverDialog(window, rm, roadmap_path),
        "EditionDialog": lambda: EditionDialog(window, rm, window.settings.title_template),
        "ReferenceDialog": lambda: ReferenceDialog(window, None, Month(2026, 11)),
        "HelpDialog": lambda: HelpDialog(window, [("Ctrl+S", "保存")], "/tmp/logs"),
        "OverviewWindow": lambda: OverviewWindow(window, rm, reference),
        "CrashDialog": lambda: CrashDialog("Traceback …\n" * 80, Path("/tmp/logs/roadmap-desktop.log"), window),
        "PreflightDialog": lambda: PreflightDialog(rm, lambda project_id: None, window),
    }
    assert tuple(makers) == DIALOG_CLASSES

    def rect(widget: QWidget) -> list[int]:
        top_left = widget.mapToGlobal(widget.rect().topLeft())
        return [top_left.x(), top_left.y(), widget.width(), widget.height()]

    screen = window.screen().availableGeometry()
    report: dict[str, object] = {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "windows": {},
    }
    windows: dict[str, object] = {}
    for name, make in makers.items():
        dialog: QDialog = make()
        dialog.show()
        for _ in range(5):
            app.processEvents()
        buttons = [
            [b.text(), rect(b), b.isVisible()]
            for b in dialog.findChildren(QAbstractButton)
            if b.isVisibleTo(dialog) and type(b).__name__ == "QPushButton"
        ]
        # pos() is where the frame starts, size() the window without its frame
        windows[name] = {"geometry": [dialog.x(), dialog.y(), dialog.width(), dialog.height()], "buttons": buttons}
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    report["windows"] = windows
    print("REPORT=" + json.dumps(report, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
