"""Exchange that knows its edition and cannot destroy (issue 19, part B): each case found by the DX
office, played with files made the way they come back (openpyxl edits cells by what they show), and
checked on the whole dump after apply."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Project, Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.book import export_book
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.export.round_export import export_per_department, export_round
from roadmap_desktop.importing.merge import ChangeKind, ImportResult, apply_import
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.importing.round_plan import ReplyPlan, all_changes, describe_round, plan_round
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.rounds import list_exports, load_base

REFERENCE = Month(2024, 10)


def _p(rm: Roadmap, name: str) -> Project:
    return next(p for p in rm.projects if p.name == name)


def right_of(ws: Worksheet, label: str) -> openpyxl.cell.Cell:
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.replace("\n", "") == label:
                for rng in ws.merged_cells.ranges:
                    if rng.min_row == cell.row and rng.min_col == cell.column:
                        return ws.cell(cell.row, rng.max_col + 1)
                return ws.cell(cell.row, cell.column + 1)
    raise AssertionError(f"{label} not on {ws.title}")


def sheet_of(wb: openpyxl.Workbook, name: str) -> Worksheet:
    for ws in wb.worksheets:
        try:
            if str(right_of(ws, "事業名").value).replace("\n", "") == name:
                return ws
        except AssertionError:
            continue
    raise AssertionError(name)


def load(path: Path) -> Roadmap:
    with RoadmapFile.open(path, readonly=True) as f:
        return f.load()


def plan(path: Path, source: Path) -> list[ReplyPlan]:
    with RoadmapFile.open(path, readonly=True) as f:
        rm = f.load()
        read = read_pdf if source.suffix == ".pdf" else read_xlsx
        result = read(source, rm.edition)
        return plan_round(rm, [(source.name, result, load_base(f, result.export_id))])


def apply(path: Path, plans: list[ReplyPlan]) -> Roadmap:
    with RoadmapFile.open(path) as f:
        f.save_all(apply_import(f.load(), all_changes(plans)))
    return load(path)


def edited(before: Roadmap, edit: Callable[[Roadmap], None]) -> str:
    rm = copy.deepcopy(before)
    edit(rm)
    return dumps(rm)


def proposed(plans: list[ReplyPlan]) -> list[tuple[str, str]]:
    """What applying with the default choices would change (conflicts shown but kept are not in it)."""
    out = []
    for c in all_changes(plans):
        if c.accepted and c.kind is ChangeKind.NEW:
            out.append((c.name, "新規"))
        elif c.accepted:
            out += [(c.name, f.label) for f in c.changes]
    return out


# --- last year's files, made once: R6 with its exports recorded, then 新年度版を作成 ------------------


@pytest.fixture(scope="module")
def years(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("editions")
    r6 = root / "r6.roadmap"
    sample = load_sample(sample_path())
    with RoadmapFile.create(r6, sample) as f:
        assert export_round(f, sample, sample.projects[:11], root / "reply.xlsx", "総務部ほか")
        export_book(sample, sample.projects, root / "book_recorded.pdf", file=f)
    export_round(None, sample, sample.projects[:11], root / "foreign.xlsx")  # no record: two-way
    export_book(sample, sample.projects, root / "book.pdf")  # no record: two-way
    assert main(["rollover", str(r6), str(root / "r7.roadmap")]) == 0
    r7 = load(root / "r7.roadmap")
    export_round(None, r7, r7.projects, root / "r7.xlsx")
    export_book(r7, r7.projects, root / "r7book.pdf")
    return {"root": root, "r6": r6, "r7": root / "r7.roadmap"}


def office(years: dict[str, Path], tmp_path: Path, which: str = "r7") -> Path:
    """A copy of the office's file of that year, with this year's work done after 年度更新 (R7)."""
    path = tmp_path / f"{which}.roadmap"
    path.write_bytes(years[which].read_bytes())
    if which == "r7":
        with RoadmapFile.open(path) as f:
            rm = f.load()
            _p(rm, "市町村ＤＸ加速化推進事業（市町村課分）").budget = 31500
            _p(rm, "県有財産管理業務デジタル化推進事業").budget = 450
            _p(rm, "自治体DX推進事業").overview += "令和7年度から全市町村で運用する。"
            for p in rm.projects[:18]:
                p.budget = p.budget or 1000
            rm.projects.remove(_p(rm, "統計情報利活用推進事業"))  # dropped this year: not to come back
            f.save_all(rm)
    return path


def test_the_rollover_carries_the_export_records_over(years: dict[str, Path]) -> None:
    with RoadmapFile.open(years["r7"], readonly=True) as f:
        assert [r.label for r in list_exports(f)] == ["総務部ほか"]  # the PDF's record is not a workbook sent out
        with RoadmapFile.open(years["r6"], readonly=True) as old:
            assert len(old.read_rows("SELECT id FROM xlsx_export")) == 2
        assert len(f.read_rows("SELECT id FROM xlsx_export")) == 2


def test_a_late_reply_merges_three_way_into_the_next_edition(years: dict[str, Path], tmp_path: Path) -> None:
    """The R6 workbook returned after R7 was made: only the clerk's edits come in, mapped into R7."""
    path = office(years, tmp_path)
    before = load(path)
    reply = tmp_path / "late.xlsx"
    wb = openpyxl.load_workbook(years["root"] / "reply.xlsx")
    right_of(sheet_of(wb, "自治体DX推進事業"), "R6事業費（千円）").value = 50000
    cell = right_of(sheet_of(wb, "営繕業務デジタル化推進事業"), "概要")
    cell.value = cell.value + "（R6追記）"
    wb.save(reply)
    plans = plan(path, reply)
    assert plans[0].three_way
    assert plans[0].notes[0].startswith("このファイルは令和6年度版です。")
    text = describe_round(plans)
    assert "「立入検査デジタル化事業」" in text  # the ended project is named, never new
    assert [c.name for c in all_changes(plans) if c.kind is ChangeKind.NEW and c.accepted] == []
    after = apply(path, plans)

    def clerk(rm: Roadmap) -> None:
        _p(rm, "自治体DX推進事業").past_budgets[2024] = 50000
        _p(rm, "営繕業務デジタル化推進事業").overview += "（R6追記）"

    assert dumps(after) == edited(before, clerk)


@pytest.mark.parametrize("name", ["foreign.xlsx", "book.pdf", "book_recorded.pdf", "reply.xlsx"])
def test_last_years_files_into_this_year_change_nothing(years: dict[str, Path], tmp_path: Path, name: str) -> None:
    """R6 workbooks and book PDFs, with or without a record, into R7 after this year's work: nothing of
    R7 is overwritten by R6's values, no bar is lost, the ended project and the one dropped in R7 do
    not come back."""
    path = office(years, tmp_path)
    before = load(path)
    plans = plan(path, years["root"] / name)
    dropped = [c for c in all_changes(plans) if c.name == "統計情報利活用推進事業"]
    assert [(c.kind, c.accepted) for c in dropped] == [(ChangeKind.NEW, False)]
    assert plans[0].notes[0].startswith("このファイルは令和6年度版です。令和7年度版に読み替えて")
    assert proposed(plans) == []
    assert dumps(apply(path, plans)) == dumps(before)


def test_our_pdf_of_earlier_the_same_day_reverts_nothing(tmp_path: Path) -> None:
    path = tmp_path / "r6.roadmap"
    sample = load_sample(sample_path())
    with RoadmapFile.create(path, sample) as f:
        export_pdf(sample, sample.projects, tmp_path / "morning.pdf", file=f)
        rm = f.load()
        _p(rm, "市町村ＤＸ加速化推進事業（市町村課分）").budget = 31500
        _p(rm, "県有財産管理業務デジタル化推進事業").budget = 450
        _p(rm, "自治体DX推進事業").overview = "午後に書き直した概要。"
        f.save_all(rm)
    before = load(path)
    plans = plan(path, tmp_path / "morning.pdf")
    assert plans[0].three_way and "ほかで作られた" not in plans[0].notes[0]
    assert proposed(plans) == []
    assert dumps(apply(path, plans)) == dumps(before)


def _copy_sheet(source: Worksheet, into: openpyxl.Workbook) -> Worksheet:
    """What Excel's 移動またはコピー does between workbooks: values, styles, merges, sizes."""
    ws = into.create_sheet(source.title)
    for row in source.iter_rows():
        for cell in row:
            new = ws.cell(cell.row, cell.column, cell.value)
            if cell.has_style:  # the style itself: another workbook's style indexes mean other styles
                new.font, new.fill, new.border = copy.copy(cell.font), copy.copy(cell.fill), copy.copy(cell.border)
                new.alignment, new.protection = copy.copy(cell.alignment), copy.copy(cell.protection)
                new.number_format = cell.number_format
    for rng in source.merged_cells.ranges:
        ws.merge_cells(str(rng))
    for key, dim in source.column_dimensions.items():
        ws.column_dimensions[key].width = dim.width
    for key, rdim in source.row_dimensions.items():
        ws.row_dimensions[key].height = rdim.height
    return ws


def test_a_sheet_copied_into_another_departments_reply_is_that_project(tmp_path: Path) -> None:
    path = tmp_path / "r6.roadmap"
    sample = load_sample(sample_path())
    with RoadmapFile.create(path, sample) as f:
        written = {p.stem.rsplit("_", 1)[-1]: p for p in export_per_department(f, sample, tmp_path / "out")}
    before = load(path)
    somu = openpyxl.load_workbook(written["総務部"], rich_text=False)
    zaimu = openpyxl.load_workbook(written["財務部"])
    ws = _copy_sheet(sheet_of(somu, "ウェブ広報発信力向上事業"), zaimu)
    cell = right_of(ws, "概要")
    cell.value = cell.value + "（財務部の返信で追記）"
    zaimu.save(tmp_path / "zaimu.xlsx")
    plans = plan(path, tmp_path / "zaimu.xlsx")
    change = next(c for c in all_changes(plans) if c.name == "ウェブ広報発信力向上事業")
    assert change.kind is ChangeKind.CHANGED and change.existing is not None
    assert [f.label for f in change.changes] == ["概要"]
    after = apply(path, plans)
    assert dumps(after) == edited(
        before,
        lambda rm: setattr(
            _p(rm, "ウェブ広報発信力向上事業"),
            "overview",
            _p(rm, "ウェブ広報発信力向上事業").overview + "（財務部の返信で追記）",
        ),
    )


@pytest.mark.parametrize("recorded", [True, False])
def test_a_reordering_of_initiatives_comes_in(tmp_path: Path, recorded: bool) -> None:
    """A clerk cuts the last 取組 and inserts it first (the reader gives the rows in the sheet's order)."""
    path = tmp_path / "r6.roadmap"
    sample = load_sample(sample_path())
    with RoadmapFile.create(path, sample) as f:
        export_round(f if recorded else None, sample, sample.projects[:8], tmp_path / "b.xlsx", "総務部")
        rm = f.load()
        result = read_xlsx(tmp_path / "b.xlsx", rm.edition)
        sheet = next(s for s in result.sheets if s.project.name == "内部管理業務DX推進事業")
        sheet.project.initiatives.insert(0, sheet.project.initiatives.pop())
        plans = plan_round(rm, [("b.xlsx", result, load_base(f, result.export_id))])
    change = next(c for c in all_changes(plans) if c.name == "内部管理業務DX推進事業")
    names = [i.name.replace("\n", "") for i in _p(sample, "内部管理業務DX推進事業").initiatives]
    [order] = [f for f in change.changes if f.label == "取組の順序"]
    assert order.old == "／".join(f"{n + 1}. {x}" for n, x in enumerate(names))
    moved = [names[-1], *names[:-1]]
    assert order.new == "／".join(f"{n + 1}. {x}" for n, x in enumerate(moved))
    assert [f.label for f in change.changes] == ["取組の順序"]
    after = apply(path, plans)

    def reorder(rm: Roadmap) -> None:
        inis = _p(rm, "内部管理業務DX推進事業").initiatives
        inis.insert(0, inis.pop())

    assert dumps(after) == edited(sample, reorder)


def _result(path: Path, edition_of: Roadmap) -> ImportResult:
    read = read_pdf if path.suffix == ".pdf" else read_xlsx
    return read(path, edition_of.edition)


@pytest.mark.parametrize(
    "name", ["reply.xlsx", "foreign.xlsx", "book.pdf", "book_recorded.pdf", "r7.xlsx", "r7book.pdf"]
)
@pytest.mark.parametrize("into", ["r6", "r7"])
def test_our_files_import_back_with_no_change_in_any_edition(
    years: dict[str, Path], tmp_path: Path, name: str, into: str
) -> None:
    path = tmp_path / f"{into}.roadmap"
    path.write_bytes(years[into].read_bytes())
    before = load(path)
    plans = plan(path, years["root"] / name)
    year = "令和7年度" if name.startswith("r7") else "令和6年度"
    assert plans[0].notes[0].startswith(f"このファイルは{year}版です。")
    assert proposed(plans) == [], describe_round(plans)
    assert dumps(apply(path, plans)) == dumps(before)


def test_apply_keeps_what_a_file_without_a_base_would_empty_unless_allowed(
    years: dict[str, Path], tmp_path: Path
) -> None:
    """`roadmap import --apply` from a workbook without its record: an emptied 概要 and a lost 項目 are
    shown, not taken; `--allow-deletions` takes them; a changed value comes in either way."""
    wb = openpyxl.load_workbook(years["root"] / "foreign.xlsx")
    ws = sheet_of(wb, "自治体DX推進事業")
    right_of(ws, "概要").value = None
    right_of(ws, "R6事業費（千円）").value = 50000
    wb.save(tmp_path / "emptied.xlsx")
    for allow in (False, True):
        path = tmp_path / f"r6-{allow}.roadmap"
        path.write_bytes(years["r6"].read_bytes())
        before = load(path)
        args = ["import", str(path), str(tmp_path / "emptied.xlsx"), "--apply"]
        assert main(args + (["--allow-deletions"] if allow else [])) == 0

        def clerk(rm: Roadmap, allow: bool = allow) -> None:
            _p(rm, "自治体DX推進事業").budget = 50000
            if allow:
                _p(rm, "自治体DX推進事業").overview = ""

        assert dumps(load(path)) == edited(before, clerk)


@pytest.mark.parametrize("recorded", [True, False])
def test_a_copy_that_does_not_visibly_differ_is_no_new_project(tmp_path: Path, recorded: bool) -> None:
    """A sheet copied in the workbook (its identity row copied too), No. and 事業名 unchanged: the same
    project twice, shown and not ticked; the roadmap stays as it was."""
    path = tmp_path / "r6.roadmap"
    sample = load_sample(sample_path())
    with RoadmapFile.create(path, sample) as f:
        export_round(f if recorded else None, sample, sample.projects[:3], tmp_path / "b.xlsx", "総務部")
    wb = openpyxl.load_workbook(tmp_path / "b.xlsx")
    copy_ws = wb.copy_worksheet(wb["No.57"])
    copy_ws.title = "No.57 (2)"
    meta = wb["_roadmap"]
    row = next(r for r in range(4, meta.max_row + 1) if meta.cell(r, 1).value == "No.57")
    meta.append(["No.57 (2)", meta.cell(row, 2).value, None, 57])
    wb.save(tmp_path / "copied.xlsx")
    plans = plan(path, tmp_path / "copied.xlsx")
    twin = next(c for c in all_changes(plans) if c.incoming.title == "No.57 (2)")
    assert twin.kind is ChangeKind.NEW and not twin.accepted
    assert any("同じ No. と事業名" in n for n in twin.notes)
    assert proposed(plans) == []
    assert dumps(apply(path, plans)) == dumps(sample)
