"""Windows behaviours, simulated: a target open in Excel, a roadmap on a UNC path, killed exports' leftovers."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path, PureWindowsPath

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.export.atomic import TargetInUseError, atomic_output
from roadmap_desktop.export.file_names import unique_names
from roadmap_desktop.fsutil import host_tag
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.lock import lock_path
from roadmap_desktop.storage.roadmap_file import backup_dir, sqlite_uri

UNC = PureWindowsPath(r"\\fileserver\共有\DX推進課\令和6年度 ロードマップ#1.roadmap")


def _excel_holds(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """os.replace onto *target* fails as on Windows while Excel has it open (ERROR_SHARING_VIOLATION)."""
    real = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)) == target:
            e = PermissionError(errno.EACCES, "The process cannot access the file because it is being used")
            e.winerror = 32  # type: ignore[attr-defined]
            raise e
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)


def _no_temporaries(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".~")]


def test_export_onto_a_file_open_in_excel_keeps_it_and_offers_another_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ロードマップ.xlsx"
    target.write_bytes(b"old workbook")
    (tmp_path / "ロードマップ_2.xlsx").write_bytes(b"taken")
    _excel_holds(monkeypatch, target)
    with pytest.raises(TargetInUseError) as info, atomic_output(target) as tmp:
        tmp.write_bytes(b"new workbook")
    assert info.value.suggestion == tmp_path / "ロードマップ_3.xlsx"
    assert "「ロードマップ.xlsx」は他のプログラム（Excel など）で開かれている" in str(info.value)
    assert "「ロードマップ_3.xlsx」など別の名前" in str(info.value)
    assert target.read_bytes() == b"old workbook"
    _no_temporaries(tmp_path)


def test_command_line_export_onto_an_open_workbook_names_it(
    tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"old")
    _excel_holds(monkeypatch, out)
    assert main(["export", str(path), "--xlsx", str(out)]) == 1
    err = capsys.readouterr().err
    assert "エラー: 「out.xlsx」は他のプログラム（Excel など）で開かれているため書き込めません" in err
    assert "「out_2.xlsx」" in err
    assert out.read_bytes() == b"old"
    _no_temporaries(tmp_path)


def test_export_dialog_offers_name_2_and_writes_there(
    qtbot: QtBot, tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap_desktop.core.fiscal import Month
    from roadmap_desktop.ui.export_dialog import ExportDialog

    target = tmp_path / "ロードマップ.pdf"
    target.write_bytes(b"old pdf")
    _excel_holds(monkeypatch, target)
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dlg = ExportDialog(None, sample, {"current": sample.projects[:1], "all": sample.projects[:2]}, None, Month(2025, 3))
    qtbot.addWidget(dlg)
    assert dlg.run_export()
    assert dlg.written == [tmp_path / "ロードマップ_2.pdf"]
    assert (tmp_path / "ロードマップ_2.pdf").read_bytes().startswith(b"%PDF")
    assert target.read_bytes() == b"old pdf"
    assert any("「ロードマップ_2.pdf」として書き出しますか" in t for t in asked)
    _no_temporaries(tmp_path)


def test_roadmap_on_a_unc_path_gets_its_lock_backups_and_sqlite_uri_right() -> None:
    assert lock_path(UNC) == PureWindowsPath(r"\\fileserver\共有\DX推進課\令和6年度 ロードマップ#1.roadmap.lock")  # type: ignore[arg-type]
    assert backup_dir(UNC) == PureWindowsPath(r"\\fileserver\共有\DX推進課\roadmap-backups")  # type: ignore[arg-type]
    root = PureWindowsPath(r"\\fileserver\共有\r.roadmap")
    assert lock_path(root).parent == root.parent == PureWindowsPath("\\\\fileserver\\共有\\")  # type: ignore[arg-type]
    # as_uri() would give file://fileserver/…, an authority SQLite refuses; # and the space are escaped
    uri = sqlite_uri(UNC)
    assert uri.startswith("file:////fileserver/") and "#" not in uri and " " not in uri
    assert sqlite_uri(PureWindowsPath(r"C:\Users\tanaka\r.roadmap")) == "file:///C:/Users/tanaka/r.roadmap"
    folder = PureWindowsPath(r"\\fileserver\共有\部局別")
    for name in unique_names(["総務部/情報課", "総務部_情報課", "CON"], ".xlsx").values():
        assert (folder / name).parent == folder and (folder / name).name == name


def test_sqlite_accepts_the_empty_authority_double_slash_form(tmp_path: Path, sample: Roadmap) -> None:
    path = tmp_path / "部局 #1.roadmap"
    RoadmapFile.create(path, sample).close()
    uri = "file:////" + path.as_uri()[len("file:///") :]  # the shape sqlite_uri gives a UNC path
    conn = sqlite3.connect(uri + "?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM project").fetchone()[0] == len(sample.projects)
    conn.close()
    with RoadmapFile.open(path) as f:  # and the file opens through it, lock and all
        assert dumps(f.load()) == dumps(sample)


def test_temporary_files_of_a_killed_export_are_cleaned_at_the_next(tmp_path: Path) -> None:
    dead = tmp_path / f".~ロードマップ.{host_tag()}-{2**22 + 99}-0a1b2c3d.xlsx"
    dead.write_bytes(b"half a workbook")
    elsewhere = tmp_path / f".~ロードマップ.{host_tag('PC-OTHER')}-{2**22 + 99}-0a1b2c3d.xlsx"
    elsewhere.write_bytes(b"another PC is writing this right now")
    users = tmp_path / ".~メモ.xlsx"
    users.write_bytes(b"not ours")
    with atomic_output(tmp_path / "ロードマップ.xlsx") as tmp:
        tmp.write_bytes(b"new")
    assert not dead.exists()
    assert elsewhere.exists() and users.exists()
    assert (tmp_path / "ロードマップ.xlsx").read_bytes() == b"new"


def test_no_space_for_the_export_is_a_message_and_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.xlsx"

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(RoadmapError, match="ディスクの空きが足りない"), atomic_output(target) as tmp:
        tmp.write_bytes(b"x")
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_is_one_line_in_japanese(tmp_path: Path, sample: Roadmap) -> None:
    import subprocess
    import sys

    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, "-m", "roadmap_desktop.cli", "export", str(path), "--xlsx", str(tmp_path / "gone" / "x.xlsx")],
        capture_output=True, text=True, cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"エラー: フォルダー「{tmp_path / 'gone'}」がありません。"]
