"""PDFs that other programs made of the 20 sample projects (tests/corpus_pdf), read against the sample's
own JSON transcription: every fact found into an empty roadmap, none lost importing into the sample.

Producers: LibreOffice printing three hand-built workbooks (filled-cell bars parted by a change of fill
or by medium borders, a month-number or quarter sub-header row, 令和６年度 headers, no 区分 header, a
trailing 以降 column, two projects stacked on one printed page, an instructions sheet; and bars drawn
as shapes in xl/drawings: rectangles, pentagon and right arrows, lines with a text box above), and a
reportlab drawing of another style (thin line bars with arrow heads and labels above, lanes within a
row, 2024年度 headers, spaced labels, （続き） pages or only the same Ｎｏ．; or bars as month cells
filled one by one, touching bars of one colour parted only by their labels, ▶ past the grid).
"""

from __future__ import annotations

import copy
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from corpus_pdf import drawn, workbooks
from corpus_pdf.facts import sample, score
from lo_print import PrintedCorpus
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.importing.merge import ChangeKind, ImportResult, apply_import, describe_plan, plan_import
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.importing.round_plan import allow_deletions, plan_round
from roadmap_desktop.paths import sample_path

EVERY = list(range(56, 76))


@pytest.fixture(scope="session")
def libreoffice_corpus(printed_corpus: PrintedCorpus) -> dict[str, Path]:
    """The three workbooks printed by LibreOffice in the default font (one soffice run per session)."""
    printed = printed_corpus.pdfs()
    return {kind: printed[kind] for kind in ("months", "quarters", "shapes")}


@pytest.fixture(scope="session")
def drawn_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("corpus_drawn")
    out = {
        "drawn": folder / "drawn.pdf",
        "drawn-same-no": folder / "same_no.pdf",
        "drawn-halves": folder / "halves.pdf",
        "drawn-bare": folder / "bare.pdf",
        "drawn-cells": folder / "cells.pdf",
    }
    drawn.draw(out["drawn"])
    drawn.draw(out["drawn-same-no"], mark=False)
    drawn.draw(out["drawn-halves"], sub="halves")
    drawn.draw(out["drawn-bare"], mark="bare")
    drawn.draw(out["drawn-cells"], bars="cells")
    return out


@pytest.fixture
def corpus(
    request: pytest.FixtureRequest, libreoffice_corpus: dict[str, Path], drawn_corpus: dict[str, Path]
) -> dict[str, Path]:
    return {**libreoffice_corpus, **drawn_corpus}


_READS: dict[Path, ImportResult] = {}


def _read(pdf: Path) -> ImportResult:
    """Each corpus file read once per session (the tests below only look at the result)."""
    if pdf not in _READS:
        _READS[pdf] = read_pdf(pdf, load_sample(sample_path()).edition)
    return copy.deepcopy(_READS[pdf])


def _import(roadmap: Roadmap, result: ImportResult) -> Roadmap:
    return apply_import(roadmap, plan_import(roadmap, result))


def _score(pdf: Path, projects: list[dict[str, Any]]) -> tuple[ImportResult, Any]:
    sample_roadmap = load_sample(sample_path())
    result = _read(pdf)
    empty = Roadmap(copy.deepcopy(sample_roadmap.edition), [])
    return result, score(projects, _import(empty, result).projects, _import(sample_roadmap, result).projects)


@pytest.mark.parametrize(
    "producer",
    ["months", "quarters", "shapes", "drawn", "drawn-same-no", "drawn-halves", "drawn-bare", "drawn-cells"],
)
def test_every_fact_is_found_and_none_is_lost(corpus: dict[str, Path], producer: str) -> None:
    result, s = _score(corpus[producer], sample()["projects"])
    assert s.expected == 524
    assert s.missing == [] and s.spurious == []
    assert s.found == s.expected and s.lost == 0
    assert len(result.sheets) == 20
    assert [sh.sheet_no for sh in result.sheets] == EVERY
    # each sheet read surely: nothing named as unread, no doubt about a bar's months
    assert all(sh.unread == {} for sh in result.sheets), [(sh.source, sh.unread) for sh in result.sheets]


@pytest.mark.parametrize("producer", ["months", "quarters", "shapes", "drawn"])
def test_importing_into_the_sample_changes_nothing(corpus: dict[str, Path], producer: str) -> None:
    roadmap = load_sample(sample_path())
    plan = plan_import(roadmap, _read(corpus[producer]))
    assert [c.kind for c in plan] == [ChangeKind.UNCHANGED] * 20, describe_plan(plan, ImportResult())


def test_pages_that_are_no_sheet_are_named_not_fatal(corpus: dict[str, Path]) -> None:
    """An instructions sheet printed after the sheets; a printed book's cover and its page of notes."""
    assert _read(corpus["months"]).problems == ["21ページ目: ロードマップのシートではありません"]
    assert _read(corpus["drawn"]).problems == [
        "1ページ目: ロードマップのシートではありません",
        "23ページ目: ロードマップのシートではありません",
    ]


def test_two_projects_on_one_page_stay_two_projects(corpus: dict[str, Path]) -> None:
    result = _read(corpus["quarters"])
    stacked = [s for s in result.sheets if "2件目のシート" in s.source]
    assert len(stacked) >= 3  # the worksheet prints two small projects to a page
    names = [s.project.name for s in result.sheets]
    assert len(set(names)) == 20
    data = {p["name"]: p for p in sample()["projects"]}
    for s in result.sheets:  # no project took another's initiatives
        got = [i.name.replace("\n", "") for i in s.project.initiatives]
        assert got == [i["name"].replace("\n", "") for i in data[s.project.name]["initiatives"]]


def test_bars_that_run_into_the_trailing_column_continue(corpus: dict[str, Path]) -> None:
    result = _read(corpus["quarters"])
    bars = [b for s in result.sheets for i in s.project.initiatives for b in i.plan + i.actual]
    want = [b for p in sample()["projects"] for i in p["initiatives"] for b in i["plan"] + i["actual"]]
    assert sum(b.continues for b in bars) == sum(b["continues"] for b in want) > 10


# --- what cannot be read keeps what the roadmap holds -------------------------------------------


def test_a_timeline_whose_header_does_not_parse_keeps_the_roadmaps_initiatives(tmp_path: Path) -> None:
    pdf = tmp_path / "undated.pdf"
    drawn.draw(pdf, [56, 57], years="undated")
    roadmap = load_sample(sample_path())
    result = read_pdf(pdf, roadmap.edition)
    assert [s.project.initiatives for s in result.sheets] == [[], []]
    plan = plan_import(roadmap, result)
    assert [c.kind for c in plan] == [ChangeKind.UNCHANGED] * 2
    after = apply_import(roadmap, plan)
    assert [p.initiatives for p in after.projects[:2]] == [p.initiatives for p in roadmap.projects[:2]]
    text = describe_plan(plan, result)
    assert text.count("工程表: 読み取れなかったため、ロードマップの内容を維持します") == 2
    assert "年度の見出し（R6〜R10 など）が見つからない" in text


def test_a_missing_field_label_keeps_the_roadmaps_value(tmp_path: Path) -> None:
    pdf = tmp_path / "nolabel.pdf"
    drawn.draw(pdf, [56], omit=("field", "sections"))
    roadmap = load_sample(sample_path())
    result = read_pdf(pdf, roadmap.edition)
    plan = plan_import(roadmap, result)
    [change] = plan
    assert change.kind is ChangeKind.UNCHANGED
    assert change.proposed.field == "行政経営分野" and change.proposed.sections == ["行政経営課"]
    text = describe_plan(plan, result)
    assert "分野: 読み取れなかったため、ロードマップの内容を維持します（「分野」の欄が見つかりません）" in text
    assert "担当課等: 読み取れなかったため" in text


def test_bars_and_initiatives_the_page_shows_gone_are_deleted(tmp_path: Path) -> None:
    """Rows present and empty, or rows removed from a timeline that was read: the deletion is proposed,
    shown and not taken by default (a file without a base), taken when asked (--allow-deletions)."""
    projects = copy.deepcopy(sample()["projects"][:1])
    first, second = projects[0]["initiatives"][:2]
    first["plan"] = []  # its 計画 row is present and empty
    projects[0]["initiatives"] = [first]  # the second 取組's rows are gone
    pdf = tmp_path / "edited.pdf"
    drawn.draw(pdf, projects=projects)
    roadmap = load_sample(sample_path())
    plans = plan_round(roadmap, [(pdf.name, read_pdf(pdf, roadmap.edition), None)])
    [change] = plans[0].changes
    assert change.kind is ChangeKind.CHANGED
    assert [k.destructive for k in change.conflicts] == [True, True]
    assert any(second["name"] in k.label and k.options[1].text == "（削除）" for k in change.conflicts)
    own = roadmap.projects[0]
    assert dumps(Roadmap(roadmap.edition, [change.proposed])) == dumps(Roadmap(roadmap.edition, [own]))
    allow_deletions(plans)
    proposed = change.proposed
    assert [i.name for i in proposed.initiatives] == [first["name"]]
    assert proposed.initiatives[0].plan == [] and len(proposed.initiatives[0].actual) == 1
    assert any(f.new == "（削除）" and second["name"] in f.label for f in change.changes)


def test_a_pdf_that_is_not_a_roadmap_says_so_in_japanese(tmp_path: Path) -> None:
    pdfmetrics.registerFont(TTFont(drawn.FONT, drawn.FONT_FILE))
    pdf = tmp_path / "notice.pdf"
    c = Canvas(str(pdf), pagesize=landscape(A4))
    c.setFont(drawn.FONT, 14)
    c.drawString(60, 500, "令和６年度　ロードマップ作成についての通知")
    c.drawString(60, 470, "事業名、担当部局などを記入のうえ、期限までに提出してください。")
    c.showPage()
    c.save()
    with pytest.raises(RoadmapError) as e:
        read_pdf(pdf, load_sample(sample_path()).edition)
    assert "「notice.pdf」にはロードマップのシートが見つかりませんでした。" in str(e.value)
    assert "1ページ目: ロードマップのシートではありません" in str(e.value)


def test_touching_bars_of_one_fill_come_back_as_two_bars(corpus: dict[str, Path], tmp_path: Path) -> None:
    """The known failure: a run of filled cells holding two labels (two bars of one fill, no border
    between) was read as one bar with the labels run together."""
    from openpyxl import load_workbook

    book = tmp_path / "months.xlsx"
    workbooks.build(book, "months", notes=False)
    ws = load_workbook(book).active
    touching = 0
    for row in ws.iter_rows(min_col=workbooks.FIRST_MONTH_COL + 1, max_col=workbooks.LAST_COL - 1):
        for before, cell in pairwise(row):
            same = before.fill.fgColor.rgb == cell.fill.fgColor.rgb and cell.fill.fill_type == "solid"
            if same and cell.value and before.fill.fill_type == "solid":
                touching += 1
    assert touching >= 10  # the corpus has them: a new label inside one colour run
    result = _read(corpus["months"])
    labels = {b.label for s in result.sheets for i in s.project.initiatives for b in i.plan + i.actual}
    want = {b["label"] for p in sample()["projects"] for i in p["initiatives"] for b in i["plan"] + i["actual"]}
    assert labels == want
    assert not any("ひとつながりのバー" in w for s in result.sheets for w in s.warnings)


def test_a_bar_edge_between_months_is_named_and_keeps_the_roadmaps_bars(tmp_path: Path) -> None:
    pdf = tmp_path / "nudged.pdf"
    drawn.draw(pdf, [57], nudge=0.4, extra_pages=False)  # every bar starts 0.4 month late
    roadmap = load_sample(sample_path())
    result = read_pdf(pdf, roadmap.edition)
    [sheet] = result.sheets
    assert any("端が月の区切りからずれています" in why for why in sheet.unread.values())
    ini = sheet.project.initiatives[0]
    assert [str(b.start) for b in ini.plan] == ["2024-04"]  # the nearest month, named as not read surely
    plan = plan_import(roadmap, result)
    assert [c.kind for c in plan] == [ChangeKind.UNCHANGED]
    assert "読み取れなかったため、ロードマップの内容を維持します" in describe_plan(plan, result)


@pytest.mark.parametrize("years", ["fy", "era"])
def test_year_headers_in_other_forms(tmp_path: Path, years: str) -> None:
    pdf = tmp_path / f"{years}.pdf"
    projects = drawn.draw(pdf, [56, 75], years=years, extra_pages=False)
    result, s = _score_fresh(pdf, projects)
    assert s.missing == [] and s.spurious == [] and s.lost == 0
    assert all(sh.unread == {} for sh in result.sheets)


def _score_fresh(pdf: Path, projects: list[dict[str, Any]]) -> tuple[ImportResult, Any]:
    sample_roadmap = load_sample(sample_path())
    result = read_pdf(pdf, sample_roadmap.edition)
    empty = Roadmap(copy.deepcopy(sample_roadmap.edition), [])
    return result, score(projects, _import(empty, result).projects, _import(sample_roadmap, result).projects)


def test_a_figure_that_is_no_bar_is_named_and_keeps_the_roadmaps_bars(tmp_path: Path) -> None:
    pdf = tmp_path / "milestone.pdf"
    drawn.draw(pdf, [56], milestone=True, extra_pages=False)
    roadmap = load_sample(sample_path())
    result = read_pdf(pdf, roadmap.edition)
    [sheet] = result.sheets
    first = roadmap.projects[0].initiatives[0].name
    assert list(sheet.unread) == ["initiative:" + first]
    plan = plan_import(roadmap, result)
    assert [c.kind for c in plan] == [ChangeKind.UNCHANGED]
    text = describe_plan(plan, result)
    assert f"取組「{first}」: 読み取れなかったため、ロードマップの内容を維持します（工程表の図形のうち" in text


def test_the_input_file_is_never_changed(corpus: dict[str, Path]) -> None:
    import hashlib

    for producer in ("quarters", "drawn-cells"):
        pdf = corpus[producer]
        before = hashlib.sha256(pdf.read_bytes()).hexdigest(), pdf.stat().st_mtime_ns
        roadmap = load_sample(sample_path())
        apply_import(roadmap, plan_import(roadmap, read_pdf(pdf, roadmap.edition)))
        assert (hashlib.sha256(pdf.read_bytes()).hexdigest(), pdf.stat().st_mtime_ns) == before


def test_a_page_of_an_earlier_edition_keeps_the_bars_of_years_it_does_not_show(tmp_path: Path) -> None:
    """A sheet headed 2023年度…2027年度 does not show R10 (2028): the roadmap's bars are kept and named."""
    projects = copy.deepcopy(sample()["projects"][:1])
    pdf = tmp_path / "r5.pdf"
    drawn.draw(pdf, projects=projects, extra_pages=False, first_year=2023)
    roadmap = load_sample(sample_path())
    result = read_pdf(pdf, roadmap.edition)
    [sheet] = result.sheets
    assert set(sheet.unread) == {"initiative:" + i["name"] for i in projects[0]["initiatives"]}
    plan = plan_import(roadmap, result)
    after = apply_import(roadmap, plan)
    assert after.projects[0].initiatives == roadmap.projects[0].initiatives
    assert "工程表に R10 の年度がないため" in describe_plan(plan, result)


def test_the_pages_objects_are_pdfplumbers_own(
    drawn_corpus: dict[str, Path], libreoffice_corpus: dict[str, Path]
) -> None:
    """extract_page takes characters and shapes straight from pdfminer's layout (pdfplumber's dict per
    object costs a fifth of a page's time): the same text, boxes, colours and drawing order as
    pdfplumber's own objects, on a drawn PDF and on LibreOffice's print."""
    import pdfplumber

    from roadmap_desktop.importing.pdf_page import _extract_by_pdfplumber, extract_page

    compared = 0
    for pdf in (drawn_corpus["drawn-cells"], drawn_corpus["drawn"], libreoffice_corpus["months"]):
        with pdfplumber.open(pdf) as doc:
            for n, page in enumerate(doc.pages[:4], 1):
                fast = extract_page(page, n)
                page.close()
                plain = _extract_by_pdfplumber(page, n)
                page.close()
                assert fast == plain, (pdf.name, n)
                compared += bool(fast.glyphs and fast.shapes)
    assert compared >= 9  # sheets with text and drawing (a cover page has no shapes)
