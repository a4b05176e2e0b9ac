"""Every window and dialog of the application opens inside a 1366×728 available area (a 1366×768
laptop with its taskbar), at 100 % and at 150 %: its whole frame on the screen, every button visible
and on the screen.

Each case runs in a child process on an offscreen screen of that size (the offscreen platform's screen
configuration) and scale (QT_SCALE_FACTOR); the child opens each window the way the application does,
reports where it and its buttons landed, and saves a screenshot in test-artifacts/.
"""

from __future__ import annotations

import inspect
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from offscreen_screen import screen_env

CHILD = Path(__file__).with_name("windows_fit_child.py")
WITHOUT_BUTTONS = {"OverviewWindow"}  # a window closed by its frame, like the main window


def _run(tmp_path: Path, artifacts: Path, name: str, scale: float | None, **extra: str) -> dict:
    env = {**screen_env(tmp_path, name, 1366, 728, scale), **extra}
    out = artifacts / f"fit_{name}"
    out.mkdir(exist_ok=True)
    result = subprocess.run(
        [sys.executable, str(CHILD), str(out), str(tmp_path / "r6.roadmap")],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("REPORT="))
    return json.loads(line.removeprefix("REPORT="))


def _inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize(("name", "scale", "logical"), [("100", None, (1366, 728)), ("150", 1.5, (911, 485))])
def test_every_window_fits_the_laptop_screen(
    tmp_path: Path, artifacts: Path, name: str, scale: float | None, logical: tuple[int, int]
) -> None:
    report = _run(tmp_path, artifacts, name, scale)
    area = report["screen"]
    assert tuple(area[2:]) == logical
    windows = report["windows"]
    assert len(windows) >= 12, sorted(windows)
    for title, w in windows.items():
        # the frame a window manager adds is reserved too: the window's own rect leaves room for it
        x, y, width, height = w["geometry"]
        assert _inside([x, y, width + 16, height + 40], area), (title, w["geometry"], area)
        assert w["buttons"] or title in WITHOUT_BUTTONS, title
        for text, rect, visible in w["buttons"]:
            assert visible, (title, text)
            assert _inside(rect, area), (title, text, rect, area)
    # and in every window no text cut by its widget, none too faint (tests/readable.py)
    _assert_readable(report)


def _assert_readable(report: dict) -> None:
    windows = {**report["windows"], "MainWindow": report["main_window"]}
    assert {title: w["clipped"] for title, w in windows.items() if w["clipped"]} == {}
    assert {title: w["low_contrast"] for title, w in windows.items() if w["low_contrast"]} == {}


def test_high_contrast_and_large_text_keep_every_window_readable(tmp_path: Path, artifacts: Path) -> None:
    """Windows' 「ハイ コントラスト 黒」 palette (white on black) and text scaled to 150 % (the
    application font, as Windows' 「テキストのサイズ」 gives it): every window's text reads on what it
    is drawn on (WCAG 4.5, measured on the rendered pixels; cells by their colours), including the bands,
    a field's error and the dialogs' messages, and no label or button is smaller than its text."""
    report = _run(
        tmp_path,
        artifacts,
        "high-contrast-text150",
        None,
        ROADMAP_TEST_PALETTE="high-contrast",
        ROADMAP_TEST_FONT_SCALE="1.5",
        ROADMAP_TEST_MESSAGES="1",
    )
    assert len(report["windows"]) >= 12
    _assert_readable(report)


def test_the_fit_test_covers_every_dialog_class() -> None:
    """A new dialog must be added to the child's list: every QDialog subclass of ui/ is opened there."""
    from PySide6.QtWidgets import QDialog

    import roadmap_desktop.ui as ui

    classes = set()
    for info in pkgutil.iter_modules(ui.__path__):
        if info.name in ("forms",):
            continue
        module = __import__(f"roadmap_desktop.ui.{info.name}", fromlist=["_"])
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                classes.add(cls.__name__)
    import importlib.util

    spec = importlib.util.spec_from_file_location("windows_fit_child", CHILD)
    assert spec is not None and spec.loader is not None
    child = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(child)
    opened = set(child.DIALOG_CLASSES)
    assert classes, "no dialog class found: the discovery is broken"
    assert classes <= opened, classes - opened
