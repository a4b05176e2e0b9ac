"""Make the pictures of the manual (ヘルプ →「使い方」) from the application itself, so they stay current.

    .venv/bin/python tools/make_manual_pictures.py        # writes resources/help/*.png

Each picture is a window of the application opened on the sample roadmap, the way a user opens it,
grabbed and scaled to the manual's width. Run it after changing one of these windows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "help"
WIDTH = 560  # pixels: the manual's column


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    from roadmap_desktop.app import register_app_font
    from roadmap_desktop.core.fiscal import Month
    from roadmap_desktop.core.rollover import rollover
    from roadmap_desktop.core.sample import load_sample
    from roadmap_desktop.export.round_export import by_department
    from roadmap_desktop.importing.merge import ImportResult, IncomingSheet, plan_import
    from roadmap_desktop.paths import sample_path
    from roadmap_desktop.storage.rounds import ExportRecord
    from roadmap_desktop.ui.collection import CollectionStatusDialog, DepartmentDialog
    from roadmap_desktop.ui.diff_view import DiffView
    from roadmap_desktop.ui.import_dialog import ImportPreviewDialog
    from roadmap_desktop.ui.overview_view import OverviewWindow
    from roadmap_desktop.ui.rollover_dialog import RolloverDialog
    from roadmap_desktop.ui.translations import setup_translations

    register_app_font()
    translators = setup_translations(app, "ja")  # Qt's own buttons in Japanese, as in the application
    sample = load_sample(sample_path())
    reply = load_sample(sample_path())
    reply.projects[3].overview += "（令和7年度から対象を市町村に広げる。）"
    reply.projects[5].budget = 2500
    result = ImportResult(
        [IncomingSheet(p, f"ワークシート「No.{56 + i}」", True, 56 + i) for i, p in enumerate(reply.projects[:8])], []
    )
    departments = by_department(sample.projects)
    records = [
        ExportRecord(f"r{i}", d, f"令和６年度DX関連事業ロードマップ_{d}.xlsx", "2025-05-12T09:30:00", "1", len(ps),
                     "2025-05-20T15:02:00" if i % 3 == 0 else None, None, "2025-05-21T10:15:00" if i % 6 == 0 else None)
        for i, (d, ps) in enumerate(departments.items())
    ]  # fmt: skip
    source = Path("C:/Users/staff/Documents/ロードマップ/令和6年度.roadmap")  # as on a staff PC
    windows: dict[str, tuple[QWidget, tuple[int, int]]] = {
        "round_departments": (DepartmentDialog(None, departments), (420, 330)),
        "round_status": (CollectionStatusDialog(None, records), (900, 380)),
        "round_preview": (ImportPreviewDialog(None, sample, plan_import(sample, result), result), (980, 600)),
        "overview": (OverviewWindow(None, sample, Month(2025, 3)), (1100, 560)),
        "rollover": (RolloverDialog(None, sample, source), (720, 480)),
        "compare": (DiffView(None, ("令和6年度版", sample), ("令和7年度版", rollover(sample).roadmap)), (980, 640)),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (window, (w, h)) in windows.items():
        window.resize(w, h)
        window.show()
        for _ in range(10):
            app.processEvents()
        picture = window.grab().scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        target = OUT / f"{name}.png"
        picture.save(str(target))
        print(f"wrote {target.relative_to(ROOT)} ({picture.width()}×{picture.height()})")
        window.close()
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
