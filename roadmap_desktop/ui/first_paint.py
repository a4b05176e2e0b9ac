"""A call at a widget's first paint: the start's measure (app.py), and what waits until the window is on
the screen. PySide6 is imported when first called, so that app.py may import this before it."""

from __future__ import annotations

from collections.abc import Callable


def on_first_paint(window: object, callback: Callable[[], None]) -> None:
    """Call *callback* once, at the window's first paint (inside the paint event: keep it short)."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                watched.removeEventFilter(self)  # the window's later events do not pass through Python
                callback()
            return False

    watcher = FirstPaint(window)  # type: ignore[arg-type]
    window.installEventFilter(watcher)  # type: ignore[attr-defined]
