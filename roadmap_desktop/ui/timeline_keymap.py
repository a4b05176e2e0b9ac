"""A Qt key event as the key table's words: ``({"Ctrl"}, "Left")`` (see core/timeline_keys.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

_NAMES = {
    Qt.Key.Key_Left: "Left",
    Qt.Key.Key_Right: "Right",
    Qt.Key.Key_Up: "Up",
    Qt.Key.Key_Down: "Down",
    Qt.Key.Key_Tab: "Tab",
    Qt.Key.Key_Backtab: "Tab",  # Shift+Tab arrives as Backtab (with Shift held)
    Qt.Key.Key_Return: "Enter",
    Qt.Key.Key_Enter: "Enter",
    Qt.Key.Key_Escape: "Esc",
    Qt.Key.Key_Space: "Space",
    Qt.Key.Key_Delete: "Delete",
    Qt.Key.Key_Insert: "Insert",
    Qt.Key.Key_Menu: "Menu",
    Qt.Key.Key_Plus: "+",
    Qt.Key.Key_Minus: "-",
    Qt.Key.Key_Equal: "=",
}

_MODIFIERS = (
    (Qt.KeyboardModifier.ControlModifier, "Ctrl"),
    (Qt.KeyboardModifier.ShiftModifier, "Shift"),
    (Qt.KeyboardModifier.AltModifier, "Alt"),
    (Qt.KeyboardModifier.MetaModifier, "Meta"),
)


def key_name(key: int) -> str:
    """The table's name of a Qt key: "Left", "F2", "E", "+" …"""
    try:
        named = _NAMES.get(Qt.Key(key))
    except ValueError:
        named = None
    if named is not None:
        return named
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def key_of(event: QKeyEvent) -> tuple[frozenset[str], str]:
    """(modifiers, key name) of a key event; the keypad modifier does not count."""
    mods = event.modifiers()
    held = frozenset(name for flag, name in _MODIFIERS if mods & flag)
    if event.key() == Qt.Key.Key_Backtab:
        held |= {"Shift"}
    return held, key_name(event.key())
