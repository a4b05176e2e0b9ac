"""The print and preview window: the export dialog's scopes, 冊子, a page range, the preview of all pages."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.ui import print_dialog
from roadmap_desktop.ui.print_dialog import PrintDialog

REFERENCE = Month(2025, 3)


def _scopes(rm: Roadmap) -> dict[str, list]:
    return {
        "current": rm.projects[7:8],
        "selection": rm.projects[7:10],
        "filtered": rm.projects[:12],
        "all": rm.projects,
    }


def _dialog(qtbot: QtBot, rm: Roadmap, **kw: object) -> PrintDialog:
    dlg = PrintDialog(None, rm, _scopes(rm), REFERENCE, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dlg)
    dlg.wait_for_pages()  # laid out in a worker
    return dlg


class _FakePrintDialog:
    """The system's print dialog answering OK with the output sent to a PDF file."""

    target: Path
    shown = 0

    def __init__(self, printer: QPrinter, parent: object = None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        _FakePrintDialog.shown += 1
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return QDialog.DialogCode.Accepted


def test_scopes_are_the_export_dialogs_and_what_the_list_shows_comes_first(qtbot: QtBot, sample: Roadmap) -> None:
    dlg = _dialog(qtbot, sample)
    keys = [dlg.scope.itemData(i) for i in range(dlg.scope.count())]
    assert keys == ["current", "selection", "filtered", "all"]
    assert dlg.scope.currentData() == "filtered" and "12" in dlg.scope.currentText()
    assert len(dlg.pages) == 12
    dlg.scope.setCurrentIndex(keys.index("all"))
    dlg.wait_for_pages()
    assert len(dlg.pages) == 20
    dlg.scope.setCurrentIndex(keys.index("current"))
    dlg.wait_for_pages()
    assert len(dlg.pages) == 1 and dlg.pages[0].sheet_no == 63  # type: ignore[union-attr]


def test_the_preview_shows_every_page_of_the_scope(qtbot: QtBot, sample: Roadmap) -> None:
    dlg = _dialog(qtbot, sample, scope="all")
    assert dlg.preview.pageCount() == 20
    dlg.book.setChecked(True)  # the whole book: cover, 目次, 一覧, 全体工程表 and the 20 sheets
    dlg.wait_for_pages()
    assert len(dlg.pages) == 24 and dlg.preview.pageCount() == 24
    assert "24 ページ中 24 ページ" in dlg.count.text()


def test_a_page_range_previews_and_prints_only_those_pages(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _FakePrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(print_dialog, "QPrintDialog", _FakePrintDialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dlg = _dialog(qtbot, sample, scope="all")
    dlg.book.setChecked(True)
    dlg.wait_for_pages()
    dlg.some_pages.setChecked(True)
    dlg.wait_for_pages()
    dlg.first.setValue(3)
    dlg.wait_for_pages()
    dlg.last.setValue(5)
    dlg.wait_for_pages()
    assert dlg.page_range() == (3, 5)
    assert dlg.preview.pageCount() == 3
    assert "24 ページ中 3 ページ" in dlg.count.text()
    assert dlg.print_pages()
    assert dlg.result() == QDialog.DialogCode.Accepted
    with pdfplumber.open(_FakePrintDialog.target) as pdf:
        # Qt's PDF writer maps some kanji to look-alike radicals (一 → ⼀): compare NFKC-folded
        texts = [unicodedata.normalize("NFKC", p.extract_text() or "") for p in pdf.pages]
        assert len(pdf.pages) == 3 and pdf.pages[0].width > pdf.pages[0].height
    assert texts[0].startswith("一覧") and texts[1].startswith("全体工程表") and "No. 56" in texts[2]
    assert "- 3 -" in texts[0] and "- 5 -" in texts[2]  # the book's own page numbers, whatever is printed


def test_the_selection_prints_its_sheets(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _FakePrintDialog.target = tmp_path / "selection.pdf"
    monkeypatch.setattr(print_dialog, "QPrintDialog", _FakePrintDialog)
    dlg = _dialog(qtbot, sample, scope="selection")
    assert dlg.print_pages()
    with pdfplumber.open(_FakePrintDialog.target) as pdf:
        nos = [(p.extract_text() or "").splitlines()[0].split()[-1] for p in pdf.pages]
    assert nos == ["63", "64", "65"]


def test_colour_prints_the_screens_colours_and_grey_is_the_default(
    qtbot: QtBot, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap_desktop.layout.palette import COLOUR, PRINT
    from roadmap_desktop.layout.sheet import BoxShape

    dlg = _dialog(qtbot, sample, scope="current")

    def fills() -> set:
        return {s.fill for page in dlg.pages for s in page.shapes if isinstance(s, BoxShape)}

    assert not dlg.colour.isChecked()
    assert PRINT.actual_fill in fills() and COLOUR.actual_fill not in fills()
    dlg.colour.setChecked(True)  # the preview is laid out again at once
    dlg.wait_for_pages()
    assert COLOUR.actual_fill in fills() and PRINT.actual_fill not in fills()


def test_declining_the_fitting_problems_prints_nothing(
    qtbot: QtBot, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample.projects[7].overview *= 40
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(print_dialog, "QPrintDialog", lambda *a: pytest.fail("no print dialog after declining"))
    dlg = _dialog(qtbot, sample, scope="current")
    assert len(dlg.pages) >= 2 and dlg.problems
    assert not dlg.print_pages()


def test_render_the_print_window(qtbot: QtBot, sample: Roadmap, artifacts: Path, app_font: str) -> None:
    dlg = _dialog(qtbot, sample, scope="all")
    dlg.book.setChecked(True)
    dlg.wait_for_pages()
    dlg.resize(1100, 760)
    dlg.grab().save(str(artifacts / "print-dialog-book.png"))
    assert (artifacts / "print-dialog-book.png").stat().st_size > 10_000


def test_the_printed_book_is_the_publication_unless_a_progress_report_is_chosen(qtbot: QtBot, sample: Roadmap) -> None:
    """Printing is publishing: no 状況 on the 一覧 nor the 全体工程表 unless 進捗報告 is ticked, and then
    at the file's 基準月 (版の設定), not at the screen's month given to the window."""
    from roadmap_desktop.core.status import project_status
    from roadmap_desktop.layout.pages import ShapePage

    def words(dlg: PrintDialog, kind: str) -> str:
        return " ".join(t.text for p in dlg.pages if isinstance(p, ShapePage) and p.kind == kind for t in p.texts())

    screen_month = Month(2026, 12)
    dlg = PrintDialog(None, sample, _scopes(sample), screen_month, "all")
    qtbot.addWidget(dlg)
    dlg.wait_for_pages()
    assert not dlg.progress_report.isEnabled()  # sheets alone: no 一覧, no 全体工程表
    dlg.book.setChecked(True)
    dlg.wait_for_pages()
    assert dlg.progress_report.isEnabled() and not dlg.progress_report.isChecked()
    assert "状況" not in words(dlg, "list") + words(dlg, "overview")
    assert not any(s in words(dlg, "overview") for s in ("遅れ", "順調", "超過", "未着手"))
    dlg.progress_report.setChecked(True)
    dlg.wait_for_pages()
    overview = words(dlg, "overview")
    assert "状況" in words(dlg, "list") and "状況" in overview and "基準月（令和7年3月）" in overview
    at_file = [project_status(p, REFERENCE).label for p in sample.projects]
    at_screen = [project_status(p, screen_month).label for p in sample.projects]
    assert at_file != at_screen  # the two months give different verdicts: the test can tell them apart
    chips = [t.text for p in dlg.pages if isinstance(p, ShapePage) for t in p.texts() if t.role == "overview_status"]
    assert chips == at_file
    sample.edition.reference_month = None  # without the file's 基準月 there is no progress report
    dlg2 = PrintDialog(None, sample, _scopes(sample), screen_month, "all")
    qtbot.addWidget(dlg2)
    dlg2.book.setChecked(True)
    dlg2.wait_for_pages()
    assert not dlg2.progress_report.isEnabled() and "版の設定" in dlg2.progress_report.toolTip()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's notice on show()
def test_the_window_answers_while_the_book_of_150_projects_is_laid_out(qtbot: QtBot) -> None:
    """The book's layout (seconds for 150 projects) runs in a worker: the window's thread never does a
    piece of work over 100 ms meanwhile (its own processor time between two ticks of a 10 ms timer,
    which other processes on the machine cannot lengthen; the wall-clock stall is printed by
    bench/bench_print_preview.py), the busy sign shows, and the preview then draws only what is in view."""
    import sys
    import threading
    import time

    from PySide6.QtCore import QTimer

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from generate import generate_roadmap

    from roadmap_desktop.layout import book as book_module

    rm = generate_roadmap(150)
    dlg = PrintDialog(None, rm, {"all": rm.projects}, REFERENCE, "all")
    qtbot.addWidget(dlg)
    dlg.resize(1000, 700)
    dlg.show()
    dlg.wait_for_pages()
    threads: list[str] = []
    real_layout_book = book_module.layout_book

    def recording_layout_book(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real_layout_book(*args, **kwargs)  # type: ignore[arg-type]

    print_dialog.layout_book = recording_layout_book  # type: ignore[assignment]
    try:
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.thread_time()))
        timer.start()
        dlg.book.setChecked(True)
        assert dlg.busy and dlg.busy_bar.isVisible() and not dlg.print_button.isEnabled()
        qtbot.waitUntil(lambda: not dlg.busy, timeout=120_000)
        dlg.repaint()  # the preview draws its first pages
        qtbot.wait(50)
        timer.stop()
    finally:
        print_dialog.layout_book = real_layout_book
    assert threads and threading.main_thread().name not in threads
    assert len(dlg.pages) > 150  # cover, 目次, 一覧, 全体工程表 and the sheets
    assert dlg.preview.pageCount() == len(dlg.pages) and dlg.print_button.isEnabled()
    assert not dlg.busy_bar.isVisible()
    assert 0 < dlg.preview.canvas.drawn <= 4  # only the pages in view were drawn
    longest = max(b - a for a, b in itertools.pairwise(ticks))
    print(f"longest piece of the window thread's work: {longest:.3f} s over {len(ticks)} ticks")
    assert len(ticks) >= 10 and longest < 0.1, f"the window's thread worked {longest:.3f} s without a break"


def test_a_newer_choice_supersedes_a_layout_under_way_and_closing_drops_it(qtbot: QtBot, sample: Roadmap) -> None:
    dlg = _dialog(qtbot, sample, scope="all")
    dlg.book.setChecked(True)  # a book under way...
    dlg.scope.setCurrentIndex(dlg.scope.findData("current"))  # ...superseded by one sheet
    dlg.wait_for_pages()
    assert len(dlg.pages) == 4 + 1 and dlg.preview.pageCount() == 5  # cover, 目次, 一覧, 全体工程表, the sheet
    dlg.colour.setChecked(True)
    dlg.reject()  # closed while laying out: nothing arrives later, nothing is raised
    qtbot.wait(300)
    assert not dlg.isVisible()
