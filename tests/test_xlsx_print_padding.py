"""The workbook's printed page: every cell's text clear of its rules (about 1 mm at least), every text
whole at the narrower width the padding leaves, and a sheet that runs on over a further printed page
headed on that page as the PDF heads its （続き） page.

Printed once per font by LibreOffice (Calibri as Carlito, as an office PC has Calibri; the Japanese font
pinned, tests/lo_print.py) in two fonts of different line height, each print parsed once. The print is
read as a reader sees it: the ruled cells of each page, the characters inside them, the words above the
table (the page header) and the footer's "No. 72  2/2"."""

from __future__ import annotations

import copy
import dataclasses
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pdfplumber
import pytest
from lo_print import CALIBRI_FILE, FONT_FILES, convert
from reportlab.pdfbase.ttfonts import TTFont

from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export import xlsx as xlsx_export
from roadmap_desktop.export.xlsx_layout import (
    INDENT_MM,
    LINE_EM,
    TEXT_INDENT,
    ColumnGrid,
    printed_width_mm,
    text_height_points,
)
from roadmap_desktop.paths import sample_path

PT_MM = 25.4 / 72
FONTS = ("IPAexGothic", "Noto Sans CJK JP")  # Noto's lines are the taller
NAME = "=SUM(A1)&研究　県庁スマートワーク推進事業"  # No.72 renamed: a formula's "=" and a header code's "&"
MIN_PAD_MM = 1.0  # the issue: "at least about 1 mm of padding in every cell"
_FOOTER = re.compile(r"No\.(\d+)(\d+)/(\d+)$")


def _norm(text: str) -> str:
    """Whitespace removed; ～ (U+FF5E) as 〜 (U+301C): one glyph, which a PDF may name either way."""
    return re.sub(r"\s+", "", text).replace("\uff5e", "\u301c")


@dataclass
class _Page:
    cells: list[tuple[float, float, float, float]]  # ruled cells: x0, top, x1, bottom (pt)
    lines: list[tuple[int, str, float, float]]  # per cell, per printed line: cell index, text, x0, x1
    cell_texts: list[str]  # each cell's text, whitespace removed
    above: str  # the words above the table (the page header)
    above_bottom: float  # the lowest of them (pt), 0 without
    table_top: float  # the topmost rule of the table (pt)
    footer: tuple[int, int, int] | None  # sheet No., page, pages


def _parse(pdf_path: Path) -> list[_Page]:
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            cells = sorted({c for t in page.find_tables() for row in t.rows for c in row.cells if c})
            chars = [c for c in page.chars if not c["text"].isspace()]
            lines: list[tuple[int, str, float, float]] = []
            texts = []
            for i, (x0, top, x1, bottom) in enumerate(cells):
                inside = [
                    c for c in chars
                    if x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= x1 + 0.5 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
                ]  # fmt: skip
                by_line: dict[int, list[dict[str, Any]]] = {}
                for c in inside:
                    by_line.setdefault(round(c["top"]), []).append(c)
                for run in by_line.values():
                    run.sort(key=lambda c: c["x0"])
                    lines.append((i, "".join(c["text"] for c in run), run[0]["x0"], run[-1]["x1"]))
                texts.append(_norm(page.crop((x0, top, x1, bottom)).extract_text() or ""))
            table_top = min((c[1] for c in cells), default=page.height)
            above = [c for c in chars if c["bottom"] <= table_top]
            words = page.extract_words()
            foot = _norm("".join(w["text"] for w in words if w["top"] > page.height - 45))
            m = _FOOTER.search(foot)
            pages.append(
                _Page(
                    cells, lines, texts,
                    _norm("".join(c["text"] for c in sorted(above, key=lambda c: (round(c["top"]), c["x0"])))),
                    max((c["bottom"] for c in above), default=0.0), table_top,
                    (int(m[1]), int(m[2]), int(m[3])) if m else None,
                )
            )  # fmt: skip
    return pages


def _roadmap() -> Roadmap:
    rm = load_sample(sample_path())
    no72 = next(p for p in rm.projects if p.name == "県庁スマートワーク推進事業")
    no72.name = NAME
    # one more 取組: too tall for one page even with its text columns down to their text (it ran over as
    # published until the workbook gave a one-page sheet's spare text room back first)
    no72.initiatives += [dataclasses.replace(copy.deepcopy(i), name=f"{i.name}（第2期）") for i in no72.initiatives[:1]]
    return rm


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Roadmap, Path]:
    rm = _roadmap()
    path = tmp_path_factory.mktemp("xlsx_padding") / "sample.xlsx"
    xlsx_export.export_xlsx(rm, rm.projects, path)
    return rm, path


@pytest.fixture(scope="module")
def pdfs(book: tuple[Roadmap, Path]) -> dict[str, Path]:
    """font → the workbook's print: one LibreOffice run per font."""
    _, path = book
    return {font: convert([path], path.parent / font.replace(" ", "_"), font=font, calibri=True)[0] for font in FONTS}


@pytest.fixture(scope="module")
def printed(pdfs: dict[str, Path]) -> dict[str, list[_Page]]:
    """font → the print, parsed once."""
    return {font: _parse(pdf) for font, pdf in pdfs.items()}


# --- the stored workbook --------------------------------------------------------------------------


def _space_mm(font_file: Path, size: float = 11.0) -> float:
    return TTFont("probe", str(font_file)).stringWidth(" ", size) * PT_MM


def test_an_indent_level_is_measured_as_the_widest_of_excel_and_libreoffice() -> None:
    """Excel insets a level by three spaces of the Normal font on whole points (9 pt for Calibri 11);
    LibreOffice by three spaces of the default font: Calibri (Carlito) or what stands in for it."""
    excel = 9 * PT_MM
    libreoffice = [3 * _space_mm(CALIBRI_FILE), 3 * _space_mm(FONT_FILES["IPAexGothic"])]
    assert max(excel, *libreoffice) - 0.05 <= INDENT_MM
    assert INDENT_MM * TEXT_INDENT >= MIN_PAD_MM


def test_text_cells_are_indented_numbers_padded_and_rows_measured_at_the_narrower_width(
    book: tuple[Roadmap, Path],
) -> None:
    rm, path = book
    wb = openpyxl.load_workbook(path)
    cols = ColumnGrid.build(rm.edition)
    ws = wb["No.72"]
    spans = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}
    texts = {rm.projects[16].overview, rm.projects[16].issues, rm.projects[16].approach, NAME}
    texts |= {i.name for i in rm.projects[16].initiatives}
    seen = narrower = 0
    for row in ws.iter_rows():
        for cell in row:
            if cell.value not in texts:
                continue
            seen += 1
            assert cell.alignment.horizontal == "left" and cell.alignment.indent == TEXT_INDENT, cell.coordinate
            span = spans.get((cell.row, cell.column))
            c0, c1 = (span.min_col, span.max_col) if span else (cell.column, cell.column)
            r0, r1 = (span.min_row, span.max_row) if span else (cell.row, cell.row)
            width = sum(printed_width_mm(cols.width_mm(c)) for c in range(c0, c1 + 1))
            height = sum(ws.row_dimensions[r].height or 15.0 for r in range(r0, r1 + 1))
            assert height >= text_height_points(cell.value, width, 8.0, TEXT_INDENT) - 0.01, cell.coordinate
            narrower += text_height_points(cell.value, width, 8.0, TEXT_INDENT) > text_height_points(
                cell.value, width, 8.0
            )
    assert seen == len(texts) and narrower  # the indent costs lines somewhere, and they are given
    budget = next(c for row in ws.iter_rows() for c in row if c.value == rm.projects[16].budget)
    assert budget.alignment.horizontal == "right" and budget.number_format.split(";")[0].endswith("_0")
    listing = wb["一覧"]
    assert listing.cell(3, 2).alignment.indent == TEXT_INDENT and listing.cell(3, 6).number_format.endswith("@_0")
    overview = wb["全体工程表"]
    name = next(c for row in overview.iter_rows() for c in row if c.value == NAME)
    assert name.alignment.horizontal == "left" and name.alignment.indent == TEXT_INDENT


def test_only_a_sheet_that_runs_on_has_the_heading_escaped_for_excel(book: tuple[Roadmap, Path]) -> None:
    _, path = book
    wb = openpyxl.load_workbook(path)
    headed = []
    for ws in wb.worksheets:
        if not ws.title.startswith("No."):
            continue
        pages = len(ws.row_breaks.brk) + 1
        assert ws.oddFooter.right.text.endswith(f"&P/{pages}") and ws.page_setup.firstPageNumber == 1
        if ws.HeaderFooter.differentFirst:
            headed.append(ws.title)
            assert not ws.firstHeader.left.text and ws.firstFooter.right.text == ws.oddFooter.right.text
            assert pages > 1
        else:
            assert not ws.oddHeader.left.text
    assert "No.72" in headed
    # Excel prints the header over the body if it reaches it: one 9 pt line, as tall as Excel rows it
    # (Yu Gothic, LINE_EM), from the header margin, ends above the top margin
    m = wb["No.72"].page_margins
    assert wb["No.72"].oddHeader.left.size == xlsx_export.HEADING_PT
    assert m.header * 25.4 + xlsx_export.HEADING_PT * LINE_EM * PT_MM < m.top * 25.4 - 1.0
    head = wb["No.72"].oddHeader.left.text
    assert "=SUM(A1)&&研究" in head and "&研究" not in head.replace("&&", "")
    long = xlsx_export.header_text(xlsx_export.run_over_heading("令和６年度", 5, "&" * 400))
    assert len(long) <= 255 - 8 and long.endswith("…") and "&&" * 100 in long
    assert len(re.search(r"&+…$", long)[0]) % 2 == 1  # whole "&&" pairs: no code left half-written


# --- the print ------------------------------------------------------------------------------------


@pytest.mark.parametrize("font", FONTS)
def test_every_cells_text_is_clear_of_its_rules(printed: dict[str, list[_Page]], font: str) -> None:
    """Every line of text in a ruled cell begins at least about 1 mm right of the cell's left rule (the
    left-aligned text by its indent), and a number ends as far left of its right rule. (A month cell of
    the timeline, 3.7 mm wide, holds at most a ※ mark: the bar labels' own rule.)"""
    close, numbers, indented = [], 0, 0
    for n, page in enumerate(printed[font]):
        for i, text, x0, x1 in page.lines:
            c0, _, c1, _ = page.cells[i]
            if (c1 - c0) * PT_MM < 5.0:
                continue
            left, right = (x0 - c0) * PT_MM, (c1 - x1) * PT_MM
            indented += left >= INDENT_MM * 0.8
            if left < MIN_PAD_MM:
                close.append((n + 1, text[:12], round(left, 2)))
            if re.fullmatch(r"[\d,]+", text):
                numbers += 1
                if right < MIN_PAD_MM:
                    close.append((n + 1, text, "right", round(right, 2)))
    assert numbers >= 40 and indented >= 300  # 一覧's budgets and the sheets' (R6事業費); every text cell
    assert not close, close


@pytest.mark.parametrize("font", FONTS)
def test_every_text_prints_whole_at_the_indented_width(printed: dict[str, list[_Page]], font: str) -> None:
    """Every text field, name and 取組 of every sheet is whole within one ruled cell of the sheet's pages;
    the longest 概要 paragraph by paragraph (a lost line would drop one)."""
    rm = _roadmap()
    numbers = dict(zip((p.id for p in rm.projects), rm.sheet_numbers(), strict=True))
    pages = printed[font]
    longest = max(rm.projects, key=lambda p: len(p.overview))
    assert longest.overview.count("\n") >= 2
    for project in rm.projects:
        cells = {t for p in pages if p.footer and p.footer[0] == numbers[project.id] for t in p.cell_texts}
        assert cells, project.name
        texts = [project.name, project.overview, project.issues, project.approach, project.change]
        texts += [i.name for i in project.initiatives]
        if project is longest:
            texts += project.overview.split("\n")
        missing = [t[:15] for t in texts if _norm(t) and not any(_norm(t) in c for c in cells)]
        assert not missing, (font, project.name, missing)
    listing = set(pages[0].cell_texts)  # the 一覧 (first): a wrapped name's row is as tall as its lines
    assert "事業名" in listing
    assert [p.name for p in rm.projects if _norm(p.name) not in listing] == []


def _sheet_pages(pages: list[_Page], no: int) -> list[_Page]:
    return [p for p in pages if p.footer and p.footer[0] == no]


@pytest.mark.parametrize("font", FONTS)
def test_a_run_over_page_is_headed_as_the_pdfs_continued_page(
    printed: dict[str, list[_Page]], book: tuple[Roadmap, Path], font: str
) -> None:
    """Every sheet prints in the pages its breaks make (LibreOffice adds none: the room its header takes
    is kept), numbered 1/2, 2/2; its first page carries no heading, each further page its title with
    （続き）, its No. and its project's name, literally (& and =), above the table and clear of it."""
    rm, path = book
    numbers = dict(zip((p.id for p in rm.projects), rm.sheet_numbers(), strict=True))
    title = _norm(rm.edition.title)
    run_over = []
    for project in rm.projects:
        no = numbers[project.id]
        sheet = _sheet_pages(printed[font], no)
        assert [p.footer for p in sheet] == [(no, k + 1, len(sheet)) for k in range(len(sheet))], no
        assert "続き" not in sheet[0].above and sheet[0].above.startswith(title), sheet[0].above
        for page in sheet[1:]:
            assert page.above == _norm(f"{title}（続き）No.{no}{project.name}"), (font, no, page.above)
            assert page.above_bottom < page.table_top - 2.0  # the header clear of the body
            assert page.table_top >= 10 / PT_MM - 0.5  # the body below the top margin, where it was
        if len(sheet) > 1:
            run_over.append(no)
    assert 72 in run_over, run_over
    full = openpyxl.load_workbook(path)
    for project in rm.projects:  # as many pages as the stored breaks make: LibreOffice broke nowhere else
        no = numbers[project.id]
        assert len(_sheet_pages(printed[font], no)) == len(full[f"No.{no}"].row_breaks.brk) + 1, no


def test_libreoffice_takes_for_the_heading_no_more_room_than_the_sheet_keeps(printed: dict[str, list[_Page]]) -> None:
    """LibreOffice pushes the body of every page of a headed sheet down by the heading's extra line
    height: at most the room the pagination keeps for it (xlsx.HEADING_ROOM_PT), in either font."""
    for font, pages in printed.items():
        firsts = [p for p in pages if p.footer and p.footer[1] == 1]
        plain = {round(p.table_top, 1) for p in firsts if p.footer and p.footer[2] == 1}
        assert len(plain) == 1, plain  # every sheet's table starts alike under the same header block
        pushed = [p.table_top - min(plain) for p in firsts if p.footer and p.footer[2] > 1]
        assert pushed and all(0 < d <= xlsx_export.HEADING_ROOM_PT for d in pushed), (font, pushed)


def test_the_prints_are_rendered_for_a_look(
    pdfs: dict[str, Path], printed: dict[str, list[_Page]], artifacts: Path
) -> None:
    """PNGs of every page for a person to look at (padding, the run-over pages' heading)."""
    for font, pdf in pdfs.items():
        stem = artifacts / f"xlsx-padding-{font.split()[0]}"
        subprocess.run(["pdftoppm", "-png", "-r", "100", str(pdf), str(stem)], check=True)
        assert len(list(artifacts.glob(f"{stem.name}-*.png"))) >= len(printed[font])


@pytest.mark.parametrize("font", FONTS)
def test_a_sheet_printed_over_two_pages_reads_back_whole(
    book: tuple[Roadmap, Path], pdfs: dict[str, Path], font: str
) -> None:
    """The print of a sheet that runs on (No.72, its heading in the page header, the timeline header
    repeated) is one sheet to the PDF reader, every fact of it as exported."""
    from roadmap_desktop.core.dump import project_to_dict
    from roadmap_desktop.importing.pdf import read_pdf

    rm, _ = book
    result = read_pdf(pdfs[font], rm.edition)
    got = [s for s in result.sheets if s.project.name == NAME]
    assert len(got) == 1, [s.project.name for s in result.sheets]
    want = next(p for p in rm.projects if p.name == NAME)
    fold = str.maketrans("〜", "～")  # LibreOffice's PDF maps the full-width tilde to the wave dash
    assert str(project_to_dict(got[0].project, with_id=False)).translate(fold) == str(
        project_to_dict(want, with_id=False)
    ).translate(fold)
