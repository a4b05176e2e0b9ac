#!/usr/bin/env python3
"""Extract every user-visible string into ``resources/translations/roadmap_desktop_<lang>.ts``
and compile the .ts files to .qm.

Usage: ``.venv/bin/python tools/update_translations.py [LANG ...]`` (default: en). Translate the
.ts file with Qt Linguist, run this again, and the application loads the .qm for the user's
language at start-up: no change to the code is needed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    files = sorted(p for p in (ROOT / "roadmap_desktop").rglob("*.py") if "forms" not in p.parts)
    return [str(p) for p in files] + [str(p) for p in sorted((ROOT / "forms").glob("*.ui"))]


def update(langs: list[str]) -> list[Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in langs:
        ts = OUT / f"roadmap_desktop_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", str(ts)], check=True, capture_output=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts)], check=True, capture_output=True)
        written.append(ts)
    return written


if __name__ == "__main__":
    for path in update(sys.argv[1:] or ["en"]):
        print(path.relative_to(ROOT))
