"""Frozen entry point of ``roadmap``: the command line (``roadmap new|list|dump|export|import``)."""

import multiprocessing
import os
import sys

from roadmap_desktop.cli import main


def _utf8_when_redirected() -> None:
    """On Windows, output redirected to a file or pipe would be cp932 and fail on characters outside it;
    make it UTF-8 like everywhere else (the console itself shows all of Unicode anyway)."""
    if os.name != "nt":
        return
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.isatty():
            stream.reconfigure(encoding="utf-8")


if __name__ == "__main__":
    # The PDF import reads pages in worker processes (spawn/forkserver): in the frozen program a worker
    # is this executable started again, and freeze_support() turns it into the worker instead of the app.
    multiprocessing.freeze_support()
    _utf8_when_redirected()
    sys.exit(main())
