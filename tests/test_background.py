"""Long work runs off the window's thread: the window keeps answering, 中止 stops the work, errors and
questions (a password) come back to the window's thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QProgressDialog

from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.progress import Cancelled, report
from roadmap_desktop.ui.background import ask_in_window, run_in_background


def test_the_window_keeps_answering_while_the_work_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()

    def work(progress) -> str:  # type: ignore[no-untyped-def]
        for i in range(10):
            time.sleep(0.05)  # 0.5 s of work that holds nothing the window needs
            report(progress, i + 1, 10)
        return threading.current_thread().name

    name = run_in_background(None, "t", "l", work)
    timer.stop()
    assert name != threading.main_thread().name  # it ran on a worker
    # the window's timer went on firing during the work (its thread was never held for the 0.5 s;
    # how long a stall may be is measured in bench/bench_drop_stall.py, not here)
    assert len(ticks) >= 10


def test_cancel_stops_the_work_and_errors_come_back(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    steps: list[int] = []

    def long_work(progress) -> None:  # type: ignore[no-untyped-def]
        for i in range(1000):
            steps.append(i)
            report(progress, i, 1000)
            time.sleep(0.005)

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    with pytest.raises(Cancelled):
        run_in_background(None, "t", "l", long_work)
    assert 0 < len(steps) < 1000
    monkeypatch.undo()

    def failing(progress) -> None:  # type: ignore[no-untyped-def]
        raise RoadmapError("読めません")

    with pytest.raises(RoadmapError, match="読めません"):
        run_in_background(None, "t", "l", failing)


def test_a_question_from_the_work_is_asked_on_the_windows_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked_on: list[str] = []

    def question() -> str:
        asked_on.append(threading.current_thread().name)
        return "secret"

    answer = run_in_background(None, "t", "l", lambda progress: ask_in_window(question))
    assert answer == "secret" and asked_on == [threading.main_thread().name]
