"""Bar labels in the Excel workbook follow the sheet's one rule (layout/labels.py): inside the bar; else
on a label line, a row of its own just above (top lane) or below (bottom lane) the bar, within the
bar's own months; else a numbered note. The workbook comes back in exactly, and a clerk's edit of a
label, on its line or typed into the bar, is read."""

from __future__ import annotations

import copy
import math
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pdfplumber
import pytest
from lo_print import CALIBRI_FILE, convert
from openpyxl.utils import get_column_letter
from reportlab.pdfbase.ttfonts import TTFont

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.export.xlsx_labels import XLSX_MIN_PT, place_in_cells
from roadmap_desktop.export.xlsx_layout import ColumnGrid
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.layout.content import printable, sheet_content
from roadmap_desktop.layout.labels import MIN_PT, LabelHow, LabelPlace
from roadmap_desktop.layout.palette import COLOUR
from roadmap_desktop.paths import sample_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate_roadmap

PT_MM = 25.4 / 72
KIND_COL = 3  # the 区分 column of our sheets (C)


def _short_bars() -> Roadmap:
    """Short bars whose labels fit on one line over their months, not inside the bar (less its end lines,
    at the workbook's 6.5 pt, one line; wrapped, Excel would break it where it likes): on a label line.
    (AIの調査 is 9.0 mm at 6.5 pt: over three months, 9.9 mm less the cell's inset, not their bar's 9.5.)"""
    ed = Edition()
    m = ed.first_month
    a = Initiative(
        "取組A",
        "計画",
        [Bar(m.shifted(3), m.shifted(5), "AIの調査"), Bar(m.shifted(8), m.shifted(20), "長い期間の運用")],
        [Bar(m.shifted(3), m.shifted(5), "AIの研修")],
    )
    b = Initiative(  # two lanes: the bottom lane's short bars get their line below
        "取組B",
        "計画",
        [Bar(m, m.shifted(11), "全体"), Bar(m.shifted(3), m.shifted(5), "AIの検討"), Bar(m.shifted(6), m.shifted(8), "AIの試行")],
        [Bar(m.shifted(50), m.shifted(59), "継続運用", True)],
    )  # fmt: skip
    c = Initiative("取組C", "計画", [Bar(m.shifted(12), m.shifted(12), "振り返り")], [])  # one month: a note
    return Roadmap(ed, [Project(name="ラベル行の事業", initiatives=[a, b, c])])


def _same(back: list[Project], projects: list[Project], ed: Edition) -> bool:
    return dumps(Roadmap(copy.deepcopy(ed), back), with_ids=False) == dumps(
        Roadmap(copy.deepcopy(ed), projects), with_ids=False
    )


def _labels(ed: Edition, p: Project) -> Counter[str]:
    """The labels the sheet shows (→ after a bar that runs on past the window), as the layout clips them."""
    content = sheet_content(ed, p, 1, COLOUR)
    bars = [placed.bar for ini in content.initiatives for row in (ini.plan, ini.actual) for placed in row.bars]
    return Counter(b.label + ("→" if b.continues else "") for b in bars if b.label)


def _visible(ws: Any, first_col: int) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Every bar label the worksheet prints (how, text, row, first and last column, cell) and its notes."""
    merged = {(g.min_row, g.min_col): (g.max_row, g.max_col) for g in ws.merged_cells.ranges}
    kinds = {r: ws.cell(r, KIND_COL).value for r in range(1, ws.max_row + 1)}
    for g in ws.merged_cells.ranges:
        if g.min_col == KIND_COL:
            kinds.update({r: kinds[g.min_row] for r in range(g.min_row, g.max_row + 1)})
    found: list[dict[str, Any]] = []
    notes: dict[str, str] = {}
    for row in ws.iter_rows():
        for c in row:
            if not isinstance(c.value, str) or not c.value:
                continue
            if kinds.get(c.row) not in ("計画", "目標", "実績"):  # not a row of the timeline
                note = re.match(r"^(※\d+) (.*)$", c.value, re.S)
                if note and c.column == 1:
                    notes[note[1]] = note[2]
                continue
            if c.column < first_col:
                note = re.match(r"^(※\d+) (.*)$", c.value, re.S)
                if note:
                    notes[note[1]] = note[2]
                continue
            _, c1 = merged.get((c.row, c.column), (c.row, c.column))
            filled = c.fill.fill_type == "solid"
            how = "line" if not filled else "note" if c.number_format.startswith(';;;"※') else "inside"
            found.append({"how": how, "text": c.value, "row": c.row, "c0": c.column, "c1": c1, "cell": c})
    return found, notes


def _shown_mm(ws: Any, c0: int, c1: int) -> float:
    """The width Excel shows columns *c0*..*c1* at, from their stored widths (ECMA-376 Part 1, 18.3.1.13:
    the default font Calibri 11 is 7 px a digit, the padding counted in the width), in mm at 96 dpi."""
    px = [
        math.trunc((256 * ws.column_dimensions[get_column_letter(c)].width + 18) / 256 * 7) for c in range(c0, c1 + 1)
    ]
    return sum(px) * 25.4 / 96


def _check_sheet(ws: Any, project: Project, cols: ColumnGrid, ed: Edition) -> Counter[str]:
    """Assert every label of *project* is printed once, per the rule, never outside its bar's months;
    the count of each way a label was placed."""
    first = cols.first_month_col
    found, notes = _visible(ws, first)
    printed = Counter(f["text"] for f in found)  # a note's bar holds its label (the mark is its format)
    assert printed == _labels(ed, project), ws.title  # none lost, none printed twice
    merged = {(g.min_row, g.min_col): (g.max_row, g.max_col) for g in ws.merged_cells.ranges}
    kind_box = {r: g for g in ws.merged_cells.ranges if g.min_col == KIND_COL for r in range(g.min_row, g.max_row + 1)}
    heights = [ws.row_dimensions[f["row"]].height for f in found if f["how"] != "line"]
    for f in found:
        text, r, c0, c1, cell = f["text"], f["row"], f["c0"], f["c1"], f["cell"]
        width = _shown_mm(ws, c0, c1)
        h = ws.row_dimensions[r].height * PT_MM
        if f["how"] == "inside":
            assert cell.font.sz >= XLSX_MIN_PT
            assert place_in_cells(printable(text), width, h, 1, 3).how is LabelHow.INSIDE, (ws.title, text)
        elif f["how"] == "note":
            mark = cell.number_format.split('"')[1].replace("\n", "")  # ※12, or ※ over 12
            assert notes[mark] == text.removesuffix("→")  # printed under the timeline
            assert cell.font.sz >= XLSX_MIN_PT and not cell.alignment.shrink_to_fit  # never shrunk below it
            assert place_in_cells(printable(text), width, h, 1, 3).how is LabelHow.NOTE, (ws.title, text)
            if min(heights) * PT_MM >= h - 0.01:  # (a row grown for its 取組 name's text is no test of a note)
                top_lane = place_in_cells(printable(text), width, h, 0, 1).how is not LabelHow.NOTE
                # a label that would fit on a line is a note only in a middle lane (its neighbours its lanes)
                assert not top_lane or (r - 1 in kind_box and r + 1 in kind_box), (ws.title, text)
        else:  # a label line: over the months of the bar just above or below it, and nowhere else
            assert cell.font.sz >= XLSX_MIN_PT
            bars = [
                rr
                for rr in (r + 1, r - 1)
                if ws.cell(rr, c0).fill.fill_type == "solid" and merged.get((rr, c0), (rr, c0))[1] == c1
            ]
            assert bars, (ws.title, text, r)  # the bar's own months, exactly
            bar_row = bars[0]
            assert ws.cell(bar_row, c0).value is None  # the bar holds no second copy
            assert cell.alignment.vertical == ("bottom" if bar_row == r + 1 else "top")
            box = kind_box[r]
            assert box.min_row <= bar_row <= box.max_row  # the 区分 cell says whose line it is
            bar_h = ws.row_dimensions[bar_row].height * PT_MM
            assert place_in_cells(printable(text), width, bar_h, 0, 1).how is LabelHow.ABOVE, (ws.title, text)
            assert place_in_cells(printable(text), width, bar_h, 1, 3).how is LabelHow.NOTE  # not inside
    return Counter(f["how"] for f in found)


def _check_workbook(path: Path, rm: Roadmap) -> Counter[str]:
    wb = openpyxl.load_workbook(path)
    cols = ColumnGrid.build(rm.edition)
    total: Counter[str] = Counter()
    for no, project in zip(rm.sheet_numbers(), rm.projects, strict=True):
        total += _check_sheet(wb[f"No.{no}"], project, cols, rm.edition)
    return total


@pytest.fixture(scope="module")
def short_xlsx(tmp_path_factory: pytest.TempPathFactory) -> tuple[Roadmap, Path]:
    rm = _short_bars()
    out = tmp_path_factory.mktemp("lines") / "short.xlsx"
    export_xlsx(rm, rm.projects, out)
    return rm, out


def test_a_short_bars_label_is_on_a_line_over_its_own_months_and_reads_back(short_xlsx: tuple[Roadmap, Path]) -> None:
    rm, path = short_xlsx
    counts = _check_workbook(path, rm)
    assert counts["line"] == 4 and counts["note"] == 1
    ws = openpyxl.load_workbook(path)["No.1"]
    first = ColumnGrid.build(rm.edition).first_month_col
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "AIの調査")
    assert cell.fill.fill_type != "solid" and cell.alignment.vertical == "bottom"  # above its bar
    rng = next(g for g in ws.merged_cells.ranges if (g.min_row, g.min_col) == (cell.row, cell.column))
    assert (rng.min_col, rng.max_col) == (first + 3, first + 5)  # July to September of R6: the bar's months
    assert ws.cell(cell.row + 1, first + 3).fill.fill_type == "solid"  # the bar, on the row under it
    below = next(c for row in ws.iter_rows() for c in row if c.value == "AIの検討")
    assert below.alignment.vertical == "top" and ws.cell(below.row - 1, first + 3).fill.fill_type == "solid"
    assert not any(
        isinstance(c.value, str) and c.value.startswith("※") and "AIの調査" in c.value
        for row in ws.iter_rows()
        for c in row
    )
    result = read_xlsx(path, rm.edition)
    assert result.problems == [] and [s.warnings for s in result.sheets] == [[]]
    assert _same([s.project for s in result.sheets], rm.projects, rm.edition)


def test_every_label_of_the_sample_and_of_150_projects_is_placed_by_the_rule_and_reads_back(tmp_path: Path) -> None:
    for name, rm in (("sample", load_sample(sample_path())), ("bench", generate_roadmap(150))):
        out = tmp_path / f"{name}.xlsx"
        export_xlsx(rm, rm.projects, out)
        counts = _check_workbook(out, rm)
        assert counts["inside"] > 0 and counts["note"] > 0, (name, counts)
        result = read_xlsx(out, rm.edition)
        assert result.problems == [] and all(s.warnings == [] for s in result.sheets), name
        assert _same([s.project for s in result.sheets], rm.projects, rm.edition), name


def _edited(path: Path, tmp_path: Path, edit: Any) -> Path:
    wb = openpyxl.load_workbook(path)
    edit(wb["No.1"])
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


def _cell(ws: Any, text: str) -> Any:
    return next(c for row in ws.iter_rows() for c in row if c.value == text)


def _bar_labels(path: Path, ed: Edition) -> tuple[list[str], list[str]]:
    sheet = read_xlsx(path, ed).sheets[0]
    return [b.label for ini in sheet.project.initiatives for b in ini.plan + ini.actual], sheet.warnings


def test_a_clerks_edit_of_a_label_on_its_line_or_in_its_bar_is_read(
    short_xlsx: tuple[Roadmap, Path], tmp_path: Path
) -> None:
    rm, path = short_xlsx
    ed = rm.edition
    n = sum(len(i.plan) + len(i.actual) for i in rm.projects[0].initiatives)

    def on_the_line(ws: Any) -> None:
        _cell(ws, "AIの調査").value = "AIの調査（追加）"

    labels, warnings = _bar_labels(_edited(path, tmp_path, on_the_line), ed)
    assert "AIの調査（追加）" in labels and "AIの調査" not in labels and warnings == []
    assert len(labels) == n  # no bar made of the line's words

    def in_the_bar(ws: Any) -> None:
        line = _cell(ws, "AIの研修")
        ws.cell(line.row + 1, line.column).value = "AIの研修（前倒し）"

    labels, warnings = _bar_labels(_edited(path, tmp_path, in_the_bar), ed)
    assert "AIの研修（前倒し）" in labels and "AIの研修" not in labels and len(labels) == n
    assert len(warnings) == 1 and "AIの研修（前倒し）" in warnings[0]  # the line's other words are named

    def bar_removed(ws: Any) -> None:
        line = _cell(ws, "AIの試行")
        bar = ws.cell(line.row - 1, line.column)
        ws.unmerge_cells(start_row=bar.row, start_column=bar.column, end_row=bar.row, end_column=bar.column + 2)
        for c in (bar.column, bar.column + 1, bar.column + 2):
            ws.cell(bar.row, c).fill = openpyxl.styles.PatternFill()

    labels, warnings = _bar_labels(_edited(path, tmp_path, bar_removed), ed)
    assert "AIの試行" not in labels and len(labels) == n - 1  # the bar is gone; its words are no bar
    assert len(warnings) == 1 and "AIの試行" in warnings[0]


def test_label_lines_print_within_their_bars_months_through_libreoffice(
    short_xlsx: tuple[Roadmap, Path], tmp_path: Path, artifacts: Path
) -> None:
    """One LibreOffice print (font pinned): each label line's words lie within its bar's months, just
    above or below the bar, whole."""
    rm, path = short_xlsx
    pdf = convert([path], tmp_path, calibri=True)[0]  # Calibri as Carlito, as an office PC has Calibri
    with pdfplumber.open(pdf) as doc:
        page = next(p for p in doc.pages if "AIの調査" in (p.extract_text() or "").replace(" ", ""))
        chars = page.chars
        rects = [
            r
            for r in page.rects
            if r["fill"] and r["height"] > 8 and isinstance(r.get("non_stroking_color"), tuple | list)
            and len(set(r["non_stroking_color"])) > 1  # coloured (a bar), not a grey label cell
        ]  # fmt: skip
        sizes = []
        for label, above in (("AIの調査", True), ("AIの研修", True), ("AIの検討", False), ("AIの試行", False)):
            run = _find_run(chars, label)
            x0, x1 = min(c["x0"] for c in run), max(c["x1"] for c in run)
            top, bottom = min(c["top"] for c in run), max(c["bottom"] for c in run)
            cx = (x0 + x1) / 2
            near = [r for r in rects if r["x0"] <= cx <= r["x1"]]
            bar = min(near, key=lambda r: abs(r["top"] - bottom) if above else abs(top - r["bottom"]))
            assert bar["x0"] - 0.5 <= x0 and x1 <= bar["x1"] + 0.5, label  # within the bar's months
            if above:
                assert 0 <= bar["top"] - bottom + 0.5 < 6, label  # just above the bar
            else:
                assert 0 <= top - bar["bottom"] + 0.5 < 6, label  # just below it
            sizes += [c["size"] for c in run]
        zoom, months, grid_pt = _print_scale_and_months(page, rm)
        # The columns count Calibri's digits (Carlito here, its metric twin, as an office PC has Calibri):
        # Excel takes a digit as 7 px, LibreOffice as Calibri 11's true 7.43 px, so its columns are 6 %
        # wider and its fit to the page's width prints at 7 / 7.43. Nothing else shrinks the page: the
        # rows fit its height, and the grid fills the width exactly.
        digit_px = max(TTFont("Carlito", str(CALIBRI_FILE)).stringWidth(d, 11) for d in "0123456789") * 96 / 72
        assert zoom == pytest.approx(min(1.0, 7 / digit_px), abs=0.005)
        assert grid_pt == pytest.approx(277 / PT_MM, rel=0.01)  # the page's width, wider columns fitted
        # every bar label, inside its bar or on its line, and the ※ mark, at 6 pt at least ON PAPER, that
        # zoom included: the workbook sets them at XLSX_MIN_PT (LibreOffice rounds a scaled font's size:
        # at 94.2 % 6.5 pt prints 6.10–6.13; 1 % allowed for that rounding only)
        labels = ["長い期間の運用", "全体", "継続運用→", "AIの調査", "AIの研修", "AIの検討", "AIの試行"]
        label_sizes = {label: min(c["size"] for c in _find_run(chars, label)) for label in labels}
        low = {k: round(v, 2) for k, v in label_sizes.items() if v < MIN_PT * 0.99}
        assert not low, (zoom, low)
        mark = min(c["size"] for p in doc.pages for c in p.chars if c["text"] == "※")
        assert mark >= MIN_PT * 0.99
    # the month columns print at the layout's proportions: each of the 60 is 3.7 mm of the sheet's 277
    cols = ColumnGrid.build(rm.edition)
    grid_w = cols.edges[-1] - cols.edges[0]
    layout = [cols.width_mm(c) / grid_w for c in range(cols.first_month_col, cols.count + 1)]
    assert len(months) == len(layout) == 60
    for got, want in zip(months, layout, strict=True):
        assert got == pytest.approx(want, rel=0.03)
    assert sum(months) == pytest.approx(sum(layout), rel=0.005)  # the old widths printed them 8.5 % short
    month = sum(months) / 60
    print(
        f"LibreOffice (IPAexGothic): zoom {zoom:.3f}; a month {month * grid_pt:.2f} pt printed of a grid {grid_pt:.1f} pt"
        f" wide, {month * grid_w:.2f} mm of the layout's {grid_w:.0f} mm; label lines {min(sizes):.2f}–{max(sizes):.2f} pt printed"
        f" ({min(sizes) / zoom:.2f} pt before the zoom); a ※ mark {mark:.2f} pt ({mark / zoom:.2f})"
    )
    # the printed workbook read back as a PDF from someone else: each line's words are its bar's label
    sheet = next(s for s in read_pdf(pdf, rm.edition).sheets if s.project.name == rm.projects[0].name)
    assert [[_bars(i.plan), _bars(i.actual)] for i in sheet.project.initiatives] == [
        [_bars(i.plan), _bars(i.actual)] for i in rm.projects[0].initiatives
    ]
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(artifacts / "xlsx-label-lines")], check=True)


def _print_scale_and_months(page: Any, rm: Roadmap) -> tuple[float, list[float], float]:
    """The page's print zoom (its 12 pt title as printed), the month columns' printed widths, each a
    fraction of the printed grid's width, and that width (pt: the label column's left rule to the last
    month's right rule)."""
    title = _find_run(page.chars, rm.edition.title.replace(" ", ""))
    zoom = min(c["size"] for c in title) / 12.0
    xs: list[float] = []
    for e in sorted(page.edges, key=lambda e: e["x0"]):
        if e["orientation"] == "v" and e["height"] > 3 and not (xs and e["x0"] - xs[-1] < 1.0):
            xs.append(e["x0"])
    months = [b - a for a, b in zip(xs[-61:], xs[-60:], strict=False)]
    return zoom, [m / (xs[-1] - xs[0]) for m in months], xs[-1] - xs[0]


def _bars(bars: list[Bar]) -> list[tuple[str, str, str, bool]]:
    return sorted((str(b.start), str(b.end), b.label, b.continues) for b in bars)


def _find_run(chars: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The characters printing *text*, in order (one line)."""
    glyphs = [c for c in chars if not c["text"].isspace()]
    for i in range(len(glyphs) - len(text) + 1):
        run = glyphs[i : i + len(text)]
        if "".join(c["text"] for c in run) == text:
            return run
    raise AssertionError(f"{text} is not printed")


def test_an_older_workbook_with_short_bars_labels_in_their_cells_still_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before label lines, the export wrote a short bar's label in its own cells (shrunk to fit): such a
    workbook, written the old way here, still reads back exactly."""
    import roadmap_desktop.export.xlsx as xlsx_export

    real = xlsx_export.place_in_cells

    def old_way(label: str, width: float, height: float, lane: int, lanes: int) -> LabelPlace:
        place = real(label, width, height, lane, lanes)
        return LabelPlace(LabelHow.INSIDE, (label,), 7.0) if place.how in (LabelHow.ABOVE, LabelHow.BELOW) else place

    monkeypatch.setattr(xlsx_export, "place_in_cells", old_way)
    rm = _short_bars()
    out = tmp_path / "older.xlsx"
    export_xlsx(rm, rm.projects, out)
    ws = openpyxl.load_workbook(out)["No.1"]
    assert _cell(ws, "AIの調査").fill.fill_type == "solid"  # in its bar, no label line
    result = read_xlsx(out, rm.edition)
    assert [s.warnings for s in result.sheets] == [[]]
    assert _same([s.project for s in result.sheets], rm.projects, rm.edition)


def test_no_label_is_left_for_excel_to_wrap_where_it_likes(tmp_path: Path) -> None:
    """Excel wraps a cell's text wherever it likes (アプリの改/善): a bar label is written one line per
    paragraph, or on its label line, or as a note; a cell set to wrap holds only a label with line breaks
    of its own. The sample has labels the PDF wraps between phrases (アプリの/改善, データ/移行の/実施)."""
    roadmap = load_sample(sample_path())
    path = tmp_path / "sample.xlsx"
    export_xlsx(roadmap, roadmap.projects, path)
    labels = {printable(b.label) for p in roadmap.projects for i in p.initiatives for b in i.plan + i.actual}
    wb = openpyxl.load_workbook(path)
    checked = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in labels and cell.column > KIND_COL:
                    checked += 1
                    if cell.alignment.wrap_text:
                        assert "\n" in cell.value, (ws.title, cell.coordinate, cell.value)
    assert checked > 150


def test_a_blank_label_stays_in_its_bar_and_reads_back(tmp_path: Path) -> None:
    """A label of spaces only (a full-width space typed by hand) prints nothing: it stays in its bar,
    however short, on no label line and in no note (a line of blanks read back as an extra bar)."""
    ed = Edition()
    m = ed.first_month
    bars = [Bar(m.shifted(3), m.shifted(3), "\u3000"), Bar(m.shifted(10), m.shifted(14), "\u3000"), Bar(m, m, " ")]
    rm = Roadmap(ed, [Project(name="空白のラベル", initiatives=[Initiative("取組", "計画", bars, [])])])
    for label in ("\u3000", " "):
        assert place_in_cells(label, 3.7, 8.0, 0, 1) == LabelPlace(LabelHow.INSIDE)
    out = tmp_path / "blank.xlsx"
    export_xlsx(rm, rm.projects, out)
    ws = openpyxl.load_workbook(out)["No.1"]
    assert not any(isinstance(c.value, str) and c.value.startswith("※") for row in ws.iter_rows() for c in row)
    result = read_xlsx(out, ed)
    assert [s.warnings for s in result.sheets] == [[]]
    assert _same([s.project for s in result.sheets], rm.projects, ed)
