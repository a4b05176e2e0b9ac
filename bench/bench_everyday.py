"""Everyday costs: the sheet form's fit gauge (computed once typing pauses) and one keystroke of search.

    python bench/bench_everyday.py [N]

Targets: the gauge ≤ 30 ms median per project (it runs 300 ms after the last keystroke, on the UI
thread); a search keystroke over N=150 projects (filter, 状況 counts, total, selection) ≤ 30 ms median.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_roadmap  # also puts the project on sys.path

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.layout.fill import sheet_fill


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median={statistics.median(samples) * 1000:.2f} p95={p95 * 1000:.2f}"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    roadmap = generate_roadmap(n=n, seed=0)
    t0 = time.perf_counter()
    sheet_fill(roadmap.edition, roadmap.projects[0])  # loads the layout and the font metrics, once per session
    print(f"gauge_first_ms {(time.perf_counter() - t0) * 1000:.1f} (once, 300 ms after the first project is shown)")
    gauge = []
    for project in roadmap.projects:
        t0 = time.perf_counter()
        sheet_fill(roadmap.edition, project)
        gauge.append(time.perf_counter() - t0)
    print(f"gauge_ms {_ms(gauge)} projects={n}")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from roadmap_desktop.ui.project_list import ProjectListPanel

    app = QApplication.instance() or QApplication([])
    panel = ProjectListPanel()
    panel.set_roadmap(roadmap, Month(2026, 11))
    panel.show()
    app.processEvents()
    typed = "でじたる"
    keystrokes = []
    for _round in range(10):
        for i in range(1, len(typed) + 1):
            t0 = time.perf_counter()
            panel.ui.search.setText(typed[:i])
            keystrokes.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        panel.ui.search.clear()
        keystrokes.append(time.perf_counter() - t0)
    print(f"search_keystroke_ms {_ms(keystrokes)} projects={n} shown_last={panel.proxy.rowCount()}")


if __name__ == "__main__":
    main()
