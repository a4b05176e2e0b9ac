"""A writer killed at any moment (SIGKILL, like a crash or power cut) loses nothing it reported as saved."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_faults import run_kills


def test_200_kills_leave_a_healthy_file_with_every_saved_edit(tmp_path: Path) -> None:
    figures = run_kills(tmp_path / "kill.roadmap", kills=200, seed=20261128)
    print("\n" + figures.summary())
    assert figures.problems == []
    assert figures.kills == 200
    # The kills really landed mid-work: edits went through, and some kills interrupted a transaction.
    assert figures.edits_confirmed >= 200
    assert figures.max_counter >= figures.edits_confirmed
    assert figures.hot_journals > 0
    assert figures.stale_locks == 200
