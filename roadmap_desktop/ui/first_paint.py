"""A call at a widget's first paint: the start's measure (app.py), and what waits until the window is on
the screen. PySide6 is imported when first called, so that app.py may import this before it."""

from __future__ import annotations

from collections.abc import Callable


def on_first_paint(window: object, callback: Callable[[], None]) -> None:
    """Call *callback* once, at the window's first paint (inside the paint event: keep it short).

    A window with a ``first_paint_hooks`` list (the main window) calls them from its own paintEvent,
    the last added first, as Qt calls event filters: an event filter hands Python each of the window's
    ~27 events before it, and the first event PySide6 hands Python makes it build the Python classes of
    every kind of event (~50 classes, ~2 ms). Other widgets, or a window already painted (the list is
    then None), are watched by an event filter."""
    hooks = getattr(window, "first_paint_hooks", None)
    if isinstance(hooks, list):
        hooks.append(callback)
        return
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
