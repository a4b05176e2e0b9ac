"""Never destructive by construction: for any file and any roadmap, a two-way import (a file without its
base) applied with the default choices removes no fact of the roadmap. Facts as the corpus scores
count them (tests/corpus_xlsx/score.py): each field's value, each 取組 and each bar. A fact may be
*replaced* (a field set to another non-empty value, a 取組 renamed, a bar moved: the row keeps as many
bars), never removed: no field emptied, no list item dropped, no 取組 deleted, no row with fewer bars."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap_desktop.core.fields import FIELDS
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.importing.merge import ImportResult, IncomingSheet, apply_import, plan_import
from roadmap_desktop.importing.round_plan import allow_deletions, plan_round

EDITION = Edition()
NAMES = ["電子入札事業", "広報事業", "統計事業"]
WORDS = ["", "概要A", "概要A。追記", "別の文", " "]
ITEMS = ["行政", "暮らし", "産業"]
INI_NAMES = ["調査", "構築", "運用", ""]


def _month(i: int) -> Month:
    return EDITION.first_month.shifted(i)


@st.composite
def bars(draw: Any) -> list[Bar]:
    out = []
    for _ in range(draw(st.integers(0, 2))):
        a = draw(st.integers(0, 59))
        b = draw(st.integers(a, 59))
        out.append(Bar(_month(a), _month(b), draw(st.sampled_from(["", "検討", "実施"]))))
    return out


@st.composite
def initiatives(draw: Any) -> list[Initiative]:
    return [
        Initiative(
            draw(st.sampled_from(INI_NAMES)), draw(st.sampled_from(["計画", "目標"])), draw(bars()), draw(bars())
        )
        for _ in range(draw(st.integers(0, 3)))
    ]


@st.composite
def projects(draw: Any, name: str) -> Project:
    return Project(
        name=name,
        field=draw(st.sampled_from(WORDS)),
        items=draw(st.lists(st.sampled_from(ITEMS), max_size=3, unique=True)),
        departments=draw(st.lists(st.sampled_from(["総務部", "財務部"]), max_size=2, unique=True)),
        start_year=draw(st.sampled_from([None, 2023, 2024])),
        end_year=draw(st.sampled_from([None, 2026, 2028])),
        budget=draw(st.sampled_from([None, 0, 450, 29025])),
        overview=draw(st.sampled_from(WORDS)),
        issues=draw(st.sampled_from(WORDS)),
        initiatives=draw(initiatives()),
    )


@st.composite
def cases(draw: Any) -> tuple[Roadmap, ImportResult]:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    roadmap = Roadmap(EDITION, [draw(projects(n)) for n in names])
    shown = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    sheets = []
    for n, name in enumerate(shown):
        project = draw(projects(name))
        unread = {"budget": "読めません"} if draw(st.booleans()) and n == 0 else {}
        sheets.append(
            IncomingSheet(project, f"{n + 1}ページ目", sheet_no=draw(st.sampled_from([None, 1, 2])), unread=unread)
        )
    return roadmap, ImportResult(sheets=sheets)


def _removed(before: Project, after: Project) -> list[str]:
    lost = []
    for f in FIELDS:
        old, new = f.get(before), f.get(after)
        if f.empty(old) or (isinstance(old, str) and not old.strip()):
            continue
        if f.empty(new) or (isinstance(new, str) and not new.strip()):
            lost.append(f"{f.label} emptied")
        elif isinstance(old, list) and any(x not in new for x in old):
            lost.append(f"{f.label} lost an item")
    if len(after.initiatives) < len(before.initiatives):
        lost.append("取組 deleted")
    for row in ("plan", "actual"):  # a 取組 may be renamed or moved: count the bars of the whole sheet
        if sum(len(getattr(i, row)) for i in after.initiatives) < sum(len(getattr(i, row)) for i in before.initiatives):
            lost.append(f"{row} bars lost")
    return lost


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_a_two_way_import_with_the_default_choices_removes_no_fact(case: tuple[Roadmap, ImportResult]) -> None:
    roadmap, result = case
    before = copy.deepcopy(roadmap)
    after = apply_import(roadmap, plan_import(roadmap, result))
    assert [p.id for p in after.projects[: len(before.projects)]] == [p.id for p in before.projects]
    for old in before.projects:
        new = after.project(old.id)
        assert _removed(old, new) == [], (old, new)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_with_deletions_allowed_the_file_is_taken_as_it_shows(case: tuple[Roadmap, ImportResult]) -> None:
    """The other side of the default: ``--allow-deletions`` takes every field the file showed and read."""
    roadmap, result = case
    plans = plan_round(roadmap, [("f.xlsx", result, None)])
    allow_deletions(plans)
    after = apply_import(roadmap, [c for p in plans for c in p.changes])
    for change in (c for p in plans for c in p.changes if c.existing is not None):
        shown, new = change.incoming.project, after.project(change.existing.id)
        for f in FIELDS:
            if f.attr in change.incoming.unread or (f.attr == "name" and not shown.name.strip()):
                continue
            assert f.format(f.get(new)).split() == f.format(f.get(shown)).split() or (
                isinstance(f.get(shown), str) and "".join(f.get(new).split()) == "".join(f.get(shown).split())
            ), f.attr
