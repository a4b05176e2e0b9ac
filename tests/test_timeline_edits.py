"""The timeline's pure edit functions and delay marks (no Qt)."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_desktop.core import timeline_edits as edits
from roadmap_desktop.core.delays import behind_initiatives, behind_runs, is_behind, overrun_runs
from roadmap_desktop.core.dump import project_to_dict
from roadmap_desktop.core.errors import ValidationError
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Row
from roadmap_desktop.layout.lanes import place_row

ED = Edition(fiscal_year=2024)
M = Month


def project() -> Project:
    return Project(
        name="電子入札・電子収納導入調査事業",
        initiatives=[
            Initiative(
                name="電子入札の拡充に向けた検討",
                plan=[Bar(M(2024, 4), M(2024, 9), "内容検討"), Bar(M(2026, 4), M(2029, 3), "新技術の運用", True)],
                actual=[Bar(M(2024, 4), M(2024, 9), "内容検討")],
            ),
            Initiative(name="電子収納の拡充に向けた検討", plan=[Bar(M(2024, 10), M(2025, 3), "先行運用")]),
        ],
    )


def test_add_bar_returns_new_project_and_leaves_the_old_one() -> None:
    p = project()
    before = project_to_dict(p)
    new = edits.add_bar(p, ED, 1, Row.ACTUAL, M(2025, 2), M(2024, 10), " 先行運用 ")
    assert project_to_dict(p) == before
    assert new is not p
    assert new.initiatives[1].actual == [Bar(M(2024, 10), M(2025, 2), "先行運用")]


def test_add_bar_outside_the_window_is_refused_in_japanese() -> None:
    with pytest.raises(ValidationError, match="表示期間"):
        edits.add_bar(project(), ED, 0, Row.PLAN, M(2024, 1), M(2024, 5))


def test_move_bar_by_months_and_refuse_past_the_window() -> None:
    p = project()
    new = edits.move_bar(p, ED, 0, Row.PLAN, 0, 3)
    assert (new.initiatives[0].plan[0].start, new.initiatives[0].plan[0].end) == (M(2024, 7), M(2024, 12))
    with pytest.raises(ValidationError, match="表示期間"):
        edits.move_bar(p, ED, 0, Row.PLAN, 0, -1)


def test_moving_a_continuing_bar_shifts_its_start_and_keeps_the_arrow() -> None:
    new = edits.move_bar(project(), ED, 0, Row.PLAN, 1, -2)
    bar = new.initiatives[0].plan[1]
    assert (bar.start, bar.end, bar.continues) == (M(2026, 2), M(2029, 3), True)


def test_set_period_delete_relabel() -> None:
    p = project()
    assert edits.set_bar_period(p, ED, 0, Row.ACTUAL, 0, M(2024, 5), M(2024, 12)).initiatives[0].actual[0] == Bar(
        M(2024, 5), M(2024, 12), "内容検討"
    )
    with pytest.raises(ValidationError, match="開始月"):
        edits.set_bar_period(p, ED, 0, Row.ACTUAL, 0, M(2024, 9), M(2024, 5))
    assert edits.delete_bar(p, ED, 0, Row.PLAN, 0).initiatives[0].plan[0].label == "新技術の運用"
    assert edits.relabel_bar(p, ED, 0, Row.PLAN, 0, "課題整理").initiatives[0].plan[0].label == "課題整理"
    with pytest.raises(ValidationError, match="バーはありません"):
        edits.delete_bar(p, ED, 0, Row.ACTUAL, 5)


def test_copy_plan_to_actual_once() -> None:
    p = project()
    new = edits.copy_plan_to_actual(p, ED, 1, 0)
    assert new.initiatives[1].actual == [Bar(M(2024, 10), M(2025, 3), "先行運用")]
    with pytest.raises(ValidationError, match="同じ期間の実績"):
        edits.copy_plan_to_actual(new, ED, 1, 0)


def test_toggle_continues_stretches_to_the_window_end_and_back() -> None:
    p = project()
    on = edits.toggle_continues(p, ED, 0, Row.PLAN, 0)
    assert (on.initiatives[0].plan[0].end, on.initiatives[0].plan[0].continues) == (M(2029, 3), True)
    off = edits.toggle_continues(on, ED, 0, Row.PLAN, 0)
    assert (off.initiatives[0].plan[0].end, off.initiatives[0].plan[0].continues) == (M(2029, 3), False)


def test_initiative_edits() -> None:
    p = project()
    added = edits.add_initiative(p, ED, 1)
    assert [i.name for i in added.initiatives] == [
        "電子入札の拡充に向けた検討",
        edits.DEFAULT_INITIATIVE_NAME,
        "電子収納の拡充に向けた検討",
    ]
    assert edits.rename_initiative(p, ED, 1, "  電子収納 ").initiatives[1].name == "電子収納"
    with pytest.raises(ValidationError, match="名前を入力"):
        edits.rename_initiative(p, ED, 1, "　 ")
    moved = edits.move_initiative(p, ED, 1, -1)
    assert [i.name for i in moved.initiatives] == ["電子収納の拡充に向けた検討", "電子入札の拡充に向けた検討"]
    with pytest.raises(ValidationError, match="上へは移動できません"):
        edits.move_initiative(p, ED, 0, -1)
    with pytest.raises(ValidationError, match="下へは移動できません"):
        edits.move_initiative(p, ED, 1, 1)
    assert [i.name for i in edits.delete_initiative(p, ED, 0).initiatives] == ["電子収納の拡充に向けた検討"]
    goal = edits.toggle_plan_label(p, ED, 0)
    assert goal.initiatives[0].plan_label == "目標"
    assert edits.toggle_plan_label(goal, ED, 0).initiatives[0].plan_label == "計画"
    with pytest.raises(ValidationError, match="取組はありません"):
        edits.delete_initiative(p, ED, 2)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 59), st.integers(0, 59), st.integers(-70, 70))
def test_move_keeps_length_or_refuses(a: int, b: int, delta: int) -> None:
    first, last = min(a, b), max(a, b)
    p = Project(
        initiatives=[Initiative(name="x", plan=[Bar(ED.first_month.shifted(first), ED.first_month.shifted(last))])]
    )
    snapshot = copy.deepcopy(p)
    try:
        new = edits.move_bar(p, ED, 0, Row.PLAN, 0, delta)
    except ValidationError:
        assert not (first + delta >= 0 and last + delta <= 59)
    else:
        bar = new.initiatives[0].plan[0]
        assert (ED.month_offset(bar.start), ED.month_offset(bar.end)) == (first + delta, last + delta)
    assert p == snapshot


# --- delay marks ------------------------------------------------------------------------------


def test_behind_runs_are_ended_plan_months_without_actual() -> None:
    ini = Initiative(
        plan=[Bar(M(2024, 4), M(2024, 6)), Bar(M(2024, 7), M(2024, 12)), Bar(M(2025, 1), M(2025, 3))],
        actual=[Bar(M(2024, 4), M(2024, 8))],
    )
    # Today July 2025: all three plan bars have ended; Sep 2024 … Mar 2025 lack an actual.
    assert behind_runs(ini, M(2025, 7)) == [(M(2024, 9), M(2025, 3))]
    # Today January 2025: the last bar has not ended yet, the second has not either (ends Dec, today Jan: ended).
    assert behind_runs(ini, M(2025, 1)) == [(M(2024, 9), M(2024, 12))]
    # A bar ending in the month of today is not yet due.
    assert behind_runs(ini, M(2024, 12)) == []
    assert behind_runs(ini, None) == []
    assert is_behind(ini, M(2025, 7))


def test_behind_runs_split_around_recorded_months() -> None:
    ini = Initiative(plan=[Bar(M(2024, 4), M(2025, 3))], actual=[Bar(M(2024, 7), M(2024, 9))])
    assert behind_runs(ini, M(2026, 1)) == [(M(2024, 4), M(2024, 6)), (M(2024, 10), M(2025, 3))]


def test_overrun_is_actual_past_the_plan() -> None:
    ini = Initiative(
        plan=[Bar(M(2024, 4), M(2024, 9))], actual=[Bar(M(2024, 4), M(2024, 12)), Bar(M(2024, 1), M(2024, 3))]
    )
    assert overrun_runs(ini.actual[0], ini) == [(M(2024, 10), M(2024, 12))]
    assert overrun_runs(ini.actual[1], ini) == []  # early start, not an overrun
    assert overrun_runs(ini.actual[0], Initiative(actual=ini.actual)) == []


def test_behind_initiatives_of_sample_no62(sample) -> None:  # type: ignore[no-untyped-def]
    numbers = sample.sheet_numbers()
    p = sample.projects[numbers.index(62)]
    # On 1 April 2025 every R6 plan bar is due: 試行 and 振り返り of the first initiative lack an actual.
    assert behind_initiatives(p, M(2025, 4)) == [0, 1]
    assert behind_runs(p.initiatives[0], M(2025, 4)) == [(M(2024, 7), M(2025, 3))]
    assert behind_initiatives(p, M(2024, 6)) == []


def test_lanes_stack_overlapping_bars() -> None:
    bars = [
        Bar(M(2025, 4), M(2025, 6)),
        Bar(M(2025, 4), M(2026, 3)),
        Bar(M(2025, 7), M(2025, 12)),
        Bar(M(2026, 4), M(2026, 5)),
    ]
    row = place_row(bars, Edition(fiscal_year=2025))
    lanes = [row.lane_of(i) for i in range(len(bars))]
    assert row.lanes == 2
    assert lanes[0] == lanes[2] == 0  # as on the printed sheet: by start, then the shorter bar first
    assert lanes[1] == 1
    assert lanes[3] == 0
    assert row.next_start(row.bars[0]) == 3  # 7月 of the first year: where the first bar's label must stop
    assert place_row([], Edition()).lanes == 1
    # a bar wholly before the window is left out; one that starts before it is cut at its first month
    clipped = place_row([Bar(M(2024, 4), M(2024, 9)), Bar(M(2025, 1), M(2025, 6))], Edition(fiscal_year=2025))
    assert [(p.index, p.first, p.last) for p in clipped.bars] == [(1, 0, 2)]
