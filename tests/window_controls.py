"""What a person meets in a window: the controls that carry an access key (「保存(&S)」), the texts shown on
screen, the widgets a screen reader names. The mnemonic, Japanese-on-screen and accessibility tests
walk the same windows (the main window and every dialog of ``windows_fit_child.DIALOG_CLASSES``) with
these helpers."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QToolButton,
    QWidget,
)


def access_key(text: str) -> str:
    """The key Qt gives *text* as its mnemonic ("Alt+S" for 「保存(&S)」), "" when it has none."""
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def qts_own_words(button: QAbstractButton) -> bool:
    """A standard button of a QDialogButtonBox still showing Qt's own translation (キャンセル, 閉じる, OK):
    Japanese applications leave those without a letter; Esc and Enter press them."""
    box = button.parent()
    if not isinstance(box, QDialogButtonBox):
        return False
    standard = box.standardButton(button)
    if standard == QDialogButtonBox.StandardButton.NoButton:
        return False
    fresh = QDialogButtonBox(standard)
    try:
        return button.text() == fresh.button(standard).text()
    finally:
        fresh.deleteLater()


def keyed_controls(window: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of every control of *window* that should carry an access key: buttons, check boxes,
    radio buttons, labels with a buddy, checkable group boxes, shown or not (a band or a page that
    appears later shares the window's keys). Left out: Qt's standard buttons in its own words, tool
    buttons the keyboard never reaches (a toolbar's, the timeline's zoom: their commands have keys),
    Qt's internal buttons (no text)."""
    for w in window.findChildren(QWidget):
        if w.window() is not window or w.objectName().startswith("qt_"):
            continue
        if isinstance(w, QAbstractButton):
            if not w.text() or qts_own_words(w):
                continue
            if isinstance(w, QToolButton) and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                continue
            yield f"{type(w).__name__}「{w.text()}」", w.text()
        elif isinstance(w, QLabel) and w.buddy() is not None:
            yield f"QLabel「{w.text()}」→{type(w.buddy()).__name__}", w.text()
        elif isinstance(w, QGroupBox) and w.isCheckable():
            yield f"QGroupBox「{w.title()}」", w.title()


def menu_entries(menu: QMenu) -> Iterator[tuple[QMenu, QAction]]:
    """Every entry of *menu* and of its submenus, with the menu that shows it."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield menu, action
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_entries(sub)


def menu_bar_menus(window: QWidget) -> list[tuple[QAction, QMenu]]:
    if not isinstance(window, QMainWindow):
        return []
    return [(a, a.menu()) for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]  # type: ignore[misc]
