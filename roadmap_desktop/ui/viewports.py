"""Scroll areas' viewports made in Python, for the window's start.

The first time Python is handed a widget that Qt made itself (a scroll area's own viewport, from
``viewport()`` or as an event filter's *watched*), PySide builds the Python type of every widget class
to tell which one it is: some 12 ms of processor time that the main window's first paint does without.
A viewport made here is known to Python from the start. It is set up as Qt sets up its own
(tests/test_startup.py compares them). Not for QPlainTextEdit or QTextEdit: they crash on a new viewport.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget


def own_viewport(role: QPalette.ColorRole) -> QWidget:
    """A viewport as Qt's own: its object name, its background filled in *role* (QAbstractScrollArea:
    Base; QScrollArea: NoRole). Give it to ``setViewport`` before anything goes into the area."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(role)
    viewport.setAutoFillBackground(True)
    return viewport
