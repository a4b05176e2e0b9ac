"""What a person meets in a window: the controls that carry an access key (「保存(&S)」), the texts shown on
screen, the widgets a screen reader names. The mnemonic, Japanese-on-screen and accessibility tests
walk the same windows (the main window and every dialog of ``windows_fit_child.DIALOG_CLASSES``) with
these helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
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

# Words in ASCII letters that Japanese screens and manuals write so (tests/test_japanese_on_screen.py)
ALLOWED = frozenset(
    {
        # file formats and what the sheets call things
        "OK", "PDF", "Excel", "ZIP", "CSV", "No", "DX", "ICT", "AI", "RPA", "BPR", "IoT", "Web", "SNS", "ID",
        # keys, as Japanese manuals write them
        "Ctrl", "Alt", "Shift", "Esc", "Tab", "Enter", "Del", "Delete", "Insert", "Ins", "Home", "End",
        "PgUp", "PgDown", "Space", "BackSpace", "Backspace",
        # the about page: the software used and its licences
        "Python", "Qt", "PySide", "LGPL", "MIT", "BSD", "PSF", "IPA", "IPAex", "openpyxl", "ReportLab", "pdfplumber",
        "platformdirs", "defusedxml", "v",
    }
)  # fmt: skip
_ACCESS_KEY = re.compile(r"[(（]&.[)）]")
_NOT_WORDS = re.compile(
    r"Roadmap Desktop"  # the application's name
    r"|[A-Za-z]:[\\/]\S*|(?<![\w.])/[\w./~-]+"  # paths
    r"|[\w.~-]+\.(?:roadmap|xlsx|xlsm|xls|ods|pdf|zip|log|txt|png)\b"  # file names
    r"|\*\.\w+"  # filters
)
_WORD = re.compile(r"[A-Za-z]+")


def english_words(text: str) -> list[str]:
    """The words of *text* written in ASCII letters that a Japanese screen would not show."""
    text = _NOT_WORDS.sub(" ", _ACCESS_KEY.sub("", text).replace("&&", "＆").replace("&", ""))
    return [w for w in _WORD.findall(text) if w not in ALLOWED and not (len(w) == 1 and w.isupper())]


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


def _plain_html(text: str) -> str:
    if "<" not in text:
        return text
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(text).toPlainText()


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    yield f"{where}「{action.text()}」", action.text()
    if action.toolTip() != action.text():
        yield f"{where}「{action.text()}」 tooltip", action.toolTip()
    if action.statusTip():
        yield f"{where}「{action.text()}」 status tip", action.statusTip()
    sub = action.menu()
    if isinstance(sub, QMenu):
        yield f"{where} menu", sub.title()
        for entry in sub.actions():
            yield from _action_texts(entry, f"{where} › {sub.title()}")


def _columns(model: QAbstractItemModel, root: QModelIndex) -> int:
    try:
        return model.columnCount(root)
    except TypeError:  # a list model's columnCount is private to Python: one column
        return 1


def shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of the words *window* shows or speaks: its title; every widget's text, title,
    placeholder, tooltip, status tip, accessible name and description; combo box entries, tab names,
    item views' headers and cells, read-only documents (the manual), menus and their entries, the
    actions of context menus. Not what the user typed (a line edit's text) nor a text field's content."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextBrowser,
        QTextEdit,
    )

    yield "window title", window.windowTitle()
    widgets = [window, *[w for w in window.findChildren(QWidget) if w.window() is window]]
    for w in widgets:
        name = f"{type(w).__name__}:{w.objectName() or '-'}"
        for what, text in (
            ("tooltip", w.toolTip()),
            ("status tip", w.statusTip()),
            ("accessible name", w.accessibleName()),
            ("accessible description", w.accessibleDescription()),
        ):
            if text:
                yield f"{name} {what}", _plain_html(text)
        if isinstance(w, QAbstractButton | QLabel):
            yield name, _plain_html(w.text())
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{name} placeholder", w.placeholderText()
        if isinstance(w, QTextBrowser):
            yield name, w.toPlainText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name} entry", w.itemText(i)
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i)
                yield f"{name} tab tooltip", w.tabToolTip(i)
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QHeaderView):
            model, root = w.model(), w.rootIndex()
            for c in range(_columns(model, root)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(c, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        yield f"{name} header", value
            for r in range(min(model.rowCount(root), 200)):
                for c in range(_columns(model, root)):
                    value = model.index(r, c, root).data()
                    if isinstance(value, str):
                        yield f"{name} cell", value
        for action in w.actions():
            yield from _action_texts(action, f"{name} action")
    for title, menu in menu_bar_menus(window):
        yield "menu bar", title.text()
        for entry in menu.actions():
            yield from _action_texts(entry, f"menu {title.text()}")


def open_window(qtbot: Any, main: QWidget, roadmap_path: Path, name: str) -> QWidget:
    """*main* itself ("MainWindow"), or the dialog *name* of DIALOG_CLASSES opened from it, shown and
    laid out (the print window's pages too) as a user sees it."""
    from windows_fit_child import make_dialogs

    if name == "MainWindow":
        for band in ("welcome_banner", "readonly_banner"):  # made when first shown: here every walk sees them
            getattr(main, band)
        return main
    dialog = make_dialogs(main, roadmap_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if hasattr(dialog, "wait_for_pages"):
        dialog.wait_for_pages()
    return cast(QWidget, dialog)
