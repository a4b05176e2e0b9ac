"""The edition's settings: fiscal year (the timeline's five-year window), title, first sheet number,
and what the printed book says of itself: its 基準月 and its 発行 (issuing body and date).

Moving the book on to the next year is not a setting but 「新年度版を作成…」 (ui/rollover_dialog.py): a
new file whose bars are carried over and whose ended projects are dropped. When a change of year here
would put bars outside the window, the dialog says so and offers that instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..core.errors import RoadmapError
from ..core.fiscal import format_fiscal_year, japanese_date, parse_date, parse_fiscal_year, parse_month
from ..core.model import WINDOW_YEARS, Edition, Roadmap, validate_project
from ..settings import edition_title
from .contrast import text_on
from .forms.ui_edition_dialog import Ui_EditionDialog


class YearChangeError(RoadmapError):
    """A change of year that would put bars outside the new window: the next edition is made by
    「新年度版を作成…」, which the message names and the dialog offers."""


def check_edition(roadmap: Roadmap, edition: Edition) -> None:
    """Raise a RoadmapError if a project's bars would fall outside *edition*'s window (a YearChangeError
    when the year was changed: the message then points to 「新年度版を作成…」)."""
    for project in roadmap.projects:
        try:
            validate_project(project, edition)
        except RoadmapError as e:
            message = _t("事業「{name}」が新しい年度の表示期間に合いません: {reason}").format(
                name=project.name, reason=e
            )
            if edition.fiscal_year == roadmap.edition.fiscal_year:
                raise RoadmapError(message) from None
            # the File menu's wording of the rollover (ui/actions.py; a test keeps the two the same)
            advice = _t(
                "このため、この版の年度は変えられません。次の年度の版は、ファイル →「新年度版を作成…」で新しいファイルに"
                "作ります（バーを引き継ぎ、この版はそのまま残ります）。"
            )
            raise YearChangeError(message + "\n" + advice) from None


def _t(text: str) -> str:
    return QCoreApplication.translate("EditionDialog", text)


class EditionDialog(QDialog):
    """Edits a copy of the edition; :meth:`edition` is the result once accepted."""

    def __init__(self, parent: QWidget | None, roadmap: Roadmap, title_template: str) -> None:
        super().__init__(parent)
        self.ui = Ui_EditionDialog()
        self.ui.setupUi(self)
        self._roadmap = roadmap
        self._template = title_template
        self._result: Edition | None = None
        self.rollover_requested = False  # the user chose 「新年度版を作成…」 instead (see accept)
        e = roadmap.edition
        self.ui.fiscalYear.setText(format_fiscal_year(e.fiscal_year))
        self.ui.title.setText(e.title)
        self.ui.firstSheetNo.setValue(e.first_sheet_no)
        self.ui.referenceMonth.setText(e.reference_month.japanese() if e.reference_month else "")
        self.ui.issuer.setText(e.issuer)
        self.ui.issued.setText(japanese_date(e.issued.year, e.issued.month, e.issued.day) if e.issued else "")
        # wide enough for a whole title and issuing body: a field that hides its text invites mistakes;
        # the year and the sheet number as wide as what they hold, the years they mean beside the year
        em = self.fontMetrics().horizontalAdvance("国")
        wide = self.fontMetrics().horizontalAdvance("令和６年度DX関連事業ロードマップ") + 4 * em
        for field in (self.ui.title, self.ui.issuer, self.ui.referenceMonth, self.ui.issued):
            field.setMinimumWidth(wide)
        self.ui.fiscalYear.setFixedWidth(7 * em)
        self.ui.firstSheetNo.setFixedWidth(7 * em)
        labels = [self.ui.fiscalYearLabel, self.ui.titleLabel, self.ui.firstSheetNoLabel, self.ui.referenceMonthLabel,
                  self.ui.issuerLabel, self.ui.issuedLabel]  # fmt: skip
        for label in labels:  # the two groups' fields start at the same x
            label.setMinimumWidth(max(lb.sizeHint().width() for lb in labels))
        self.ui.fiscalYear.textChanged.connect(self._show_window)
        self._show_window()
        self.ui.error.setStyleSheet(f"QLabel {{ color: {text_on(self.palette(), '#c62828')}; }}")
        # room for a two-line message from the start: showing one does not resize the dialog
        self.ui.error.setMinimumHeight(2 * self.ui.error.fontMetrics().lineSpacing() + 4)
        self.ui.error.setVisible(True)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        # offered once a change of year is refused: the way to the next year's edition
        self.rollover_button = self.ui.buttons.addButton(
            self.tr("新年度版を作成(&N)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.rollover_button.setToolTip(
            self.tr("この画面を閉じて、次の年度の版を新しいファイルに作ります（ファイル →「新年度版を作成…」と同じ）")
        )
        self.rollover_button.setVisible(False)
        self.rollover_button.clicked.connect(self._request_rollover)
        self.resize(self.sizeHint())  # no more room than the fields need

    def _grow_to_message(self) -> None:
        """Taller when a message needs more lines than the two kept for it: a window does not grow by
        itself for wrapped text (Qt does not pass height-for-width up to a window)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_window(self) -> None:
        """Beside the year, the five years the timeline then shows (令和6年度〜令和10年度)."""
        try:
            fy = parse_fiscal_year(self.ui.fiscalYear.text())
            text = self.tr("タイムライン: {first}〜{last}").format(
                first=format_fiscal_year(fy, "long"), last=format_fiscal_year(fy + WINDOW_YEARS - 1, "long")
            )
        except RoadmapError:
            text = ""
        self.ui.fiscalYearHint.setText(text)

    def _request_rollover(self) -> None:
        self.rollover_requested = True
        self.reject()

    def edition(self) -> Edition | None:
        return self._result

    def build(self) -> Edition:
        """The edition as entered; raises RoadmapError (shown in the dialog by :meth:`accept`)."""
        fy = parse_fiscal_year(self.ui.fiscalYear.text())
        title = self.ui.title.text().strip() or edition_title(self._template, fy)
        edition = Edition(title=title, fiscal_year=fy, first_sheet_no=self.ui.firstSheetNo.value())
        month_text, issued_text = self.ui.referenceMonth.text().strip(), self.ui.issued.text().strip()
        edition.reference_month = parse_month(month_text) if month_text else None
        edition.issuer = " ".join(self.ui.issuer.text().split())  # one line on the cover
        edition.issued = parse_date(issued_text) if issued_text else None
        check_edition(self._roadmap, edition)
        return edition

    def accept(self) -> None:
        try:
            self._result = self.build()
        except RoadmapError as e:
            self.ui.error.setText(str(e))
            self.ui.error.setVisible(True)
            self.rollover_button.setVisible(isinstance(e, YearChangeError))
            self._grow_to_message()
            return
        super().accept()
