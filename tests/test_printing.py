"""Printing, print preview and the export dialog draw and write the same laid-out sheets as the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from roadmap_desktop.core.model import Project, Roadmap
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.layout.sheet import layout_sheet
from roadmap_desktop.ui import printing
from roadmap_desktop.ui.export_dialog import ExportDialog
from roadmap_desktop.ui.sheet_painter import render_page

DPI = 100


def _by_no(rm: Roadmap, no: int) -> Project:
    return dict(zip(rm.sheet_numbers(), rm.projects, strict=True))[no]


def _gray_values(image: QImage) -> list[int]:
    img = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    data = bytes(img.constBits())
    return [data[y * bpl + x] for y in range(h) for x in range(w)]


def _pdf_png(rm: Roadmap, no: int, tmp_path: Path) -> QImage:
    pdf = tmp_path / f"s{no}.pdf"
    export_pdf(rm, [_by_no(rm, no)], pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-singlefile", str(pdf), str(tmp_path / f"s{no}")], check=True)
    return QImage(str(tmp_path / f"s{no}.png"))


def _block_diff(image: QImage, reference: QImage) -> float:
    """Mean grey difference of 10 × 10 pixel blocks (2.5 mm): thin lines and glyph edges anti-alias
    differently in Qt and poppler, the layout itself must agree."""
    # pdftoppm rounds the page size up, the image is rounded to nearest: compare the common area
    assert abs(reference.width() - image.width()) <= 1 and abs(reference.height() - image.height()) <= 1
    w, h = min(reference.width(), image.width()), min(reference.height(), image.height())
    ba = _blocks(_gray_values(image.copy(0, 0, w, h)), w, h)
    bb = _blocks(_gray_values(reference.copy(0, 0, w, h)), w, h)
    return sum(abs(x - y) for x, y in zip(ba, bb, strict=True)) / len(ba)


@pytest.mark.parametrize(("no", "other"), [(56, 57), (62, 63)])
def test_painter_render_matches_the_pdf_render(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, artifacts: Path, no: int, other: int
) -> None:
    page = layout_sheet(sample.edition, _by_no(sample, no), no).pages[0]
    image = render_page(page, DPI)
    image.save(str(artifacts / f"painter-no{no}.png"))
    same = _block_diff(image, _pdf_png(sample, no, tmp_path))
    different = _block_diff(image, _pdf_png(sample, other, tmp_path))
    assert same < 6.0
    assert same < different / 2, (same, different)


def _blocks(values: list[int], w: int, h: int, n: int = 10) -> list[float]:
    out = []
    for by in range(0, h - n + 1, n):
        for bx in range(0, w - n + 1, n):
            out.append(sum(values[(by + y) * w + bx + x] for y in range(n) for x in range(n)) / (n * n))
    return out


class _FakePrintDialog:
    """Stands in for the system's print dialog: 'OK' with the output sent to a file."""

    target: Path

    def __init__(self, printer: QPrinter, parent: object = None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return QDialog.DialogCode.Accepted


def test_print_sends_every_page_of_every_sheet_in_a4_landscape(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _FakePrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "QPrintDialog", _FakePrintDialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    projects = sample.projects[:3]
    assert printing.print_projects(None, sample, projects)
    with pdfplumber.open(_FakePrintDialog.target) as pdf:
        assert len(pdf.pages) == 3
        assert pdf.pages[0].width > pdf.pages[0].height
        assert pdf.pages[0].width == pytest.approx(841.9, abs=1)


def test_print_stops_when_the_user_declines_the_fitting_problems(
    qtbot: QtBot, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(printing, "QPrintDialog", lambda *a: pytest.fail("no print dialog after declining"))
    p = sample.projects[0]
    p.overview = p.overview * 40
    assert not printing.print_projects(None, sample, [p])
    assert len(asked) == 1 and "概要" in asked[0] and "No.56" in asked[0]


def test_preview_paints_the_same_pages(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "preview.pdf"

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    p = _by_no(sample, 72)
    for _ in range(4):  # 12 initiatives: two pages
        p.initiatives.append(p.initiatives[0])
    printing.preview_projects(None, sample, [p])
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2


def _dialog(qtbot: QtBot, sample: Roadmap) -> ExportDialog:
    dlg = ExportDialog(None, sample, {"current": sample.projects[:1], "all": sample.projects, "selection": []})
    qtbot.addWidget(dlg)
    assert dlg.scope.currentData() == "all"  # as the print window: what the list shows (here no filter: all)
    dlg.scope.setCurrentIndex(dlg.scope.findData("current"))
    return dlg


def test_export_dialog_offers_only_the_scopes_given_and_writes_the_pdf(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = _dialog(qtbot, sample)
    keys = [dlg.scope.itemData(i) for i in range(dlg.scope.count())]
    assert keys == ["current", "all"]
    assert "20" in dlg.scope.itemText(1)
    target = tmp_path / "book"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dlg.scope.setCurrentIndex(1)
    assert dlg.run_export()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.written == [tmp_path / "book.pdf"]
    with pdfplumber.open(tmp_path / "book.pdf") as pdf:
        assert len(pdf.pages) == 20


def test_export_dialog_one_file_per_project(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = _dialog(qtbot, sample)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dlg.per_project.setChecked(True)
    assert dlg.run_export()
    assert [p.name for p in dlg.written] == ["No056_電子入札・電子収納導入調査事業.pdf"]
    assert dlg.written[0].exists()


def test_export_dialog_shows_errors_and_keeps_open(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = _dialog(qtbot, sample)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "no" / "x.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    assert not dlg.run_export()
    assert len(shown) == 1 and "フォルダー" in shown[0]
    assert dlg.result() != QDialog.DialogCode.Accepted


def test_export_dialog_cancelled_file_choice_writes_nothing(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = _dialog(qtbot, sample)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not dlg.run_export()
    assert dlg.written == [] and list(tmp_path.iterdir()) == []


def test_export_dialog_writes_excel_when_chosen(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = _dialog(qtbot, sample)
    assert dlg.xlsx.isEnabled()
    dlg.xlsx.setChecked(True)
    assert not dlg.per_project.isEnabled()  # one workbook per export
    seen: list[str] = []

    def save(parent: object, title: str, name: str, filters: str) -> tuple[str, str]:
        seen.append(name)
        return str(tmp_path / "book"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    assert dlg.run_export()
    assert seen == ["No056_電子入札・電子収納導入調査事業.xlsx"]
    assert dlg.written == [tmp_path / "book.xlsx"]
    assert (tmp_path / "book.xlsx").read_bytes()[:2] == b"PK"


def test_export_dialog_cancel_in_the_progress_dialog_leaves_no_file(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    dlg = _dialog(qtbot, sample)
    dlg.scope.setCurrentIndex(1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "book.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # 中止 while the sheets are written
    assert not dlg.run_export()
    assert list(tmp_path.iterdir()) == []
    assert dlg.result() != QDialog.DialogCode.Accepted


def test_export_dialog_starts_in_the_given_folder(
    qtbot: QtBot, sample: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = ExportDialog(None, sample, {"current": sample.projects[:1]}, tmp_path / "exports")
    qtbot.addWidget(dlg)
    asked: list[str] = []

    def save_name(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert not dlg.run_export()  # the user closed the file dialog: nothing written
    assert asked == [str(tmp_path / "exports" / "No056_電子入札・電子収納導入調査事業.pdf")]
