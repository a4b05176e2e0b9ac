"""Settings: defaults, a round trip through the JSON file, and never a crash on a bad file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from roadmap_desktop.settings import (
    DEFAULT_TITLE_TEMPLATE,
    MAX_RECENT,
    Settings,
    edition_title,
    load_settings,
    save_settings,
    settings_path,
)


def test_settings_live_under_the_overridden_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROADMAP_DESKTOP_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "settings.json"


def test_defaults_when_missing() -> None:
    s = load_settings()
    assert s == Settings()
    assert s.title_template == DEFAULT_TITLE_TEMPLATE
    assert s.reference_month is None and s.reference_date() is None


def test_round_trip(tmp_path: Path) -> None:
    s = Settings()
    for i in range(MAX_RECENT + 3):
        s.add_recent(tmp_path / f"r{i}.roadmap")
    s.add_recent(tmp_path / "r3.roadmap")  # again: moves to the top, no duplicate
    s.window_geometry = "AdnQywADAAA="
    s.splitter_states = {"mainSplitter": "AAAA/w=="}
    s.export_folder = str(tmp_path / "出力")
    s.title_template = "{era_long}ロードマップ"
    s.reference_month = "2025-03"
    assert save_settings(s)
    loaded = load_settings()
    assert loaded == s
    assert len(loaded.recent_files) == MAX_RECENT
    assert loaded.recent_files[0] == str((tmp_path / "r3.roadmap").resolve())
    assert loaded.reference_date() == date(2025, 3, 1)
    assert not list(settings_path().parent.glob("*.tmp"))  # the temporary file was renamed, not left


def test_unchanged_settings_are_not_written_again(tmp_path: Path) -> None:
    """Every start opens a file and saves its recent list, mostly the same as before: no new file and
    rename for nothing (the file keeps its identity); a change is written."""
    s = Settings()
    s.add_recent(tmp_path / "a.roadmap")
    assert save_settings(s)
    first = settings_path().stat()
    s.add_recent(tmp_path / "a.roadmap")  # the same file opened again
    assert save_settings(s)
    again = settings_path().stat()
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    s.add_recent(tmp_path / "b.roadmap")
    assert save_settings(s)
    assert settings_path().stat().st_ino != first.st_ino  # written anew, atomically (a renamed file)
    assert load_settings().recent_files[0] == str((tmp_path / "b.roadmap").resolve())
    settings_path().write_bytes(b"\xff\xfe broken")  # unreadable: written over, not a crash
    assert save_settings(s) and load_settings() == s


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'{"recent_files": "oops", "title_template": 5}', b""],
)
def test_corrupt_settings_give_defaults(content: bytes) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert load_settings() == Settings()


def test_good_values_survive_beside_bad_ones() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"export_folder": "/tmp/x", "recent_files": [1, 2], "unknown": True}), encoding="utf-8")
    s = load_settings()
    assert s.export_folder == "/tmp/x"
    assert s.recent_files == []


def test_edition_title() -> None:
    assert edition_title(DEFAULT_TITLE_TEMPLATE, 2024) == "令和６年度DX関連事業ロードマップ"
    assert edition_title("{era_short}（{year}）", 2019) == "R1（2019）"
    assert edition_title("{nonsense}", 2024) == "令和６年度DX関連事業ロードマップ"
