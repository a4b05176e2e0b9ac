"""The 全体工程表 on screen: the book's overview layout, filterable, status colours, double-click opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.status import Status, project_status
from roadmap_desktop.layout.overview import NAME_W, NO_W
from roadmap_desktop.layout.palette import COLOUR
from roadmap_desktop.ui.overview_view import OverviewView

REFERENCE = Month(2025, 3)
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)  # the offscreen platform on show() and raise_()


def _view(qtbot: QtBot, rm: Roadmap) -> OverviewView:
    view = OverviewView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.set_roadmap(rm, REFERENCE)
    return view


def _row_center(view: OverviewView, project_id: str) -> QPoint:
    rect = next(r for r, pid in view.canvas.page.links if pid == project_id)
    s = view.canvas.scale
    return QPoint(round((rect.x + rect.w / 2) * s), round((rect.y + rect.h / 2) * s))


def test_every_project_has_a_line_and_filters_narrow_them(qtbot: QtBot, sample: Roadmap) -> None:
    view = _view(qtbot, sample)
    assert len(view.shown_rows()) == 20 and len(view.canvas.page.links) == 20
    delayed = [p.id for p in sample.projects if project_status(p, REFERENCE) is Status.DELAYED]
    assert delayed  # the sample has late projects at 令和7年3月
    view.set_filters(status=Status.DELAYED)
    assert [pid for _, pid in view.canvas.page.links] == delayed
    assert f"{len(delayed)} / 20" in view.summary.text()
    status_items = [view.status.itemText(i) for i in range(view.status.count())]
    assert f"遅れ（{len(delayed)}件）" in status_items
    view.set_filters(department="総務部")
    assert {pid for _, pid in view.canvas.page.links} == {p.id for p in sample.projects if "総務部" in p.departments}
    view.set_filters(field="存在しない分野")  # not offered: falls back to すべて
    assert len(view.canvas.page.links) == 20


def test_status_cells_are_painted_in_their_colours(qtbot: QtBot, sample: Roadmap) -> None:
    view = _view(qtbot, sample)
    image: QImage = view.canvas.grab().toImage()
    s = view.canvas.scale
    for (rect, pid), project in zip(view.canvas.page.links, sample.projects, strict=True):
        assert pid == project.id
        status = project_status(project, REFERENCE)
        x = round((rect.x + NO_W + NAME_W + 1.0) * s)  # inside the 状況 cell, left of its word
        y = round((rect.y + 0.8) * s)
        got = QColor(image.pixel(x, y))
        want = COLOUR.status[status]
        assert abs(got.redF() - want[0]) < 0.08 and abs(got.greenF() - want[1]) < 0.08, (project.name, status)


def test_double_click_opens_the_project(qtbot: QtBot, sample: Roadmap) -> None:
    view = _view(qtbot, sample)
    target = sample.projects[7]
    with qtbot.waitSignal(view.project_activated) as blocker:
        qtbot.mouseDClick(view.canvas, Qt.MouseButton.LeftButton, pos=_row_center(view, target.id))
    assert blocker.args == [target.id]


def test_main_window_opens_it_and_a_double_click_selects_the_project(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path
) -> None:
    from roadmap_desktop.storage import RoadmapFile
    from roadmap_desktop.ui.main_window import MainWindow

    RoadmapFile.create(tmp_path / "r.roadmap", sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(tmp_path / "r.roadmap")
    window.overview_action.trigger()
    overview = window._overview
    qtbot.addWidget(overview)
    target = window.roadmap.projects[12]
    qtbot.mouseDClick(overview.view.canvas, Qt.MouseButton.LeftButton, pos=_row_center(overview.view, target.id))
    assert window.current_project().id == target.id
    overview.close()


def test_render_the_overview_view(qtbot: QtBot, sample: Roadmap, artifacts: Path, app_font: str) -> None:
    view = _view(qtbot, sample)
    view.grab().save(str(artifacts / "overview-view.png"))
    view.set_filters(status=Status.DELAYED)
    view.grab().save(str(artifacts / "overview-view-delayed.png"))
    assert (artifacts / "overview-view.png").stat().st_size > 20_000


def test_the_window_opens_fitted_to_its_width_and_zooms(qtbot: QtBot, sample: Roadmap) -> None:
    """Not at the minimum scale until resized: the first look fills the window's width; Ctrl+wheel and
    Ctrl++ / Ctrl+- / Ctrl+0 zoom as in the timeline."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from roadmap_desktop.ui.overview_view import MIN_PX_PER_MM, STRIP_W, OverviewWindow

    window = OverviewWindow(None, sample, REFERENCE)
    qtbot.addWidget(window)
    window.resize(1300, 700)  # a laptop's width (the offscreen screen is smaller than one)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the zoom keys are the window's shortcuts
    view = window.view
    fitted = view.scroll_area.viewport().width() / STRIP_W
    assert fitted > MIN_PX_PER_MM
    assert view.canvas.scale == pytest.approx(fitted)
    assert view.canvas.width() <= view.scroll_area.viewport().width() + 1  # no sideways scrolling
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.scale == pytest.approx(fitted * 1.25)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.scale == pytest.approx(fitted)
    viewport = view.scroll_area.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(
        centre, viewport.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, wheel)
    assert view.canvas.scale == pytest.approx(fitted * 1.25)
    assert view.canvas.width() > viewport.width()  # larger than the window: scrolls sideways
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.scale == pytest.approx(fitted)


def test_a_double_click_brings_the_main_window_with_the_sheet_to_the_front(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap_desktop.storage import RoadmapFile
    from roadmap_desktop.ui.main_window import MainWindow

    RoadmapFile.create(tmp_path / "r.roadmap", sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(tmp_path / "r.roadmap")
    raised: list[str] = []
    monkeypatch.setattr(MainWindow, "raise_", lambda self: raised.append("raise"))
    monkeypatch.setattr(MainWindow, "activateWindow", lambda self: raised.append("activate"))
    window.overview_action.trigger()
    overview = window._overview
    qtbot.addWidget(overview)
    target = window.roadmap.projects[3]
    qtbot.mouseDClick(overview.view.canvas, Qt.MouseButton.LeftButton, pos=_row_center(overview.view, target.id))
    assert window.current_project().id == target.id
    assert raised == ["raise", "activate"]
    overview.close()
