"""The exported PDF read back as a reader sees it (pdfplumber's characters, one parse per page): no
character under the sheet's 6 pt minimum, no vertical text, every bar label within its own bar's
months, every table reaching the bottom margin, cell text clear of the rules; on the sample and on
the 150-project generated roadmap. Also the 紙面チェック (preflight) in the CLI and the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from roadmap_desktop.cli import main as cli_main
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.layout import preflight
from roadmap_desktop.layout.geometry import FOOTER_ROOM_H, MARGIN, PAGE_H
from roadmap_desktop.layout.labels import MIN_PT, LabelHow, place_label
from roadmap_desktop.layout.sheet import PAD, BoxShape, SheetLayout, layout_projects, layout_sheet
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate_roadmap

PT = 72 / 25.4  # PDF points per mm


def _read(out: Path) -> list[tuple[list[dict], list[dict]]]:
    """(chars, rects) of every page, parsed once."""
    with pdfplumber.open(out) as pdf:
        return [(list(p.chars), list(p.rects)) for p in pdf.pages]


def _check_book(roadmap: Roadmap, out: Path) -> dict[str, float]:
    sheets = layout_projects(roadmap, roadmap.projects)
    pages = [(sheet, page) for sheet in sheets for page in sheet.pages]
    read = _read(out)
    assert len(read) == len(pages)
    worst_gap = 0.0
    labels = 0
    continued = 0  # （続き） pages with a timeline
    for (sheet, page), (chars, rects) in zip(pages, read, strict=True):
        # every character at 6 pt or more, and upright (no vertical text)
        small = [c["text"] for c in chars if c["size"] < MIN_PT * 1.0 - 0.01]
        assert not small, (sheet.sheet_no, small)
        assert all(c["upright"] for c in chars), sheet.sheet_no
        if not page.has_timeline:
            continue
        t = page.geometry.timeline
        # each bar label's characters, found where the layout put them, lie within the bar's months
        for bar in page.bars:
            x0 = t.month_left(bar.first)
            x1 = t.right if bar.continues else t.month_left(bar.last + 1)
            for run in bar.label_runs:
                got = [
                    c
                    for c in chars
                    if abs(c["bottom"] / PT - (run.baseline + 0.1)) < 1.2
                    and run.x - 0.1 <= (c["x0"] + c["x1"]) / 2 / PT <= run.x + run.width + 0.1
                ]
                assert "".join(c["text"] for c in got).replace(" ", "") == run.text.replace(" ", ""), (
                    sheet.sheet_no,
                    run.text,
                )
                for c in got:
                    assert x0 - 0.3 <= c["x0"] / PT and c["x1"] / PT <= x1 + 0.3, (sheet.sheet_no, bar.label, c["text"])
                labels += 1
                # a label line's words are never broken inside (one line per label, or phrase breaks)
                if len(bar.label_runs) > 1 and "\n" not in bar.label and not bar.note:  # (※ over 10: a mark)
                    assert len(run.text) > 1 or len(bar.label) == 1, (sheet.sheet_no, bar.label)
        # the table (and its notes) reach the bottom margin, on a sheet's first page and its （続き） pages
        lowest = max([r["bottom"] / PT for r in rects] + [c["bottom"] / PT for c in chars if c["size"] < 8])
        gap = PAGE_H - MARGIN - lowest
        worst_gap = max(worst_gap, gap)
        continued += page.continuation
        assert gap <= FOOTER_ROOM_H + 1.5, (sheet.sheet_no, page.continuation, gap)
        assert gap >= -0.01, (sheet.sheet_no, gap)
    return {"worst_gap": worst_gap, "labels": labels, "continued": continued}


def _padding(sheet: SheetLayout) -> None:
    """Cell text stands at least about 1 mm clear of its cell's rules (left and right)."""
    for page in sheet.pages:
        boxes = [s.rect for s in page.shapes if isinstance(s, BoxShape) and s.fill is None]
        for run in page.texts():
            if run.role in ("issues", "approach", "change", "overview", "name", "items", "field", "initiative"):
                assert run.x - run.region.x >= PAD - 1e-6, (sheet.sheet_no, run.role, run.text)
                assert run.region.right - (run.x + run.width) >= PAD - 0.05, (sheet.sheet_no, run.role, run.text)
        assert boxes


@pytest.fixture(scope="module")
def sample() -> Roadmap:
    return load_sample(sample_path())


def test_the_sample_pdf_reads_back_at_6_pt_or_more_labels_within_their_months_tables_to_the_margin(
    sample: Roadmap, tmp_path: Path, artifacts: Path
) -> None:
    out = tmp_path / "sample.pdf"
    assert export_pdf(sample, sample.projects, out) == []
    facts = _check_book(sample, out)
    assert facts["labels"] > 50
    for sheet in layout_projects(sample, sample.projects):
        _padding(sheet)
        # one answer for a label that does not fit its bar: a label line or a note, nothing else
        assert {b.place for p in sheet.pages for b in p.bars} <= {"inside", "above", "below", "note"}
    # the labels: never in another fiscal year's column any more
    by_no = dict(zip(sample.sheet_numbers(), sample.projects, strict=True))
    for no, label in (
        (59, "振り返り"),
        (63, "成果まとめ"),
        (65, "新技術の運用見込み"),
        (66, "職員研修の実施"),
        (68, "振り返り"),
    ):
        sheet = layout_sheet(sample.edition, by_no[no], no)
        for bar in (b for p in sheet.pages for b in p.bars if b.label == label):
            t = sheet.pages[0].geometry.timeline
            for run in bar.label_runs:
                assert t.month_left(bar.first) - 0.01 <= run.x
                assert run.x + run.width <= t.month_left(bar.last + 1) + 0.01
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(artifacts / "print-quality-sample")], check=True)


def test_the_generated_150_project_pdf_reads_back_the_same_way(tmp_path: Path) -> None:
    roadmap = generate_roadmap(150)
    out = tmp_path / "big.pdf"
    export_pdf(roadmap, roadmap.projects, out)
    facts = _check_book(roadmap, out)
    assert facts["labels"] > 500
    assert facts["continued"] >= 1  # sheets of 8 and 10 initiatives go on over a second page


def test_a_bar_label_is_never_broken_inside_a_word() -> None:
    """At any bar size a label is set with its words whole (between phrases), or becomes a note."""
    for label in ("意向調査・試行・振り返り", "内容検討", "振り返り", "導入調査（本庁）", "サポートデスク開設"):
        for width in (4.0, 8.0, 10.0, 12.0, 15.0, 25.0):
            for height in (3.5, 5.0, 8.0):
                place = place_label(label, width, height, width + 0.4, 0, 1)
                if place.how is LabelHow.NOTE:
                    continue
                assert "".join(place.lines) == label and place.size >= MIN_PT
                for word in ("意向調査", "振り返り", "内容検討", "導入調査", "（本庁）", "サポートデスク"):
                    if word in label:
                        assert any(word in line for line in place.lines), (label, width, height, place)


def _preflight_roadmap() -> Roadmap:
    ed = Edition()
    m = ed.first_month
    crowded = Project(
        name="注記と続きのある事業",
        budget=None,
        initiatives=[Initiative(f"取組{i}", "計画", [Bar(m, m, "関係課との調整会議")], []) for i in range(14)],
    )
    plain = Project(
        name="ふつうの事業", budget=1200, initiatives=[Initiative("取組", "計画", [Bar(m, m.shifted(11), "実施")], [])]
    )
    return Roadmap(ed, [crowded, plain])


def test_preflight_names_notes_continuations_and_unentered_budgets() -> None:
    rm = _preflight_roadmap()
    findings = preflight.check_roadmap(rm)
    crowded, plain = rm.projects
    mine = [f.message for f in findings if f.project_id == crowded.id]
    assert any("注記（※）" in m and "関係課との調整会議" in m for m in mine)
    assert any("ページに分かれます" in m for m in mine)
    assert any("事業費が未入力" in m for m in mine)
    assert not [f for f in findings if f.project_id == plain.id]
    assert all(f.severity is preflight.Severity.WARN for f in findings)


def test_roadmap_check_prints_the_findings_and_exits_1_only_below_the_minimum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, _preflight_roadmap()).close()
    assert cli_main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "No.1「注記と続きのある事業」" in out and "事業費が未入力" in out and "紙面チェック" in out
    assert cli_main(["check", str(path), "--book"]) == 0
    capsys.readouterr()
    # a minimum above what the sheet sets: every 6 pt character is now below it, and the exit says so
    monkeypatch.setattr(preflight, "MIN_PT", 6.5)
    assert cli_main(["check", str(path)]) == 1
    assert "ポイント未満" in capsys.readouterr().out


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen show()
def test_the_preflight_dialog_lists_findings_and_selects_the_project(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from roadmap_desktop.ui.main_window import MainWindow

    path = tmp_path / "r.roadmap"
    rm = _preflight_roadmap()
    RoadmapFile.create(path, rm).close()
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.show()
    qtbot.waitExposed(w)
    w.list_panel.select_project(rm.projects[1].id)
    assert w.current_project().id == rm.projects[1].id
    w.preflight_action.trigger()
    dialog = w.preflight
    qtbot.waitExposed(dialog)
    assert dialog.list.count() >= 3
    item = dialog.list.item(0)
    assert "No.1" in item.text()
    dialog.list.itemClicked.emit(item)
    assert w.current_project().id == rm.projects[0].id
    grab = dialog.grab()
    assert grab.width() > 300
    dialog.close()


@pytest.mark.parametrize("count", [11, 13, 24])
def test_a_continued_sheet_ends_at_the_bottom_margin_on_every_page(tmp_path: Path, count: int) -> None:
    """A sheet too full for one page goes on over （続き） pages; each page's table ends at the margin."""
    e = Edition(fiscal_year=2024, first_sheet_no=1)
    first = e.first_month
    project = Project(
        name="取組の多い事業",
        overview="職員の業務効率化を図る。",
        initiatives=[
            Initiative(f"取組その{k}", plan=[Bar(first.shifted(k), first.shifted(k + 6), "内容検討")])
            for k in range(count)
        ],
    )
    roadmap = Roadmap(e, [project])
    out = tmp_path / "continued.pdf"
    export_pdf(roadmap, roadmap.projects, out)
    facts = _check_book(roadmap, out)
    assert facts["continued"] >= 1
    assert len(layout_sheet(e, project, 1).pages) == facts["continued"] + 1
