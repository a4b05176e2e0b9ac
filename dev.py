#!/usr/bin/env python3
"""Set up and run Roadmap Desktop from a checkout: ``python3 dev.py run`` or ``python3 dev.py test``.

Each command first makes sure of everything it needs, so a fresh machine needs nothing else:
on Debian/Ubuntu the system packages (a Japanese font, poppler-utils, LibreOffice Calc for the
foreign-client tests), then a virtual environment in ``.venv`` with the project installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
# The versions the tests last passed with: every install is made against them, so a fresh machine
# gets what CI tested. Refresh with `.venv/bin/python -m pip freeze --all --exclude-editable > constraints.txt`.
CONSTRAINTS = ROOT / "constraints.txt"
# Debian packages: font for Qt's screen text, pdftoppm/pdffonts for checking PDFs, soffice for the
# tests that re-save our files with a real foreign client, zip for the password-zip tests.
APT_PACKAGES = ["fonts-ipaexfont-gothic", "poppler-utils", "libreoffice-calc-nogui", "zip"]
# the PDF and workbook print tests print in these fonts too (tests/lo_print.py: the same result in any
# font; Noto Sans CJK has a taller line height than IPAexGothic)
APT_PACKAGES += ["fonts-ipaexfont-mincho", "fonts-noto-cjk", "fonts-vlgothic"]
# Calibri's metric twin: the workbook's column widths count Calibri's digits (tests/lo_print.py)
APT_PACKAGES += ["fonts-crosextra-carlito"]
APT_CHECK = {
    "fonts-ipaexfont-gothic": "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "poppler-utils": "/usr/bin/pdftoppm",
    "libreoffice-calc-nogui": "/usr/bin/soffice",
    "zip": "/usr/bin/zip",  # Info-ZIP: password zips (ZipCrypto) as other people's tools make them, for the tests
    "fonts-ipaexfont-mincho": "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
    "fonts-noto-cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "fonts-vlgothic": "/usr/share/fonts/truetype/vlgothic/VL-PGothic-Regular.ttf",
    "fonts-crosextra-carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
}


def _python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_system_packages() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return
    missing = [p for p in APT_PACKAGES if not Path(APT_CHECK[p]).exists()]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env)


def ensure_venv(extras: str) -> Path:
    if not _python().exists():
        venv.create(VENV, with_pip=True)
    digest = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + CONSTRAINTS.read_bytes() + extras.encode()
    ).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        pip = [str(_python()), "-m", "pip", "install", "-q", "-c", str(CONSTRAINTS)]
        subprocess.run([*pip, "pip"], check=True)
        subprocess.run([*pip, "-e", f".[{extras}]"], check=True, cwd=ROOT)
        STAMP.write_text(digest)
    return _python()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "bench", "cli"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        python = ensure_venv("dev")
        if sys.platform.startswith("linux"):
            ensure_system_packages()
        return subprocess.call([str(python), "-m", "roadmap_desktop", *rest], cwd=ROOT)
    if command == "cli":
        python = ensure_venv("dev")
        return subprocess.call([str(python), "-m", "roadmap_desktop.cli", *rest], cwd=ROOT)
    ensure_system_packages()
    python = ensure_venv("dev,package")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if command == "bench":
        return subprocess.call([str(python), str(ROOT / "bench" / "run_all.py"), *rest], cwd=ROOT, env=env)
    # The checks that keep the code as docs/architecture.md describes it: lint, one format, types,
    # and the layers' import rules (no Qt below ui/). Each runs even when an earlier one failed.
    checks = {
        "ruff check": ["-m", "ruff", "check", "."],
        "ruff format --check": ["-m", "ruff", "format", "--check", "."],
        "mypy": ["-m", "mypy"],
        "import-linter": ["-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
    }
    failed = [name for name, args in checks.items() if subprocess.call([str(python), *args], cwd=ROOT) != 0]
    tests = subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if failed:
        print("checks failed: " + ", ".join(failed), file=sys.stderr)
    return tests or (1 if failed else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
