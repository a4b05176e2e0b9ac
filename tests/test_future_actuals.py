"""実績 beyond the 基準月 is accepted with a word, not silently."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from roadmap_desktop.core.actuals import future_actual_message, new_actuals_after
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Project, Roadmap
from roadmap_desktop.storage import RoadmapFile

REF = Month(2025, 3)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_only_new_actuals_past_the_reference_month_are_named(sample: Roadmap) -> None:
    old = copy.deepcopy(sample.projects[0])
    new = copy.deepcopy(old)
    ini = new.initiatives[0]
    assert new_actuals_after(old, new, REF) == []
    ini.actual.append(Bar(Month(2025, 2), Month(2025, 3), "今月まで"))  # up to the reference month: fine
    assert new_actuals_after(old, new, REF) == []
    ini.actual.append(Bar(Month(2025, 3), Month(2025, 6), "先の実績"))
    found = new_actuals_after(old, new, REF)
    assert [f.bar.label for f in found] == ["先の実績"] and found[0].initiative == ini.name
    message = future_actual_message(found, REF)
    assert "「先の実績」" in message and "令和7年3月" in message and "令和7年3月〜令和7年6月" in message
    # already there before this edit: not repeated on every later edit
    assert new_actuals_after(copy.deepcopy(new), new, REF) == []
    assert future_actual_message([], REF) == ""


def test_the_window_says_so_in_the_status_bar(qtbot, tmp_path: Path, sample: Roadmap, monkeypatch) -> None:
    from roadmap_desktop.ui.main_window import MainWindow

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(a[2]))
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.set_reference_month("2025-03")
    project: Project = copy.deepcopy(w.current_project())
    project.initiatives[0].actual.append(Bar(Month(2025, 3), Month(2025, 8), "記録"))
    w.request_change("バーを追加", project)
    assert w.current_project().initiatives[0].actual[-1].label == "記録"  # accepted
    assert "基準月（令和7年3月）より後" in w.statusBar().currentMessage()
    assert boxes == []
    w.close()
