"""The one way the UI tells the user about an expected failure: a plain Japanese message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..core.errors import RoadmapError
from ..core.os_errors import os_error_text


def error_text(error: BaseException) -> str:
    """The message for *error*: our own errors carry it; OS errors get a plain sentence."""
    if isinstance(error, RoadmapError):
        return str(error)
    if isinstance(error, OSError):
        return os_error_text(error)
    return str(error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Show *error* in a warning box (tests replace QMessageBox.warning to capture it)."""
    from PySide6.QtWidgets import QMessageBox  # built on first use: the window's first paint shows none

    QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "エラー"), error_text(error))
