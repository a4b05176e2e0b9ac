"""Walk a window's tab chain with the keyboard, as someone without a mouse does.

``walk(window)`` presses Tab from the window's focus until the focus comes back where it started and
returns the widgets it went through; ``controls(window)`` lists the enabled controls a person can
operate (what Tab must reach). Both name widgets the same way, so a test failure says which control
was never reached or where the focus stuck.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
    QAbstractSlider,
)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    text = ""
    if isinstance(widget, QAbstractButton | QLineEdit):
        text = widget.text()
    name = widget.accessibleName() or widget.objectName() or "-"
    return f"{type(widget).__name__}:{name}「{text[:16]}」"


def _focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def controls(window: QWidget) -> list[QWidget]:
    """Visible, enabled controls that take focus by Tab (a scroll bar is no control: the wheel and the
    arrows of its area move it; a toolbar's buttons are reached by their shortcuts and menus)."""
    found = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE):
            continue
        if isinstance(w, QAbstractSlider) and not w.inherits("QSlider"):
            continue  # scroll bars
        if not w.isVisible() or not w.isEnabled() or w.window() is not window:
            continue
        if w.objectName().startswith("qt_") or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        found.append(_focus_target(w))
    return found


def walk(window: QWidget, limit: int = 400, hold: int = 60) -> tuple[list[QWidget], list[str]]:
    """Press Tab until the focus is back at the first widget; the widgets focused on the way and the
    problems met (the focus lost from the window, or stuck: a widget may use Tab inside itself, as the
    timeline goes from bar to bar, but after *hold* presses it must let the focus go on)."""
    window.activateWindow()
    QApplication.processEvents()
    start = QApplication.focusWidget()
    problems: list[str] = []
    if start is None or start.window() is not window:
        first = next(iter(controls(window)), None)
        if first is None:
            return [], ["no control takes the focus"]
        first.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        start = QApplication.focusWidget()
    if start is None:
        return [], ["the window never gets the keyboard focus"]
    seen = [start]
    current = start
    held = 0
    for _ in range(limit):
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        if after is None or after.window() is not window:
            problems.append(f"the focus left the window after {describe(current)}: {describe(after)}")
            break
        if after is current:
            held += 1
            if held > hold:
                problems.append(f"Tab does not leave {describe(current)}")
                break
            continue
        held = 0
        if after is start:
            break
        seen.append(after)
        current = after
    else:
        problems.append(f"the tab chain never comes back to {describe(start)}")
    return seen, problems
