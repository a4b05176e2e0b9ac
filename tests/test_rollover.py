"""年度更新 (roadmap rollover): the next edition in a new file, the old one untouched."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps, loads
from roadmap_desktop.core.errors import ValidationError
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, Row, validate_project
from roadmap_desktop.core.rollover import full_timeline, next_title, rollover
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.roadmap_file import backup_dir
from roadmap_desktop.storage.schema import APPLICATION_ID, HISTORY_VERSION, MIGRATIONS, SCHEMA_VERSION, add_history

M = Month


def _no(roadmap: Roadmap, no: int) -> Project:
    return dict(zip(roadmap.sheet_numbers(), roadmap.projects, strict=True))[no]


def _all_bars(p: Project, row: Row) -> list[tuple[str, str, str, str]]:
    """(取組, start, end, label) of every bar, window and history."""
    out = []
    for (name, _label), rows in full_timeline(p).items():
        out += [(name, str(b.start), str(b.end), b.label) for b in rows[row]]
    return sorted(out)


def test_next_title_forms() -> None:
    assert next_title("令和６年度DX関連事業ロードマップ", 2024, 2025) == ("令和７年度DX関連事業ロードマップ", True)
    assert next_title("令和6年度 ロードマップ（案）", 2024, 2025) == ("令和7年度 ロードマップ（案）", True)
    assert next_title("2024年度ロードマップ", 2024, 2025) == ("2025年度ロードマップ", True)
    assert next_title("R6ロードマップ", 2024, 2025) == ("R7ロードマップ", True)
    assert next_title("平成30年度版", 2018, 2019) == ("令和元年度版", True)
    assert next_title("R16計画", 2024, 2025) == ("R16計画", False)  # R16 is not R6
    assert next_title("DXロードマップ", 2024, 2025) == ("DXロードマップ", False)


def test_rollover_of_the_sample(sample: Roadmap) -> None:
    before = dumps(sample)
    result = rollover(sample)
    assert dumps(sample) == before  # the source roadmap is not touched
    new = result.roadmap
    assert new.edition.fiscal_year == 2025 and new.edition.title == "令和７年度DX関連事業ロードマップ"
    assert new.edition.budget_label == "R7事業費（千円）"
    assert new.edition.window_years == [2025, 2026, 2027, 2028, 2029]
    # No.65 ends in R6: left out and named
    assert [(no, p.name) for no, p in result.left_out] == [(65, "立入検査デジタル化事業")]
    assert "立入検査デジタル化事業" not in [p.name for p in new.projects]
    assert result.carried == 19 == len(new.projects)
    old_by_id = {p.id: p for p in sample.projects}
    for p in new.projects:
        old = old_by_id[p.id]  # ids carried
        validate_project(p, new.edition)
        for initiative in p.initiatives:
            for bar in initiative.plan + initiative.actual:
                assert bar.start >= M(2025, 4)  # nothing before R7 in the window
        # every bar, 実績 above all, is kept: in the window or, whole, in history
        assert _all_bars(p, Row.ACTUAL) == _all_bars(old, Row.ACTUAL)
        assert {(s, lbl) for _n, s, _e, lbl in _all_bars(p, Row.PLAN)} == {
            (s, lbl) for _n, s, _e, lbl in _all_bars(old, Row.PLAN)
        }
        for past in p.history:
            for bar in past.plan + past.actual:
                assert bar.start < M(2025, 4)
        assert p.budget is None and p.past_budgets == {2024: old.budget}
    moved = sum(len(h.plan) + len(h.actual) for p in new.projects for h in p.history)
    assert moved == result.moved > 0
    assert result.moved_actual == sum(len(h.actual) for p in new.projects for h in p.history) > 0


def test_straddling_bar_whole_in_history_visible_part_in_row() -> None:
    edition = Edition("令和６年度ロードマップ", 2024)
    bar = Bar(M(2024, 10), M(2025, 9), "試行")
    p = Project(name="事業", end_year=2030, budget=100,
                initiatives=[Initiative("取組A", plan=[bar, Bar(M(2024, 4), M(2024, 9), "検討")],
                                        actual=[Bar(M(2024, 4), M(2024, 12), "検討")])])  # fmt: skip
    r7 = rollover(Roadmap(edition, [p])).roadmap
    q = r7.projects[0]
    assert q.initiatives[0].plan == [Bar(M(2025, 4), M(2025, 9), "試行")]
    assert q.initiatives[0].actual == []
    assert sorted(q.history[0].plan, key=Bar.sort_key) == [Bar(M(2024, 4), M(2024, 9), "検討"), bar]
    assert q.history[0].actual == [Bar(M(2024, 4), M(2024, 12), "検討")]
    # the next year: the visible part is not stored a second time
    r8 = rollover(r7).roadmap
    q8 = r8.projects[0]
    assert q8.initiatives[0].plan == []
    assert sorted(q8.history[0].plan, key=Bar.sort_key) == [Bar(M(2024, 4), M(2024, 9), "検討"), bar]
    assert q8.past_budgets == {2024: 100} and q8.budget is None  # R7's budget was never entered


def test_continuing_bar_runs_on_or_stops_at_the_end_year() -> None:
    edition = Edition("R6", 2024)
    last = edition.last_month
    open_ended = Project(name="A", end_year=None,
                         initiatives=[Initiative("x", plan=[Bar(M(2024, 10), last, "運用", True)])])  # fmt: skip
    ends_r9 = Project(name="B", end_year=2027,
                      initiatives=[Initiative("x", plan=[Bar(M(2025, 4), last, "運用", True)])])  # fmt: skip
    result = rollover(Roadmap(edition, [open_ended, ends_r9]))
    a, b = result.roadmap.projects
    assert a.initiatives[0].plan == [Bar(M(2025, 4), M(2030, 3), "運用", True)]
    assert a.history[0].plan == [Bar(M(2024, 10), M(2030, 3), "運用", True)]
    assert b.initiatives[0].plan == [Bar(M(2025, 4), M(2029, 3), "運用", False)]
    assert result.extended == 1 and result.stopped == 1
    # the next year the continuing bar's whole (in history) runs on with its visible part: no second copy
    a8 = rollover(result.roadmap).roadmap.projects[0]
    assert a8.history[0].plan == [Bar(M(2024, 10), M(2031, 3), "運用", True)]
    assert a8.initiatives[0].plan == [Bar(M(2026, 4), M(2031, 3), "運用", True)]


def test_history_is_validated_only_as_bars() -> None:
    edition = Edition("R7", 2025)
    p = Project(history=[Initiative("x", plan=[Bar(M(2020, 4), M(2021, 3), "昔")])], past_budgets={2024: 5})
    validate_project(p, edition)  # outside the window is what history is
    p.history[0].plan.append(Bar(M(2021, 3), M(2020, 4), "逆"))
    with pytest.raises(ValidationError):
        validate_project(p, edition)
    p.history[0].plan.pop()
    p.past_budgets[2023] = -1
    with pytest.raises(ValidationError, match="R5事業費"):
        validate_project(p, edition)


def test_history_survives_file_and_dump(tmp_path: Path, sample: Roadmap) -> None:
    new = rollover(sample).roadmap
    path = tmp_path / "r7.roadmap"
    RoadmapFile.create(path, new).close()
    with RoadmapFile.open(path) as f:
        loaded = f.load()
        assert dumps(loaded) == dumps(new)
        assert loads(dumps(new)) is not None and dumps(loads(dumps(new))) == dumps(new)
        # an edit of one project keeps its history
        p = loaded.projects[0]
        p.overview += "。"
        f.save_project(p, 0)
        assert f.load().projects[0].history == new.projects[0].history
        f.delete_project(p.id)  # and deleting a project takes its history with it
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM history_bar WHERE project_id = ?", (p.id,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM past_budget WHERE project_id = ?", (p.id,)).fetchone()[0] == 0
    conn.close()
    data = json.loads(dumps(new))
    assert data["projects"][0]["past_budgets"] == {"R6": 5144}
    assert data["projects"][0]["history"][0]["plan"]
    assert "history" not in json.loads(dumps(sample))["projects"][0]  # dumps without history are as before


def _file_at_version(tmp_path: Path, roadmap: Roadmap, version: int) -> Path:
    """A file of an earlier schema version, built by hand with that version's steps and a current file's rows."""
    current = tmp_path / "current.roadmap"
    RoadmapFile.create(current, roadmap).close()
    old = tmp_path / "old.roadmap"
    conn = sqlite3.connect(old)
    for step in MIGRATIONS[:version]:
        if callable(step):
            step(conn)
            continue
        for statement in step.split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("ATTACH ? AS cur", (str(current),))
    for table in ("edition", "project", "initiative", "bar"):  # the columns that version had
        columns = ", ".join(r[1] for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO {table} SELECT {columns} FROM cur.{table}")
    conn.commit()
    conn.execute("DETACH cur")
    conn.close()
    current.unlink()
    # what that version could not hold: the edition's 基準月 and 発行 (schema v5)
    roadmap.edition.reference_month, roadmap.edition.issuer, roadmap.edition.issued = None, "", None
    return old


def test_migration_to_history_tables_keeps_data_and_makes_backup(tmp_path: Path, sample: Roadmap) -> None:
    assert MIGRATIONS[HISTORY_VERSION - 1] is add_history  # other steps may come before or after it
    old = _file_at_version(tmp_path, sample, HISTORY_VERSION - 1)
    before = old.read_bytes()
    with RoadmapFile.open(old, readonly=True) as f:  # read-only: read as it is, not migrated
        assert dumps(f.load()) == dumps(sample)
    assert old.read_bytes() == before
    with RoadmapFile.open(old) as f:
        assert dumps(f.load()) == dumps(sample)
        assert f.last_backup is not None and f.last_backup.parent == backup_dir(old)
        backup = f.last_backup
        # the migrated file holds history
        r7 = rollover(f.load()).roadmap
        f.save_all(r7)
        assert dumps(f.load()) == dumps(r7)
    assert backup.read_bytes()[:16] == b"SQLite format 3\x00"
    check = sqlite3.connect(backup)
    assert check.execute("PRAGMA user_version").fetchone()[0] == HISTORY_VERSION - 1
    check.close()
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"history_bar", "past_budget"} <= tables
    conn.close()


def test_cli_rollover(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b, c = tmp_path / "r6.roadmap", tmp_path / "r7.roadmap", tmp_path / "r8.roadmap"
    assert main(["new", str(a), "--sample"]) == 0
    capsys.readouterr()
    before = a.read_bytes()
    assert main(["rollover", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert a.read_bytes() == before  # byte-identical
    assert "No.65 立入検査デジタル化事業（事業終期 R6）" in out
    assert "引き継ぐ事業：19件" in out
    assert "過去の年度として保存したバー" in out and "R7事業費は未入力" in out
    assert main(["dump", str(b)]) == 0
    dump = json.loads(capsys.readouterr().out)
    # the 発行 body and the 基準月 carry over (the carried 実績 still run to that month); a 発行日 would not
    assert dump["edition"] == {
        "title": "令和７年度DX関連事業ロードマップ",
        "fiscal_year": "R7",
        "first_sheet_no": 56,
        "issuer": "総務部 行政経営課",
        "reference_month": "2025-03",
    }
    assert all(p["budget"] is None and "R6" in p["past_budgets"] for p in dump["projects"])
    assert sum(len(h["actual"]) for p in dump["projects"] for h in p.get("history", [])) > 0
    # twice: R6 → R7 → R8
    assert main(["rollover", str(b), str(c)]) == 0
    assert "令和８年度" in capsys.readouterr().out
    r8 = RoadmapFile.open(c, readonly=True).load()
    assert r8.edition.window_years[0] == 2026
    assert all(set(p.past_budgets) == {2024} for p in r8.projects)  # R7's budget was never entered
    # --keep-ended keeps No.65 (its bars all in history)
    d = tmp_path / "r7-all.roadmap"
    assert main(["rollover", str(a), str(d), "--keep-ended"]) == 0
    out = capsys.readouterr().out
    assert "引き継ぐ事業：20件" in out and "立入検査デジタル化事業" in out
    kept = [p for p in RoadmapFile.open(d, readonly=True).load().projects if p.name == "立入検査デジタル化事業"]
    assert len(kept) == 1 and sum(len(h.plan) + len(h.actual) for h in kept[0].history) == 5  # its R6 bars
    assert [b.label for i in kept[0].initiatives for b in i.plan + i.actual] == ["新技術の運用"]  # R7–R10 as printed


def test_cli_rollover_refuses_existing_target_and_same_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "r6.roadmap", tmp_path / "r7.roadmap"
    main(["new", str(a), "--sample"])
    b.write_bytes(b"keep me")
    before = a.read_bytes()
    assert main(["rollover", str(a), str(b)]) == 1
    assert "既に存在" in capsys.readouterr().err
    assert main(["rollover", str(a), str(a)]) == 1
    assert "別の名前" in capsys.readouterr().err
    assert a.read_bytes() == before and b.read_bytes() == b"keep me"


def test_work_started_in_an_earlier_year_is_not_未着手(sample: Roadmap) -> None:
    from roadmap_desktop.core.status import Status, project_status

    r7 = rollover(sample).roadmap
    reference = M(2025, 5)
    p = next(p for p in r7.projects if any(h.actual for h in p.history) and not any(i.actual for i in p.initiatives))
    assert project_status(p, reference) is not Status.NOT_STARTED
    p.history.clear()
    assert project_status(p, reference) is Status.NOT_STARTED


def test_rollover_of_an_older_file_leaves_it_as_it_was(tmp_path: Path, sample: Roadmap) -> None:
    old = _file_at_version(tmp_path, sample, HISTORY_VERSION - 1)
    before = old.read_bytes()
    new = tmp_path / "r7.roadmap"
    assert main(["rollover", str(old), str(new)]) == 0
    assert old.read_bytes() == before  # read as it is: not migrated, no backup beside it
    assert not backup_dir(old).exists()
    conn = sqlite3.connect(new)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert RoadmapFile.open(new, readonly=True).load().edition.fiscal_year == 2025


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_two_rollovers_of_a_generated_roadmap_keep_every_bar(tmp_path: Path, seed: int) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from generate import generate_roadmap

    r6 = generate_roadmap(n=30, seed=seed)
    r7 = rollover(r6, keep_ended=True).roadmap
    r8 = rollover(r7, keep_ended=True).roadmap
    path = tmp_path / "r8.roadmap"
    RoadmapFile.create(path, r8).close()
    assert dumps(RoadmapFile.open(path, readonly=True).load()) == dumps(r8)
    for old, new in zip(r6.projects, r8.projects, strict=True):
        validate_project(new, r8.edition)
        assert _all_bars(new, Row.ACTUAL) == _all_bars(old, Row.ACTUAL)  # not one 実績 lost or doubled
        starts = sorted((n, s, lbl) for n, s, _e, lbl in _all_bars(old, Row.PLAN))
        assert sorted((n, s, lbl) for n, s, _e, lbl in _all_bars(new, Row.PLAN)) == starts
        for initiative in new.initiatives:
            assert all(
                r8.edition.contains(b.start) and r8.edition.contains(b.end) for b in initiative.plan + initiative.actual
            )


def test_rollover_carries_the_issuing_body_and_month_but_not_the_issue_date(sample: Roadmap) -> None:
    from datetime import date

    sample.edition.issued = date(2025, 3, 31)
    new = rollover(sample).roadmap.edition
    assert new.issuer == sample.edition.issuer and new.reference_month == sample.edition.reference_month
    assert new.issued is None  # the next edition is not issued yet
    assert sample.edition.issued == date(2025, 3, 31)  # the old edition is left as it was
