"""The operations layer without Qt: a session's edits, undo and redo; an import as one step whose reply
is marked applied only after the backup and the write, and unmarked by its undo; the command line's
conflict choice (--take) and rollover guards. Each outcome is compared as the whole dump."""

from __future__ import annotations

import copy
from pathlib import Path

import openpyxl
import pytest
from workbook_cells import right_of

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Project, Roadmap
from roadmap_desktop.operations.edits import AddProject, DeleteProjects, MoveProject, SetProject
from roadmap_desktop.operations.imports import ApplyImport
from roadmap_desktop.operations.session import Session
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.lock import FileLock, lock_path
from roadmap_desktop.storage.roadmap_file import backup_dir
from roadmap_desktop.storage.rounds import list_exports


def file_dump(path: Path) -> str:
    with RoadmapFile.open(path, readonly=True) as f:
        return dumps(f.load())


def no(rm: Roadmap, number: int) -> Project:
    return dict(zip(rm.sheet_numbers(), rm.projects, strict=True))[number]


@pytest.fixture
def roadmap_path(tmp_path: Path, sample: Roadmap) -> Path:
    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    return path


def states(path: Path) -> dict[str, str]:
    with RoadmapFile.open(path, readonly=True) as f:
        return {r.label: r.state for r in list_exports(f)}


def reply(roadmap_path: Path, tmp_path: Path, name: str, budget: int) -> Path:
    """総務部's workbook of the round with No.57's budget changed on its sheet, saved as *name*."""
    out = tmp_path / "部局別"
    if not out.exists():
        assert main(["export", str(roadmap_path), "--per-department", str(out)]) == 0
    wb = openpyxl.load_workbook(out / "令和６年度DX関連事業ロードマップ_総務部.xlsx")
    right_of(wb["No.57"], "R6事業費（千円）").value = budget
    path = tmp_path / name
    wb.save(path)
    return path


# --- edits, undo and redo ------------------------------------------------------------------------


def test_edits_undo_and_redo_through_the_session(roadmap_path: Path) -> None:
    with Session.open(roadmap_path) as session:
        before = dumps(session.roadmap)
        heard: list[str | None] = []
        session.listeners.append(heard.append)
        first = session.roadmap.projects[0]
        changed = copy.deepcopy(first)
        changed.overview = "新しい概要"
        session.run(SetProject.of(first, changed, "概要を変更"))
        added = Project(name="追加事業")
        session.run(AddProject(added, 2, "事業を追加"))
        session.run(MoveProject.of(session.roadmap, added.id, 5, "移動"))
        session.run(DeleteProjects.of(session.roadmap, [session.roadmap.projects[9].id], "削除"))
        after = dumps(session.roadmap)
        assert heard[0] == first.id and heard[1:] == [None, None, None]
        assert file_dump(roadmap_path) == after
        while session.undo() is not None:
            assert file_dump(roadmap_path) == dumps(session.roadmap)
        assert dumps(session.roadmap) == before == file_dump(roadmap_path)
        while session.redo() is not None:
            pass
        assert dumps(session.roadmap) == after == file_dump(roadmap_path)


def test_a_failed_write_leaves_model_file_and_history(roadmap_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Session.open(roadmap_path) as session:
        before = dumps(session.roadmap)

        def full_disk(*_a: object, **_k: object) -> None:
            raise RoadmapError("ディスクの空きが足りないため保存できませんでした。")

        monkeypatch.setattr(session.file, "save_project", full_disk)
        changed = copy.deepcopy(session.roadmap.projects[0])
        changed.name = "変更"
        with pytest.raises(RoadmapError):
            session.run(SetProject.of(session.roadmap.projects[0], changed, "事業名を変更"))
        assert session.done == [] and dumps(session.roadmap) == before == file_dump(roadmap_path)


# --- an import as one step -------------------------------------------------------------------------


def test_undo_of_an_applied_import_unmarks_the_reply(roadmap_path: Path, tmp_path: Path) -> None:
    a = reply(roadmap_path, tmp_path, "総務部_返信.xlsx", 9000)
    before = file_dump(roadmap_path)
    with Session.open(roadmap_path) as session:
        plan = session.plan_import([a])
        assert plan is not None
        assert states(roadmap_path)["総務部"] == "back"  # read: it came back
        done = session.apply_import(plan)
        assert done.backup is not None and done.backup.exists()
        applied = file_dump(roadmap_path)
        expected = copy.deepcopy(session.roadmap)
        assert no(expected, 57).budget == 9000
        assert states(roadmap_path)["総務部"] == "applied"
        assert session.undo() is done
        assert states(roadmap_path)["総務部"] == "back"  # 回収状況: 返信あり（未取り込み） again
        assert file_dump(roadmap_path) == before == dumps(session.roadmap)
        assert session.redo() is done
        assert states(roadmap_path)["総務部"] == "applied" and file_dump(roadmap_path) == applied


def test_the_reply_is_marked_applied_only_after_the_backup_and_the_write(
    roadmap_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = reply(roadmap_path, tmp_path, "総務部_返信.xlsx", 9000)
    before = file_dump(roadmap_path)
    with Session.open(roadmap_path) as session:
        plan = session.plan_import([a])
        assert plan is not None
        order: list[str] = []
        real_backup, real_save_all = session.file.backup, session.file.save_all

        def backup() -> Path:
            order.append("backup")
            return real_backup()

        def failing_save_all(roadmap: Roadmap) -> None:
            order.append("write")
            real_save_all(roadmap)  # half written inside the transaction, then the disk fails
            raise RoadmapError("ディスクの空きが足りないため保存できませんでした。")

        monkeypatch.setattr(session.file, "backup", backup)
        monkeypatch.setattr(session.file, "save_all", failing_save_all)
        with pytest.raises(RoadmapError, match="ディスク"):
            session.apply_import(plan)
        assert order == ["backup", "write"]
        assert len(list(backup_dir(roadmap_path).glob("*.roadmap"))) == 1  # the backup was made first
        assert states(roadmap_path)["総務部"] == "back"  # not marked: the write failed
        assert file_dump(roadmap_path) == before == dumps(session.roadmap) and session.done == []

        # A backup that cannot be made: nothing is written at all.
        def no_backup() -> Path:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(session.file, "backup", no_backup)
        order.clear()
        with pytest.raises(RoadmapError, match="バックアップを作れないため取り込みを中止しました"):
            session.run(ApplyImport.of(session, plan))
        assert order == [] and states(roadmap_path)["総務部"] == "back"
        assert file_dump(roadmap_path) == before


# --- the command line ------------------------------------------------------------------------------


def test_take_reply_or_roadmap_decides_the_conflicts(
    roadmap_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = reply(roadmap_path, tmp_path, "総務部_返信.xlsx", 9000)
    with Session.open(roadmap_path) as session:  # meanwhile the office changed the same budget
        old = no(session.roadmap, 57)
        here = copy.deepcopy(old)
        here.budget = 8800
        session.run(SetProject.of(old, here, "ここで変更"))
    base = tmp_path / "base.roadmap"
    base.write_bytes(roadmap_path.read_bytes())
    here_dump = file_dump(roadmap_path)
    capsys.readouterr()

    def fresh() -> Path:
        roadmap_path.write_bytes(base.read_bytes())
        return roadmap_path

    assert main(["import", str(fresh()), str(a), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "［競合］事業費（千円）" in out and "--apply では現在の値のまま" in out
    assert "競合1件は、ロードマップの現在の値のままにします（返信の値を採るには --take reply" in out
    assert file_dump(roadmap_path) == here_dump

    assert main(["import", str(fresh()), str(a), "--apply", "--take", "roadmap"]) == 0
    assert "競合1件は、ロードマップの現在の値のままにします（--take roadmap）" in capsys.readouterr().out
    assert file_dump(roadmap_path) == here_dump

    assert main(["import", str(fresh()), str(a), "--apply", "--take", "reply"]) == 0
    out = capsys.readouterr().out
    assert "競合1件は、返信の値を採ります（--take reply）" in out and "（採る: 返信のシート）" in out
    with RoadmapFile.open(base, readonly=True) as f:
        expected = f.load()
    no(expected, 57).budget = 9000
    assert file_dump(roadmap_path) == dumps(expected)

    # --project limits the choice to those sheets: No.58 has no conflict, so No.57 keeps the roadmap's value
    assert main(["import", str(fresh()), str(a), "--apply", "--take", "reply", "--project", "58"]) == 0
    assert "競合1件は、返信の値を採ります" not in capsys.readouterr().out
    assert file_dump(roadmap_path) == here_dump
    assert main(["import", str(fresh()), str(a), "--apply", "--take", "reply", "--project", "57"]) == 0
    assert file_dump(roadmap_path) == dumps(expected)

    assert main(["import", str(fresh()), str(a), "--take", "reply", "--project", "999"]) == 1
    assert "No.999 の事業はありません" in capsys.readouterr().err


def test_a_corrected_second_reply_on_the_command_line(
    roadmap_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = reply(roadmap_path, tmp_path, "総務部_返信.xlsx", 9000)
    assert main(["import", str(roadmap_path), str(first), "--apply"]) == 0
    corrected = reply(roadmap_path, tmp_path, "総務部_返信_訂正.xlsx", 9100)
    capsys.readouterr()
    with RoadmapFile.open(roadmap_path, readonly=True) as f:
        expected = f.load()
    assert main(["import", str(roadmap_path), str(corrected), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "「総務部_返信.xlsx」と同じ書き出しへの後の回答です" in out
    assert "同じ書き出しへの後の回答で置き換えます（先の回答「総務部_返信.xlsx」: 9,000 → 9,100）" in out
    no(expected, 57).budget = 9100
    assert file_dump(roadmap_path) == dumps(expected)


def test_the_same_reply_imported_again_is_named_so(
    roadmap_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = reply(roadmap_path, tmp_path, "総務部_返信.xlsx", 9000)
    assert main(["import", str(roadmap_path), str(first), "--apply"]) == 0
    applied = file_dump(roadmap_path)
    capsys.readouterr()
    assert main(["import", str(roadmap_path), str(first), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "先の回答「総務部_返信.xlsx」と同じ内容です" in out and "後の回答" not in out
    assert file_dump(roadmap_path) == applied


def test_rollover_refuses_a_target_someone_has_open(
    roadmap_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "r7.roadmap"
    lock = FileLock(target)  # someone else is creating or holds r7.roadmap
    lock.acquire()
    try:
        before = roadmap_path.read_bytes()
        assert main(["rollover", str(roadmap_path), str(target)]) == 1
        assert "使用中のため上書きできません" in capsys.readouterr().err
        assert not target.exists() and roadmap_path.read_bytes() == before
    finally:
        lock.release()
    assert not lock_path(target).exists()
    assert main(["rollover", str(roadmap_path), str(target)]) == 0
    with RoadmapFile.open(target, readonly=True) as f:
        assert f.load().edition.fiscal_year == 2025
