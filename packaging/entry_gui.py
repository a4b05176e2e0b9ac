"""Frozen entry point of ``RoadmapDesktop``: the window (a ``.roadmap`` path as argument opens it)."""

import sys

from roadmap_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
