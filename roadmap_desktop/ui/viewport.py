"""A scroll area's viewport without PySide6's first-call cost.

The first ``QAbstractScrollArea.viewport()`` of a process makes PySide6 look for the most derived
Python class of the returned widget, and that builds every QWidget subclass of QtWidgets with all its
enums (about 40 ms, measured with bench/bench_startup.py): a fifth of the window's start-up budget.
The viewport is the area's child named ``qt_scrollarea_viewport`` (Qt names it so), which
``findChild`` returns as a plain QWidget at no such cost.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

VIEWPORT_NAME = "qt_scrollarea_viewport"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """``area.viewport()``, found by name (cheap); ``viewport()`` itself if Qt ever names it otherwise."""
    found = area.findChild(QWidget, VIEWPORT_NAME)
    return found if found is not None and found.parent() is area else area.viewport()
