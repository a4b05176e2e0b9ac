"""A screen reader can follow: every control the keyboard reaches has a Japanese name, and the timeline
says which bar or month the keyboard is on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from roadmap_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(sample_window: MainWindow) -> MainWindow:
    return sample_window


def _name(widget: QWidget) -> str:
    """The name a screen reader speaks: Qt's accessibility interface (own name, buddy label, text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def test_every_control_the_keyboard_reaches_has_a_name(window: MainWindow) -> None:
    def reached_by_tab(w: QWidget) -> bool:
        if not w.isVisibleTo(window) or w.inherits("QScrollBar") or w.inherits("QHeaderView"):
            return False
        if w.inherits("QAbstractItemView") or w.inherits("QPlainTextEdit") or w.inherits("QTextEdit"):
            return True  # scroll areas that are controls of their own: the list, the long text fields
        # a scroll area's frame is not a control: its content is
        return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and not w.inherits("QAbstractScrollArea")

    reached = [w for w in window.findChildren(QWidget) if reached_by_tab(w)]
    assert len(reached) > 20
    nameless = [f"{type(w).__name__}:{w.objectName()}" for w in reached if not _name(w)]
    assert nameless == []
    panel = window.list_panel.ui
    for widget, words in (
        (panel.fieldFilter, "分野"),
        (panel.departmentFilter, "担当部局"),
        (panel.sectionFilter, "担当課"),
        (panel.statusFilter, "状況"),
        (panel.table, "事業の一覧"),
        (window.timeline, "タイムライン"),
    ):
        assert words in _name(widget), widget.objectName()


def test_the_timeline_names_the_bar_or_month_the_keyboard_is_on(qtbot, window: MainWindow) -> None:
    timeline = window.timeline
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    project = timeline.project()
    assert project is not None
    first = project.initiatives[0]
    assert first.name in timeline.accessibleDescription()
    qtbot.keyClick(timeline, Qt.Key.Key_Tab)  # the first bar
    ref = timeline.selected_bar()
    assert ref is not None
    bar = timeline.state.bar(ref)
    assert bar is not None
    described = timeline.accessibleDescription()
    assert bar.label in described and bar.period_text() in described and first.plan_label in described
    interface = QAccessible.queryAccessibleInterface(timeline)
    assert interface is not None and interface.text(QAccessible.Text.Description) == described


def test_the_new_icon_is_drawn_in_the_toolbars_ink(window: MainWindow) -> None:
    """新規 was the platform's pale page (on Windows it looks greyed out beside our ink icons): it is
    drawn in the same dark ink as 事業追加 and the others."""
    from PySide6.QtGui import QColor

    def ink_pixels(action: object) -> int:
        image = action.icon().pixmap(32, 32).toImage()  # type: ignore[attr-defined]
        ink = QColor("#1f4e79")
        return sum(
            1
            for y in range(image.height())
            for x in range(image.width())
            if QColor(image.pixel(x, y)).alpha() > 200
            and abs(QColor(image.pixel(x, y)).red() - ink.red()) + abs(QColor(image.pixel(x, y)).blue() - ink.blue())
            < 40
        )

    assert ink_pixels(window.new_action) >= 40
    assert ink_pixels(window.add_action) >= 40
