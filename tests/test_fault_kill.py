"""A writer killed at any moment (SIGKILL, like a crash or power cut) loses nothing it reported as saved."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_faults import run_kills

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.roadmap_file import backup_dir


def test_200_kills_leave_a_healthy_file_with_every_saved_edit(tmp_path: Path) -> None:
    figures = run_kills(tmp_path / "kill.roadmap", kills=200, seed=20261128)
    print("\n" + figures.summary())
    assert figures.problems == []
    assert figures.kills == 200
    # The kills really landed mid-work: edits went through, and some kills interrupted a transaction.
    assert figures.edits_confirmed >= 200
    assert figures.max_counter >= figures.edits_confirmed
    assert figures.hot_journals > 0
    assert figures.backups_checked > 0
    assert figures.early_kills > 0  # some writers were killed while opening, i.e. while rolling back
    # A kill before the writer took its lock leaves none to take over, so not every kill leaves one.
    assert figures.kills // 2 < figures.stale_locks <= figures.kills


def test_backup_is_complete_or_absent_and_old_leftovers_are_cleared(tmp_path: Path) -> None:
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, load_sample(sample_path())).close()
    folder = backup_dir(path)
    folder.mkdir()
    old = folder / ".~r-20260101-000000-000000.tmp"  # a backup cut short long ago
    recent = folder / ".~r-20261128-000000-000000.tmp"  # perhaps another instance's backup in progress
    old.write_bytes(b"SQLite format 3\x00 half")
    recent.write_bytes(b"SQLite format 3\x00 half")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    with RoadmapFile.open(path) as f:
        made = f.backup()
        expected = dumps(f.load())
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, recent.name])
    with RoadmapFile.open(made, readonly=True) as b:
        assert dumps(b.load()) == expected
