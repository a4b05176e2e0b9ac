"""Excel round trip: export → (another program) → import gives back exactly the roadmap, or exactly the edits."""

from __future__ import annotations

import copy
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lo_print import convert

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import PLAN_LABELS, Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.importing.merge import ChangeKind, apply_import, plan_import
from roadmap_desktop.importing.round_plan import all_changes, plan_round
from roadmap_desktop.importing.xlsx import read_xlsx


def _read_back(path: Path, roadmap: Roadmap) -> Roadmap:
    result = read_xlsx(path, roadmap.edition)
    assert result.problems == []
    return Roadmap(roadmap.edition, [s.project for s in result.sheets])


# Text as staff type it, and as colleagues paste it: Japanese, full-width, newlines, formula-like starts.
_CHARS = list("あいうえお漢字事業推進課ＤＸＡＢ１２３abcXYZ 0123456789　、。（）()「」①→_x=+-@#\n\t")
_text = st.text(alphabet=st.sampled_from(_CHARS), max_size=40)
_long_text = st.one_of(_text, st.text(alphabet=st.sampled_from(_CHARS), min_size=500, max_size=3000))
_formula_like = st.sampled_from(["=SUM(A1)", "+1", "-x", "@a", "=電子入札", "_x000D_", "a\r\nb"])
_any_text = st.one_of(_long_text, _formula_like)
_item = st.text(alphabet=st.sampled_from(list("総務部教育庁警察本部課ＤＸ=+-@1２")), min_size=1, max_size=8)


@st.composite
def _bar(draw: st.DrawFn, edition: Edition) -> Bar:
    first = draw(st.sampled_from([0, 59, *range(60)]))
    last = draw(st.integers(first, 59))
    continues = last == 59 and draw(st.booleans())
    label = draw(st.one_of(_text, _formula_like))
    assume(continues or last != 59 or not label.endswith("→"))  # "…→" in the last month means "continues"
    return Bar(edition.first_month.shifted(first), edition.first_month.shifted(last), label, continues)


@st.composite
def _initiative(draw: st.DrawFn, edition: Edition) -> Initiative:
    return Initiative(
        name=draw(st.one_of(_text, _formula_like)),
        plan_label=draw(st.sampled_from(PLAN_LABELS)),
        plan=draw(st.lists(_bar(edition), max_size=5)),
        actual=draw(st.lists(_bar(edition), max_size=3)),
    )


@st.composite
def _project(draw: st.DrawFn, edition: Edition) -> Project:
    start = draw(st.one_of(st.none(), st.integers(2000, 2030)))
    end = draw(st.one_of(st.none(), st.integers(start or 2000, 2035)))
    return Project(
        name=draw(_any_text),
        field=draw(_text),
        items=draw(st.lists(_item, max_size=3)),
        departments=draw(st.lists(_item, max_size=3)),
        sections=draw(st.lists(_item, max_size=3)),
        start_year=start,
        end_year=end,
        budget=draw(st.one_of(st.none(), st.integers(0, 10**10))),
        overview=draw(_any_text),
        issues=draw(_any_text),
        approach=draw(_any_text),
        change=draw(_any_text),
        initiatives=draw(st.lists(_initiative(edition), max_size=12)),
        sheet_no_override=draw(st.one_of(st.none(), st.integers(1, 200))),
    )


@st.composite
def _roadmap(draw: st.DrawFn) -> Roadmap:
    fy = draw(st.sampled_from([2019, 2024, 2031]))
    edition = Edition(title=draw(_text) or "ロードマップ", fiscal_year=fy, first_sheet_no=draw(st.integers(1, 80)))
    return Roadmap(edition, draw(st.lists(_project(edition), min_size=1, max_size=3)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(roadmap=_roadmap())
def test_generated_roadmaps_survive_export_and_import(
    roadmap: Roadmap, tmp_path_factory: pytest.TempPathFactory
) -> None:
    out = tmp_path_factory.mktemp("rt") / "book.xlsx"
    export_xlsx(roadmap, roadmap.projects, out)
    assert dumps(_read_back(out, roadmap)) == dumps(roadmap)


def test_sample_survives_export_and_import(sample: Roadmap, tmp_path: Path) -> None:
    out = tmp_path / "sample.xlsx"
    export_xlsx(sample, sample.projects, out)
    assert dumps(_read_back(out, sample)) == dumps(sample)


def _soffice(args: list[str], tmp_path: Path) -> None:
    """LibreOffice converts (--convert-to TYPE --outdir DIR FILE), its font pinned (tests/lo_print.py)."""
    to, outdir, src = args[1], Path(args[3]), Path(args[4])
    convert([src], outdir, to=to)


def test_libreoffice_resave_keeps_everything(sample: Roadmap, tmp_path: Path, artifacts: Path) -> None:
    """A colleague opens the file in another spreadsheet program and saves it: nothing changes."""
    sample.projects = sample.projects[:4]
    # And a project long enough for continuation pages, with bars at the window's edges.
    m = sample.edition.first_month
    sample.projects.append(
        Project(
            name="長い事業",
            initiatives=[
                Initiative(
                    f"取組{i}",
                    "目標" if i % 3 == 0 else "計画",
                    [Bar(m, m.shifted(i), f"第{i}段階")],
                    [Bar(m.shifted(59 - i), m.shifted(59), "→続く", True)],
                )
                for i in range(20)
            ],
        )
    )
    out = tmp_path / "ours.xlsx"
    export_xlsx(sample, sample.projects, out)
    resaved = tmp_path / "lo"
    _soffice(["--convert-to", "xlsx", "--outdir", str(resaved), str(out)], tmp_path)
    assert dumps(_read_back(resaved / "ours.xlsx", sample)) == dumps(sample)
    # And what it looks like printed (a person checks test-artifacts/xlsx-sheet-*.png).
    _soffice(["--convert-to", "pdf", "--outdir", str(tmp_path), str(out)], tmp_path)
    pdf = tmp_path / "ours.pdf"
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(artifacts / "xlsx-sheet")], check=True, timeout=60)
    assert sorted(artifacts.glob("xlsx-sheet-*.png"))


# --- A colleague edits the workbook in another program (openpyxl plays the colleague) ---


def _edition() -> Edition:
    return Edition(title="令和６年度DX関連事業ロードマップ", fiscal_year=2024)


def _small_roadmap() -> Roadmap:
    e = _edition()
    m = e.first_month
    return Roadmap(
        e,
        [
            Project(
                name="電子入札・電子収納導入調査事業",
                field="行政経営分野",
                items=["住民の利便性の向上"],
                departments=["総務部"],
                sections=["行政経営課"],
                start_year=2023,
                end_year=2028,
                budget=5144,
                overview="職員の業務効率化を図る。",
                issues="・電子入札は建設工事分野のみ。\n・電子収納は一部のみ。",
                approach="物品や役務にも広げる。",
                change="事業者の負担軽減。",
                initiatives=[
                    Initiative(
                        "電子入札の拡充に向けた検討",
                        "計画",
                        [Bar(m, m.shifted(5), "内容検討"), Bar(m.shifted(6), m.shifted(59), "新技術の運用", True)],
                        [Bar(m, m.shifted(5), "内容検討")],
                    )
                ],
            ),
            Project(name="ウェブ広報発信力向上事業", field="行政経営分野", budget=8742, start_year=2024, end_year=2026),
        ],
    )


def _find(ws: openpyxl.worksheet.worksheet.Worksheet, text: str) -> tuple[int, int]:
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell.row, cell.column
    raise AssertionError(f"{text} not found")


def _right_of(ws: openpyxl.worksheet.worksheet.Worksheet, label: str) -> openpyxl.cell.Cell:
    r, c = _find(ws, label)
    for rng in ws.merged_cells.ranges:
        if rng.min_row == r and rng.min_col == c:
            return ws.cell(r, rng.max_col + 1)
    return ws.cell(r, c + 1)


def _month_col(ws: openpyxl.worksheet.worksheet.Worksheet, offset: int) -> int:
    _, c = _find(ws, "R6")
    return c + offset


def test_colleague_edits_show_in_preview_and_apply(tmp_path: Path) -> None:
    roadmap = _small_roadmap()
    out = tmp_path / "book.xlsx"
    export_xlsx(roadmap, roadmap.projects, out)

    wb = openpyxl.load_workbook(out)
    ws = wb["No.1"]
    overview_r, overview_c = _find(ws, "職員の業務効率化を図る。")
    ws.cell(overview_r, overview_c).value = "職員と事業者の負担を減らす。"
    _right_of(ws, "R6事業費（千円）").value = "６,０００"  # full-width, as typed elsewhere
    # Move the plan bar 内容検討 (months 0–5) to months 2–4: unmerge, clear, refill.
    plan_row, first = _find(ws, "内容検討")
    fill = copy.copy(ws.cell(plan_row, first).fill)
    ws.unmerge_cells(start_row=plan_row, start_column=first, end_row=plan_row, end_column=first + 5)
    for c in range(first, first + 6):
        ws.cell(plan_row, c).fill = openpyxl.styles.PatternFill()
        ws.cell(plan_row, c).value = None
    base = _month_col(ws, 0)
    for c in range(base + 2, base + 5):
        ws.cell(plan_row, c).fill = fill
    ws.cell(plan_row, base + 2).value = "内容検討"
    # A new initiative typed below the last one: name, 計画 with a bar in R7, 実績 empty.
    last = ws.max_row
    kind_col = _find(ws, "区分")[1]
    ws.cell(last + 1, 1).value = "電子収納の拡充に向けた検討"
    ws.cell(last + 1, kind_col).value = "計画"
    ws.cell(last + 2, kind_col).value = "実績"
    for c in range(base + 12, base + 18):
        ws.cell(last + 1, c).fill = fill
    ws.cell(last + 1, base + 12).value = "試験導入"
    wb.save(out)

    result = read_xlsx(out, roadmap.edition)
    plan = plan_import(roadmap, result)
    assert [c.kind for c in plan] == [ChangeKind.CHANGED, ChangeKind.UNCHANGED]
    changes = {c.label: (c.old, c.new) for c in plan[0].changes}
    assert changes["概要"] == ("職員の業務効率化を図る。", "職員と事業者の負担を減らす。")
    assert changes["事業費（千円）"] == ("5,144", "6,000")
    assert "内容検討（令和6年4月〜令和6年9月）" in changes["取組1「電子入札の拡充に向けた検討」"][0]
    assert "内容検討（令和6年6月〜令和6年8月）" in changes["取組1「電子入札の拡充に向けた検討」"][1]
    assert changes["取組2「電子収納の拡充に向けた検討」"][0] == "（なし）"
    assert "試験導入（令和7年4月〜令和7年9月）" in changes["取組2「電子収納の拡充に向けた検討」"][1]

    updated = apply_import(roadmap, plan)
    p = updated.projects[0]
    assert p.id == roadmap.projects[0].id
    assert p.overview == "職員と事業者の負担を減らす。"
    assert p.budget == 6000
    m = roadmap.edition.first_month
    assert p.initiatives[0].plan[0] == Bar(m.shifted(2), m.shifted(4), "内容検討")
    assert p.initiatives[0].plan[1] == Bar(m.shifted(6), m.shifted(59), "新技術の運用", True)
    assert p.initiatives[1].name == "電子収納の拡充に向けた検討"
    assert p.initiatives[1].plan == [Bar(m.shifted(12), m.shifted(17), "試験導入")]
    assert roadmap.projects[0].budget == 5144  # the roadmap itself is untouched until the caller saves


def test_renamed_project_is_still_recognised(tmp_path: Path) -> None:
    roadmap = _small_roadmap()
    out = tmp_path / "book.xlsx"
    export_xlsx(roadmap, roadmap.projects, out)
    wb = openpyxl.load_workbook(out)
    ws = wb["No.2"]
    _right_of(ws, "事業名").value = "ウェブ広報・SNS発信事業"
    wb.save(out)
    plan = plan_import(roadmap, read_xlsx(out, roadmap.edition))
    assert plan[1].kind is ChangeKind.CHANGED
    assert plan[1].existing is roadmap.projects[1]
    assert [(c.label, c.new) for c in plan[1].changes] == [("事業名", "ウェブ広報・SNS発信事業")]


def test_workbook_without_identity_matches_by_name_or_comes_in_new(tmp_path: Path) -> None:
    roadmap = _small_roadmap()
    out = tmp_path / "book.xlsx"
    export_xlsx(roadmap, roadmap.projects, out)
    wb = openpyxl.load_workbook(out)
    del wb["_roadmap"]
    _right_of(wb["No.2"], "事業名").value = "まったく新しい事業"
    wb.save(out)
    result = read_xlsx(out, roadmap.edition)
    assert not any(s.identity_known for s in result.sheets)
    plan = plan_import(roadmap, result)
    assert [c.kind for c in plan] == [ChangeKind.UNCHANGED, ChangeKind.NEW]
    assert plan[0].existing is roadmap.projects[0]
    updated = apply_import(roadmap, plan)
    assert [p.name for p in updated.projects][-1] == "まったく新しい事業"
    assert len(updated.projects) == 3


def test_bar_month_filled_by_hand_next_to_ours_splits_by_label(tmp_path: Path) -> None:
    """Adjacent bars stay apart: a new label (or our bar edge) starts the next bar."""
    roadmap = _small_roadmap()
    out = tmp_path / "book.xlsx"
    export_xlsx(roadmap, roadmap.projects, out)
    wb = openpyxl.load_workbook(out)
    ws = wb["No.1"]
    _, kind_col = _find(ws, "区分")
    actual_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, kind_col).value == "実績")
    base = _month_col(ws, 0)
    fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
    for c in range(base + 6, base + 9):
        ws.cell(actual_row, c).fill = fill
    ws.cell(actual_row, base + 6).value = "試験導入"
    for c in range(base + 9, base + 11):
        ws.cell(actual_row, c).fill = fill
    ws.cell(actual_row, base + 9).value = "運用"
    wb.save(out)
    p = read_xlsx(out, roadmap.edition).sheets[0].project
    m = roadmap.edition.first_month
    assert p.initiatives[0].actual == [
        Bar(m, m.shifted(5), "内容検討"),
        Bar(m.shifted(6), m.shifted(8), "試験導入"),
        Bar(m.shifted(9), m.shifted(10), "運用"),
    ]


def test_exported_xml_has_no_formulas(tmp_path: Path) -> None:
    roadmap = _small_roadmap()
    roadmap.projects[0].name = "=電子入札"
    roadmap.projects[0].overview = "=SUM(A1)"
    roadmap.projects[0].initiatives[0].name = "@a"
    roadmap.projects[0].initiatives[0].plan[0].label = "+1"
    out = tmp_path / "book.xlsx"
    export_xlsx(roadmap, roadmap.projects, out)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)
    assert dumps(_read_back(out, roadmap)) == dumps(roadmap)


def test_window_months_read_by_year_headers_of_another_edition(tmp_path: Path) -> None:
    """Last year's workbook (R6…R10) imported into next year's book (R7…R11): read in its own window, every
    bar on its month, then mapped into R7 as 年度更新 maps (R6 bars to history, the running bar on)."""
    roadmap = _small_roadmap()
    out = tmp_path / "book.xlsx"
    export_xlsx(roadmap, roadmap.projects, out)
    later = Edition(title="令和７年度DX関連事業ロードマップ", fiscal_year=2025)
    result = read_xlsx(out, later)
    assert result.file_year == 2024 and result.read_in is not None and result.read_in.fiscal_year == 2024
    p = result.sheets[0].project
    assert p.initiatives[0].plan == roadmap.projects[0].initiatives[0].plan
    empty = Roadmap(later, [])
    plans = plan_round(empty, [(out.name, result, None)])
    assert plans[0].notes[0].startswith("このファイルは令和6年度版です。令和7年度版に読み替えて")
    assert all(not c.accepted for c in all_changes(plans))  # an earlier edition's projects: offered, not ticked
    for c in all_changes(plans):
        c.accepted = True
    mapped = apply_import(empty, all_changes(plans)).projects[0]
    m = later.first_month
    assert mapped.initiatives[0].plan == [Bar(m, m.shifted(47), "新技術の運用")]  # 事業終期 R10: it stops there
    assert [b.label for b in mapped.history[0].plan] == ["内容検討", "新技術の運用"]
    assert mapped.budget is None and mapped.past_budgets == {2024: roadmap.projects[0].budget}


def test_two_sheets_numbered_alike_keep_their_own_list_rows(sample: Roadmap, tmp_path: Path) -> None:
    """A No. fixed by hand may repeat another sheet's: the 一覧 then has two rows with that No., and each
    sheet takes the row with its own 事業名 (found by hypothesis: 「一覧: No.34 が2行あります」)."""
    sample.projects = sample.projects[:3]
    sample.projects[2].sheet_no_override = sample.sheet_numbers()[0]
    assert sample.sheet_numbers()[0] == sample.sheet_numbers()[2]
    out = tmp_path / "twice.xlsx"
    export_xlsx(sample, sample.projects, out)
    assert dumps(_read_back(out, sample)) == dumps(sample)
    result = read_xlsx(out, sample.edition)
    changes = plan_import(sample, result)
    assert len(changes) == 3 and {c.kind for c in changes} == {ChangeKind.UNCHANGED}
    for c in changes:
        assert c.incoming.listed.get("name", "").replace("\n", "") == c.incoming.project.name.replace("\n", "")
