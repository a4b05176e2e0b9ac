"""The workbook prints whole whatever Japanese font the spreadsheet uses: printed by LibreOffice with
IPAexGothic and with Noto Sans CJK JP (a taller line), every text of every sheet is on paper, in full.

Each font is pinned through the tests' private fontconfig (tests/lo_print.py: only that font, every family
mapped to it), so the result never depends on the fonts the machine happens to have. One LibreOffice run
per font prints every workbook of the session (private profile). The print is
read back cell by cell (pdfplumber: the ruled cells of the page, each cropped and read on its own).

A control workbook whose rows keep the layout's fixed heights (as before rows were measured from their
text) shows that the check can fail: under Noto, a long 概要 (No.72's twice over) loses lines.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pdfplumber
import pytest
from lo_print import convert

from roadmap_desktop.core.model import Project, Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export import xlsx as xlsx_export
from roadmap_desktop.export.xlsx_layout import TEXT_INDENT, printed_width_mm, text_height_points, wrapped_line_count
from roadmap_desktop.paths import sample_path

FONTS = {
    # the name the PDF gives the font, the family pinned for the whole run (tests/lo_print.py)
    "ipaex": ("IPAexGothic", "IPAexGothic"),
    "noto": ("NotoSansCJKjp", "Noto Sans CJK JP"),
}


@pytest.fixture(scope="session")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """font → workbook name → its print: the sample's workbook, and the control (fixed row heights)."""
    root = tmp_path_factory.mktemp("xlsx_fonts")
    sample = load_sample(sample_path())
    books = {"sample": root / "sample.xlsx", "control": root / "control.xlsx", "long": root / "long.xlsx"}
    xlsx_export.export_xlsx(sample, sample.projects, books["sample"])
    xlsx_export.export_xlsx(sample, [_long72(sample)], books["long"])
    grow = xlsx_export._SheetBuilder._grow_rows_to_text
    try:  # the control: the layout's fixed heights, as the workbook had them before
        xlsx_export._SheetBuilder._grow_rows_to_text = lambda self, grid: None  # type: ignore[method-assign]
        xlsx_export.export_xlsx(sample, [_long72(sample)], books["control"])
    finally:
        xlsx_export._SheetBuilder._grow_rows_to_text = grow  # type: ignore[method-assign]
    result: dict[str, dict[str, Path]] = {}
    for key, (_, family) in FONTS.items():  # one LibreOffice run per font, the font pinned (tests/lo_print.py)
        out = convert(list(books.values()), root / key, font=family)
        result[key] = dict(zip(books, out, strict=True))
    return result


def _long72(sample: Roadmap) -> Project:
    """No.72 with its 概要 twice over: more lines than the layout's fixed 概要 row holds in any font (the
    columns print at the layout's widths, so No.72's own 概要 now fits even there)."""
    p = copy.deepcopy(sample.projects[16])
    p.overview = p.overview + "\n" + p.overview
    return p


def _norm(text: str) -> str:
    """Whitespace removed; ～ (U+FF5E) as 〜 (U+301C): one glyph, which a PDF may name either way."""
    return re.sub(r"\s+", "", text).replace("\uff5e", "\u301c")


def _cell_texts(pdf_path: Path) -> list[set[str]]:
    """Per page, the text of each ruled cell (whitespace removed): a line clipped off a cell is missing."""
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            cells = {c for table in page.find_tables() for row in table.rows for c in row.cells if c}
            pages.append({_norm(page.crop(c).extract_text() or "") for c in cells})
    return pages


def _texts_of(project: Project) -> dict[str, str]:
    texts = {attr: getattr(project, attr) for attr in ("name", "overview", "issues", "approach", "change")}
    texts |= {f"取組{i + 1}": ini.name for i, ini in enumerate(project.initiatives) if ini.name}
    return {k: _norm(v) for k, v in texts.items() if _norm(v)}


@pytest.mark.parametrize("font", list(FONTS))
def test_the_font_is_pinned(printed: dict[str, dict[str, Path]], font: str) -> None:
    with pdfplumber.open(printed[font]["sample"]) as pdf:
        used = {c["fontname"].split("+")[-1] for page in pdf.pages[:4] for c in page.chars}
    assert used and all(name.startswith(FONTS[font][0]) for name in used), used


@pytest.mark.parametrize("font", list(FONTS))
def test_every_text_of_every_sheet_prints_whole(printed: dict[str, dict[str, Path]], font: str) -> None:
    sample = load_sample(sample_path())
    pages = _cell_texts(printed[font]["sample"])
    for project in sample.projects:
        texts = _texts_of(project)
        names = {_norm(p.name) for p in sample.projects}
        at = [i for i, cells in enumerate(pages) if texts["name"] in cells]  # the sheet's page: its name in a cell
        assert at, (font, project.name)
        # and the printed pages it runs on to (no sheet's name on them: its initiatives, its notes)
        at += [j for i in at for j in range(i + 1, len(pages)) if not names & pages[j] and j - 1 in at]
        home = [pages[i] for i in sorted(set(at))]
        cells = set().union(*home)
        # whole within one ruled cell (a note row without a rule of its own may share the cell's box)
        missing = [key for key, text in texts.items() if not any(text in cell for cell in cells)]
        assert not missing, (font, project.name, missing)


def test_no72_whole_in_the_taller_font_only_with_measured_rows(printed: dict[str, dict[str, Path]]) -> None:
    """The check can fail: rows of fixed height lose a long 概要 (No.72's twice) under Noto (its lines
    are taller); measured rows print it whole."""
    sample = load_sample(sample_path())
    assert sample.projects[16].name == "県庁スマートワーク推進事業"
    overview = _norm(_long72(sample).overview)
    control = set().union(*_cell_texts(printed["noto"]["control"]))
    assert not any(overview in cell for cell in control)
    assert any(c and c in overview for c in control if len(c) > 20)  # part of it printed, not all
    fitted = set().union(*_cell_texts(printed["noto"]["long"]))
    assert any(overview in cell for cell in fitted)


def test_line_counting_is_width_aware_and_keeps_latin_words_whole() -> None:
    assert wrapped_line_count("あいうえお", 10) == 1  # five wide characters, two half units each
    assert wrapped_line_count("あいうえおか", 10) == 2
    assert wrapped_line_count("abcdefghi", 10) == 1  # narrow: 1.1 units each
    assert wrapped_line_count("abcdefghij", 10) == 2
    assert wrapped_line_count("あい\nう", 10) == 2  # a line break is a line
    assert wrapped_line_count("ああああ ICT", 10) == 2  # the word ICT goes whole to the next line
    assert text_height_points("あ" * 40, 30.0, 8.0) > text_height_points("あ" * 10, 30.0, 8.0)


def test_rows_grow_to_their_text(sample: Roadmap, tmp_path: Path) -> None:
    """In the file itself: the 概要 cell of No.72 is given the height its lines need."""
    import openpyxl

    out = tmp_path / "r.xlsx"
    xlsx_export.export_xlsx(sample, [sample.projects[16]], out)
    ws = openpyxl.load_workbook(out)["No.72"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == sample.projects[16].overview)
    span = next((r for r in ws.merged_cells.ranges if cell.coordinate in r), None)
    rows = range(span.min_row, span.max_row + 1) if span else range(cell.row, cell.row + 1)
    cols = range(span.min_col, span.max_col + 1) if span else range(cell.column, cell.column + 1)
    cols_grid = xlsx_export.ColumnGrid.build(sample.edition)
    width = sum(printed_width_mm(cols_grid.width_mm(c)) for c in cols)
    height = sum(ws.row_dimensions[r].height for r in rows)
    assert height >= text_height_points(cell.value, width, 8.0, TEXT_INDENT) - 0.01  # at the indented width
