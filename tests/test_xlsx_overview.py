"""The Excel export's 全体工程表 worksheet: right after the 一覧, two rows per project (計画 above 実績,
each named, so the plan stays visible and the two read apart in grey), the file's 基準月 marked, 状況
only in a progress report; the import skips it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.status import project_status
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.export.xlsx_overview import first_month_col
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.layout.palette import COLOUR, hex_rgb

REFERENCE = Month(2025, 3)


def _export(sample: Roadmap, tmp_path: Path, report: bool) -> openpyxl.Workbook:
    out = tmp_path / f"book-{report}.xlsx"
    export_xlsx(sample, sample.projects, out, progress_report=report)
    return openpyxl.load_workbook(out)


def _rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[int, int]:
    """Sheet No. → the project's first (計画) row."""
    return {row[0].value: row[0].row for row in ws.iter_rows(min_row=4) if isinstance(row[0].value, int)}


def _months(start: Month, end: Month) -> list[Month]:
    return [start.shifted(k) for k in range(end.index - start.index + 1)]


def _fill(cell: openpyxl.cell.Cell) -> str | None:
    return cell.fill.fgColor.rgb[-6:] if cell.fill.fill_type == "solid" else None


@pytest.mark.parametrize("report", [False, True], ids=["publication", "progress-report"])
def test_two_rows_per_project_plan_above_actual_each_named(sample: Roadmap, tmp_path: Path, report: bool) -> None:
    wb = _export(sample, tmp_path, report)
    assert wb.sheetnames[:3] == ["一覧", "全体工程表", "No.56"]
    ws = wb["全体工程表"]
    assert "基準月 令和7年3月" in ws["A1"].value  # the file's, not today's
    first = first_month_col(report)
    kind_col = first - 1
    heads = [ws.cell(3, c).value for c in range(1, first)]
    assert heads == (["No.", "事業名", "状況", "区分"] if report else ["No.", "事業名", "区分"])
    rows = _rows(ws)
    assert sorted(rows) == sample.sheet_numbers()
    ed = sample.edition
    merged = {str(r) for r in ws.merged_cells.ranges}
    for no, project in zip(sample.sheet_numbers(), sample.projects, strict=True):
        r = rows[no]
        assert ws.cell(r, 2).value == project.name.replace("\n", "")
        assert f"B{r}:B{r + 1}" in merged  # one name over its two rows
        assert (ws.cell(r, kind_col).value, ws.cell(r + 1, kind_col).value) == ("計画", "実績")
        plan = {ed.month_offset(m) for i in project.initiatives for b in i.plan for m in _months(b.start, b.end)}
        actual = {ed.month_offset(m) for i in project.initiatives for b in i.actual for m in _months(b.start, b.end)}
        for k in range(60):
            assert _fill(ws.cell(r, first + k)) == (hex_rgb(COLOUR.overview_plan) if k in plan else None), (no, k)
            assert _fill(ws.cell(r + 1, first + k)) == (hex_rgb(COLOUR.overview_actual) if k in actual else None)
        if report:
            status = project_status(project, REFERENCE)
            assert ws.cell(r, 3).value == status.label
            assert _fill(ws.cell(r, 3)) == hex_rgb(COLOUR.status[status])
    if not report:
        words = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
        assert not words & {"状況", "遅れ", "超過", "順調", "未着手"}
    years = [ws.cell(3, first + 12 * i).value for i in range(5)]
    assert years == ["R6", "R7", "R8", "R9", "R10"]
    ref_col = first + ed.month_offset(REFERENCE)
    assert ws.cell(rows[56], ref_col).border.left.style == "medium"
    assert ws.cell(rows[56], ref_col + 1).border.left.style != "medium"


def test_a_plan_under_its_actual_stays_visible(sample: Roadmap, tmp_path: Path) -> None:
    """Months both planned and done: filled on both rows (the old sheet painted 実績 over 計画 in one row)."""
    ws = _export(sample, tmp_path, False)["全体工程表"]
    ed = sample.edition
    first = first_month_col(False)
    r = _rows(ws)[56]
    p = sample.projects[0]
    both = {ed.month_offset(m) for i in p.initiatives for b in i.plan for m in _months(b.start, b.end)} & {
        ed.month_offset(m) for i in p.initiatives for b in i.actual for m in _months(b.start, b.end)
    }
    assert both
    for k in both:
        assert _fill(ws.cell(r, first + k)) == hex_rgb(COLOUR.overview_plan)
        assert _fill(ws.cell(r + 1, first + k)) == hex_rgb(COLOUR.overview_actual)


def test_without_a_reference_month_nothing_is_marked(sample: Roadmap, tmp_path: Path) -> None:
    sample.edition.reference_month = None
    ws = _export(sample, tmp_path, False)["全体工程表"]
    assert "基準月" not in ws["A1"].value
    assert not any(c.border.left.style == "medium" for row in ws.iter_rows(min_row=4) for c in row)


def test_the_import_skips_it(sample: Roadmap, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    export_xlsx(sample, sample.projects, out, progress_report=True)
    result = read_xlsx(out, sample.edition)
    assert result.problems == [] and len(result.sheets) == 20


def test_command_line_progress_report(sample: Roadmap, tmp_path: Path) -> None:
    from roadmap_desktop.cli import main
    from roadmap_desktop.storage import RoadmapFile

    RoadmapFile.create(tmp_path / "r.roadmap", sample).close()
    out = tmp_path / "r.xlsx"
    assert main(["export", str(tmp_path / "r.roadmap"), "--xlsx", str(out), "--progress"]) == 0
    ws = openpyxl.load_workbook(out)["全体工程表"]
    assert "令和7年3月" in ws["A1"].value and ws.cell(3, 3).value == "状況"


def test_a_long_name_wraps_at_its_size_and_prints_whole(sample: Roadmap, tmp_path: Path) -> None:
    """A 事業名 longer than the column wraps over the project's two rows (grown if need be) at the names'
    9 pt; it was shrunk to fit, below the minimum past about 35 characters."""
    import dataclasses

    import pdfplumber
    from lo_print import convert

    long = "県内全市町村における行政手続オンライン化及び窓口業務改革並びに庁内情報システム標準化共通化推進に係る総合支援事業"
    short = sample.projects[1].name
    rm = dataclasses.replace(
        sample, projects=[dataclasses.replace(sample.projects[0], name=long), *sample.projects[1:]]
    )
    out = tmp_path / "long.xlsx"
    export_xlsx(rm, rm.projects, out)
    ws = openpyxl.load_workbook(out)["全体工程表"]
    r = _rows(ws)[rm.sheet_numbers()[0]]
    cell = ws.cell(r, 2)
    assert cell.alignment.wrap_text and not cell.alignment.shrink_to_fit
    tall = ws.row_dimensions[r].height + ws.row_dimensions[r + 1].height
    other = _rows(ws)[rm.sheet_numbers()[1]]
    assert tall > ws.row_dimensions[other].height + ws.row_dimensions[other + 1].height  # 3 lines need more
    pdf = convert([out], tmp_path, calibri=True)[0]
    with pdfplumber.open(pdf) as doc:
        page = next(p for p in doc.pages if "全体工程表" in (p.extract_text() or ""))
        text = "".join(c["text"] for c in page.chars)
        assert long in text and short in text  # every character printed, in order
        sizes = {c["text"]: c["size"] for c in page.chars if c["text"] in long and c["text"] not in short}
        size_of_short = min(c["size"] for c in page.chars if c["text"] == short[0])
        assert min(sizes.values()) == pytest.approx(size_of_short, rel=0.02)  # same size as a name that fits
