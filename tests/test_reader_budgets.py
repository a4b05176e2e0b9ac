"""Small hostile files (tests/hostile_files.py) are refused with a Japanese message naming the limit,
never a traceback, a hang or gigabytes; numbers written wrongly in a file are words, not exceptions."""

from __future__ import annotations

import re
from pathlib import Path

import hostile_files as H
import openpyxl
import pytest

from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.importing import budgets
from roadmap_desktop.importing.budgets import BudgetExceeded, file_float, file_int
from roadmap_desktop.importing.merge import plan_import
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.importing.xlsx_cells import SheetView
from roadmap_desktop.importing.xlsx_package import SheetData

_ASCII_WORDS = re.compile(r"[A-Za-z]{4,}")


def _refusal(path: Path, sample: Roadmap) -> str:
    read = read_pdf if path.suffix == ".pdf" else read_xlsx
    with pytest.raises(RoadmapError) as info:
        read(path, sample.edition)
    message = str(info.value)
    assert "Traceback" not in message
    return message


def _english(message: str, name: str) -> list[str]:
    """Words of English in a message, other than the file's own name and the part names it quotes."""
    rest = message.replace(name, "")
    rest = re.sub(r"[\w/.\[\]]+\.(xml|rels|bin)", "", rest)
    return [w for w in _ASCII_WORDS.findall(rest) if w not in ("Excel", "XObject", "xlsx", "xlsb")]


def test_a_cell_past_excels_last_row_is_refused_naming_the_limit(tmp_path: Path, sample: Roadmap) -> None:
    message = _refusal(H.huge_row(tmp_path), sample)
    assert "行番号" in message and "99,999,999,999" in message and "1,048,576" in message
    assert _english(message, "huge_row.xlsx") == []


def test_forty_million_merged_cells_are_refused_naming_the_limit(tmp_path: Path, sample: Roadmap) -> None:
    message = _refusal(H.huge_merges(tmp_path), sample)
    assert "結合セル" in message and f"{budgets.MAX_MERGED_CELLS_PER_SHEET:,}" in message


def test_groups_nested_five_thousand_deep_are_refused_naming_the_limit(tmp_path: Path, sample: Roadmap) -> None:
    message = _refusal(H.deep_groups(tmp_path), sample)
    assert "入れ子" in message and f"（{budgets.MAX_DRAWING_DEPTH}）" in message


def test_too_many_shapes_are_refused_naming_the_limit(tmp_path: Path, sample: Roadmap) -> None:
    message = _refusal(H.many_shapes(tmp_path, count=budgets.MAX_SHAPES_PER_SHEET + 1), sample)
    assert "図形の数" in message and f"{budgets.MAX_SHAPES_PER_SHEET:,}" in message


def test_a_part_of_too_many_xml_elements_is_refused_before_parsing(
    tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap_desktop.importing import xlsx_package

    monkeypatch.setattr(xlsx_package, "MAX_XML_TAGS_PER_PART", 50)
    message = _refusal(H.base_workbook(tmp_path), sample)
    assert "要素の数" in message and "（50）" in message


def test_a_timeline_as_wide_as_the_grid_is_refused_naming_the_limit(tmp_path: Path, sample: Roadmap) -> None:
    message = _refusal(H.wide_timeline(tmp_path), sample)
    assert "工程表" in message and f"{budgets.MAX_TIMELINE_CELLS:,}" in message and "wide_timeline.xlsx" in message


def test_an_anchor_row_written_in_kanji_is_a_message(tmp_path: Path, sample: Roadmap) -> None:
    message = _refusal(H.kanji_anchor_row(tmp_path), sample)
    assert "図形の位置「八」" in message and "No.56" in message
    assert _english(message, "kanji_anchor_row.xlsx") == []


def test_a_binary_workbook_named_xlsx_is_named_as_one(tmp_path: Path, sample: Roadmap) -> None:
    message = _refusal(H.xlsb_renamed(tmp_path), sample)
    assert ".xlsb" in message and "保存し直して" in message
    assert _english(message, "binary_workbook.xlsx") == []


def test_a_pdf_page_of_too_many_rectangles_is_not_parsed(
    tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pdfplumber.page

    parsed: list[int] = []  # pages pdfplumber interpreted: not one of them may be over the budget
    original = pdfplumber.page.Page.extract_text

    def spy(self: pdfplumber.page.Page, *args: object, **kwargs: object) -> str:
        parsed.append(self.page_number)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pdfplumber.page.Page, "extract_text", spy)
    message = _refusal(H.many_rects_pdf(tmp_path, pages=2, rects=budgets.MAX_PDF_OBJECTS_PER_PAGE + 10), sample)
    assert "1ページ目" in message and "2ページ目" in message
    assert f"{budgets.MAX_PDF_OBJECTS_PER_PAGE:,}" in message and "図形と文字の数" in message
    # not even to tell the edition from the first page's title (that parse took 20 s and 900 MB)
    assert parsed == []


def test_a_pdf_over_the_budget_of_the_whole_file_is_refused(
    tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap_desktop.importing import pdf

    monkeypatch.setattr(pdf, "MAX_PDF_OBJECTS_PER_FILE", 1000)
    message = _refusal(H.many_rects_pdf(tmp_path, pages=2, rects=600), sample)
    assert "ファイル全体" in message and "1,000" in message
    with pytest.raises(BudgetExceeded):
        read_pdf(tmp_path / "many_rects.pdf", sample.edition)


def test_a_form_drawing_itself_is_our_message_and_nothing_on_stderr(
    tmp_path: Path, sample: Roadmap, capfd: pytest.CaptureFixture[str]
) -> None:
    message = _refusal(H.self_xobject_pdf(tmp_path), sample)
    assert "自分自身を描く" in message and "XObject" in message
    out, err = capfd.readouterr()
    assert err == "" and out == ""


def test_a_file_that_takes_longer_than_its_time_is_refused(
    tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = H.base_workbook(tmp_path)
    assert read_xlsx(path, sample.edition).sheets  # within the budget: read
    pdf = tmp_path / "one.pdf"
    export_pdf(sample, sample.projects[:1], pdf)
    assert read_pdf(pdf, sample.edition).sheets
    monkeypatch.setattr(budgets, "MAX_SECONDS_PER_FILE", -1.0)
    for refused in (path, pdf):
        message = _refusal(refused, sample)
        assert "時間" in message and "（-1 秒）" in message and refused.name in message


def test_rows_come_from_the_cells_that_exist(tmp_path: Path, sample: Roadmap) -> None:
    """A note in Excel's very last row is a cell like any other: read, named, no walk over a million rows."""
    parts = H.read_parts(H.base_workbook(tmp_path))
    row = budgets.MAX_ROW
    cell = f'<row r="{row}"><c r="XFD{row}" t="inlineStr"><is><t>最終行のメモ</t></is></c></row></sheetData>'
    parts[H.SHEET] = parts[H.SHEET].replace(b"</sheetData>", cell.encode(), 1)
    path = H.write_parts(tmp_path / "last_row.xlsx", parts)
    result = read_xlsx(path, sample.edition)
    assert any("XFD1048576" in w and "最終行のメモ" in w for w in result.sheets[0].warnings)
    data = SheetData("t", values={(1, 1): "a", (5, 2): "b", (budgets.MAX_ROW, 3): "c"}, merges=[(7, 1, 9, 4)])
    view = SheetView(data)
    assert view.rows_in(1, budgets.MAX_ROW) == [1, 5, 7, 8, 9, budgets.MAX_ROW]
    assert view.value_rows(2, budgets.MAX_ROW - 1) == [5]
    assert view.box(8, 3) == (7, 1, 9, 4) and view.box(8, 5) == (8, 5, 8, 5) and view.value(9, 4) is None


@pytest.mark.parametrize(
    ("find", "replace", "words"),
    [
        (rb'<row r="3"', b'<row r="\xe5\x85\xab"', ["行番号「八」"]),  # row 八
        (rb' s="', b' s="1e999', ["番号「1e999"]),
    ],
)
def test_numbers_that_are_none_in_a_worksheet_are_words(
    find: bytes, replace: bytes, words: list[str], tmp_path: Path, sample: Roadmap
) -> None:
    parts = H.read_parts(H.base_workbook(tmp_path))
    assert find in parts[H.SHEET]
    parts[H.SHEET] = parts[H.SHEET].replace(find, replace, 1)
    message = _refusal(H.write_parts(tmp_path / "bad_number.xlsx", parts), sample)
    assert all(w in message for w in words), message
    assert _english(message, "bad_number.xlsx") == []


def test_sizes_that_are_no_numbers_keep_excels_defaults(tmp_path: Path, sample: Roadmap) -> None:
    """Heights, widths and shape offsets written as nan, inf or words are as if not written: the sheet reads."""
    parts = H.read_parts(H.base_workbook(tmp_path))
    sheet = parts[H.SHEET].decode()
    sheet = re.sub(r'ht="[^"]*"', 'ht="nan"', sheet, count=3)
    sheet = re.sub(r'width="[^"]*"', 'width="1e999"', sheet, count=3)
    sheet = re.sub(r'defaultRowHeight="[^"]*"', 'defaultRowHeight="高い"', sheet, count=1)
    parts[H.SHEET] = sheet.encode()
    drawing = parts[H.DRAWING].decode()
    drawing = re.sub(r'<a:off x="\d+"', '<a:off x="inf"', drawing, count=2)
    parts[H.DRAWING] = drawing.encode()
    result = read_xlsx(H.write_parts(tmp_path / "sizes.xlsx", parts), sample.edition)
    assert [s.project.name for s in result.sheets] == [sample.projects[0].name]
    assert plan_import(sample, result) is not None


def test_a_broken_xml_part_is_said_in_japanese(tmp_path: Path, sample: Roadmap) -> None:
    parts = H.read_parts(H.base_workbook(tmp_path))
    parts[H.SHEET] = parts[H.SHEET][: len(parts[H.SHEET]) // 2]
    message = _refusal(H.write_parts(tmp_path / "cut.xlsx", parts), sample)
    assert "XML として読めません" in message and "行" in message
    assert _english(message, "cut.xlsx") == [], message


@pytest.mark.parametrize(
    ("text", "lo", "hi", "want"),
    [("12", 0, 100, 12), (" 7 ", 0, 100, 7), ("八", 0, 100, None), ("1e999", 0, 10**9, None), ("nan", 0, 9, None),
     ("-1", 0, 9, None), ("99999999999999999999", 0, 2**53, None), ("3.0", 0, 9, 3), (None, 0, 9, None)],
)  # fmt: skip
def test_file_numbers_are_guarded(text: str | None, lo: int, hi: int, want: int | None) -> None:
    assert file_int(text, lo, hi) == want
    assert file_float("inf", 0.0, 1e300) is None and file_float("2.5", 0.0, 3.0) == 2.5


def test_a_table_of_figures_by_year_is_no_project(tmp_path: Path, sample: Roadmap) -> None:
    """Years side by side over rows of numbers (a budget table, statistics), no 事業名 and no 計画/実績:
    refused as no project sheet, not proposed as a new project without a name."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推移"
    ws.append(["区分", 2005, 2006, 2007, 2008, 2009])
    for i in range(30):
        ws.append([f"項目{i}", *(1000 + i * k for k in range(5))])
    labelled = wb.create_sheet("見出しだけ")  # a sheet with a field's label is still looked at
    labelled.append(["取組", "R6", "R7", "R8"])
    path = tmp_path / "figures.xlsx"
    wb.save(path)
    message = _refusal(path, sample)
    assert "事業シートが見つかりませんでした" in message and "推移" in message


def test_a_long_pdf_with_no_sheet_near_its_start_is_not_read_to_its_end(
    tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap_desktop.importing import pdf

    monkeypatch.setattr(pdf, "MAX_PDF_PAGES_BEFORE_A_SHEET", 3)
    report = tmp_path / "report.pdf"
    text = b"BT /F1 12 Tf 72 500 Td (A chapter of a long report) Tj ET\n"
    report.write_bytes(H.raw_pdf([(text, {})] * 5))
    message = _refusal(report, sample)
    assert "最初の 3 ページ" in message and "残りの 2 ページ" in message
    book = tmp_path / "book.pdf"  # sheets from the first page on: every page is read
    export_pdf(sample, sample.projects[:5], book)
    assert len(read_pdf(book, sample.edition).sheets) == 5
