"""The print window with the book of N projects: how long the window stops answering while the book is
laid out (in a worker) and its first pages are drawn.

A timer on the window's thread ticks every 10 ms from 「冊子にする」 until the preview shows the book;
the longest gap between two ticks is the longest the window froze (target: none over 100 ms). The
window thread's own processor time between ticks is printed too (other processes cannot lengthen it).

    python bench/bench_print_preview.py [N] [RUNS]
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from generate import generate_roadmap  # also puts the project on sys.path
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from roadmap_desktop.ui.print_dialog import PrintDialog


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    app = QApplication(sys.argv[:1])
    roadmap = generate_roadmap(n)
    walls, cpus, totals = [], [], []
    for _ in range(runs):
        dialog = PrintDialog(None, roadmap, {"all": roadmap.projects}, None, "all")
        dialog.resize(1100, 728)
        dialog.show()
        dialog.wait_for_pages()
        ticks: list[tuple[float, float]] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda ticks=ticks: ticks.append((time.perf_counter(), time.thread_time())))
        start = time.perf_counter()
        timer.start()
        dialog.book.setChecked(True)
        while dialog.busy:
            app.processEvents()
            time.sleep(0.002)
        dialog.repaint()
        QCoreApplication.processEvents()
        timer.stop()
        totals.append(time.perf_counter() - start)
        walls.append(max(b[0] - a[0] for a, b in itertools.pairwise(ticks)))
        cpus.append(max(b[1] - a[1] for a, b in itertools.pairwise(ticks)))
        pages = len(dialog.pages)
        dialog.close()
        dialog.deleteLater()
    print(f"projects: {n}, book pages: {pages}, runs: {runs}")
    print(f"book laid out and shown in:       median {statistics.median(totals):.2f} s")
    print(f"longest stall of the window:      median {statistics.median(walls) * 1000:.0f} ms "
          f"(max {max(walls) * 1000:.0f})  target < 100 ms")  # fmt: skip
    print(
        f"  its own work between two ticks: median {statistics.median(cpus) * 1000:.0f} ms (max {max(cpus) * 1000:.0f})"
    )


if __name__ == "__main__":
    main()
