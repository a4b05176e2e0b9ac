"""Windows sized for the screen they open on: a laptop of 1366×768 with a taskbar leaves 1366×728.

Every window and dialog asks for its preferred size through :func:`fit_to_screen`, which clamps it
to the screen's *available* geometry (the taskbar excluded) less room for the window frame, and
places the window inside that area. Content taller than that scrolls inside the window (the
dialogs keep their buttons outside the scrolled part), so no button is ever below the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The frame a window manager draws around a window: a title bar and thin borders. Qt only knows it
# once the window is shown, so it is reserved up front.
FRAME_W = 16
FRAME_H = 40


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen's area that windows may use: the screen of *widget* (or its parent), else the primary."""
    screen = None
    if widget is not None:
        anchor = widget.parentWidget() or widget
        screen = anchor.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted_size(width: int, height: int, area: QRect) -> tuple[int, int]:
    """*width*×*height* made no larger than *area* leaves for a window with its frame."""
    return min(width, area.width() - FRAME_W), min(height, area.height() - FRAME_H)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize *window* to its preferred *width*×*height*, or less where the screen is smaller, and
    keep it inside the available area (centred on its parent where there is one)."""
    area = available_area(window)
    w, h = fitted_size(width, height, area)
    window.resize(w, h)
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    x = min(max(centre.x() - w // 2, area.left()), area.right() - w - FRAME_W + 1)
    y = min(max(centre.y() - h // 2, area.top()), area.bottom() - h - FRAME_H + 1)
    window.move(max(x, area.left()), max(y, area.top()))
