"""Issue 22's timeline on the common office laptop: in the first window on a 1366×768 screen (a 40 px
taskbar), the 60 months are at least the readable 12 px without a sideways scroll, the month digits
11 px or more, and the rows fitted to the space: as many 取組 in view as the height allows, more with
the form folded. The figures are printed; the renders are saved in test-artifacts/ to be looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QMessageBox

from roadmap_desktop.core.model import Roadmap, Row
from roadmap_desktop.layout.geometry import MIN_ROW_H, ROW_H
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.timeline_layout import READABLE_MONTH_PX, TimelineLayout

AVAILABLE = QRect(0, 0, 1366, 728)  # 1366×768 less Windows' taskbar
# the offscreen platform's notes on a top-level window (as in test_everyday.py)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _font(app_font: str) -> None:
    """Renders use the bundled Japanese font."""


def visible_initiatives(lay: TimelineLayout, height: int) -> int:
    """How many 取組 are whole in a viewport *height* pixels tall, scrolled to the top."""
    return sum(
        1 for i in range(lay.initiatives) if lay.row_top(i, Row.ACTUAL) + lay.row_height(i, Row.ACTUAL) <= height
    )


@pytest.mark.parametrize("number", [72, 62])
def test_the_timeline_is_readable_in_the_first_window_on_a_laptop(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    sample: Roadmap,
    artifacts: Path,
    number: int,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(AVAILABLE))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: sum(w.main_splitter.sizes()) > 1000)
    assert AVAILABLE.contains(w.frameGeometry()) or w.width() <= AVAILABLE.width()
    project = sample.projects[sample.sheet_numbers().index(number)]
    assert w.list_panel.select_project(project.id)
    qtbot.waitUntil(lambda: w.timeline.project() is not None and w.timeline.project().id == project.id)
    view, tl = w.timeline_view, w.timeline
    figures = []
    for compact in (False, True):
        w.set_compact_form(compact)
        QApplication.processEvents()
        lay = tl.layout_()
        vp = view.viewport()
        lay = tl.layout_()
        shown = visible_initiatives(lay, vp.height())
        figures.append((compact, lay.month_w, lay.lane_h, shown, lay.initiatives, vp.width(), vp.height()))
        print(
            f"No.{number} {'compact' if compact else 'full form'}: window {w.width()}×{w.height()}, timeline "
            f"{vp.width()}×{vp.height()}, month {lay.month_w:.1f} px, lane {lay.lane_h:.1f} px, "
            f"digits {tl._painter.font_small.pixelSize()} px, 取組 in view {shown}/{lay.initiatives}"
        )
        assert w.grab().save(str(artifacts / f"laptop-1366-no{number}-{'compact' if compact else 'full'}.png"))
        # 60 readable months across the pane, no sideways scroll
        assert lay.month_w >= READABLE_MONTH_PX
        assert lay.month_left(lay.n_months) <= vp.width()
        assert not view.horizontalScrollBar().isVisible()
        assert tl._painter.font_small.pixelSize() >= 11  # month digits
        # rows fitted to the space: between the sheet's least and comfortable rows at the screen's scale
        s = lay.label_scale
        assert MIN_ROW_H * s - 0.01 <= lay.lane_h <= ROW_H * s + 0.01
        if lay.lane_h > MIN_ROW_H * s + 0.01:  # rows above their least: the whole timeline is in view
            assert shown == lay.initiatives
        # the list beside it shows all its columns (事業名 narrower, whole on hover), no sideways scroll
        assert not w.list_panel.ui.table.horizontalScrollBar().isVisible()
    full, folded = figures
    assert folded[3] >= full[3]  # folding the form shows more 取組 (or all of them)
    assert folded[3] >= min(folded[4], 6)
    assert full[3] >= 1
