"""Start-up: process start to the first painted main window with a 150-project roadmap, and memory.

    python bench/bench_startup.py [N] [RUNS] [--instructions]

Each run starts the application in a fresh process (``QT_QPA_PLATFORM=offscreen``) with
``--quit-after-paint``: it prints the seconds from process start to the first paint of the main
window and its resident memory (VmRSS) at that moment. Targets: ≤ 0.6 s, ≤ 200 MB.

The counted runs read our modules' bytecode from a cache that the uncounted first run fills (a private
``PYTHONPYCACHEPREFIX``), as an installed application does (the PyInstaller build ships bytecode). A
shell with ``PYTHONDONTWRITEBYTECODE=1`` would otherwise make every run compile every module anew:
that figure is printed too, for information.

The ratio to a bare Qt window with a 150-row table (target <= 2) is printed twice: the medians' ratio, and
the median of each round's ratio (the two ran back to back); the processor-time figures vary less than
the clock on a shared machine. Where the application's start goes: docs/architecture.md, Start-up.

``--instructions`` counts, once each, the instructions the application and the bare window run until the
report after their first paint (valgrind's callgrind, ~1 minute): exact and the same from run to run,
which the processor time is not when other people's work shares the processor. An instruction is not a
fixed time (a start of more imports than loops runs fewer instructions per second), so the ratio is a
guide; it is what to compare before and after a change.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_roadmap  # also puts the project on sys.path

from roadmap_desktop.storage import RoadmapFile


def run_once(path: Path, home: Path, bytecode: bool = True) -> tuple[float, float, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROADMAP_DESKTOP_HOME": str(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["ROADMAP_DESKTOP_T0"] = repr(time.time())
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "roadmap_desktop", str(path), "--quit-after-paint"],
        env=env, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    wall = time.perf_counter() - t0
    values = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    return float(values["first_paint_s"]), float(values["rss_mb"]), wall, float(values.get("cpu_s", "nan"))


# The yardstick: a bare Qt main window with a 150-row table, started and timed the same way. The
# application's first paint should take at most twice as long (issue: start within 2x a bare window).
BARE = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
t0 = float(os.environ["ROADMAP_DESKTOP_T0"])
app = QApplication(sys.argv[:1])
w = QMainWindow()
table = QTableWidget(150, 6)
for r in range(150):
    for c in range(6):
        table.setItem(r, c, QTableWidgetItem(f"事業 {r} 列 {c}"))
w.setCentralWidget(table)
class First(QObject):
    done = False
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, report)
        return False
def report():
    print(f"first_paint_s={time.time() - t0:.3f}")
    print(f"cpu_s={time.process_time():.3f}")
    app.quit()
f = First(w)
w.installEventFilter(f)
w.resize(1200, 800)
w.show()
app.exec()
"""


def run_bare() -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROADMAP_DESKTOP_T0": repr(time.time())}
    out = subprocess.run([sys.executable, "-c", BARE], env=env, capture_output=True, text=True, check=True, timeout=60)
    values = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    return float(values["first_paint_s"]), float(values["cpu_s"])


# Under valgrind: the report's call of resident_mb (after the first paint) calls os.times(), where
# callgrind writes the instructions counted so far (--dump-before=times); the paint may come late.
APP_COUNTED = r"""
import os, sys
from roadmap_desktop import app
_rss = app.resident_mb
def resident_mb():
    os.times()
    return _rss()
app.resident_mb = resident_mb
# What waits for a timer after the paint must not come before it under valgrind's fiftyfold slowness:
# the fill gauge would load the sheet layout's fonts (~150 M instructions, or not, as the machine's load
# fell). Set just before the window is made, when its modules are loaded (importing them here would
# change what the start imports when).
_font = app.register_app_font
def register_app_font():
    from roadmap_desktop.ui import sheet_form, timeline
    sheet_form.GAUGE_DELAY_MS = timeline.LABELS_AFTER_MS = 600000
    return _font()
app.register_app_font = register_app_font
app.AFTER_PAINT_AT_LATEST_MS = 600000
sys.exit(app.main(["x", sys.argv[1], "--quit-after-paint"]))
"""


def count_instructions(code: str, args: list[str], env: dict[str, str], out: Path) -> int:
    """Instructions run until the first os.times() call (callgrind's first dump)."""
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--dump-before=times", f"--callgrind-out-file={out}.%p",
         sys.executable, "-c", code, *args],
        env=env, capture_output=True, text=True, check=True, timeout=900,
    )  # fmt: skip
    dump = next(out.parent.glob(out.name + ".*.1"))  # the part before the dump
    return int(next(line for line in dump.read_text().splitlines() if line.startswith("summary:")).split()[1])


def instructions(path: Path, home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROADMAP_DESKTOP_HOME": str(home),
           "PYTHONPYCACHEPREFIX": str(home / "pycache"), "ROADMAP_DESKTOP_T0": repr(time.time())}  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = count_instructions(APP_COUNTED, [str(path)], env, home / "app.callgrind")
    bare = count_instructions(BARE.replace("def report():", "def report():\n    os.times()"), [], env,
                              home / "bare.callgrind")  # fmt: skip
    print(f"instructions to the report after the first paint: application {app / 1e6:.0f} M, "
          f"bare window {bare / 1e6:.0f} M, ratio {app / bare:.2f}")  # fmt: skip


def main() -> None:
    counting = "--instructions" in sys.argv
    argv = [a for a in sys.argv if a != "--instructions"]
    n = int(argv[1]) if len(argv) > 1 else 150
    runs = int(argv[2]) if len(argv) > 2 else 5
    if counting and shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.roadmap"
        RoadmapFile.create(path, generate_roadmap(n=n, seed=0)).close()
        run_once(path, Path(tmp))  # warm the OS file cache and fill the bytecode cache; not counted
        results, compiling, bare = [], [], []
        for _ in range(runs):  # interleaved, so that a busy moment weighs on all alike
            results.append(run_once(path, Path(tmp)))
            compiling.append(run_once(path, Path(tmp), bytecode=False)[0])
            bare.append(run_bare())
        if counting:
            instructions(path, Path(tmp))
    paint = [r[0] for r in results]
    rss = [r[1] for r in results]
    wall = [r[2] for r in results]
    cpu = [r[3] for r in results]
    print(f"projects: {n}, runs: {runs}")
    print(f"first paint after process start: median {statistics.median(paint):.3f} s "
          f"(min {min(paint):.3f}, max {max(paint):.3f})  target <= 0.6 s")  # fmt: skip
    print(f"  processor time used until then: median {statistics.median(cpu):.3f} s (steadier on a busy machine)")
    print(f"  the same, compiling every module:  median {statistics.median(compiling):.3f} s (no bytecode cache)")
    bare_paint = statistics.median(b[0] for b in bare)
    bare_cpu = statistics.median(b[1] for b in bare)
    print(f"a bare Qt window, 150-row table:  median {bare_paint:.3f} s, processor {bare_cpu:.3f} s (same run)")
    print(f"  ratio application / bare window: {statistics.median(paint) / bare_paint:.2f} by the clock, "
          f"{statistics.median(cpu) / bare_cpu:.2f} by processor time  target <= 2")  # fmt: skip
    # each round's pair ran back to back, under the same load from the machine's other users
    by_round = [r[0] / b[0] for r, b in zip(results, bare, strict=True)]
    cpu_by_round = [r[3] / b[1] for r, b in zip(results, bare, strict=True)]
    print(f"  the same, median of each round's ratio: {statistics.median(by_round):.2f} by the clock, "
          f"{statistics.median(cpu_by_round):.2f} by processor time")  # fmt: skip
    print(f"resident memory after opening:   median {statistics.median(rss):.1f} MB  target <= 200 MB")
    print(f"whole process (start to exit):   median {statistics.median(wall):.3f} s")


if __name__ == "__main__":
    main()
