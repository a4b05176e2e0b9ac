"""File → Print and Print Preview: the sheets drawn by :mod:`sheet_painter` through the system's dialogs.

The printer gets the same laid-out pages as the PDF export, so the preview shows what the PDF shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..core.errors import RoadmapError
from ..core.model import Project, Roadmap
from ..layout.geometry import PAGE_H, PAGE_W
from ..layout.palette import PRINT, Palette
from ..layout.sheet import Page, layout_projects
from .messages import show_error
from .screen_fit import fit_to_screen
from .sheet_painter import paint_page

MAX_LISTED_PROBLEMS = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def sheet_pages(roadmap: Roadmap, projects: list[Project], palette: Palette = PRINT) -> tuple[list[Page], list[str]]:
    """Every page of *projects*' sheets in sheet order, and the fitting problems found on the way."""
    sheets = layout_projects(roadmap, projects, palette)
    return [page for s in sheets for page in s.pages], [msg for s in sheets for msg in s.problems]


def confirm_problems(parent: QWidget | None, problems: list[str]) -> bool:
    """Tell the user what does not fit before anything is printed or written; True = go on."""
    if not problems:
        return True
    shown = problems[:MAX_LISTED_PROBLEMS]
    more = len(problems) - len(shown)
    text = _tr("次の文字は枠に収まりません。このまま続けますか？") + "\n\n" + "\n".join(shown)
    if more > 0:
        text += "\n" + _tr("ほか{n}件").format(n=more)
    answer = QMessageBox.question(
        parent,
        _tr("枠に収まらない文字があります"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def make_printer(title: str) -> QPrinter:
    """A4 landscape, no margins of its own (the sheet has its 10 mm margins), high resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
    )
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


def render(printer: QPrinter, pages: list[Page]) -> None:
    """Draw *pages* on *printer*, one sheet page per paper page, scaled to the paper if it is not A4 landscape."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RoadmapError(_tr("プリンターを使えません。プリンターの設定を確認してください。"))
    try:
        for i, page in enumerate(pages):
            if i and not printer.newPage():
                raise RoadmapError(_tr("印刷中にプリンターでエラーが起きました。"))
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            mm_to_px = min(paper.width() / PAGE_W, paper.height() / PAGE_H)
            paint_page(painter, page, mm_to_px)
    finally:
        painter.end()


def print_projects(parent: QWidget | None, roadmap: Roadmap, projects: list[Project]) -> bool:
    """Print the sheets of *projects* through the system's print dialog; True when sent to the printer."""
    if not projects:
        return False
    pages, problems = sheet_pages(roadmap, projects)
    if not confirm_problems(parent, problems):
        return False
    printer = make_printer(roadmap.edition.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("印刷"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        render(printer, pages)
    except RoadmapError as e:
        show_error(parent, e)
        return False
    return True


def preview_projects(parent: QWidget | None, roadmap: Roadmap, projects: list[Project]) -> None:
    """Show the system's print preview of the sheets of *projects* (printing from it is possible)."""
    if not projects:
        return
    pages, problems = sheet_pages(roadmap, projects)
    if not confirm_problems(parent, problems):
        return
    printer = make_printer(roadmap.edition.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("印刷プレビュー"))
    fit_to_screen(dialog, 1100, 800)

    def paint(target: QPrinter) -> None:
        try:
            render(target, pages)
        except RoadmapError as e:
            show_error(dialog, e)

    dialog.paintRequested.connect(paint)
    dialog.exec()
