"""The export dialog's 冊子 (the whole book in one PDF) and its 進捗報告 choice (状況 at the file's 基準月),
as the CLI's ``roadmap export --book [--progress]`` has them; file choosers and questions are replaced."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.ui.export_dialog import ExportDialog


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fitting question (枠に収まらない文字) is answered 「はい」; nothing is left waiting."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


MARCH_R7 = Month(2025, 3)


def _dialog(qtbot: QtBot, sample: Roadmap, reference: Month | None = MARCH_R7) -> ExportDialog:
    scopes = {"current": sample.projects[:1], "all": sample.projects[:4]}
    dlg = ExportDialog(None, sample, scopes, None, reference)
    qtbot.addWidget(dlg)
    return dlg


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path, asked: list[str] | None = None) -> None:
    def save(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        if asked is not None:
            asked.append(start)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)


def _pdf_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_the_book_is_one_pdf_with_cover_contents_list_and_overview_before_the_sheets(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = _dialog(qtbot, sample)
    dlg.scope.setCurrentIndex(dlg.scope.findData("all"))
    dlg.book.setChecked(True)
    asked: list[str] = []
    _save_to(monkeypatch, tmp_path / "冊子", asked)
    assert dlg.run_export()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.written == [tmp_path / "冊子.pdf"]
    assert asked == [sample.edition.title + ".pdf"]  # a book is named for the edition
    pages = _pdf_text(tmp_path / "冊子.pdf")
    sheets = _pdf_text(_plain_pdf(qtbot, sample, tmp_path, monkeypatch))
    assert len(pages) > len(sheets) == 4  # the book's own pages come first, then the four sheets
    front = "\n".join(pages[: len(pages) - len(sheets)])
    assert sample.edition.title in pages[0]  # the cover
    assert "目次" in front and "全体工程表" in front
    assert "基準月（令和7年3月）" in front.replace(" ", "")  # the chosen 基準月, not this month
    for project in sample.projects[:4]:
        assert project.name.replace("\n", "")[:8] in front.replace("\n", "")  # listed in 目次 and 一覧
    # the sheets follow, the same sheets as the plain export
    assert [p.split("\n")[0] for p in pages[-len(sheets) :]] == [p.split("\n")[0] for p in sheets]


def _plain_pdf(qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    dlg = _dialog(qtbot, sample)
    dlg.scope.setCurrentIndex(dlg.scope.findData("all"))
    _save_to(monkeypatch, tmp_path / "sheets.pdf")
    assert dlg.run_export()
    return tmp_path / "sheets.pdf"


def test_book_and_one_file_per_project_exclude_each_other_and_the_report_goes_with_the_overview(
    qtbot: QtBot, sample: Roadmap
) -> None:
    dlg = _dialog(qtbot, sample)
    assert dlg.pdf.isChecked() and dlg.book.isEnabled() and dlg.per_project.isEnabled()
    assert not dlg.progress_report.isEnabled()  # plain sheets have no 全体工程表
    dlg.book.setChecked(True)
    assert not dlg.per_project.isEnabled() and dlg.progress_report.isEnabled()
    assert not dlg.progress_report.isChecked()  # the publication unless asked
    dlg.book.setChecked(False)
    dlg.per_project.setChecked(True)
    assert not dlg.book.isEnabled() and not dlg.progress_report.isEnabled()
    dlg.per_project.setChecked(False)
    dlg.xlsx.setChecked(True)  # one workbook, with its 全体工程表 sheet
    assert not dlg.book.isEnabled() and not dlg.per_project.isEnabled() and dlg.progress_report.isEnabled()


def test_the_month_is_the_files_and_the_screens_is_named_as_not_used(qtbot: QtBot, sample: Roadmap) -> None:
    dlg = _dialog(qtbot, sample, Month(2025, 3))
    assert dlg.reference_words.text() == "基準月 令和7年3月（版の設定）"
    dlg = _dialog(qtbot, sample, Month(2026, 1))
    assert (
        "令和7年3月" in dlg.reference_words.text()
        and "画面の基準月（令和8年1月）は使いません" in dlg.reference_words.text()
    )
    sample.edition.reference_month = None
    dlg = _dialog(qtbot, sample)
    dlg.book.setChecked(True)
    assert not dlg.progress_report.isEnabled() and "版の設定" in dlg.reference_words.text()


@pytest.mark.parametrize("report", [False, True], ids=["publication", "progress-report"])
def test_the_book_and_the_excel_overview_are_judged_at_the_files_month_only_as_a_report(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, report: bool
) -> None:
    dlg = _dialog(qtbot, sample, Month(2026, 11))  # the screen's month: never the export's
    dlg.scope.setCurrentIndex(dlg.scope.findData("all"))
    dlg.xlsx.setChecked(True)
    dlg.progress_report.setChecked(report)
    _save_to(monkeypatch, tmp_path / "回収用.xlsx")
    assert dlg.run_export()
    wb = openpyxl.load_workbook(tmp_path / "回収用.xlsx")
    overview = [ws for ws in wb.worksheets if str(ws["A1"].value or "").startswith("全体工程表")]
    assert len(overview) == 1
    assert "基準月 令和7年3月" in str(overview[0]["A1"].value)
    heads = [overview[0].cell(3, c).value for c in range(1, 6)]
    assert ("状況" in heads) is report
    dlg = _dialog(qtbot, sample, Month(2026, 11))
    dlg.book.setChecked(True)
    dlg.progress_report.setChecked(report)
    _save_to(monkeypatch, tmp_path / "book.pdf")
    assert dlg.run_export()
    texts = _pdf_text(tmp_path / "book.pdf")
    assert ("状況" in texts[3]) is report and "基準月（令和7年3月）" in texts[3]


def test_a_book_whose_file_chooser_is_closed_writes_nothing(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = _dialog(qtbot, sample)
    dlg.book.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not dlg.run_export()
    assert dlg.written == [] and list(tmp_path.iterdir()) == []
    assert dlg.result() != QDialog.DialogCode.Accepted


def test_the_dialog_looks_right(qtbot: QtBot, sample: Roadmap, app_font: str, artifacts: Path) -> None:
    dlg = _dialog(qtbot, sample)
    dlg.book.setChecked(True)
    dlg.adjustSize()
    image = dlg.grab()
    assert image.save(str(artifacts / "export_dialog_book.png"))
    assert image.width() >= dlg.book.sizeHint().width()  # the 冊子 line is shown whole


def test_a_pdf_is_grey_unless_colour_is_chosen_and_a_workbook_has_no_such_choice(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap_desktop.layout.palette import COLOUR

    def fills(path: Path) -> set[tuple[float, ...]]:
        with pdfplumber.open(path) as pdf:
            return {
                tuple(obj["non_stroking_color"]) if isinstance(obj["non_stroking_color"], tuple | list)
                else (obj["non_stroking_color"],)
                for page in pdf.pages for obj in page.rects if obj.get("non_stroking_color") is not None
            }  # fmt: skip

    for colour, name in ((False, "grey.pdf"), (True, "colour.pdf")):
        dlg = _dialog(qtbot, sample)
        dlg.colour.setChecked(colour)
        _save_to(monkeypatch, tmp_path / name)
        assert dlg.run_export()
    assert all(len(c) == 1 for c in fills(tmp_path / "grey.pdf"))  # greys only
    assert any(len(c) == 3 and abs(c[2] - COLOUR.actual_fill[2]) < 0.01 for c in fills(tmp_path / "colour.pdf"))
    dlg = _dialog(qtbot, sample)
    dlg.xlsx.setChecked(True)
    assert not dlg.colour.isEnabled()


def test_excel_unticks_what_only_a_pdf_has(qtbot: QtBot, sample: Roadmap) -> None:
    """冊子にする and one file per project are PDF choices: choosing Excel unticks them, not only greys them."""
    dlg = _dialog(qtbot, sample)
    dlg.book.setChecked(True)
    dlg.xlsx.setChecked(True)
    assert not dlg.book.isChecked() and not dlg.book.isEnabled()
    assert not dlg.per_project.isChecked()


def test_print_and_export_start_on_the_same_scope(qtbot: QtBot, sample: Roadmap) -> None:

    from roadmap_desktop.ui.print_dialog import PrintDialog

    scopes = {"current": sample.projects[:1], "filtered": sample.projects[:5], "all": sample.projects}
    export = ExportDialog(None, sample, scopes, None, MARCH_R7)
    printing = PrintDialog(None, sample, scopes, MARCH_R7)
    qtbot.addWidget(export)
    qtbot.addWidget(printing)
    assert export.scope.currentData() == printing.scope.currentData() == "filtered"
