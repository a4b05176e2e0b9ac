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
