from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.storage import RoadmapFile


def test_new_list_dump(tmp_path: Path, capsys: pytest.CaptureFixture[str], sample: Roadmap) -> None:
    path = tmp_path / "r.roadmap"
    assert main(["new", str(path), "--sample"]) == 0
    assert "20 事業" in capsys.readouterr().out
    assert main(["list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "電子入札・電子収納導入調査事業" in out
    assert "853,117" in out
    lines = out.splitlines()
    assert lines[1].split()[0] == "56" and lines[-2].split()[0] == "75"
    assert main(["dump", str(path)]) == 0
    first = capsys.readouterr().out
    data = json.loads(first)
    assert len(data["projects"]) == 20
    assert data["projects"][0]["initiatives"][0]["plan"][0]["start"][:4].isdigit()
    assert main(["dump", str(path)]) == 0
    assert capsys.readouterr().out == first  # stable: two dumps can be compared with diff
    assert dumps(sample, with_ids=False) == dumps(RoadmapFile.open(path, readonly=True).load(), with_ids=False)


def test_new_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.roadmap"
    assert main(["new", str(path)]) == 0
    assert main(["list", str(path)]) == 0
    assert "合計（0 事業）" in capsys.readouterr().out


def test_errors_go_to_stderr_in_japanese_and_change_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.roadmap"
    bad.write_bytes(b"hello")
    assert main(["list", str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "ロードマップのファイルではありません" in captured.err
    assert bad.read_bytes() == b"hello"
    assert main(["list", str(tmp_path / "missing.roadmap")]) == 1
    assert "見つかりません" in capsys.readouterr().err
    assert main(["new", str(bad)]) == 1
    assert "既に存在" in capsys.readouterr().err
    assert bad.read_bytes() == b"hello"


def test_export_unknown_project_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.roadmap"
    main(["new", str(path), "--sample"])
    capsys.readouterr()
    assert main(["export", str(path), "--pdf", str(tmp_path / "o.pdf"), "--project", "999"]) == 1
    assert "No.999" in capsys.readouterr().err
    assert not (tmp_path / "o.pdf").exists()


def test_roadmap_script_exit_status(tmp_path: Path) -> None:
    """The installed entry point behaves the same from a real process (non-zero exit, stderr)."""
    proc = subprocess.run(
        [sys.executable, "-m", "roadmap_desktop.cli", "dump", str(tmp_path / "none.roadmap")],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert proc.returncode == 1
    assert "見つかりません" in proc.stderr and proc.stdout == ""
