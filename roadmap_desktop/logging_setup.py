"""The application's log: a rotating file in the user's data folder, plus a fatal-crash trace.

A staff PC has no console, so what went wrong must be written where a helper can find it later:
``<data folder>/logs/roadmap-desktop.log`` (1 MB × 5 files) and, for crashes inside Qt or SQLite
that Python never sees, ``faulthandler.log`` beside it.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from typing import TextIO

from .paths import data_dir

LOG_NAME = "roadmap-desktop.log"
FAULT_NAME = "faulthandler.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_handler: logging.Handler | None = None
_fault_file: TextIO | None = None
_fault_was_enabled = False


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    return logs_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the ``roadmap_desktop`` loggers (and warnings) to the rotating log file; idempotent."""
    global _handler
    if _handler is None:
        import logging.handlers  # here, not above: the application's start sets up its log after the first paint

        handler = logging.handlers.RotatingFileHandler(
            log_path(), maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level > level or root.level == logging.NOTSET:
            root.setLevel(level)
        _handler = handler
    return log_path()


def enable_faulthandler() -> Path:
    """Dump the Python stacks of all threads to ``faulthandler.log`` on a hard crash (segfault, abort)."""
    global _fault_file, _fault_was_enabled
    path = logs_dir() / FAULT_NAME
    if _fault_file is None:
        _fault_was_enabled = faulthandler.is_enabled()
        # Kept open for the life of the process: faulthandler writes to the raw descriptor at crash time.
        _fault_file = path.open("a", encoding="utf-8")
        faulthandler.enable(_fault_file, all_threads=True)
    return path


def shutdown_logging() -> None:
    """Undo :func:`setup_logging` and :func:`enable_faulthandler` (tests; the app just exits)."""
    global _handler, _fault_file
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
        if _fault_was_enabled and sys.__stderr__ is not None:  # e.g. pytest's own handler
            faulthandler.enable(sys.__stderr__, all_threads=True)
