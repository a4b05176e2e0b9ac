"""PDF export read back with pdfplumber: every label, value and bar where the sheet layout puts it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber
import pytest

from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.labels import FIELD_LABELS, label_for
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.core.progress import Cancelled
from roadmap_desktop.export.pdf import export_pdf, export_pdf_per_project
from roadmap_desktop.layout.content import field_text
from roadmap_desktop.layout.fonts import PT_MM, metrics
from roadmap_desktop.layout.geometry import Rect, TimelineGeometry
from roadmap_desktop.layout.palette import PRINT
from roadmap_desktop.layout.sheet import Page, layout_sheet

PT = 72 / 25.4  # points per mm
TOL = 0.25  # pt


def _by_no(rm: Roadmap, no: int) -> Project:
    return dict(zip(rm.sheet_numbers(), rm.projects, strict=True))[no]


def _chars_of_runs(pdf_page: pdfplumber.page.Page, page: Page) -> None:
    """Every run is found as text at its place; every character belongs to a run and lies inside its cell."""
    m = metrics()
    chars = list(pdf_page.chars)
    used = [False] * len(chars)
    for run in page.texts():
        em = run.size * PT_MM
        top = (run.baseline - m.ascent * em) * PT
        x0, x1 = run.x * PT, (run.x + run.width) * PT
        mine = [
            i
            for i, c in enumerate(chars)
            if not used[i] and abs(c["top"] - top) < TOL and c["x0"] >= x0 - TOL and c["x1"] <= x1 + TOL
        ]
        mine.sort(key=lambda i: chars[i]["x0"])
        assert "".join(chars[i]["text"] for i in mine) == run.text, run
        r = run.region
        for i in mine:
            used[i] = True
            c = chars[i]
            assert r.x * PT - TOL <= c["x0"] and c["x1"] <= r.right * PT + TOL, (c["text"], run)
            assert r.y * PT - TOL <= c["top"] and c["bottom"] <= r.bottom * PT + TOL, (c["text"], run)
    stray = [chars[i]["text"] for i in range(len(chars)) if not used[i]]
    assert stray == []


def _gray(c: object) -> float | None:
    if isinstance(c, tuple | list):
        return float(c[0]) if len(c) == 1 else None
    return None if c is None else float(c)  # type: ignore[arg-type]


def _pdf_bars(pdf_page: pdfplumber.page.Page, t: TimelineGeometry, offset: int) -> list[tuple]:
    """The bars drawn on *pdf_page*, read from its filled shapes: (initiative, actual?, first, last)."""
    tops = [t.row_top(k // 2, bool(k % 2)) for k in range(2 * t.rows)] + [t.bottom]
    found = []
    for obj in list(pdf_page.rects) + list(pdf_page.curves):
        fill = _gray(obj.get("non_stroking_color"))
        if not obj.get("fill") or fill not in (PRINT.plan_fill[0], PRINT.actual_fill[0]):
            continue
        x0, x1 = obj["x0"] / PT, obj["x1"] / PT
        mid = (obj["top"] + obj["bottom"]) / 2 / PT
        row = next(k for k in range(2 * t.rows) if tops[k] <= mid < tops[k + 1])
        actual = row % 2 == 1
        assert actual == (fill == PRINT.actual_fill[0])
        found.append((offset + row // 2, actual, t.month_at(x0), t.month_at(x1 - 0.01)))
    return sorted(found)


def _model_bars(project: Project, edition: Edition, initiatives: range) -> list[tuple]:
    out = []
    for i in initiatives:
        ini = project.initiatives[i]
        for actual, bars in ((False, ini.plan), (True, ini.actual)):
            for b in bars:
                out.append((i, actual, edition.month_offset(b.start), edition.month_offset(b.end)))
    return sorted(out)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Roadmap, Path, list[str]]:
    from roadmap_desktop.core.sample import load_sample
    from roadmap_desktop.paths import sample_path

    rm = load_sample(sample_path())
    out = tmp_path_factory.mktemp("pdf") / "book.pdf"
    problems = export_pdf(rm, rm.projects, out)
    return rm, out, problems


def test_the_font_is_embedded_as_a_subset_and_nothing_else_is_used(sample_pdf: tuple) -> None:
    _, out, _ = sample_pdf
    lines = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        name, *_rest = line.split()
        assert name.split("+")[-1] == "IPAexGothic" and "+" in name
        assert " yes yes yes " in line  # embedded, subset, with a ToUnicode map


def test_every_sample_sheet_reads_back_exactly_where_the_layout_puts_it(sample_pdf: tuple) -> None:
    rm, out, _ = sample_pdf
    with pdfplumber.open(out) as pdf:
        assert pdf.metadata["Title"] == rm.edition.title
        pages = iter(pdf.pages)
        for no, project in zip(rm.sheet_numbers(), rm.projects, strict=True):
            sheet = layout_sheet(rm.edition, project, no)
            for page in sheet.pages:
                pdf_page = next(pages)
                assert pdf_page.width == pytest.approx(297 * PT, abs=0.1)
                assert pdf_page.height == pytest.approx(210 * PT, abs=0.1)
                _chars_of_runs(pdf_page, page)
                if page.has_timeline:
                    assert _pdf_bars(pdf_page, page.geometry.timeline, page.initiatives.start) == _model_bars(
                        project, rm.edition, page.initiatives
                    )
        assert next(pages, None) is None


def _crop_text(pdf_page: pdfplumber.page.Page, r: Rect) -> str:
    return (pdf_page.crop((r.x * PT, r.y * PT, r.right * PT, r.bottom * PT)).extract_text() or "").replace("\n", "")


def test_labels_and_field_values_are_found_in_their_cells(sample_pdf: tuple) -> None:
    rm, out, _ = sample_pdf
    project = _by_no(rm, 56)
    g = layout_sheet(rm.edition, project, 56).pages[0].geometry
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        words = page.extract_text()
        assert "No. 56" in words and rm.edition.title in words
        for attr in FIELD_LABELS:
            assert _crop_text(page, g.cell("label:" + attr).rect) == label_for(attr, rm.edition)
            assert _crop_text(page, g.cell(attr).rect) == field_text(project, attr).replace("\n", "")
        assert _crop_text(page, g.cell("budget").rect) == "5,144"
        for i, year in enumerate(["R6", "R7", "R8", "R9", "R10"]):
            assert _crop_text(page, g.timeline.year_header(i)) == year


def test_twelve_initiatives_run_onto_a_second_page_marked_continued(tmp_path: Path, artifacts: Path) -> None:
    ed = Edition()
    first = ed.first_month
    inits = [
        Initiative(f"取組{i + 1}", "計画", [Bar(first.shifted(i * 3), first.shifted(i * 3 + 5), f"段階{i + 1}")], [])
        for i in range(12)
    ]
    p = Project(name="県庁スマートワーク推進事業", budget=176289, initiatives=inits)
    rm = Roadmap(ed, [p])
    out = tmp_path / "two.pdf"
    assert export_pdf(rm, [p], out) == []
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        second = pdf.pages[1].extract_text()
        assert "（続き）" in second and "県庁スマートワーク推進事業" in second and "事業名" in second
        assert "R6" in second and "R10" in second and "取組12" in second
        assert "（続き）" not in pdf.pages[0].extract_text()
        pages = layout_sheet(ed, p, 1).pages
        assert [pg.initiatives.start for pg in pages] == [0, pages[1].initiatives.start] and len(pages) == 2
        for pdf_page, page in zip(pdf.pages, pages, strict=True):
            got = _pdf_bars(pdf_page, page.geometry.timeline, page.initiatives.start)
            assert got == _model_bars(p, ed, page.initiatives)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(artifacts / "pdf-twelve-initiatives")], check=True)


def test_a_very_long_overview_is_reported_and_read_back_whole(tmp_path: Path) -> None:
    long = "・県の施策をこれまで以上に効果的・効率的に推進するため、組織体制の強化を図る。\n" * 12
    p = Project(name="県庁版BPR加速化事業", overview=long.strip())
    rm = Roadmap(Edition(), [p])
    out = tmp_path / "long.pdf"
    problems = export_pdf(rm, [p], out)
    assert len(problems) == 1 and "概要" in problems[0] and "県庁版BPR加速化事業" in problems[0]
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        pages = layout_sheet(rm.edition, p, 1).pages
        read = ""
        for pdf_page, page in zip(pdf.pages, pages, strict=True):
            _chars_of_runs(pdf_page, page)
            regions = {t.region for t in page.texts() if t.role == "overview"}
            assert len(regions) == 1
            read += _crop_text(pdf_page, regions.pop())
        assert read == p.overview.replace("\n", "")
        assert pages[0].fields["overview"].size == 6.0
        assert "（続き）" in pdf.pages[1].extract_text()


def test_cancelling_leaves_the_previous_file_untouched(sample_pdf: tuple, tmp_path: Path) -> None:
    rm, _, _ = sample_pdf
    target = tmp_path / "book.pdf"
    target.write_bytes(b"previous")
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 3

    with pytest.raises(Cancelled):
        export_pdf(rm, rm.projects, target, progress)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf"]
    assert calls[0] == (0, 20) and calls[-1] == (3, 20)


def test_progress_reaches_the_total(sample_pdf: tuple, tmp_path: Path) -> None:
    rm, _, _ = sample_pdf
    seen = []
    export_pdf(rm, rm.projects[:3], tmp_path / "x.pdf", lambda d, t: seen.append((d, t)) or True)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_one_file_per_project_in_sheet_order(sample_pdf: tuple, tmp_path: Path) -> None:
    rm, _, _ = sample_pdf
    chosen = [rm.projects[5], rm.projects[0]]
    files = export_pdf_per_project(rm, chosen, tmp_path)
    assert [f.name for f in files] == ["No056_電子入札・電子収納導入調査事業.pdf", f"No061_{rm.projects[5].name}.pdf"]
    with pdfplumber.open(files[0]) as pdf:
        assert len(pdf.pages) == 1 and "No. 56" in pdf.pages[0].extract_text()


def test_bad_targets_give_a_japanese_message(sample_pdf: tuple, tmp_path: Path) -> None:
    rm, _, _ = sample_pdf
    with pytest.raises(RoadmapError, match="フォルダー"):
        export_pdf(rm, rm.projects[:1], tmp_path / "missing" / "x.pdf")
    with pytest.raises(RoadmapError, match="書き出す事業"):
        export_pdf(rm, [], tmp_path / "x.pdf")
    with pytest.raises(RoadmapError, match="フォルダー"):
        export_pdf_per_project(rm, rm.projects[:1], tmp_path / "missing")


def test_render_sample_sheets_to_png_for_a_person_to_look_at(
    sample_pdf: tuple, artifacts: Path, tmp_path: Path
) -> None:
    rm, _, _ = sample_pdf
    for no in (56, 62, 72):
        out = tmp_path / f"no{no}.pdf"
        export_pdf(rm, [_by_no(rm, no)], out)
        prefix = artifacts / f"pdf-no{no}"
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(out), str(prefix)], check=True)
        pngs = sorted(artifacts.glob(f"pdf-no{no}*.png"))
        assert pngs and all(p.stat().st_size > 10_000 for p in pngs)


def test_command_line_export_warns_about_text_that_does_not_fit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from roadmap_desktop.cli import main
    from roadmap_desktop.storage import RoadmapFile

    p = Project(name="県庁版BPR加速化事業", overview="組織体制の強化を図る。" * 200)
    RoadmapFile.create(tmp_path / "r.roadmap", Roadmap(Edition(), [p])).close()
    assert main(["export", str(tmp_path / "r.roadmap"), "--pdf", str(tmp_path / "o.pdf")]) == 0
    err = capsys.readouterr().err
    assert "注意" in err and "概要" in err and "No.1" in err
    with pdfplumber.open(tmp_path / "o.pdf") as pdf:
        assert len(pdf.pages) == 2
