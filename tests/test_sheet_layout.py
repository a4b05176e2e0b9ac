"""The one layout engine: what each page of a sheet holds, and where (Qt-free)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.labels import CONTINUED_MARK, FIELD_LABELS, label_for
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, Row
from roadmap_desktop.layout.fonts import PT_MM, metrics
from roadmap_desktop.layout.palette import PRINT
from roadmap_desktop.layout.sheet import (
    MIN_PT,
    BoxShape,
    Page,
    PolygonShape,
    SheetLayout,
    TextRun,
    check_projects,
    layout_projects,
    layout_sheet,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate_roadmap

ED = Edition()


def small_project(n_initiatives: int = 2, **kw: object) -> Project:
    first = ED.first_month
    inits = [
        Initiative(
            f"取組その{i + 1}",
            "計画",
            [
                Bar(first.shifted(i), first.shifted(i + 11), "内容検討"),
                Bar(first.shifted(24), ED.last_month, "運用", True),
            ],
            [Bar(first.shifted(i), first.shifted(i + 5), "実施")],
        )
        for i in range(n_initiatives)
    ]
    p = Project(
        name="電子入札・電子収納導入調査事業",
        field="行政経営分野",
        items=["住民の利便性の向上"],
        departments=["総務部"],
        sections=["行政経営課"],
        start_year=2023,
        end_year=2028,
        budget=5144,
        overview="職員の業務効率化を図る。",
        issues="・電子入札については、建設工事分野でのみ実施している。",
        approach="電子収納を導入する。",
        change="県民サービスの向上が図られる。",
        initiatives=inits,
    )
    for k, v in kw.items():
        setattr(p, k, v)
    return p


def runs(page: Page, role: str) -> list[TextRun]:
    return [t for t in page.texts() if t.role == role]


def assert_inside(run: TextRun) -> None:
    m = metrics()
    em = run.size * PT_MM
    r = run.region
    eps = 1e-6
    assert r.x - eps <= run.x and run.x + run.width <= r.right + eps, run
    assert r.y - eps <= run.baseline - m.ascent * em and run.baseline + m.descent * em <= r.bottom + eps, run
    assert abs(metrics().width_mm(run.text, run.size) - run.width) < 1e-9


def test_first_page_has_every_label_word_as_one_run_and_every_value() -> None:
    p = small_project()
    sheet = layout_sheet(ED, p, 56)
    page = sheet.pages[0]
    assert len(sheet.pages) == 1 and sheet.problems == []
    for attr in FIELD_LABELS:
        labels = runs(page, "label:" + attr)
        assert [t.text for t in labels] == [label_for(attr, ED)]
    assert runs(page, "label:budget")[0].text == "R6事業費（千円）"
    assert [t.text for t in runs(page, "title")] == ["令和６年度DX関連事業ロードマップ"]
    assert [t.text for t in runs(page, "sheet_no")] == ["No. 56"]
    assert [t.text for t in runs(page, "budget")] == ["5,144"]
    assert [t.text for t in runs(page, "start_year")] == ["R5"]
    assert [t.text for t in runs(page, "end_year")] == ["R10"]
    assert [t.text for t in runs(page, "year")] == ["R6", "R7", "R8", "R9", "R10"]
    assert "".join(t.text for t in runs(page, "issues")) == p.issues
    assert [t.text for t in runs(page, "kind")] == ["計画", "実績"] * 2
    # the budget is right-aligned against its cell's right border
    budget = runs(page, "budget")[0]
    assert 1.0 - 1e-6 <= budget.region.right - (budget.x + budget.width) < 1.2  # padded, never on the rule


def test_bars_sit_on_their_months_and_plan_reads_apart_from_actual() -> None:
    p = small_project()
    page = layout_sheet(ED, p, 1).pages[0]
    t = page.geometry.timeline
    plan = [b for b in page.bars if b.row is Row.PLAN]
    actual = [b for b in page.bars if b.row is Row.ACTUAL]
    assert [(b.initiative, b.first, b.last) for b in plan] == [(0, 0, 11), (0, 24, 59), (1, 1, 12), (1, 24, 59)]
    assert [(b.initiative, b.first, b.last) for b in actual] == [(0, 0, 5), (1, 1, 6)]
    for b in page.bars:
        assert t.month_at(b.rect.x) == b.first
        assert t.month_at(b.rect.right - 0.01) == b.last
        assert "".join(r.text for r in b.label_runs) == b.label
    bar_fills = (PRINT.plan_fill, PRINT.actual_fill)
    fills = {s.fill for s in page.shapes if isinstance(s, BoxShape | PolygonShape) and s.fill in bar_fills}
    assert fills == set(bar_fills)
    actual_runs = [r for b in actual for r in b.label_runs]
    assert all(r.colour == PRINT.actual_text for r in actual_runs)  # white on the dark actual bar
    # a bar that continues past the window is an arrow whose tip is the timeline's right edge
    arrows = [s for s in page.shapes if isinstance(s, PolygonShape)]
    assert len(arrows) == 2 and all(max(x for x, _ in a.points) == pytest.approx(t.right) for a in arrows)


def test_a_label_too_long_for_its_short_bar_goes_on_a_label_line_within_its_months() -> None:
    first = ED.first_month
    bars = [Bar(first, first.shifted(2), "取りまとめ"), Bar(first.shifted(3), first.shifted(11), "実施")]
    p = small_project(initiatives=[Initiative("調査", "計画", bars, [])])
    sheet = layout_sheet(ED, p, 1)
    page = sheet.pages[0]
    t = page.geometry.timeline
    bar = next(b for b in page.bars if b.label == "取りまとめ")
    assert bar.place == "above"
    assert [r.text for r in bar.label_runs] == ["取りまとめ"]
    for r in bar.label_runs:  # above the bar, never beside it: within its own three months
        assert t.month_left(0) <= r.x and r.x + r.width <= t.month_left(3)
        assert r.baseline <= bar.rect.y and r.size >= MIN_PT
    assert t.row_height(0, False) > t.row_height(0, True)  # the plan row grew a line for it


def test_a_label_that_fits_no_line_becomes_a_numbered_note_never_beside_the_bar() -> None:
    first = ED.first_month
    p = small_project(initiatives=[Initiative("調査", "計画", [Bar(first, first, "関係課との調整会議")], [])])
    page = layout_sheet(ED, p, 1).pages[0]
    bar = page.bars[0]
    assert bar.place == "note" and bar.note == "※1"
    assert page.notes == [("※1", "関係課との調整会議")]
    assert all(r.size >= MIN_PT for r in page.texts())


def test_overlapping_bars_of_one_row_are_stacked() -> None:
    first = ED.first_month
    bars = [
        Bar(first, first.shifted(2), "意向調査"),
        Bar(first.shifted(3), first.shifted(8), "試行"),
        Bar(first, first.shifted(11), "新技術の運用"),
    ]
    p = small_project(initiatives=[Initiative("試行", "計画", bars, [])])
    page = layout_sheet(ED, p, 1).pages[0]
    by_label = {b.label: b for b in page.bars}
    assert by_label["意向調査"].lane == by_label["試行"].lane == 0
    assert by_label["新技術の運用"].lane == 1
    assert by_label["新技術の運用"].rect.y >= by_label["意向調査"].rect.bottom


def test_twelve_initiatives_continue_on_a_page_marked_continued() -> None:
    p = small_project(12)
    sheet = layout_sheet(ED, p, 72)
    assert len(sheet.pages) == 2
    first, second = sheet.pages
    assert not first.continuation and second.continuation
    assert list(first.initiatives) + list(second.initiatives) == list(range(12))
    assert [t.text for t in runs(second, "continued")] == [CONTINUED_MARK]
    assert [t.text for t in runs(second, "title")] == [ED.title]
    assert [t.text for t in runs(second, "name")] == [p.name]
    assert [t.text for t in runs(second, "year")] == ["R6", "R7", "R8", "R9", "R10"]
    assert runs(second, "label:overview") == []  # the text fields are on the first page only
    names = [t.text for pg in sheet.pages for t in runs(pg, "initiative")]
    assert names == [f"取組その{i + 1}" for i in range(12)]
    assert {b.initiative for b in second.bars} == set(range(first.initiatives.stop, 12))


def test_a_very_long_overview_is_continued_and_reported_never_lost() -> None:
    long = "職員の業務効率化、県民サービスの向上を図るため、電子入札・電子収納の拡充に向けた検討を行う。" * 60
    p = small_project(overview=long)
    sheet = layout_sheet(ED, p, 63)
    assert len(sheet.problems) == 1
    assert "No.63" in sheet.problems[0] and "概要" in sheet.problems[0] and p.name in sheet.problems[0]
    shown = "".join(t.text for pg in sheet.pages for t in runs(pg, "overview"))
    assert shown == long
    last = sheet.pages[-1]
    assert last.continuation and not last.has_timeline
    assert [t.text for t in runs(last, "label:overview")] == ["概要"]
    assert first_size(sheet) == 6.0


def first_size(sheet: SheetLayout) -> float:
    return runs(sheet.pages[0], "overview")[0].size


def test_a_header_field_that_cannot_fit_is_reported_by_name() -> None:
    p = small_project(items=["住民の利便性の向上"] * 20)
    problems = check_projects(Roadmap(ED, [p]), [p])
    assert len(problems) == 1 and "項目" in problems[0] and "No.1" in problems[0]


def test_sheet_numbers_and_order_follow_the_roadmap() -> None:
    a, b, c = small_project(name="A"), small_project(name="B"), small_project(name="C")
    rm = Roadmap(Edition(first_sheet_no=56), [a, b, c])
    sheets = layout_projects(rm, [c, a])
    assert [(s.sheet_no, s.project.name) for s in sheets] == [(56, "A"), (58, "C")]


def test_every_run_of_every_sample_and_generated_sheet_stays_inside_its_cell(sample: Roadmap) -> None:
    generated = generate_roadmap(40, seed=3)
    for rm in (sample, generated):
        for sheet in layout_projects(rm, rm.projects):
            for page in sheet.pages:
                for run in page.texts():
                    assert_inside(run)
                    assert run.size >= 4.5


def test_the_sample_sheets_show_every_field_value(sample: Roadmap) -> None:
    for sheet in layout_projects(sample, sample.projects):
        p = sheet.project
        for attr in ("overview", "issues", "approach", "change"):
            shown = "".join(t.text for pg in sheet.pages for t in runs(pg, attr))
            assert shown == getattr(p, attr).replace("\n", ""), (sheet.sheet_no, attr)
        page = sheet.pages[0]
        assert "".join(t.text for t in runs(page, "name")) == p.name.replace("\n", "")
        n_bars = sum(len(i.plan) + len(i.actual) for i in p.initiatives)
        assert sum(len(pg.bars) for pg in sheet.pages) == n_bars


def test_layout_does_not_change_the_project() -> None:
    p = small_project(12, overview="長い" * 500)
    before = copy.deepcopy(p)
    layout_sheet(ED, p, 1)
    assert p == before


def test_bar_month_offsets_follow_the_edition() -> None:
    ed = Edition(fiscal_year=2025)
    p = small_project(initiatives=[Initiative("x", "目標", [Bar(Month(2025, 7), Month(2026, 3), "試行")], [])])
    page = layout_sheet(ed, p, 1).pages[0]
    assert (page.bars[0].first, page.bars[0].last) == (3, 11)
    assert [t.text for t in runs(page, "kind")] == ["目標", "実績"]
    assert runs(page, "label:budget")[0].text == "R7事業費（千円）"


def test_an_initiative_name_too_long_for_its_cell_is_reported_not_continued() -> None:
    p = small_project(1)
    p.initiatives[0].name = "市町村の情報システムの標準化に向けた支援" * 30
    sheet = layout_sheet(ED, p, 62)
    assert len(sheet.pages) == 1
    assert len(sheet.problems) == 1 and "取組名" in sheet.problems[0] and "No.62" in sheet.problems[0]
    shown = "".join(t.text for t in runs(sheet.pages[0], "initiative"))
    assert shown and p.initiatives[0].name.startswith(shown)


def test_a_one_month_bar_hemmed_in_by_others_is_a_note_not_a_label_in_the_next_months() -> None:
    first = ED.first_month
    bars = [
        Bar(first, first.shifted(2), "会議等開催"),
        Bar(first.shifted(3), first.shifted(3), "成果まとめ"),
        Bar(first.shifted(4), first.shifted(8), "会議等開催"),
    ]
    p = small_project(initiatives=[Initiative("ネットワークの形成", "計画", bars, [])])
    sheet = layout_sheet(ED, p, 63)
    assert sheet.problems == []
    short = next(b for b in sheet.pages[0].bars if b.label == "成果まとめ")
    assert short.place == "note" and ("※1", "成果まとめ") in sheet.pages[0].notes
    t = sheet.pages[0].geometry.timeline
    for run in short.label_runs:  # the mark, at 6 pt or more, within the bar's one month
        assert_inside(run)
        assert run.size >= MIN_PT and t.month_left(3) - 0.01 <= run.x <= run.x + run.width <= t.month_left(4) + 0.01


def test_control_characters_and_a_long_title_do_not_spoil_the_sheet() -> None:
    ed = Edition(
        title="令和６年度DX関連事業ロードマップ（行政経営分野・暮らし分野・産業分野・教育分野・安全安心分野・健康福祉分野）"
    )
    p = small_project(12, name="電子入札\r\n導入\t調査\x07事業")
    sheet = layout_sheet(ed, p, 156)
    assert [t.text for t in runs(sheet.pages[0], "name")] == ["電子入札", "導入 調査事業"]
    for page in sheet.pages:
        title = runs(page, "title")[0]
        number = runs(page, "sheet_no")[0]
        assert title.text == ed.title
        right = max(t.x + t.width for t in page.texts() if t.role in ("title", "continued"))
        assert right < number.x
        assert_inside(title)
