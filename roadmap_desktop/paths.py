"""Where the application keeps its own files (per user; no admin rights needed)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "RoadmapDesktop"


def data_dir() -> Path:
    """The user's data folder; ``ROADMAP_DESKTOP_HOME`` overrides it (tests, portable use)."""
    override = os.environ.get("ROADMAP_DESKTOP_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """``resources/`` of the source tree, or of the frozen bundle (PyInstaller sets ``sys._MEIPASS``)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def sample_path() -> Path:
    return resources_dir() / "sample" / "r6-roadmap.json"
