"""The collection round as clerks do it: the office exports the book, clerks edit it in Excel (openpyxl
plays Excel, editing cells by what they show) or LibreOffice (every reply also re-saved by it), replies
come back in any order. Each scenario asserts the whole dump after apply: the edit applied exactly, or
named with nothing else changed."""

from __future__ import annotations

import copy
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from lo_print import convert
from openpyxl.styles import PatternFill

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Bar, Project, Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.importing.merge import ChangeKind
from roadmap_desktop.importing.round_plan import ReplyPlan, describe_round
from roadmap_desktop.operations.imports import ImportPlan
from roadmap_desktop.operations.rounds import export_workbook
from roadmap_desktop.operations.session import Session
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.rounds import list_exports

Sheet = openpyxl.worksheet.worksheet.Worksheet


# --- how a clerk finds things: by what the sheet shows -------------------------------------------


def find(ws: Sheet, text: str) -> tuple[int, int]:
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.replace("\n", "") == text.replace("\n", ""):
                return cell.row, cell.column
    raise AssertionError(f"{text} not found on {ws.title}")


def right_of(ws: Sheet, label: str) -> openpyxl.cell.Cell:
    r, c = find(ws, label)
    for rng in ws.merged_cells.ranges:
        if rng.min_row == r and rng.min_col == c:
            return ws.cell(r, rng.max_col + 1)
    return ws.cell(r, c + 1)


def month_col(ws: Sheet, offset: int) -> int:
    return find(ws, "R6")[1] + offset


def list_row(ws: Sheet, no: int) -> int:
    return next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == no)


def sheet_of(wb: openpyxl.Workbook, name: str) -> Sheet:
    """The project sheet whose 事業名 is *name* (as a clerk finds it, whatever its tab says)."""
    for ws in wb.worksheets:
        try:
            if right_of(ws, "事業名").value == name:
                return ws
        except AssertionError:
            continue
    raise AssertionError(name)


def fill_month_after(ws: Sheet, label: str, colour: str | None) -> None:
    """Fill the month right after the bar *label* (same row), in the bar's colour or another."""
    r, c = find(ws, label)
    last = c
    for rng in ws.merged_cells.ranges:
        if rng.min_row == r and rng.min_col == c:
            last = rng.max_col
    fill = copy.copy(ws.cell(r, c).fill) if colour is None else PatternFill("solid", fgColor=colour)
    ws.cell(r, last + 1).fill = fill


# --- the scenarios: each an edit of the exported book, and the roadmap it should leave -----------

SAMPLE_NO = {"電子入札": 56, "ウェブ広報": 57, "内部管理": 58, "自治体DX": 62, "生活保護": 66}


def _p(rm: Roadmap, no: int) -> Project:
    return rm.projects[rm.sheet_numbers().index(no)]


def edit_budget_on_sheet(wb: openpyxl.Workbook) -> None:
    right_of(wb["No.62"], "R6事業費（千円）").value = 50000


def edit_overview(wb: openpyxl.Workbook) -> None:
    ws = wb["No.62"]
    cell = right_of(ws, "概要")
    cell.value = cell.value.replace("構築する。", "構築し、全庁に展開する。")


def edit_budget_other(wb: openpyxl.Workbook) -> None:
    right_of(wb["No.62"], "R6事業費（千円）").value = 45000


def edit_copy_with_identity(wb: openpyxl.Workbook) -> None:
    copy_ws = wb.copy_worksheet(wb["No.57"])
    copy_ws.title = "No.57 (2)"
    right_of(copy_ws, "事業名").value = "ウェブ広報動画制作事業"
    right_of(copy_ws, "R6事業費（千円）").value = 1200
    meta = wb["_roadmap"]
    row = next(r for r in range(4, meta.max_row + 1) if meta.cell(r, 1).value == "No.57")
    meta.append(["No.57 (2)", meta.cell(row, 2).value, None, 57])


def edit_swap_identities(wb: openpyxl.Workbook) -> None:
    meta = wb["_roadmap"]
    rows = {meta.cell(r, 1).value: r for r in range(4, meta.max_row + 1)}
    a, b = meta.cell(rows["No.56"], 2), meta.cell(rows["No.57"], 2)
    a.value, b.value = b.value, a.value
    right_of(wb["No.56"], "R6事業費（千円）").value = 6000


def edit_budget_on_list(wb: openpyxl.Workbook) -> None:
    ws = wb["一覧"]
    ws.cell(list_row(ws, 62), 6).value = 50000


def edit_list_and_sheet_disagree(wb: openpyxl.Workbook) -> None:
    ws = wb["一覧"]
    ws.cell(list_row(ws, 62), 6).value = 50000
    right_of(wb["No.62"], "R6事業費（千円）").value = 45000


def edit_month_after_bar_same_colour(wb: openpyxl.Workbook) -> None:
    fill_month_after(wb["No.66"], "システム改修の実施", None)


def edit_month_after_bar_other_colour(wb: openpyxl.Workbook) -> None:
    fill_month_after(wb["No.66"], "システム改修の実施", "FFFF00")


def edit_separate_unlabelled_run(wb: openpyxl.Workbook) -> None:
    ws = wb["No.66"]
    r, _ = find(ws, "システム改修の実施")
    for off in (14, 15):  # R7 June–July, apart from every bar of the row
        ws.cell(r, month_col(ws, off)).fill = PatternFill("solid", fgColor="92D050")


def edit_name_cleared(wb: openpyxl.Workbook) -> None:
    right_of(wb["No.57"], "事業名").value = None


def edit_tab_renamed_with_name(wb: openpyxl.Workbook) -> None:
    ws = wb["No.56"]
    ws.title = "電子入札"
    right_of(ws, "事業名").value = "電子入札・電子収納推進事業"


def edit_tab_renamed(wb: openpyxl.Workbook) -> None:
    wb["No.57"].title = "広報"


def edit_note_under_timeline(wb: openpyxl.Workbook) -> None:
    ws = wb["No.57"]
    ws.cell(ws.max_row + 2, 1).value = "※令和7年度から動画広告も実施予定"


def edit_sheet_deleted(wb: openpyxl.Workbook) -> None:
    del wb["No.58"]


EDITS: dict[str, Callable[[openpyxl.Workbook], None]] = {
    name.removeprefix("edit_"): f for name, f in globals().items() if name.startswith("edit_") and callable(f)
}


# --- the round's files, made once per session (LibreOffice re-saves them all in one run) ----------


@pytest.fixture(scope="session")
def round_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The roadmap file (with its export recorded), the exported book, and every reply both ways."""
    root = tmp_path_factory.mktemp("round")
    roadmap = load_sample(sample_path())
    rfile = root / "book.roadmap"
    RoadmapFile.create(rfile, roadmap).close()
    with Session.open(rfile) as session:
        # The book as one department group gets it: sheets No.56–66 (fewer sheets: a faster suite).
        done = export_workbook(session, session.roadmap.projects[:11], root / "book.xlsx", "総務部ほか")
    assert done.recorded and len(list_exports(RoadmapFile.open(rfile, readonly=True))) == 1
    files = {"roadmap": rfile, "book": root / "book.xlsx"}
    (root / "openpyxl").mkdir()
    for name, edit in EDITS.items():
        wb = openpyxl.load_workbook(root / "book.xlsx")
        edit(wb)
        out = root / "openpyxl" / f"{name}.xlsx"
        wb.save(out)
        files[f"openpyxl/{name}"] = out
    # LibreOffice saves each edited workbook again, its font pinned (tests/lo_print.py)
    convert([files[f"openpyxl/{n}"] for n in EDITS], root / "libreoffice", to="xlsx")
    for name in EDITS:
        files[f"libreoffice/{name}"] = root / "libreoffice" / f"{name}.xlsx"
        assert files[f"libreoffice/{name}"].exists()
    return files


VIA = ["openpyxl", "libreoffice"]


class Office:
    """The DX office's copy of the roadmap file for one test; every step through the operations layer."""

    def __init__(self, files: dict[str, Path], tmp: Path, via: str) -> None:
        self.path = tmp / "book.roadmap"
        shutil.copy(files["roadmap"], self.path)
        self.files, self.via = files, via
        self.before = self.roadmap()
        self._plans: dict[int, ImportPlan] = {}

    def roadmap(self) -> Roadmap:
        with Session.open(self.path, readonly=True) as session:
            return session.roadmap

    def change_here(self, edit: Callable[[Roadmap], None]) -> None:
        from roadmap_desktop.operations.edits import SetProject

        with Session.open(self.path) as session:
            rm = copy.deepcopy(session.roadmap)
            edit(rm)
            for old, new in zip(session.roadmap.projects, rm.projects, strict=True):
                if old != new:
                    session.run(SetProject.of(old, new, "ここでの変更"))

    def plan(self, *names: str) -> list[ReplyPlan]:
        """The replies planned together, as the preview shows them (the session is only read)."""
        with Session.open(self.path, readonly=True) as session:
            plan = session.plan_import([self.files[f"{self.via}/{name}"] for name in names])
        assert plan is not None
        self._plans[id(plan.plans)] = plan
        return plan.plans

    def apply(self, plans: list[ReplyPlan]) -> Roadmap:
        """Apply the plan with the choices made on it, as one step of the session."""
        with Session.open(self.path) as session:
            session.apply_import(self._plans[id(plans)])
        return self.roadmap()


@pytest.fixture(params=VIA)
def office(request: pytest.FixtureRequest, round_files: dict[str, Path], tmp_path: Path) -> Office:
    return Office(round_files, tmp_path, request.param)


def expect(before: Roadmap, edit: Callable[[Roadmap], None]) -> str:
    rm = copy.deepcopy(before)
    edit(rm)
    return dumps(rm)


def text_of(plans: list[ReplyPlan]) -> str:
    return describe_round(plans)


# --- the scenarios ---------------------------------------------------------------------------------


def test_a_budget_changed_on_the_sheet_applies_three_way(office: Office) -> None:
    plans = office.plan("budget_on_sheet")
    assert plans[0].three_way
    changed = [c for c in plans[0].changes if c.kind is not ChangeKind.UNCHANGED]
    assert [(c.name, [(f.label, f.old, f.new) for f in c.changes]) for c in changed] == [
        ("自治体DX推進事業", [("事業費（千円）", "47,640", "50,000")])
    ]
    after = office.apply(plans)
    assert dumps(after) == expect(office.before, lambda rm: setattr(_p(rm, 62), "budget", 50000))


def test_an_old_export_coming_back_after_another_reply_reverts_nothing(office: Office) -> None:
    office.apply(office.plan("budget_on_sheet"))  # the first reply: 47,640 → 50,000
    plans = office.plan("overview")  # the second reply, from the same export, only reworded 概要
    p = next(c for c in plans[0].changes if c.name == "自治体DX推進事業")
    assert [f.label for f in p.changes] == ["概要"]  # not 事業費 50,000 → 47,640
    after = office.apply(plans)

    def both(rm: Roadmap) -> None:
        _p(rm, 62).budget = 50000
        _p(rm, 62).overview = _p(rm, 62).overview.replace("構築する。", "構築し、全庁に展開する。")

    assert dumps(after) == expect(office.before, both)


def test_a_change_made_here_meanwhile_is_kept_and_the_same_field_is_a_conflict(office: Office) -> None:
    office.change_here(lambda rm: setattr(_p(rm, 62), "budget", 48000))
    here = office.roadmap()
    plans = office.plan("budget_on_sheet")
    change = next(c for c in plans[0].changes if c.name == "自治体DX推進事業")
    assert change.changes == [] and len(change.conflicts) == 1
    conflict = change.conflicts[0]
    assert conflict.base == "47,640" and [o.text for o in conflict.options] == ["48,000", "50,000"]
    assert "［競合］事業費（千円）" in text_of(plans)
    assert dumps(office.apply(plans)) == dumps(here)  # by default nothing is reverted nor overwritten
    conflict.choice = 1  # the user takes the reply's value
    change.refresh()
    assert [(f.old, f.new) for f in change.changes] == [("48,000", "50,000")]
    assert dumps(office.apply(plans)) == expect(here, lambda rm: setattr(_p(rm, 62), "budget", 50000))


def test_a_later_reply_to_the_same_export_supersedes_the_earlier_in_one_import(office: Office) -> None:
    """The department corrected its reply: both come in together; the later one's budget is taken."""
    first, later = (office.files[f"{office.via}/{n}"] for n in ("budget_on_sheet", "budget_other"))
    os.utime(first, (1_700_000_000, 1_700_000_000))
    os.utime(later, (1_700_000_600, 1_700_000_600))  # saved ten minutes later
    plans = office.plan("budget_other", "budget_on_sheet")  # the order given does not matter: the time does
    assert [p.file for p in plans] == ["budget_on_sheet.xlsx", "budget_other.xlsx"]
    second = next(c for c in plans[1].changes if c.name == "自治体DX推進事業")
    (conflict,) = second.conflicts
    assert conflict.options[0].source == "「budget_on_sheet.xlsx」（先の返信）" and conflict.choice == 1
    assert [(f.old, f.new) for f in second.changes] == [("50,000", "45,000")]
    text = text_of(plans)
    assert "== budget_on_sheet.xlsx ==" in text and "== budget_other.xlsx ==" in text
    assert "同じ書き出しへの後の回答「budget_other.xlsx」があります" in text
    assert "同じ書き出しへの後の回答で置き換えます（先の回答「budget_on_sheet.xlsx」: 50,000 → 45,000）" in text
    after = office.apply(plans)
    assert dumps(after) == expect(office.before, lambda rm: setattr(_p(rm, 62), "budget", 45000))


def test_a_later_reply_after_the_earlier_was_applied_supersedes_it(office: Office) -> None:
    office.apply(office.plan("budget_on_sheet"))  # the first reply: 47,640 → 50,000
    plans = office.plan("budget_other")  # the department's correction: 45,000
    assert any("「budget_on_sheet.xlsx」と同じ書き出しへの後の回答です" in n for n in plans[0].notes)
    change = next(c for c in plans[0].changes if c.name == "自治体DX推進事業")
    assert change.conflicts[0].choice == 1 and [(f.old, f.new) for f in change.changes] == [("50,000", "45,000")]
    assert "同じ書き出しへの後の回答で置き換えます" in text_of(plans)
    after = office.apply(plans)
    assert dumps(after) == expect(office.before, lambda rm: setattr(_p(rm, 62), "budget", 45000))


def test_a_later_reply_never_overrides_a_change_made_here_after_the_earlier(office: Office) -> None:
    office.apply(office.plan("budget_on_sheet"))  # 47,640 → 50,000 from the first reply
    office.change_here(lambda rm: setattr(_p(rm, 62), "budget", 52000))  # then the office's own figure
    here = office.roadmap()
    plans = office.plan("budget_other")
    change = next(c for c in plans[0].changes if c.name == "自治体DX推進事業")
    assert change.conflicts[0].choice == 0 and change.changes == []  # a real conflict: the roadmap's value stays
    assert dumps(office.apply(plans)) == dumps(here)


def test_a_copied_sheet_with_its_identity_row_is_a_new_project(office: Office) -> None:
    plans = office.plan("copy_with_identity")
    kinds = {c.incoming.title: c.kind for c in plans[0].changes}
    assert kinds["No.57"] is ChangeKind.UNCHANGED and kinds["No.57 (2)"] is ChangeKind.NEW
    copy_change = next(c for c in plans[0].changes if c.incoming.title == "No.57 (2)")
    assert any("シートの写し" in n for n in copy_change.notes)
    after = office.apply(plans)

    def added(rm: Roadmap) -> None:
        new = copy.deepcopy(_p(rm, 57))
        new.name, new.budget = "ウェブ広報動画制作事業", 1200
        rm.projects.append(new)

    assert dumps(after, with_ids=False) == _no_ids(office.before, added)
    assert dumps(Roadmap(after.edition, after.projects[:-1])) == dumps(office.before)  # the original untouched
    assert after.projects[-1].id not in {p.id for p in office.before.projects}


def _no_ids(before: Roadmap, edit: Callable[[Roadmap], None]) -> str:
    rm = copy.deepcopy(before)
    edit(rm)
    return dumps(rm, with_ids=False)


def test_two_identities_swapped_never_overwrite_the_other_project(office: Office) -> None:
    plans = office.plan("swap_identities")
    by_title = {c.incoming.title: c for c in plans[0].changes}
    assert (
        by_title["No.56"].existing is not None and by_title["No.56"].existing.name == "電子入札・電子収納導入調査事業"
    )
    assert by_title["No.57"].kind is ChangeKind.UNCHANGED
    assert any("合わないため使いません" in n for n in by_title["No.56"].notes)
    after = office.apply(plans)
    assert dumps(after) == expect(office.before, lambda rm: setattr(_p(rm, 56), "budget", 6000))


def test_a_budget_corrected_on_the_list_applies(office: Office) -> None:
    plans = office.plan("budget_on_list")
    change = next(c for c in plans[0].changes if c.name == "自治体DX推進事業")
    assert [(f.label, f.old, f.new) for f in change.changes] == [("事業費（千円）", "47,640", "50,000")]
    after = office.apply(plans)
    assert dumps(after) == expect(office.before, lambda rm: setattr(_p(rm, 62), "budget", 50000))


def test_list_and_sheet_disagreeing_is_a_conflict_to_choose(office: Office) -> None:
    plans = office.plan("list_and_sheet_disagree")
    change = next(c for c in plans[0].changes if c.name == "自治体DX推進事業")
    assert change.kind is ChangeKind.CHANGED and change.changes == []
    (conflict,) = change.conflicts
    assert [(o.source, o.text) for o in conflict.options] == [
        ("このロードマップ（現在）", "47,640"),
        ("返信のシート", "45,000"),
        ("返信の一覧", "50,000"),
    ]
    assert dumps(office.apply(plans)) == dumps(office.before)  # named, nothing changed unasked
    conflict.choice = 2
    assert dumps(office.apply(plans)) == expect(office.before, lambda rm: setattr(_p(rm, 62), "budget", 50000))


@pytest.mark.parametrize("scenario", ["month_after_bar_same_colour", "month_after_bar_other_colour"])
def test_the_month_after_a_bar_filled_extends_the_bar(office: Office, scenario: str) -> None:
    plans = office.plan(scenario)
    change = next(c for c in plans[0].changes if c.name.startswith("生活保護"))
    assert change.kind is ChangeKind.CHANGED and "（無題）" not in describe_round(plans)
    after = office.apply(plans)

    def longer(rm: Roadmap) -> None:
        bar = next(b for b in _p(rm, 66).initiatives[0].plan if b.label == "システム改修の実施")
        bar.end = bar.end.shifted(1)

    assert dumps(after) == expect(office.before, longer)


def test_a_separate_unlabelled_run_is_named_and_comes_in(office: Office) -> None:
    plans = office.plan("separate_unlabelled_run")
    change = next(c for c in plans[0].changes if c.name.startswith("生活保護"))
    assert any("名前のないバー（令和7年6月〜令和7年7月）" in n for n in change.notes)
    after = office.apply(plans)
    m = office.before.edition.first_month

    def added(rm: Roadmap) -> None:
        ini = next(i for i in _p(rm, 66).initiatives if any(b.label == "システム改修の実施" for b in i.plan))
        ini.plan.append(Bar(m.shifted(14), m.shifted(15), ""))

    assert dumps(after) == expect(office.before, added)


def test_a_cleared_project_name_is_refused_with_a_message(office: Office) -> None:
    plans = office.plan("name_cleared")
    change = next(c for c in plans[0].changes if c.incoming.title == "No.57")
    assert change.existing is not None and change.kind is ChangeKind.UNCHANGED
    assert any("事業名が空欄" in n for n in change.notes)
    assert "事業名が空欄" in text_of(plans)
    assert dumps(office.apply(plans)) == dumps(office.before)


def test_a_tab_renamed_with_the_project_name_is_a_change_of_name(office: Office) -> None:
    plans = office.plan("tab_renamed_with_name")
    assert not any(c.kind is ChangeKind.NEW for c in plans[0].changes)
    after = office.apply(plans)
    assert dumps(after) == expect(office.before, lambda rm: setattr(_p(rm, 56), "name", "電子入札・電子収納推進事業"))


def test_a_renamed_tab_is_no_change(office: Office) -> None:
    plans = office.plan("tab_renamed")
    assert all(c.kind is ChangeKind.UNCHANGED for c in plans[0].changes)
    assert not any(c.notes for c in plans[0].changes) and len(plans[0].notes) == 1
    assert dumps(office.apply(plans)) == dumps(office.before)


def test_a_note_typed_under_the_timeline_loses_nothing(office: Office) -> None:
    plans = office.plan("note_under_timeline")
    assert not any(c.kind is ChangeKind.NEW for c in plans[0].changes)
    assert dumps(office.apply(plans)) == dumps(office.before)


def test_a_sheet_deleted_from_the_workbook_is_named_and_the_project_kept(office: Office) -> None:
    plans = office.plan("sheet_deleted")
    assert any("No.58「内部管理業務DX推進事業」のシート" in n and "ありません" in n for n in plans[0].notes)
    assert "No.58「内部管理業務DX推進事業」のシート" in text_of(plans)
    assert dumps(office.apply(plans)) == dumps(office.before)


def test_every_scenario_reply_is_recognised_as_three_way(office: Office) -> None:
    for name in EDITS:
        plans = office.plan(name)
        assert plans[0].three_way, name
        assert "に書き出した時（" in plans[0].notes[0] and "の内容と比べ" in plans[0].notes[0]
