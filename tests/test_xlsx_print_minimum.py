"""The exported workbook prints nothing below the sheet's 6 pt minimum, in Excel (100 %) and in LibreOffice
(which prints it at 7 / 7.43 = 94 %): bar labels, label lines, ※ marks and every other text. A ※ mark of
a one-month bar is never shrunk by the spreadsheet: it is set by the rule (layout.labels.place_mark) at
the workbook's minimum and spills over a free neighbour cell, at its month. One workbook (the sample and
a sheet of one-month bars whose labels become notes ※1…※23) printed once by LibreOffice per font, pinned."""

from __future__ import annotations

import copy
import itertools
import re
from pathlib import Path
from typing import Any

import openpyxl
import pdfplumber
import pytest
from lo_print import CALIBRI_FILE, convert
from reportlab.pdfbase.ttfonts import TTFont

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.export.xlsx_labels import LIBREOFFICE_DIGIT_PX, XLSX_MIN_PT, _luminance, mark_cell
from roadmap_desktop.export.xlsx_layout import CELL_INSET_MM, DIGIT_PX, ColumnGrid
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.layout.geometry import PT_MM
from roadmap_desktop.layout.labels import MIN_PT
from roadmap_desktop.layout.palette import BLACK, COLOUR, WHITE
from roadmap_desktop.layout.text import Fit
from roadmap_desktop.paths import sample_path

ROUNDING = 0.99  # LibreOffice rounds a scaled font's size (6.5 pt at 94.2 % prints 6.10–6.13): that only
MARKS_SHEET = "一か月の作業ばかりの事業"


def _one_month_bars(rm: Roadmap) -> Project:
    """A sheet whose one-month bars all become notes (their labels fit neither in the bar nor on a
    line over one month), on 計画 (light, dark text) and 実績 (dark, white text) rows: at the window's
    first and last month (no free cell beside them on one side), right after a bar, right before one,
    between two (no free side), and enough of them for two-digit marks."""
    m = rm.edition.first_month

    def one(offset: int, label: str) -> Bar:
        return Bar(m.shifted(offset), m.shifted(offset), label)

    inits = [
        Initiative(
            "端の月", "計画", [one(0, "初月の振り返り"), one(59, "最終月の振り返り")], [one(0, "初月の実績確認")]
        ),
        Initiative(
            "前後に工程",
            "計画",
            [
                Bar(m.shifted(10), m.shifted(12), "準備"),
                one(13, "直後の振り返り"),
                one(20, "直前の打合せ会"),
                Bar(m.shifted(21), m.shifted(24), "本番"),
                Bar(m.shifted(27), m.shifted(29), "前"),
                one(30, "挟まれた確認会"),
                Bar(m.shifted(31), m.shifted(33), "後"),
            ],
            [Bar(m.shifted(10), m.shifted(12), "準備"), one(13, "直後の実績確認")],
        ),
    ]
    for i in range(4):  # marks ※8 … ※23: two digits on 計画 and 実績 rows, one and two months apart
        plan = [one(2 + 12 * i, f"計画の振り返り{i}"), one(6 + 12 * i, f"計画の成果確認{i}")]
        actual = [one(3 + 12 * i, f"実績の振り返り{i}"), one(8 + 12 * i, f"実績の成果確認{i}")]
        inits.append(Initiative(f"取組{i + 1}", "計画", plan, actual))
    return Project(name=MARKS_SHEET, initiatives=inits)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Roadmap, Path]:
    """The workbook: the sample's sheets and the sheet of one-month bars."""
    rm = load_sample(sample_path())
    rm.projects.append(_one_month_bars(rm))
    out = tmp_path_factory.mktemp("minimum") / "minimum.xlsx"
    export_xlsx(rm, rm.projects, out)
    return rm, out


# two fonts of different widths and line heights stand in for 游ゴシック: the one the layout measures with
# and Noto Sans CJK (narrower Latin and digits, taller lines)
@pytest.fixture(scope="module", params=["IPAexGothic", "Noto Sans CJK JP"])
def printed(workbook: tuple[Roadmap, Path], request: pytest.FixtureRequest) -> tuple[Roadmap, Path, Path]:
    """The workbook and its LibreOffice print in one font (Calibri as Carlito, as an office PC has it)."""
    rm, out = workbook
    pdf = convert([out], out.parent / request.param.replace(" ", "_"), font=request.param, calibri=True)[0]
    return rm, out, pdf


def test_the_workbooks_minimum_prints_at_6_pt_in_libreoffice() -> None:
    """Why 6.5 pt: the columns count Calibri 11's digit, 7 px to Excel, its true width to LibreOffice."""
    digit_px = max(TTFont("Carlito", str(CALIBRI_FILE)).stringWidth(d, 11) for d in "0123456789") * 96 / 72
    assert digit_px == pytest.approx(LIBREOFFICE_DIGIT_PX, abs=0.01)
    assert MIN_PT * DIGIT_PX / digit_px < MIN_PT  # the sheet's minimum would print smaller there
    assert XLSX_MIN_PT * DIGIT_PX / digit_px >= MIN_PT
    assert MIN_PT * digit_px / DIGIT_PX > XLSX_MIN_PT - 0.5  # and no larger than that needs (half points)


def test_no_text_of_the_workbook_is_set_below_its_minimum(workbook: tuple[Roadmap, Path]) -> None:
    """Every cell holding text, on every sheet, is set at XLSX_MIN_PT or more, and none that could print
    smaller is left for the spreadsheet to shrink: a shrunk cell is a bar label or a label line sized by
    the rule to fit (at 6.5 pt or more), never a ※ mark."""
    _, path = workbook
    wb = openpyxl.load_workbook(path)
    small: list[tuple[str, str, float]] = []
    marks = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None or c.value == "":
                    continue
                if c.font.sz < XLSX_MIN_PT:
                    small.append((ws.title, c.coordinate, c.font.sz))
                if c.number_format.startswith(';;;"※'):
                    marks += 1
                    assert not c.alignment.shrink_to_fit, (ws.title, c.coordinate)
    assert small == []
    assert marks >= 23 + 10  # the one-month sheet's and the sample's


def _runs(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The ※ marks printed on a page: ※ and the digits just after it on its line (or under it)."""
    out = []
    for i, c in enumerate(chars):
        if c["text"] != "※":
            continue
        run = [c]
        for d in chars[i + 1 : i + 4]:
            same_line = abs(d["top"] - c["top"]) < 1 and abs(d["x0"] - run[-1]["x1"]) < 0.5
            stacked = 0 < d["top"] - c["bottom"] < 3 and c["x0"] - 2 < d["x0"] < c["x1"]
            if not d["text"].isdigit() or not (same_line or stacked):
                break
            run.append(d)
        out.append(run)
    return out


def _month_edges(page: Any) -> list[float]:
    """The x of the 61 edges of the timeline's 60 month columns on a sheet's page, from the rules of its
    five year headers (a month's own rule is not drawn where bars fill it, and LibreOffice draws a row's
    touching bars as one filled rectangle); the months of a year are equally wide."""
    head = next(c for c in page.chars if c["text"] == "区")  # the timeline header's 区分
    y = (head["top"] + head["bottom"]) / 2
    xs: list[float] = []
    for e in sorted(page.edges, key=lambda e: e["x0"]):
        if e["orientation"] == "v" and e["top"] < y < e["bottom"] and not (xs and e["x0"] - xs[-1] < 1.0):
            xs.append(e["x0"])
    years = xs[-6:]
    return [a + (b - a) * m / 12 for a, b in itertools.pairwise(years) for m in range(12)] + [years[-1]]


def _marks(path: Path) -> dict[str, dict[str, tuple[int, int]]]:
    """Sheet No. -> each ※ mark of a bar on it -> the bar's first and last month (0 … 59)."""
    wb = openpyxl.load_workbook(path)
    first = ColumnGrid.build(Edition()).first_month_col
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for ws in wb.worksheets:
        ends = {(g.min_row, g.min_col): g.max_col for g in ws.merged_cells.ranges}
        for row in ws.iter_rows():
            for c in row:
                if c.number_format.startswith(';;;"※'):
                    mark = c.number_format.split('"')[1].replace("\n", "")
                    last = ends.get((c.row, c.column), c.column)
                    out.setdefault(ws.title.removeprefix("No."), {})[mark] = (c.column - first, last - first)
    return out


def test_nothing_prints_below_6_pt_and_every_mark_is_whole_at_its_month(
    printed: tuple[Roadmap, Path, Path], artifacts: Path
) -> None:
    """The LibreOffice print (at 94 %): every character at 6 pt or more on paper (no allowance for the
    zoom, LibreOffice's rounding only); each bar's ※ mark whole, on its bar's months (over them, centred
    or from its free side), touching no other text; a mark wider than its dark 実績 bar not in white."""
    _, path, pdf = printed
    expected = _marks(path)
    small: list[tuple[int, str, float]] = []
    found: list[tuple[str, str]] = []
    spilled = 0
    with pdfplumber.open(pdf) as doc:
        zooms = []
        for n, page in enumerate(doc.pages, 1):
            chars = [c for c in page.chars if not c["text"].isspace()]
            small += [(n, c["text"], round(c["size"], 2)) for c in chars if c["size"] < MIN_PT * ROUNDING]
            sheet = re.search(r"No\. (\d+) +\d+/\d+$", page.extract_text() or "")  # the footer: No. 58  6/28
            if sheet is None or sheet[1] not in expected:
                continue
            zooms.append(min(chars, key=lambda c: c["top"])["size"] / 12)  # the sheet's 12 pt title
            xs = _month_edges(page)
            for run in _runs(chars):
                x0, x1 = min(c["x0"] for c in run), max(c["x1"] for c in run)
                top, bottom = min(c["top"] for c in run), max(c["bottom"] for c in run)
                if x1 < xs[0]:  # a note under the timeline (※1 振り返り), not a bar's mark
                    continue
                text = "".join(c["text"] for c in run)
                found.append((sheet[1], text))
                a, b = expected[sheet[1]][text]
                m0, m1 = xs[a], xs[b + 1]  # the bar's months
                assert min(c["size"] for c in run) >= MIN_PT * ROUNDING, (n, text)
                assert x0 <= (m0 + m1) / 2 <= x1, (n, text, x0, x1, m0, m1)  # at its months
                # beyond its months by no more than it is wider than them, and the cell's inset where it is set
                # from one side (the free side it spills over)
                excess = max(0.0, (x1 - x0) - (m1 - m0))
                reach = excess + CELL_INSET_MM / 2 / PT_MM + 0.2
                assert m0 - reach <= x0 and x1 <= m1 + reach, (n, text, x0, x1, m0, m1)
                others = [c for c in chars if c not in run]
                touching = [
                    c["text"] for c in others if c["x0"] < x1 - 0.3 and x0 + 0.3 < c["x1"] and c["top"] < bottom - 0.3
                    and top + 0.3 < c["bottom"]
                ]  # fmt: skip
                assert not touching, (n, text, touching)
                if excess > 1.0:  # spills over the paper beside its bar
                    spilled += 1
                    assert all(tuple(c["non_stroking_color"] or (0,)) != (1, 1, 1) for c in run), (n, text)
    zoom = max(zooms)
    assert zoom == pytest.approx(DIGIT_PX / LIBREOFFICE_DIGIT_PX, abs=0.005)  # printed at 94 %, as said
    assert small == []
    # every mark printed once (none lost under a neighbour), each found at its bar
    assert sorted(found) == sorted((no, mark) for no, marks in expected.items() for mark in marks)
    assert spilled >= 14  # ※10 … ※23 of one-month bars
    print(
        f"LibreOffice print ({pdf.parent.name}) at {zoom:.3f}: {len(found)} ※ marks of bars, {spilled} wider than their bar"
    )
    _png(pdf, artifacts, f"xlsx-print-minimum-{pdf.parent.name}")


def _png(pdf: Path, folder: Path, stem: str) -> None:
    import subprocess

    subprocess.run(["pdftoppm", "-png", "-r", "100", str(pdf), str(folder / stem)], check=True)


def test_the_workbook_with_its_marks_reads_back_identically(workbook: tuple[Roadmap, Path]) -> None:
    """A mark's bar keeps its whole label (the mark is its number format): the import reads every label;
    each mark's note is under its page's timeline."""
    rm, path = workbook
    result = read_xlsx(path, rm.edition)
    assert result.problems == [] and all(s.warnings == [] for s in result.sheets)
    back = Roadmap(copy.deepcopy(rm.edition), [s.project for s in result.sheets])
    assert dumps(back, with_ids=False) == dumps(Roadmap(copy.deepcopy(rm.edition), rm.projects), with_ids=False)
    ws = openpyxl.load_workbook(path)[f"No.{rm.sheet_numbers()[-1]}"]
    notes = {}
    for row in ws.iter_rows():
        for c in row:
            note = re.match(r"^(※\d+) (.*)$", c.value, re.S) if isinstance(c.value, str) else None
            if note:
                notes[note[1]] = note[2]
    marked = {
        c.number_format.split('"')[1].replace("\n", ""): c.value
        for row in ws.iter_rows()
        for c in row
        if c.number_format.startswith(';;;"※')
    }
    assert len(marked) == 23 and marked == notes


def _contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = _luminance(a) + 0.05, _luminance(b) + 0.05
    return max(la, lb) / min(la, lb)


def test_a_mark_wider_than_its_cell_is_set_against_the_taken_side_in_an_ink_that_reads_beside_its_bar() -> None:
    month = ColumnGrid.build(Edition()).width_mm(ColumnGrid.build(Edition()).first_month_col)
    plan, actual = (COLOUR.plan_fill, COLOUR.plan_text), (COLOUR.actual_fill, COLOUR.actual_text)
    for free, align in (((True, True), "center"), ((False, False), "center"), ((False, True), "left")):
        fit, horizontal, ink = mark_cell("※10", month, 8.0, free, *actual)
        assert fit.lines == ("※10",) and fit.size == XLSX_MIN_PT and horizontal == align
        # white on the navy bar would vanish over the paper: a grey that reads on both, not white
        assert ink != WHITE and min(_contrast(ink, COLOUR.actual_fill), _contrast(ink, WHITE)) > 3.0
    assert mark_cell("※10", month, 8.0, (True, False), *plan) == (Fit(("※10",), XLSX_MIN_PT), "right", BLACK)
    # a mark whose glyphs stay on its bar keeps the bar's ink; two months hold ※10 at the rule's own size
    assert mark_cell("※3", month, 8.0, (True, True), *actual)[2] == WHITE
    fit, horizontal, ink = mark_cell("※10", 2 * month, 8.0, (False, False), *actual)
    assert fit.size > XLSX_MIN_PT and horizontal == "center" and ink == WHITE


def test_the_print_reads_back_every_bar_and_an_import_changes_nothing(printed: tuple[Roadmap, Path, Path]) -> None:
    """The LibreOffice print, read as a PDF from someone else: every sample sheet's bars and labels come
    back as exported. A ※ note written right under the timeline runs on under the first months: it is not
    a label on a line below the last bar (No.57's 実績 came back cut in two, its second part labelled 「信」).
    The one-month sheet's last notes print on a page of their own: those marks are named and their rows
    kept as the roadmap has them (an import proposed 「※16」 as the labels)."""
    from roadmap_desktop.importing.merge import ChangeKind, plan_import
    from roadmap_desktop.importing.pdf import read_pdf

    rm, _, pdf = printed
    result = read_pdf(pdf, rm.edition)
    got = {s.project.name: s.project for s in result.sheets}
    assert set(got) == {p.name for p in rm.projects}

    def bars(p: Project) -> list[Any]:
        return [
            [
                sorted((b.start, b.end, b.label.replace("〜", "～"), b.continues) for b in row)
                for row in (i.plan, i.actual)
            ]
            for i in p.initiatives
        ]

    wrong = [p.name for p in rm.projects[:-1] if bars(got[p.name]) != bars(p)]
    assert not wrong, wrong
    plan = plan_import(rm, result)
    assert [c.kind for c in plan] == [ChangeKind.UNCHANGED] * len(rm.projects)
