"""Kill a writer at random moments and check that the roadmap file survives with every saved edit.

A child process (this file run with ``--child FILE``) edits one project in a loop through
:class:`RoadmapFile` — ``overview = "edit n"`` with a rising counter; every fifth edit rewrites the
whole roadmap with ``save_all``, and every seventh is followed by a ``backup()`` as before an import —
and prints ``saved n`` (flushed) after each save returns. The parent SIGKILLs it after a random 5–80 ms
(sometimes also a second writer while it starts, i.e. while it rolls back the first one's journal), then
reopens the file (taking over the dead child's lock file), runs ``PRAGMA integrity_check`` and checks that
the stored counter is the last reported one (or one after it, whose commit finished before the print) and
that nothing else changed; every file in the backup folder must be a healthy roadmap too (a backup cut
short must not be left there).

    .venv/bin/python bench/bench_faults.py [KILLS]

``tests/test_fault_kill.py`` runs the same loop.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.lock import lock_path
from roadmap_desktop.storage.roadmap_file import SUFFIX, backup_dir

ROOT = Path(__file__).resolve().parents[1]
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_COUNTER = re.compile(r"edit (\d+)")


@dataclass
class FaultFigures:
    kills: int = 0
    edits_confirmed: int = 0  # "saved n" lines read from children, all found in the file afterwards
    max_counter: int = 0
    hot_journals: int = 0  # kills that left a journal to roll back on the next open
    unused_journals: int = 0  # kills before the journal was complete: SQLite ignores it, the file was not touched
    stale_locks: int = 0  # kills that left the child's lock file, taken over on the next open
    in_flight_committed: int = 0  # the edit being saved at the kill was in the file, though not yet reported
    early_kills: int = 0  # extra writers killed while starting up: opening, taking the lock, rolling back
    backups_checked: int = 0
    backups_interrupted: int = 0  # temporary files of backups cut short (never a broken .roadmap)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"kills: {self.kills}, edits confirmed: {self.edits_confirmed}, max counter: {self.max_counter}, "
            f"hot journals rolled back: {self.hot_journals}, unfinished journals ignored: {self.unused_journals}, "
            f"stale locks taken over: {self.stale_locks}, kills while starting: {self.early_kills}, "
            f"in-flight edits found committed: {self.in_flight_committed}, backups checked: {self.backups_checked}, "
            f"backups cut short (temporary file left): {self.backups_interrupted}, "
            f"problems: {len(self.problems)}, "
            f"time: {self.seconds:.1f} s"
        )


def _counter(roadmap: Roadmap) -> int:
    m = _COUNTER.fullmatch(roadmap.projects[0].overview)
    return int(m.group(1)) if m else 0


def _without_counter(roadmap: Roadmap) -> str:
    roadmap.projects[0].overview = ""
    return dumps(roadmap)


def child(path: Path) -> None:
    """The writer: edit, save, report, forever (until killed)."""
    f = RoadmapFile.open(path)
    roadmap = f.load()
    n = _counter(roadmap)
    print("ready", flush=True)
    while True:
        n += 1
        roadmap.projects[0].overview = f"edit {n}"
        if n % 5 == 0:
            f.save_all(roadmap)
        else:
            f.save_project(roadmap.projects[0], 0)
        print(f"saved {n}", flush=True)
        if n % 7 == 0:
            f.backup()


def _check_after_kill(path: Path, last_saved: int, in_flight: int, expected: str, figures: FaultFigures) -> int:
    """Reopen as the user would and check everything; return the stored counter."""
    with RoadmapFile.open(path) as f:  # takes over the dead child's lock; rolls back a hot journal
        result = f._conn.execute("PRAGMA integrity_check").fetchone()[0]
        roadmap = f.load()
    if result != "ok":
        figures.problems.append(f"integrity_check after kill {figures.kills}: {result}")
    stored = _counter(roadmap)
    if stored < last_saved:
        figures.problems.append(f"kill {figures.kills}: edit {last_saved} reported saved but file has {stored}")
    elif stored > last_saved + in_flight:
        figures.problems.append(
            f"kill {figures.kills}: file has {stored}, beyond the edits in flight ({last_saved} + {in_flight})"
        )
    if _without_counter(roadmap) != expected:
        figures.problems.append(f"kill {figures.kills}: other content changed")
    return stored


def _is_hot(journal: Path) -> bool:
    """A journal SQLite will play back. With synchronous=FULL its magic number is written only after its
    content is safely on disk and before the database is touched; a kill before that leaves a journal
    with a zeroed header, which SQLite ignores (the database was not changed)."""
    with journal.open("rb") as f:
        return f.read(8) == _JOURNAL_MAGIC


def _check_backups(path: Path, figures: FaultFigures) -> None:
    """Every file in the backup folder opens as a roadmap; then clear it so the next round checks only its own."""
    folder = backup_dir(path)
    if not folder.exists():
        return
    for p in sorted(folder.iterdir()):
        if p.name.startswith(".~") and p.suffix == ".tmp":  # a backup cut short, under its temporary name
            figures.backups_interrupted += 1
        elif p.suffix != SUFFIX:
            figures.problems.append(f"kill {figures.kills}: stray file in the backups: {p.name}")
        else:
            try:
                with RoadmapFile.open(p, readonly=True) as f:
                    f.load()
                figures.backups_checked += 1
            except RoadmapError as e:
                figures.problems.append(f"kill {figures.kills}: broken backup {p.name}: {e}")
        p.unlink(missing_ok=True)  # a journal may have been rolled back (and removed) by opening its file


def run_kills(
    path: Path,
    kills: int = 200,
    seed: int = 1,
    delays_ms: tuple[int, int] = (5, 80),
    early_share: float = 0.15,
    early_ms: tuple[int, int] = (30, 90),
) -> FaultFigures:
    """Create *path* from the sample and kill *kills* writers on it; the figures hold any problems found."""
    rng = random.Random(seed)
    RoadmapFile.create(path, load_sample(sample_path()), overwrite=True).close()
    with RoadmapFile.open(path, readonly=True) as f:
        expected = _without_counter(f.load())
    figures = FaultFigures()
    journal = path.with_name(path.name + "-journal")
    start = time.perf_counter()
    for _ in range(kills):
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(path)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )  # fmt: skip
        assert proc.stdout is not None
        first = proc.stdout.readline()
        if first.strip() != "ready":
            proc.kill()
            _, err = proc.communicate()
            figures.problems.append(f"child did not start: {first!r} {err[-500:]}")
            break
        time.sleep(rng.uniform(*delays_ms) / 1000)
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        figures.kills += 1
        if proc.returncode != -signal.SIGKILL:
            figures.problems.append(f"child ended by itself ({proc.returncode}): {err[-500:]}")
            break
        saved = [int(line.split()[1]) for line in out.splitlines() if line.startswith("saved ")]
        if rng.random() < early_share:
            # One more writer, killed while it starts: while it opens the file and rolls back the journal
            # the first one left, or just after. Whatever it reported saved counts too.
            figures.early_kills += 1
            early = subprocess.Popen(
                [sys.executable, __file__, "--child", str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
            )
            time.sleep(rng.uniform(*early_ms) / 1000)
            early.kill()
            out2, _ = early.communicate()
            saved2 = [int(line.split()[1]) for line in out2.splitlines() if line.startswith("saved ")]
            # Unreported, the first writer's last edit and the second's first may both have been committed.
            in_flight = 1 if saved2 else 2
            saved += saved2
        else:
            in_flight = 1
        last_saved = saved[-1] if saved else figures.max_counter
        figures.edits_confirmed += len(saved)
        if journal.exists():
            hot = _is_hot(journal)
            figures.hot_journals += hot
            figures.unused_journals += not hot
        figures.stale_locks += lock_path(path).exists()
        stored = _check_after_kill(path, last_saved, in_flight, expected, figures)
        figures.in_flight_committed += stored > last_saved
        figures.max_counter = max(figures.max_counter, stored)
        _check_backups(path, figures)
    figures.seconds = time.perf_counter() - start
    # Nothing left beside the file once the last check closed it.
    backup_dir(path).rmdir()
    leftovers = sorted(p.name for p in path.parent.iterdir() if p != path)
    if journal.exists() and not _is_hot(journal):
        leftovers.remove(journal.name)  # see _is_hot: ignored by SQLite, replaced by the next edit
    if leftovers:
        figures.problems.append(f"files left beside the roadmap: {leftovers}")
    with sqlite3.connect(path) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            figures.problems.append("final integrity_check failed")
    conn.close()
    return figures


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(Path(argv[1]))
        return 0
    kills = int(argv[0]) if argv else 200
    with tempfile.TemporaryDirectory() as tmp:
        figures = run_kills(Path(tmp) / "faults.roadmap", kills)
    print(figures.summary())
    for problem in figures.problems:
        print("PROBLEM:", problem)
    return 1 if figures.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
