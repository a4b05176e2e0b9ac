"""The one content step (layout/content.py) and the one palette (layout/palette.py).

Each output is read the way a person or another program sees it (the laid-out page, the workbook's
cells, the PDF's drawing operators) and compared with what the content step computed, so an output
that clipped, stacked or coloured on its own would fail here.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from roadmap_desktop.core.fields import FIELDS
from roadmap_desktop.core.labels import ACTUAL_LABEL
from roadmap_desktop.core.model import Bar, Initiative, Project, Roadmap, Row
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.export.xlsx_layout import ColumnGrid
from roadmap_desktop.layout.content import SheetContent, sheet_content
from roadmap_desktop.layout.palette import COLOUR, PRINT, Colour, Palette, hex_rgb, is_grey
from roadmap_desktop.layout.sheet import layout_sheet
from roadmap_desktop.paths import sample_path

Placed = tuple[int, Row, int, int, int]  # initiative, row, first, last, lane


@pytest.fixture(scope="module")
def sample() -> Roadmap:
    rm = load_sample(sample_path())
    # one project with bars outside the window and three bars sharing months: clipping and lanes matter
    p = rm.projects[0]
    ed = rm.edition
    m = ed.first_month
    p.initiatives.append(
        Initiative(
            "重なる取組",
            "計画",
            [
                Bar(m.shifted(-6), m.shifted(2), "窓の前から"),
                Bar(m.shifted(1), m.shifted(4), "重なり"),
                Bar(m.shifted(3), m.shifted(8), "もう一つ"),
                Bar(m.shifted(58), m.shifted(70), "窓の後ろへ", continues=True),
            ],
            [Bar(m.shifted(0), m.shifted(1), "")],
        )
    )
    return rm


def _contents(rm: Roadmap, palette: Palette = PRINT) -> list[SheetContent]:
    return [sheet_content(rm.edition, p, no, palette) for p, no in zip(rm.projects, rm.sheet_numbers(), strict=True)]


def _expected(content: SheetContent) -> list[Placed]:
    return sorted(
        (ini.index, row, p.first, p.last, p.lane)
        for ini in content.initiatives
        for row in (Row.PLAN, Row.ACTUAL)
        for p in ini.row(row).bars
    )


def test_the_content_step_clips_to_the_window_and_stacks_overlaps(sample: Roadmap) -> None:
    content = _contents(sample)[0]
    ini = content.initiatives[-1]
    assert [(p.first, p.last, p.lane) for p in ini.plan.bars] == [(0, 2, 0), (1, 4, 1), (3, 8, 0), (58, 59, 0)]
    assert ini.plan.lanes == 2 and ini.actual.lanes == 1
    for f in FIELDS:
        assert "\t" not in content.printed(f.attr)
    assert content.printed("budget") == (f"{content.project.budget:,}" if content.project.budget else "未入力")


def test_the_sheet_layout_draws_exactly_the_content_steps_bars(sample: Roadmap) -> None:
    for content in _contents(sample):
        sheet = layout_sheet(content.edition, content.project, content.sheet_no)
        drawn = sorted((b.initiative, b.row, b.first, b.last, b.lane) for page in sheet.pages for b in page.bars)
        assert drawn == _expected(content), content.sheet_no


def _excel_bars(ws: openpyxl.worksheet.worksheet.Worksheet, cols: ColumnGrid, content: SheetContent) -> list[Placed]:
    """The bars of a project worksheet, read from its cells: a bar is a filled month cell or a merged
    range of them; rows are the timeline's rows in order, one per lane."""
    kind_col = cols.first_month_col - 1
    rows = [r for r in range(1, ws.max_row + 1) if ws.cell(r, kind_col).value in ("計画", "目標", ACTUAL_LABEL)]
    # a 区分 cell merged over a label line above its bars names the line's row: the bars are in the last
    down = {m.min_row: m.max_row for m in ws.merged_cells.ranges if m.min_col == kind_col and m.max_row > m.min_row}
    first_month = cols.first_month_col
    rows = [
        down[r] if r in down and all(ws.cell(r, c).fill.fill_type != "solid" for c in range(first_month, first_month + 60))
        else r
        for r in rows
    ]  # fmt: skip
    # the rows each initiative takes: its plan lanes, then its actual lanes
    layout: list[tuple[int, Row, int]] = [
        (ini.index, row, lane)
        for ini in content.initiatives
        for row in (Row.PLAN, Row.ACTUAL)
        for lane in range(ini.row(row).lanes)
    ]
    assert len(rows) == len(layout), content.sheet_no
    first = cols.first_month_col
    merged = {(m.min_row, m.min_col): m.max_col for m in ws.merged_cells.ranges if m.min_row == m.max_row}
    found: list[Placed] = []
    for r, (index, row, lane) in zip(rows, layout, strict=True):
        want = content.palette.actual_fill if row is Row.ACTUAL else content.palette.plan_fill
        c = first
        while c < first + 60:
            cell = ws.cell(r, c)
            if cell.fill.fill_type != "solid":
                c += 1
                continue
            assert cell.fill.fgColor.rgb[-6:] == hex_rgb(want)
            last = merged.get((r, c), c)  # a bar of one month is one cell, a longer one a merged range
            found.append((index, row, c - first, last - first, lane))
            c = last + 1
    return sorted(found)


def test_the_excel_workbook_draws_exactly_the_content_steps_bars_and_texts(sample: Roadmap, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    sheets = export_xlsx(sample, sample.projects, out)
    wb = openpyxl.load_workbook(out)
    cols = ColumnGrid.build(sample.edition)
    contents = {c.project.id: c for c in _contents(sample, COLOUR)}
    for title, _no, pid in sheets:
        content = contents[pid]
        ws = wb[title]
        assert _excel_bars(ws, cols, content) == _expected(content), title
        values = {c.value for row in ws.iter_rows() for c in row if c.value is not None}
        for f in FIELDS:
            value = content.cell_value(f.attr)
            assert value is None or value in values, (title, f.attr)


def _luminance(c: Colour) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: Colour, b: Colour) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("palette", [COLOUR, PRINT], ids=lambda p: p.name)
def test_every_text_of_the_sheet_is_readable_on_its_fill(palette: Palette) -> None:
    for text, fill in (
        (palette.plan_text, palette.plan_fill),
        (palette.actual_text, palette.actual_fill),
        (palette.ink, palette.label_fill),
        (palette.ink, palette.band_fill),
        *((palette.status_ink(s), c) for s, c in palette.status.items()),
    ):
        assert _contrast(text, fill) >= 3.0, (palette.name, text, fill)


def test_the_print_palette_reads_apart_in_black_and_white() -> None:
    sheet_roles = ("ink", "label_fill", "band_fill", "grid_month", "grid_quarter", "grid_year", "plan_fill",
                   "plan_text", "actual_fill", "actual_text", "bar_line", "overview_plan", "overview_actual",
                   "reference")  # fmt: skip
    assert all(is_grey(getattr(PRINT, role)) for role in sheet_roles)
    # the progress report's chips too: four greys far apart (each also says its status in words)
    chips = sorted(c[0] for c in PRINT.status.values())
    assert all(is_grey(c) for c in PRINT.status.values()) and min(b - a for a, b in itertools.pairwise(chips)) >= 0.15
    # a monochrome printer keeps only lightness: 計画 and 実績 (and the overview's two bars) far apart
    assert _luminance(PRINT.plan_fill) - _luminance(PRINT.actual_fill) > 0.5
    assert _luminance(PRINT.overview_plan) - _luminance(PRINT.overview_actual) > 0.4
    assert not is_grey(COLOUR.plan_fill) and not is_grey(COLOUR.actual_fill)


def _operands(colour: object) -> tuple[float, ...]:
    values = colour if isinstance(colour, tuple | list) else (colour,)
    return tuple(round(float(v), 3) for v in values)  # type: ignore[arg-type]


def _fills(pdf_path: Path) -> set[tuple[float, ...]]:
    """Every fill colour the PDF paints with, as its operands: one for a grey, three for RGB."""
    with pdfplumber.open(pdf_path) as pdf:
        return {
            _operands(obj["non_stroking_color"])
            for page in pdf.pages
            for obj in list(page.rects) + list(page.curves) + list(page.chars)
            if obj.get("non_stroking_color") is not None
        }


def test_a_pdf_is_print_safe_by_default_and_in_the_screens_colours_on_request(sample: Roadmap, tmp_path: Path) -> None:
    projects: list[Project] = sample.projects[:3]
    grey_pdf, colour_pdf = tmp_path / "grey.pdf", tmp_path / "colour.pdf"
    export_pdf(sample, projects, grey_pdf)
    export_pdf(sample, projects, colour_pdf, palette=COLOUR)
    grey_fills = _fills(grey_pdf)
    assert grey_fills and all(len(c) == 1 for c in grey_fills)  # one operand: a grey, nothing in colour
    assert (round(PRINT.actual_fill[0], 3),) in grey_fills
    colour_fills = _fills(colour_pdf)
    assert tuple(round(v, 3) for v in COLOUR.actual_fill) in colour_fills
    assert tuple(round(v, 3) for v in COLOUR.plan_fill) in colour_fills


def test_the_command_line_writes_the_colour_pdf_only_when_asked(tmp_path: Path) -> None:
    from roadmap_desktop.cli import main

    path = tmp_path / "s.roadmap"
    assert main(["new", str(path), "--sample"]) == 0
    plain, coloured = tmp_path / "plain.pdf", tmp_path / "colour.pdf"
    assert main(["export", str(path), "--pdf", str(plain), "--project", "56"]) == 0
    assert main(["export", str(path), "--pdf", str(coloured), "--project", "56", "--colour"]) == 0
    assert all(len(c) == 1 for c in _fills(plain))
    assert tuple(round(v, 3) for v in COLOUR.actual_fill) in _fills(coloured)
