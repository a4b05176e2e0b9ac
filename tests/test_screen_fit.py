"""The first window on the common office laptop (1366×768) and at 150 % scaling: everything reachable.

Each case runs the real application start in a child process on an offscreen screen of the given
size (the offscreen platform's screen configuration file) and scale (QT_SCALE_FACTOR), and reports
where the list's buttons, the total, the status bar and the toolbar landed; a screenshot of each is
saved in test-artifacts/ to be looked at.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from offscreen_screen import screen_env

CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from roadmap_desktop.app import default_roadmap_path, register_app_font
register_app_font()
from roadmap_desktop.ui.main_window import MainWindow
w = MainWindow()
w.open_path(default_roadmap_path())
w.show()

def rect(widget):
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height(), widget.isVisible()]

def report():
    ui = w.list_panel.ui
    screen = w.screen()
    avail = screen.availableGeometry()
    frame = w.frameGeometry()
    em = ui.table.fontMetrics().horizontalAdvance("国")
    widgets = {
        "addButton": ui.addButton, "duplicateButton": ui.duplicateButton, "deleteButton": ui.deleteButton,
        "upButton": ui.upButton, "downButton": ui.downButton, "total": ui.totalLabel, "search": ui.search,
        "statusBar": w.statusBar(), "reference": w.reference_label, "toolbar": w.toolbar,
        "timeline": w.timeline_view, "form": w.form_scroll,
    }
    out = {
        "screen": [avail.x(), avail.y(), avail.width(), avail.height()],
        "dpr": screen.devicePixelRatio(),
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "widgets": {k: rect(v) for k, v in widgets.items()},
        "name_chars": ui.table.columnWidth(1) / em,
        "toolbar_hidden_actions": sum(1 for a in w.toolbar.actions()
                                      if not a.isSeparator() and w.toolbar.widgetForAction(a) is not None
                                      and not w.toolbar.widgetForAction(a).isVisible()),
    }
    w.grab().save(sys.argv[1])
    print("REPORT=" + json.dumps(out), flush=True)
    app.quit()

QTimer.singleShot(600, report)
app.exec()
"""


def run_case(
    tmp_path: Path, artifacts: Path, name: str, width: int, height: int, scale: float | None, dpr: float = 1.0
) -> dict:
    env = screen_env(tmp_path, name, width, height, scale, dpr)
    png = artifacts / f"screen_{name}.png"
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(png)], env=env, capture_output=True, text=True, timeout=90
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("REPORT="))
    report = json.loads(line.removeprefix("REPORT="))
    report["png"] = png
    return report


@pytest.mark.parametrize(
    ("name", "width", "height", "scale", "dpr", "logical"),
    [
        ("1366x768", 1366, 768, None, 1.0, (1366, 768)),
        ("1366x768_at_150", 1366, 768, 1.5, 1.0, (911, 512)),  # a 1366×768 panel at 150 %
        ("1920x1080_at_150", 1920, 1080, 1.5, 1.0, (1280, 720)),  # the common 150 % laptop
        ("1366x768_dpr_1.5", 1366, 768, None, 1.5, (1366, 768)),  # device pixel ratio 1.5 reported by the screen
    ],
)
def test_everything_is_inside_the_screen(
    tmp_path: Path,
    artifacts: Path,
    name: str,
    width: int,
    height: int,
    scale: float | None,
    dpr: float,
    logical: tuple[int, int],
) -> None:
    r = run_case(tmp_path, artifacts, name, width, height, scale, dpr)
    sx, sy, sw, sh = r["screen"]
    assert (sw, sh) == logical
    assert r["dpr"] == pytest.approx((scale or 1.0) * dpr)
    fx, fy, fw, fh = r["frame"]
    assert fx >= sx and fy >= sy and fx + fw <= sx + sw and fy + fh <= sy + sh, (r["frame"], r["screen"])
    for key, (x, y, w, h, visible) in r["widgets"].items():
        assert visible, key
        assert w > 0 and h > 0, key
        assert x >= sx and y >= sy and x + w <= sx + sw and y + h <= sy + sh, (key, (x, y, w, h), r["screen"])
    assert r["name_chars"] >= 10  # 事業名 gets room for its words, not four characters
    assert r["toolbar_hidden_actions"] == 0  # every toolbar button shown, none behind the » extension
    assert r["png"].stat().st_size > 10_000
