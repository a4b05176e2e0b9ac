"""The three-way merge of one project, field by field and 取組 by 取組, and its text diff and 一覧 reader."""

from __future__ import annotations

import copy
import re
import sqlite3
from pathlib import Path

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.importing.list_sheet import read_list_sheet
from roadmap_desktop.importing.merge import TIMELINE, IncomingSheet, initiative_key
from roadmap_desktop.importing.text_diff import as_html, marked, segments
from roadmap_desktop.importing.three_way import extend_touching, merge_project, normalize_reply
from roadmap_desktop.importing.xlsx_package import SheetData
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.rounds import BaseEntry, ExportRecord, list_exports, load_base, record_export
from roadmap_desktop.storage.schema import MIGRATIONS

M = Edition().first_month


def _base() -> Project:
    return Project(
        name="事業A",
        budget=100,
        overview="概要の文章。",
        initiatives=[
            Initiative("検討", "計画", [Bar(M, M.shifted(5), "内容検討")], [Bar(M, M.shifted(2), "内容検討")]),
            Initiative("導入", "計画", [Bar(M.shifted(12), M.shifted(23), "試験導入")], []),
            Initiative("運用", "計画", [Bar(M.shifted(24), M.shifted(59), "運用", True)], []),
        ],
    )


def _dump(p: Project) -> str:
    return dumps(Roadmap(Edition(), [p]))


def test_only_the_clerks_changes_apply_and_changes_here_stay() -> None:
    base = _base()
    here = copy.deepcopy(base)
    here.budget = 120  # changed here since the export
    here.initiatives[0].actual = [Bar(M, M.shifted(3), "内容検討")]
    reply = copy.deepcopy(base)
    reply.overview = "新しい概要。"
    reply.initiatives[1].plan[0].end = M.shifted(26)  # the clerk lengthened 試験導入
    out = merge_project(base, reply, here)
    assert out.conflicts == []
    expected = copy.deepcopy(here)
    expected.overview = "新しい概要。"
    expected.initiatives[1].plan[0].end = M.shifted(26)
    assert _dump(out.project) == _dump(expected)


def test_an_initiative_deleted_by_the_clerk_goes_unless_changed_here() -> None:
    base = _base()
    reply = copy.deepcopy(base)
    del reply.initiatives[1]
    out = merge_project(base, reply, copy.deepcopy(base))
    assert [i.name for i in out.project.initiatives] == ["検討", "運用"]
    here = copy.deepcopy(base)
    here.initiatives[1].actual = [Bar(M.shifted(12), M.shifted(13), "試験導入")]
    out = merge_project(base, reply, here)
    assert [i.name for i in out.project.initiatives] == ["検討", "導入", "運用"]
    (conflict,) = out.conflicts
    assert conflict.label == "取組「導入」" and conflict.options[1].text == "（削除）"
    out = merge_project(base, reply, here, choices={conflict.key: 1})
    assert [i.name for i in out.project.initiatives] == ["検討", "運用"]


def test_an_initiative_added_by_the_clerk_lands_after_its_neighbour() -> None:
    base = _base()
    reply = copy.deepcopy(base)
    reply.initiatives.insert(1, Initiative("調達", "計画", [Bar(M.shifted(6), M.shifted(8), "仕様決定")], []))
    here = copy.deepcopy(base)
    here.initiatives.append(Initiative("研修", "計画", [], []))  # added here meanwhile
    out = merge_project(base, reply, here)
    assert [i.name for i in out.project.initiatives] == ["検討", "調達", "導入", "運用", "研修"]


def test_unread_parts_of_the_reply_change_nothing() -> None:
    base = _base()
    here = copy.deepcopy(base)
    here.overview = "ここで直した概要。"
    blank = Project(name="事業A", budget=100)
    sheet = IncomingSheet(blank, "p1", unread={"overview": "図形", TIMELINE: "見出しなし"})
    reply, notes = normalize_reply(sheet, base)
    out = merge_project(base, reply, here)
    assert _dump(out.project) == _dump(here) and out.conflicts == [] and notes == []
    partial = copy.deepcopy(base)
    partial.initiatives[1].plan = []
    sheet = IncomingSheet(partial, "p1", unread={initiative_key("導入"): "図形"})
    reply, _ = normalize_reply(sheet, base)
    assert _dump(merge_project(base, reply, here).project) == _dump(here)


def test_unlabelled_runs_touching_a_bar_extend_it_and_lone_ones_are_named() -> None:
    base_row = [Bar(M, M.shifted(5), "内容検討"), Bar(M.shifted(12), M.shifted(14), "試行")]
    row = [
        *base_row,
        Bar(M.shifted(6), M.shifted(6), ""),
        Bar(M.shifted(11), M.shifted(11), ""),
        Bar(M.shifted(30), M.shifted(31), ""),
    ]
    bars, alone = extend_touching(base_row, row)
    assert [(b.start, b.end, b.label) for b in bars] == [
        (M, M.shifted(6), "内容検討"),
        (M.shifted(11), M.shifted(14), "試行"),
        (M.shifted(30), M.shifted(31), ""),
    ]
    assert [(b.start, b.end) for b in alone] == [(M.shifted(30), M.shifted(31))]


def test_a_required_name_emptied_is_refused() -> None:
    base = _base()
    reply = copy.deepcopy(base)
    reply.name = ""
    reply.budget = 5
    out = merge_project(base, reply, copy.deepcopy(base))
    assert out.project.name == "事業A" and out.project.budget == 5
    assert any("事業名が空欄" in n for n in out.notes)


def test_text_diff_marks_added_and_removed() -> None:
    old, new = "職員の業務効率化を図る。", "職員と事業者の負担を減らす。"
    assert "".join(t for op, t in segments(old, new) if op != "-") == new
    assert "".join(t for op, t in segments(old, new) if op != "+") == old
    assert marked("県が発信する情報", "県が動画で発信する情報") == "県が{+動画で+}発信する情報"
    assert marked("ABCDEF", "ABXDEF").count("[-") == 1
    html = as_html("a<b", "a<c")
    assert "&lt;" in html and "line-through" in html and "underline" in html


def test_list_sheet_reads_rows_by_header_and_names_what_it_cannot() -> None:
    data = SheetData("一覧")
    data.values.update({
        (1, 1): "令和６年度DX関連事業ロードマップ",
        (2, 1): "No.", (2, 2): "事業名", (2, 3): "担当部局", (2, 4): "担当課等", (2, 5): "期間", (2, 6): "R6事業費（千円）",
        (3, 1): 56, (3, 2): "事業A", (3, 3): "総務部・教育庁", (3, 5): "R5〜R10", (3, 6): "５,１４４",
        (4, 1): "５７", (4, 2): "事業B", (4, 5): "いつか", (4, 6): -3,
        (5, 2): "合計（2 事業）", (5, 6): 5144,
    })  # fmt: skip
    data.max_row, data.max_col = 5, 6
    warnings: list[str] = []
    rows = read_list_sheet(data, warnings)
    assert set(rows) == {56, 57}
    assert [len(rows[56]), len(rows[57])] == [1, 1]
    assert rows[56][0].values == {
        "name": "事業A", "departments": ["総務部", "教育庁"], "sections": [], "start_year": 2023, "end_year": 2028,
        "budget": 5144,
    }  # fmt: skip
    assert "budget" not in rows[57][0].values and "start_year" not in rows[57][0].values
    assert len(warnings) == 2 and all("一覧" in w for w in warnings)


def test_export_records_survive_a_whole_roadmap_save_and_an_old_file_is_migrated(tmp_path: Path) -> None:
    rm = Roadmap(Edition(), [_base()])
    path = tmp_path / "r.roadmap"
    with RoadmapFile.create(path, rm) as f:
        record_export(f, ExportRecord("e1", "総務部", "a.xlsx", "", "rev"), [BaseEntry("No.1", 1, rm.projects[0])])
        f.save_all(rm)
        assert load_base(f, "e1") is not None and [r.label for r in list_exports(f)] == ["総務部"]
    old = tmp_path / "old.roadmap"
    with RoadmapFile.create(old, rm):
        pass
    conn = sqlite3.connect(old)
    # a file from before the export records: that step and every later one undone
    step = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE xlsx_export" in str(m))
    conn.execute("DROP TABLE xlsx_export")
    conn.execute("DROP TABLE applied_reply")  # a later step's table (what applied replies said)
    for later in MIGRATIONS[step + 1 :]:  # undo the later steps' columns: a file of that version
        for column in re.findall(r"ADD COLUMN (\w+)", str(later)):
            conn.execute(f"ALTER TABLE edition DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {step}")
    conn.commit()
    conn.close()
    with RoadmapFile.open(old) as f:  # migrated on opening (after a backup)
        assert list_exports(f) == [] and load_base(f, "e1") is None


def test_clone_keeps_every_attribute_and_shares_nothing_mutable(sample) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from roadmap_desktop.core.rollover import rollover
    from roadmap_desktop.importing.three_way import clone

    projects = rollover(sample).roadmap.projects
    assert any(p.history for p in projects) and any(p.past_budgets for p in projects)
    for p in projects:
        snapshot = copy.deepcopy(p)
        c = clone(p)
        assert dataclasses.asdict(c) == dataclasses.asdict(p)
        for ini in c.initiatives + c.history:
            ini.plan.clear()
            ini.name += "x"
        c.items.append("x")
        c.initiatives.clear()
        c.history.clear()
        c.past_budgets.clear()
        assert p == snapshot  # the clone shares nothing that changing it could reach
