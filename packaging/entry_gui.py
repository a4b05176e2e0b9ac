"""Frozen entry point of ``RoadmapDesktop``: the window (a ``.roadmap`` path as argument opens it)."""

import multiprocessing
import sys

from roadmap_desktop.app import main

if __name__ == "__main__":
    # The PDF import reads pages in worker processes (spawn/forkserver): in the frozen program a worker
    # is this executable started again, and freeze_support() turns it into the worker instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
