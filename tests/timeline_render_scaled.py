"""Render a sample timeline in a process of its own (QT_SCALE_FACTOR set by the caller) and report
what fits, as JSON on stdout. Run by tests/test_timeline_everyday.py: a device pixel ratio is fixed
when the application starts, so 150 % needs its own process.

    python tests/timeline_render_scaled.py OUT.png WIDTH SHEET_NO
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from roadmap_desktop.app import register_app_font
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.paths import sample_path
from roadmap_desktop.ui.timeline import TimelineView


def main() -> None:
    out, width, number = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    app = QApplication([])
    register_app_font()
    roadmap = load_sample(sample_path())
    project = roadmap.projects[roadmap.sheet_numbers().index(number)]
    view = TimelineView()
    w = view.timeline
    w.set_context(roadmap.edition, Month(2025, 7))
    w.set_project(project)
    view.resize(width, view.sizeHint().height())
    view.show()
    app.processEvents()
    pixmap = view.grab()
    assert pixmap.save(str(out))
    lay = w.layout_()
    painter = w._painter
    fm_label, fm_head = QFontMetricsF(painter.font_label), QFontMetricsF(painter.font_head)
    kind_words = [fm_label.horizontalAdvance(t) for t in ("計画", "目標", "実績")] + [fm_head.horizontalAdvance("区分")]
    places = painter.label_places(w.paint_frame())
    labelled = [ref for ref, bar, _r in w.paint_frame().bar_items if bar.label]
    print(
        json.dumps(
            {
                "dpr": pixmap.devicePixelRatio(),
                "image_width": pixmap.width(),
                "view_width": view.width(),
                "kind_w": lay.kind_w,
                "kind_needed": max(kind_words),
                "name_w": lay.name_w,
                "name_head_needed": fm_head.horizontalAdvance("取組"),
                "labelled": len(labelled),
                "placed": sum(1 for ref in labelled if places.get(ref) and places[ref].text),
                "months_right": lay.month_left(lay.n_months),
                "timeline_width": w.width(),
            }
        )
    )


if __name__ == "__main__":
    main()
