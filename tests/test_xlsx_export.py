"""Excel export: the workbook's structure, print setup and safety, read with openpyxl as Excel would see it."""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.core.progress import Cancelled
from roadmap_desktop.export.xlsx import FONT_NAME, export_xlsx
from roadmap_desktop.export.xlsx_labels import XLSX_MIN_PT
from roadmap_desktop.export.xlsx_layout import ColumnGrid, printed_width_mm
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.layout.geometry import paginate

EDITION = Edition(title="令和６年度DX関連事業ロードマップ", fiscal_year=2024, first_sheet_no=56)


def _project(name: str, initiatives: int = 2, budget: int | None = 5144) -> Project:
    m = EDITION.first_month
    return Project(
        name=name,
        field="行政経営分野",
        items=["住民の利便性の向上", "質の高い自治体運営"],
        departments=["総務部"],
        sections=["行政経営課"],
        start_year=2023,
        end_year=2028,
        budget=budget,
        overview="概要の文章。",
        initiatives=[
            Initiative(f"取組{i + 1}", "計画", [Bar(m.shifted(i), m.shifted(i + 11), f"バー{i}")], [])
            for i in range(initiatives)
        ],
    )


@pytest.fixture
def roadmap() -> Roadmap:
    return Roadmap(EDITION, [_project("電子入札導入調査事業"), _project("ウェブ広報発信力向上事業", 1, 8742)])


@pytest.fixture
def book(roadmap: Roadmap, tmp_path: Path) -> openpyxl.Workbook:
    out = tmp_path / "book.xlsx"
    export_xlsx(roadmap, roadmap.projects, out)
    return openpyxl.load_workbook(out)


def test_sheets_list_first_then_one_per_project_and_hidden_identity(book: openpyxl.Workbook, roadmap: Roadmap) -> None:
    assert book.sheetnames == ["一覧", "全体工程表", "No.56", "No.57", "_roadmap"]
    assert book["_roadmap"].sheet_state == "hidden"
    meta = {row[0]: row[1] for row in book["_roadmap"].iter_rows(min_row=4, values_only=True)}
    assert meta == {"No.56": roadmap.projects[0].id, "No.57": roadmap.projects[1].id}


def test_list_sheet_numbers_are_numbers_and_total(book: openpyxl.Workbook) -> None:
    rows = list(book["一覧"].iter_rows(values_only=True))
    assert rows[1][:2] == ("No.", "事業名")
    assert rows[2][0] == 56 and rows[2][1] == "電子入札導入調査事業" and rows[2][4] == "R5〜R10"
    assert rows[2][5] == 5144 and rows[3][5] == 8742
    assert rows[4][5] == 5144 + 8742
    # a sum, not a text; "_0" keeps a digit's width blank at its right: the number never touches the rule
    assert book["一覧"].cell(3, 6).number_format.startswith("#,##0_0;")


def test_print_setup(book: openpyxl.Workbook) -> None:
    ws = book["No.56"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9
    # one page wide and, for a one-page sheet, one page tall: the footer never pushes the sheet onto two
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 1
    assert book["一覧"].page_setup.fitToHeight == 0  # the list runs over as many pages as it needs
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_area is not None and "$A$1" in ws.print_area
    assert "No. 56" in ws.oddFooter.right.text
    assert book["一覧"].print_title_rows == "$1:$2"


def test_labels_shaded_fonts_japanese_and_merged_boxes_bordered_everywhere(book: openpyxl.Workbook) -> None:
    ws = book["No.56"]
    label = next(c for row in ws.iter_rows() for c in row if c.value == "概要")
    assert label.fill.fgColor.rgb.endswith("D9D9D9")
    assert label.font.name == FONT_NAME
    # The value right of 概要 is one merged box; every cell of it carries the border, so Excel draws it all.
    box = next(r for r in ws.merged_cells.ranges if r.min_row == label.row and r.min_col > label.column)
    for col in range(box.min_col, box.max_col + 1):
        cell = ws.cell(box.min_row, col)
        assert cell.border.top.style == "thin" and cell.border.bottom.style == "thin"
    assert ws.cell(box.min_row, box.max_col).border.right.style == "thin"


def test_timeline_sixty_month_columns_under_five_year_headers(book: openpyxl.Workbook) -> None:
    ws = book["No.56"]
    years = [c for row in ws.iter_rows() for c in row if c.value in ("R6", "R7", "R8", "R9", "R10") and c.row > 5]
    assert [c.value for c in years] == ["R6", "R7", "R8", "R9", "R10"]
    spans = [next(r for r in ws.merged_cells.ranges if r.min_row == c.row and r.min_col == c.column) for c in years]
    assert all(r.max_col - r.min_col + 1 == 12 for r in spans)
    assert spans[-1].min_col == spans[0].min_col + 48
    # A 12-month plan bar: merged, filled, its label in the first cell.
    bar = next(c for row in ws.iter_rows() for c in row if c.value == "バー0")
    assert bar.column == spans[0].min_col
    assert any(r.min_col == bar.column and r.max_col == bar.column + 11 for r in ws.merged_cells.ranges)
    assert bar.fill.fill_type == "solid"


def test_plan_and_actual_bars_filled_differently(tmp_path: Path) -> None:
    m = EDITION.first_month
    p = _project("事業", 0)
    p.initiatives = [Initiative("取組", "計画", [Bar(m, m.shifted(2), "予定")], [Bar(m, m.shifted(2), "実施")])]
    rm = Roadmap(EDITION, [p])
    out = tmp_path / "b.xlsx"
    export_xlsx(rm, rm.projects, out)
    ws = openpyxl.load_workbook(out)["No.56"]
    plan = next(c for row in ws.iter_rows() for c in row if c.value == "予定")
    actual = next(c for row in ws.iter_rows() for c in row if c.value == "実施")
    assert plan.fill.fgColor.rgb != actual.fill.fgColor.rgb
    assert plan.border.top.style != actual.border.top.style  # tells them apart in black and white too


def test_a_one_month_bars_mark_is_never_shrunk_and_a_label_wraps_only_at_its_own_line_break(tmp_path: Path) -> None:
    m = EDITION.first_month
    p = _project("事業", 0)
    bars = [Bar(m, m, "事例集作成"), Bar(m.shifted(3), m.shifted(8), "会議等開催\n（3回程度）")]
    p.initiatives = [Initiative("取組", "計画", bars, [])]
    rm = Roadmap(EDITION, [p])
    out = tmp_path / "b.xlsx"
    export_xlsx(rm, rm.projects, out)
    ws = openpyxl.load_workbook(out)["No.56"]
    short = next(c for row in ws.iter_rows() for c in row if c.value == "事例集作成")
    two_lines = next(c for row in ws.iter_rows() for c in row if c.value == "会議等開催\n（3回程度）")
    # one month wide: a note, its mark ※1 on one line at the workbook's minimum, never shrunk below it
    assert short.number_format == ';;;"※1"' and short.font.sz == XLSX_MIN_PT
    assert not short.alignment.shrink_to_fit and not short.alignment.wrap_text
    assert two_lines.alignment.wrap_text and not two_lines.alignment.shrink_to_fit
    assert read_xlsx(out, EDITION).sheets[0].project.initiatives == p.initiatives


def test_long_project_continues_with_page_breaks(tmp_path: Path) -> None:
    p = _project("長い事業", 30)
    rm = Roadmap(EDITION, [p])
    out = tmp_path / "long.xlsx"
    export_xlsx(rm, rm.projects, out)
    ws = openpyxl.load_workbook(out)["No.56"]
    assert len(ws.row_breaks.brk) == len(paginate(30)) - 1
    assert (
        ws.page_setup.fitToHeight == 0
    )  # one page wide, as tall as the breaks make (a fit in pages tall ignores them)
    assert sum(1 for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "（続き）" in c.value) == 2
    back = read_xlsx(out, EDITION).sheets[0].project
    assert [i.name for i in back.initiatives] == [i.name for i in p.initiatives]
    assert back.initiatives == p.initiatives


def test_overlapping_bars_get_a_second_plan_row(tmp_path: Path) -> None:
    m = EDITION.first_month
    p = _project("重なる事業", 0)
    p.initiatives = [
        Initiative("取組", "目標", [Bar(m, m.shifted(11), "全体"), Bar(m.shifted(3), m.shifted(5), "山場")], [])
    ]
    rm = Roadmap(EDITION, [p])
    out = tmp_path / "b.xlsx"
    export_xlsx(rm, rm.projects, out)
    ws = openpyxl.load_workbook(out)["No.56"]
    kinds = [c.value for row in ws.iter_rows() for c in row if c.value in ("目標", "実績")]
    assert kinds == ["目標", "目標", "実績"]
    assert read_xlsx(out, EDITION).sheets[0].project.initiatives == p.initiatives


def test_text_too_long_for_a_cell_is_refused_and_target_untouched(roadmap: Roadmap, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    out.write_bytes(b"previous")
    roadmap.projects[0].overview = "あ" * 40000
    with pytest.raises(RoadmapError, match="32,767"):
        export_xlsx(roadmap, roadmap.projects, out)
    assert out.read_bytes() == b"previous"
    assert list(tmp_path.iterdir()) == [out]


def test_cancel_leaves_no_file(roadmap: Roadmap, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    with pytest.raises(Cancelled):
        export_xlsx(roadmap, roadmap.projects, out, progress=lambda done, total: done < 1)
    assert list(tmp_path.iterdir()) == []


def test_selected_projects_keep_their_sheet_numbers(roadmap: Roadmap, tmp_path: Path) -> None:
    out = tmp_path / "one.xlsx"
    export_xlsx(roadmap, roadmap.projects[1:], out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["一覧", "全体工程表", "No.57", "_roadmap"]
    assert read_xlsx(out, EDITION).sheets[0].sheet_no == 57


def test_merges_are_well_formed_and_never_overlap(sample: Roadmap, tmp_path: Path) -> None:
    """Overlapping or reversed merged ranges make Excel offer to 'repair' the file."""
    out = tmp_path / "sample.xlsx"
    export_xlsx(sample, sample.projects, out)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        seen: set[tuple[int, int]] = set()
        for rng in ws.merged_cells.ranges:
            assert rng.min_row <= rng.max_row and rng.min_col <= rng.max_col
            cells = {(r, c) for r in range(rng.min_row, rng.max_row + 1) for c in range(rng.min_col, rng.max_col + 1)}
            assert not cells & seen, f"{ws.title}: {rng} overlaps"
            seen |= cells


def _excel_column_px(width: float, mdw: int) -> int:
    """ECMA-376 Part 1, 18.3.1.13 (col/@width): the pixels of a column of stored *width* in a workbook
    whose default font's maximum digit width is *mdw* px (the padding counted in the width)."""
    return math.trunc(((256 * width + math.trunc(128 / mdw)) / 256) * mdw)


def test_stored_column_widths_are_the_layouts_millimetres_in_excel(roadmap: Roadmap, tmp_path: Path) -> None:
    """The workbook's default font is Calibri 11 (Excel: 7 px a digit), and each column's stored width
    is shown by Excel, per the spec, as the layout's mm to the nearest pixel: no padding taken off."""
    assert _excel_column_px(9.140625, 7) == 64  # Excel's default column (its UI says 8.43, padding left out)
    out = tmp_path / "w.xlsx"
    export_xlsx(roadmap, roadmap.projects[:1], out)
    with zipfile.ZipFile(out) as z:
        styles = z.read("xl/styles.xml").decode()
    first_font = re.search(r"<fonts[^>]*>\s*<font>(.*?)</font>", styles, re.S)
    assert first_font and '<name val="Calibri"' in first_font[1] and '<sz val="11"' in first_font[1]
    ws = openpyxl.load_workbook(out)["No.56"]
    cols = ColumnGrid.build(roadmap.edition)
    px_mm = 25.4 / 96
    for c in range(1, cols.count + 1):
        stored = ws.column_dimensions[get_column_letter(c)].width
        shown = _excel_column_px(stored, 7) * px_mm
        assert abs(shown - cols.width_mm(c)) <= px_mm / 2 + 1e-9, (c, stored, shown, cols.width_mm(c))
        assert printed_width_mm(cols.width_mm(c)) == pytest.approx(shown)  # what text is measured against
    months = range(cols.first_month_col, cols.count + 1)
    assert len(months) == 60
    shown_months = sum(_excel_column_px(ws.column_dimensions[get_column_letter(c)].width, 7) for c in months)
    assert abs(shown_months * px_mm - sum(cols.width_mm(c) for c in months)) < 1.0  # the old widths: 79 mm short
