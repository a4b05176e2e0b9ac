"""Behind plan or not: the simple reading of 計画 against 実績 that the project list shows."""

from __future__ import annotations

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Initiative, Project
from roadmap_desktop.core.status import Status, initiative_status, project_status


def bar(start: str, end: str, label: str = "") -> Bar:
    return Bar(Month.parse(start), Month.parse(end), label)


def test_plan_ended_without_actual_is_delayed() -> None:
    i = Initiative("検討", plan=[bar("2024-04", "2024-09")])
    assert initiative_status(i, Month(2024, 10)) is Status.DELAYED


def test_plan_still_running_is_not_delayed_yet() -> None:
    i = Initiative("検討", plan=[bar("2024-04", "2024-09")])
    assert initiative_status(i, Month(2024, 9)) is Status.NOT_STARTED


def test_partial_actual_over_an_ended_plan_is_delayed() -> None:
    i = Initiative("検討", plan=[bar("2024-04", "2024-09")], actual=[bar("2024-04", "2024-08")])
    assert initiative_status(i, Month(2025, 1)) is Status.DELAYED


def test_covered_plan_is_on_track() -> None:
    i = Initiative(
        "検討", plan=[bar("2024-04", "2024-09")], actual=[bar("2024-04", "2024-06"), bar("2024-07", "2024-09")]
    )
    assert initiative_status(i, Month(2025, 1)) is Status.ON_TRACK


def test_actual_past_plan_end_is_overrun() -> None:
    i = Initiative("導入", plan=[bar("2024-04", "2024-09")], actual=[bar("2024-04", "2024-12")])
    assert initiative_status(i, Month(2024, 12)) is Status.OVERRUN


def test_early_start_is_not_overrun() -> None:
    i = Initiative("導入", plan=[bar("2024-07", "2024-12")], actual=[bar("2024-05", "2024-08")])
    assert initiative_status(i, Month(2024, 9)) is Status.ON_TRACK


def test_project_takes_the_worst_and_one_start_makes_it_on_track() -> None:
    late = Initiative("a", plan=[bar("2024-04", "2024-06")])
    started = Initiative("b", plan=[bar("2024-04", "2025-03")], actual=[bar("2024-04", "2024-06")])
    idle = Initiative("c", plan=[bar("2025-04", "2026-03")])
    ref = Month(2024, 8)
    assert project_status(Project(initiatives=[started, idle]), ref) is Status.ON_TRACK
    assert project_status(Project(initiatives=[idle]), ref) is Status.NOT_STARTED
    assert project_status(Project(initiatives=[started, late, idle]), ref) is Status.DELAYED
    assert project_status(Project(), ref) is Status.NONE
    assert Status.DELAYED.label == "遅れ" and Status.OVERRUN.label == "超過"
