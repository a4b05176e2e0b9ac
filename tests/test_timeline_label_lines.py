"""Issue 18's one label rule on screen: a label that does not fit inside its bar stands on a label line
above (top lane) or below (bottom lane) the bar, within the bar's own months, the row growing a line
for it; else a numbered note. The decisions are layout/labels.py's, asked at the screen's scale; the
painted words are read back from the pixels; the mouse still finds the bars moved down under a line."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, Row
from roadmap_desktop.layout.fonts import PT_MM
from roadmap_desktop.layout.labels import MIN_PT, LabelHow, place_label
from roadmap_desktop.ui.timeline import TimelineView, TimelineWidget
from roadmap_desktop.ui.timeline_labels import body_w, span_px
from roadmap_desktop.ui.timeline_layout import Zone

M = Month
ED = Edition(fiscal_year=2024)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _font(app_font: str) -> None:
    """Every render here uses the bundled Japanese font (the layout's own metrics)."""


def short_labels() -> Project:
    """A three-month 意向調査 alone in its row (No.62's case), a row of two lanes whose bottom lane holds
    a short bar, and a row whose labels all fit inside."""
    return Project(
        name="ラベル行",
        initiatives=[
            Initiative(name="意向調査", plan=[Bar(M(2025, 4), M(2025, 6), "意向調査")], actual=[]),
            Initiative(
                name="運用と調査",
                plan=[Bar(M(2024, 4), M(2029, 3), "新技術の運用"), Bar(M(2026, 7), M(2026, 9), "意向調査")],
            ),
            Initiative(name="長い期間", plan=[Bar(M(2024, 4), M(2025, 3), "計画策定")]),
        ],
    )


class Host:
    def __init__(self, widget: TimelineWidget) -> None:
        self.widget = widget
        self.changes: list[Project] = []
        widget.set_edit_sink(self.sink)

    def sink(self, description: str, project: Project) -> bool:
        self.changes.append(project)
        self.widget.set_project(copy.deepcopy(project))
        return True


def width_where(v: TimelineView, ref: tuple[int, Row, int], how: LabelHow) -> int:
    """The first view width from 1400 px down (4 px steps) at which the rule puts *ref*'s label *how*:
    a label goes to its line only when it misses the bar's inside by less than its padding."""
    for width in range(1400, 700, -4):
        v.resize(width, 560)
        w = v.timeline
        place = w._painter.label_places(w.paint_frame()).get(ref)
        if place is not None and place.how is how:
            return width
    raise AssertionError(f"no width puts {ref} {how}")


@pytest.fixture
def view(qtbot) -> Iterator[TimelineView]:  # type: ignore[no-untyped-def]
    v = TimelineView()
    qtbot.addWidget(v)
    v.timeline.set_context(ED, None)
    v.timeline.set_project(short_labels())
    v.resize(1024, 560)
    v.show()
    qtbot.waitExposed(v)
    width_where(v, (0, Row.PLAN, 0), LabelHow.ABOVE)
    yield v


def months_of(w: TimelineWidget, ref: tuple[int, Row, int]) -> tuple[int, int, bool]:
    for p in w.layout_().rows[ref[0]].row(ref[1]).bars:
        if p.index == ref[2]:
            return p.first, p.last, p.bar.continues
    raise AssertionError(ref)


def ink_columns(image: QImage, x0: int, x1: int, y0: int, y1: int) -> list[int]:
    """x of every column in [x0, x1) × [y0, y1) with a near-black pixel (words; the grid is grey)."""
    found = []
    for x in range(max(0, x0), min(image.width(), x1)):
        for y in range(max(0, y0), min(image.height(), y1)):
            c = image.pixelColor(x, y)
            if c.red() < 70 and c.green() < 70 and c.blue() < 70:
                found.append(x)
                break
    return found


def test_a_label_too_long_for_its_bar_stands_above_it_within_its_months(view: TimelineView, artifacts: Path) -> None:
    w = view.timeline
    assert w.is_fit()
    image = w.grab().toImage()
    assert image.save(str(artifacts / "timeline-label-lines.png"))
    assert view.grab().save(str(artifacts / "timeline-label-lines-view.png"))
    lay = w.layout_()
    ref = (0, Row.PLAN, 0)
    place = w._painter.label_places(w.paint_frame())[ref]
    assert place.how is LabelHow.ABOVE and place.text == "意向調査"
    bar = w.bar_rect(ref)
    assert place.patch.right - 3 < bar.x + bar.w + 4  # sanity: placed near its own bar
    line = lay.label_line(0, Row.PLAN, below=False)
    assert line.bottom <= bar.y  # above the bar, in the row
    assert lay.row_top(0, Row.PLAN) == line.y
    first, last, _cont = months_of(w, ref)
    x0, x1 = lay.month_left(first), lay.month_left(last + 1)
    for words, x, baseline in place.lines:
        width = w._painter.label_font(place.px)[1].horizontalAdvance(words)
        assert x0 <= x and x + width <= x1  # within the bar's own months, never beside
        assert line.y <= baseline <= line.bottom
    assert place.px >= int(MIN_PT * PT_MM * lay.label_scale)  # never below 6 pt at the screen's scale
    # What is painted: ink in the label line only over the bar's months, and some of it.
    left, right = int(lay.months_x) + 2, int(lay.month_left(lay.n_months)) - 2
    inked = ink_columns(image, left, right, int(line.y) + 1, int(line.bottom) - 1)
    assert inked, "the label line is empty"
    assert x0 - 1 <= min(inked) and max(inked) <= x1 + 1, (x0, x1, min(inked), max(inked))
    # The words are not also inside the bar: the bar's inside holds no ink.
    assert not ink_columns(image, int(bar.x) + 2, int(bar.right) - 2, int(bar.y) + 2, int(bar.bottom) - 2)


def test_the_bottom_lanes_label_goes_below_and_the_rows_grow_a_line(view: TimelineView) -> None:
    w = view.timeline
    lay = w.layout_()
    places = w._painter.label_places(w.paint_frame())
    assert lay.lane_count(1, Row.PLAN) == 2
    below = [ref for ref, p in places.items() if ref[:2] == (1, Row.PLAN) and p.how is LabelHow.BELOW]
    assert below, {ref: p.how for ref, p in places.items()}
    ref = below[0]
    assert lay.bar_lane(*ref) == 1  # the bottom lane
    line = lay.label_line(1, Row.PLAN, below=True)
    assert w.bar_rect(ref).bottom <= line.y
    first, last, _cont = months_of(w, ref)
    for words, x, _baseline in places[ref].lines:
        width = w._painter.label_font(places[ref].px)[1].horizontalAdvance(words)
        assert lay.month_left(first) <= x and x + width <= lay.month_left(last + 1)
    # Rows with a label line are a line taller; rows without keep their lanes' height.
    assert lay.label_lines(0, Row.PLAN) == (1, 0) and lay.label_lines(1, Row.PLAN) == (0, 1)
    assert lay.label_lines(2, Row.PLAN) == (0, 0)
    assert lay.row_height(0, Row.PLAN) == pytest.approx(lay.lane_h + lay.line_h)
    assert lay.row_height(0, Row.PLAN) > lay.row_height(2, Row.PLAN) == pytest.approx(lay.lane_h)
    assert lay.line_h >= w._painter.label_px  # a full-size label fits its line
    # A bar under a label line moved down by the line; one without did not.
    assert w.bar_rect((0, Row.PLAN, 0)).y - lay.row_top(0, Row.PLAN) == pytest.approx(
        lay.line_h + (w.bar_rect((2, Row.PLAN, 0)).y - lay.row_top(2, Row.PLAN))
    )


@pytest.mark.parametrize(("number", "width"), [(62, 1024), (62, 1366), (63, 900), (66, 1280), (68, 760)])
def test_the_screen_decides_as_the_sheet_rule_for_the_same_sizes(
    qtbot,
    sample: Roadmap,
    number: int,
    width: int,  # type: ignore[no-untyped-def]
) -> None:
    """Every bar's place on screen is layout.labels.place_label's answer for its body, months and lane
    measured in pixels and divided by the screen's px per mm; a note's bar shows a mark ※n."""
    v = TimelineView()
    qtbot.addWidget(v)
    v.timeline.set_context(sample.edition, None)
    v.timeline.set_project(sample.projects[sample.sheet_numbers().index(number)])
    v.resize(width, 600)
    v.show()
    qtbot.waitExposed(v)
    w = v.timeline
    lay = w.layout_()
    s = lay.label_scale
    assert s == pytest.approx(w._painter.label_px / (8.0 * PT_MM))
    places = w._painter.label_places(w.paint_frame())
    hows = set()
    for ref, bar, r in w.paint_frame().bar_items:
        if not bar.label:
            continue
        first, last, cont = months_of(w, ref)
        lanes = lay.lane_count(ref[0], ref[1])
        span = span_px(lay, first, last, cont)[1]
        rule = place_label(bar.label, body_w(r.w, cont) / s, r.h / s, span / s, lay.bar_lane(*ref), lanes)
        shown = places[ref]
        assert shown.how is rule.how, (ref, bar.label)
        hows.add(rule.how)
        if rule.how is LabelHow.NOTE:
            assert shown.text.startswith("※") and (shown.text, bar.label) in w.notes()
        else:
            assert tuple(words for words, _x, _b in shown.lines) == rule.lines
            assert shown.px == int(rule.size * PT_MM * s + 1e-6)
        above, below = lay.label_lines(ref[0], ref[1])
        assert (rule.how is not LabelHow.ABOVE or above) and (rule.how is not LabelHow.BELOW or below)
    assert LabelHow.INSIDE in hows


def test_the_mouse_finds_bars_under_a_label_line_and_the_label_names_its_bar(qtbot, view: TimelineView) -> None:  # type: ignore[no-untyped-def]
    w = view.timeline
    host = Host(w)
    lay = w.layout_()
    ref = (0, Row.PLAN, 0)
    r = w.bar_rect(ref)
    centre = QPoint(int(r.x + r.w / 2), int(r.y + r.h / 2))
    assert w.bar_at(centre.x(), centre.y()) == (ref, "body")
    # The label line over the bar's months: the same bar (its words are there), its tooltip whole.
    line = lay.label_line(0, Row.PLAN, below=False)
    spot = lay.spot(centre.x(), line.y + line.h / 2)
    assert spot.zone is Zone.MONTHS and spot.initiative == 0 and spot.row is Row.PLAN and spot.lane == 0
    assert w.bar_at(centre.x(), line.y + line.h / 2) == (ref, "body")
    assert w.tooltip_at(centre.x(), line.y + line.h / 2).splitlines()[0] == "意向調査"
    # A click on the bar below the line selects it; a drag moves it by whole months.
    qtbot.mouseClick(w, LEFT, pos=centre)
    assert w.selected_bar() == ref
    end = QPoint(int(centre.x() + 2 * w.month_width()), centre.y())
    qtbot.mousePress(w, LEFT, pos=centre)
    qtbot.mouseMove(w, QPoint((centre.x() + end.x()) // 2, centre.y()))
    qtbot.mouseMove(w, end)
    during = w.grab().toImage()  # the moving bar's label by the same rule, on its row's line
    preview = w.state.drag_preview()
    assert preview is not None and preview[0] == ref
    moved = w.bar_rect(ref, preview[1], preview[2])
    line = lay.label_line(0, Row.PLAN, below=False)
    inked = ink_columns(
        during, int(lay.months_x) + 2, int(lay.month_left(lay.n_months)) - 2, int(line.y) + 1, int(line.bottom) - 1
    )
    assert inked and moved.x - 2 <= min(inked) and max(inked) <= moved.right + 2, (moved, min(inked), max(inked))
    qtbot.mouseRelease(w, LEFT, pos=end)
    assert host.changes and host.changes[-1].initiatives[0].plan[0].start == M(2025, 6)
    # The keyboard: Ctrl+→ moves the selected bar a month; it is still found where it is drawn.
    w.setFocus()
    qtbot.waitUntil(w.hasFocus)
    assert w.selected_bar() == ref
    qtbot.keyClick(w, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert host.changes[-1].initiatives[0].plan[0].start == M(2025, 7)
    r = w.bar_rect(ref)
    assert w.bar_at(r.x + r.w / 2, r.y + r.h / 2) == (ref, "body")
    cell = w.layout_().month_cell(0, Row.PLAN, 5)  # the keyboard's cursor cell spans the row and its line
    assert cell.y == w.layout_().row_top(0, Row.PLAN) and cell.h == w.layout_().row_height(0, Row.PLAN)
    # The actual row below the plan row with its line is hit where it is drawn.
    a = w.layout_().month_cell(0, Row.ACTUAL, 30)
    spot = w.layout_().spot(a.x + 2, a.y + a.h / 2)
    assert (spot.initiative, spot.row) == (0, Row.ACTUAL)


def test_a_row_without_label_lines_is_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    v = TimelineView()
    qtbot.addWidget(v)
    v.timeline.set_context(ED, None)
    v.timeline.set_project(Project(initiatives=[Initiative(name="運用", plan=[Bar(M(2024, 4), M(2025, 3), "運用")])]))
    v.resize(1024, 400)
    v.show()
    qtbot.waitExposed(v)
    lay = v.timeline.layout_()
    assert lay.label_lines(0, Row.PLAN) == (0, 0)
    assert lay.row_height(0, Row.PLAN) == pytest.approx(lay.lane_h)
    place = v.timeline._painter.label_places(v.timeline.paint_frame())[(0, Row.PLAN, 0)]
    assert place.how is LabelHow.INSIDE
    r = v.timeline.bar_rect((0, Row.PLAN, 0))
    assert r.x <= place.patch.x and place.patch.right <= r.right


def test_deferred_labels_come_right_after_the_first_paint(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The application's window paints first and places the labels just after (the rule's font metrics
    are not loaded before the first paint); then they are where the rule puts them."""
    monkeypatch.setattr(TimelineWidget, "defer_labels", True)
    v = TimelineView()
    qtbot.addWidget(v)
    w = v.timeline
    w.set_context(ED, None)
    w.set_project(short_labels())
    assert w.layout_().labels == {}  # nothing placed before the first paint
    v.resize(1024, 560)
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: len(w.layout_().labels) == 4)
    assert w._painter.label_places(w.paint_frame())[(2, Row.PLAN, 0)].text == "計画策定"
