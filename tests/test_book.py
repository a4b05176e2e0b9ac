"""The book: cover, 目次, 一覧 with totals, 全体工程表, sheets; page numbers and bookmarks that agree.

Everything is checked by reading the PDF back with pdfplumber (the pages where each sheet starts are
found from the sheets' own title lines), not from what the layout meant to write.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
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
    assert export_book(sample, sample.projects, out) == []
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


def test_every_contents_line_links_to_its_page(sample_book: Path) -> None:
    """Sections, the 分野 heading and every sheet: each line of the 目次 is a link to the page it names."""
    with pdfplumber.open(sample_book) as pdf:
        page_of = {p.page_obj.pageid: i for i, p in enumerate(pdf.pages, 1)}
        starts = _sheet_starts(pdf)
        texts = _pages_text(pdf)
        contents = pdf.pages[1]
        targets: dict[str, int] = {}
        for annot in contents.annots:
            line = (
                contents.crop((annot["x0"], annot["top"], annot["x1"], annot["bottom"])).extract_text() or ""
            ).strip()
            key = m.group(1) if (m := re.match(r"(No\.\d+|一覧|全体工程表|\S+分野)", line)) else line
            targets[key] = page_of[annot["data"]["Dest"][0].objid]
    assert {k: v for k, v in targets.items() if k.startswith("No.")} == {f"No.{no}": p for no, p in starts.items()}
    assert targets["一覧"] == 3 and texts[2].startswith("一覧")
    assert targets["全体工程表"] == 4 and texts[3].startswith("全体工程表")
    assert targets["行政経営分野"] == min(starts.values())
    assert len(targets) == 20 + 3


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


def test_the_publication_has_no_status_and_the_report_has_it_at_the_files_month(
    sample: Roadmap, sample_book: Path, tmp_path: Path
) -> None:
    """The default book carries no verdict; the progress report reads each project at the file's 基準月."""
    verdicts = re.compile("状況|遅れ|超過|順調|未着手")
    with pdfplumber.open(sample_book) as pdf:
        texts = _pages_text(pdf)
    assert not any(verdicts.search(t) for t in texts[:4])  # cover, 目次, 一覧, 全体工程表
    assert not any(re.search("遅れ|超過|順調|未着手", t) for t in texts)  # nor any sheet
    assert "基準月（令和7年3月）" in texts[3]  # the file's 基準月 line, in the legend
    report = tmp_path / "report.pdf"
    export_book(sample, sample.projects, report, progress_report=True)
    with pdfplumber.open(report) as pdf:
        lines = (pdf.pages[3].extract_text() or "").splitlines()
        list_text = pdf.pages[2].extract_text() or ""
        cover = pdf.pages[0].extract_text() or ""
    file_month = sample.edition.reference_month
    assert file_month == REFERENCE
    expected = {
        no: project_status(p, file_month).label for no, p in zip(sample.sheet_numbers(), sample.projects, strict=True)
    }
    found = {}
    for line in lines:
        if m := re.match(r"^(\d+) .* (遅れ|超過|順調|未着手)", line):
            found[int(m.group(1))] = m.group(2)
    assert found == expected
    assert "状況" in list_text and "進捗報告" in cover
    for no, label in expected.items():
        assert re.search(rf"^{no} .* {label}$", list_text, re.MULTILINE), no


def test_a_progress_report_needs_the_files_reference_month(sample: Roadmap, tmp_path: Path) -> None:
    sample.edition.reference_month = None
    try:
        with pytest.raises(RoadmapError, match="基準月"):
            export_book(sample, sample.projects, tmp_path / "r.pdf", progress_report=True)
        assert not (tmp_path / "r.pdf").exists()
    finally:
        sample.edition.reference_month = REFERENCE


def test_a_150_project_book_keeps_its_contents_and_footers_right_over_many_pages(tmp_path: Path) -> None:
    rm = generate_roadmap(150)
    out = tmp_path / "big.pdf"
    export_book(rm, rm.projects, out)
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
    file = str(tmp_path / "r.roadmap")
    RoadmapFile.create(file, sample).close()
    out = tmp_path / "book.pdf"
    assert main(["export", file, "--pdf", str(out), "--book"]) == 0
    assert "冊子" in capsys.readouterr().out
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 24 and "令和7年3月" in (pdf.pages[3].extract_text() or "")
        assert "遅れ" not in (pdf.pages[3].extract_text() or "")
    assert main(["export", file, "--book"]) == 1
    assert "--pdf" in capsys.readouterr().err
    # the 基準月 is the file's (版の設定), not a choice of the moment: the old option says where it went
    assert main(["export", file, "--pdf", str(out), "--book", "--reference-month", "2026-09"]) == 1
    assert "roadmap edition" in capsys.readouterr().err
    assert (
        main(
            ["edition", file, "--reference-month", "2026-09", "--issuer", "総務部 行政経営課", "--issued", "2026-10-01"]
        )
        == 0
    )
    assert "令和8年9月" in capsys.readouterr().out
    assert main(["export", file, "--pdf", str(out), "--book", "--progress"]) == 0
    with pdfplumber.open(out) as pdf:
        overview = pdf.pages[3].extract_text() or ""
        cover = pdf.pages[0].extract_text() or ""
    assert "基準月（令和8年9月）" in overview and "遅れ" in overview
    assert "令和8年10月1日" in cover and "総務部 行政経営課" in cover
    assert main(["edition", file, "--reference-month", "3月"]) == 1
    assert "基準月" in capsys.readouterr().err
    assert main(["edition", file, "--reference-month", ""]) == 0
    capsys.readouterr()
    assert main(["export", file, "--pdf", str(out), "--book", "--progress"]) == 1
    assert "基準月" in capsys.readouterr().err
    assert main(["export", file, "--pdf", str(out), "--progress"]) == 1  # sheets alone have no 状況
    chosen = main(["export", file, "--pdf", str(tmp_path / "two.pdf"), "--book", "--project", "63", "66"])
    assert chosen == 0
    with pdfplumber.open(tmp_path / "two.pdf") as pdf:
        assert len(pdf.pages) == 6


def test_layout_numbers_match_the_sheets_of_a_long_project(sample: Roadmap) -> None:
    p = sample.projects[16]  # No.72, eight initiatives: give it a continuation page
    for _ in range(4):
        p.initiatives.append(p.initiatives[0])
    book = layout_book(sample, [sample.projects[0], p, sample.projects[17]])
    pages = {e.sheet_no: e.page for e in book.entries}
    assert pages[72] == pages[56] + 1 and pages[73] == pages[72] + 2


def test_render_the_book_for_a_person_to_look_at(sample_book: Path, artifacts: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", "4", str(sample_book), str(artifacts / "book")], check=True)
    pngs = sorted(artifacts.glob("book-*.png"))
    assert len(pngs) >= 4 and all(p.stat().st_size > 5_000 for p in pngs)
