"""Unexpected errors reach a copyable report and the log; expected ones a plain Japanese message."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from roadmap_desktop import logging_setup
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.paths import data_dir
from roadmap_desktop.ui import crash, messages

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def installed(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list]]:
    """The crash handler installed, with both dialogs replaced by recorders."""
    shown: dict[str, list] = {"crash": [], "warning": [], "faulthandler": []}
    # pytest's own faulthandler stays in place; the real one is checked in a child process below.
    monkeypatch.setattr(crash, "enable_faulthandler", lambda: shown["faulthandler"].append(True))
    monkeypatch.setattr(crash, "show_crash_dialog", lambda report, log_file: shown["crash"].append((report, log_file)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown["warning"].append(text))
    crash.install_crash_handler()
    try:
        yield shown
    finally:
        crash.uninstall_crash_handler()


def _log_text() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return logging_setup.log_path().read_text(encoding="utf-8")


def test_install_sets_hooks_log_and_faulthandler_in_the_user_data_folder(installed: dict[str, list]) -> None:
    assert sys.excepthook is crash._excepthook
    assert threading.excepthook is crash._thread_excepthook
    logs = data_dir() / "logs"
    assert logging_setup.log_path().parent == logs
    assert installed["faulthandler"] == [True]
    assert str(logs).startswith(os.environ["ROADMAP_DESKTOP_HOME"])  # never the real user's folder


def test_uninstall_restores_previous_hooks(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crash, "enable_faulthandler", lambda: None)
    before = (sys.excepthook, threading.excepthook)
    crash.install_crash_handler()
    crash.uninstall_crash_handler()
    assert (sys.excepthook, threading.excepthook) == before


def test_exception_in_a_qt_slot_reaches_the_dialog_and_the_log(installed: dict[str, list], qtbot: QtBot) -> None:
    def broken_slot() -> None:
        raise ZeroDivisionError("計算できません-123")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(installed["crash"]), timeout=3000)
    report, log_file = installed["crash"][0]
    assert "ZeroDivisionError" in report and "計算できません-123" in report
    assert "broken_slot" in report  # the traceback, not just the message
    assert "Roadmap Desktop" in report.splitlines()[0]
    assert log_file == logging_setup.log_path()
    text = _log_text()
    assert "計算できません-123" in text and "Traceback" in text
    assert installed["warning"] == []


def test_exception_in_a_worker_thread_is_shown_in_the_main_thread(installed: dict[str, list], qtbot: QtBot) -> None:
    seen_in: list[threading.Thread] = []
    real = crash.show_crash_dialog
    crash.show_crash_dialog = lambda report, log_file: (
        seen_in.append(threading.current_thread()),
        real(report, log_file),
    )  # type: ignore[assignment]

    def work() -> None:
        raise ValueError("ワーカーで失敗")

    t = threading.Thread(target=work, name="export-worker")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(installed["crash"]), timeout=3000)
    assert seen_in == [threading.main_thread()]
    assert "ワーカーで失敗" in installed["crash"][0][0]
    assert "export-worker" in installed["crash"][0][0]


def test_expected_error_gets_the_plain_message_not_a_report(installed: dict[str, list], qtbot: QtBot) -> None:
    def slot() -> None:
        raise RoadmapError("「予算.roadmap」はロードマップのファイルではありません。")

    def disk_full() -> None:
        raise OSError(28, "No space left on device")

    QTimer.singleShot(0, slot)
    QTimer.singleShot(0, disk_full)
    qtbot.waitUntil(lambda: len(installed["warning"]) == 2, timeout=3000)
    assert installed["warning"][0] == "「予算.roadmap」はロードマップのファイルではありません。"
    assert installed["warning"][1] == "ディスクの空きが足りません。"
    assert installed["crash"] == []
    assert "ロードマップのファイルではありません" in _log_text()  # still logged for the helper


def test_error_while_the_dialog_is_open_does_not_stack_dialogs(installed: dict[str, list], qtbot: QtBot) -> None:
    def dialog(report: str, log_file: Path | None) -> None:
        installed["crash"].append((report, log_file))
        crash.handle_exception(RuntimeError, RuntimeError("二つ目"), None)  # e.g. a failing repaint under the dialog

    crash.show_crash_dialog = dialog  # type: ignore[assignment]
    crash.handle_exception(RuntimeError, RuntimeError("一つ目"), None)
    assert len(installed["crash"]) == 1
    assert "二つ目" in _log_text()


def test_keyboard_interrupt_is_not_reported(installed: dict[str, list], capsys: pytest.CaptureFixture[str]) -> None:
    crash.handle_exception(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert installed["crash"] == []


def test_log_file_rotates(installed: dict[str, list]) -> None:
    logger = logging.getLogger("roadmap_desktop.test")
    line = "x" * 1000
    for _ in range(1200):  # ~1.2 MB
        logger.info(line)
    logs = logging_setup.log_path().parent
    assert (logs / (logging_setup.LOG_NAME + ".1")).exists()
    assert logging_setup.log_path().stat().st_size <= logging_setup.MAX_BYTES


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's notice on show()
def test_dialog_report_is_read_only_and_copyable(qtbot: QtBot, artifacts: Path, app_font: str) -> None:
    try:
        raise KeyError("project-42")
    except KeyError as e:
        report = crash.report_text(type(e), e, e.__traceback__)
    dialog = crash.CrashDialog(report, Path("/home/staff/.local/share/RoadmapDesktop/logs/roadmap-desktop.log"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.report.isReadOnly()
    assert "KeyError: 'project-42'" in dialog.report.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report
    assert dialog.copy_button.text() == "コピーしました(&C)"
    dialog.grab().save(str(artifacts / "crash-dialog.png"))


def test_hard_crash_leaves_a_trace_in_the_faulthandler_log(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import faulthandler
        from roadmap_desktop.ui.crash import install_crash_handler
        install_crash_handler()
        faulthandler._sigsegv()
        """
    )
    env = {**os.environ, "ROADMAP_DESKTOP_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, timeout=60)
    assert proc.returncode != 0
    text = (tmp_path / "logs" / logging_setup.FAULT_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "Segmentation fault" in text


def _sharing_violation() -> PermissionError:
    error = PermissionError(13, "The process cannot access the file", "一覧.xlsx")
    error.winerror = 32  # type: ignore[attr-defined]  # what Windows reports for a file open in Excel
    return error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(28, "No space left on device"), "ディスクの空きが足りません。"),
        (OSError(122, "Disk quota exceeded"), "ディスクの空きが足りません。"),
        (OSError(30, "Read-only file system", "予算.roadmap"), "読み取り専用の場所のため書き込めません: 予算.roadmap"),
        (
            OSError(16, "Device or resource busy", "予算.roadmap"),
            "他のプログラム（Excel など）が使用中のため使えません: 予算.roadmap",
        ),
        (_sharing_violation(), "他のプログラム（Excel など）が使用中のため使えません: 一覧.xlsx"),
        (PermissionError(13, "Permission denied", "予算.roadmap"), "アクセスする権限がありません: 予算.roadmap"),
    ],
)
def test_expected_os_errors_get_plain_japanese(error: OSError, expected: str) -> None:
    assert crash.is_expected(error)
    assert messages.error_text(error) == expected


def test_a_bug_is_not_an_expected_error() -> None:
    assert not crash.is_expected(KeyError("x"))
    assert not crash.is_expected(OSError(5, "Input/output error"))


def test_unwritable_log_folder_does_not_stop_the_application(
    qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse() -> Path:
        raise PermissionError(13, "Permission denied", "logs")

    shown: list[Path | None] = []
    monkeypatch.setattr(crash, "setup_logging", refuse)
    monkeypatch.setattr(crash, "show_crash_dialog", lambda report, log_file: shown.append(log_file))
    try:
        assert crash.install_crash_handler() is None
        assert sys.excepthook is crash._excepthook
        crash.handle_exception(RuntimeError, RuntimeError("ログなし"), None)
    finally:
        crash.uninstall_crash_handler()
    assert shown == [None]
    assert "no log file" in capsys.readouterr().err
