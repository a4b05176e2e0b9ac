"""The roadmap file with 150 projects: time to open and load everything, and to commit one edit.

    python bench/bench_core.py [N] [EDITS]

Targets: open + load ≤ 0.2 s; one edit (save_project, a durable transaction) ≤ 10 ms median.
"""

from __future__ import annotations

import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_roadmap  # also puts the project on sys.path

from roadmap_desktop.storage import RoadmapFile


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    edits = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    roadmap = generate_roadmap(n=n, seed=0)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.roadmap"
        t0 = time.perf_counter()
        RoadmapFile.create(path, roadmap).close()
        create_s = time.perf_counter() - t0
        opens = []
        for _ in range(5):
            t0 = time.perf_counter()
            f = RoadmapFile.open(path)
            loaded = f.load()
            opens.append(time.perf_counter() - t0)
            f.close()
        assert len(loaded.projects) == n
        commits = []
        with RoadmapFile.open(path) as f:
            for i in range(edits):
                index = i % n
                project = copy.deepcopy(loaded.projects[index])
                project.overview += "。"
                t0 = time.perf_counter()
                f.save_project(project, index)
                commits.append(time.perf_counter() - t0)
        size = path.stat().st_size
    bars = sum(len(i.plan) + len(i.actual) for p in roadmap.projects for i in p.initiatives)
    print(f"projects: {n}, initiatives: {sum(len(p.initiatives) for p in roadmap.projects)}, bars: {bars}, "
          f"file: {size / 1e6:.2f} MB, create: {create_s:.3f} s")  # fmt: skip
    print(f"open + load everything: median {statistics.median(opens):.3f} s  target <= 0.2 s")
    print(f"commit one edit (save_project): median {statistics.median(commits) * 1000:.2f} ms "
          f"(max {max(commits) * 1000:.2f} ms over {edits})  target <= 10 ms")  # fmt: skip


if __name__ == "__main__":
    main()
