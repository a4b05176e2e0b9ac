"""Run every benchmark in this folder, one process each, and print their figures.

python bench/run_all.py [NAME ...]      # e.g. run_all.py core pdf  (default: all)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The quick ones first; every other bench_*.py after them, so a new benchmark needs no entry here.
FIRST = ["core", "startup", "timeline", "gui_edit"]


def _all() -> list[str]:
    found = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    return [n for n in FIRST if n in found] + [n for n in found if n not in FIRST]


def main(names: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = 0
    for name in names or _all():
        script = HERE / f"bench_{name}.py"
        print(f"== {script.name}", flush=True)
        failed |= subprocess.call([sys.executable, str(script)], env=env) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
