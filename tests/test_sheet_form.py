"""The sheet form: fields parsed on leaving them, bad input refused at the field, nothing half-saved."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from roadmap_desktop.core.fields import split_list
from roadmap_desktop.core.model import Edition, Project, Roadmap
from roadmap_desktop.ui.sheet_form import SheetForm, join_list

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Owner:
    """Stands in for the main window: applies each requested change and shows the result."""

    def __init__(self, form: SheetForm, project: Project, edition: Edition) -> None:
        self.form, self.project, self.edition = form, project, edition
        self.changes: list[tuple[str, Project]] = []
        form.changeRequested.connect(self.apply)
        form.set_project(project, edition, 56)

    def apply(self, text: str, new: Project) -> None:
        self.changes.append((text, new))
        self.project = copy.deepcopy(new)
        self.form.set_project(self.project, self.edition, 56)


@pytest.fixture
def owner(qtbot, sample: Roadmap) -> Owner:
    form = SheetForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return Owner(form, copy.deepcopy(sample.projects[0]), sample.edition)


def retype(qtbot, owner: Owner, key: str, text: str, ascii_only: bool = True) -> None:
    w = owner.form.field_widget(key)
    w.setFocus()
    w.selectAll()
    qtbot.keyClick(w, Qt.Key.Key_Delete)
    if ascii_only:
        qtbot.keyClicks(w, text)
    else:
        w.insert(text)  # QTest types ASCII only; Japanese arrives as from an input method
    qtbot.keyClick(w, Qt.Key.Key_Return)


def test_fields_show_the_sheet(owner: Owner) -> None:
    f = owner.form
    p = owner.project
    assert f.field_widget("name").text() == p.name
    assert f.field_widget("start_year").text() == "R5"
    assert f.field_widget("end_year").text() == "R10"
    assert f.field_widget("budget").text() == "5,144"
    assert f.field_widget("departments").text() == join_list(p.departments)
    assert f.field_widget("overview").toPlainText() == p.overview
    assert f.field_widget("sheet_no_override").placeholderText() == "56（自動）"
    assert f.ui.budgetLabel.text() == "R6事業費（千円）(&Y)"


@pytest.mark.parametrize("typed", ["2022", "H34", "R4"])
def test_year_in_any_form_is_shown_as_the_sheet_shows_it(qtbot, owner: Owner, typed: str) -> None:
    if typed == "H34":  # 平成34年度 does not exist: refused
        retype(qtbot, owner, "start_year", typed)
        assert not owner.changes
        assert owner.form.error_label("start_year").isVisible()
        return
    retype(qtbot, owner, "start_year", typed)
    assert owner.changes[-1][0] == "事業始期を変更"
    assert owner.project.start_year == 2022
    assert owner.form.field_widget("start_year").text() == "R4"


def test_japanese_era_year(qtbot, owner: Owner) -> None:
    retype(qtbot, owner, "end_year", "令和１２年度", ascii_only=False)
    assert owner.project.end_year == 2030
    assert owner.form.field_widget("end_year").text() == "R12"


def test_end_before_start_is_refused_at_the_field(qtbot, owner: Owner) -> None:
    retype(qtbot, owner, "end_year", "R3")
    assert owner.changes == []
    label = owner.form.error_label("end_year")
    assert label.isVisible() and "事業終期" in label.text()
    w = owner.form.field_widget("end_year")
    assert "border" in w.styleSheet() and w.hasFocus()
    assert w.text() == "R3"  # what was typed stays, to be corrected
    retype(qtbot, owner, "end_year", "R11")
    assert not label.isVisible() and w.styleSheet() == ""
    assert owner.project.end_year == 2029


def test_bad_budget_and_sheet_number_are_refused(qtbot, owner: Owner) -> None:
    retype(qtbot, owner, "budget", "12a4")
    assert owner.changes == [] and owner.form.error_label("budget").isVisible()
    retype(qtbot, owner, "sheet_no_override", "0")
    assert owner.changes == [] and owner.form.error_label("sheet_no_override").isVisible()
    retype(qtbot, owner, "budget", "1234567")
    assert owner.project.budget == 1234567 and owner.form.field_widget("budget").text() == "1,234,567"
    retype(qtbot, owner, "sheet_no_override", "90")
    assert owner.project.sheet_no_override == 90
    retype(qtbot, owner, "sheet_no_override", "")
    assert owner.project.sheet_no_override is None
    assert [t for t, _ in owner.changes] == ["事業費を変更", "シート番号を変更", "シート番号を変更"]


def test_lists_are_edited_joined_with_nakaguro(qtbot, owner: Owner) -> None:
    retype(qtbot, owner, "departments", "総務部・教育庁 ・警察本部", ascii_only=False)
    assert owner.project.departments == ["総務部", "教育庁", "警察本部"]
    assert owner.form.field_widget("departments").text() == "総務部・教育庁・警察本部"
    assert split_list("") == [] and split_list("a･b") == ["a", "b"]


def test_multiline_text_commits_on_leaving_the_field(qtbot, owner: Owner) -> None:
    w = owner.form.field_widget("issues")
    w.setFocus()
    qtbot.waitUntil(w.hasFocus)
    w.moveCursor(w.textCursor().MoveOperation.End)
    w.insertPlainText("\n・追記")
    assert owner.changes == []  # not yet: still typing
    owner.form.field_widget("name").setFocus()
    qtbot.waitUntil(lambda: bool(owner.changes))
    assert owner.changes[-1][0] == "現状・課題を変更"
    assert owner.project.issues.endswith("\n・追記")


def test_a_form_gone_hears_no_more_focus_changes(qtbot, owner: Owner) -> None:
    """The forms learn of focus changes from the application (no event filter before the first paint):
    a deleted form is no longer connected (nor kept alive by it); the live one still commits."""
    import shiboken6
    from PySide6.QtCore import SIGNAL
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    signal = SIGNAL("focusChanged(QWidget*,QWidget*)")
    before = app.receivers(signal)
    gone = SheetForm()
    assert app.receivers(signal) == before + 1
    shiboken6.delete(gone)
    assert app.receivers(signal) == before
    w = owner.form.field_widget("issues")
    w.setFocus()
    qtbot.waitUntil(w.hasFocus)
    w.insertPlainText("追記")
    owner.form.field_widget("overview").setFocus()
    qtbot.waitUntil(lambda: bool(owner.changes))
    assert owner.changes[-1][0] == "現状・課題を変更"


def test_unchanged_field_emits_nothing(qtbot, owner: Owner) -> None:
    owner.form.commit_pending()
    retype(qtbot, owner, "start_year", "R5")
    assert owner.changes == []


def test_readonly_form_refuses_edits(qtbot, owner: Owner) -> None:
    before = owner.form.field_widget("name").grab().toImage().pixelColor(5, 5)
    owner.form.set_readonly(True)
    w = owner.form.field_widget("name")
    assert w.isReadOnly()
    assert w.grab().toImage().pixelColor(5, 5) != before  # looks read-only (grey), not just refuses
    owner.form.commit("name")
    assert owner.changes == []


def test_generated_form_modules_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for ui in (ROOT / "forms").glob("*.ui"):
        module = ROOT / "roadmap_desktop" / "ui" / "forms" / f"ui_{ui.stem}.py"
        assert module.read_text(encoding="utf-8").startswith("# Generated from forms/")


def test_suggestions_complete_the_last_of_several_values(owner: Owner) -> None:
    form = owner.form
    form.set_suggestions(["行政経営分野"], ["教育庁", "総務部", "警察本部"], ["人事課"], [])
    departments = form.field_widget("departments")
    completer = departments.completer()
    departments.setText("総務部・教")
    assert completer.splitPath(departments.text()) == ["教"]
    completer.setCompletionPrefix("教")
    assert completer.currentIndex().data() == "教育庁"
    assert completer.currentCompletion() == "総務部・教育庁"  # the earlier values stay
    field_completer = form.field_widget("field").completer()
    field_completer.setCompletionPrefix("行政")
    assert field_completer.currentCompletion() == "行政経営分野"


def test_error_note_does_not_move_the_form(qtbot, owner: Owner) -> None:
    form = owner.form
    form.resize(760, 460)
    watched = [form.field_widget(k) for k in ("overview", "issues", "name", "budget")]
    before = [w.geometry() for w in watched]
    long_text = "R" + "9" * 60
    retype(qtbot, owner, "start_year", long_text)
    label = form.error_label("start_year")
    assert label.isVisible()
    assert [w.geometry() for w in watched] == before  # nothing pushed
    message = form.error_message("start_year")
    assert "年度" in message
    assert label.toolTip() == message
    assert label.text() == message  # the whole message, never cut (the example at its end helps)
    assert label.width() >= 300  # a few lines at most, not a narrow column
    assert label.height() == label.heightForWidth(label.width())  # tall enough for every line
    field = form.field_widget("start_year")
    assert label.y() >= field.geometry().bottom()  # just below its field
    assert label.geometry().right() <= form.width()
    retype(qtbot, owner, "start_year", "R5")
    assert not label.isVisible() and form.error_message("start_year") == ""


def test_fit_gauge_follows_typing_after_a_pause(qtbot, owner: Owner, sample: Roadmap) -> None:
    from roadmap_desktop.layout.fill import READABLE_PT, sheet_fill
    from roadmap_desktop.layout.sheet import layout_sheet

    form = owner.form
    form.update_gauge()
    qtbot.waitUntil(lambda: not form.gauge_busy(), timeout=10000)  # measured off the window's thread
    gauge = form.gauge_label("overview")
    expected = sheet_fill(sample.edition, owner.project)["overview"]
    assert f"{expected.percent}%" in gauge.text() and f"{expected.size:g}pt" in gauge.text()

    w = form.field_widget("overview")
    w.setFocus()
    w.setPlainText(
        owner.project.overview + "追加の説明。" * 200
    )  # typed, not yet committed (the 概要 row grows to 30 mm first)
    assert form.gauge_timer.isActive()  # computed once typing pauses, not on the keystroke
    assert gauge.text().startswith(f"紙面 {expected.percent}%")
    qtbot.waitUntil(lambda: not form.gauge_busy(), timeout=10000)
    fill = form.fills["overview"]
    assert fill.percent > 100 and fill.size < expected.size
    # the same size the PDF layout gives the typed text
    typed = copy.deepcopy(owner.project)
    typed.overview = w.toPlainText()
    assert layout_sheet(sample.edition, typed, 56).pages[0].fields["overview"].size == fill.size
    assert fill.size < READABLE_PT or fill.overflow
    assert "短くしてください" in gauge.text() or "収まりません" in gauge.text()
    assert "#b71c1c" in gauge.styleSheet()  # shown in red
    assert owner.changes == []  # the gauge never commits anything


def test_fit_gauge_warns_for_the_three_columns_set_together(qtbot, owner: Owner) -> None:
    form = owner.form
    issues = form.field_widget("issues")
    issues.setPlainText("現状の課題を詳しく書きます。" * 40)
    form.update_gauge()
    qtbot.waitUntil(lambda: not form.gauge_busy(), timeout=10000)  # measured off the window's thread
    fills = form.fills
    # the three columns print at one size: a long 現状・課題 shrinks 取組 too
    assert fills["issues"].size == fills["approach"].size == fills["change"].size < 11
    assert "3列の大きさをそろえて縮小" in form.gauge_label("approach").text()
    assert fills["approach"].percent < 100 < fills["issues"].percent


def test_render_form_with_gauge_and_error(qtbot, owner: Owner, artifacts: Path, app_font: str) -> None:
    form = owner.form
    form.resize(760, 520)
    form.field_widget("change").setPlainText("デジタル化で変わること。" * 45)
    form.update_gauge()
    qtbot.waitUntil(lambda: not form.gauge_busy(), timeout=10000)  # measured off the window's thread
    retype(qtbot, owner, "end_year", "R3")
    assert form.grab().save(str(artifacts / "sheet_form_gauge.png"))


def test_a_short_column_shrunk_by_a_long_one_says_why(qtbot, owner: Owner) -> None:
    form = owner.form
    form.field_widget("issues").setPlainText("とても長い現状と課題の説明です。" * 80)  # shrinks all three columns
    form.field_widget("approach").setPlainText("短い取組")
    form.update_gauge()
    qtbot.waitUntil(lambda: not form.gauge_busy(), timeout=10000)  # measured off the window's thread
    issues, approach = form.fills["issues"], form.fills["approach"]
    assert issues.too_small and approach.size == issues.size and approach.percent <= 100
    assert "3列の大きさをそろえて縮小" in form.gauge_label("approach").text()
    assert "#b71c1c" in form.gauge_label("approach").styleSheet()  # unreadably small, though it is not the long one
    assert (
        "短くしてください" in form.gauge_label("issues").text() or "収まりません" in form.gauge_label("issues").text()
    )
