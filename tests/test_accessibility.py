"""A screen reader can follow: every control the keyboard reaches has a Japanese name, and the timeline
says which bar or month the keyboard is on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from window_controls import english_words, open_window
from windows_fit_child import DIALOG_CLASSES, make_dialogs

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


def _reached_by_tab(window: QWidget, w: QWidget) -> bool:
    if w.window() is not window or not w.isVisibleTo(window) or w.inherits("QScrollBar") or w.inherits("QHeaderView"):
        return False
    if w.inherits("QAbstractItemView") or w.inherits("QPlainTextEdit") or w.inherits("QTextEdit"):
        return True  # scroll areas that are controls of their own: the list, the long text fields
    # a scroll area's frame is not a control: its content is
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and not w.inherits("QAbstractScrollArea")


def _unnamed(window: QWidget) -> list[str]:
    """The controls of *window* the keyboard reaches whose name a screen reader would not speak
    in Japanese: none, English, or an access key's & left in it (「冊子にする(B)」 is how Windows names
    「冊子にする(&B)」; the key itself is announced apart)."""
    found = []
    for w in window.findChildren(QWidget):
        if not _reached_by_tab(window, w) or w.objectName().startswith("qt_"):  # a spin box's own line edit
            continue
        name = _name(w)
        if not name or "&" in name or english_words(name):  # PDF, OK: as Japanese screens write them
            found.append(f"{type(w).__name__}:{w.objectName() or '-'}「{name}」")
    return found


def test_every_control_the_keyboard_reaches_has_a_name(window: MainWindow) -> None:
    reached = [w for w in window.findChildren(QWidget) if _reached_by_tab(window, w)]
    assert len(reached) > 20
    assert _unnamed(window) == []
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


@pytest.mark.parametrize("name", DIALOG_CLASSES)
def test_every_control_of_every_dialog_has_a_japanese_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, name: str
) -> None:
    dialog = open_window(qtbot, window, tmp_path / "r6.roadmap", name)
    assert any(_reached_by_tab(dialog, w) for w in dialog.findChildren(QWidget))
    assert _unnamed(dialog) == []


def test_a_field_is_named_by_its_label_without_the_access_key(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = make_dialogs(window, tmp_path / "r6.roadmap")["ExportDialog"]()
    qtbot.addWidget(dialog)
    assert _name(dialog.password) == "パスワード(W)"  # its label パスワード(&W), as Windows names it
    assert _name(dialog.book).startswith("冊子にする(B)")


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


def test_painted_icons_are_drawn_at_the_size_shown_faint_when_disabled_and_survive_a_changed_copy(qapp) -> None:
    """The toolbar's icons are drawn when first shown (actions._PaintedIcon): crisp at the size asked
    for, the disabled one the same drawing faint (its overlapping strokes no darker than the rest), and
    an icon changed after a copy was made (Qt then copies the engine) still draws: PySide6 let Python
    free that copy under Qt, a crash."""
    import gc

    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QIcon, QPainter, QPixmap

    from roadmap_desktop.ui.actions import ICONS

    def alphas(pixmap: QPixmap) -> list[int]:
        image = pixmap.toImage()  # pixelColor: QColor(pixel()) would drop the alpha
        return [image.pixelColor(x, y).alpha() for y in range(image.height()) for x in range(image.width())]

    for name, make in ICONS.items():
        icon = make()
        for side, scale in ((16, 1.0), (24, 1.0), (24, 2.0), (32, 1.5)):
            shown = icon.pixmap(QSize(side, side), scale)
            assert (shown.width(), shown.devicePixelRatio()) == (round(side * scale), scale), name
            assert sum(a > 200 for a in alphas(shown)) > side * scale, name  # ink, not an empty square
        # painted straight onto a 150 % surface (QIcon.paint), it is the 150 % drawing, not a scaled 100 % one
        surface = QPixmap(48, 48)
        surface.setDevicePixelRatio(1.5)
        surface.fill(Qt.GlobalColor.transparent)
        painter = QPainter(surface)
        icon.paint(painter, QRect(0, 0, 32, 32))
        painter.end()
        assert surface.toImage() == icon.pixmap(QSize(32, 32), 1.5).toImage(), name
        faint = alphas(icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled))
        assert 0 < max(faint) <= 0.36 * 255, name
        copy = QIcon(icon)
        copy.addPixmap(QPixmap(8, 8))  # changing the copy makes Qt copy the engine
        del icon
        gc.collect()
        assert sum(a > 200 for a in alphas(copy.pixmap(QSize(24, 24)))) > 24, name
