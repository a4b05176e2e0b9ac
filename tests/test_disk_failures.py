"""A full disk or a read-only place: the user is told in Japanese, and the roadmap file stays exactly as it was.

How the faults are made — chosen so that they are real OS errors and work as root (CI), where permission
bits are ignored and ``chmod`` would prove nothing:

* disk full: a child process in a private mount namespace (``unshare -m``; ``unshare -rm`` for a normal
  user) mounts a small tmpfs over the folder, copies the roadmap in and fills the rest, so writes fail
  with the real ENOSPC. Also a file-size limit (``RLIMIT_FSIZE``, SIGXFSZ ignored: writes fail with EFBIG)
  and SQLite's own ``PRAGMA max_page_count`` (SQLITE_FULL) in-process.
* read-only: a read-only bind mount of the file or of its folder in the same kind of namespace
  (EROFS, as on a read-only share), and ``RoadmapFile.open(readonly=True)``.

The child is this file run as a script with a JSON spec; it prints a JSON result.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the child runs this file as a script

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.atomic import atomic_output
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile

ROOT = Path(__file__).resolve().parents[1]
BIG_TEXT = "県民サービスの向上を図るため、電子申請の拡充に向けた検討を行う。" * 8000  # ~750 KB: the file must grow


# --- the child process --------------------------------------------------------------------------


def _mount_tmpfs(folder: Path, free: int) -> None:
    """Replace *folder* by a tmpfs holding the same files and only *free* bytes of space left."""
    saved = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], check=True)
    for name, data in saved.items():
        (folder / name).write_bytes(data)
    st = os.statvfs(folder)
    filler = st.f_bavail * st.f_frsize - free
    if filler > 0:
        with contextlib.suppress(OSError), (folder / ".filler").open("wb", buffering=0) as f:
            f.write(b"\0" * filler)  # may hit the end of the space by rounding: full is what we want


def _child(spec: dict[str, Any]) -> dict[str, Any]:
    import resource
    import signal

    file = Path(spec["file"])
    fault = spec["fault"]
    if fault == "tmpfs":
        _mount_tmpfs(file.parent, spec["free"])
    elif fault == "ro-file":
        subprocess.run(["mount", "--bind", "-o", "ro", str(file), str(file)], check=True)
    elif fault == "ro-folder":
        subprocess.run(["mount", "--bind", "-o", "ro", str(file.parent), str(file.parent)], check=True)
    elif fault == "rlimit":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (spec["limit"], resource.RLIM_INFINITY))
    result: dict[str, Any] = {"error": None, "error_type": None, "roadmap_error": False}
    try:
        if spec["action"] == "save":
            with RoadmapFile.open(file) as f:
                roadmap = f.load()
                roadmap.projects[0].overview = BIG_TEXT
                f.save_project(roadmap.projects[0], 0)
        elif spec["action"] == "open":
            RoadmapFile.open(file).close()
        elif spec["action"] in ("pdf", "xlsx"):
            with RoadmapFile.open(file, readonly=True) as f:
                roadmap = f.load()
            out = Path(spec["out"])
            if spec["action"] == "pdf":
                from roadmap_desktop.export.pdf import export_pdf

                export_pdf(roadmap, roadmap.projects, out)
            else:
                from roadmap_desktop.export.xlsx import export_xlsx

                export_xlsx(roadmap, roadmap.projects, out)
    except BaseException as e:
        result.update(error=str(e), error_type=type(e).__name__, roadmap_error=isinstance(e, RoadmapError))
    if spec["action"] == "open" and result["roadmap_error"]:
        with RoadmapFile.open(file, readonly=True) as f:  # what the message suggests must then work
            result["readonly_projects"] = len(f.load().projects)
    if fault == "tmpfs":  # the tmpfs vanishes with this process: hand its files to the parent
        copy = Path(spec["copy_to"])
        copy.mkdir()
        for p in file.parent.iterdir():
            if p.name != ".filler":
                shutil.copy2(p, copy / p.name)
    result["listing"] = sorted(p.name for p in file.parent.iterdir() if p.name != ".filler")
    return result


# --- the parent -----------------------------------------------------------------------------------


def _namespace() -> list[str]:
    """A private mount namespace in which the child may mount (root, or a user namespace otherwise)."""
    unshare = shutil.which("unshare")
    assert unshare, "the disk-failure tests need util-linux's unshare"
    return [unshare, "-m", "--propagation", "private"] + ([] if os.geteuid() == 0 else ["-r"])


def _run_child(spec: dict[str, Any], mount: bool = True) -> dict[str, Any]:
    command = [sys.executable, __file__, json.dumps(spec)]
    proc = subprocess.run(
        [*_namespace(), *command] if mount else command, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"\n{spec['fault']} {spec['action']}: {result['error_type']}: {result['error']}")
    return result


def _fingerprint(path: Path) -> tuple[str, str]:
    """The file's bytes (hash) and its canonical dump."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with RoadmapFile.open(path, readonly=True) as f:
        return digest, dumps(f.load())


def _roadmap_in(folder: Path, sample: Roadmap) -> Path:
    folder.mkdir()
    path = folder / "予算.roadmap"
    RoadmapFile.create(path, sample).close()
    return path


def _assert_told_and_untouched(result: dict[str, Any], before: tuple[str, str], after_path: Path) -> None:
    assert result["roadmap_error"], result  # a message for the user, not a crash
    assert result["error"] and any("\u3040" <= c <= "\u30ff" for c in result["error"])
    assert _fingerprint(after_path) == before  # byte-identical, hence the same dump
    assert result["listing"] == [after_path.name]  # no journal, lock or temporary file left behind


# --- disk full ------------------------------------------------------------------------------------


def test_disk_full_before_anything_fits(tmp_path: Path, sample: Roadmap) -> None:
    path = _roadmap_in(tmp_path / "share", sample)
    before = _fingerprint(path)
    result = _run_child(
        {"fault": "tmpfs", "free": 0, "action": "save", "file": str(path), "copy_to": str(tmp_path / "after")}
    )
    _assert_told_and_untouched(result, before, tmp_path / "after" / path.name)
    assert "ディスクの空きが足りない" in result["error"]


def test_disk_full_while_the_file_grows(tmp_path: Path, sample: Roadmap) -> None:
    """Room for the lock and the journal, not for the larger file: the failure comes mid-save and is rolled back."""
    path = _roadmap_in(tmp_path / "share", sample)
    before = _fingerprint(path)
    result = _run_child(
        {"fault": "tmpfs", "free": 96_000, "action": "save", "file": str(path), "copy_to": str(tmp_path / "after")}
    )
    _assert_told_and_untouched(result, before, tmp_path / "after" / path.name)
    assert "ディスクの空きが足りない" in result["error"]
    assert "ファイルは直前の状態のままです" in result["error"]


def test_file_size_limit_fails_the_save_and_rolls_back(tmp_path: Path, sample: Roadmap) -> None:
    """EFBIG (a file-size limit, as on FAT32 or a quota) while SQLite writes the grown database."""
    path = _roadmap_in(tmp_path / "share", sample)
    before = _fingerprint(path)
    result = _run_child(
        {"fault": "rlimit", "limit": path.stat().st_size, "action": "save", "file": str(path)}, mount=False
    )
    _assert_told_and_untouched(result, before, path)
    assert "ディスクへの書き込みに失敗した" in result["error"]
    assert "ファイルは直前の状態のままです" in result["error"]


def test_database_full_in_process_keeps_the_file_usable(tmp_path: Path, sample: Roadmap) -> None:
    path = _roadmap_in(tmp_path / "share", sample)
    before = _fingerprint(path)
    with RoadmapFile.open(path) as f:
        pages = f._conn.execute("PRAGMA page_count").fetchone()[0]
        f._conn.execute(f"PRAGMA max_page_count = {pages}")
        roadmap = f.load()
        roadmap.projects[0].overview = BIG_TEXT
        try:
            f.save_project(roadmap.projects[0], 0)
        except RoadmapError as e:
            message = str(e)
        else:
            raise AssertionError("a save that needs more pages than allowed succeeded")
        assert "ディスクの空きが足りない" in message
        assert _fingerprint(path) == before
        # Space again: the same open file saves the next edit.
        f._conn.execute(f"PRAGMA max_page_count = {pages * 100}")
        f.save_project(roadmap.projects[0], 0)
    with RoadmapFile.open(path, readonly=True) as f:
        assert f.load().projects[0].overview == BIG_TEXT


@pytest.mark.parametrize("free", [0, 40_000], ids=["full", "full-midway"])
def test_export_to_a_full_disk_leaves_no_file(tmp_path: Path, sample: Roadmap, free: int) -> None:
    """With no room at all, or room for part of the file (the PDF is ~280 KB, the workbook ~100 KB).

    The PDF goes to a new name; the workbook replaces last week's export, which must survive the failure."""
    path = _roadmap_in(tmp_path / "share", sample)
    previous = path.parent / "out.xlsx"
    previous.write_bytes(b"PK last week's export")
    for kind in ("pdf", "xlsx"):
        out = path.parent / f"out.{kind}"
        copy = tmp_path / f"after-{kind}"
        result = _run_child(
            {"fault": "tmpfs", "free": free, "action": kind, "file": str(path), "out": str(out), "copy_to": str(copy)}
        )
        assert result["roadmap_error"], result
        assert "ディスクの空きが足りない" in result["error"]
        assert result["listing"] == sorted([path.name, previous.name])  # no new export, no temporary file
        assert (copy / previous.name).read_bytes() == b"PK last week's export"


# --- read-only ------------------------------------------------------------------------------------


def test_read_only_file_cannot_be_saved_and_stays_as_it_was(tmp_path: Path, sample: Roadmap) -> None:
    path = _roadmap_in(tmp_path / "share", sample)
    before = _fingerprint(path)
    result = _run_child({"fault": "ro-file", "action": "save", "file": str(path)})
    _assert_told_and_untouched(result, before, path)


def test_read_only_folder_is_refused_with_the_way_out(tmp_path: Path, sample: Roadmap) -> None:
    path = _roadmap_in(tmp_path / "share", sample)
    before = _fingerprint(path)
    result = _run_child({"fault": "ro-folder", "action": "open", "file": str(path)})
    _assert_told_and_untouched(result, before, path)
    assert "読み取り専用で開いてください" in result["error"]
    assert result["readonly_projects"] == len(sample.projects)


def test_export_into_a_read_only_folder_is_refused(tmp_path: Path, sample: Roadmap) -> None:
    path = _roadmap_in(tmp_path / "share", sample)
    result = _run_child({"fault": "ro-folder", "action": "pdf", "file": str(path), "out": str(path.parent / "out.pdf")})
    assert result["roadmap_error"], result
    assert "書き込む権限がありません" in result["error"]
    assert result["listing"] == [path.name]


def test_opened_read_only_refuses_to_save(tmp_path: Path, sample: Roadmap) -> None:
    path = _roadmap_in(tmp_path / "share", sample)
    before = _fingerprint(path)
    with RoadmapFile.open(path, readonly=True) as f:
        roadmap = f.load()
        roadmap.projects[0].overview = "変更"
        try:
            f.save_project(roadmap.projects[0], 0)
        except RoadmapError as e:
            assert "読み取り専用" in str(e)
        else:
            raise AssertionError("saved through a read-only file")
    assert _fingerprint(path) == before


# --- exports: atomic_output -----------------------------------------------------------------------


def test_failed_export_keeps_the_previous_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "ロードマップ.pdf"
    target.write_bytes(b"%PDF previous export")
    try:
        with atomic_output(target) as tmp:
            tmp.write_bytes(b"%PDF half")
            raise OSError(28, "No space left on device")
    except RoadmapError as e:
        assert "ディスクの空きが足りない" in str(e)
    else:
        raise AssertionError("disk full was not reported")
    assert target.read_bytes() == b"%PDF previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_failed_first_export_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    try:
        with atomic_output(target) as tmp:
            tmp.write_bytes(b"PK half")
            raise ValueError("the exporter failed")
    except ValueError:
        pass
    assert list(tmp_path.iterdir()) == []


def test_sample_is_available_for_the_children() -> None:
    assert load_sample(sample_path()).projects


if __name__ == "__main__":
    print(json.dumps(_child(json.loads(sys.argv[1])), ensure_ascii=False))
