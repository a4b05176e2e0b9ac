"""The main window driven like a user would: list, form, undo, files, import/export wiring, a render."""

from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Project, Roadmap
from roadmap_desktop.settings import load_settings
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.lock import lock_path
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.project_list import Column

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def file_dump(path: Path) -> str:
    with RoadmapFile.open(path, readonly=True) as f:
        return dumps(f.load())


class Messages:
    """Captures what QMessageBox would have shown; answers questions with *answer*."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.warnings: list[str] = []
        self.questions: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: self.warnings.append(text))
        monkeypatch.setattr(QMessageBox, "question", self._question)
        self.answer = answer

    def _question(self, parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    return Messages(monkeypatch, QMessageBox.StandardButton.Yes)


@pytest.fixture
def roadmap_path(tmp_path: Path, sample: Roadmap) -> Path:
    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    return path


@pytest.fixture
def window(qtbot, roadmap_path: Path, messages: Messages) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(roadmap_path)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_row(qtbot, window: MainWindow, row: int) -> None:
    table = window.list_panel.ui.table
    rect = table.visualRect(table.model().index(row, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_title_names_the_file_and_first_project_is_shown(window: MainWindow, roadmap_path: Path) -> None:
    assert window.windowTitle().startswith("r6.roadmap")
    assert "読み取り専用" not in window.windowTitle()
    assert window.form.field_widget("name").text() == window.roadmap.projects[0].name


def test_editing_a_field_writes_the_file_and_undo_redo_restore_exact_dumps(
    qtbot, window: MainWindow, roadmap_path: Path
) -> None:
    before = file_dump(roadmap_path)
    select_row(qtbot, window, 2)
    target = window.roadmap.projects[2]
    assert window.form.field_widget("name").text() == target.name
    retype(qtbot, window.form.field_widget("budget"), "70000")
    after = file_dump(roadmap_path)
    assert after != before
    assert json.loads(after)["projects"][2]["budget"] == 70000
    assert window.list_panel.model.index(2, Column.BUDGET).data() == "70,000"
    assert window.undo_action.text() == "元に戻す(&U): 事業費を変更"

    assert window.statusBar().currentMessage() == "保存しました: 事業費を変更"
    table = window.list_panel.ui.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert file_dump(roadmap_path) == before
    assert window.statusBar().currentMessage() == "元に戻して保存しました: 事業費を変更"
    assert window.form.field_widget("budget").text() == "68,997"
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert file_dump(roadmap_path) == after
    window.undo_action.trigger()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert file_dump(roadmap_path) == after
    assert dumps(window.roadmap) == after


def test_invalid_year_is_refused_at_the_field_and_nothing_is_saved(
    qtbot, window: MainWindow, roadmap_path: Path, messages: Messages
) -> None:
    before = file_dump(roadmap_path)
    field = window.form.field_widget("start_year")
    retype(qtbot, field, "R99x")
    label = window.form.error_label("start_year")
    assert label.isVisible() and "年度" in label.text()
    assert file_dump(roadmap_path) == before
    retype(qtbot, window.form.field_widget("end_year"), "R4")  # before 事業始期 R5
    assert window.form.error_label("end_year").isVisible()
    assert file_dump(roadmap_path) == before
    assert window.undo_action.isEnabled() is False
    assert messages.warnings == []  # the message is at the field, not in a dialog


def test_add_duplicate_delete_and_reorder(qtbot, window: MainWindow, roadmap_path: Path, messages: Messages) -> None:
    ui = window.list_panel.ui
    ids = [p.id for p in window.roadmap.projects]
    select_row(qtbot, window, 0)
    click(qtbot, ui.addButton)
    assert len(window.roadmap.projects) == 21
    new = window.roadmap.projects[1]
    assert new.name == "新しい事業" and window.current_project().id == new.id
    assert json.loads(file_dump(roadmap_path))["projects"][1]["name"] == "新しい事業"
    assert window.list_panel.model.index(1, Column.NO).data() == "57"  # numbers follow the order
    assert window.list_panel.model.index(2, Column.NO).data() == "58"

    select_row(qtbot, window, 3)
    original = window.roadmap.projects[3]
    click(qtbot, ui.duplicateButton)
    dup = window.roadmap.projects[4]
    assert dup.name == f"{original.name}（複製）" and dup.id != original.id
    assert len(dup.initiatives) == len(original.initiatives)

    click(qtbot, ui.upButton)
    assert window.roadmap.projects[3].id == dup.id and window.current_project().id == dup.id
    click(qtbot, ui.downButton)
    click(qtbot, ui.downButton)
    assert window.roadmap.projects[5].id == dup.id
    assert [p["id"] for p in json.loads(file_dump(roadmap_path))["projects"]][5] == dup.id

    messages.answer = QMessageBox.StandardButton.No
    click(qtbot, ui.deleteButton)
    assert len(messages.questions) == 1 and "削除" in messages.questions[0]
    assert len(window.roadmap.projects) == 22
    messages.answer = QMessageBox.StandardButton.Yes
    click(qtbot, ui.deleteButton)
    assert len(window.roadmap.projects) == 21 and dup.id not in [p.id for p in window.roadmap.projects]
    assert window.current_project() is not None
    assert dumps(window.roadmap) == file_dump(roadmap_path)

    for _ in range(6):
        window.undo()
    assert [p.id for p in window.roadmap.projects] == ids
    assert [p["id"] for p in json.loads(file_dump(roadmap_path))["projects"]] == ids


def test_delete_the_selected_projects_at_once(
    qtbot, window: MainWindow, roadmap_path: Path, messages: Messages
) -> None:
    before = file_dump(roadmap_path)
    table = window.list_panel.ui.table
    select_row(qtbot, window, 2)
    rect = table.visualRect(table.model().index(5, Column.NAME))  # Ctrl+click adds a second row
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center())
    chosen = [window.roadmap.projects[2].id, window.roadmap.projects[5].id]
    click(qtbot, window.list_panel.ui.deleteButton)
    assert "2件" in messages.questions[-1]
    assert len(window.roadmap.projects) == 18 and not set(chosen) & {p.id for p in window.roadmap.projects}
    assert dumps(window.roadmap) == file_dump(roadmap_path)
    window.undo()  # one step
    assert file_dump(roadmap_path) == before


def test_sheet_number_fixed_by_hand_and_cleared(qtbot, window: MainWindow, roadmap_path: Path) -> None:
    select_row(qtbot, window, 4)
    assert window.form.field_widget("sheet_no_override").placeholderText() == "60（自動）"
    retype(qtbot, window.form.field_widget("sheet_no_override"), "100")
    model = window.list_panel.model
    assert [model.index(r, Column.NO).data() for r in (3, 4, 5)] == ["59", "100*", "101"]
    assert json.loads(file_dump(roadmap_path))["projects"][5]["sheet_no"] == 101
    retype(qtbot, window.form.field_widget("sheet_no_override"), "")
    assert [model.index(r, Column.NO).data() for r in (4, 5)] == ["60", "61"]


def test_filters_and_search_in_the_window(qtbot, window: MainWindow) -> None:
    panel = window.list_panel
    qtbot.keyClicks(panel.ui.search, "BPR")
    assert [p.name for p in panel.proxy.projects()] == ["県庁版BPR加速化事業"]
    assert "21,983千円" in panel.ui.totalLabel.text()
    assert window.export_scopes()["filtered"] == panel.proxy.projects()
    assert len(window.export_scopes()["all"]) == 20


def test_locked_file_offers_read_only(qtbot, roadmap_path: Path, messages: Messages) -> None:
    holder = {"user": "yamada", "host": socket.gethostname() + "-other", "pid": 1, "since": "2026-11-28 09:00"}
    lock_path(roadmap_path).write_text(json.dumps(holder), encoding="utf-8")
    before = file_dump(roadmap_path)
    w = MainWindow()
    qtbot.addWidget(w)
    messages.answer = QMessageBox.StandardButton.No
    assert not w.open_path(roadmap_path)
    assert "yamada" in messages.questions[0] and "読み取り専用" in messages.questions[0]
    assert w.document is None
    messages.answer = QMessageBox.StandardButton.Yes
    assert w.open_path(roadmap_path)
    assert "読み取り専用" in w.windowTitle()
    assert w.form.field_widget("name").isReadOnly()
    assert not w.list_panel.ui.addButton.isEnabled()
    # the band above the list and the form says why and who, with the date in 和暦
    assert not w.readonly_banner.isHidden()
    assert "yamada" in w.readonly_banner.text() and "令和8年11月28日 9:00" in w.readonly_banner.text()
    assert "2026-11-28" not in w.readonly_banner.text() and "令和8年11月28日 9:00" in messages.questions[0]
    for action in (w.add_action, w.delete_action, w.add_initiative_action, w.import_action, w.edition_action):
        assert not action.isEnabled()
    assert w.export_action.isEnabled() and w.print_action.isEnabled()  # reading, printing, exporting go on
    new = copy.deepcopy(w.roadmap.projects[0])
    new.name = "変更"
    w.request_change("事業名を変更", new)  # e.g. from the timeline: refused without a box
    assert messages.warnings == []
    assert "読み取り専用" in w.statusBar().currentMessage()
    assert file_dump(roadmap_path) == before
    w.close()
    assert lock_path(roadmap_path).exists()  # someone else's lock is left alone


def test_read_only_file_offers_read_only_at_once(
    qtbot, roadmap_path: Path, messages: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    # os.access stands in for a read-only file: as root (CI) permission bits do not stop writes
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == roadmap_path and mode == os.W_OK else real_access(p, mode)
    )
    before = roadmap_path.read_bytes()
    w = MainWindow()
    qtbot.addWidget(w)
    messages.answer = QMessageBox.StandardButton.Yes
    assert w.open_path(roadmap_path)
    assert "読み取り専用のファイル" in messages.questions[0]
    assert "読み取り専用" in w.windowTitle()
    w.close()
    assert roadmap_path.read_bytes() == before and not lock_path(roadmap_path).exists()


def test_recent_files_and_new_and_save_as(qtbot, window: MainWindow, roadmap_path: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "新規.roadmap"
    assert window.new_file(fresh, fiscal_year=2025)
    assert window.roadmap.projects == [] and window.roadmap.edition.title == "令和７年度DX関連事業ロードマップ"
    assert window.windowTitle().startswith("新規.roadmap")
    assert not lock_path(roadmap_path).exists()  # the previous file was closed
    recent = load_settings().recent_files
    assert recent[:2] == [str(fresh.resolve()), str(roadmap_path.resolve())]
    actions = window.recent_menu.actions()
    assert [a.data() for a in actions[:2]] == recent[:2]

    actions[1].trigger()  # back to the first file through the menu
    assert window.document.file.path == roadmap_path
    select_row(qtbot, window, 1)
    copy_path = tmp_path / "写し.roadmap"
    assert window.save_as(copy_path)
    assert window.document.file.path == copy_path and window.current_project().id == window.roadmap.projects[1].id
    assert file_dump(copy_path) == file_dump(roadmap_path)
    retype(qtbot, window.form.field_widget("budget"), "1")
    assert json.loads(file_dump(copy_path))["projects"][1]["budget"] == 1
    assert json.loads(file_dump(roadmap_path))["projects"][1]["budget"] != 1  # the original is untouched


def test_missing_recent_file_is_dropped(qtbot, window: MainWindow, tmp_path: Path, messages: Messages) -> None:
    gone = tmp_path / "消えた.roadmap"
    window.settings.add_recent(gone)
    window.open_recent(str(gone))
    assert messages.warnings and "見つかりません" in messages.warnings[-1]
    assert str(gone.resolve()) not in load_settings().recent_files


def test_geometry_and_splitters_are_remembered(qtbot, window: MainWindow) -> None:
    window.resize(
        720, 640
    )  # well inside the offscreen screen (800 x 800) with its frame, so nothing is clamped on restore
    qtbot.waitUntil(lambda: window.width() == 720)
    window.main_splitter.setSizes([300, 480])
    sizes = window.main_splitter.sizes()
    window.close()
    saved = load_settings()
    assert saved.window_geometry and "mainSplitter" in saved.splitter_states
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.main_splitter.sizes() == sizes


def test_write_failure_is_shown_and_model_stays_as_file(
    qtbot, window: MainWindow, roadmap_path: Path, messages: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap_desktop.core.errors import RoadmapError

    def full(*a: object, **k: object) -> None:
        raise RoadmapError("ディスクの空きが足りないため保存できませんでした。")

    monkeypatch.setattr(window.document.file, "save_project", full)
    before = file_dump(roadmap_path)
    retype(qtbot, window.form.field_widget("budget"), "999")
    assert messages.warnings and "ディスク" in messages.warnings[-1]
    assert dumps(window.roadmap) == before == file_dump(roadmap_path)
    qtbot.waitUntil(lambda: window.form.field_widget("budget").text() == "5,144")


def fake_module(monkeypatch: pytest.MonkeyPatch, name: str, **attrs: object) -> None:
    module = types.ModuleType(name)
    for k, v in attrs.items():
        setattr(module, k, v)
    monkeypatch.setitem(sys.modules, name, module)


def test_import_by_drop_backs_up_and_is_one_undoable_step(
    qtbot, window: MainWindow, roadmap_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap_desktop.importing.merge import ImportResult, IncomingSheet
    from roadmap_desktop.operations.imports import ImportPlan, Reply, plan_import

    calls: list[Path] = []

    def preview_import(parent: object, roadmap: Roadmap, paths: list[Path], file: object = None) -> ImportPlan:
        """The preview as the user accepts it: one project's 概要 changed, one project new."""
        calls.extend(paths)
        changed = copy.deepcopy(roadmap.projects[0])
        changed.overview = "取り込んだ概要"
        sheets = [
            IncomingSheet(changed, "1ページ目", identity_known=True),
            IncomingSheet(Project(name="取り込んだ事業"), "2ページ目"),
        ]
        return plan_import(roadmap, [Reply(paths[0], ImportResult(sheets))])

    fake_module(monkeypatch, "roadmap_desktop.ui.import_dialog", preview_import=preview_import)
    before = file_dump(roadmap_path)
    xlsx = tmp_path / "編集済み.xlsx"
    xlsx.write_bytes(b"PK")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(xlsx))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    qtbot.waitUntil(lambda: bool(calls))
    assert calls == [xlsx]
    assert window.document.file.last_backup is not None and window.document.file.last_backup.exists()
    after = file_dump(roadmap_path)
    assert "取り込んだ事業" in after and "取り込んだ概要" in after and len(window.roadmap.projects) == 21
    assert window.undo_group.undoText() == "取り込み（編集済み.xlsx）"
    window.undo()
    assert file_dump(roadmap_path) == before


def test_export_and_print_are_wired(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, roadmap_path: Path
) -> None:
    seen: dict[str, object] = {}

    class ExportDialog:
        def __init__(
            self, parent: object, roadmap: Roadmap, scopes: dict, folder: Path | None, reference: Month
        ) -> None:
            seen["scopes"] = scopes
            seen["reference"] = reference
            seen.setdefault("folders", []).append(folder)  # type: ignore[union-attr]
            self.written = [tmp_path / "exports" / "out.pdf"]

        def exec(self) -> int:
            return 0

    fake_module(monkeypatch, "roadmap_desktop.ui.export_dialog", ExportDialog=ExportDialog)
    fake_module(monkeypatch, "roadmap_desktop.ui.print_dialog",
                open_print_dialog=lambda parent, roadmap, scopes, reference, scope: seen.setdefault(
                    "print" if "print" not in seen else "preview", (scopes, scope)))  # fmt: skip
    select_row(qtbot, window, 3)
    window.export_action.trigger()
    scopes = seen["scopes"]
    assert isinstance(scopes, dict) and set(scopes) == {"current", "selection", "filtered", "all"}
    assert [p.id for p in scopes["current"]] == [window.roadmap.projects[3].id]
    assert [p.id for p in scopes["selection"]] == [window.roadmap.projects[3].id]
    assert seen["reference"] == window.reference_month()  # the 全体工程表 of the export is judged at the window's
    window.export_action.trigger()  # the second export starts in the folder the first one went to
    assert seen["folders"] == [roadmap_path.parent, tmp_path / "exports"]
    assert load_settings().export_folder == str(tmp_path / "exports")
    window.print_action.trigger()
    window.preview_action.trigger()
    for key in ("print", "preview"):  # both open the print window, all scopes offered, the list's shown first
        print_scopes, scope = seen[key]  # type: ignore[misc]
        assert set(print_scopes) == {"current", "selection", "filtered", "all"} and scope == "filtered"
        assert len(print_scopes["all"]) == len(window.roadmap.projects)


def test_render_main_window(qtbot, window: MainWindow, artifacts: Path, app_font: str) -> None:
    window.resize(1400, 900)
    busiest = max(range(20), key=lambda i: len(window.roadmap.projects[i].initiatives))
    select_row(qtbot, window, busiest)
    assert window.current_project().id == window.roadmap.projects[busiest].id
    image = window.grab()
    assert image.width() >= 1400 and image.height() >= 900
    assert image.save(str(artifacts / "main_window.png"))
    window.form.field_widget("end_year").setFocus()
    retype(qtbot, window.form.field_widget("end_year"), "R1")
    assert window.grab().save(str(artifacts / "main_window_invalid_year.png"))


def test_timeline_change_is_one_undoable_step(qtbot, window: MainWindow, roadmap_path: Path) -> None:
    assert window.timeline.edit_sink() is not None  # the real timeline is embedded
    select_row(qtbot, window, 0)
    before = file_dump(roadmap_path)
    new = copy.deepcopy(window.current_project())
    new.initiatives[0].plan[0].label = "移動した"
    assert window.timeline.edit_sink()("バー「内容検討」を移動", new)  # type: ignore[misc]
    assert window.undo_group.undoText() == "バー「内容検討」を移動"
    assert "移動した" in file_dump(roadmap_path)
    assert window.timeline.project().initiatives[0].plan[0].label == "移動した"
    window.undo()
    assert file_dump(roadmap_path) == before
    assert window.timeline.project().initiatives[0].plan[0].label != "移動した"


def test_file_dropped_on_a_text_field_goes_to_the_window(
    qtbot, window: MainWindow, tmp_path: Path, roadmap_path: Path
) -> None:
    other = tmp_path / "other.roadmap"
    RoadmapFile.create(other, Roadmap()).close()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    mime.setText(str(other))
    # the window watches its text boxes' viewports from just after its first paint (ui/main_window.py)
    qtbot.waitUntil(lambda: window.text_drops_watched)
    target = window.form.field_widget("overview").viewport()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(5, 5), *args)
    QApplication.sendEvent(target, enter)  # Qt delivers a drop only to the widget that accepted the enter
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(5, 5), *args))
    qtbot.waitUntil(lambda: window.document.file.path == other)
    assert str(other) not in file_dump(roadmap_path)


def test_app_starts_paints_and_quits_without_heavy_modules(tmp_path: Path, roadmap_path: Path) -> None:
    """At the first paint (the app lists its modules then, so the fit gauge's timer, which may fire
    before the quit on a busy machine, cannot load anything into the answer), nothing heavy is loaded:
    no Excel/PDF library, none of our export, import or print code, no dialog."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROADMAP_DESKTOP_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "roadmap_desktop", str(roadmap_path), "--quit-after-paint"],
                            env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert float(lines["first_paint_s"]) > 0 and float(lines["rss_mb"]) > 0
    loaded = lines["loaded"].split(",")
    assert "roadmap_desktop.ui.main_window" in loaded and "roadmap_desktop.storage.roadmap_file" in loaded
    heavy = [
        m for m in loaded if m.split(".")[0] in ("openpyxl", "reportlab", "pdfplumber", "pdfminer", "PIL", "budoux")
    ]
    assert heavy == []
    # after the first paint: the bar labels' rule and its font metrics (ui/timeline.py defer_labels), the
    # crash handler with its report dialog and its log file (app.py), every dialog and window of a menu
    deferred = ("roadmap_desktop.export", "roadmap_desktop.importing", "roadmap_desktop.layout.sheet",
                "roadmap_desktop.layout.labels", "roadmap_desktop.layout.fonts", "roadmap_desktop.layout.text",
                "roadmap_desktop.ui.printing", "roadmap_desktop.ui.help_text", "roadmap_desktop.ui.crash",
                "roadmap_desktop.ui.overview_view", "roadmap_desktop.ui.page_preview", "roadmap_desktop.ui.sheet_painter",
                "roadmap_desktop.ui.export_done", "roadmap_desktop.core.sample", "roadmap_desktop.storage.rounds",
                "roadmap_desktop.storage.replies", "logging.handlers",
                # with the first edit, the first gauge, the first new project (uuid)
                "roadmap_desktop.operations.edits", "roadmap_desktop.layout.fill", "uuid")  # fmt: skip
    assert [m for m in loaded if m.startswith(deferred) or m.endswith(("_dialog", "diff_view", "collection"))] == []
    assert "logging" in loaded  # the list does name the standard library's logging (by PySide6)
    # No widget that Qt made itself has reached Python yet: the first one would make PySide6 build the
    # Python type of every widget class, the wizard's among them (ui/viewports.py)
    built = lines["qt_widgets"].split(",")
    assert "QTableView" in built and "QPlainTextEdit" in built
    assert "QWizard" not in built and "QMdiArea" not in built
    # No event has been handed to Python yet either (the widgets' filters come just after the paint,
    # ui/first_paint.py): the first one would make PySide6 build the class of every kind of event
    assert [name for name in built if name.endswith("Event")] == []
    assert str(roadmap_path.resolve()) in json.loads((tmp_path / "home" / "settings.json").read_text())["recent_files"]


def test_ctrl_z_in_a_field_undoes_typing_first_then_the_last_step(
    qtbot, window: MainWindow, roadmap_path: Path
) -> None:
    before = file_dump(roadmap_path)
    budget = window.form.field_widget("budget")
    retype(qtbot, budget, "777")
    after = file_dump(roadmap_path)
    assert json.loads(after)["projects"][0]["budget"] == 777
    assert budget.hasFocus()
    qtbot.keyClicks(budget, "1")  # typing not yet committed: Ctrl+Z takes it back locally
    qtbot.keyClick(budget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert budget.text() == "777" and file_dump(roadmap_path) == after
    qtbot.keyClick(budget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # now the window's undo
    assert file_dump(roadmap_path) == before and budget.text() == "5,144"
    qtbot.keyClick(budget, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert file_dump(roadmap_path) == after and budget.text() == "777"


def test_edition_settings_dialog(qtbot, window: MainWindow, roadmap_path: Path) -> None:
    from roadmap_desktop.ui.edition_dialog import EditionDialog

    dialog = EditionDialog(window, window.roadmap, window.settings.title_template)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.fiscalYear.text() == "R6" and dialog.ui.firstSheetNo.value() == 56
    retype(qtbot, dialog.ui.fiscalYear, "2027")  # R9: bars of R6 would fall outside the window
    dialog.accept()
    assert dialog.result() != EditionDialog.DialogCode.Accepted
    assert dialog.ui.error.isVisible() and "表示期間" in dialog.ui.error.text()
    dialog.ui.fiscalYear.setText("R6")
    dialog.ui.title.clear()  # blank: from the title template
    dialog.ui.firstSheetNo.setValue(1)
    dialog.accept()
    new = dialog.edition()
    assert new is not None and new.title == "令和６年度DX関連事業ロードマップ" and new.first_sheet_no == 1
    before = file_dump(roadmap_path)
    window.set_edition(new)
    assert window.list_panel.model.index(0, Column.NO).data() == "1"
    assert json.loads(file_dump(roadmap_path))["edition"]["first_sheet_no"] == 1
    assert window.undo_group.undoText() == "版の設定を変更"
    window.undo()
    assert file_dump(roadmap_path) == before
    assert window.list_panel.model.index(0, Column.NO).data() == "56"


def test_opening_the_open_file_again_is_harmless(window: MainWindow, roadmap_path: Path, messages: Messages) -> None:
    document = window.document
    assert window.open_path(roadmap_path)
    assert window.document is document and messages.questions == [] and messages.warnings == []


def test_drag_reorder_is_an_undoable_move(qtbot, window: MainWindow, roadmap_path: Path) -> None:
    model = window.list_panel.model
    moved = window.roadmap.projects[5].id
    before = file_dump(roadmap_path)
    model.dropMimeData(model.mimeData([model.index(5, 0)]), Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    qtbot.waitUntil(lambda: window.roadmap.projects[0].id == moved)
    assert json.loads(file_dump(roadmap_path))["projects"][0]["id"] == moved
    assert window.current_project().id == moved
    assert model.index(0, Column.NO).data() == "56"
    assert window.undo_group.undoText() == "事業の順番を変更"
    window.undo()
    assert file_dump(roadmap_path) == before


def test_reference_month_override_changes_the_status(qtbot, window: MainWindow) -> None:
    model = window.list_panel.model
    statuses_now = [model.index(r, Column.STATUS).data() for r in range(model.rowCount())]
    window.set_reference_month("2024-04")  # the edition's first month: nothing can be late yet
    assert window.reference_label.text() == "基準月: 令和6年4月"
    statuses_then = [model.index(r, Column.STATUS).data() for r in range(model.rowCount())]
    assert "遅れ" in statuses_now and "遅れ" not in statuses_then
    assert load_settings().reference_month == "2024-04"
    window.set_reference_month(None)
    assert [model.index(r, Column.STATUS).data() for r in range(model.rowCount())] == statuses_now
