"""The main window's size and layout: the first window from the screen's available area, and what
is remembered between sessions (geometry, toolbar, splitters, the list's columns)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QRect, QTimer

from ..settings import save_settings
from .screen_fit import FRAME_H, available_area, fitted_size

FIRST_RUN_SIZE = (1400, 900)  # at most; on a smaller screen the window takes its available area
TIMELINE_W = 880  # the form and timeline's first width when the window allows: 60 readable months (12 px)


class WindowState:
    """Mixed into MainWindow (before QMainWindow)."""

    def first_run_geometry(self: Any) -> QRect:
        """The window's first size: at most 1400×900, inside the screen's available area (taskbar
        excluded) with room for the window frame, centred."""
        avail = available_area(self)
        w, h = fitted_size(*FIRST_RUN_SIZE, avail)
        x = avail.x() + (avail.width() - w) // 2
        y = avail.y() + max(FRAME_H - 8, (avail.height() - h) // 2)
        return QRect(x, y, w, h)

    def _restore_state(self: Any) -> None:
        s = self.settings
        restored = bool(s.window_geometry) and self.restoreGeometry(
            QByteArray.fromBase64(s.window_geometry.encode("ascii"))
        )
        if not restored:
            self.setGeometry(self.first_run_geometry())
            # list : form and timeline, then form : timeline, in proportion to the window
            # (on a laptop the list gives way down to 36 % so that the timeline's 60 months stay readable)
            list_w = max(round(self.width() * 0.36), min(round(self.width() * 0.42), self.width() - TIMELINE_W))
            self.main_splitter.setSizes([list_w, self.width() - list_w])
            # the whole form when the height allows (at most 60 %); the timeline scrolls in the rest
            right = round(self.height() * 0.85)
            form_h = min(self.form.sizeHint().height() + 4, round(right * 0.6))
            self.right_splitter.setSizes([form_h, right - form_h])
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode("ascii")))
        for splitter in (self.main_splitter, self.right_splitter):
            state = s.splitter_states.get(splitter.objectName())
            if state:
                splitter.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        if not self.list_panel.restore_header_state(s.list_header_state):
            QTimer.singleShot(0, self.list_panel.reset_columns)  # once the list has its width

    def save_window_state(self: Any) -> None:
        s = self.settings
        s.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        s.window_state = bytes(self.saveState().toBase64().data()).decode("ascii")
        for splitter in (self.main_splitter, self.right_splitter):
            s.splitter_states[splitter.objectName()] = bytes(splitter.saveState().toBase64().data()).decode("ascii")
        s.list_header_state = self.list_panel.header_state()
        save_settings(s)
