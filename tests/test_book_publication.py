"""The book is a publication: the same file makes the same book on any day, its cover says what the
edition says of itself (title once, 基準月, 発行), a budget not entered is 未入力 (never a 0 in a total),
and no text on the book's own pages touches its cell's rule.

Read back from the PDF (pdfplumber) wherever a reader would look; the clock is moved by replacing
``date``/``datetime`` in every module of the application and ``core.status.this_month``.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from roadmap_desktop.core import status
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.rollover import rollover
from roadmap_desktop.export.book import export_book
from roadmap_desktop.layout.book import layout_book
from roadmap_desktop.layout.pages import CELL_PAD, ShapePage
from roadmap_desktop.layout.sheet import BoxShape

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate_roadmap


def _frozen_clock(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    """Every clock the application could read says *day*."""

    class FrozenDate(dt.date):
        @classmethod
        def today(cls) -> FrozenDate:
            return cls(day.year, day.month, day.day)

    class FrozenDateTime(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> FrozenDateTime:
            return cls(day.year, day.month, day.day, 9, 30)

        @classmethod
        def today(cls) -> FrozenDateTime:
            return cls.now()

    original_this_month = status.this_month
    for name, module in list(sys.modules.items()):
        if not name.startswith("roadmap_desktop") or module is None:
            continue
        if getattr(module, "date", None) is dt.date:
            monkeypatch.setattr(module, "date", FrozenDate)
        if getattr(module, "datetime", None) is dt.datetime:
            monkeypatch.setattr(module, "datetime", FrozenDateTime)
        if getattr(module, "this_month", None) is original_this_month:
            monkeypatch.setattr(module, "this_month", lambda today=None: Month(day.year, day.month))


def _texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


@pytest.mark.parametrize("report", [False, True], ids=["publication", "progress-report"])
def test_the_same_file_makes_the_same_book_on_any_day(
    sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, report: bool
) -> None:
    books = []
    for day in (dt.date(2025, 3, 20), dt.date(2026, 12, 6)):
        with monkeypatch.context() as m:
            _frozen_clock(m, day)
            assert status.this_month() == Month(day.year, day.month)  # the clock the old book read
            out = tmp_path / f"{day}-{report}.pdf"
            export_book(sample, sample.projects, out, progress_report=report)
            books.append(_texts(out))
    assert len(books[0]) == 24
    assert books[0] == books[1]  # every page, character for character
    for day_words in ("令和7年3月20日", "令和8年12月6日", "作成日"):
        assert not any(day_words in t for t in books[0])


def test_the_cover_says_the_title_once_and_the_editions_own_facts(sample: Roadmap, tmp_path: Path) -> None:
    sample.edition.issued = dt.date(2025, 3, 31)
    out = tmp_path / "book.pdf"
    export_book(sample, sample.projects, out)
    lines = [line.replace(" ", "") for line in _texts(out)[0].splitlines()]
    total = sum(p.budget or 0 for p in sample.projects)
    assert lines == [
        "令和６年度DX関連事業ロードマップ",  # the title already says its year: no 令和6年度版 under it
        f"20事業R6事業費（千円）合計{total:,}",
        "実績の基準月令和7年3月",
        "令和7年3月31日",
        "総務部行政経営課",  # the issuing body, from 版の設定
    ]


def test_a_title_without_its_year_gets_the_year_once(sample: Roadmap) -> None:
    sample.edition.title = "DX関連事業ロードマップ"
    sample.edition.reference_month = None
    sample.edition.issuer = ""
    cover = layout_book(sample, sample.projects[:1]).pages[0]
    assert isinstance(cover, ShapePage)
    assert [t.text for t in cover.texts()] == [
        "DX関連事業ロードマップ",
        "令和6年度",
        "1 事業　R6事業費（千円） 合計 5,144",
    ]


def test_budgets_not_entered_say_so_on_the_cover_and_in_the_list(sample: Roadmap, tmp_path: Path) -> None:
    """A new edition before its budgets are entered: no 「合計 0」 anywhere."""
    r7 = rollover(sample).roadmap  # every 事業費 of the new year starts 未入力
    r7.projects[0].budget = 12_345
    out = tmp_path / "r7.pdf"
    export_book(r7, r7.projects, out)
    texts = _texts(out)
    n = len(r7.projects)
    assert f"合計 12,345（未入力 {n - 1} 事業）" in texts[0]
    list_pages = [t for t in texts if t.startswith("一覧")]
    text = "\n".join(list_pages)
    # the total and the total by 分野: the amount entered, and under it how many are not
    assert text.count(f"（未入力 {n - 1} 事業）") == 2 and text.count("12,345") == 3
    assert text.count("未入力") == n - 1 + 2  # each unentered row's cell, and the two totals
    assert "合計 0" not in texts[0] and not re.search(r"(^| )0$", text, re.MULTILINE)
    for p in r7.projects:
        p.budget = None
    export_book(r7, r7.projects, out)
    assert f"合計 未入力（{n} 事業）" in _texts(out)[0]


def _cells(page: ShapePage) -> list[BoxShape]:
    return [s for s in page.shapes if isinstance(s, BoxShape) and s.stroke is not None]


@pytest.mark.parametrize("report", [False, True], ids=["publication", "progress-report"])
def test_every_text_of_the_books_own_pages_keeps_a_millimetre_from_its_cells_rules(report: bool) -> None:
    rm = generate_roadmap(60)
    rm.edition.reference_month = Month(2025, 3)
    book = layout_book(rm, rm.projects, progress_report=report)
    checked = 0
    for page in book.pages:
        if not isinstance(page, ShapePage):
            continue  # the sheets are the sheet layout's (tests/test_sheet_layout.py)
        cells = {(round(c.rect.x, 3), round(c.rect.y, 3), round(c.rect.w, 3), round(c.rect.h, 3)) for c in _cells(page)}
        for run in page.texts():
            r = run.region
            if (round(r.x, 3), round(r.y, 3), round(r.w, 3), round(r.h, 3)) not in cells:
                continue  # a text not in a ruled cell (titles, legend, the 目次's lines)
            assert run.x >= r.x + CELL_PAD - 0.01, (page.kind, run.text)
            assert run.x + run.width <= r.right - CELL_PAD + 0.01, (page.kind, run.text)
            assert run.size >= 6.0 - 1e-9, (page.kind, run.text, run.size)
            checked += 1
    assert checked > 60 * 6  # the 一覧's cells and the 全体工程表's rows were all looked at


def test_render_the_books_own_pages_for_a_person_to_look_at(sample: Roadmap, tmp_path: Path, artifacts: Path) -> None:
    sample.edition.issued = dt.date(2025, 3, 31)
    for name, report in (("publication", False), ("report", True)):
        out = tmp_path / f"{name}.pdf"
        export_book(sample, sample.projects, out, progress_report=report)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-l", "4", str(out), str(artifacts / f"book-{name}")], check=True
        )
    pngs = sorted(artifacts.glob("book-*-*.png"))
    assert len(pngs) >= 8 and all(p.stat().st_size > 5_000 for p in pngs)


def test_the_workbooks_list_total_says_how_many_are_not_entered(sample: Roadmap, tmp_path: Path) -> None:
    import openpyxl

    from roadmap_desktop.export.xlsx import export_xlsx

    r7 = rollover(sample).roadmap
    r7.projects[0].budget = 12_345
    out = tmp_path / "r7.xlsx"
    export_xlsx(r7, r7.projects, out)
    ws = openpyxl.load_workbook(out)["一覧"]
    total = next(row for row in ws.iter_rows(values_only=True) if str(row[1] or "").startswith("合計"))
    assert total[5] == f"12,345（未入力 {len(r7.projects) - 1} 事業）"
