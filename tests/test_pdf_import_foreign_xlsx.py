"""LibreOffice's print of every kind of hand-built department workbook (tests/corpus_xlsx, another
builder than tests/corpus_pdf), read by the PDF import against the sample's JSON transcription.

Every kind: importing into the sample proposes no change and loses no fact; a fact not found into an
empty roadmap belongs to a part the preview names as unread (kept from the roadmap). The kinds that
LibreOffice prints where a person reads them are read to the last fact.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from corpus_pdf.facts import sample, score
from corpus_xlsx.build import KINDS
from lo_print import PrintedCorpus

from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.importing.merge import (
    TIMELINE,
    ChangeKind,
    ImportResult,
    apply_import,
    describe_plan,
    initiative_key,
    plan_import,
)
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.paths import sample_path

# Kinds whose every fact LibreOffice prints where a person reads it: every fact must come back. In the
# others LibreOffice draws shapes off their anchors (its columns are wider than Excel's, so an anchor's
# offset lands short: quarter arrows end inside a quarter, grouped shapes half a month early) or cuts
# a label where the next cell's label begins (dept_stacked): those facts are not on the page; they must
# be read without loss, the doubtful parts named.
READ_FULLY = ("shapes_homeplate", "book_merged", "shapes_rect", "shapes_lines")
CHECKED = KINDS
# what a fully read kind may still name as unread: shapes printed up to a third of a month off their
# anchors (rect, lines)
DOUBTS: dict[str, tuple[str, ...]] = {
    "shapes_homeplate": (),
    "book_merged": (),
    "shapes_rect": ("月の区切りからずれています",),
    "shapes_lines": ("月の区切りからずれています",),
}


@pytest.fixture(scope="session")
def printed_workbooks(printed_corpus: PrintedCorpus) -> dict[str, Path]:
    """Every kind of workbook built and printed by LibreOffice once per test session (one soffice run)."""
    printed = printed_corpus.pdfs()
    return {kind: printed[kind] for kind in KINDS}


_READS: dict[Path, ImportResult] = {}


def _read(pdf: Path) -> ImportResult:
    """Each printed workbook read once per session (the tests below only look at the result)."""
    if pdf not in _READS:
        _READS[pdf] = read_pdf(pdf, load_sample(sample_path()).edition)
    return copy.deepcopy(_READS[pdf])


def _score(pdf: Path) -> tuple[ImportResult, Any]:
    roadmap = load_sample(sample_path())
    result = _read(pdf)
    empty = Roadmap(copy.deepcopy(roadmap.edition), [])
    into_empty = apply_import(empty, plan_import(empty, result)).projects
    into_sample = apply_import(roadmap, plan_import(roadmap, result)).projects
    return result, score(sample()["projects"], into_empty, into_sample)


@pytest.mark.parametrize("kind", CHECKED)
def test_importing_into_the_sample_changes_nothing_and_loses_nothing(
    printed_workbooks: dict[str, Path], kind: str
) -> None:
    roadmap = load_sample(sample_path())
    result = _read(printed_workbooks[kind])
    plan = plan_import(roadmap, result)
    assert [c.kind for c in plan] == [ChangeKind.UNCHANGED] * 20, describe_plan(plan, result)
    _, s = _score(printed_workbooks[kind])
    assert s.expected == 524
    assert s.lost == 0, s.lost_facts


@pytest.mark.parametrize("kind", CHECKED)
def test_a_fact_not_found_is_in_a_part_named_unread(printed_workbooks: dict[str, Path], kind: str) -> None:
    result, s = _score(printed_workbooks[kind])
    assert len(result.sheets) == 20 and len({sh.project.name for sh in result.sheets}) == 20
    unread = {sh.project.name.replace("\n", ""): sh.unread for sh in result.sheets}
    for fact in s.missing:
        project, what = fact[0], fact[1]
        key = initiative_key(fact[2]) if what in ("bar", "initiative") else what
        assert key in unread[project] or TIMELINE in unread[project], (kind, fact)


@pytest.mark.parametrize("kind", READ_FULLY)
def test_every_fact_is_found(printed_workbooks: dict[str, Path], kind: str) -> None:
    result, s = _score(printed_workbooks[kind])
    assert s.missing == [] and s.spurious == []
    assert s.found == s.expected == 524
    assert [sh.sheet_no for sh in result.sheets] == list(range(56, 76))
    doubts = [why for sh in result.sheets for why in sh.unread.values()]
    assert all(any(w in why for w in DOUBTS[kind]) for why in doubts), doubts


def test_a_worksheet_printed_over_two_pages_side_by_side_is_read_whole(printed_workbooks: dict[str, Path]) -> None:
    """The department workbook has no fit-to-page: LibreOffice prints the left part of every page first,
    then the right parts. Each sheet is read whole (its 担当部局 and R10 are on the right-hand page)."""
    result = _read(printed_workbooks["dept_stacked"])
    assert len(result.sheets) == 20
    assert all("ページ目を右に並べて" in sh.warnings[0] for sh in result.sheets), [
        sh.warnings[:1] for sh in result.sheets
    ]
    by_name = {p["name"]: p for p in sample()["projects"]}
    for sh in result.sheets:
        want = by_name[sh.project.name]
        assert sh.project.departments == want["departments"] and sh.project.budget == want["budget"]
        assert [i.name.replace("\n", "") for i in sh.project.initiatives] == [
            i["name"].replace("\n", "") for i in want["initiatives"]
        ]


def test_touching_pentagons_with_overflowing_labels_are_two_bars(printed_workbooks: dict[str, Path]) -> None:
    """No.67: two short pentagon arrows side by side, each label wider than its arrow, so that the two
    labels print over each other (and the text extraction runs them into one line): two bars, each with
    its own label, not one bar labelled 「データ移行の実施職員研修の実施」 and an unlabelled one."""
    result = _read(printed_workbooks["shapes_homeplate"])
    [sheet] = [s for s in result.sheets if s.sheet_no == 67]
    ini = next(i for i in sheet.project.initiatives if i.name.startswith("新システムへのデータ移行"))
    assert [(str(b.start), str(b.end), b.label) for b in ini.plan] == [
        ("2025-10", "2025-12", "データ移行の実施"),
        ("2026-01", "2026-03", "職員研修の実施"),
    ]
    assert not any("ひとつながり" in w for w in sheet.warnings)
