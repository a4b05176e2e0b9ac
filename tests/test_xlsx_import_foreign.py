"""Excel import of workbooks that departments built by hand (tests/corpus_xlsx): every fact found,
none lost; what cannot be read is kept and named, never guessed."""

from __future__ import annotations

import copy
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from corpus_xlsx.build import KINDS, build, load_facts
from corpus_xlsx.score import all_facts, score
from lo_print import convert

from roadmap_desktop.core.dump import dumps, project_to_dict
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.importing.merge import ChangeKind, apply_import, describe_plan, plan_import
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.paths import sample_path


@pytest.fixture(scope="module")
def sample() -> Roadmap:
    return load_sample(sample_path())


def _expected_by_name() -> dict[str, dict]:
    return {p["name"]: p for p in load_facts()["projects"]}


@pytest.mark.parametrize("kind", KINDS)
def test_every_fact_of_every_kind_is_found(kind: str, tmp_path: Path, sample: Roadmap) -> None:
    path = build(kind, tmp_path / f"{kind}.xlsx")
    before = path.read_bytes()
    result = read_xlsx(path, sample.edition)
    assert path.read_bytes() == before  # the input is never changed
    assert result.problems == []
    assert all(s.warnings == [] and s.unread == {} for s in result.sheets), [s.warnings for s in result.sheets]
    expected = _expected_by_name()
    assert sorted(s.project.name for s in result.sheets) == sorted(expected)  # one project per block, none merged
    first_no = load_facts()["edition"]["first_sheet_no"]
    for s in result.sheets:
        want = expected[s.project.name]
        assert s.sheet_no == first_no + list(expected).index(s.project.name)
        got = project_to_dict(s.project, with_id=False)
        assert all_facts([got]) == all_facts([want]), s.project.name
    empty = Roadmap(copy.deepcopy(sample.edition), [])
    back = apply_import(empty, plan_import(empty, result))
    assert all_facts([project_to_dict(p) for p in back.projects]) == all_facts(load_facts()["projects"])


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_is_lost_importing_into_the_sample(kind: str, tmp_path: Path, sample: Roadmap) -> None:
    path = build(kind, tmp_path / f"{kind}.xlsx")
    plan = plan_import(sample, read_xlsx(path, sample.edition))
    assert [c.kind for c in plan] == [ChangeKind.UNCHANGED] * 20, describe_plan(plan, read_xlsx(path, sample.edition))
    s = score(path)
    assert (s["found"], s["lost"]) == (s["expected"], 0)


def test_stacked_projects_are_never_folded_together(tmp_path: Path, sample: Roadmap) -> None:
    path = build("dept_stacked", tmp_path / "dept.xlsx")
    result = read_xlsx(path, sample.edition)
    by_source: dict[str, list[str]] = {}
    for s in result.sheets:
        by_source.setdefault(s.source.split("」")[0], []).append(s.project.name)
    assert max(len(v) for v in by_source.values()) >= 3  # several projects on one worksheet
    assert all("行目からの事業" in s.source for s in result.sheets if len(by_source[s.source.split("」")[0]]) > 1)
    expected = _expected_by_name()
    for s in result.sheets:
        assert [i.name for i in s.project.initiatives] == [i["name"] for i in expected[s.project.name]["initiatives"]]


def test_continuation_sheets_join_their_project(tmp_path: Path, sample: Roadmap) -> None:
    path = build("shapes_rect", tmp_path / "rect.xlsx")
    with zipfile.ZipFile(path) as z:
        titles = re.findall(r'<sheet [^>]*name="([^"]+)"', z.read("xl/workbook.xml").decode())
    continued = [t for t in titles if "続き" in t]
    assert continued  # the corpus splits long projects over a （続き） sheet
    result = read_xlsx(path, sample.edition)
    assert len(result.sheets) == 20
    long = max(result.sheets, key=lambda s: len(s.project.initiatives))
    assert len(long.project.initiatives) == 8


def _soffice_resave(src: Path, out: Path) -> Path:
    """The workbook opened and saved again by LibreOffice (its font pinned: tests/lo_print.py)."""
    [resaved] = convert([src], out / "lo", to="xlsx")
    return resaved


@pytest.mark.parametrize("kind", ["shapes_rect", "shapes_grouped", "shapes_lines", "dept_stacked"])
def test_libreoffice_resave_reads_the_same(kind: str, tmp_path: Path, sample: Roadmap) -> None:
    src = build(kind, tmp_path / f"{kind}.xlsx")
    resaved = _soffice_resave(src, tmp_path)
    a = read_xlsx(src, sample.edition)
    b = read_xlsx(resaved, sample.edition)
    assert b.problems == [] and all(s.unread == {} for s in b.sheets)
    facts_a = all_facts([project_to_dict(s.project, with_id=False) for s in a.sheets])
    facts_b = all_facts([project_to_dict(s.project, with_id=False) for s in b.sheets])
    assert facts_b == facts_a == all_facts(load_facts()["projects"])


# --- what cannot be read is kept and named --------------------------------------------------------


def _rewrite(path: Path, pattern: str, fn: Callable[[bytes], bytes]) -> None:
    """Edit every part of the package whose name matches *pattern* (the file as another program would change it)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    for name in parts:
        if re.fullmatch(pattern, name):
            parts[name] = fn(parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def test_shapes_of_an_unknown_kind_keep_the_roadmaps_bars(tmp_path: Path, sample: Roadmap) -> None:
    path = build("shapes_rect", tmp_path / "stars.xlsx")
    # the first project's first bars become stars: not a bar we can read
    _rewrite(path, r"xl/drawings/drawing1\.xml", lambda b: b.replace(b'prst="rect"', b'prst="star5"', 2))
    result = read_xlsx(path, sample.edition)
    first = next(s for s in result.sheets if s.project.name == sample.projects[0].name)
    assert any("star5" in why for why in first.unread.values())
    plan = plan_import(sample, result)
    text = describe_plan(plan, result)
    assert "読み取れなかったため、ロードマップの内容を維持します" in text and "star5" in text
    after = apply_import(sample, plan)
    assert dumps(after, with_ids=False) == dumps(sample, with_ids=False)


def test_a_timeline_header_that_does_not_parse_keeps_every_initiative(tmp_path: Path, sample: Roadmap) -> None:
    path = build("shapes_grouped", tmp_path / "years.xlsx")
    words = {f"{2024 + i}年度": w for i, w in enumerate(["初年度", "2年目", "3年目", "4年目", "5年目"])}

    def strings(data: bytes) -> bytes:
        text = data.decode()
        for old, new in words.items():
            text = text.replace(f">{old}<", f">{new}<")
        return text.encode()

    _rewrite(path, r"xl/worksheets/sheet\d+\.xml", strings)
    result = read_xlsx(path, sample.edition)
    assert all("initiatives" in s.unread for s in result.sheets)
    plan = plan_import(sample, result)
    assert all(c.kind is ChangeKind.UNCHANGED for c in plan)
    assert "工程表: 読み取れなかったため、ロードマップの内容を維持します" in describe_plan(plan, result)
    after = apply_import(sample, plan)
    assert dumps(after, with_ids=False) == dumps(sample, with_ids=False)


def test_a_missing_field_label_keeps_the_roadmaps_value(tmp_path: Path, sample: Roadmap) -> None:
    path = build("shapes_lines", tmp_path / "label.xlsx")
    _rewrite(path, r"xl/worksheets/sheet\d+\.xml", lambda b: b.replace(">概要<".encode(), ">あらまし<".encode()))
    result = read_xlsx(path, sample.edition)
    assert all("overview" in s.unread for s in result.sheets)
    plan = plan_import(sample, result)
    assert all(c.kind is ChangeKind.UNCHANGED for c in plan)
    assert "概要: 読み取れなかったため" in describe_plan(plan, result)
