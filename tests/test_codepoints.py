"""Look-alike code points (〜/～, −/－ …) are one character to a reader: never a change on import."""

from __future__ import annotations

import copy

import pytest

from roadmap_desktop.core.codepoints import LOOKALIKE_PAIRS, fold_lookalikes
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.importing.merge import ChangeKind, ImportResult, IncomingSheet, apply_import, plan_import
from roadmap_desktop.importing.three_way import merge_project

M = Edition().first_month


@pytest.mark.parametrize(("a", "b"), LOOKALIKE_PAIRS)
def test_each_pair_folds_to_one_form(a: str, b: str) -> None:
    assert fold_lookalikes(f"大綱{a}県庁{b}") == f"大綱{b}県庁{b}"


def test_other_characters_are_left_alone() -> None:
    # ー (long vowel), ‐ (hyphen), - and ~ are other characters, whatever a font draws
    text = "データー‐連携-2024~R6 〜"
    assert fold_lookalikes(text) == "データー‐連携-2024~R6 ～"
    assert fold_lookalikes("ー") != fold_lookalikes("－")


def _project(dash: str) -> Project:
    return Project(
        name=f"県庁大改革{dash}推進事業",
        overview=f"「青森県行財政改革大綱{dash}県庁大改革！」において、−5%を目標とする。",
        initiatives=[Initiative(f"検討{dash}導入", "計画", [Bar(M, M.shifted(5), f"内容検討{dash}試行")], [])],
    )


def test_a_print_that_maps_the_wave_dash_the_other_way_is_no_change() -> None:
    roadmap = Roadmap(Edition(), [_project("～")])
    printed = _project("〜")
    printed.overview = printed.overview.replace("−", "－")
    plan = plan_import(roadmap, ImportResult([IncomingSheet(printed, "1ページ目", identity_known=False)]))
    assert [c.kind for c in plan] == [ChangeKind.UNCHANGED]
    after = apply_import(roadmap, plan)
    assert after.projects[0].overview == roadmap.projects[0].overview  # the roadmap's spelling is kept


def test_a_real_change_next_to_a_lookalike_is_still_a_change() -> None:
    roadmap = Roadmap(Edition(), [_project("～")])
    printed = _project("〜")
    printed.overview += "追記。"
    plan = plan_import(roadmap, ImportResult([IncomingSheet(printed, "1ページ目", identity_known=False)]))
    assert [c.kind for c in plan] == [ChangeKind.CHANGED]


def test_the_three_way_merge_takes_a_lookalike_for_no_change_by_the_clerk() -> None:
    base = _project("～")
    here = copy.deepcopy(base)
    here.overview = "ここで書き換えた概要。"  # changed here since the export
    reply = _project("〜")  # the clerk's machine printed the other wave dash, and changed nothing
    out = merge_project(base, reply, here)
    assert out.conflicts == []
    assert out.project.overview == "ここで書き換えた概要。"
    assert out.project.initiatives[0].name == base.initiatives[0].name
