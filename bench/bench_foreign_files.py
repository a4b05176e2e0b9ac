"""Every .xlsx and .pdf of a folder (files other people's programs wrote: test corpora of spreadsheet
and PDF libraries, for instance) read into the sample roadmap's plan, one file at a time.

Per file: refused (the message) / read (sheets, changes proposed) / TRACEBACK, seconds, peak MB;
then the counts, and every file over 5 s or 500 MB. Each file is read in a forked child of a process
that has already imported everything, so its figures are its own and a hang is cut off.

    python bench/bench_foreign_files.py FOLDER [FOLDER ...] [--limit N] [--seed S] [--quiet]

Without a folder (bench/run_all.py) there is nothing to read and it says so.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import resource
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 5.0
TARGET_MB = 500
HANG_SECONDS = 60


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # PDF worker processes
    return max(own, children) / 1024


def _cpu() -> float:
    """CPU seconds of this process and its finished children: on a machine shared by many, the wall
    clock says more about the others than about the reader."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _read(path: Path) -> dict[str, Any]:
    import roadmap_desktop.importing.pdf as pdf_reader
    from roadmap_desktop.core.errors import RoadmapError
    from roadmap_desktop.core.sample import load_sample
    from roadmap_desktop.importing.merge import ChangeKind, plan_import
    from roadmap_desktop.importing.pdf import read_pdf
    from roadmap_desktop.importing.xlsx import read_xlsx
    from roadmap_desktop.paths import sample_path

    # every page here, not in worker processes: their CPU time would escape getrusage (the app reads
    # a long PDF on two workers, so its wall time is about half of what is measured here)
    pdf_reader.PARALLEL_MIN_PAGES = 10**9
    roadmap = load_sample(sample_path())
    read = read_pdf if path.suffix.lower() == ".pdf" else read_xlsx
    start = time.perf_counter()
    cpu = _cpu()
    try:
        result = read(path, roadmap.edition)
        plan = plan_import(roadmap, result)
        changed = sum(1 for c in plan if c.kind != ChangeKind.UNCHANGED)
        out = {"outcome": "read", "detail": f"{len(result.sheets)} sheets, {changed} changes proposed"}
    except RoadmapError as e:
        out = {"outcome": "refused", "detail": str(e).replace("\n", " / ")}
    except BaseException as e:  # what the bench is here to find
        out = {"outcome": "TRACEBACK", "detail": "".join(traceback.format_exception(e)[-3:]).strip()}
    out["seconds"] = time.perf_counter() - start
    out["cpu"] = _cpu() - cpu
    out["mb"] = _peak_mb()
    return out


def _in_child(path: Path, hang: float = HANG_SECONDS) -> dict[str, Any]:
    """Read *path* in a forked child; its result comes back through a pipe."""
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(rfd)
        try:
            data = json.dumps(_read(path), ensure_ascii=False).encode()
        except BaseException as e:
            data = json.dumps(
                {"outcome": "TRACEBACK", "detail": repr(e), "seconds": 0, "cpu": 0, "mb": _peak_mb()}
            ).encode()
        with os.fdopen(wfd, "wb") as w:
            w.write(data)
        os._exit(0)
    os.close(wfd)
    start = time.monotonic()
    chunks: list[bytes] = []
    os.set_blocking(rfd, False)
    while True:
        try:
            chunk = os.read(rfd, 65536)
            if chunk:
                chunks.append(chunk)
            else:
                break  # the child closed its end: done
        except BlockingIOError:
            if time.monotonic() - start > hang:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                os.close(rfd)
                return {
                    "outcome": "HANG",
                    "detail": f"killed after {hang:.0f} s",
                    "seconds": hang,
                    "cpu": 0,
                    "mb": 0,
                }
            time.sleep(0.02)
    os.close(rfd)
    _, status = os.waitpid(pid, 0)
    if not chunks:
        return {"outcome": "CRASHED", "detail": f"exit status {status}", "seconds": 0, "cpu": 0, "mb": 0}
    result: dict[str, Any] = json.loads(b"".join(chunks))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="read at most N files (a random sample)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quiet", action="store_true", help="print only files that are not refused or read")
    parser.add_argument("--hang", type=float, default=HANG_SECONDS, help="wall seconds before a file counts as hung")
    args = parser.parse_args()
    if not args.folders:
        print("bench_foreign_files: no folder given, nothing to read (python bench/bench_foreign_files.py FOLDER)")
        return 0
    files = sorted(
        p for folder in args.folders for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in (".xlsx", ".pdf")
    )
    if args.limit and len(files) > args.limit:
        files = sorted(random.Random(args.seed).sample(files, args.limit))
    for module in ("roadmap_desktop.importing.pdf", "roadmap_desktop.importing.xlsx"):
        importlib.import_module(module)  # once, before the children fork

    counts: dict[str, int] = {}
    slow: list[str] = []
    for path in files:
        r = _in_child(path, args.hang)
        counts[r["outcome"]] = counts.get(r["outcome"], 0) + 1
        over = r["cpu"] > TARGET_SECONDS or r["mb"] > TARGET_MB  # CPU: see _cpu
        if over:
            slow.append(f"{path.name} ({r['seconds']:.1f} s, CPU {r['cpu']:.1f} s, {r['mb']:.0f} MB)")
        if not args.quiet or over or r["outcome"] not in ("read", "refused"):
            print(
                f"{path.name[:48]:48} {r['outcome']:9} {r['seconds']:6.2f} s (CPU {r['cpu']:5.2f} s) {r['mb']:5.0f} MB  "
                f"{r['detail'][:160]}"
            )
    total = len(files)
    print(f"\n{total} files: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores (wall seconds grow with it; CPU seconds less)")
    print(f"over {TARGET_SECONDS:.0f} CPU s or {TARGET_MB} MB: {len(slow)}" + ("".join(f"\n  {s}" for s in slow)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
