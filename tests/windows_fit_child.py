"""Child process of tests/test_windows_fit.py: opens every window of the application on the screen
the offscreen platform was configured with, and prints where each window and its buttons landed.

Run as ``python windows_fit_child.py OUT_DIR ROADMAP_PATH``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def make_dialogs(window: Any, roadmap_path: Path) -> dict[str, Callable[[], Any]]:
    """A maker for every dialog class of the application (DIALOG_CLASSES), opened from *window* with
    the sample roadmap (the keyboard, contrast and fit tests all walk this one list)."""
    from roadmap_desktop.core.fiscal import Month
    from roadmap_desktop.core.rollover import rollover
    from roadmap_desktop.core.sample import load_sample
    from roadmap_desktop.importing.merge import ImportResult, IncomingSheet, plan_import
    from roadmap_desktop.paths import sample_path
    from roadmap_desktop.ui.collection import CollectionStatusDialog, DepartmentDialog
    from roadmap_desktop.ui.crash import CrashDialog
    from roadmap_desktop.ui.diff_view import DiffView
    from roadmap_desktop.ui.edition_dialog import EditionDialog
    from roadmap_desktop.ui.export_dialog import ExportDialog
    from roadmap_desktop.ui.help_dialog import HelpDialog
    from roadmap_desktop.ui.import_dialog import ImportPreviewDialog
    from roadmap_desktop.ui.overview_view import OverviewWindow
    from roadmap_desktop.ui.preflight_dialog import PreflightDialog
    from roadmap_desktop.ui.print_dialog import PrintDialog
    from roadmap_desktop.ui.reference_dialog import ReferenceDialog
    from roadmap_desktop.ui.rollover_dialog import RolloverDialog

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
    return makers


def provoke_message(name: str, dialog: Any) -> None:
    """Make the dialogs that show an error in their own window show one (its colours are checked)."""
    if name == "EditionDialog":
        dialog.ui.fiscalYear.setText("R9")  # the sample's bars of R6 fall outside R9–R13
        dialog.accept()
    elif name == "ReferenceDialog":
        dialog.text.setText("令和99年13月")
    elif name == "RolloverDialog":
        dialog.target.setText("")
        dialog.accept()


def main(out: Path, roadmap_path: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

    app = QApplication(sys.argv[:1])
    from roadmap_desktop.app import register_app_font
    from roadmap_desktop.core.sample import load_sample
    from roadmap_desktop.paths import sample_path
    from roadmap_desktop.storage import RoadmapFile
    from roadmap_desktop.ui.main_window import MainWindow

    register_app_font()
    # the system's text scaling and high-contrast colours, as Windows hands them to Qt
    font_scale = float(os.environ.get("ROADMAP_TEST_FONT_SCALE", "1"))
    if font_scale != 1:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    if os.environ.get("ROADMAP_TEST_PALETTE") == "high-contrast":
        from readable import high_contrast_palette

        app.setPalette(high_contrast_palette())
    from readable import clipped, low_contrast

    sample = load_sample(sample_path())
    RoadmapFile.create(roadmap_path, sample).close()
    window = MainWindow()
    window.open_path(roadmap_path)
    window.show()
    for _ in range(5):
        app.processEvents()
    makers = make_dialogs(window, roadmap_path)
    if os.environ.get("ROADMAP_TEST_MESSAGES") == "1":  # the bands and a field's message shown too
        window.welcome_banner.show_for(roadmap_path)
        window.readonly_banner.show_reason("試験です。")
        window.form.field_widget("budget").setText("abc")
        window.form.commit("budget")
        for _ in range(5):
            app.processEvents()
    window.grab().save(str(out / "MainWindow.png"))
    main_window = {"clipped": clipped(window), "low_contrast": low_contrast(window)}

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
        if os.environ.get("ROADMAP_TEST_MESSAGES") == "1":
            provoke_message(name, dialog)
        for _ in range(5):
            app.processEvents()
        buttons = [
            [b.text(), rect(b), b.isVisible()]
            for b in dialog.findChildren(QAbstractButton)
            if b.isVisibleTo(dialog) and type(b).__name__ == "QPushButton"
        ]
        # pos() is where the frame starts, size() the window without its frame
        windows[name] = {
            "geometry": [dialog.x(), dialog.y(), dialog.width(), dialog.height()],
            "buttons": buttons,
            "clipped": clipped(dialog),
            "low_contrast": low_contrast(dialog),
        }
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    report["windows"] = windows
    report["main_window"] = main_window
    print("REPORT=" + json.dumps(report, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
