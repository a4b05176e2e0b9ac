"""新年度版を作成 and 版を比較 from the main window's ファイル menu, driven as a user would (modal boxes replaced)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from roadmap_desktop.core.diff import Status
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.ui import rollover_dialog
from roadmap_desktop.ui.diff_view import DiffView, run_compare
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.rollover_dialog import RolloverDialog, default_target

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Boxes:
    """Records QMessageBox questions/warnings and answers questions with *answer*."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.answer = answer
        monkeypatch.setattr(
            QMessageBox, "question", lambda _p, _t, text, *a: self.questions.append(text) or self.answer
        )
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: self.warnings.append(text))


@pytest.fixture
def r6(tmp_path: Path, sample: Roadmap) -> Path:
    path = tmp_path / "roadmap-R6.roadmap"
    RoadmapFile.create(path, sample).close()
    return path


@pytest.fixture
def window(qtbot, r6: Path, app_font: str) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(r6)
    return w


def _menu_texts(window: MainWindow) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    from roadmap_desktop.ui.actions import plain

    return [plain(a.text()) for a in file_menu.actions()]


def test_menu_entries(window: MainWindow) -> None:
    texts = _menu_texts(window)
    assert "新年度版を作成…" in texts and "版を比較…" in texts
    assert window.rollover_action.isEnabled() and window.compare_action.isEnabled()


def test_rollover_dialog_previews_creates_and_opens(
    window: MainWindow,
    r6: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
    artifacts: Path,  # type: ignore[no-untyped-def]
) -> None:
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    before = r6.read_bytes()
    assert default_target(r6, 2024).name == "roadmap-R7.roadmap"
    seen: dict[str, object] = {}

    def fake_exec(dialog: RolloverDialog) -> int:
        seen["summary"] = dialog.summary.toPlainText()
        dialog.keep_ended.setChecked(True)  # the preview follows the choice
        seen["kept"] = dialog.summary.toPlainText()
        dialog.keep_ended.setChecked(False)
        dialog.resize(720, 520)
        dialog.grab().save(str(artifacts / "rollover-dialog.png"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(RolloverDialog, "exec", fake_exec)
    window.rollover_action.trigger()
    assert "No.65 立入検査デジタル化事業（事業終期 R6）" in str(seen["summary"])
    assert "引き継ぐ事業：19件" in str(seen["summary"]) and "引き継ぐ事業：20件" in str(seen["kept"])
    created = r6.with_name("roadmap-R7.roadmap")
    assert created.exists()
    assert boxes.questions and "開きますか" in boxes.questions[-1]
    assert window.document is not None and window.document.file.path == created  # opened
    assert window.document.roadmap.edition.title == "令和７年度DX関連事業ロードマップ"
    assert len(window.document.roadmap.projects) == 19
    # the old file is byte-identical once this window let it go
    assert r6.read_bytes() == before
    window.resize(1400, 900)
    window.grab().save(str(artifacts / "rollover-opened-r7.png"))


def test_rollover_dialog_refuses_the_open_file_and_asks_before_replacing(
    window: MainWindow,
    r6: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.No)
    assert window.document is not None
    dialog = RolloverDialog(window, window.document.roadmap, r6)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(r6))
    dialog.accept()
    assert dialog.created is None and "同じ名前" in dialog.error.text()
    other = r6.with_name("other.roadmap")
    other.write_bytes(b"keep")
    dialog.target.setText(str(other))
    dialog.accept()  # asked, answered No: nothing written
    assert boxes.questions and "置き換えますか" in boxes.questions[-1]
    assert other.read_bytes() == b"keep" and dialog.created is None
    boxes.answer = QMessageBox.StandardButton.Yes
    dialog.accept()
    assert dialog.created == other and RoadmapFile.open(other, readonly=True).load().edition.fiscal_year == 2025


def test_rollover_dialog_refuses_a_target_someone_has_open(
    window: MainWindow,
    r6: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """The same guard as the command line's (operations/targets.py): in use is refused before asking."""
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.document is not None
    taken = r6.with_name("r7.roadmap")
    with RoadmapFile.create(taken, window.document.roadmap):  # someone has r7.roadmap open
        before = taken.read_bytes()
        dialog = RolloverDialog(window, window.document.roadmap, r6)
        qtbot.addWidget(dialog)
        dialog.target.setText(str(taken))
        dialog.accept()
        assert dialog.created is None and "使用中のため上書きできません" in dialog.error.text()
        assert boxes.questions == [] and taken.read_bytes() == before


def test_declining_to_open_keeps_the_old_file_open(
    window: MainWindow,
    r6: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    Boxes(monkeypatch, QMessageBox.StandardButton.No)
    monkeypatch.setattr(RolloverDialog, "exec", lambda d: (d.accept(), d.result())[1])
    created = rollover_dialog.run_rollover(window)
    assert created is not None and created.exists()
    assert window.document is not None and window.document.file.path == r6


def test_diff_view_lists_the_differences(
    window: MainWindow,
    r6: Path,
    sample: Roadmap,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
    artifacts: Path,  # type: ignore[no-untyped-def]
) -> None:
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    other = copy.deepcopy(sample)
    for p, q in zip(other.projects, window.document.roadmap.projects, strict=True):  # type: ignore[union-attr]
        p.id = q.id
    other.projects[0].overview = other.projects[0].overview.replace("電子入札", "電子契約")
    other.projects[1].budget = 9000
    del other.projects[9]
    b = r6.with_name("edited.roadmap")
    RoadmapFile.create(b, other).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(b), ""))
    window.compare_action.trigger()
    views = [w for w in window.findChildren(DiffView)]
    assert len(views) == 1
    view = views[0]
    qtbot.addWidget(view)
    diff = view.diff
    assert diff.a_name == "edited.roadmap" and diff.b_name == "roadmap-R6.roadmap"  # same edition: the open file is B
    view.swap()
    assert view.diff.a_name == "roadmap-R6.roadmap"
    assert [d.name for d in view.diff.of(Status.ENDED)] == ["立入検査デジタル化事業"]
    html = view.browser.toHtml()
    assert "電子" in html and "#c62828" in html.lower() and "#1565c0" in html.lower()
    text = view.browser.toPlainText()
    assert "入札契約" in text  # deleted then inserted, each coloured
    assert "R6事業費: 8,742 → 9,000（+258）" in text
    assert view.projects.count() == len(view.diff.projects) == 3
    assert "立入検査デジタル化事業" in view.projects.item(0).text()
    view.resize(980, 420)  # too short for the whole report
    qtbot.waitExposed(view)
    assert view.browser.verticalScrollBar().maximum() > 0
    view.projects.setCurrentRow(2)  # jumps to that project in the report
    assert view.browser.verticalScrollBar().value() > 0
    view.projects.setCurrentRow(0)
    view.browser.verticalScrollBar().setValue(0)
    view.resize(980, 760)
    view.grab().save(str(artifacts / "diff-view.png"))
    out = r6.with_name("比較.xlsx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert view.xlsx_button.isEnabled()
    view.xlsx_button.click()
    assert out.exists() and "変更一覧" in load_workbook(out).sheetnames
    pdf = r6.with_name("比較.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    view.pdf_button.click()
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert not boxes.warnings
    # the open file is never written by comparing
    assert dumps(RoadmapFile.open(b, readonly=True).load()) == dumps(other)


def test_compare_with_a_bad_file_says_so(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    bad = tmp_path / "bad.roadmap"
    bad.write_bytes(b"not a roadmap")
    assert run_compare(window, bad) is None
    assert boxes.warnings and "ロードマップのファイルではありません" in boxes.warnings[-1]
    assert bad.read_bytes() == b"not a roadmap"
    assert run_compare(window, window.document.file.path) is None  # type: ignore[union-attr]
    assert "別のファイル" in boxes.warnings[-1]


def test_the_new_edition_carries_the_export_records(
    qtbot, window: MainWindow, r6: Path, sample: Roadmap, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A department's reply to last year's workbook, returned after 新年度版を作成, still finds its base."""
    from roadmap_desktop.export.round_export import export_round
    from roadmap_desktop.storage.rounds import list_exports, load_base

    assert window.document is not None  # the window holds the file: the export is recorded through it
    export_id = export_round(window.document.file, sample, sample.projects[:3], tmp_path / "somu.xlsx", "総務部")
    dialog = RolloverDialog(window, window.document.roadmap, r6)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "r7.roadmap"))
    dialog.accept()
    with RoadmapFile.open(tmp_path / "r7.roadmap", readonly=True) as f:
        assert [r.label for r in list_exports(f)] == ["総務部"]
        base = load_base(f, export_id)
        assert base is not None and base.fiscal_year == 2024 and len(base) == 3
