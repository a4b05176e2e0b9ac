"""版の設定: a change of year that the bars do not allow points to 「新年度版を作成…」 and offers it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.ui.actions import plain, plain_text
from roadmap_desktop.ui.edition_dialog import EditionDialog
from roadmap_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TEMPLATE = "{era_long}DX関連事業ロードマップ"


def _dialog(qtbot: QtBot, roadmap: Roadmap) -> EditionDialog:
    dialog = EditionDialog(None, roadmap, TEMPLATE)
    qtbot.addWidget(dialog)
    return dialog


def test_a_refused_change_of_year_names_the_rollover_and_offers_it(qtbot: QtBot, sample: Roadmap) -> None:
    dialog = _dialog(qtbot, sample)
    assert dialog.rollover_button.isHidden()  # not offered while nothing is refused
    dialog.ui.fiscalYear.setText("R7")
    dialog.accept()
    assert dialog.result() != EditionDialog.DialogCode.Accepted and dialog.edition() is None
    text = dialog.ui.error.text()
    assert "表示期間" in text  # why: a bar of R6 falls outside R7–R11
    assert "ファイル →「新年度版を作成…」" in text  # and what to do instead
    assert not dialog.rollover_button.isHidden() and dialog.rollover_button.text() == "新年度版を作成(&N)…"
    dialog.rollover_button.click()
    assert dialog.rollover_requested and dialog.result() == EditionDialog.DialogCode.Rejected
    assert sample.edition.fiscal_year == 2024  # nothing changed


def test_the_advice_quotes_the_menus_own_words(qtbot: QtBot, tmp_path: Path, sample: Roadmap) -> None:
    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    menu_words = plain_text(window.rollover_action) + "…"
    assert window.rollover_action in window.file_menu.actions()
    dialog = _dialog(qtbot, sample)
    dialog.ui.fiscalYear.setText("2026")
    dialog.accept()
    assert f"「{menu_words}」" in dialog.ui.error.text()
    assert menu_words == plain(dialog.rollover_button.text())


def test_a_change_of_year_the_bars_allow_is_taken_without_the_offer(qtbot: QtBot) -> None:
    roadmap = Roadmap(
        Edition(title="令和６年度DX関連事業ロードマップ", fiscal_year=2024, first_sheet_no=1),
        [
            Project(
                name="後年度の事業",
                initiatives=[Initiative("取組", plan=[Bar(Month(2026, 4), Month(2027, 3), "試行")])],
            )
        ],
    )
    dialog = _dialog(qtbot, roadmap)
    dialog.ui.fiscalYear.setText("R7")
    dialog.ui.title.clear()
    dialog.accept()
    assert dialog.result() == EditionDialog.DialogCode.Accepted
    new = dialog.edition()
    assert new is not None and new.fiscal_year == 2025 and new.title == "令和7年度DX関連事業ロードマップ"
    assert dialog.rollover_button.isHidden() and not dialog.rollover_requested


def test_the_window_opens_the_rollover_when_the_dialog_asks_for_it(
    qtbot: QtBot, tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    opened: list[str] = []
    monkeypatch.setattr(MainWindow, "rollover_dialog", lambda self: opened.append("新年度版を作成"))

    def run(dialog: EditionDialog) -> int:  # instead of the modal loop: what the user does in it
        dialog.ui.fiscalYear.setText("R7")
        dialog.accept()
        dialog.rollover_button.click()
        return dialog.result()

    monkeypatch.setattr(EditionDialog, "exec", run)
    window.edition_action.trigger()
    assert opened == ["新年度版を作成"]
    assert window.roadmap is not None and window.roadmap.edition.fiscal_year == 2024
    assert not window.undo_group.canUndo()  # the edition was not changed


def test_the_refusal_looks_right(qtbot: QtBot, sample: Roadmap, app_font: str, artifacts: Path) -> None:
    dialog = _dialog(qtbot, sample)
    dialog.ui.fiscalYear.setText("R7")
    dialog.accept()
    dialog.adjustSize()
    image = dialog.grab()
    assert image.save(str(artifacts / "edition_dialog_year_refused.png"))
    assert dialog.ui.error.height() >= 3 * dialog.ui.error.fontMetrics().lineSpacing()  # the advice is shown whole


def test_the_reference_month_and_the_issue_are_entered_as_people_write_them(qtbot: QtBot, sample: Roadmap) -> None:
    dialog = _dialog(qtbot, sample)
    assert dialog.ui.referenceMonth.text() == "令和7年3月"  # the sample's, shown in 和暦
    assert dialog.ui.issuer.text() == "総務部 行政経営課" and dialog.ui.issued.text() == ""
    dialog.ui.referenceMonth.setText("R7.9")
    dialog.ui.issuer.setText("  総務部\u3000 デジタル推進課 ")
    dialog.ui.issued.setText("令和7年10月1日")
    dialog.accept()
    edition = dialog.edition()
    assert edition is not None
    assert edition.reference_month == Month(2025, 9)
    assert edition.issuer == "総務部 デジタル推進課"  # one line on the cover
    assert edition.issued is not None and edition.issued.isoformat() == "2025-10-01"
    assert sample.edition.reference_month == Month(2025, 3)  # the dialog edits a copy


def test_an_unreadable_month_or_date_is_refused_in_the_dialog_and_blank_means_not_set(
    qtbot: QtBot, sample: Roadmap
) -> None:
    dialog = _dialog(qtbot, sample)
    dialog.ui.referenceMonth.setText("3月")
    dialog.accept()
    assert dialog.edition() is None and "年月" in dialog.ui.error.text()
    dialog.ui.referenceMonth.setText("")
    dialog.ui.issued.setText("来週")
    dialog.accept()
    assert dialog.edition() is None and "日付" in dialog.ui.error.text()
    dialog.ui.issued.setText("")
    dialog.accept()
    edition = dialog.edition()
    assert edition is not None and edition.reference_month is None and edition.issued is None


def test_the_dialog_with_its_publication_fields_looks_right(
    qtbot: QtBot, sample: Roadmap, app_font: str, artifacts: Path
) -> None:
    dialog = _dialog(qtbot, sample)
    dialog.adjustSize()
    image = dialog.grab()
    assert image.save(str(artifacts / "edition_dialog.png"))
    assert image.width() >= dialog.ui.referenceMonth.sizeHint().width()


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_dialog_is_compact_and_nothing_in_it_is_cut(
    qtbot: QtBot, sample: Roadmap, artifacts: Path, app_font: str, scale: float
) -> None:
    """Two groups (the edition; what the cover and the progress report print), the year beside the five
    years it means, the short values in short fields: no more height than the fields and a two-line
    message need (it was 320 pixels, half of them empty), and no text cut at 100 % and 150 % text."""
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    try:
        bigger = app.font()
        bigger.setPointSizeF(font.pointSizeF() * scale)
        app.setFont(bigger)
        dialog = _dialog(qtbot, sample)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(artifacts / f"edition-dialog-{int(scale * 100)}.png"))
        assert dialog.ui.fiscalYearHint.text() == "タイムライン: 令和6年度〜令和10年度"
        dialog.ui.fiscalYear.setText("R7")
        assert dialog.ui.fiscalYearHint.text() == "タイムライン: 令和7年度〜令和11年度"
        assert dialog.height() <= dialog.sizeHint().height() + 2
        # between the last field's group and the buttons, only the room kept for a message
        gap = dialog.ui.buttons.geometry().top() - dialog.ui.coverGroup.geometry().bottom()
        assert gap <= dialog.ui.error.minimumHeight() + 3 * max(dialog.layout().spacing(), 6)
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), label.text()
        for field in (dialog.ui.title, dialog.ui.issuer):
            assert isinstance(field, QLineEdit)
            assert field.width() >= field.fontMetrics().horizontalAdvance(field.text())
        assert dialog.ui.fiscalYear.width() < dialog.ui.title.width() / 2  # "R6" needs no whole row
    finally:
        app.setFont(font)
