from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.lock import FileLockedError, lock_path
from roadmap_desktop.storage.roadmap_file import CorruptFileError, NewerVersionError, NotARoadmapError, backup_dir
from roadmap_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def test_write_close_reopen_gives_identical_dump(tmp_path: Path, sample: Roadmap) -> None:
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    with RoadmapFile.open(path) as f:
        assert dumps(f.load()) == dumps(sample)


def test_closed_file_is_the_only_file(tmp_path: Path, sample: Roadmap) -> None:
    path = tmp_path / "r.roadmap"
    f = RoadmapFile.create(path, sample)
    f.save_project(sample.projects[0], 0)
    f.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.roadmap"]


def test_edit_is_saved_at_once(sample_file: RoadmapFile) -> None:
    roadmap = sample_file.load()
    p = roadmap.projects[3]
    p.overview = "変更後の概要"
    sample_file.save_project(p, 3)
    with RoadmapFile.open(sample_file.path, readonly=True) as other:
        assert other.load().projects[3].overview == "変更後の概要"


def test_delete_and_reorder(sample_file: RoadmapFile) -> None:
    roadmap = sample_file.load()
    ids = [p.id for p in roadmap.projects]
    sample_file.delete_project(ids[0])
    sample_file.save_order(list(reversed(ids[1:])))
    loaded = sample_file.load()
    assert [p.id for p in loaded.projects] == list(reversed(ids[1:]))


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", NotARoadmapError),
        (b"%PDF-1.7\n...", NotARoadmapError),
        (b"PK\x03\x04 not a roadmap", NotARoadmapError),
        (b"SQLite format 3\x00" + b"\xff" * 200, CorruptFileError),
    ],
)
def test_bad_files_give_a_message_and_stay_unchanged(tmp_path: Path, content: bytes, error: type) -> None:
    path = tmp_path / "bad.roadmap"
    path.write_bytes(content)
    with pytest.raises(error) as info:
        RoadmapFile.open(path)
    assert str(info.value)  # a message for the user
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.roadmap"]


def test_other_sqlite_database_is_not_a_roadmap(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(NotARoadmapError, match="ロードマップのファイルではありません"):
        RoadmapFile.open(path)
    assert _bytes(path) == before


def test_truncated_file_is_corrupt(tmp_path: Path, sample: Roadmap) -> None:
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFileError):
        RoadmapFile.open(path)
    assert path.read_bytes() == data[: len(data) // 2]


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE bar SET start_month = '2024-13' WHERE id = 1",
        "PRAGMA ignore_check_constraints = 1; UPDATE bar SET row = 'plann' WHERE id = 1",
        "UPDATE bar SET end_month = 'R7' WHERE id = 2",
        "UPDATE project SET departments = '[not json' WHERE position = 0",
    ],
    ids=["month-13", "unknown-row", "month-not-a-month", "list-not-json"],
)
def test_a_value_no_program_of_ours_writes_is_refused_with_a_message(
    tmp_path: Path, sample: Roadmap, damage: str
) -> None:
    """Edited by hand or damaged inside its pages: opening says so in Japanese and leaves the file as it
    was (it ended in a traceback: ValueError 'month out of range', KeyError 'plann')."""
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    conn = sqlite3.connect(path)
    conn.executescript(damage)
    conn.commit()
    conn.close()
    before = path.read_bytes()
    f = RoadmapFile.open(path)
    try:
        with pytest.raises(CorruptFileError, match="中身が壊れているため開けません"):
            f.load()
    finally:
        f.close()
    assert path.read_bytes() == before


def test_newer_version_is_refused_untouched(tmp_path: Path, sample: Roadmap) -> None:
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(NewerVersionError, match="新しいバージョン"):
        RoadmapFile.open(path)
    assert _bytes(path) == before


def test_migration_from_v1_keeps_data_and_makes_backup(tmp_path: Path, sample: Roadmap) -> None:
    # Build a version-1 file by hand: the v1 schema and the same rows a current file has.
    current = tmp_path / "current.roadmap"
    RoadmapFile.create(current, sample).close()
    old = tmp_path / "old.roadmap"
    conn = sqlite3.connect(old)
    for statement in MIGRATIONS[0].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("ATTACH ? AS cur", (str(current),))
    conn.execute("INSERT INTO edition SELECT id, title, fiscal_year, first_sheet_no FROM cur.edition")
    for table in ("project", "initiative", "bar"):
        conn.execute(f"INSERT INTO {table} SELECT * FROM cur.{table}")
    conn.commit()
    conn.execute("DETACH cur")
    conn.close()
    # a v1 file had no 基準月 nor 発行: it loads with them not set, everything else as it was
    sample.edition.reference_month, sample.edition.issuer = None, ""
    with RoadmapFile.open(old) as f:
        assert dumps(f.load()) == dumps(sample)
        assert f.last_backup is not None and f.last_backup.parent == backup_dir(old)
    check = sqlite3.connect(f.last_backup)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    check.close()
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_second_writer_is_told_who_and_can_read(sample_file: RoadmapFile) -> None:
    with pytest.raises(FileLockedError) as info:
        RoadmapFile.open(sample_file.path)
    assert info.value.holder is not None and info.value.holder.pid == os.getpid()
    assert "編集中" in str(info.value)
    with RoadmapFile.open(sample_file.path, readonly=True) as ro:
        assert len(ro.load().projects) == 20
        with pytest.raises(RoadmapError, match="読み取り専用"):
            ro.save_order([])


def test_stale_lock_of_dead_process_is_taken_over(tmp_path: Path, sample: Roadmap) -> None:
    import json
    import socket

    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    lock_path(path).write_text(
        json.dumps({"user": "x", "host": socket.gethostname(), "pid": 2**22 + 12345, "since": "-"})
    )
    with RoadmapFile.open(path) as f:
        assert not f.readonly
    assert not lock_path(path).exists()


def test_lock_from_another_computer_is_respected(tmp_path: Path, sample: Roadmap) -> None:
    import json

    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    lock_path(path).write_text(
        json.dumps({"user": "tanaka", "host": "PC-OTHER", "pid": 1, "since": "2026-11-28 09:00"})
    )
    with pytest.raises(FileLockedError, match="tanaka"):
        RoadmapFile.open(path)


def test_failed_write_leaves_file_as_it_was(sample_file: RoadmapFile) -> None:
    roadmap = sample_file.load()
    before = dumps(roadmap)

    class Boom(Exception):
        pass

    with pytest.raises(Boom), sample_file.transaction() as c:
        c.execute("DELETE FROM project")
        raise Boom
    assert dumps(sample_file.load()) == before


def test_create_refuses_to_overwrite(tmp_path: Path, sample: Roadmap) -> None:
    path = tmp_path / "r.roadmap"
    path.write_bytes(b"keep me")
    with pytest.raises(RoadmapError, match="既に存在"):
        RoadmapFile.create(path, sample)
    assert path.read_bytes() == b"keep me"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_new_files_get_ordinary_permissions_for_shared_folders(tmp_path: Path, sample: Roadmap) -> None:
    from roadmap_desktop.export.atomic import atomic_output

    umask = os.umask(0o022)
    try:
        path = tmp_path / "r.roadmap"
        RoadmapFile.create(path, sample).close()
        assert path.stat().st_mode & 0o777 == 0o644
        with atomic_output(tmp_path / "out.pdf") as tmp:
            tmp.write_bytes(b"%PDF")
        assert (tmp_path / "out.pdf").stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(umask)


def test_the_editions_reference_month_and_issue_are_kept_and_a_garbled_one_reads_as_unset(
    tmp_path: Path, sample: Roadmap
) -> None:
    path = tmp_path / "r.roadmap"
    sample.edition.reference_month = Month(2025, 3)
    sample.edition.issuer = "総務部 行政経営課"
    sample.edition.issued = date(2025, 3, 31)
    RoadmapFile.create(path, sample).close()
    with RoadmapFile.open(path) as f:
        edition = f.load().edition
        assert (edition.reference_month, edition.issuer, edition.issued) == (
            Month(2025, 3),
            "総務部 行政経営課",
            date(2025, 3, 31),
        )
        edition.reference_month, edition.issued = None, None
        f.save_edition(edition)
    with RoadmapFile.open(path) as f:
        assert f.load().edition.reference_month is None and f.load().edition.issued is None
    conn = sqlite3.connect(path)  # another program wrote nonsense into the columns
    conn.execute("UPDATE edition SET reference_month = '3月', issued = 'きのう'")
    conn.commit()
    conn.close()
    with RoadmapFile.open(path, readonly=True) as f:
        edition = f.load().edition
    assert edition.reference_month is None and edition.issued is None and edition.issuer == "総務部 行政経営課"
