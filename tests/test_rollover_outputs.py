"""The R7 edition made by 年度更新, as each output shows it: history not drawn, 未入力 where the budget is."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber
from openpyxl import load_workbook

from roadmap_desktop.cli import main
from roadmap_desktop.core.fiscal import UNSET_BUDGET, parse_budget
from roadmap_desktop.core.labels import FIELD_LABELS as FIELDS
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.rollover import rollover
from roadmap_desktop.importing.merge import ChangeKind, apply_import, plan_import
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.layout.content import field_text
from roadmap_desktop.storage import RoadmapFile


def _r7(tmp_path: Path, sample: Roadmap) -> tuple[Path, Roadmap]:
    r6 = tmp_path / "r6.roadmap"
    r7 = tmp_path / "r7.roadmap"
    RoadmapFile.create(r6, sample).close()
    assert main(["rollover", str(r6), str(r7)]) == 0
    return r7, RoadmapFile.open(r7, readonly=True).load()


def test_unset_budget_reads_back_as_not_set() -> None:
    assert parse_budget(UNSET_BUDGET) is None and parse_budget(" 未入力 ") is None
    assert parse_budget("5,144") == 5144


def test_r7_sheet_pdf_shows_the_new_window_and_not_history(tmp_path: Path, sample: Roadmap, artifacts: Path) -> None:
    path, r7 = _r7(tmp_path, sample)
    p56 = r7.projects[0]
    assert field_text(p56, "budget") == "未入力"
    shown = "|".join(
        [b.label for i in p56.initiatives for b in i.plan + i.actual] + [field_text(p56, a) for a in FIELDS]
    )
    only_in_history = {b.label for h in p56.history for b in h.plan + h.actual if b.label not in shown}
    assert only_in_history  # e.g. R6's 内容検討
    pdf = tmp_path / "r7-56.pdf"
    assert main(["export", str(path), "--pdf", str(pdf), "--project", "56"]) == 0
    with pdfplumber.open(pdf) as doc:
        text = doc.pages[0].extract_text()
    assert "令和７年度DX関連事業ロードマップ" in text
    assert "R7事業費（千円） 未入力" in text
    assert "R7 R8 R9 R10 R11" in text and "R6 R7" not in text
    assert not any(label in text for label in only_in_history)  # history is not drawn
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(artifacts / "rollover-r7-56")], check=True
    )
    # our own PDF comes back with the budget not set, and proposes no change to it
    result = read_pdf(pdf, r7.edition)
    assert result.sheets[0].project.budget is None
    assert not any("事業費" in w for s in result.sheets for w in s.warnings + list(s.unread.values()))


def test_r7_excel_budget_cell_reads_未入力_back_as_not_set(tmp_path: Path, sample: Roadmap) -> None:
    path, r7 = _r7(tmp_path, sample)
    xlsx = tmp_path / "r7.xlsx"
    assert main(["export", str(path), "--xlsx", str(xlsx)]) == 0
    wb = load_workbook(xlsx)
    ws = next(w for w in wb.worksheets if w.sheet_state == "visible" and w.title not in ("一覧", "全体工程表"))
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "R7事業費（千円）" in values and "未入力" in values
    result = read_xlsx(xlsx, r7.edition)
    assert all(s.project.budget is None for s in result.sheets)
    plan = plan_import(r7, result)
    assert all(c.kind is ChangeKind.UNCHANGED for c in plan), [c.changes for c in plan if c.changes]
    assert not any("事業費" in w for s in result.sheets for w in s.warnings + list(s.unread.values()))


def test_import_into_a_rolled_over_roadmap_keeps_history(tmp_path: Path, sample: Roadmap) -> None:
    r7 = rollover(sample).roadmap
    xlsx = tmp_path / "edited.xlsx"
    from roadmap_desktop.export.xlsx import export_xlsx

    r7.projects[0].overview += "（修正）"
    export_xlsx(r7, r7.projects[:1], xlsx)
    r7.projects[0].overview = r7.projects[0].overview.removesuffix("（修正）")
    result = read_xlsx(xlsx, r7.edition)
    plan = plan_import(r7, result)
    assert [c.kind for c in plan] == [ChangeKind.CHANGED]
    after = apply_import(r7, plan)
    assert after.projects[0].overview.endswith("（修正）")
    assert after.projects[0].history == r7.projects[0].history and after.projects[0].history
    assert after.projects[0].past_budgets == {2024: 5144}
