"""年度更新 of the 150-project roadmap: the whole ``roadmap rollover`` command, and a second year.

    python bench/bench_rollover.py [N] [RUNS]

Target: the whole command (a new process: start, read, roll over, write the new file) ≤ 1 s.
"""

from __future__ import annotations

import contextlib
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_roadmap  # also puts the project on sys.path

from roadmap_desktop.cli import main as cli_main
from roadmap_desktop.storage import RoadmapFile

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    roadmap = generate_roadmap(n=n, seed=0)
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "r6.roadmap"
        RoadmapFile.create(old, roadmap).close()
        before = old.read_bytes()
        whole, inproc = [], []
        for i in range(runs):
            new = Path(tmp) / f"r7-{i}.roadmap"
            t0 = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "roadmap_desktop.cli", "rollover", str(old), str(new)],
                cwd=ROOT, capture_output=True, text=True, check=True,
            )  # fmt: skip
            whole.append(time.perf_counter() - t0)
            again = Path(tmp) / f"r7-in-{i}.roadmap"
            t0 = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                assert cli_main(["rollover", str(old), str(again)]) == 0
            inproc.append(time.perf_counter() - t0)
        assert old.read_bytes() == before
        r8 = Path(tmp) / "r8.roadmap"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "roadmap_desktop.cli", "rollover", str(new), str(r8)], cwd=ROOT,
                       capture_output=True, check=True)  # fmt: skip
        second = time.perf_counter() - t0
        r7 = RoadmapFile.open(new, readonly=True).load()
    history = sum(len(h.plan) + len(h.actual) for p in r7.projects for h in p.history)
    print(f"projects: {n} → carried {len(r7.projects)}, bars moved into history: {history}")
    print(done.stdout.splitlines()[3] if len(done.stdout.splitlines()) > 3 else "")
    print(f"roadmap rollover, whole command (new process): median {statistics.median(whole):.3f} s "
          f"(max {max(whole):.3f} s over {runs})  target <= 1 s")  # fmt: skip
    print(f"  of which in-process (read, roll over, write): median {statistics.median(inproc):.3f} s")
    print(f"second year (R7 → R8), whole command: {second:.3f} s")


if __name__ == "__main__":
    main()
