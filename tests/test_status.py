"""Behind plan or not: the simple reading of 計画 against 実績 that the project list shows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


# --- the rules as the module docstring states them, month by month: the list computes the status of
# every project at each opening, so the module reads months as indexes and stops at the first 遅れ; this
# plain reading, made independently of it, holds it to the rules.


def _months(bars: list[Bar]) -> set[Month]:
    out: set[Month] = set()
    for b in bars:
        m = b.start
        while m <= b.end:
            out.add(m)
            m = m.shifted(1)
    return out


def _rule_status(i: Initiative, ref: Month) -> Status:
    actual = _months(i.actual)
    if any(p.end < ref and not _months([p]) <= actual for p in i.plan):
        return Status.DELAYED
    planned = _months(i.plan)
    if planned and any(m not in planned and m > min(planned) for m in actual):
        return Status.OVERRUN
    return Status.ON_TRACK if i.actual else Status.NOT_STARTED


_month = st.builds(Month.from_index, st.integers(2024 * 12, 2026 * 12 + 11))


@st.composite
def _bars(draw: st.DrawFn) -> list[Bar]:
    out = []
    for _ in range(draw(st.integers(0, 3))):
        a, b = sorted((draw(_month), draw(_month)))
        out.append(Bar(a, b))
    return out


_initiative = st.builds(Initiative, name=st.sampled_from(["a", "b"]), plan=_bars(), actual=_bars())


@settings(max_examples=300, deadline=None)
@given(st.lists(_initiative, max_size=5), _month, st.lists(_initiative, max_size=2))
def test_status_follows_the_rules_month_by_month(
    initiatives: list[Initiative], ref: Month, history: list[Initiative]
) -> None:
    for i in initiatives:
        assert initiative_status(i, ref) is _rule_status(i, ref)
    started = {(h.name, h.plan_label) for h in history if h.actual}
    expected = [
        Status.ON_TRACK if s is Status.NOT_STARTED and (i.name, i.plan_label) in started else s
        for i, s in ((i, _rule_status(i, ref)) for i in initiatives)
    ]
    project = Project(initiatives=initiatives, history=history)
    assert project_status(project, ref) is (min(expected, key=lambda s: s.value) if expected else Status.NONE)
