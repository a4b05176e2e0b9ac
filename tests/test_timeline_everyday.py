"""The timeline as office staff meet it (issue 14's timeline points): the 基準月 line behind the labels,
columns that hold their words at 1024 px and at 150 %, labels of short bars, a legend, keys shown in
the menus, Ctrl+E left to the window, an 実績 after the 基準月 warned; and the edit sink."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, Row
from roadmap_desktop.core.timeline_keys import all_combos, display_key, key_bindings, parse_combo, shortcut_text
from roadmap_desktop.ui.actions import plain
from roadmap_desktop.ui.timeline import TimelineView, TimelineWidget
from roadmap_desktop.ui.timeline_keymap import key_of
from roadmap_desktop.ui.timeline_layout import PxRect
from roadmap_desktop.ui.timeline_paint import DELAY, LABEL_PAD, LATE

M = Month
ED = Edition(fiscal_year=2024)
LEFT, CTRL, SHIFT = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
HERE = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _font(app_font: str) -> None:
    """Every render here uses the bundled Japanese font."""


def short_bars() -> Project:
    """One- and two-month bars with labels, some alone in their row, some side by side."""
    return Project(
        name="短い期間の取組",
        initiatives=[
            Initiative(
                name="説明会の開催",
                plan=[Bar(M(2024, 6), M(2024, 6), "説明会"), Bar(M(2025, 7), M(2025, 8), "意向調査")],
                actual=[Bar(M(2024, 6), M(2024, 6), "説明会")],
            ),
            Initiative(
                name="試行と振り返り",
                plan=[Bar(M(2025, 1), M(2025, 2), "試行"), Bar(M(2025, 3), M(2025, 3), "振り返り")],
            ),
        ],
    )


class Host:
    """Stands in for the main window's edit sink: shows the applied project back, then answers."""

    def __init__(self, widget: TimelineWidget, apply: bool = True) -> None:
        self.widget, self.apply = widget, apply
        self.changes: list[tuple[str, Project]] = []
        widget.set_edit_sink(self.sink)

    def sink(self, description: str, project: Project) -> bool:
        self.changes.append((description, project))
        if self.apply:
            self.widget.set_project(copy.deepcopy(project))
        return self.apply


@pytest.fixture
def view(qtbot) -> Iterator[TimelineView]:  # type: ignore[no-untyped-def]
    v = TimelineView()
    qtbot.addWidget(v)
    v.timeline.set_context(ED, M(2025, 7))
    v.timeline.set_project(short_bars())
    v.resize(1024, v.sizeHint().height())
    v.show()
    qtbot.waitExposed(v)
    yield v


def centre(r: PxRect) -> QPoint:
    return QPoint(int(r.x + r.w / 2), int(r.y + r.h / 2))


def is_red(c: QColor) -> bool:
    return c.red() > 150 and c.green() < 110 and c.blue() < 110


# --- the 基準月 line behind the labels ---------------------------------------------------------


def test_the_reference_line_passes_behind_labels(qtbot, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    """A label whose words straddle the 基準月 line (R7 7月) keeps its words: the line stops at the label."""
    v = TimelineView()
    qtbot.addWidget(v)
    w = v.timeline
    w.set_context(ED, M(2025, 7))
    w.set_project(
        Project(initiatives=[Initiative(name="運用", plan=[Bar(M(2025, 1), M(2025, 12), "新システムの本格運用")])])
    )
    v.resize(1024, v.sizeHint().height())
    v.show()
    qtbot.waitExposed(v)
    image = w.grab().toImage()
    assert image.save(str(artifacts / "timeline-line-behind-label.png"))
    frame = w.paint_frame()
    x = w._painter.today_x(frame)
    assert x is not None
    place = w._painter.label_places(frame)[(0, Row.PLAN, 0)]
    patch = place.patch
    assert patch.x < x < patch.right  # the label does straddle the line
    lay = w.layout_()
    xs = [int(x) + dx for dx in (-1, 0, 1)]
    in_label = [image.pixelColor(px, int(patch.y + k)) for px in xs for k in range(1, int(patch.h) - 1)]
    assert not any(is_red(c) for c in in_label)
    below = [image.pixelColor(px, int(lay.row_top(0, Row.ACTUAL) + k)) for px in xs for k in range(2, 12)]
    assert any(is_red(c) for c in below)  # the line itself is there, below the label


# --- the 区分 and name columns hold their words -----------------------------------------------


@pytest.mark.parametrize("width", [1024, 700, 480])
def test_kind_and_name_columns_hold_their_words(qtbot, width: int) -> None:  # type: ignore[no-untyped-def]
    v = TimelineView()
    qtbot.addWidget(v)
    w = v.timeline
    w.set_context(ED, M(2025, 7))
    w.set_project(short_bars())
    v.resize(width, v.sizeHint().height())
    v.show()
    qtbot.waitExposed(v)
    lay, tp = w.layout_(), w._painter
    for word in ("計画", "目標", "実績"):
        assert tp.fm_label.horizontalAdvance(word) + 6 <= lay.kind_w, (width, word)
    assert tp.fm_head.horizontalAdvance("区分") + 6 <= lay.kind_w
    assert tp.fm_head.horizontalAdvance("取組") + 6 <= lay.name_w
    assert lay.month_left(lay.n_months) <= w.width()  # the months give way; nothing runs off the right
    w.set_month_width(12)  # zoomed out as far as it goes
    assert tp.fm_label.horizontalAdvance("計画") + 6 <= w.layout_().kind_w


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_at_1024_px_and_at_150_percent_nothing_clips(artifacts: Path, scale: str) -> None:
    out = artifacts / f"timeline-1024-scale{scale}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    env["PYTHONPATH"] = str(HERE.parent)
    done = subprocess.run(
        [sys.executable, str(HERE / "timeline_render_scaled.py"), str(out), "1024", "62"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["dpr"] == float(scale)
    assert facts["image_width"] == round(1024 * float(scale))
    assert facts["kind_w"] >= facts["kind_needed"] + 6
    assert facts["name_w"] >= facts["name_head_needed"] + 6
    assert facts["months_right"] <= facts["timeline_width"]
    assert facts["placed"] == facts["labelled"] > 0  # every label is on screen
    assert QImage(str(out)).width() == facts["image_width"]


# --- labels of short bars ---------------------------------------------------------------------


def test_short_bars_never_put_their_labels_beside_them(view: TimelineView, artifacts: Path) -> None:
    """The sheet's rule on screen: a label stands inside its bar or becomes a numbered note in the
    legend; never beside the bar, in months the bar does not cover."""
    w = view.timeline
    assert w.is_fit()
    assert view.grab().save(str(artifacts / "timeline-short-bars.png"))
    frame = w.paint_frame()
    places = w._painter.label_places(frame)
    notes = dict(w.notes())
    for ref, bar, r in frame.bar_items:
        place = places[ref]
        assert place.text, bar.label  # never dropped
        assert place.text == bar.label or notes[place.text] == bar.label
        centre = place.patch.x + place.patch.w / 2
        assert r.x - 0.5 <= centre <= r.right + 0.5  # centred on its own bar
        if place.text == bar.label and not place.on_line:
            assert r.x - 0.5 <= place.patch.x + LABEL_PAD and place.patch.right - LABEL_PAD <= r.right + 0.5
    one_month = places[(0, Row.PLAN, 0)]
    assert notes[one_month.text] == "説明会"  # a one-month bar at fit: too narrow inside, a note
    # The tooltip has the whole label too.
    tip = w.tooltip_at(*w.bar_rect((0, Row.PLAN, 0)).center())
    assert tip.splitlines()[0] == "説明会"


def test_a_label_with_no_room_even_beside_is_a_numbered_note_in_the_legend(
    qtbot,
    sample: Roadmap,
    artifacts: Path,  # type: ignore[no-untyped-def]
) -> None:
    """As the printed sheet does: No.62's short 意向調査 / 振り返り between their neighbours at fit
    zoom fit neither inside nor on a label line within their months: ※1 / ※2 at the bar, and the
    legend lists each whole label once; zoomed in, no note."""
    v = TimelineView()
    qtbot.addWidget(v)
    v.timeline.set_context(sample.edition, None)
    project = sample.projects[sample.sheet_numbers().index(62)]
    v.timeline.set_project(project)
    v.resize(1024, 520)
    v.show()
    qtbot.waitExposed(v)
    w = v.timeline
    notes = w.notes()
    assert notes and len({label for _m, label in notes}) == len(notes)  # once per label
    assert {"意向調査", "振り返り"} <= {label for _m, label in notes}
    assert [m for m, _l in notes] == [f"※{n}" for n in range(1, len(notes) + 1)]
    frame = w.paint_frame()
    places = w._painter.label_places(frame)
    by_label = dict((label, mark) for mark, label in notes)
    for ref, bar, _r in frame.bar_items:
        shown = places[ref].text
        assert "…" not in shown  # nothing is cut
        assert shown == bar.label or shown == by_label[bar.label]
    words = [words for _s, words in v.legend.entries()]
    for mark, label in notes:
        assert f"{mark} {label}" in words
    assert v.legend.geometry().bottom() <= v.height()  # the legend grew to hold them
    assert v.grab().save(str(artifacts / "timeline-notes-no62.png"))
    for _ in range(6):
        w.zoom_in()
    assert w.notes() == [] and v.legend.entries()[-1][0] != "note"  # room for every label: no note


# --- a legend ---------------------------------------------------------------------------------


def test_a_legend_under_the_timeline_explains_its_marks(view: TimelineView, artifacts: Path) -> None:
    legend = view.legend
    words = [w for _s, w in legend.entries()]
    for needed in ("計画", "実績", "遅れ", "超過", "基準月", "基準月より後の実績"):
        assert any(needed in w for w in words), needed
    assert legend.isVisible() and legend.geometry().top() >= view.viewport().geometry().bottom()
    assert legend.height() >= legend.height_for(float(view.width()))
    image = legend.grab().toImage()
    assert image.save(str(artifacts / "timeline-legend.png"))
    reds = sum(is_red(image.pixelColor(x, y)) for x in range(image.width()) for y in range(image.height()))
    assert reds > 20  # the hatching, the ⚠ and the line are drawn in the timeline's red
    view.resize(420, view.height())  # narrow: the entries wrap onto more lines, none cut
    assert view.legend.height() > legend.height_for(2000.0)


# --- menus show the keys from the table ---------------------------------------------------------


def test_context_menus_show_the_keys_from_the_key_table(view: TimelineView) -> None:
    w = view.timeline
    menu = w.menu_for(centre(w.bar_rect((0, Row.PLAN, 1))))
    shown = {plain(a.text()).split("\t")[0]: a.text().split("\t")[1] for a in menu.actions() if "\t" in a.text()}
    assert shown == {
        "ラベルを編集": shortcut_text("edit"),
        "実績として記録（計画と同じ期間）": shortcut_text("record_actual"),
        "表示期間後も継続（矢印）": "Ctrl+Shift+E",
        "バーを削除": "Delete",
    }
    menu = w.menu_for(centre(w.name_cell_rect(1)))
    texts = [plain(a.text()) for a in menu.actions() if a.text()]
    assert texts == [
        "取組の名前を変更\tF2",
        "上へ移動\tCtrl+↑",
        "下へ移動\tCtrl+↓",
        "「目標」にする\tCtrl+T",
        "取組を削除\tDelete",
        "取組を追加\tCtrl+Insert",
    ]
    assert all("⇄" not in t and "『" not in t for t in texts)
    portable = {"↑": "Up", "↓": "Down", "←": "Left", "→": "Right", "メニュー": "Menu"}
    for text in texts:  # each key shown is one the table binds, written as Japanese manuals write it
        key = text.split("\t")[1]
        assert display_key(key) == key
        for shown, name in portable.items():
            key = key.replace(shown, name)
        assert parse_combo(key) in all_combos()


# --- keys: the table's are handled, every other shortcut passes on ----------------------------------


def _event(kind: QEvent.Type, combo: str) -> QKeyEvent:
    seq = QKeySequence(combo.replace("Ctrl+Shift++", "Ctrl+Shift+Plus"))
    kc = seq[0]
    return QKeyEvent(kind, kc.key(), kc.keyboardModifiers())


def test_every_key_in_the_table_is_handled_and_nothing_else(view: TimelineView) -> None:
    w = view.timeline
    w.setFocus()
    for b in key_bindings():
        for text in b.key_list() + [k for k, _c in b.also]:
            if text in ("Ctrl+Shift++",):
                continue  # not a sequence Qt can spell; Ctrl+Shift+= stands for it
            event = _event(QEvent.Type.ShortcutOverride, text)
            assert key_of(event) == parse_combo(text), text  # Qt's event names the same key as the table
            assert QApplication.sendEvent(w, event) and event.isAccepted(), text  # so it wins over a window shortcut
    for text in ("Ctrl+E", "Ctrl+P", "Ctrl+F", "F1", "Ctrl+S", "Ctrl+O", "Ctrl+Z", "Ctrl+Shift+P", "Alt+F"):
        event = _event(QEvent.Type.ShortcutOverride, text)
        event.ignore()
        QApplication.sendEvent(w, event)
        assert not event.isAccepted(), text  # the window's shortcut runs
        press = _event(QEvent.Type.KeyPress, text)
        w.keyPressEvent(press)
        assert not press.isAccepted(), text


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's notice on show()
def test_ctrl_e_reaches_the_windows_export_while_the_timeline_has_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    view = TimelineView()
    window.setCentralWidget(view)
    exported: list[bool] = []
    export = QAction("書き出し…", window)
    export.setShortcut(QKeySequence("Ctrl+E"))
    export.triggered.connect(lambda: exported.append(True))
    window.addAction(export)
    w = view.timeline
    w.set_context(ED, M(2025, 7))
    w.set_project(short_bars())
    host = Host(w)
    window.resize(1024, 400)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    w.setFocus()
    qtbot.waitUntil(w.hasFocus)
    w.select_bar((0, Row.PLAN, 1))
    qtbot.keyClick(w, Qt.Key.Key_E, CTRL)
    assert exported == [True] and host.changes == []
    qtbot.keyClick(w, Qt.Key.Key_E, CTRL | SHIFT)  # the arrow toggle has its own key
    assert exported == [True] and host.changes[-1][1].initiatives[0].plan[1].continues


# --- an 実績 after the 基準月 -----------------------------------------------------------------------


def test_an_actual_bar_after_the_reference_month_is_kept_with_a_warning(
    view: TimelineView, artifacts: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    w = view.timeline
    host = Host(w)
    a, b = centre(w.month_cell_rect(1, Row.ACTUAL, 16)), centre(w.month_cell_rect(1, Row.ACTUAL, 18))
    qtbot.mousePress(w, LEFT, pos=a)
    qtbot.mouseMove(w, QPoint((a.x() + b.x()) // 2, a.y()))
    qtbot.mouseMove(w, b)
    qtbot.mouseRelease(w, LEFT, pos=b)
    assert [(x.start, x.end) for x in host.changes[-1][1].initiatives[1].actual] == [(M(2025, 8), M(2025, 10))]
    assert "基準月（令和7年7月）より後" in w.message()  # said at the spot, not silently accepted
    assert w.state.late == {(1, 0): [(16, 18)]}
    qtbot.keyClick(w.editor(), Qt.Key.Key_Escape)
    image = w.grab().toImage()
    assert image.save(str(artifacts / "timeline-late-actual.png"))
    r = w.bar_rect((1, Row.ACTUAL, 0))
    amber = [
        image.pixelColor(int(r.x + dx), int(r.y + dy)) for dx in range(2, int(r.w) - 2) for dy in range(2, int(r.h) - 2)
    ]
    assert any(c.red() > 200 and 130 < c.green() < 190 and c.blue() < 90 for c in amber)  # the mark
    assert "基準月（令和7年7月）より後の実績" in w.tooltip_at(*r.center())
    assert LATE != DELAY
    # An 実績 up to the 基準月 draws no word.
    w.set_project(short_bars())
    a, b = centre(w.month_cell_rect(1, Row.ACTUAL, 10)), centre(w.month_cell_rect(1, Row.ACTUAL, 11))
    w._clear_message()
    qtbot.mousePress(w, LEFT, pos=a)
    qtbot.mouseMove(w, b)
    qtbot.mouseRelease(w, LEFT, pos=b)
    assert w.state.late == {} and w.message() == ""


# --- the edit sink ------------------------------------------------------------------------------


def test_a_refused_edit_leaves_the_widget_unchanged(view: TimelineView) -> None:
    w = view.timeline
    before = w.project()
    shown_before = copy.deepcopy(before)
    host = Host(w, apply=False)
    assert not w.move_bar((1, Row.PLAN, 0), 2)
    assert len(host.changes) == 1
    assert w.project() is before and w.project() == shown_before
    w.set_edit_sink(None)  # no sink: a read-only timeline offers nothing
    assert not w.delete_bar((1, Row.PLAN, 0)) and w.project() == shown_before


def test_an_accepted_edit_updates_the_widget_once(view: TimelineView, monkeypatch: pytest.MonkeyPatch) -> None:
    w = view.timeline
    host = Host(w)  # shows the project back during the push, as the main window does
    layouts: list[int] = []
    relayout = w._relayout
    monkeypatch.setattr(w, "_relayout", lambda: (layouts.append(1), relayout())[1])
    edited: list[str] = []
    w.edited.connect(lambda text, _p: edited.append(text))
    assert w.move_bar((1, Row.PLAN, 0), 1)
    assert len(layouts) == 1 and edited == ["バー「試行」を移動"]
    assert w.project() == host.changes[-1][1]
    assert w.project().initiatives[1].plan[0].start == M(2025, 2)  # type: ignore[union-attr]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_main_window_pushes_a_timeline_edit_as_one_undoable_step_and_refreshes_once(
    qtbot,
    sample: Roadmap,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from roadmap_desktop.storage import RoadmapFile
    from roadmap_desktop.ui.main_window import MainWindow

    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    w = window.timeline
    shown: list[int] = []
    form_set = window.form.set_project
    monkeypatch.setattr(window.form, "set_project", lambda *a: (shown.append(1), form_set(*a))[1])
    layouts: list[int] = []
    relayout = w._relayout
    monkeypatch.setattr(w, "_relayout", lambda: (layouts.append(1), relayout())[1])
    ref = next(
        (0, Row.PLAN, k) for k, b in enumerate(w.project().initiatives[0].plan) if w.state.shown((0, Row.PLAN, k))
    )  # type: ignore[union-attr]
    copies: list[str] = []
    deepcopy = copy.deepcopy

    def counting(x, memo=None):  # type: ignore[no-untyped-def]
        if isinstance(x, Project):
            copies.append(x.id)
        return deepcopy(x, memo)

    monkeypatch.setattr(copy, "deepcopy", counting)
    assert w.move_bar(ref, 1)
    monkeypatch.setattr(copy, "deepcopy", deepcopy)
    assert shown == [1] and layouts == [1]  # the form and the timeline refreshed once each
    # the edit, the undo step's old project, the model's, the form's and the window's own copy for the timeline
    assert len(copies) <= 5, copies
    assert window.document is not None and window.document.undo_stack.count() == 1
    saved = RoadmapFile.open(path, readonly=True)
    try:
        assert saved.load().project(w.project().id) == w.project()  # type: ignore[union-attr]
    finally:
        saved.close()


# --- painting reads one state object --------------------------------------------------------------


def test_the_painter_draws_a_frame_built_from_state_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    """No widget: a controller's state, a layout and the bar boxes are all a paint needs."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QPainter

    from roadmap_desktop.core.timeline_controller import TimelineController
    from roadmap_desktop.ui.timeline_paint import PaintFrame, TimelinePainter, bar_boxes, layout_for

    class Quiet:
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return lambda *args: False

    controller = TimelineController(Quiet())  # type: ignore[arg-type]
    controller.set_context(ED, M(2025, 7))
    controller.set_project(short_bars())
    controller.select_bar((0, Row.PLAN, 1))
    painter = TimelinePainter(QFont(), lambda text: text)
    lay = layout_for(controller.state, 900.0, None, painter)
    items, rects, lanes = bar_boxes(controller.state, lay)
    frame = PaintFrame(controller.state, lay, items, rects, lanes, True, 900.0, None)
    image = QImage(900, int(lay.height) + 2, QImage.Format.Format_ARGB32)
    p = QPainter(image)
    painter.paint(p, QRect(0, 0, image.width(), image.height()), frame)
    p.end()
    actual = rects[(0, Row.ACTUAL, 0)]
    fill = image.pixelColor(int(actual.x + actual.w / 2), int(actual.y + 2))
    assert fill.blue() > fill.red() and fill.value() < 120  # the dark 実績 box
    sel = rects[(0, Row.PLAN, 1)]
    outline = image.pixelColor(int(sel.x + sel.w / 2), int(sel.y - 1))
    assert outline.blue() > 180 and outline.red() < 80  # the selection outline, from the state


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_in_the_main_window_ctrl_e_from_the_timeline_opens_export(
    qtbot,
    sample: Roadmap,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from roadmap_desktop.storage import RoadmapFile
    from roadmap_desktop.ui.main_window import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(MainWindow, "export_dialog", lambda self: opened.append("書き出し"))  # no modal dialog
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    w = window.timeline
    w.setFocus()
    qtbot.waitUntil(w.hasFocus)
    before = w.project()
    qtbot.keyClick(w, Qt.Key.Key_E, CTRL)
    assert opened == ["書き出し"] and w.project() == before


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_after_an_edit_the_list_shows_what_a_full_refresh_would(
    qtbot,
    sample: Roadmap,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """The window refreshes only the edited project's row (so an edit fits in a frame): its status,
    the sheet numbers and the total must still come out as a full refresh would make them."""
    from PySide6.QtCore import Qt as _Qt

    from roadmap_desktop.storage import RoadmapFile
    from roadmap_desktop.ui.main_window import MainWindow

    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    panel = window.list_panel
    model = panel.model

    def shown() -> tuple[list[list[object]], str]:
        cells = [
            [model.data(model.index(r, c), _Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
            + [model.data(model.index(r, c), _Qt.ItemDataRole.ForegroundRole) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        return cells, panel.ui.totalLabel.text()

    w = window.timeline
    project = w.project()
    assert project is not None
    # A timeline edit that changes the project's status: every 実績 removed makes it late.
    for i, ini in enumerate(project.initiatives):
        for _k in range(len(ini.actual)):
            assert w.delete_bar((i, Row.ACTUAL, 0))
    # A form edit of the budget (the total) and of the fixed sheet number (the numbers after it).
    new = copy.deepcopy(window.current_project())
    assert new is not None
    new.budget = (new.budget or 0) + 12345
    new.sheet_no_override = 90
    window.request_change("事業費を変更", new)
    after = shown()
    panel.refresh()
    assert shown() == after
    total = sum(p.budget or 0 for p in window.roadmap.projects)  # type: ignore[union-attr]
    assert f"{total:,}千円" in after[1]


def test_rows_follow_the_viewports_height_as_the_view_and_its_scroll_bar_change(view: TimelineView, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At "fit" the rows are fitted to the viewport's height, whatever changed it: the view resized, the
    horizontal scroll bar come with a zoom (the viewport shrinks by its height, the view does not)."""
    w = view.timeline

    def fitted_to_viewport() -> bool:
        return w._fit_height == float(view.viewport().height())

    assert fitted_to_viewport()
    for size in ((900, 300), (1200, 700), (700, 420)):
        view.resize(*size)
        qtbot.waitUntil(fitted_to_viewport)
        assert view.legend.geometry().top() == view.viewport().geometry().bottom() + 1
    bar = view.horizontalScrollBar()
    view.resize(1200, 700)
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.waitUntil(fitted_to_viewport)
    before = view.viewport().height()
    w.set_month_width(40)  # zoomed: wider than the view, a scroll bar below
    qtbot.waitUntil(bar.isVisible)
    qtbot.waitUntil(fitted_to_viewport)
    assert view.viewport().height() < before
    w.set_zoom_fit()  # and back: the bar goes, the rows have its room again
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.waitUntil(fitted_to_viewport)
    assert view.viewport().height() == before
