"""The timeline widget: a full repaint of a 20-initiative timeline, ~1400 px wide, into a QImage.

    QT_QPA_PLATFORM=offscreen python bench/bench_timeline.py [RUNS]

Target: ≤ 5 ms median for a full repaint (fonts, pens, brushes, label elisions and laid-out words are
cached; grid lines and boxes are filled as rectangles). The fastest run is printed too: on a machine
that others share, the median moves with their load, the fastest run much less.
Also prints a repaint of one initiative's band (a partial update) and a zoomed-in full repaint.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from generate import BAR_LABELS, INITIATIVE_NAMES, generate_roadmap  # also puts the project on sys.path
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPainter, QRegion
from PySide6.QtWidgets import QApplication

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Initiative, Project, Row
from roadmap_desktop.paths import resources_dir
from roadmap_desktop.ui.timeline import TimelineWidget


def twenty_initiatives(seed: int = 1) -> tuple[Project, object]:
    """A project of 20 initiatives: plan bars across the window, actual bars in the first two years."""
    roadmap = generate_roadmap(n=1, seed=seed)
    edition = roadmap.edition
    rng = random.Random(seed)
    project = roadmap.projects[0]
    project.initiatives = []
    for i in range(20):
        plan, actual = [], []
        pos = rng.randrange(0, 4)
        while pos < 60:
            end = min(59, pos + rng.choice([2, 3, 5, 8, 11, 17]))
            plan.append(Bar(edition.first_month.shifted(pos), edition.first_month.shifted(end), rng.choice(BAR_LABELS)))
            pos = end + 1 + rng.choice([0, 0, 1])
        if plan[-1].end == edition.last_month:
            plan[-1].continues = True
        for b in plan:
            if b.end.index - edition.first_month.index < 20 and rng.random() < 0.7:
                actual.append(Bar(b.start, b.end.shifted(rng.choice([0, 0, 1])), b.label))
        initiatives_name = INITIATIVE_NAMES[i % len(INITIATIVE_NAMES)]
        project.initiatives.append(Initiative(initiatives_name, "計画", plan, actual))
    return project, edition


def time_render(widget: TimelineWidget, image: QImage, runs: int, region: QRegion | None = None) -> list[float]:
    times = []
    for _ in range(runs):
        painter = QPainter(image)
        t0 = time.perf_counter()
        if region is None:
            widget.render(painter, QPoint(0, 0))
        else:
            widget.render(painter, QPoint(0, 0), region)
        times.append((time.perf_counter() - t0) * 1000)
        painter.end()
    return times


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    app = QApplication.instance() or QApplication([])
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "ipaexg.ttf"))
    app.setFont(QFont(QFontDatabase.applicationFontFamilies(font_id)[0], 10))  # type: ignore[union-attr]
    project, edition = twenty_initiatives()
    widget = TimelineWidget()
    widget.set_context(edition, Month(2025, 10))  # type: ignore[arg-type]
    widget.set_project(project)
    widget.resize(1400, widget.minimumHeight())
    widget.select_bar((3, Row.PLAN, 1))
    bars = sum(len(i.plan) + len(i.actual) for i in project.initiatives)
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    time_render(widget, image, 3)  # warm the caches, as the first paint on screen does
    full = time_render(widget, image, runs)
    lay = widget.layout_()
    band = QRect(0, int(lay.row_top(10, Row.PLAN)), widget.width(), int(lay.row_height(10, Row.PLAN) * 2))
    partial = time_render(widget, image, runs, QRegion(band))
    widget.set_month_width(40)
    widget.resize(widget.minimumWidth(), widget.minimumHeight())
    zimage = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    time_render(widget, zimage, 3)
    zoomed = time_render(widget, zimage, runs)
    print(f"timeline: 20 initiatives, {bars} bars, {image.width()}×{image.height()} px, median of {runs}")
    print(f"  full repaint          {statistics.median(full):6.2f} ms   (target ≤ 5 ms; fastest {min(full):.2f} ms)")
    print(f"  one initiative band   {statistics.median(partial):6.2f} ms")
    print(f"  zoomed 40 px/month    {statistics.median(zoomed):6.2f} ms   ({zimage.width()}×{zimage.height()} px)")


if __name__ == "__main__":
    main()
