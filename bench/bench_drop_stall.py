"""Dropping a 150-page PDF on the window: how long the window stops answering before the preview.

A timer on the window's thread ticks every 10 ms from the drop until the import preview opens; the
longest gap between two ticks is the longest the window froze (target: none over 100 ms). The preview
itself is replaced by a stand-in that closes at once.

    python bench/bench_drop_stall.py [N]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import itertools

from generate import generate_roadmap  # also puts the project on sys.path
from PySide6.QtCore import QElapsedTimer, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.storage import RoadmapFile


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    app = QApplication(sys.argv[:1])
    from roadmap_desktop.ui import import_dialog
    from roadmap_desktop.ui.main_window import MainWindow

    roadmap = generate_roadmap(n)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ROADMAP_DESKTOP_HOME"] = str(Path(tmp) / "home")
        book = Path(tmp) / "book.pdf"
        export_pdf(roadmap, roadmap.projects, book)
        path = Path(tmp) / "r.roadmap"
        RoadmapFile.create(path, roadmap).close()
        window = MainWindow()
        window.open_path(path)
        window.show()
        for _ in range(20):
            app.processEvents()

        ticks: list[int] = []
        clock = QElapsedTimer()
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
        opened: list[float] = []

        def preview_exec(self: QDialog) -> int:
            opened.append(clock.elapsed())
            return QDialog.DialogCode.Rejected

        import_dialog.ImportPreviewDialog.exec = preview_exec  # type: ignore[method-assign]
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(book))])
        drop = QDropEvent(
            QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        clock.start()
        timer.start()
        t0 = time.perf_counter()
        window.dropEvent(drop)
        while not opened and time.perf_counter() - t0 < 600:
            app.processEvents()
            time.sleep(0.002)
        timer.stop()
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        longest = max(gaps) if gaps else 0
        over = sum(1 for g in gaps if g > 100)
        print(f"pages={n} drop_to_preview_s={(opened[0] if opened else float('nan')) / 1000:.2f}")
        print(f"longest_stall_ms={longest} stalls_over_100ms={over} ticks={len(ticks)}  (target: none over 100 ms)")
        where = [f"{a / 1000:.2f}s+{b - a}ms" for a, b in itertools.pairwise(ticks) if b - a > 100]
        if where:
            print("stalls at: " + ", ".join(where))
        window.close()


if __name__ == "__main__":
    main()
