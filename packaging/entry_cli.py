"""Frozen entry point of ``roadmap``: the command line (``roadmap new|list|dump|export|import``)."""

import multiprocessing
import sys

from roadmap_desktop.cli import main

if __name__ == "__main__":
    # The PDF import reads pages in worker processes (spawn/forkserver): in the frozen program a worker
    # is this executable started again, and freeze_support() turns it into the worker instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
