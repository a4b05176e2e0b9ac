"""Two writers start on one roadmap at the same instant: exactly one may write, and no update is lost.

Each race has two child processes (they live for all races, so each race starts them together within
a fraction of a millisecond): both wait for a start file, then do what ``roadmap import --apply`` does —
open the file for writing, load it, make a backup, write the whole roadmap back with its own change to
one project. A child that is refused prints the message (who holds the file). The parent then checks
that every change a child reported as written is in the file (else a *lost update*), and that no two
children held the file at overlapping times (*two holders*).

With ``--hosts`` each child records another computer name in its lock, as two PCs on a shared folder
would (their processes cannot see each other's, so only the lock file and its heartbeat protect).

    .venv/bin/python bench/bench_lock_race.py [RACES] [--hosts]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import roadmap_desktop.fsutil
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class RaceFigures:
    races: int = 0
    writes: int = 0  # changes reported written
    refused: int = 0  # children told the file is in use
    lost_updates: int = 0
    two_holders: int = 0
    seconds: float = 0.0
    refusals: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"races: {self.races}, changes written: {self.writes}, writers refused: {self.refused}, "
            f"lost updates: {self.lost_updates}, two holders at once: {self.two_holders}, "
            f"problems: {len(self.problems)}, time: {self.seconds:.1f} s"
        )


def _wait_for(path: Path) -> None:
    while not path.exists():
        time.sleep(0.0002)


def child(path: Path, folder: Path, index: int, races: int, host: str) -> None:
    if host:
        roadmap_desktop.fsutil.host_name = lambda: host  # another PC on the shared folder
    from roadmap_desktop.core.errors import RoadmapError

    for race in range(races):
        print(f"ready {race}", flush=True)
        _wait_for(folder / f"start-{race}")
        try:
            with RoadmapFile.open(path) as f:
                start = time.monotonic()  # the span in which this child holds the lock
                roadmap = f.load()
                f.backup()
                roadmap.projects[index].overview = f"race {race} child {index}"
                f.save_all(roadmap)
                end = time.monotonic()
            print(f"saved {race} {start} {end}", flush=True)
        except RoadmapError as e:
            print(f"refused {race} {str(e).replace(chr(10), ' ')}", flush=True)


def run_races(path: Path, races: int = 200, hosts: bool = False) -> RaceFigures:
    RoadmapFile.create(path, load_sample(sample_path()), overwrite=True).close()
    folder = path.parent / "starts"
    folder.mkdir()
    children = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--child",
                str(path),
                str(folder),
                str(i),
                str(races),
                f"PC-{i}" if hosts else "",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for i in range(2)
    ]
    figures = RaceFigures()
    t0 = time.perf_counter()
    try:
        for race in range(races):
            for c in children:
                assert c.stdout is not None
                line = c.stdout.readline().strip()
                if line != f"ready {race}":
                    figures.problems.append(f"race {race}: child not ready: {line!r}")
                    return figures
            (folder / f"start-{race}").touch()
            results = []
            for c in children:
                assert c.stdout is not None
                results.append(c.stdout.readline().split(maxsplit=2))
            figures.races += 1
            with RoadmapFile.open(path, readonly=True) as f:
                roadmap = f.load()
            spans = []
            for i, r in enumerate(results):
                if r[:1] == ["saved"]:
                    figures.writes += 1
                    a, b = r[2].split()
                    spans.append((float(a), float(b)))
                    if roadmap.projects[i].overview != f"race {race} child {i}":
                        figures.lost_updates += 1
                elif r[:1] == ["refused"]:
                    figures.refused += 1
                    if len(figures.refusals) < 3:
                        figures.refusals.append(r[2])
                else:
                    figures.problems.append(f"race {race}: child {i} said {r!r}")
            if len(spans) == 2 and spans[0][0] < spans[1][1] and spans[1][0] < spans[0][1]:
                figures.two_holders += 1
    finally:
        for c in children:
            c.kill()
            _, err = c.communicate()
            if err.strip() and c.returncode not in (0, -9):
                figures.problems.append(err[-500:])
    figures.seconds = time.perf_counter() - t0
    return figures


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(Path(argv[1]), Path(argv[2]), int(argv[3]), int(argv[4]), argv[5])
        return 0
    hosts = "--hosts" in argv
    numbers = [a for a in argv if not a.startswith("--")]
    races = int(numbers[0]) if numbers else 200
    failed = False
    for shared in [True] if hosts else [False, True]:
        with tempfile.TemporaryDirectory() as tmp:
            figures = run_races(Path(tmp) / "race.roadmap", races, hosts=shared)
        where = "shared folder (two computer names)" if shared else "local disk (one computer)"
        print(f"{where}: {figures.summary()}")
        for text in figures.refusals[:1]:
            print("  refused with:", text)
        for problem in figures.problems:
            print("PROBLEM:", problem)
        failed |= bool(figures.problems or figures.lost_updates or figures.two_holders)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
