"""The import preview dialog: per-project checkboxes, old → new, warnings, accept some and reject others."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.importing.merge import ChangeKind, ImportResult, IncomingSheet, plan_import
from roadmap_desktop.ui.import_dialog import ImportPreviewDialog, preview_import

# The offscreen platform's notice when a window is shown; nothing of ours.
pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("app_font"),  # renders with real Japanese glyphs
]

EDITION = Edition(fiscal_year=2024)
M = EDITION.first_month


def run_import(parent: object, roadmap: Roadmap, path: Path) -> Roadmap | None:
    """Read, preview and accept as the window does; the roadmap the accepted plan would leave (None: nothing)."""
    plan = preview_import(None, roadmap, [path])
    return plan.result() if plan is not None else None


def _roadmap() -> Roadmap:
    return Roadmap(
        EDITION,
        [
            Project(
                name="電子入札導入調査事業",
                budget=5144,
                overview="旧い概要",
                initiatives=[Initiative("検討", "計画", [Bar(M, M.shifted(5), "内容検討")], [])],
            ),
            Project(name="ウェブ広報発信力向上事業", budget=8742),
            Project(name="県有財産管理デジタル化推進事業", budget=29025),
        ],
    )


def _plan(rm: Roadmap) -> tuple[list, ImportResult]:
    a = copy.deepcopy(rm.projects[0])
    a.overview = "新しい概要"
    a.initiatives[0].plan = [Bar(M.shifted(2), M.shifted(4), "内容検討")]
    b = copy.deepcopy(rm.projects[1])
    b.budget = 9000
    c = copy.deepcopy(rm.projects[2])
    new = Project(name="新規のＡＩ議事録事業", budget=300, start_year=2024, end_year=2026)
    sheets = [
        IncomingSheet(a, "ワークシート「No.1」", True, 1),
        IncomingSheet(
            b,
            "ワークシート「No.2」",
            True,
            2,
            ["事業費の見出しが「R5事業費（千円）」で、このロードマップの「R6事業費（千円）」と違います。"],
        ),
        IncomingSheet(c, "ワークシート「No.3」", True, 3),
        IncomingSheet(new, "ワークシート「No.4」", False, 4),
    ]
    result = ImportResult(
        sheets, ["ワークシート「メモ」: 見出し「事業名」が見つからないため、事業のシートとして読めませんでした。"]
    )
    return plan_import(rm, result), result


def test_preview_lists_changes_and_accepts_some(qtbot, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    rm = _roadmap()
    plan, result = _plan(rm)
    dialog = ImportPreviewDialog(None, rm, plan, result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(artifacts / "import-preview.png"))

    assert "新規1件、変更2件、変更なし1件" in dialog.summary.text()
    top = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [t.text(0).split("　")[0] for t in top] == [p.incoming.project.name for p in plan]
    assert "［変更 2 項目］" in top[0].text(0) and "［新規］" in top[3].text(0)
    first = {
        top[0].child(i).text(0): (top[0].child(i).text(1), top[0].child(i).text(2)) for i in range(top[0].childCount())
    }
    assert first["概要"] == ("旧い概要", "新しい概要")
    assert "令和6年6月〜令和6年8月" in first["取組1「検討」"][1]
    warnings = [
        top[1].child(i).text(0) for i in range(top[1].childCount()) if top[1].child(i).text(0).startswith("注意")
    ]
    assert warnings and "R5事業費" in warnings[0]
    assert top[2].flags() & Qt.ItemFlag.ItemIsUserCheckable == Qt.ItemFlag(0)  # unchanged: nothing to accept
    assert dialog.problems.count() == 1

    # Selecting a change shows its whole text, old and new.
    overview_item = next(top[0].child(i) for i in range(top[0].childCount()) if top[0].child(i).text(0) == "概要")
    dialog.tree.setCurrentItem(overview_item)
    assert "旧い概要" in dialog.detail.toPlainText() and "新しい概要" in dialog.detail.toPlainText()
    dialog.grab().save(str(artifacts / "import-preview.png"))

    dialog.set_accepted(1, False)  # keep our budget of ウェブ広報
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    accepted = dialog.accepted_plan()
    assert [c.accepted for c in accepted] == [True, False, False, True]


def test_nothing_checked_disables_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    rm = _roadmap()
    plan, result = _plan(rm)
    dialog = ImportPreviewDialog(None, rm, plan, result)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.select_none, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()
    assert not any(c.accepted for c in dialog.accepted_plan())
    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    assert [c.accepted for c in dialog.accepted_plan()] == [True, True, False, True]


def test_run_import_reads_previews_and_applies_accepted(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    rm = _roadmap()
    edited = copy.deepcopy(rm)
    edited.projects[0].overview = "新しい概要"
    edited.projects[1].budget = 1
    book = tmp_path / "book.xlsx"
    export_xlsx(edited, edited.projects, book)

    def exec_(self: ImportPreviewDialog) -> int:
        assert [c.kind for c in self._plan] == [ChangeKind.CHANGED, ChangeKind.CHANGED, ChangeKind.UNCHANGED]
        self.set_accepted(1, False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    out = run_import(None, rm, book)
    assert out is not None
    assert out.projects[0].overview == "新しい概要"
    assert out.projects[1].budget == 8742
    assert rm.projects[0].overview == "旧い概要"


def test_run_import_rejected_returns_none(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    rm = _roadmap()
    book = tmp_path / "book.xlsx"
    export_xlsx(rm, rm.projects, book)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert run_import(None, rm, book) is None


def test_run_import_bad_file_shows_error(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    assert run_import(None, _roadmap(), bad) is None
    assert shown and "broken.xlsx" in shown[0]
    shown.clear()
    assert run_import(None, _roadmap(), tmp_path / "notes.txt") is None
    assert shown and "取り込めない形式" in shown[0]


def test_run_import_cancelled_while_reading(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    rm = _roadmap()
    book = tmp_path / "book.xlsx"
    export_xlsx(rm, rm.projects, book)
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # 中止 at once
    opened: list[bool] = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: opened.append(True) or 1)
    assert run_import(None, rm, book) is None
    assert opened == []


def test_pdf_goes_to_the_pdf_reader(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    rm = _roadmap()
    calls: list[Path] = []

    def fake_read_pdf(path: Path, edition: Edition, progress: object = None, content: object = None) -> ImportResult:
        calls.append(path)
        assert content is None  # a PDF on disk is read from there (worker processes open it themselves)
        return ImportResult([IncomingSheet(copy.deepcopy(rm.projects[2]), "3ページ目")])

    import types

    fake = types.ModuleType("roadmap_desktop.importing.pdf")
    fake.read_pdf = fake_read_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "roadmap_desktop.importing.pdf", fake)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    (tmp_path / "book.pdf").write_bytes(b"%PDF-1.7\n")  # a PDF by its bytes (importing/attachments.py)
    assert run_import(None, rm, tmp_path / "book.pdf") is None  # nothing changed: nothing to apply
    assert calls == [tmp_path / "book.pdf"]


def test_a_deletion_from_a_file_without_a_base_is_shown_and_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Two-way: an emptied 概要 and a 取組 gone are rows marked ［削除・空欄］ whose choice keeps ours."""
    rm = _roadmap()
    shown = copy.deepcopy(rm.projects[0])
    shown.overview, shown.initiatives = "", []
    result = ImportResult([IncomingSheet(shown, "1ページ目", False, 1)])
    plan = plan_import(rm, result)
    dialog = ImportPreviewDialog(None, rm, plan, result)
    qtbot.addWidget(dialog)
    top = dialog.tree.topLevelItem(0)
    rows = [top.child(i).text(0) for i in range(top.childCount())]
    assert "［削除・空欄］概要" in rows and any(r.startswith("［削除・空欄］取組") for r in rows)
    assert all(k.choice == 0 and k.destructive for k in plan[0].conflicts)
    assert plan[0].proposed.overview == "旧い概要" and len(plan[0].proposed.initiatives) == 1
