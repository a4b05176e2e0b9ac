"""The collection round in the window: 部局別に書き出し, 複数ファイルの取り込み (chosen or dropped),
one preview grouped by file with conflicts to choose, and the 回収状況 view; dialogs monkeypatched."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from workbook_cells import right_of

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.export.round_export import export_per_department
from roadmap_desktop.importing.merge import ChangeKind
from roadmap_desktop.importing.round_plan import plan_round
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.rounds import list_exports, load_base
from roadmap_desktop.ui import collection
from roadmap_desktop.ui.collection import CollectionStatusDialog, DepartmentDialog
from roadmap_desktop.ui.import_dialog import ImportPreviewDialog
from roadmap_desktop.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("app_font"),
]


def sheet_named(wb: openpyxl.Workbook, name: str) -> openpyxl.worksheet.worksheet.Worksheet:
    return next(ws for ws in wb.worksheets if ws.title.startswith("No.") and right_of(ws, "事業名").value == name)


def edit(path: Path, out: Path, name: str, label: str, value: object) -> Path:
    wb = openpyxl.load_workbook(path)
    right_of(sheet_named(wb, name), label).value = value
    wb.save(out)
    return out


@pytest.fixture
def window(qtbot, tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected warning {a[2]}"))
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.show()
    qtbot.waitExposed(w)
    return w


def _export_departments(window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setattr(DepartmentDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.export_departments_action.trigger()
    written = sorted(folder.glob("*.xlsx"))
    box = window.findChild(QMessageBox, "ExportedMessage")
    assert box is not None and box.isVisible()
    # the confirmation names the folder and the workbooks, and offers to open the folder
    assert f"{len(written)}件のファイルを書き出しました" in box.text() and str(folder) in box.text()
    assert sum(p.name in box.text() for p in written) == min(len(written), 5)
    opened: list[str] = []
    monkeypatch.setattr("roadmap_desktop.ui.export_done.open_folder", lambda f: opened.append(str(f)) or True)
    box.open_button.click()
    assert opened == [str(folder)]
    return written


def test_export_per_department_then_import_two_replies_at_once(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, artifacts: Path
) -> None:
    out = tmp_path / "out"
    written = _export_departments(window, out, monkeypatch)
    departments = {p.stem.split("_", 1)[1] for p in written}
    assert {"総務部", "財務部", "教育庁", "警察本部"} <= departments
    soumu = next(p for p in written if p.stem.endswith("_総務部"))
    zaimu = next(p for p in written if p.stem.endswith("_財務部"))
    before = dumps(window.roadmap)
    a = edit(soumu, tmp_path / "総務部_返信.xlsx", "ウェブ広報発信力向上事業", "R6事業費（千円）", 9000)
    b = edit(zaimu, tmp_path / "財務部_返信.xlsx", "県有財産管理業務デジタル化推進事業", "R6事業費（千円）", 500)

    seen: dict[str, object] = {}

    def exec_(self: ImportPreviewDialog) -> int:
        top = [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]
        seen["top"] = top
        seen["current"] = self.tree.currentItem().text(0)
        self.grab().save(str(artifacts / "collection-import-two-files.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(a), str(b)], ""))
    window.import_many_action.trigger()
    assert seen["top"] == [
        "ファイル「総務部_返信.xlsx」（1 事業に変更）",
        "ファイル「財務部_返信.xlsx」（1 事業に変更）",
    ]
    assert seen["current"] == "事業費（千円）"  # opens on the first change
    after = window.roadmap
    assert [
        p.budget for p in after.projects if p.name in ("ウェブ広報発信力向上事業", "県有財産管理業務デジタル化推進事業")
    ] == [9000, 500]
    assert window.undo_group.undoText() == "取り込み（総務部_返信.xlsx、財務部_返信.xlsx）"
    records = {r.label: r for r in list_exports(window.document.file)}
    assert records["総務部"].state == "applied" and records["財務部"].state == "applied"
    assert records["教育庁"].state == "out"
    window.undo()
    assert dumps(window.roadmap) == before


def test_a_corrected_reply_supersedes_the_first_and_undo_unmarks_it(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, artifacts: Path
) -> None:
    """総務部 sends a reply, then a corrected one: the window applies both through its session, the
    preview says the later replaces the earlier, and 元に戻す puts 回収状況 back to 返信あり."""
    import os

    written = _export_departments(window, tmp_path / "out", monkeypatch)
    soumu = next(p for p in written if p.stem.endswith("_総務部"))
    first = edit(soumu, tmp_path / "総務部_返信.xlsx", "ウェブ広報発信力向上事業", "R6事業費（千円）", 9000)
    later = edit(soumu, tmp_path / "総務部_訂正.xlsx", "ウェブ広報発信力向上事業", "R6事業費（千円）", 9100)
    os.utime(first, (1_700_000_000, 1_700_000_000))
    os.utime(later, (1_700_000_600, 1_700_000_600))
    before = dumps(window.roadmap)
    notes: list[str] = []

    def exec_(self: ImportPreviewDialog) -> int:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            notes.append(item.text(0))
            stack += [item.child(i) for i in range(item.childCount())]
        notes.append(self.summary.text())
        self.show()
        self.grab().save(str(artifacts / "collection-corrected-reply.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    assert window.import_files([later, first])
    assert "うち1件は同じ書き出しへの後の回答で置き換えるため、後の回答の値を選んであります" in notes[-1]
    assert any("同じ書き出しへの後の回答で置き換えます" in n for n in notes)
    assert any("「総務部_返信.xlsx」と同じ書き出しへの後の回答です" in n for n in notes)
    assert next(p for p in window.roadmap.projects if p.name == "ウェブ広報発信力向上事業").budget == 9100
    state = {r.label: r.state for r in list_exports(window.document.file)}
    assert state["総務部"] == "applied"
    assert window.document.file.last_backup is not None and window.document.file.last_backup.exists()
    window.undo()
    assert dumps(window.roadmap) == before
    assert {r.label: r.state for r in list_exports(window.document.file)}["総務部"] == "back"


def test_dropping_several_replies_imports_them_together(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[Path]] = []
    monkeypatch.setattr(collection, "import_files", lambda w, paths: calls.append(paths))
    files = [tmp_path / "a.xlsx", tmp_path / "b.xlsx"]
    for f in files:
        f.write_bytes(b"PK")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    qtbot.waitUntil(lambda: bool(calls))
    assert calls == [files]


def test_conflicts_are_chosen_in_the_preview_and_shown_side_by_side(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, artifacts: Path
) -> None:
    """Two replies and the roadmap itself all change ウェブ広報's budget; a long text changes too."""
    written = _export_departments(window, tmp_path / "out", monkeypatch)
    soumu = next(p for p in written if p.stem.endswith("_総務部"))
    a = edit(soumu, tmp_path / "A.xlsx", "ウェブ広報発信力向上事業", "R6事業費（千円）", 9000)
    wb = openpyxl.load_workbook(a)
    cell = right_of(sheet_named(wb, "ウェブ広報発信力向上事業"), "概要")
    cell.value = cell.value.replace("発信する", "動画も使って発信する")
    wb.save(a)
    b = edit(soumu, tmp_path / "B.xlsx", "ウェブ広報発信力向上事業", "R6事業費（千円）", 9500)
    file = window.document.file
    roadmap = window.roadmap
    replies = []
    for path in (a, b):
        result = read_xlsx(path, roadmap.edition)
        replies.append((path.name, result, load_base(file, result.export_id)))
    plans = plan_round(roadmap, replies)
    dialog = ImportPreviewDialog(window, roadmap, plans)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    change = next(c for c in plans[1].changes if c.kind is ChangeKind.CHANGED)
    (conflict,) = change.conflicts
    assert [o.text for o in conflict.options] == ["9,000", "9,500"]
    assert conflict.options[0].source == "「A.xlsx」（先の返信）"
    first_file = dialog.tree.topLevelItem(0)
    project = next(
        first_file.child(i) for i in range(first_file.childCount()) if "［変更 " in first_file.child(i).text(0)
    )
    labels = [project.child(i).text(0) for i in range(project.childCount())]
    assert "概要" in labels, (project.text(0), labels)
    overview = project.child(labels.index("概要"))
    dialog.tree.setCurrentItem(overview)
    html = dialog.detail.toHtml()
    assert "動画も使って" in dialog.detail.toPlainText() and "#ccf0d5" in html  # added text marked green
    dialog.grab().save(str(artifacts / "collection-preview-diff.png"))
    row = next(r for r, k in dialog._conflict_rows if k is conflict)
    dialog.tree.setCurrentItem(row)
    assert "書き出し時" in dialog.detail.toPlainText() and "9,500" in dialog.detail.toPlainText()
    dialog.grab().save(str(artifacts / "collection-preview-conflict.png"))
    dialog.choose(conflict, 1)
    qtbot.waitUntil(lambda: any(f.new == "9,500" for f in change.changes))
    accepted = dialog.accepted_plan()
    from roadmap_desktop.importing.merge import apply_import

    out = apply_import(roadmap, accepted)
    assert next(p for p in out.projects if p.name == "ウェブ広報発信力向上事業").budget == 9500


def test_unchanged_projects_are_hidden_until_asked_for(qtbot, window: MainWindow, tmp_path: Path) -> None:
    file = window.document.file
    roadmap = window.roadmap
    written = export_per_department(file, roadmap, tmp_path / "out")
    soumu = next(p for p in written if p.stem.endswith("_総務部"))
    a = edit(soumu, tmp_path / "A.xlsx", "ウェブ広報発信力向上事業", "R6事業費（千円）", 9000)
    result = read_xlsx(a, roadmap.edition)
    plans = plan_round(roadmap, [(a.name, result, load_base(file, result.export_id))])
    dialog = ImportPreviewDialog(window, roadmap, plans)
    qtbot.addWidget(dialog)
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    projects = [i for i in items if "［" in i.text(0)]
    assert len(projects) == len(result.sheets) > 2
    visible = [i.text(0) for i in projects if not i.isHidden()]
    assert len(visible) == 1 and visible[0].startswith("ウェブ広報発信力向上事業")
    dialog.show_unchanged.setChecked(True)
    assert all(not i.isHidden() for i in projects)
    assert "「総務部」宛てに書き出した時" in dialog.mode.text()


def test_collection_status_shows_out_back_and_applied(
    qtbot, window: MainWindow, tmp_path: Path, artifacts: Path
) -> None:
    from roadmap_desktop.storage.rounds import mark_applied, mark_returned

    file = window.document.file
    export_per_department(file, window.roadmap, tmp_path / "out")
    records = list_exports(file)
    mark_returned(file, records[0].id, "返信1.xlsx")
    mark_applied(file, records[1].id, "返信2.xlsx")
    dialog = CollectionStatusDialog(window, list_exports(file))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(artifacts / "collection-status.png"))
    states = [dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())]
    assert states.count("取り込み済み") == 1 and states.count("返信あり（未取り込み）") == 1
    assert states.count("回収待ち") == len(records) - 2
    assert "回収待ち" in dialog.summary.text()


def test_collection_status_lists_departments_in_the_books_order(sample: Roadmap) -> None:
    """回収状況 in the organisation's order (as the departments first appear in the book), not by code."""
    from roadmap_desktop.export.round_export import by_department
    from roadmap_desktop.storage.rounds import ExportRecord
    from roadmap_desktop.ui.collection import in_organisation_order

    departments = list(by_department(sample.projects))
    assert departments != sorted(departments)  # the sample's order is not the character order
    records = [
        ExportRecord(f"id{i}", d, f"{d}.xlsx", "2025-04-01T09:00:00", "r1", 1)
        for i, d in enumerate(sorted(departments))
    ]
    later = ExportRecord("late", departments[-1], "late.xlsx", "2025-05-01T09:00:00", "r2", 1)
    shown = in_organisation_order([later, *records], sample)
    assert [r.label for r in shown] == [*departments, departments[-1]]
    assert shown[-1] is later  # a later round after the first
