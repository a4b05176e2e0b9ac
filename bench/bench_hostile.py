"""Hostile files (tests/hostile_files.py): each must be refused with a message within 5 s and 500 MB.

Each case runs in a fresh process (its peak memory is its own, worker processes included); the
file is built first, then only the reading is timed.

    python bench/bench_hostile.py
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

TARGET_SECONDS = 5.0
TARGET_MB = 500
LIMIT_SECONDS = 120  # a case still running then is reported as a hang


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # kilobytes on Linux


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_case(name: str) -> dict[str, object]:
    import hostile_files as H

    from roadmap_desktop.core.errors import RoadmapError
    from roadmap_desktop.core.sample import load_sample
    from roadmap_desktop.importing.pdf import read_pdf
    from roadmap_desktop.importing.xlsx import read_xlsx
    from roadmap_desktop.paths import sample_path

    build = {**H.XLSX_CASES, **H.PDF_CASES}[name]
    roadmap = load_sample(sample_path())
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp))
        size = path.stat().st_size
        read = read_pdf if path.suffix == ".pdf" else read_xlsx
        start = time.perf_counter()
        cpu = _cpu()
        try:
            result = read(path, roadmap.edition)
            outcome, message = "read", f"{len(result.sheets)} sheets"
        except RoadmapError as e:
            outcome, message = "refused", str(e)
        except Exception as e:  # what the bench is here to find
            outcome, message = "TRACEBACK", f"{type(e).__name__}: {e}"
        seconds = time.perf_counter() - start
        cpu = _cpu() - cpu
    return {"outcome": outcome, "message": message, "seconds": seconds, "cpu": cpu, "mb": _peak_mb(), "kb": size / 1024}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        print(json.dumps(run_case(sys.argv[2]), ensure_ascii=False))
        return
    import hostile_files as H

    ok = 0
    names = [*H.XLSX_CASES, *H.PDF_CASES]
    for name in names:
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--case", name],
                capture_output=True,
                text=True,
                timeout=LIMIT_SECONDS,
            )
            r = json.loads(done.stdout.strip().splitlines()[-1])
            stderr = done.stderr.strip()
        except subprocess.TimeoutExpired:
            print(f"{name:32} HANG (> {LIMIT_SECONDS} s)")
            continue
        except (json.JSONDecodeError, IndexError):
            print(f"{name:32} CRASHED: {done.stderr.strip()[-300:]}")
            continue
        # judged on CPU seconds: on a machine shared by many the wall clock measures the others too
        good = r["outcome"] == "refused" and r["cpu"] <= TARGET_SECONDS and r["mb"] <= TARGET_MB and not stderr
        ok += good
        first = str(r["message"]).splitlines()[0]
        print(
            f"{name:32} {r['kb']:7.0f} kB  {r['outcome']:9} {r['seconds']:5.2f} s (CPU {r['cpu']:4.2f} s) {r['mb']:5.0f} MB  "
            f"{'ok ' if good else 'OVER'} {first[:110]}" + (f"\n{'':34}stderr: {stderr[:200]}" if stderr else "")
        )
    print(
        f"{ok}/{len(names)} hostile files refused within {TARGET_SECONDS:.0f} CPU s and {TARGET_MB} MB, nothing on stderr"
        f" (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
