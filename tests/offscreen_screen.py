"""A child process's environment for a laptop screen of a given size and scale, on Qt's offscreen
platform (its screen configuration file), with a private data folder: the screen-fit tests share it."""

from __future__ import annotations

import json
import os
from pathlib import Path


def screen_env(
    tmp_path: Path, name: str, width: int, height: int, scale: float | None = None, dpr: float = 1.0
) -> dict[str, str]:
    config = tmp_path / f"{name}.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": dpr}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "ROADMAP_DESKTOP_HOME": str(tmp_path / name),
    }
    env.pop("QT_SCALE_FACTOR", None)
    if scale is not None:
        env["QT_SCALE_FACTOR"] = str(scale)
    return env
