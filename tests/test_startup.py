"""The start: what waits until the window's first paint (app.py), and that nothing goes unreported meanwhile.

What is loaded by the first paint is checked in tests/test_main_window.py
(test_app_starts_paints_and_quits_without_heavy_modules); the time it takes is bench/bench_startup.py's.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from roadmap_desktop.core.model import Project, Roadmap
from roadmap_desktop.storage import RoadmapFile

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def roadmap_path(tmp_path: Path) -> Path:
    path = tmp_path / "start.roadmap"
    RoadmapFile.create(path, Roadmap(projects=[Project(name="起動の確認")])).close()
    return path


def run(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROADMAP_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_garbage_collection_and_the_crash_handler_wait_for_the_first_paint(tmp_path: Path, roadmap_path: Path) -> None:
    code = f"""
import gc, sys
from PySide6.QtWidgets import QApplication
from roadmap_desktop import app

states = []
later = app._after_first_paint

def spy():
    states.append((gc.isenabled(), sys.excepthook is app._crash_handler_on_demand,
                   "roadmap_desktop.ui.crash" in sys.modules, "logging.handlers" in sys.modules))
    later()
    from roadmap_desktop.ui import crash
    states.append((gc.isenabled(), sys.excepthook is crash._excepthook))
    QApplication.quit()

app._after_first_paint = spy
rc = app.main(["x", {str(roadmap_path)!r}])
print("STATES=" + repr(states))
sys.exit(rc)
"""
    result = run(code, tmp_path / "home")
    assert result.returncode == 0, result.stderr[-2000:]
    states = ast.literal_eval(next(x for x in result.stdout.splitlines() if x.startswith("STATES="))[7:])
    # until the paint: no collection, the stand-in hook, neither the handler nor its log handler loaded
    assert states[0] == (False, True, False, False)
    assert states[1] == (True, True)  # then both, once
    log = (tmp_path / "home" / "logs" / "roadmap-desktop.log").read_text(encoding="utf-8")
    assert "started" in log


def test_an_error_before_the_first_paint_is_reported_and_logged(tmp_path: Path, roadmap_path: Path) -> None:
    code = f"""
from roadmap_desktop import app
from roadmap_desktop.ui import crash, main_window

def broken(self, path, readonly=False):
    raise RuntimeError("開く途中の不具合")

main_window.MainWindow.open_path = broken
crash.show_crash_dialog = lambda report, log_file: print("REPORT=" + report.splitlines()[-1], flush=True)
app.main(["x", {str(roadmap_path)!r}])
"""
    result = run(code, tmp_path / "home")
    assert result.returncode != 0
    assert "REPORT=RuntimeError: 開く途中の不具合" in result.stdout.splitlines()
    log = (tmp_path / "home" / "logs" / "roadmap-desktop.log").read_text(encoding="utf-8")
    assert "Uncaught exception" in log and "開く途中の不具合" in log


def test_an_error_in_a_thread_before_the_first_paint_is_logged(tmp_path: Path, roadmap_path: Path) -> None:
    code = f"""
import sys, threading
from roadmap_desktop import app
from roadmap_desktop.ui import crash, main_window

opened = main_window.MainWindow.open_path

def open_path(self, path, readonly=False):
    def fail():
        raise RuntimeError("裏の処理の不具合")
    worker = threading.Thread(target=fail, name="裏")
    worker.start()
    worker.join()
    return opened(self, path, readonly)

main_window.MainWindow.open_path = open_path
crash.show_crash_dialog = lambda report, log_file: print("REPORT=" + report.splitlines()[-1], flush=True)
sys.exit(app.main(["x", {str(roadmap_path)!r}, "--quit-after-paint"]))
"""
    result = run(code, tmp_path / "home")
    assert result.returncode == 0, result.stderr[-2000:]
    log = (tmp_path / "home" / "logs" / "roadmap-desktop.log").read_text(encoding="utf-8")
    assert "Uncaught exception in thread 裏" in log and "裏の処理の不具合" in log


def test_the_modules_imported_before_pyside6_are_qt_free(tmp_path: Path, roadmap_path: Path) -> None:
    """app._import_qt_free_modules runs before PySide6 is loaded: it must not load it itself (then the
    modules after it would pay PySide6's source scan again), and the window needs each of them."""
    code = """
import sys
from roadmap_desktop import app
app._import_qt_free_modules()
print("QT=" + repr(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))))
print("OURS=" + repr(sorted(m for m in sys.modules if m.startswith("roadmap_desktop"))))
"""
    result = run(code, tmp_path / "home")
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert ast.literal_eval(lines["QT"]) == []
    ours = ast.literal_eval(lines["OURS"])
    assert "roadmap_desktop.storage.roadmap_file" in ours and "roadmap_desktop.layout.geometry" in ours
    # what the window itself loads by its first paint, without the early import
    started = run(
        "import sys\nfrom roadmap_desktop import app\napp._import_qt_free_modules = lambda: None\n"
        f"sys.exit(app.main(['x', {str(roadmap_path)!r}, '--quit-after-paint']))\n",
        tmp_path / "home",
    )
    assert started.returncode == 0, started.stderr[-2000:]
    loaded = next(x for x in started.stdout.splitlines() if x.startswith("loaded=")).removeprefix("loaded=").split(",")
    assert sorted(set(ours) - set(loaded)) == []  # nothing the first paint does without


def test_pyside6_reads_no_source_of_ours_at_the_start_and_is_told_what_it_would_find(
    tmp_path: Path, roadmap_path: Path
) -> None:
    """PySide6 reads the source of every module an import statement names after it is loaded, looking for
    the word "PySide6" (app._spare_pyside_source_scan): it reads none of ours nor of the standard
    library's by the first paint, and the answers it is given are the ones it would have found."""
    code = f"""
import sys
from roadmap_desktop import app
scanned = []
_spare = app._spare_pyside_source_scan
def spare():
    _spare()
    import shibokensupport.feature as feature
    read = feature._mod_uses_pyside
    def recorded(module):
        scanned.append(module.__name__)
        return read(module)
    feature._mod_uses_pyside = recorded
app._spare_pyside_source_scan = spare
_rss = app.resident_mb
def report():
    import shibokensupport.feature as feature
    print("SCANNED=" + repr(scanned))
    print("GIVEN=" + repr({{n: feature.pyside_feature_dict.get(n) for n in app._our_module_names()}}))
    return _rss()
app.resident_mb = report
sys.exit(app.main(["x", {str(roadmap_path)!r}, "--quit-after-paint"]))
"""
    result = run(code, tmp_path / "home")
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if line.startswith(("SCANNED=", "GIVEN=")))
    scanned = ast.literal_eval(lines["SCANNED"])
    assert [
        n for n in scanned if n.startswith("roadmap_desktop") or n.partition(".")[0] in sys.stdlib_module_names
    ] == []
    assert all(n.startswith(("PySide6", "shiboken")) for n in scanned), scanned  # only PySide6's own
    given = ast.literal_eval(lines["GIVEN"])
    package = ROOT / "roadmap_desktop"
    assert len(given) == len(list(package.rglob("*.py"))) > 150
    for name, value in given.items():
        parts = name.split(".")[1:]
        source = package.joinpath(*parts).with_suffix(".py")
        if not source.exists():
            source = package.joinpath(*parts, "__init__.py")
        assert value == (0 if "PySide6" in source.read_text(encoding="utf-8") else -1), name


def _viewport_traits(area: object) -> dict[str, object]:
    from PySide6.QtCore import Qt

    v = area.viewport()  # type: ignore[attr-defined]
    return {
        "name": v.objectName(),
        "background": (v.backgroundRole(), v.foregroundRole(), v.autoFillBackground(), v.palette().resolveMask()),
        "focus": (v.focusPolicy(), v.focusProxy() is area),
        "input": (v.cursor().shape(), v.hasMouseTracking(), v.acceptDrops(), v.contextMenuPolicy()),
        "attributes": [a.name for a in Qt.WidgetAttribute if v.testAttribute(a)],
        "size": (v.geometry().getRect(), v.sizePolicy().horizontalPolicy(), v.sizePolicy().verticalPolicy()),
        "look": (v.styleSheet(), v.font().toString(), v.isVisible(), v.isEnabled()),
        "parent": v.parentWidget() is area,
    }


def test_a_viewport_made_in_python_is_set_up_as_qts_own(qtbot) -> None:
    """ui/viewports.py: the timeline's scroll area has a viewport made in Python (so that the first
    paint hands Python no widget Qt made); it must be the viewport Qt would have made."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel, QScrollArea

    from roadmap_desktop.ui.viewports import own_viewport

    areas = []
    for own in (False, True):
        area = QScrollArea()
        qtbot.addWidget(area)
        if own:
            area.setViewport(own_viewport(QPalette.ColorRole.NoRole))
        area.setWidget(QLabel("取組"))
        area.resize(300, 200)
        area.show()
        qtbot.waitExposed(area)
        areas.append(area)
    assert _viewport_traits(areas[1]) == _viewport_traits(areas[0])


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_first_paint_calls_come_once_the_last_added_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The main window calls them from its own paint (no event filter: ui/first_paint.py says why); any
    other widget, or a window already painted, is watched by a filter until its (next) paint."""
    from PySide6.QtWidgets import QLabel

    from roadmap_desktop.ui.first_paint import on_first_paint
    from roadmap_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    calls: list[str] = []
    on_first_paint(window, lambda: calls.append("first added"))
    on_first_paint(window, lambda: calls.append("last added"))
    window.show()
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == ["last added", "first added"] and window.first_paint_hooks is None
    on_first_paint(window, lambda: calls.append("after"))  # waits for the window's next paint
    window.update()
    qtbot.waitUntil(lambda: "after" in calls)
    window.repaint()
    assert calls.count("after") == 1
    label = QLabel("ラベル")
    qtbot.addWidget(label)
    on_first_paint(label, lambda: calls.append("label"))
    assert "label" not in calls
    label.show()
    qtbot.waitUntil(lambda: "label" in calls)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_at_start_the_widgets_event_filters_come_just_after_the_first_paint(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the application starts the widgets' own filters wait for the window's first paint (app.py
    installs them then): the timeline's keys do not yet win over the window's shortcuts, nor does the
    window see Ctrl+Z in the text fields; from just after the paint they do."""
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from roadmap_desktop.core.fiscal import Month
    from roadmap_desktop.core.model import Bar, Initiative
    from roadmap_desktop.ui import first_paint
    from roadmap_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(first_paint, "_pending", None)  # whatever this test leaves, the next ones start clean
    path = tmp_path / "keys.roadmap"
    plan = [Bar(Month(2024, 4), Month(2024, 9))]
    RoadmapFile.create(
        path, Roadmap(projects=[Project(name="鍵", initiatives=[Initiative("取組", plan=plan)])])
    ).close()
    first_paint.defer_event_watching()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)

    def keys_won() -> tuple[bool, bool]:
        right = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier)
        right.ignore()
        QApplication.sendEvent(window.timeline, right)  # the timeline's key: it takes it over the window's
        undo = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        undo.ignore()  # as Qt sends it: the field takes Ctrl+Z for itself unless the window's filter says no
        QApplication.sendEvent(window.form.field_widget("name"), undo)
        return right.isAccepted(), not undo.isAccepted()

    assert first_paint.deferring() and keys_won() == (False, False)
    first_paint.on_first_paint(window, lambda: QTimer.singleShot(0, first_paint.install_deferred_watching))
    window.show()
    qtbot.waitUntil(lambda: not first_paint.deferring())
    assert keys_won() == (True, True)
