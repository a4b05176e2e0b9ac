"""The hidden identity sheet travels with the clerk, who can unhide and edit it: forged, damaged,
swapped or copied identities and export ids never crash the import and never let a reply change a
project its sheets do not show (hypothesis plays the hostile clerk)."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.round_export import export_round
from roadmap_desktop.importing.merge import ChangeKind, apply_import
from roadmap_desktop.importing.round_plan import all_changes, describe_round, plan_round
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.rounds import load_base


class Round:
    def __init__(self, root: Path) -> None:
        self.roadmap = load_sample(sample_path())
        self.roadmap.projects = self.roadmap.projects[:6]
        self.path = root / "r.roadmap"
        self.file = RoadmapFile.create(self.path, self.roadmap)
        self.book = root / "book.xlsx"
        self.export_id = export_round(self.file, self.roadmap, self.roadmap.projects[:4], self.book, "A")
        # Another real export (of other projects): its id is what a forger would most likely paste.
        self.other_id = export_round(self.file, self.roadmap, self.roadmap.projects[3:], root / "other.xlsx", "B")
        self.ids = [p.id for p in self.roadmap.projects]
        self.edited = root / "edited.xlsx"
        _visible_edit(self.book, self.edited)

    def plan(self, path: Path) -> tuple[list, Roadmap]:
        result = read_xlsx(path, self.roadmap.edition)
        plans = plan_round(self.roadmap, [(path.name, result, load_base(self.file, result.export_id))])
        describe_round(plans, show_unchanged=True)  # never crashes either
        return plans, apply_import(self.roadmap, all_changes(plans))


@pytest.fixture(scope="module")
def rnd(tmp_path_factory: pytest.TempPathFactory) -> Round:
    return Round(tmp_path_factory.mktemp("hostile"))


_garbage = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
    st.just('=HYPERLINK("x")'),
    st.just("x" * 300),
)


@st.composite
def _tamper(draw: st.DrawFn, rnd: Round) -> list[tuple[str, object]]:
    ops: list[tuple[str, object]] = []
    ops.append(("export", draw(st.one_of(st.sampled_from(["keep", "other", "random", "none"]), _garbage))))
    ops.append(
        ("ids", draw(st.lists(st.one_of(st.sampled_from(rnd.ids), st.just("keep"), _garbage), min_size=4, max_size=4)))
    )
    ops.append(
        (
            "titles",
            draw(
                st.lists(
                    st.one_of(
                        st.just("keep"), st.sampled_from(["No.56", "No.57", "No.58", "No.59", "No.99"]), _garbage
                    ),
                    min_size=4,
                    max_size=4,
                )
            ),
        )
    )
    ops.append(
        ("numbers", draw(st.lists(st.one_of(st.just("keep"), _garbage, st.integers(50, 70)), min_size=4, max_size=4)))
    )
    ops.append(
        (
            "extra_rows",
            draw(
                st.lists(
                    st.tuples(st.sampled_from(["No.56", "No.57", "No.58 (2)", "x"]), st.sampled_from(rnd.ids)),
                    max_size=3,
                )
            ),
        )
    )
    ops.append(("delete_meta", draw(st.booleans()) and draw(st.integers(0, 5)) == 0))
    return ops  # fmt: skip


def _apply_tamper(rnd: Round, src: Path, out: Path, ops: list[tuple[str, object]]) -> None:
    wb = openpyxl.load_workbook(src)
    meta = wb["_roadmap"]
    rows = list(range(4, 8))
    for op, arg in ops:
        if op == "export":
            value = {"keep": rnd.export_id, "other": rnd.other_id, "random": str(uuid.uuid4()), "none": None}.get(
                arg, arg
            )  # type: ignore[call-overload]
            meta.cell(2, 5).value = value
        elif op in ("ids", "titles", "numbers"):
            col = {"ids": 2, "titles": 1, "numbers": 4}[op]
            for r, v in zip(rows, arg, strict=True):  # type: ignore[call-overload]
                if v != "keep":
                    meta.cell(r, col).value = v
        elif op == "extra_rows":
            for title, pid in arg:  # type: ignore[attr-defined]
                meta.append([title, pid, None, 57])
        elif op == "delete_meta" and arg:
            del wb["_roadmap"]
            break
    wb.save(out)


def _visible_edit(src: Path, out: Path) -> None:
    """The clerk's one visible edit: No.57's budget."""
    wb = openpyxl.load_workbook(src)
    ws = wb["No.57"]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == "R6事業費（千円）":
                for rng in ws.merged_cells.ranges:
                    if rng.min_row == cell.row and rng.min_col == cell.column:
                        ws.cell(cell.row, rng.max_col + 1).value = 1
    wb.save(out)


def _existing(rm: Roadmap, ids: list[str]) -> dict[str, str]:
    return {p.id: dumps(Roadmap(rm.edition, [p])) for p in rm.projects if p.id in ids}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_forged_identity_sheet_never_changes_a_project_the_sheets_do_not_show(
    rnd: Round, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    tmp = tmp_path_factory.mktemp("forged")
    ops = data.draw(_tamper(rnd))
    for src, expected_budget in ((rnd.book, None), (rnd.edited, 1)):
        reply = tmp / f"reply-{src.stem}.xlsx"
        _apply_tamper(rnd, src, reply, ops)
        plans, after = rnd.plan(reply)
        before = _existing(rnd.roadmap, rnd.ids)
        now = _existing(after, rnd.ids)
        no57 = rnd.roadmap.projects[1]
        for pid, text in before.items():
            if pid == no57.id and expected_budget is not None and now[pid] != text:
                # The only project the reply visibly changed: changed exactly as shown, nothing else.
                p = copy.deepcopy(no57)
                p.budget = expected_budget
                assert now[pid] == dumps(Roadmap(rnd.roadmap.edition, [p]))
                continue
            assert now[pid] == text, (ops, pid)
        # A sheet the identity checks could not place comes in as a new project, never over another.
        for c in all_changes(plans):
            if c.kind is ChangeKind.CHANGED:
                assert c.existing is not None
                shown = c.incoming.project
                assert c.incoming.sheet_no == rnd.roadmap.sheet_no(c.existing) or shown.name == c.existing.name


def test_a_reply_with_an_unknown_export_id_says_it_falls_back_to_two_way(rnd: Round, tmp_path: Path) -> None:
    reply = tmp_path / "reply.xlsx"
    _apply_tamper(rnd, rnd.book, reply, [("export", "random")])
    plans, after = rnd.plan(reply)
    assert not plans[0].three_way
    assert "書き出した記録がこのロードマップにありません" in plans[0].notes[0] and "2者比較" in plans[0].notes[0]
    assert dumps(after) == dumps(rnd.roadmap)


def test_a_file_made_elsewhere_falls_back_to_two_way_and_says_so(rnd: Round, tmp_path: Path) -> None:
    reply = tmp_path / "reply.xlsx"
    _apply_tamper(rnd, rnd.book, reply, [("delete_meta", True)])
    plans, after = rnd.plan(reply)
    assert not plans[0].three_way and "ほかで作られたファイル" in plans[0].notes[0]
    assert dumps(after) == dumps(rnd.roadmap)


def test_a_damaged_base_record_is_no_base(rnd: Round, tmp_path: Path) -> None:
    path = tmp_path / "damaged.roadmap"
    import shutil
    import sqlite3

    rnd.file.close()
    try:
        shutil.copy(rnd.path, path)
    finally:
        rnd.file = RoadmapFile.open(rnd.path)
    conn = sqlite3.connect(path)
    conn.execute('UPDATE xlsx_export SET base = \'{"projects": [{"title": 1}]}\'')
    conn.commit()
    conn.close()
    with RoadmapFile.open(path, readonly=True) as f:
        assert load_base(f, rnd.export_id) is None
        assert load_base(f, None) is None and load_base(f, 12) is None


def test_an_older_export_without_base_still_names_a_deleted_sheet(rnd: Round, tmp_path: Path) -> None:
    reply = tmp_path / "reply.xlsx"
    wb = openpyxl.load_workbook(rnd.book)
    wb["_roadmap"].cell(2, 5).value = None  # as exports made before the collection round carried no id
    del wb["No.58"]
    wb.save(reply)
    plans, after = rnd.plan(reply)
    assert not plans[0].three_way
    assert any("ワークシート「No.58」（「内部管理業務DX推進事業」）がこの返信にありません" in n for n in plans[0].notes)
    assert dumps(after) == dumps(rnd.roadmap)
