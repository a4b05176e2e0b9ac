"""The main window's event handling: files dropped anywhere on it, and Ctrl+Z reaching the window's undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ..storage.roadmap_file import SUFFIX

# What a drop may import: workbooks, PDFs and zips of them (importing/attachments.py tells them apart by
# their bytes; tests/test_attachments_gui.py keeps the two lists equal). Not imported from there: that
# would load the import code at start-up.
IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".pdf", ".zip")


def _is_undo_redo(event: QKeyEvent) -> bool:
    ctrl_y = event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) or ctrl_y


class WindowEvents:
    """Mixed into MainWindow (before QMainWindow): drop handling and the text fields' event filter."""

    def eventFilter(self: Any, watched: QObject, event: QEvent) -> bool:
        # A text field takes Ctrl+Z for its own typing. With nothing typed since the last commit,
        # let the shortcut reach the window's undo/redo instead of an empty local history.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _is_undo_redo(event)
            and self.form.owns(watched)
            and not self.form.has_pending_text(watched)
        ):
            event.ignore()
            return True
        # The window's everyday keys (Ctrl+F, Ctrl+E, Ctrl+P, Ctrl+S, F1) win over a text field's own
        # bindings (on Linux a line edit takes Ctrl+E for "end of line").
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self.is_window_key(event):
            event.ignore()
            return True
        # QDragEnterEvent and QDragMoveEvent are QDropEvents too.
        if isinstance(event, QDropEvent) and self._dropped_path(event) is not None:
            if event.type() == QEvent.Type.Drop:
                self.dropEvent(event)
            else:
                event.acceptProposedAction()
            return True
        return QMainWindow.eventFilter(self, watched, event)

    def is_window_key(self: Any, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        actions = (self.find_action, self.export_action, self.print_action, self.save_action, self.help_action)
        return any(a.isEnabled() and k.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                   for a in actions for k in a.shortcuts())  # fmt: skip

    @staticmethod
    def _dropped_path(event: QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.suffix.lower() in (*IMPORT_SUFFIXES, SUFFIX):
                    return path
        return None

    def dragEnterEvent(self: Any, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self: Any, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Leave the drop handler before the (modal) import preview opens.
        if path.suffix.lower() == SUFFIX:
            QTimer.singleShot(0, lambda: self.open_path(path))
        else:  # several replies dropped at once: one preview of them all
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            paths = [p for p in paths if p.suffix.lower() in IMPORT_SUFFIXES] or [path]
            QTimer.singleShot(0, lambda: self.import_paths(paths))
