"""Print and preview in one window: which sheets (this project, the selection, what the list shows,
all), sheets only or the whole book (冊子), a page range, and the preview of exactly those pages.

The preview shows all the pages of the chosen scope at once, so the preview of the whole book is one
step away; 印刷… sends the same pages through the system's print dialog. The book printed is the
publication (from the file alone) unless 進捗報告 is chosen: then its 一覧 and 全体工程表 carry each
project's 状況 at the file's 基準月 (版の設定), never at today's or the screen's month.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RoadmapError
from ..core.fiscal import Month
from ..core.model import Project, Roadmap
from ..layout.book import BookPage, layout_book
from ..layout.palette import COLOUR, PRINT
from .messages import show_error
from .printing import confirm_problems, make_printer, render, sheet_pages
from .scope_choice import scope_combo
from .screen_fit import fit_to_screen


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
        self.book = QCheckBox(self.tr("冊子にする（表紙・目次・一覧・全体工程表を付ける）"), self)
        self.colour = QCheckBox(self.tr("カラーで印刷（画面と同じ色）"), self)
        self.colour.setToolTip(self.tr("選ばなければ、白黒のプリンターでも計画と実績が見分けられる灰色で印刷します。"))
        self.progress_report = QCheckBox(self.tr("進捗報告（状況・遅れを表示）"), self)
        own = roadmap.edition.reference_month
        self.progress_report.setToolTip(
            self.tr("冊子の一覧と全体工程表に各事業の状況を付けます（判定は版の設定の基準月 {month}）。").format(
                month=own.japanese()
            )
            if own is not None
            else self.tr("「版の設定」で基準月を入力すると選べます。")
        )
        self.all_pages = QRadioButton(self.tr("すべてのページ"), self)
        self.some_pages = QRadioButton(self.tr("ページ指定"), self)
        self.all_pages.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_pages)
        group.addButton(self.some_pages)
        self.first = QSpinBox(self)
        self.last = QSpinBox(self)
        for box in (self.first, self.last):
            box.setMinimum(1)
            box.setEnabled(False)
        self.count = QLabel(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("対象"), self))
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
        pages_row.addStretch(1)

        self.printer = make_printer(roadmap.edition.title)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)
        self.preview.paintRequested.connect(self._paint)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button = buttons.addButton(self.tr("印刷…"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        """Lay out the chosen scope again (sheets, or the whole book) and show it."""
        projects = self.selected_projects()
        palette = COLOUR if self.colour.isChecked() else PRINT
        self.progress_report.setEnabled(self.book.isChecked() and self.roadmap.edition.reference_month is not None)
        if not projects:
            self.pages, self.problems = [], []
        elif self.book.isChecked():
            book = layout_book(self.roadmap, projects, palette=palette, progress_report=self.is_progress_report())
            self.pages, self.problems = list(book.pages), book.problems
        else:
            sheets, self.problems = sheet_pages(self.roadmap, projects, palette)
            self.pages = list(sheets)
        n = len(self.pages)
        for box in (self.first, self.last):
            box.blockSignals(True)
            box.setMaximum(max(1, n))
        self.first.setValue(min(self.first.value(), max(1, n)))
        self.last.setValue(n if not self.some_pages.isChecked() else min(max(self.last.value(), 1), max(1, n)))
        for box in (self.first, self.last):
            box.blockSignals(False)
        self.print_button.setEnabled(n > 0)
        self._range_changed()

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
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        pages = self.chosen_pages()
        if not pages:
            return
        try:
            render(printer, pages)  # type: ignore[arg-type]  # sheet or book pages: both are shapes
        except RoadmapError as e:
            show_error(self, e)

    # --- printing

    def print_pages(self) -> bool:
        """The system's print dialog, then the chosen pages to the printer; True when sent."""
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
