"""Undoable commands: each step writes the file, undo restores the exact previous dump."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Initiative, Project, Roadmap
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.ui.commands import (
    AddProject,
    DeleteProject,
    MoveProject,
    ReplaceRoadmap,
    RoadmapDocument,
    SetProject,
    push_project_edit,
)


def file_dump(path: Path) -> str:
    with RoadmapFile.open(path, readonly=True) as f:
        return dumps(f.load())


@pytest.fixture
def doc(qapp: object, sample_file: RoadmapFile) -> RoadmapDocument:
    return RoadmapDocument(sample_file)


def check_in_sync(doc: RoadmapDocument) -> None:
    assert file_dump(doc.file.path) == dumps(doc.roadmap)


def test_set_project_writes_undo_and_redo(doc: RoadmapDocument) -> None:
    before = dumps(doc.roadmap)
    old = doc.roadmap.projects[2]
    new = copy.deepcopy(old)
    new.overview = "新しい概要"
    new.initiatives[0].plan.append(Bar(Month(2026, 4), Month(2026, 9), "追加"))
    changed: list[str] = []
    doc.projectChanged.connect(changed.append)
    doc.push(SetProject(doc, old, new, "概要を変更"))
    assert doc.undo_stack.undoText() == "概要を変更"
    assert changed == [old.id]
    after = dumps(doc.roadmap)
    assert "新しい概要" in after
    check_in_sync(doc)
    doc.undo_stack.undo()
    assert dumps(doc.roadmap) == before
    assert file_dump(doc.file.path) == before
    doc.undo_stack.redo()
    assert dumps(doc.roadmap) == after
    check_in_sync(doc)


def test_delete_several_is_one_step(doc: RoadmapDocument) -> None:
    before = dumps(doc.roadmap)
    ids = [p.id for p in doc.roadmap.projects]
    doc.push(DeleteProject(doc, [ids[7], ids[2], ids[19]], "3 件の事業を削除"))
    assert [p.id for p in doc.roadmap.projects] == [i for n, i in enumerate(ids) if n not in (2, 7, 19)]
    check_in_sync(doc)
    doc.undo_stack.undo()  # one undo brings all three back, each in its place
    assert dumps(doc.roadmap) == before
    assert file_dump(doc.file.path) == before
    doc.undo_stack.redo()
    assert len(doc.roadmap.projects) == 17
    check_in_sync(doc)


def test_add_delete_move(doc: RoadmapDocument) -> None:
    before = dumps(doc.roadmap)
    ids = [p.id for p in doc.roadmap.projects]
    added = Project(name="追加事業", initiatives=[Initiative("検討")])
    doc.push(AddProject(doc, added, 1, "事業を追加"))
    assert [p.id for p in doc.roadmap.projects] == [ids[0], added.id, *ids[1:]]
    check_in_sync(doc)
    doc.push(MoveProject(doc, added.id, 4, "事業を後ろへ移動"))
    assert doc.roadmap.index_of(added.id) == 4
    check_in_sync(doc)
    doc.push(DeleteProject(doc, ids[0], "事業を削除"))
    assert ids[0] not in [p.id for p in doc.roadmap.projects]
    check_in_sync(doc)
    for _ in range(3):
        doc.undo_stack.undo()
        check_in_sync(doc)
    assert dumps(doc.roadmap) == before
    for _ in range(3):
        doc.undo_stack.redo()
    check_in_sync(doc)
    assert doc.roadmap.index_of(added.id) == 3


def test_replace_roadmap(doc: RoadmapDocument) -> None:
    before = dumps(doc.roadmap)
    new = Roadmap(copy.deepcopy(doc.roadmap.edition), [Project(name="ひとつだけ")])
    doc.push(ReplaceRoadmap(doc, doc.roadmap, new, "取り込み"))
    assert [p.name for p in doc.roadmap.projects] == ["ひとつだけ"]
    check_in_sync(doc)
    doc.undo_stack.undo()
    assert dumps(doc.roadmap) == before == file_dump(doc.file.path)


def test_failed_write_leaves_model_as_file_and_history_untouched(
    doc: RoadmapDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dumps(doc.roadmap)
    errors: list[object] = []
    doc.writeFailed.connect(errors.append)

    def full_disk(*args: object, **kwargs: object) -> None:
        raise RoadmapError("ディスクの空きが足りないため保存できませんでした。")

    monkeypatch.setattr(doc.file, "save_project", full_disk)
    old = doc.roadmap.projects[0]
    new = copy.deepcopy(old)
    new.name = "変更"
    doc.push(SetProject(doc, old, new, "事業名を変更"))
    assert len(errors) == 1 and "ディスク" in str(errors[0])
    assert doc.undo_stack.count() == 0  # the failed step is not in the history
    assert dumps(doc.roadmap) == before == file_dump(doc.file.path)


def test_failed_undo_keeps_model_as_file_and_drops_history(
    doc: RoadmapDocument, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    old = doc.roadmap.projects[0]
    new = copy.deepcopy(old)
    new.name = "変更"
    doc.push(SetProject(doc, old, new, "事業名を変更"))
    after = dumps(doc.roadmap)
    errors: list[object] = []
    doc.writeFailed.connect(errors.append)

    def read_only(*args: object, **kwargs: object) -> None:
        raise RoadmapError("書き込む権限がありません。")

    monkeypatch.setattr(doc.file, "save_project", read_only)
    doc.undo_stack.undo()
    assert len(errors) == 1
    assert dumps(doc.roadmap) == after == file_dump(doc.file.path)
    qtbot.waitUntil(lambda: doc.undo_stack.count() == 0)  # type: ignore[attr-defined]


def test_readonly_file_refuses(qapp: object, sample_file: RoadmapFile) -> None:
    path = sample_file.path
    sample_file.close()
    with RoadmapFile.open(path, readonly=True) as ro:
        doc = RoadmapDocument(ro)
        before = dumps(doc.roadmap)
        errors: list[object] = []
        doc.writeFailed.connect(errors.append)
        doc.push(DeleteProject(doc, doc.roadmap.projects[0].id, "事業を削除"))
        assert errors and "読み取り専用" in str(errors[0])
        assert dumps(doc.roadmap) == before
        assert doc.undo_stack.count() == 0


def test_set_edition(doc: RoadmapDocument) -> None:
    from roadmap_desktop.ui.commands import SetEdition

    before = dumps(doc.roadmap)
    new = copy.deepcopy(doc.roadmap.edition)
    new.first_sheet_no = 101
    doc.push(SetEdition(doc, doc.roadmap.edition, new, "版の設定を変更"))
    assert doc.roadmap.sheet_numbers()[0] == 101
    check_in_sync(doc)
    doc.undo_stack.undo()
    assert dumps(doc.roadmap) == before == file_dump(doc.file.path)


def test_the_editions_month_and_issue_are_one_undoable_step_kept_in_the_file(doc: RoadmapDocument) -> None:
    from datetime import date

    from roadmap_desktop.core.fiscal import Month
    from roadmap_desktop.ui.commands import SetEdition

    before = dumps(doc.roadmap)
    new = copy.deepcopy(doc.roadmap.edition)
    new.reference_month, new.issuer, new.issued = Month(2025, 9), "総務部 デジタル推進課", date(2025, 10, 1)
    doc.push(SetEdition(doc, doc.roadmap.edition, new, "版の設定を変更"))
    assert '"reference_month": "2025-09"' in file_dump(doc.file.path) and '"issued": "2025-10-01"' in file_dump(
        doc.file.path
    )
    check_in_sync(doc)
    doc.undo_stack.undo()
    assert dumps(doc.roadmap) == before == file_dump(doc.file.path)


def test_the_timeline_edit_sink_answers_whether_the_edit_was_applied(
    doc: RoadmapDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """push_project_edit returns the result itself: no signal has to be answered synchronously."""
    before = dumps(doc.roadmap)
    new = copy.deepcopy(doc.roadmap.projects[1])
    new.initiatives[0].name = "名前を変えた取組"
    changed: list[str] = []
    doc.projectChanged.connect(changed.append)
    assert push_project_edit(doc, "取組「…」の名前を変更", new)
    assert doc.undo_stack.count() == 1 and doc.undo_stack.text(0) == "取組「…」の名前を変更"
    assert changed == [new.id]  # the views are told once
    assert doc.roadmap.projects[1] == new and doc.roadmap.projects[1] is not new  # the model keeps its own copy
    check_in_sync(doc)
    doc.undo_stack.undo()
    assert dumps(doc.roadmap) == before

    def full_disk(*args: object, **kwargs: object) -> None:
        raise RoadmapError("ディスクの空きが足りないため保存できませんでした。")

    monkeypatch.setattr(doc.file, "save_project", full_disk)
    doc.writeFailed.connect(lambda _e: None)
    assert not push_project_edit(doc, "取組「…」の名前を変更", new)  # refused by the disk: not applied
    assert dumps(doc.roadmap) == before
    assert not push_project_edit(None, "取組「…」の名前を変更", new)  # no document (or read-only): nothing
    gone = copy.deepcopy(new)
    gone.id = "no-such-project"
    assert not push_project_edit(doc, "x", gone)
