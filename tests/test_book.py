"""The book: cover, 目次, 一覧 with totals, 全体工程表, sheets; page numbers and bookmarks that agree.

Everything is checked by reading the PDF back with pdfplumber (the pages where each sheet starts are
found from the sheets' own title lines), not from what the layout meant to write.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.core.status import project_status
from roadmap_desktop.export.book import export_book
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.layout.book import layout_book
from roadmap_desktop.layout.overview import layout_overview, overview_rows
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate_roadmap

REFERENCE = Month(2025, 3)
PT = 72 / 25.4
_NO_AT_TOP = re.compile(r"No\.\s*(\d+)\s*$")
_CONTENTS_ENTRY = re.compile(r"No\.(\d+)\s+(.*?)\s+(\d+)$")


@pytest.fixture(scope="module")
def sample() -> Roadmap:
    return load_sample(sample_path())


@pytest.fixture(scope="module")
def sample_book(sample: Roadmap, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("book") / "book.pdf"
    assert export_book(sample, sample.projects, out, REFERENCE, date(2025, 4, 1)) == []
    return out


def _pages_text(pdf: pdfplumber.PDF) -> list[str]:
    return [page.extract_text() or "" for page in pdf.pages]


def _sheet_starts(pdf: pdfplumber.PDF) -> dict[int, int]:
    """Sheet No. → the 1-based page where the sheet starts: a page whose title line ends with its No.
    and is not marked （続き）."""
    starts: dict[int, int] = {}
    for i, page in enumerate(pdf.pages, 1):
        top = (page.crop((0, 0, page.width, 20 * PT)).extract_text() or "").split("\n")[0]
        m = _NO_AT_TOP.search(top.strip())
        if m and "続き" not in top:
            starts.setdefault(int(m.group(1)), i)
    return starts


def _contents(pdf: pdfplumber.PDF) -> tuple[dict[int, int], dict[str, int], list[str]]:
    """What the 目次 pages say: sheet No. → page, section → page, and the 分野 headings in order."""
    entries: dict[int, int] = {}
    sections: dict[str, int] = {}
    fields: list[str] = []
    for page in pdf.pages:
        lines = (page.extract_text() or "").splitlines()
        if not lines or not lines[0].startswith("目次"):
            continue
        # two columns: read each column on its own
        for x0, x1 in ((0, page.width / 2), (page.width / 2, page.width)):
            col = page.crop((x0, 12 * PT, x1, page.height - 8 * PT)).extract_text() or ""
            for line in col.splitlines():
                line = line.strip()
                if m := _CONTENTS_ENTRY.match(line):
                    entries[int(m.group(1))] = int(m.group(3))
                elif m := re.match(r"(一覧|全体工程表)\s+(\d+)$", line):
                    sections[m.group(1)] = int(m.group(2))
                elif m := re.match(r"(\S+分野)\s+(\d+)$", line):
                    fields.append(m.group(1))
    return entries, sections, fields


def _footers(pdf: pdfplumber.PDF) -> list[str]:
    return [(p.crop((0, p.height - 8 * PT, p.width, p.height)).extract_text() or "").strip() for p in pdf.pages]


def test_the_sample_book_has_cover_contents_list_overview_then_the_sheets(sample: Roadmap, sample_book: Path) -> None:
    with pdfplumber.open(sample_book) as pdf:
        texts = _pages_text(pdf)
        assert len(pdf.pages) == 24  # cover, 目次, 一覧, 全体工程表, 20 one-page sheets
        cover = texts[0]
        assert sample.edition.title in cover.replace(" ", "") or "DX関連事業ロードマップ" in cover
        assert "令和6年度版" in cover and "令和7年4月1日" in cover and "令和7年3月" in cover
        assert texts[1].startswith("目次") and texts[2].startswith("一覧") and texts[3].startswith("全体工程表")
        starts = _sheet_starts(pdf)
        assert sorted(starts) == list(range(56, 76))
        assert min(starts.values()) == 5


def test_contents_entries_are_the_pages_where_each_sheet_starts(sample_book: Path) -> None:
    with pdfplumber.open(sample_book) as pdf:
        entries, sections, fields = _contents(pdf)
        starts = _sheet_starts(pdf)
        texts = _pages_text(pdf)
    assert entries == starts
    assert sections == {"一覧": 3, "全体工程表": 4}
    assert texts[sections["一覧"] - 1].startswith("一覧")
    assert fields == ["行政経営分野"]


def test_contents_lines_link_to_their_sheets(sample_book: Path) -> None:
    with pdfplumber.open(sample_book) as pdf:
        page_of = {p.page_obj.pageid: i for i, p in enumerate(pdf.pages, 1)}
        starts = _sheet_starts(pdf)
        contents = pdf.pages[1]
        targets = []
        for annot in contents.annots:
            line = contents.crop((annot["x0"], annot["top"], annot["x1"], annot["bottom"])).extract_text() or ""
            no = int(re.match(r"No\.(\d+)", line.strip()).group(1))  # type: ignore[union-attr]
            targets.append((no, page_of[annot["data"]["Dest"][0].objid]))
    assert sorted(targets) == sorted(starts.items())


def test_every_footer_but_the_covers_is_the_pdfs_own_page_number(sample_book: Path) -> None:
    with pdfplumber.open(sample_book) as pdf:
        footers = _footers(pdf)
    assert footers[0] == ""
    assert footers[1:] == [f"- {i} -" for i in range(2, len(footers) + 1)]


def test_bookmarks_per_section_field_and_project_point_at_their_pages(sample: Roadmap, sample_book: Path) -> None:
    with pdfplumber.open(sample_book) as pdf:
        page_of = {p.page_obj.pageid: i for i, p in enumerate(pdf.pages, 1)}
        outline = [(level, title, page_of[dest[0].objid]) for level, title, dest, _a, _s in pdf.doc.get_outlines()]
        starts = _sheet_starts(pdf)
    assert outline[:5] == [(1, "表紙", 1), (1, "目次", 2), (1, "一覧", 3), (1, "全体工程表", 4), (1, "行政経営分野", 5)]
    projects = outline[5:]
    assert len(projects) == 20 and all(level == 2 for level, _, _ in projects)
    for (_, title, page), (no, project) in zip(
        projects, zip(sample.sheet_numbers(), sample.projects, strict=True), strict=True
    ):
        assert title == f"No.{no} {project.name}"
        assert page == starts[no]


def test_the_list_has_every_project_and_the_totals(sample: Roadmap, sample_book: Path) -> None:
    with pdfplumber.open(sample_book) as pdf:
        text = pdf.pages[2].extract_text() or ""
    total = sum(p.budget or 0 for p in sample.projects)
    assert f"合計（20 事業） {total:,}" in text
    assert f"行政経営分野（20 事業） {total:,}" in text
    for no in range(56, 76):
        assert re.search(rf"^{no} ", text, re.MULTILINE), no


def test_the_overview_has_one_line_per_project_with_its_status(sample: Roadmap, sample_book: Path) -> None:
    with pdfplumber.open(sample_book) as pdf:
        lines = (pdf.pages[3].extract_text() or "").splitlines()
    expected = {
        no: project_status(p, REFERENCE).label for no, p in zip(sample.sheet_numbers(), sample.projects, strict=True)
    }
    found = {}
    for line in lines:
        if m := re.match(r"^(\d+) .* (遅れ|超過|順調|未着手)", line):
            found[int(m.group(1))] = m.group(2)
    assert found == expected
    assert "基準月（令和7年3月）" in "".join(lines)


def test_a_150_project_book_keeps_its_contents_and_footers_right_over_many_pages(tmp_path: Path) -> None:
    rm = generate_roadmap(150)
    out = tmp_path / "big.pdf"
    export_book(rm, rm.projects, out, REFERENCE)
    with pdfplumber.open(out) as pdf:
        entries, sections, fields = _contents(pdf)
        starts = _sheet_starts(pdf)
        footers = _footers(pdf)
        texts = _pages_text(pdf)
    assert len(entries) == 150 and entries == starts
    assert footers[1:] == [f"- {i} -" for i in range(2, len(footers) + 1)]
    n_overview = sum(1 for t in texts if t.startswith("全体工程表"))
    assert 2 <= n_overview <= 6  # a few pages, not one per project
    assert sum(1 for t in texts if t.startswith("目次")) >= 2
    assert sorted(set(fields)) == sorted({p.field for p in rm.projects})
    assert texts[sections["全体工程表"] - 1].startswith("全体工程表")


def test_overview_pages_break_between_rows_and_repeat_the_header() -> None:
    rm = generate_roadmap(150)
    rows = overview_rows(rm, rm.projects, REFERENCE)
    pages = layout_overview(rm.edition, rows, REFERENCE)
    linked = [pid for page in pages for _, pid in page.links]
    fields = list(dict.fromkeys(r.field for r in rows))
    grouped = sorted(rows, key=lambda r: (fields.index(r.field), r.sheet_no))
    assert linked == [r.project_id for r in grouped]  # every project once, by 分野 then No. as in the 目次
    for page in pages:
        assert [t.text for t in page.texts() if t.role == "year"] == ["R6", "R7", "R8", "R9", "R10"]
        assert all(rect.bottom <= 200.0 + 1e-6 for rect, _ in page.links)


def test_the_book_pdf_imports_back_as_its_sheets(sample: Roadmap, sample_book: Path) -> None:
    result = read_pdf(sample_book, sample.edition)
    assert len(result.sheets) == 20
    assert any("目次" in p for p in result.problems) and any("全体工程表" in p for p in result.problems)
    back = Roadmap(sample.edition, [s.project for s in result.sheets])
    assert dumps(back, with_ids=False) == dumps(sample, with_ids=False)


def test_command_line_book(tmp_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str]) -> None:
    RoadmapFile.create(tmp_path / "r.roadmap", sample).close()
    out = tmp_path / "book.pdf"
    assert (
        main(["export", str(tmp_path / "r.roadmap"), "--pdf", str(out), "--book", "--reference-month", "2025-03"]) == 0
    )
    assert "冊子" in capsys.readouterr().out
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 24 and "令和7年3月" in (pdf.pages[3].extract_text() or "")
    assert main(["export", str(tmp_path / "r.roadmap"), "--book"]) == 1
    assert "--pdf" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "r.roadmap"), "--pdf", str(out), "--book", "--reference-month", "3月"]) == 1
    assert "基準月" in capsys.readouterr().err
    chosen = main(
        ["export", str(tmp_path / "r.roadmap"), "--pdf", str(tmp_path / "two.pdf"), "--book", "--project", "63", "66"]
    )
    assert chosen == 0
    with pdfplumber.open(tmp_path / "two.pdf") as pdf:
        assert len(pdf.pages) == 6


def test_layout_numbers_match_the_sheets_of_a_long_project(sample: Roadmap) -> None:
    p = sample.projects[16]  # No.72, eight initiatives: give it a continuation page
    for _ in range(4):
        p.initiatives.append(p.initiatives[0])
    book = layout_book(sample, [sample.projects[0], p, sample.projects[17]], REFERENCE, date(2025, 4, 1))
    pages = {e.sheet_no: e.page for e in book.entries}
    assert pages[72] == pages[56] + 1 and pages[73] == pages[72] + 2


def test_render_the_book_for_a_person_to_look_at(sample_book: Path, artifacts: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", "4", str(sample_book), str(artifacts / "book")], check=True)
    pngs = sorted(artifacts.glob("book-*.png"))
    assert len(pngs) >= 4 and all(p.stat().st_size > 5_000 for p in pngs)
