"""The lock cannot be stolen: racing writers, empty and half-made locks, takeovers, lost claims."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from bench_lock_race import run_races

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.fsutil import TEMP_STALE_S, host_tag
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage import lock as lock_module
from roadmap_desktop.storage.lock import FileLock, FileLockedError, LockHolder, lock_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def path(tmp_path: Path, sample: Roadmap) -> Path:
    p = tmp_path / "r.roadmap"
    RoadmapFile.create(p, sample).close()
    return p


def _load(path: Path) -> Roadmap:
    with RoadmapFile.open(path, readonly=True) as f:
        return f.load()


def _lock_text(host: str, pid: int, token: str = "t") -> str:
    return json.dumps({"user": "tanaka", "host": host, "pid": pid, "since": "2026-11-28 09:00", "token": token})


def _age(path: Path, seconds: float) -> None:
    t = time.time() - seconds
    os.utime(path, (t, t))


@pytest.mark.parametrize("hosts", [False, True], ids=["local-disk", "shared-folder"])
def test_synchronised_writers_one_writes_none_lost(tmp_path: Path, hosts: bool) -> None:
    figures = run_races(tmp_path / "race.roadmap", races=25, hosts=hosts)
    assert figures.problems == []
    assert figures.races == 25
    assert figures.lost_updates == 0
    assert figures.two_holders == 0
    assert figures.writes + figures.refused == 50
    assert figures.refused > 0  # the starts really overlapped
    holder = "PC-" if hosts else socket.gethostname()
    assert all("編集中" in text and holder in text for text in figures.refusals)


def test_threads_racing_for_one_lock_get_one_holder(path: Path) -> None:
    for _ in range(30):
        barrier = threading.Barrier(6)
        won: list[FileLock] = []
        refused: list[FileLockedError] = []

        def take(barrier: threading.Barrier = barrier, won: list[FileLock] = won,
                 refused: list[FileLockedError] = refused) -> None:  # fmt: skip
            lock = FileLock(path)
            barrier.wait()
            try:
                lock.acquire()
                won.append(lock)
            except FileLockedError as e:
                refused.append(e)

        threads = [threading.Thread(target=take) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(won) == 1 and len(refused) == 5
        won[0].release()
        assert not lock_path(path).exists()


def test_empty_lock_just_created_by_another_process_is_respected(path: Path) -> None:
    lock_path(path).write_bytes(b"")  # another process between O_EXCL and writing its content
    with pytest.raises(FileLockedError, match="不明な利用者"):
        RoadmapFile.open(path)
    assert lock_path(path).read_bytes() == b""
    _age(lock_path(path), lock_module.STALE_AFTER_S + 60)  # ... left empty for long: a crash
    with RoadmapFile.open(path) as f:
        assert not f.readonly


def test_other_computer_lock_is_stale_only_when_its_heartbeat_is_old(path: Path) -> None:
    lock_path(path).write_text(_lock_text("PC-OTHER", os.getpid() + 1))
    _age(lock_path(path), lock_module.STALE_AFTER_S - 60)
    with pytest.raises(FileLockedError, match="tanaka（PC-OTHER"):
        RoadmapFile.open(path)
    _age(lock_path(path), lock_module.STALE_AFTER_S + 60)
    with RoadmapFile.open(path) as f:
        assert f.readonly is False
        assert lock_module.read_holder(path) == LockHolder(*[json.loads(lock_path(path).read_text())[k]
                                                            for k in ("user", "host", "pid", "since", "token")])  # fmt: skip
        assert lock_module.read_holder(path).pid == os.getpid()  # type: ignore[union-attr]


def test_heartbeat_keeps_the_lock_fresh(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock_module, "HEARTBEAT_S", 0.05)
    with RoadmapFile.open(path):
        content = lock_path(path).read_bytes()
        _age(lock_path(path), 3600)
        deadline = time.time() + 5
        while time.time() - lock_path(path).stat().st_mtime > 60 and time.time() < deadline:
            time.sleep(0.02)
        assert time.time() - lock_path(path).stat().st_mtime < 60
        assert lock_path(path).read_bytes() == content
    assert not lock_path(path).exists()


def test_writer_that_lost_its_lock_cannot_write(path: Path) -> None:
    before = dumps(_load(path))
    f = RoadmapFile.open(path)
    roadmap = f.load()
    # Taken over by another computer (say, this one slept past the stale time).
    lock_path(path).unlink()
    lock_path(path).write_text(_lock_text("PC-OTHER", 4242, "theirs"))
    roadmap.projects[0].overview = "lost"
    with pytest.raises(FileLockedError, match=r"編集の権利が失われました.*PC-OTHER"):
        f.save_all(roadmap)
    with pytest.raises(FileLockedError):
        f.save_project(roadmap.projects[0], 0)
    f.close()
    assert dumps(_load(path)) == before
    assert "PC-OTHER" in lock_path(path).read_text()  # closing did not remove the other's lock


def test_two_takers_of_one_stale_lock_do_not_remove_each_others_new_lock(path: Path) -> None:
    stale = _lock_text(socket.gethostname(), 2**22 + 12345, "dead").encode()
    lock_path(path).write_bytes(stale)
    a = FileLock(path)
    a.acquire()  # took the dead process's lock over
    try:
        # B judged the same dead lock stale a moment ago and now takes over what it saw.
        b = FileLock(path)
        assert b._take_over(lock_path(path), stale, b"b") is True
        assert a.verify()  # A's new lock is still in place
        with pytest.raises(FileLockedError):
            b.acquire()
    finally:
        a.release()


def test_takeover_guard_of_a_live_process_blocks_and_of_a_dead_one_is_cleared(path: Path) -> None:
    stale = _lock_text(socket.gethostname(), 2**22 + 12345, "dead")
    lock_path(path).write_text(stale)
    guard = lock_path(path).with_name(lock_path(path).name + ".takeover")
    guard.write_text(_lock_text("PC-OTHER", 1, "busy"))  # someone is taking over right now
    with pytest.raises(FileLockedError):
        RoadmapFile.open(path)
    assert lock_path(path).read_text() == stale
    guard.write_text(_lock_text(socket.gethostname(), 2**22 + 12346, "died-while-taking-over"))
    with RoadmapFile.open(path) as f:
        assert not f.readonly
    assert not guard.exists()


def test_temporary_lock_files_of_killed_processes_are_removed(path: Path) -> None:
    tag = host_tag()
    dead = path.with_name(f".~{lock_path(path).name}.{tag}-{2**22 + 12345}-abcd1234.tmp")
    dead.write_bytes(b"")
    other = path.with_name(f".~{lock_path(path).name}.00000000-1-abcd1234.tmp")  # another PC's, fresh
    other.write_bytes(b"{}")
    old = path.with_name(f".~{lock_path(path).name}.00000000-2-abcd1234.tmp")
    old.write_bytes(b"{}")
    _age(old, TEMP_STALE_S + 60)
    unrelated = path.with_name(".~notes.tmp")
    unrelated.write_bytes(b"x")
    with RoadmapFile.open(path):
        pass
    assert not dead.exists() and not old.exists()
    assert other.exists() and unrelated.exists()


def test_no_hard_links_falls_back_to_exclusive_create(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_link(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)
    with RoadmapFile.open(path):
        assert lock_module.read_holder(path).pid == os.getpid()  # type: ignore[union-attr]
        with pytest.raises(FileLockedError):
            RoadmapFile.open(path)
    assert sorted(p.name for p in path.parent.iterdir()) == ["r.roadmap"]


# --- two command lines: `roadmap import --apply` started at the same instant -----------------------

_CHILD = """
import sys, time
from pathlib import Path
import roadmap_desktop.fsutil
host, start = sys.argv[1], Path(sys.argv[2])
if host:
    roadmap_desktop.fsutil.host_name = lambda: host  # another PC
from roadmap_desktop.cli import main
print("ready", flush=True)
while not start.exists():
    time.sleep(0.0002)
sys.exit(main(sys.argv[3:]))
"""


def _reply(tmp_path: Path, exported: Path, name: str, sheet_no: int, budget: int) -> Path:
    wb = openpyxl.load_workbook(exported)
    ws = wb["一覧"]
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == sheet_no)
    ws.cell(row, 6).value = budget
    out = tmp_path / name
    wb.save(out)
    return out


@pytest.mark.parametrize("hosts", [False, True], ids=["local-disk", "shared-folder"])
def test_two_command_line_imports_at_once_one_applies_nothing_lost(
    tmp_path: Path, sample: Roadmap, hosts: bool
) -> None:
    original = tmp_path / "orig.roadmap"
    RoadmapFile.create(original, sample).close()
    exported = tmp_path / "out.xlsx"
    with RoadmapFile.open(original, readonly=True) as f:
        from roadmap_desktop.export.xlsx import export_xlsx

        export_xlsx(f.load(), list(sample.projects), exported)
    replies = [_reply(tmp_path, exported, "a.xlsx", 57, 1111), _reply(tmp_path, exported, "b.xlsx", 60, 2222)]
    # What each reply alone makes of the file, applied one after the other by hand.
    expected = []
    for i, reply in enumerate(replies):
        copy = tmp_path / f"expected{i}.roadmap"
        shutil.copy(original, copy)
        assert main(["import", str(copy), str(reply), "--apply"]) == 0
        expected.append(dumps(_load(copy)))
    assert expected[0] != expected[1] != dumps(sample)

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for race in range(1):
        target = tmp_path / f"race{race}.roadmap"
        shutil.copy(original, target)
        start = tmp_path / f"start{race}"
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _CHILD,
                    f"PC-{i}" if hosts else "",
                    str(start),
                    "import",
                    str(target),
                    str(reply),
                    "--apply",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
                env=env,
            )
            for i, reply in enumerate(replies)
        ]
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        start.touch()
        outcomes = [(*p.communicate(timeout=120), p.returncode) for p in procs]
        applied = [i for i, (out, _err, rc) in enumerate(outcomes) if rc == 0 and "取り込みました" in out]
        refused = [i for i, (_out, err, rc) in enumerate(outcomes) if rc == 1 and "編集中" in err]
        assert sorted(applied + refused) == [0, 1], outcomes
        result = dumps(_load(target))
        if len(applied) == 1:  # the usual case: one applied, the other was told who holds the file
            assert result == expected[applied[0]]
            holder = f"PC-{applied[0]}" if hosts else socket.gethostname()
            assert holder in outcomes[refused[0]][1]
        else:  # one finished before the other started: both changes are in, none lost
            roadmap = _load(target)
            budgets = {p.id: p.budget for p in roadmap.projects}
            assert sorted(budgets.values()).count(1111) == 1 and sorted(budgets.values()).count(2222) == 1


def test_a_network_hiccup_reading_the_lock_is_not_a_lost_lock(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    with RoadmapFile.open(path) as f:
        roadmap = f.load()
        real = Path.read_bytes
        failures = {"left": 1}

        def flaky(self: Path) -> bytes:
            if self.name.endswith(".lock") and failures["left"]:
                failures["left"] -= 1
                raise OSError(errno.EIO, "Input/output error")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", flaky)
        roadmap.projects[0].overview = "saved after a hiccup"
        f.save_project(roadmap.projects[0], 0)
        assert failures["left"] == 0
    assert _load(path).projects[0].overview == "saved after a hiccup"
