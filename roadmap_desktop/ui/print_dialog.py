"""Print and preview in one window: which sheets (this project, the selection, what the list shows,
all), sheets only or the whole book (冊子), a page range, and the preview of exactly those pages.

The preview shows all the pages of the chosen scope at once, so the preview of the whole book is one
step away; 印刷… sends the same pages through the system's print dialog. The book printed is the
publication (from the file alone) unless 進捗報告 is chosen: then its 一覧 and 全体工程表 carry each
project's 状況 at the file's 基準月 (版の設定), never at today's or the screen's month.

The pages are laid out in a worker (ui/background.py): a book of 150 projects takes seconds, and the
window goes on answering meanwhile, with 「ページを組んでいます…」 and a busy bar; a newer choice
supersedes a layout under way (which stops at its next sheet), and closing the window drops it. The
preview (ui/page_preview.py) draws only the pages in view.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RoadmapError
from ..core.fiscal import Month
from ..core.model import Project, Roadmap
from ..core.progress import Cancelled
from ..layout.book import BookPage, layout_book
from ..layout.palette import COLOUR, PRINT, Palette
from ..layout.sheet import in_sheet_order, layout_sheet
from .background import BackgroundTask
from .messages import show_error
from .page_preview import PagePreview
from .printing import confirm_problems, make_printer, render
from .scope_choice import scope_combo
from .screen_fit import fit_to_screen


@dataclass(frozen=True)
class _Failed:
    """What the worker hands back when the layout did not finish (a BackgroundTask would raise it)."""

    error: Exception


def lay_out_pages(
    roadmap: Roadmap,
    projects: list[Project],
    book: bool,
    palette: Palette,
    progress_report: bool,
    stop: Callable[[], bool] = lambda: False,
) -> tuple[list[BookPage], list[str]]:
    """The pages to print and the fitting problems (Qt-free: run in a worker). *stop* is asked between
    sheets; when it says so, :class:`Cancelled` ends the layout."""

    def check(*_args: object) -> None:
        if stop():
            raise Cancelled
        time.sleep(0)  # between sheets, the window's thread gets the interpreter at once

    if not projects:
        return [], []
    if book:
        laid = layout_book(roadmap, projects, progress=check, palette=palette, progress_report=progress_report)
        return list(laid.pages), list(laid.problems)
    pages: list[BookPage] = []
    problems: list[str] = []
    for no, project in in_sheet_order(roadmap, projects):
        check()
        sheet = layout_sheet(roadmap.edition, project, no, palette)
        pages.extend(sheet.pages)
        problems.extend(sheet.problems)
    return pages, problems


class PrintDialog(QDialog):
    """The print and preview window. *scopes*: key → projects (empty scopes are not offered)."""

    def __init__(
        self,
        parent: QWidget | None,
        roadmap: Roadmap,
        scopes: dict[str, list[Project]],
        reference: Month | None = None,
        scope: str | None = None,
    ) -> None:
        """*reference*: the screen's 基準月, not used for the printed pages (they use the file's)."""
        super().__init__(parent)
        self.roadmap = roadmap
        self.scopes = {k: v for k, v in scopes.items() if v}
        self.pages: list[BookPage] = []
        self.problems: list[str] = []
        self.printed = False
        self.setWindowTitle(self.tr("印刷と印刷プレビュー"))
        self.scope = scope_combo(self, self.scopes, scope)
        self.book = QCheckBox(self.tr("冊子にする(&B)（表紙・目次・一覧・全体工程表を付ける）"), self)
        self.colour = QCheckBox(self.tr("カラーで印刷(&C)（画面と同じ色）"), self)
        self.colour.setToolTip(self.tr("選ばなければ、白黒のプリンターでも計画と実績が見分けられる灰色で印刷します。"))
        self.progress_report = QCheckBox(self.tr("進捗報告(&R)（状況・遅れを表示）"), self)
        own = roadmap.edition.reference_month
        self.progress_report.setToolTip(
            self.tr("冊子の一覧と全体工程表に各事業の状況を付けます（判定は版の設定の基準月 {month}）。").format(
                month=own.japanese()
            )
            if own is not None
            else self.tr("「版の設定」で基準月を入力すると選べます。")
        )
        self.all_pages = QRadioButton(self.tr("すべてのページ(&A)"), self)
        self.some_pages = QRadioButton(self.tr("ページ指定(&G)"), self)
        self.all_pages.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_pages)
        group.addButton(self.some_pages)
        self.first = QSpinBox(self)
        self.last = QSpinBox(self)
        self.first.setAccessibleName(self.tr("印刷する最初のページ"))
        self.last.setAccessibleName(self.tr("印刷する最後のページ"))
        for box in (self.first, self.last):
            box.setMinimum(1)
            box.setEnabled(False)
        self.count = QLabel(self)
        # the busy sign while the pages are laid out in the worker
        self.busy_label = QLabel(self.tr("ページを組んでいます…"), self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no known length: the bar moves to and fro
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("ページを組んでいます"))
        self.busy = False
        self._stop: threading.Event | None = None
        self._layout_task = BackgroundTask(self._laid_out, self)

        top = QHBoxLayout()
        scope_label = QLabel(self.tr("対象(&T)"), self)
        scope_label.setBuddy(self.scope)
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addWidget(self.book)
        top.addStretch(1)
        # the colour and the progress report on a row of their own: one row of all the choices is wider
        # than a 1366-pixel laptop at 150 %
        options = QHBoxLayout()
        options.addWidget(self.colour)
        options.addWidget(self.progress_report)
        options.addStretch(1)
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.all_pages)
        pages_row.addWidget(self.some_pages)
        pages_row.addWidget(self.first)
        pages_row.addWidget(QLabel(self.tr("〜"), self))
        pages_row.addWidget(self.last)
        pages_row.addWidget(self.count)
        pages_row.addWidget(self.busy_label)
        pages_row.addWidget(self.busy_bar)
        pages_row.addStretch(1)

        self.printer = make_printer(roadmap.edition.title)
        self.preview = PagePreview(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)  # Qt's own 閉じる, Esc
        self.print_button = buttons.addButton(self.tr("印刷(&P)…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.clicked.connect(self.print_pages)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addLayout(pages_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 1100, 800)

        self.scope.currentIndexChanged.connect(self.refresh)
        self.book.toggled.connect(self.refresh)
        self.colour.toggled.connect(self.refresh)
        self.progress_report.toggled.connect(self.refresh)
        self.some_pages.toggled.connect(self._range_changed)
        self.first.valueChanged.connect(self._range_changed)
        self.last.valueChanged.connect(self._range_changed)
        self.refresh()

    # --- what is printed

    def selected_projects(self) -> list[Project]:
        return list(self.scopes.get(self.scope.currentData(), []))

    def refresh(self) -> None:
        """Lay out the chosen scope again (sheets, or the whole book) in the worker; the preview and the
        page counts follow when it is done. A layout still under way is told to stop."""
        projects = self.selected_projects()
        palette = COLOUR if self.colour.isChecked() else PRINT
        self.progress_report.setEnabled(self.book.isChecked() and self.roadmap.edition.reference_month is not None)
        if self._stop is not None:
            self._stop.set()
        stop = self._stop = threading.Event()
        book, progress_report, roadmap = self.book.isChecked(), self.is_progress_report(), self.roadmap
        self._set_busy(True)

        def work() -> object:
            try:
                return lay_out_pages(roadmap, projects, book, palette, progress_report, stop.is_set)
            except (Cancelled, RoadmapError) as e:  # a superseded layout; a sheet that cannot be laid out
                return _Failed(e)

        self._layout_task.start(work)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.print_button.setEnabled(not busy and bool(self.pages))
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _laid_out(self, result: object) -> None:
        if isinstance(result, _Failed) and isinstance(result.error, Cancelled):
            return  # superseded (a newer layout is on its way) or the window closed
        laid: tuple[list[BookPage], list[str]] = ([], []) if isinstance(result, _Failed) else result  # type: ignore[assignment]
        self.pages, self.problems = laid
        n = len(self.pages)
        for box in (self.first, self.last):
            box.blockSignals(True)
            box.setMaximum(max(1, n))
        self.first.setValue(min(self.first.value(), max(1, n)))
        self.last.setValue(n if not self.some_pages.isChecked() else min(max(self.last.value(), 1), max(1, n)))
        for box in (self.first, self.last):
            box.blockSignals(False)
        self._set_busy(False)
        self._range_changed()
        if isinstance(result, _Failed):
            show_error(self, result.error)

    def wait_for_pages(self, timeout_s: float = 60.0) -> None:
        """Until the layout under way is done (tests, and printing right after a change)."""
        deadline = time.monotonic() + timeout_s
        while self.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)

    def done(self, result: int) -> None:
        if self._stop is not None:
            self._stop.set()  # closing the window stops the layout under way; its result is dropped
        super().done(result)

    def is_progress_report(self) -> bool:
        return self.progress_report.isEnabled() and self.progress_report.isChecked()

    def page_range(self) -> tuple[int, int]:
        """First and last page to print, 1-based and inclusive."""
        n = len(self.pages)
        if not self.some_pages.isChecked():
            return 1, n
        first, last = self.first.value(), self.last.value()
        return min(first, last), max(first, last)

    def chosen_pages(self) -> list[BookPage]:
        first, last = self.page_range()
        return self.pages[first - 1 : last]

    def _range_changed(self, *args: object) -> None:
        for box in (self.first, self.last):
            box.setEnabled(self.some_pages.isChecked())
        self.count.setText(self.tr("{n} ページ中 {k} ページ").format(n=len(self.pages), k=len(self.chosen_pages())))
        self.preview.set_pages(self.chosen_pages())

    # --- printing

    def print_pages(self) -> bool:
        """The system's print dialog, then the chosen pages to the printer; True when sent."""
        self.wait_for_pages()  # what is chosen now, not the pages of a choice before it
        pages = self.chosen_pages()
        if not pages or not confirm_problems(self, self.problems):
            return False
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("印刷"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            render(self.printer, pages)  # type: ignore[arg-type]
        except RoadmapError as e:
            show_error(self, e)
            return False
        self.printed = True
        self.accept()
        return True


def open_print_dialog(
    parent: QWidget | None,
    roadmap: Roadmap,
    scopes: dict[str, list[Project]],
    reference: Month | None,
    scope: str | None = None,
) -> bool:
    """Show the print and preview window (modal); True when something was sent to the printer."""
    dialog = PrintDialog(parent, roadmap, scopes, reference, scope)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.exec()
    return dialog.printed
