"""Values from a hostile or unlucky file: huge budgets, control characters, endless names; closed pipes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from workbook_cells import right_of

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError, ValidationError
from roadmap_desktop.core.fiscal import parse_budget
from roadmap_desktop.core.model import Project, Roadmap, validate_project
from roadmap_desktop.core.values import MAX_BUDGET, printable, strip_controls
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.roadmap_file import backup_dir

ROOT = Path(__file__).resolve().parents[1]
HUGE = 123456789012345678901
EVIL = "\x1b]0;pwned\x07\x1b[2J"  # retitles the terminal and clears the screen
# as another program writes it in the xlsx (openpyxl refuses the raw characters; a reader decodes these)
EVIL_XLSX = "_x001B_]0;pwned_x0007__x001B_[2J"


def load(path: Path) -> Roadmap:
    with RoadmapFile.open(path, readonly=True) as f:
        return f.load()


@pytest.fixture
def setup(tmp_path: Path, sample: Roadmap) -> tuple[Path, Path]:
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    out = tmp_path / "out.xlsx"
    export_xlsx(sample, list(sample.projects), out)
    return path, out


def _reply(out: Path, tmp_path: Path, edit: dict[str, object], on_list: object = None) -> Path:
    wb = openpyxl.load_workbook(out)
    ws = wb["No.57"]
    for label, value in edit.items():
        right_of(ws, label).value = value
    if on_list is not None:
        ls = wb["一覧"]
        row = next(r for r in range(3, ls.max_row + 1) if ls.cell(r, 1).value == 60)
        ls.cell(row, 6).value = on_list
    reply = tmp_path / "reply.xlsx"
    wb.save(reply)
    return reply


def test_huge_budget_is_refused_in_the_preview_and_apply_changes_nothing_else(
    setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = setup
    before = load(path)
    reply = _reply(out, tmp_path, {"R6事業費（千円）": HUGE, "概要": "新しい概要"}, on_list=HUGE)
    assert main(["import", str(path), str(reply)]) == 0
    text = capsys.readouterr().out
    assert "事業費（千円）: 読み取れなかったため、ロードマップの内容を維持します" in text
    assert "事業費は0〜1,000,000,000,000の整数（千円）です" in text
    # the 一覧's value (a float once in Excel) is named as not used
    assert "一覧" in text and "（123456789012345" in text and "一覧のこの値は使いません" in text
    assert main(["import", str(path), str(reply), "--apply"]) == 0
    assert "取り込みました" in capsys.readouterr().out
    no57 = next(i for i, n in enumerate(before.sheet_numbers()) if n == 57)
    before.projects[no57].overview = "新しい概要"  # everything as before, but the 概要 the reply changed
    assert dumps(load(path)) == dumps(before)


def test_budget_range_in_parsing_and_validation() -> None:
    assert parse_budget(f"{MAX_BUDGET:,}") == MAX_BUDGET
    for text in [str(MAX_BUDGET + 1), str(HUGE), "9" * 5000]:
        with pytest.raises(ValidationError, match="0〜1,000,000,000,000"):
            parse_budget(text)
    with pytest.raises(ValidationError, match="0〜1,000,000,000,000"):
        validate_project(Project(name="x", budget=HUGE), Roadmap().edition)


def test_control_characters_are_removed_on_import_and_never_printed_raw(
    setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = setup
    old = next(p for p, n in zip(load(path).projects, load(path).sheet_numbers(), strict=True) if n == 57)
    reply = _reply(out, tmp_path, {"事業名": "広報" + EVIL_XLSX + "事業", "概要": "行1\n行2\t_x0000__x0007_"})
    assert main(["import", str(path), str(reply)]) == 0
    text = capsys.readouterr().out
    assert "\x1b" not in text and "\x07" not in text and "\x00" not in text
    assert "制御文字を取り除きました" in text
    assert main(["import", str(path), str(reply), "--apply"]) == 0
    capsys.readouterr()
    p = next(p for p in load(path).projects if p.id == old.id)
    assert p.name == "広報]0;pwned[2J事業"
    assert p.overview == "行1\n行2\t"


def test_list_shows_control_characters_of_an_older_file_as_symbols(
    tmp_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str]
) -> None:
    sample.projects[0].name = "事業" + EVIL
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()  # as a file written before the check existed
    assert main(["list", str(path)]) == 0
    text = capsys.readouterr().out
    assert "\x1b" not in text and "\x07" not in text
    assert "事業␛]0;pwned␇␛[2J" in text
    assert main(["dump", str(path)]) == 0
    dumped = capsys.readouterr().out
    assert "\x1b" not in dumped and "\\u001b]0;pwned\\u0007" in dumped  # JSON escapes: the same value


def test_printable_and_strip_controls() -> None:
    assert printable("a\x1bb\tc\nd\x7f\x9b\u202e") == "a␛b\tc\nd␡\ufffd\ufffd"
    assert strip_controls("a\r\nb\x1b\x00c\td") == "a\nbc\td"


def test_overlong_name_is_not_read_and_the_cap_is_named(
    setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = setup
    before = dumps(load(path))
    reply = _reply(out, tmp_path, {"事業名": "長" * 30000})
    assert main(["import", str(path), str(reply)]) == 0
    text = capsys.readouterr().out
    assert "事業名: 読み取れなかったため、ロードマップの内容を維持します（200文字を超えています（30,000文字））" in text
    assert "長" * 201 not in text
    assert main(["import", str(path), str(reply), "--apply"]) == 0
    assert dumps(load(path)) == before


def test_form_refuses_control_characters_and_overlong_texts() -> None:
    edition = Roadmap().edition
    with pytest.raises(ValidationError, match="事業名に制御文字は使えません"):
        validate_project(Project(name="a\x1bb"), edition)
    with pytest.raises(ValidationError, match="概要は5,000文字までです（5,001文字）"):
        validate_project(Project(name="a", overview="x" * 5001), edition)
    validate_project(Project(name="a", overview="行1\r\n行2\tです"), edition)  # tab and line breaks are text


def test_a_number_beyond_sqlite_is_a_message_not_a_traceback(tmp_path: Path, sample: Roadmap) -> None:
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    before = dumps(load(path))
    with RoadmapFile.open(path) as f:
        p = f.load().projects[0]
        p.budget = HUGE  # past validation (a bug elsewhere): storage still says it in Japanese
        with pytest.raises(RoadmapError, match="大きすぎる数値"):
            f.save_project(p, 0)
    assert dumps(load(path)) == before


def test_disk_full_while_the_backup_is_written_changes_nothing(
    setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, out = setup
    before = dumps(load(path))
    reply = _reply(out, tmp_path, {"概要": "新しい概要"})
    real = sqlite3.connect

    def small_disk(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real(database, *args, **kwargs)  # type: ignore[arg-type]
        if "roadmap-backups" in str(database):
            conn.execute("PRAGMA max_page_count = 2")  # SQLITE_FULL after two pages, as on a full disk
        return conn

    monkeypatch.setattr(sqlite3, "connect", small_disk)
    assert main(["import", str(path), str(reply), "--apply"]) == 1
    err = capsys.readouterr().err
    assert "変更前のバックアップを作れなかったため、何も変更していません（ディスクの空きが足りません。）" in err
    assert "Traceback" not in err and "sqlite3" not in err
    monkeypatch.undo()
    assert dumps(load(path)) == before
    assert list(backup_dir(path).iterdir()) == []  # no partial backup left


def test_disk_full_from_the_os_during_backup(tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with RoadmapFile.open(path) as f:
        monkeypatch.setattr(os, "fsync", no_space)
        with pytest.raises(RoadmapError, match="ディスクの空きが足りません"):
            f.backup()
        monkeypatch.undo()
    assert list(backup_dir(path).iterdir()) == []


def test_list_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # a table far larger than a pipe's buffer (64 kB), so the pipe is closed while it is still written
    roadmap = Roadmap(Roadmap().edition, [Project(name=f"事業{i:05}" + "の名前" * 20) for i in range(3000)])
    path = tmp_path / "big.roadmap"
    RoadmapFile.create(path, roadmap).close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "roadmap_desktop.cli", "list", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()  # like `head -1`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert "BrokenPipeError" not in err and "Traceback" not in err and err == ""
    assert proc.returncode == 1
