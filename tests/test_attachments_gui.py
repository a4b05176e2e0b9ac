"""The windows' part of locked attachments: the import window asks for a password (per file, again after a
wrong one), the preview says when nothing can be applied, the export dialog locks a workbook. Modal
dialogs are replaced: nothing is left waiting."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import Any

import msoffcrypto
import pytest
from corpus_xlsx.build import build, load_facts
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from test_attachments import KIND, PASSWORD, _changed_facts, _encrypt, _expected

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.importing.merge import plan_import
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.ui.export_dialog import ExportDialog
from roadmap_desktop.ui.import_dialog import ImportPreviewDialog, preview_import


def run_import(parent: object, roadmap: Roadmap, path: Path) -> Roadmap | None:
    """Read, preview and accept as the window does; the roadmap the accepted plan would leave (None: nothing)."""
    plan = preview_import(None, roadmap, [path])
    return plan.result() if plan is not None else None


pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


class _Prompts:
    """QInputDialog.getText replaced: answers given in turn, each question recorded."""

    def __init__(self, answers: list[tuple[str, bool]]) -> None:
        self.answers = iter(answers)
        self.asked: list[tuple[str, Any]] = []

    def __call__(self, parent: object, title: str, label: str, echo: Any = None, *args: Any, **kw: Any) -> Any:
        self.asked.append((label, echo))
        return next(self.answers)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: messages.append(text))
    return messages


def _accept_preview(monkeypatch: pytest.MonkeyPatch) -> list[ImportPreviewDialog]:
    seen: list[ImportPreviewDialog] = []

    def exec_(self: ImportPreviewDialog) -> int:
        seen.append(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    return seen


def test_the_import_window_asks_for_the_password_again_after_a_wrong_one(
    qtbot: QtBot, tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    locked = _encrypt(build(KIND, tmp_path / "src.xlsx", _changed_facts()), tmp_path / "回答.xlsx")
    prompts = _Prompts([("ちがう", True), (PASSWORD, True)])
    monkeypatch.setattr(QInputDialog, "getText", prompts)
    previews = _accept_preview(monkeypatch)
    new = run_import(None, copy.deepcopy(sample), locked)
    assert new is not None and dumps(new) == _expected(sample)
    assert [echo for _, echo in prompts.asked] == [QLineEdit.EchoMode.Password] * 2  # never shown in the clear
    assert "「回答.xlsx」はパスワードで保護されています" in prompts.asked[0][0]
    assert "パスワードが違います" in prompts.asked[1][0] and "パスワードが違います" not in prompts.asked[0][0]
    assert shown == [] and len(previews) == 1


def test_cancelling_the_password_reads_nothing_and_says_so(
    qtbot: QtBot, tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    locked = _encrypt(build(KIND, tmp_path / "src.xlsx", _changed_facts()), tmp_path / "回答.xlsx")
    monkeypatch.setattr(QInputDialog, "getText", _Prompts([("", False)]))
    previews = _accept_preview(monkeypatch)
    assert run_import(None, copy.deepcopy(sample), locked) is None
    assert previews == [] and len(shown) == 1 and "パスワードで保護されています" in shown[0]


def test_a_zip_of_two_replies_is_previewed_file_by_file(
    qtbot: QtBot, tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    archive = tmp_path / "添付.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(build(KIND, tmp_path / "a.xlsx", _changed_facts()), "部局A.xlsx")
        other = load_facts()  # another department's three projects, as they are
        other["projects"] = other["projects"][5:8]
        z.write(build("book_merged", tmp_path / "b.xlsx", other), "部局B.xlsx")
    previews = _accept_preview(monkeypatch)
    new = run_import(None, copy.deepcopy(sample), archive)
    assert new is not None and dumps(new) == _expected(sample)
    [preview] = previews
    files = [preview.tree.topLevelItem(i).text(0) for i in range(preview.tree.topLevelItemCount())]
    assert files == [
        "ファイル「添付.zip 内の 部局A.xlsx」（2 事業に変更）",
        "ファイル「添付.zip 内の 部局B.xlsx」（0 事業に変更）",
    ]


def test_the_preview_says_when_nothing_can_be_applied(qtbot: QtBot, tmp_path: Path, sample: Roadmap) -> None:
    same = build(KIND, tmp_path / "同じ.xlsx")
    result = read_xlsx(same, sample.edition)
    dialog = ImportPreviewDialog(None, sample, plan_import(sample, result), result)
    qtbot.addWidget(dialog)
    assert "取り込める変更はありません" in dialog.summary.text()
    assert not dialog.ok_button.isEnabled()
    dialog.select_all.click()
    assert not dialog.ok_button.isEnabled()


def test_the_export_dialog_locks_the_workbook(
    qtbot: QtBot, tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    target = tmp_path / "回答用.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dlg = ExportDialog(None, sample, {"all": sample.projects[:3]}, None)
    qtbot.addWidget(dlg)
    assert not dlg.password.isEnabled()  # a PDF gets none
    dlg.xlsx.setChecked(True)
    assert dlg.password.isEnabled()
    dlg.password.setText(PASSWORD)
    dlg.password_again.setText(PASSWORD + "x")
    assert not dlg.run_export()
    assert not target.exists() and "一致しません" in shown[0]
    dlg.password_again.setText(PASSWORD)
    assert dlg.run_export()
    data = target.read_bytes()
    assert data[:4] == b"\xd0\xcf\x11\xe0"  # Excel's locked format
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password=PASSWORD, verify_password=True)
    plain = io.BytesIO()
    office.decrypt(plain)
    with zipfile.ZipFile(plain) as z:
        assert "xl/workbook.xml" in z.namelist()


def test_a_drop_takes_what_the_import_takes() -> None:
    from roadmap_desktop.importing import attachments
    from roadmap_desktop.ui import window_events

    assert window_events.IMPORT_SUFFIXES == attachments.IMPORT_SUFFIXES


def test_workbooks_per_department_locked_from_the_window(
    qtbot: QtBot, tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    from roadmap_desktop.storage import RoadmapFile
    from roadmap_desktop.ui.collection import DepartmentDialog
    from roadmap_desktop.ui.main_window import MainWindow

    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)

    def exec_(self: DepartmentDialog) -> int:
        self.password.setText(PASSWORD)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DepartmentDialog, "exec", exec_)
    folder = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.export_departments_action.trigger()
    books = sorted(folder.glob("*.xlsx"))
    assert books and all(b.read_bytes()[:4] == b"\xd0\xcf\x11\xe0" for b in books) and shown == []
