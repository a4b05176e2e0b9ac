"""A call at a widget's first paint: the start's measure (app.py), and what waits until the window is on
the screen. PySide6 is imported when first called, so that app.py may import this before it."""

from __future__ import annotations

from collections.abc import Callable


def on_first_paint(window: object, callback: Callable[[], None]) -> None:
    """Call *callback* once, at the window's first paint (inside the paint event: keep it short).

    A window with a ``first_paint_hooks`` list (the main window) calls them from its own paintEvent,
    the last added first, as Qt calls event filters: an event filter hands Python each of the window's
    ~27 events before it, and the first event PySide6 hands Python makes it build the Python classes of
    every kind of event (~50 classes, ~2.5 ms). Other widgets, or a window already painted (the list is
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


# --- event filters from the first paint on -----------------------------------------------------------
#
# The first event PySide6 hands Python (an event filter, an event() or changeEvent() override) makes it
# build the Python class of every kind of event (~50 classes, ~2.5 ms), and each one handed over costs a
# conversion; the widgets' own filters (the timeline's keys and tooltips, the search box's keys, the
# window's Ctrl+Z in the text fields, palette and font changes) have nothing to do before the window is
# on the screen. While the application starts (app.py), they are installed just after its first paint;
# anywhere else (tests, a widget made later) at once.

_pending: list[tuple[object, object]] | None = None


def watch_events(target: object, watcher: object) -> None:
    """``target.installEventFilter(watcher)``, now, or just after the first paint while the application
    starts (:func:`defer_event_watching`)."""
    if _pending is not None:
        _pending.append((target, watcher))
    else:
        target.installEventFilter(watcher)  # type: ignore[attr-defined]


def deferring() -> bool:
    """Whether :func:`watch_events` is waiting for the first paint."""
    return _pending is not None


def defer_event_watching() -> None:
    """From now until :func:`install_deferred_watching`, :func:`watch_events` waits (app.py, at start)."""
    global _pending
    _pending = []


def install_deferred_watching() -> None:
    """Install the event filters that waited for the first paint (those of widgets since deleted are
    skipped), and stop deferring."""
    global _pending
    pending, _pending = _pending or [], None
    import shiboken6

    for target, watcher in pending:
        if shiboken6.isValid(target) and shiboken6.isValid(watcher):
            target.installEventFilter(watcher)  # type: ignore[attr-defined]
