"""Every project sheet prints at 100 %: its rows, page by page between the stored breaks, fit the A4
landscape page's body, and it is fitted one page wide and one page tall (one page) or only one page
wide (more: a fit in pages tall ignores manual breaks), so Excel's fit never shrinks it (labels sized
at 6 pt print at 6 pt). Computed from the stored workbook (row heights, column widths, margins, breaks,
print titles) with Excel's own rules, not with the export's helpers."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate_roadmap

from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.paths import sample_path

A4_LONG_PT, A4_SHORT_PT = 297 / 25.4 * 72, 210 / 25.4 * 72
PX_PT = 0.75  # Excel lays rows and columns out in whole pixels at 96 dpi


def _row_pt(ws: openpyxl.worksheet.worksheet.Worksheet, r: int) -> float:
    """A row as Excel prints it: its stored height, up to whole pixels (the stricter reading)."""
    h = ws.row_dimensions[r].height
    h = 15.0 if h is None else h
    return math.ceil(round(h / PX_PT, 6)) * PX_PT


def _col_pt(width: float) -> float:
    """A stored column width as Excel shows it (ECMA-376 Part 1, 18.3.1.13: Calibri 11's 7 px digit)."""
    return math.trunc((256 * width + math.trunc(128 / 7)) / 256 * 7) * PX_PT


def _zoom_and_pages(ws: openpyxl.worksheet.worksheet.Worksheet) -> tuple[float, int, list[float]]:
    """Excel's print zoom for a sheet fitted fitToWidth × fitToHeight, the printed pages by the manual
    breaks, and each page's rows (pt, print titles included). Excel may ignore manual breaks under
    fit-to-page and break where a page is full: the zoom is the smallest that fits both ways."""
    m = ws.page_margins
    body_h = A4_SHORT_PT - (m.top + m.bottom) * 72
    body_w = A4_LONG_PT - (m.left + m.right) * 72
    last_col = max(ws.column_dimensions[k].max or 0 for k in ws.column_dimensions)
    width = sum(
        _col_pt(ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width) for c in range(1, last_col + 1)
    )
    rows = ws.max_row
    titles: list[int] = []
    if ws.print_title_rows:
        a, b = (int(x.strip("$")) for x in ws.print_title_rows.split(":"))
        titles = list(range(a, b + 1))
    title_pt = sum(_row_pt(ws, r) for r in titles)
    ends = [*sorted(b.id for b in ws.row_breaks.brk), rows]
    pages, start = [], 1
    for end in ends:  # the manual pages; the title rows repeat on every page after the one they are on
        repeat = title_pt if titles and start > titles[-1] else 0.0
        pages.append(repeat + sum(_row_pt(ws, r) for r in range(start, end + 1)))
        start = end + 1
    auto, used = 1, 0.0  # Excel's own breaks at 100 %: a page as full as it goes
    for r in range(1, rows + 1):
        if used + _row_pt(ws, r) > body_h + 1e-6 and used > 0:
            auto += 1
            used = title_pt if titles and r > titles[-1] else 0.0
        used += _row_pt(ws, r)
    fit_h = ws.page_setup.fitToHeight
    zoom = min(1.0, body_w / width)
    if fit_h:  # fitted to pages tall: the manual breaks do not count, Excel's own do
        assert not ws.row_breaks.brk, "a fit in pages tall ignores manual breaks (Excel, LibreOffice)"
        if auto > fit_h:
            zoom = min(zoom, fit_h * body_h / sum(pages))
    return zoom, len(pages), pages


@pytest.mark.parametrize("which", ["sample", "bench"])
def test_every_project_sheet_prints_at_100_percent_page_by_page(which: str, tmp_path: Path) -> None:
    rm: Roadmap = load_sample(sample_path()) if which == "sample" else generate_roadmap(150)
    out = tmp_path / f"{which}.xlsx"
    export_xlsx(rm, rm.projects, out)
    book = openpyxl.load_workbook(out)
    sheets = [ws for ws in book.worksheets if ws.title.startswith("No.")]
    assert len(sheets) == len(rm.projects)
    m = sheets[0].page_margins
    body_h = A4_SHORT_PT - (m.top + m.bottom) * 72
    bad, overflow = [], 0
    for ws in sheets:
        zoom, _, pages = _zoom_and_pages(ws)
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        if zoom < 1.0 or ws.page_setup.fitToHeight not in (0, 1) or max(pages) > body_h + 1e-6:
            bad.append((ws.title, round(zoom, 3), ws.page_setup.fitToHeight, [round(p) for p in pages]))
        if ws.print_title_rows:
            overflow += 1
    assert not bad, bad
    if which == "sample":  # every sample sheet prints on one page: No.62, 72 and 73 ran over a second page
        assert overflow == 0  # for a few millimetres, until their text columns gave their spare room back
    else:  # the generated book has sheets too full for that: the run-over pages are exercised here too
        assert overflow >= 1
