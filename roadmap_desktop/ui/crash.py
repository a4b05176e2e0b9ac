"""Unexpected errors: write them to the log, then show a report the user can copy and pass on.

:func:`install_crash_handler` (called once from ``app.main``) routes every uncaught exception —
in the main thread, in Qt slots and event handlers (PySide calls ``sys.excepthook``), and in other
threads — here. Expected failures (a :class:`RoadmapError`, disk full, no permission) that slip
through get the plain message of :func:`messages.show_error` instead of a technical report.
Tests replace :func:`show_crash_dialog` (and ``QMessageBox.warning``) to capture what would be shown.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.errors import RoadmapError
from ..core.os_errors import os_problem
from ..logging_setup import enable_faulthandler, setup_logging
from . import messages
from .screen_fit import fit_to_screen

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def is_expected(error: BaseException) -> bool:
    """An error with a plain-language message rather than a bug."""
    if isinstance(error, RoadmapError):
        return True
    return os_problem(error) is not None  # free space, permissions, a file in use: the user can act


def report_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str = "") -> str:
    """The copyable report: versions, time, thread and the traceback."""
    from PySide6.QtCore import qVersion

    lines = [
        f"Roadmap Desktop {__version__}",
        f"Python {platform.python_version()} / PySide6 {pyside_version} / Qt {qVersion()}",
        f"{platform.platform()}",
        f"{datetime.now().isoformat(timespec='seconds')}" + (f"  thread: {thread}" if thread else ""),
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """What went wrong, reassurance that saved work is safe, and the report with a copy button."""

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roadmap Desktop — 予期しないエラー"))
        fit_to_screen(self, 640, 420)
        text = self.tr(
            "予期しないエラーが発生しました。\n"
            "編集した内容はその都度ファイルに保存されているため、これまでに保存された内容は失われていません。\n"
            "お手数ですが、下の報告を「コピー」して、システム担当者に送ってください。"
        )
        if log_file is not None:
            text += "\n" + self.tr("記録ファイル: {path}").format(path=log_file)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QPlainTextEdit(report, self)
        self.report.setAccessibleName(self.tr("エラーの報告"))
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("コピー(&C)"), self)
        # Wide enough for the "copied" text it changes to, so nothing is clipped then.
        self.copy_button.setMinimumWidth(
            self.copy_button.fontMetrics().horizontalAdvance(self.tr("コピーしました(&C)")) + 32
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("閉じる"))
        close.setDefault(True)  # Enter dismisses the report (it copied it: the first button)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("コピーしました(&C)"))


def show_crash_dialog(report: str, log_file: Path | None) -> None:
    """Show the report modally. Module-level so tests can replace it."""
    CrashDialog(report, log_file, QApplication.activeWindow()).exec()


def show_expected_error(error: BaseException) -> None:
    """An expected failure that reached the top: its plain message, nothing technical."""
    messages.show_error(QApplication.activeWindow(), error)


class _Bridge(QObject):
    """Carries an exception from another thread to the main thread, where dialogs may be shown."""

    raised = Signal(object, str)


_bridge: _Bridge | None = None
_showing = False
_log_file: Path | None = None
_previous_hooks: tuple[object, object] | None = None


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str = ""
) -> None:
    """Log the exception; then tell the user (in the main thread), unless Qt is not running."""
    if issubclass(exc_type, KeyboardInterrupt):
        _print(exc_type, exc, tb)
        return
    log.error("Uncaught exception%s", f" in thread {thread}" if thread else "", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        _print(exc_type, exc, tb)
        return
    if threading.current_thread() is not threading.main_thread():
        if _bridge is not None:
            _bridge.raised.emit((exc_type, exc, tb), thread)
        return
    _present((exc_type, exc, tb), thread)


def _print(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if sys.stderr is not None:  # None in the windowed Windows program, which has no console
        sys.__excepthook__(exc_type, exc, tb)


def _present(info: ExcInfo, thread: str) -> None:
    global _showing
    if _showing:  # an error while the dialog is open (e.g. in a repaint): logged above, not stacked up
        return
    _showing = True
    try:
        exc_type, exc, tb = info
        if is_expected(exc):
            show_expected_error(exc)
        else:
            show_crash_dialog(report_text(exc_type, exc, tb, thread), _log_file)
    except Exception:
        # The dialog itself failed: the log still has the original; don't recurse.
        log.exception("Could not show the error dialog")
    finally:
        _showing = False


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    handle_exception(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    handle_exception(args.exc_type, args.exc_value, args.exc_traceback, name)


def install_crash_handler() -> Path | None:
    """Set up the log file and faulthandler and catch every uncaught exception; return the log path (if any).

    Call it once from the main thread at start-up (before or after creating the QApplication).
    """
    global _bridge, _log_file, _previous_hooks
    # A data folder we cannot write to must not stop the application: the dialog still works without a log.
    try:
        _log_file = setup_logging()
        enable_faulthandler()
    except OSError as e:
        _log_file = None
        if sys.stderr is not None:
            print(f"Roadmap Desktop: no log file ({e})", file=sys.stderr)
    if _bridge is None:
        _bridge = _Bridge()
        _bridge.raised.connect(_present, Qt.ConnectionType.QueuedConnection)
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    # platform.system()/release(), not platform.platform(): that one reads the interpreter's binary for
    # its C library version, several milliseconds of every start
    log.info(
        "Roadmap Desktop %s started (Python %s, %s %s)",
        __version__,
        platform.python_version(),
        platform.system(),
        platform.release(),
    )
    return _log_file


def uninstall_crash_handler() -> None:
    """Restore the previous hooks and close the log (tests)."""
    global _bridge, _previous_hooks
    from ..logging_setup import shutdown_logging

    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks  # type: ignore[assignment]
        _previous_hooks = None
    _bridge = None
    shutdown_logging()
