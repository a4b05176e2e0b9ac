"""Regenerate ``roadmap_desktop/ui/forms/ui_*.py`` from the Qt Designer forms in ``forms/``.

Run after editing a form: ``.venv/bin/python tools/build_forms.py`` (``--check`` only reports
forms whose module is out of date, exit status 1). Uses the pinned ``pyside6-uic`` beside Python.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "roadmap_desktop" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by tools/build_forms.py (pyside6-uic). Do not edit: edit the .ui file.\n"


def _uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic.exe" if sys.platform == "win32" else "pyside6-uic")
    return str(exe) if exe.exists() else "pyside6-uic"


def generate(ui_file: Path) -> str:
    """The module text for *ui_file*: our header, then uic's output."""
    code = subprocess.run([_uic(), str(ui_file)], check=True, capture_output=True, text=True).stdout
    return HEADER.format(name=ui_file.name) + prune_imports(code)


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_imports(code: str) -> str:
    """uic imports the same long list of classes into every form; PySide6 builds a class (and all its
    enums) the first time it is imported, so the names the form never uses cost start-up time
    (QLocale, QGradient, QImage...). Keep only the names the code uses."""
    body = _IMPORT.sub("", code)
    used = set(re.findall(r"\b\w+\b", body))

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip() in used]
        return f"from {match.group(1)} import {', '.join(names)}\n" if names else ""

    return _IMPORT.sub(keep, code)


def target(ui_file: Path) -> Path:
    return OUT / f"ui_{ui_file.stem}.py"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    OUT.mkdir(exist_ok=True)
    init = OUT / "__init__.py"
    if not init.exists() and not check:
        init.write_text(
            '"""Modules generated from forms/*.ui by tools/build_forms.py; do not edit."""\n', encoding="utf-8"
        )
    for ui_file in sorted(FORMS.glob("*.ui")):
        text = generate(ui_file)
        out = target(ui_file)
        current = out.read_text(encoding="utf-8") if out.exists() else None
        if current != text:
            stale.append(out)
            if not check:
                out.write_text(text, encoding="utf-8")
    for out in stale:
        print(("out of date: " if check else "wrote ") + str(out.relative_to(ROOT)))
    return 1 if (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
