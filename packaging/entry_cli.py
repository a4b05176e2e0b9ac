"""Frozen entry point of ``roadmap``: the command line (``roadmap new|list|dump|export|import``)."""

import sys

from roadmap_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
