"""The Excel export's 全体工程表 worksheet: right after the 一覧, one row per project, months filled from
its bars, status in words and colour, the 基準月 marked; the import skips it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.status import project_status
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.export.xlsx_overview import FIRST_MONTH_COL
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.layout.palette import COLOUR, hex_rgb

REFERENCE = Month(2025, 3)


@pytest.fixture
def workbook(sample: Roadmap, tmp_path: Path) -> openpyxl.Workbook:
    out = tmp_path / "book.xlsx"
    export_xlsx(sample, sample.projects, out, reference=REFERENCE)
    return openpyxl.load_workbook(out)


def _rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[int, int]:
    return {row[0].value: row[0].row for row in ws.iter_rows(min_row=4) if isinstance(row[0].value, int)}


def test_it_follows_the_list_and_has_one_row_per_project(workbook: openpyxl.Workbook, sample: Roadmap) -> None:
    assert workbook.sheetnames[:3] == ["一覧", "全体工程表", "No.56"]
    ws = workbook["全体工程表"]
    assert "令和7年3月" in ws["A1"].value
    rows = _rows(ws)
    assert sorted(rows) == sample.sheet_numbers()
    for no, project in zip(sample.sheet_numbers(), sample.projects, strict=True):
        r = rows[no]
        assert ws.cell(r, 2).value == project.name.replace("\n", "")
        status = project_status(project, REFERENCE)
        assert ws.cell(r, 3).value == status.label
        rgb = hex_rgb(COLOUR.status[status])
        assert ws.cell(r, 3).fill.fgColor.rgb.endswith(rgb)
    years = [ws.cell(3, FIRST_MONTH_COL + 12 * i).value for i in range(5)]
    assert years == ["R6", "R7", "R8", "R9", "R10"]


def test_month_cells_show_the_plan_and_actual_months(workbook: openpyxl.Workbook, sample: Roadmap) -> None:
    ws = workbook["全体工程表"]
    rows = _rows(ws)
    ed = sample.edition
    for no, project in zip(sample.sheet_numbers(), sample.projects, strict=True):
        plan = {ed.month_offset(m) for i in project.initiatives for b in i.plan for m in _months(b.start, b.end)}
        actual = {ed.month_offset(m) for i in project.initiatives for b in i.actual for m in _months(b.start, b.end)}
        for k in range(60):
            fill = ws.cell(rows[no], FIRST_MONTH_COL + k).fill
            color = fill.fgColor.rgb if fill.fill_type == "solid" else None
            want = (
                hex_rgb(COLOUR.overview_actual) if k in actual else hex_rgb(COLOUR.overview_plan) if k in plan else None
            )
            assert (color[-6:] if color else None) == want, (no, k)
    ref_col = FIRST_MONTH_COL + ed.month_offset(REFERENCE)
    assert ws.cell(rows[56], ref_col).border.left.style == "medium"
    assert ws.cell(rows[56], ref_col + 1).border.left.style != "medium"


def _months(start: Month, end: Month) -> list[Month]:
    return [start.shifted(k) for k in range(end.index - start.index + 1)]


def test_the_import_skips_it(sample: Roadmap, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    export_xlsx(sample, sample.projects, out, reference=REFERENCE)
    result = read_xlsx(out, sample.edition)
    assert result.problems == [] and len(result.sheets) == 20


def test_command_line_sets_its_reference_month(sample: Roadmap, tmp_path: Path) -> None:
    from roadmap_desktop.cli import main
    from roadmap_desktop.storage import RoadmapFile

    RoadmapFile.create(tmp_path / "r.roadmap", sample).close()
    out = tmp_path / "r.xlsx"
    assert main(["export", str(tmp_path / "r.roadmap"), "--xlsx", str(out), "--reference-month", "2026-09"]) == 0
    assert "令和8年9月" in openpyxl.load_workbook(out)["全体工程表"]["A1"].value
