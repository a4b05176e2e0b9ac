"""No bar label is ever lost: labels that fit neither in nor beside their bar become numbered notes
(※1 事例集作成) in the PDF and the Excel file, and both import back to the very same roadmap."""

from __future__ import annotations

import copy
import re
import subprocess
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from lo_print import OWN, PrintedCorpus

from roadmap_desktop.core.dump import dumps, project_to_dict
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.layout.geometry import MARGIN, PAGE_H
from roadmap_desktop.layout.sheet import layout_projects, layout_sheet
from roadmap_desktop.paths import sample_path


def _by_no(rm: Roadmap, no: int) -> Project:
    return dict(zip(rm.sheet_numbers(), rm.projects, strict=True))[no]


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


def _bars(bars: list[Bar]) -> list[tuple[str, str, str]]:
    return sorted((str(b.start), str(b.end), b.label) for b in bars)


def _labels(project: Project) -> list[str]:
    return [b.label for ini in project.initiatives for b in ini.plan + ini.actual if b.label]


@pytest.fixture(scope="module")
def sample() -> Roadmap:
    return load_sample(sample_path())


@pytest.fixture(scope="module")
def sample_pdf(sample: Roadmap, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    out = tmp_path_factory.mktemp("notes") / "sample.pdf"
    return out, export_pdf(sample, sample.projects, out)


@pytest.fixture(scope="module")
def sample_xlsx(sample: Roadmap, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("notes") / "sample.xlsx"
    export_xlsx(sample, sample.projects, out)
    return out


def test_every_sample_label_is_laid_out_whole_in_its_bar_beside_it_or_as_a_note(sample: Roadmap) -> None:
    notes_seen: dict[int, list[str]] = {}
    for sheet in layout_projects(sample, sample.projects):
        assert not [p for p in sheet.problems if "バー" in p], sheet.problems
        for page in sheet.pages:
            notes = dict(page.notes)
            for bar in page.bars:
                if bar.note:
                    assert notes[bar.note] == bar.label
                    assert [r.text for r in bar.label_runs] in ([bar.note], [bar.note[:1], bar.note[1:]])
                    notes_seen.setdefault(sheet.sheet_no, []).append(bar.label)
                else:
                    assert "".join(r.text for r in bar.label_runs) == bar.label.replace("\n", "")
            # the notes lie under the timeline, inside the page's margins
            t = page.geometry.timeline
            for run in page.texts():
                if run.role in ("note", "note_mark") and run.region.y > t.bottom - 0.01:
                    assert run.baseline <= PAGE_H - MARGIN
    assert "事例集作成" in notes_seen[63]
    assert "職員研修の実施" in notes_seen[66]


def test_every_sample_label_is_in_the_pdf_text_layer(sample: Roadmap, sample_pdf: tuple[Path, list[str]]) -> None:
    """Each bar's label is read from the PDF where the layout put it: on or beside the bar, or its mark
    there and the label in the note line under the timeline."""
    out, problems = sample_pdf
    assert not [p for p in problems if "バー" in p]
    sheets = layout_projects(sample, sample.projects)
    pt = 72 / 25.4

    def crop(page: pdfplumber.page.Page, r: object) -> str:
        box = (r.x * pt - 0.3, r.y * pt - 0.3, r.right * pt + 0.3, r.bottom * pt + 0.3)  # type: ignore[attr-defined]
        return _flat(page.crop(box).extract_text() or "")

    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 20
        for pdf_page, sheet in zip(pdf.pages, sheets, strict=True):
            page = sheet.pages[0]
            notes = [t for t in page.texts() if t.role == "note"]
            for bar in page.bars:
                if not bar.label:
                    continue
                if bar.note:
                    assert crop(pdf_page, bar.label_region) == bar.note
                    line = next(
                        t
                        for t in page.texts()
                        if t.role == "note_mark" and t.text == bar.note and t.size == notes[0].size
                    )
                    row = [t for t in notes if abs(t.baseline - line.baseline) < 0.01 and t.x > line.x]
                    text = min(row, key=lambda t: t.x)  # the note just right of its mark (notes run in columns)
                    assert crop(pdf_page, text.region).startswith(_flat(bar.label))
                else:
                    assert _flat(bar.label) in crop(pdf_page, bar.label_region), (sheet.sheet_no, bar.label)
        text63 = _flat(pdf.pages[63 - 56].extract_text() or "")
        assert re.search(r"※\d+事例集作成", text63)


def test_our_pdf_imports_back_identically_for_every_sample_sheet(
    sample: Roadmap, sample_pdf: tuple[Path, list[str]]
) -> None:
    out, _ = sample_pdf
    result = read_pdf(out, sample.edition)
    assert result.problems == [] and len(result.sheets) == 20
    assert all(s.warnings == [] for s in result.sheets), [s.warnings for s in result.sheets]
    for sheet, project in zip(result.sheets, sample.projects, strict=True):
        assert project_to_dict(sheet.project, with_id=False) == project_to_dict(project, with_id=False), sheet.sheet_no
    back = Roadmap(copy.deepcopy(sample.edition), [s.project for s in result.sheets])
    assert dumps(back, with_ids=False) == dumps(sample, with_ids=False)


def test_every_sample_label_is_in_the_xlsx_and_notes_name_the_marked_bars(sample: Roadmap, sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    for no, project in zip(sample.sheet_numbers(), sample.projects, strict=True):
        ws = wb[f"No.{no}"]
        values = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        texts = [c.value for c in values]
        marked = {c.number_format.split('"')[1]: c.value for c in values if c.number_format.startswith(';;;"※')}
        notes = {v.split(" ", 1)[0]: v.split(" ", 1)[1] for v in texts if v.startswith("※")}
        assert marked == notes, no  # every mark printed on a bar has its note, and the other way round
        for label in _labels(project):
            assert label in texts or label + "→" in texts, (no, label)
    ws63 = wb["No.63"]
    mark = next(c for row in ws63.iter_rows() for c in row if c.value == "事例集作成")
    assert mark.number_format.startswith(';;;"※')  # a one-month bar prints its mark, not 2-point text
    assert any(c.value == mark.number_format.split('"')[1] + " 事例集作成" for row in ws63.iter_rows() for c in row)


def test_our_xlsx_imports_back_identically_for_every_sample_sheet(sample: Roadmap, sample_xlsx: Path) -> None:
    result = read_xlsx(sample_xlsx, sample.edition)
    assert result.problems == [] and len(result.sheets) == 20
    assert all(s.warnings == [] for s in result.sheets)
    back = Roadmap(copy.deepcopy(sample.edition), [s.project for s in result.sheets])
    assert dumps(back, with_ids=False) == dumps(sample, with_ids=False)


def test_notes_printed_by_another_program_are_read(sample: Roadmap, printed_corpus: PrintedCorpus) -> None:
    """LibreOffice prints our workbook (marks by number format, notes in rows): the PDF import reads the
    notes back into their bars' labels, as it would from a printed book's ※ notes."""
    pdf = printed_corpus.pdfs()[OWN]  # the same export of the sample, printed once per session
    result = read_pdf(pdf, sample.edition)
    sheets = {s.sheet_no: s.project for s in result.sheets}
    assert len(sheets) == 20
    with pdfplumber.open(pdf) as doc:
        printed = _flat("".join(p.extract_text() or "" for p in doc.pages))
    assert re.search(r"※\d+事例集作成", printed)  # a note, not the label shrunk into a one-month cell
    for no, project in zip(sample.sheet_numbers(), sample.projects, strict=True):
        read = [[_bars(i.plan), _bars(i.actual)] for i in sheets[no].initiatives]
        assert read == [[_bars(i.plan), _bars(i.actual)] for i in project.initiatives], no


def test_a_row_of_short_bars_with_long_labels_gets_numbered_notes_and_reads_back(
    tmp_path: Path, artifacts: Path
) -> None:
    ed = Edition()
    m = ed.first_month
    crowded = [Bar(m.shifted(k), m.shifted(k), f"関係機関との調整{k + 1}回目") for k in range(0, 12)]
    inits = [
        Initiative(f"取組{i + 1}", "計画", copy.deepcopy(crowded) if i < 2 else [Bar(m, m.shifted(5), "検討")], [])
        for i in range(4)
    ]
    p = Project(name="調整の多い事業", initiatives=inits)
    rm = Roadmap(ed, [p])
    sheet = layout_sheet(ed, p, 1)
    assert len(sheet.pages) == 1
    page = sheet.pages[0]
    assert [mark for mark, _ in page.notes] == [f"※{k}" for k in range(1, len(page.notes) + 1)]
    assert len(page.notes) >= 12
    t = page.geometry.timeline
    notes = [r for r in page.texts() if r.role in ("note", "note_mark")]
    assert min(r.region.y for r in notes) >= t.bottom
    assert max(r.baseline for r in notes) <= PAGE_H - MARGIN
    assert len({round(r.x) for r in notes if r.role == "note_mark"}) > 1  # in columns
    out = tmp_path / "crowded.pdf"
    export_pdf(rm, [p], out)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(artifacts / "notes-crowded")], check=True)
    back = read_pdf(out, ed).sheets[0].project
    assert project_to_dict(back, with_id=False)["initiatives"] == project_to_dict(p, with_id=False)["initiatives"]
    xlsx = tmp_path / "crowded.xlsx"
    export_xlsx(rm, [p], xlsx)
    assert read_xlsx(xlsx, ed).sheets[0].project.initiatives == p.initiatives


def test_render_the_sheets_with_notes_for_a_person_to_look_at(sample: Roadmap, tmp_path: Path, artifacts: Path) -> None:
    for no in (63, 66):
        out = tmp_path / f"no{no}.pdf"
        export_pdf(sample, [_by_no(sample, no)], out)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(artifacts / f"notes-no{no}")], check=True)
        assert (artifacts / f"notes-no{no}-1.png").stat().st_size > 10_000


def test_notes_keep_a_labels_own_line_breaks_and_wrap_long_labels(tmp_path: Path) -> None:
    ed = Edition()
    m = ed.first_month
    long = "各部局等から随時相談受付・アドバイス" * 9  # wider than the page: the note wraps
    bars = [Bar(m, m, "前"), Bar(m.shifted(1), m.shifted(1), "会議等開催\n（3回程度）"),
            Bar(m.shifted(2), m.shifted(2), long), Bar(m.shifted(3), m.shifted(3), "x")]  # fmt: skip
    p = Project(name="注記の事業", initiatives=[Initiative("取組", "計画", bars, [])])
    page = layout_sheet(ed, p, 1).pages[0]
    assert page.notes == [("※1", "会議等開催\n（3回程度）"), ("※2", long)]
    assert len([r for r in page.texts() if r.role == "note"]) == 4  # two lines each
    out = tmp_path / "notes.pdf"
    export_pdf(Roadmap(ed, [p]), [p], out)
    back = read_pdf(out, ed).sheets[0]
    assert back.warnings == []
    assert [b.label for b in back.project.initiatives[0].plan] == [b.label for b in bars]


def test_a_numbered_note_counts_as_read_only_when_it_repeats_a_bar_label() -> None:
    from roadmap_desktop.importing.xlsx_blocks import _is_label_note

    labels = {"事例集作成", "職員研修の実施"}
    assert _is_label_note("※1 事例集作成", labels)
    assert _is_label_note("※12 職員研修の\n実施", labels)  # a typed break inside the label
    assert not _is_label_note("※1 予算要求中（要確認）", labels)  # a clerk's own note is still named
    assert not _is_label_note("事例集作成", labels)
