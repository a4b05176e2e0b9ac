"""First run: with no roadmap of their own, the user gets a copy of the sample in their data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from roadmap_desktop.app import default_roadmap_path
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.storage import RoadmapFile


def test_first_run_copies_the_sample_into_the_data_folder(tmp_path: Path, sample: Roadmap) -> None:
    path = default_roadmap_path()
    assert path.parent == Path(os.environ["ROADMAP_DESKTOP_HOME"])
    with RoadmapFile.open(path, readonly=True) as f:
        assert dumps(f.load(), with_ids=False) == dumps(sample, with_ids=False)
    # the second run opens the same file again, with the user's edits, rather than a new copy
    with RoadmapFile.open(path) as f:
        roadmap = f.load()
        roadmap.projects[0].overview = "利用者の編集"
        f.save_project(roadmap.projects[0], 0)
    assert default_roadmap_path() == path
    with RoadmapFile.open(path, readonly=True) as f:
        assert f.load().projects[0].overview == "利用者の編集"


def test_application_opens_the_sample_when_the_user_has_none(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROADMAP_DESKTOP_HOME": str(home)}
    result = subprocess.run([sys.executable, "-m", "roadmap_desktop", "--quit-after-paint"],
                            env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    roadmaps = list(home.glob("*.roadmap"))
    assert len(roadmaps) == 1
    with RoadmapFile.open(roadmaps[0], readonly=True) as f:
        assert len(f.load().projects) == 20
    assert str(roadmaps[0].resolve()) in json.loads((home / "settings.json").read_text())["recent_files"]


def test_the_first_start_says_it_is_the_sample_and_where_it_is_saved(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROADMAP_DESKTOP_HOME": str(home)}
    code = (
        "import sys; from roadmap_desktop import app; from roadmap_desktop.ui import main_window as mw\n"
        "seen = []\n"
        "orig = mw.MainWindow._update_enabled\n"
        "def spy(self):\n"
        "    orig(self)\n"
        "    seen.append((self.windowTitle(), self.welcome_banner.isVisibleTo(self), self.welcome_banner.label.text()))\n"
        "mw.MainWindow._update_enabled = spy\n"
        "rc = app.main(['x', '--quit-after-paint'])\n"
        "print('SEEN=' + repr(seen[-1]))\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    title, banner, text = eval(next(x for x in result.stdout.splitlines() if x.startswith("SEEN="))[5:])
    path = next(home.glob("*.roadmap")).resolve()
    assert "（サンプル）" in title and banner and str(path) in text
    assert json.loads((home / "settings.json").read_text())["sample_files"] == [str(path)]


def test_the_sample_band_offers_new_open_or_keep(qtbot, tmp_path: Path, sample: Roadmap, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from roadmap_desktop.ui.main_window import MainWindow

    path = tmp_path / "ロードマップ.roadmap"
    RoadmapFile.create(path, sample).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.settings.set_sample(path, True)
    assert window.open_path(path)
    band = window.welcome_banner
    assert band.isVisibleTo(window) and str(path.resolve()) in band.label.text()
    asked: list[str] = []
    monkeypatch.setattr(MainWindow, "_ask_path", lambda self, title, save=False: asked.append(title))
    band.new_button.click()
    band.open_button.click()
    assert len(asked) == 2  # 新しいロードマップ and 開く each ask for a file
    band.keep_button.click()
    assert not band.isVisibleTo(window) and "サンプル" not in window.windowTitle()
    assert json.loads((Path(os.environ["ROADMAP_DESKTOP_HOME"]) / "settings.json").read_text())["sample_files"] == []
    other = tmp_path / "other.roadmap"
    RoadmapFile.create(other, sample).close()
    assert window.open_path(other) and not band.isVisibleTo(window)
