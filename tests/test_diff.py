"""What changed between two editions or two files: the comparison, the command, the Excel and PDF reports."""

from __future__ import annotations

import copy
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText

from roadmap_desktop.cli import main
from roadmap_desktop.core.diff import Shift, Status, compare
from roadmap_desktop.core.diff_text import char_diff, format_diff, marked
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Initiative, Project, Roadmap, Row
from roadmap_desktop.core.rollover import rollover
from roadmap_desktop.export.diff_pdf import export_diff_pdf
from roadmap_desktop.export.diff_xlsx import export_diff_xlsx
from roadmap_desktop.storage import RoadmapFile

M = Month


def _by_name(roadmap: Roadmap, name: str) -> Project:
    return next(p for p in roadmap.projects if p.name == name)


def edited(sample: Roadmap) -> Roadmap:
    """The sample as a clerk would edit it by hand: one change of each kind."""
    b = copy.deepcopy(sample)
    p = b.projects[0]  # No.56
    p.overview = p.overview.replace("電子入札", "電子契約")
    p.budget = 6000  # was 5,144
    p.departments = ["総務部", "会計局"]
    delayed = next(
        bar for i in p.initiatives for bar in i.plan if not bar.continues and bar.end.shifted(6) <= b.edition.last_month
    )
    delayed_before = copy.copy(delayed)
    delayed.end = delayed.end.shifted(6)  # ends half a year later: a delay
    q = b.projects[1]  # No.57
    first = q.initiatives[0].plan[0]
    first.start = first.start.shifted(3)  # starts later
    q.initiatives[0].actual.append(Bar(M(2025, 4), M(2025, 8), "運用開始"))  # added
    removed = b.projects[2].initiatives[0].plan.pop()  # No.58 removed bar
    b.projects = [x for x in b.projects if x.name != "立入検査デジタル化事業"]
    b.projects.append(Project(name="新しいＡＩ活用事業", field="暮らし分野", departments=["総務部"], budget=1200))
    b.projects[3].name = b.projects[3].name + "（改）"
    b.projects[3].id = "other-identity"  # matched by neither: a project renamed and re-created
    edited.delayed_before = delayed_before  # type: ignore[attr-defined]
    edited.removed = removed  # type: ignore[attr-defined]
    return b


def test_char_diff_marks_changed_characters() -> None:
    assert char_diff("電子入札を行う", "電子契約を行う") == [
        ("=", "電子"),
        ("-", "入札"),
        ("+", "契約"),
        ("=", "を行う"),
    ]
    assert marked("総務部", "総務部・会計局") == "総務部{+・会計局+}"
    assert marked("A\nB", "A\nC") == "A⏎[-B-]{+C+}"


def test_diff_of_hand_edited_files(sample: Roadmap) -> None:
    b = edited(sample)
    diff = compare(sample, b, "a.roadmap", "b.roadmap")
    new = diff.of(Status.NEW)
    ended = diff.of(Status.ENDED)
    assert sorted(d.name for d in new) == sorted(["新しいＡＩ活用事業", sample.projects[3].name + "（改）"])
    assert sorted(d.name for d in ended) == sorted(["立入検査デジタル化事業", sample.projects[3].name])
    changed = {d.name: d for d in diff.of(Status.CHANGED)}
    p56 = changed[sample.projects[0].name]
    assert p56.old_no == 56 and p56.new_no == 56
    texts = {c.label: c for c in p56.texts}
    assert set(texts) == {"概要", "担当部局"}
    assert ("-", "入札") in char_diff(texts["概要"].old, texts["概要"].new)
    assert [(c.fiscal_year, c.old, c.new, c.delta) for c in p56.budgets] == [(2024, 5144, 6000, 856)]
    assert len(p56.delays) == 1 and p56.delays[0].end_months == 6
    assert p56.delays[0].old == edited.delayed_before  # type: ignore[attr-defined]
    assert p56.delays[0].kinds == [Shift.DELAYED]
    p57 = changed[sample.projects[1].name]
    kinds = {(b.row, tuple(b.kinds)) for b in p57.bars}
    assert (Row.PLAN, (Shift.STARTS_LATER,)) in kinds
    assert (Row.ACTUAL, (Shift.ADDED,)) in kinds
    p58 = changed[sample.projects[2].name]
    assert [(b.kinds, b.old) for b in p58.bars] == [([Shift.REMOVED], edited.removed)]  # type: ignore[attr-defined]
    assert diff.unchanged == 20 - 4 - 1  # 56, 57, 58 changed; 59 re-created; 65 gone
    # totals by 分野 and 部局 (a project of two departments counts in full under each)
    fields = {t.key: t for t in diff.by_field}
    assert fields["行政経営分野"].delta == 856 - 2014 - sample.projects[3].budget + sample.projects[3].budget
    assert fields["暮らし分野"].old == 0 and fields["暮らし分野"].new == 1200
    departments = {t.key: t for t in diff.by_department}
    assert departments["会計局"].new == 6000 and departments["会計局"].old == 0
    assert departments["総務部"].new - departments["総務部"].old == 856 + 1200
    assert diff.total.new - diff.total.old == 856 + 1200 - 2014


def test_diff_of_the_sample_and_its_rollover(sample: Roadmap) -> None:
    r7 = rollover(sample).roadmap
    diff = compare(sample, r7)
    assert [(d.status, d.name, d.note) for d in diff.projects] == [
        (Status.ENDED, "立入検査デジタル化事業", "事業終期 R6 を過ぎたため")
    ]
    assert diff.unchanged == 19  # bars in history and budgets kept per year are no change
    assert diff.total.new == 0 and diff.total.new_unset == 19
    # then R7 is edited: a straddling bar's part in the window runs longer (a delay of the whole bar)
    p = next(p for p in r7.projects if any(h.start < M(2025, 4) <= h.end for past in p.history for h in past.plan))
    past = next(h for past in p.history for h in past.plan if h.start < M(2025, 4) <= h.end)
    visible = next(b for i in p.initiatives for b in i.plan if b.start == M(2025, 4) and b.label == past.label)
    assert not visible.continues
    visible.end = visible.end.shifted(3)
    diff = compare(sample, r7)
    changed = diff.of(Status.CHANGED)
    assert len(changed) == 1 and changed[0].delays[0].old == past
    assert changed[0].delays[0].new.start == past.start and changed[0].delays[0].end_months == 3
    # its part in the window deleted: the bar now ends before the window (an earlier end, not a removal)
    next(i for i in p.initiatives if visible in i.plan).plan.remove(visible)
    shift = compare(sample, r7).of(Status.CHANGED)[0].bars[0]
    assert shift.kinds == [Shift.ENDS_EARLIER] and shift.new.end == M(2025, 3)
    # a budget entered for R7 is a change of R7's budget only
    p.budget = 777
    d = next(d for d in compare(sample, r7).of(Status.CHANGED) if d.new is p)
    assert [(c.fiscal_year, c.old, c.new) for c in d.budgets] == [(2025, None, 777)]


def test_renamed_initiative_and_continuing_bar() -> None:
    from roadmap_desktop.core.model import Edition

    e = Edition("R6", 2024)
    bar = Bar(M(2024, 4), e.last_month, "運用", True)
    a = Roadmap(e, [Project(id="x", name="事業", initiatives=[Initiative("取組イ", plan=[bar])])])
    b = copy.deepcopy(a)
    b.projects[0].initiatives[0].name = "取組ロ"
    diff = compare(a, b)
    assert [(c.label, c.old, c.new) for c in diff.projects[0].texts] == [("取組の名前", "取組イ", "取組ロ")]
    assert diff.projects[0].bars == []
    # a bar that ran on past the window is not delayed by running on in the next edition
    r7 = rollover(a).roadmap
    assert compare(a, r7).projects == []


def test_cli_diff_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str], sample: Roadmap) -> None:
    a, b = tmp_path / "a.roadmap", tmp_path / "b.roadmap"
    RoadmapFile.create(a, sample).close()
    RoadmapFile.create(b, edited(sample)).close()
    before = a.read_bytes(), b.read_bytes()
    xlsx, pdf = tmp_path / "diff.xlsx", tmp_path / "diff.pdf"
    assert main(["diff", str(a), str(b), "--xlsx", str(xlsx), "--pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert (a.read_bytes(), b.read_bytes()) == before
    assert "電子[-入札-]{+契約+}" in out
    assert "総務部{+・会計局+}" in out
    assert "R6事業費: 5,144 → 6,000（+856）" in out
    assert "新しいＡＩ活用事業" in out and "No.65 立入検査デジタル化事業" in out
    assert "終了の遅れ 6か月" in out and "開始の遅れ 3か月" in out and "（削除）" in out and "（追加）" in out
    assert "暮らし分野" in out and "会計局" in out
    # Excel: readable, marked in the cell, nothing a formula
    wb = load_workbook(xlsx, rich_text=True)
    assert wb.sheetnames == ["概要", "事業費", "変更一覧"]
    rows = list(wb["変更一覧"].iter_rows(values_only=False))
    assert all(c.data_type != "f" for r in rows for c in r)
    overview = next(r for r in rows if r[3].value == "概要")
    rich = overview[6].value
    assert isinstance(rich, CellRichText)
    deleted = [blk.text for blk in rich if not isinstance(blk, str) and blk.font.strike]
    inserted = [blk.text for blk in rich if not isinstance(blk, str) and blk.font.u == "single"]
    assert deleted == ["入札"] and inserted == ["契約"]
    budget = next(r for r in rows if r[3].value == "R6事業費（千円）")
    assert [budget[4].value, budget[5].value] == ["5,144", "6,000"]
    totals = [[c.value for c in r] for r in wb["事業費"].iter_rows()]
    assert any(r[0] == "暮らし分野" and r[2] == 1200 for r in totals)
    # PDF: the same changes, the deleted and inserted characters in their colours
    with pdfplumber.open(pdf) as doc:
        text = "".join(page.extract_text() or "" for page in doc.pages)
        chars = [c for page in doc.pages for c in page.chars]
    assert "新しいＡＩ活用事業" in text and "立入検査デジタル化事業" in text and "会計局" in text
    red = "".join(c["text"] for c in chars if _rgb(c) == (0xC6, 0x28, 0x28))
    blue = "".join(c["text"] for c in chars if _rgb(c) == (0x15, 0x65, 0xC0))
    assert "入札" in red and "契約" in blue and "・会計局" in blue


def _rgb(char: dict[str, object]) -> tuple[int, ...]:
    color = char.get("non_stroking_color")
    if not isinstance(color, (list, tuple)) or len(color) != 3:
        return ()
    return tuple(round(float(v) * 255) for v in color)


def test_formula_like_text_stays_text(tmp_path: Path, sample: Roadmap) -> None:
    b = copy.deepcopy(sample)
    b.projects[0].overview = '=HYPERLINK("http://x")'
    b.projects[1].name = "+危険\x07な名前"
    diff = compare(sample, b)
    out = tmp_path / "d.xlsx"
    export_diff_xlsx(diff, out)
    export_diff_pdf(diff, tmp_path / "d.pdf")
    ws = load_workbook(out)["変更一覧"]
    values = [c for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
    assert any(c.value == '=HYPERLINK("http://x")' and c.data_type == "s" for c in values)
    assert any(c.value == "+危険な名前" for c in values)


def test_no_difference(sample: Roadmap) -> None:
    text = format_diff(compare(sample, copy.deepcopy(sample)))
    assert "違いはありません" in text and "変更なし20件" in text


def test_cli_diff_of_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], sample: Roadmap) -> None:
    a, bad = tmp_path / "a.roadmap", tmp_path / "bad.roadmap"
    RoadmapFile.create(a, sample).close()
    bad.write_bytes(b"PK\x03\x04")
    assert main(["diff", str(a), str(bad)]) == 1
    captured = capsys.readouterr()
    assert "ロードマップのファイルではありません" in captured.err and captured.out == ""


def test_a_new_edition_before_its_budgets_are_entered_says_未入力_not_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sample: Roadmap
) -> None:
    """R6 → R7 right after 年度更新: every R7 budget 未入力; no 0, no −853,117; the sheets after the
    dropped No.65 are named as renumbered (No.66→65 … No.75→74: ten sheets)."""
    r7 = rollover(sample).roadmap
    total = sum(p.budget or 0 for p in sample.projects)
    diff = compare(sample, r7)
    assert diff.total.old_text == f"{total:,}" and diff.total.new_text == "未入力（19 事業）"
    assert diff.total.delta_text == "―"
    assert [(a, b) for a, b, _ in sorted(diff.renumbered)] == [(n, n - 1) for n in range(66, 76)]
    assert sorted(diff.renumbered)[0][2] == "生活保護システム標準化移行事業"
    assert diff.unchanged == 19  # a new number alone is no change of the project: it is listed apart
    a, b = tmp_path / "r6.roadmap", tmp_path / "r7.roadmap"
    RoadmapFile.create(a, sample).close()
    RoadmapFile.create(b, r7).close()
    xlsx, pdf = tmp_path / "diff.xlsx", tmp_path / "diff.pdf"
    assert main(["diff", str(a), str(b), "--xlsx", str(xlsx), "--pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert f"合計: R6事業費 {total:,} → R7事業費 未入力（19 事業）（―）" in out
    assert "-853,117" not in out and f"-{total:,}" not in out
    assert "シート番号の変わった事業10件" in out
    assert "No.66→65 生活保護システム標準化移行事業" in out and "No.75→74 " in out
    wb = load_workbook(xlsx)
    totals = [[c.value for c in r] for r in wb["事業費"].iter_rows()]
    grand = [r for r in totals if r[0] == "合計"]
    assert grand and all(r[1] == total and r[2] == "未入力（19 事業）" and r[3] == "―" for r in grand)
    assert not any(isinstance(v, (int, float)) and v == -total for r in totals for v in r)
    summary = [c.value for r in wb["概要"].iter_rows() for c in r if c.value]
    assert "シート番号の変更（10件）" in summary and "No.66→65 生活保護システム標準化移行事業" in summary
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert "未入力（19 事業）" in text and f"-{total:,}" not in text
    assert "シート番号の変更（10件）" in text and "No.66→65 生活保護システム標準化移行事業" in text


def test_some_budgets_entered_the_total_says_how_many_are_not(sample: Roadmap) -> None:
    r7 = rollover(sample).roadmap
    r7.projects[0].budget, r7.projects[1].budget = 1000, 234
    diff = compare(sample, r7)
    assert diff.total.new_text == "1,234（未入力 17 事業）" and diff.total.delta_text == "―"
    d = next(d for d in compare(sample, r7).of(Status.CHANGED) if d.new is r7.projects[0])
    assert [c.delta_text for c in d.budgets] == ["―"]  # 未入力 → 1,000 is no increase of 1,000
    lines = format_diff(diff)
    assert "R7事業費: 未入力 → 1,000（―）" in lines
