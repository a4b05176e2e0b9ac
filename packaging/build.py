"""Build the one-folder application ``dist/RoadmapDesktop/`` (and on Windows the installer, if Inno Setup is there).

    .venv/bin/python packaging/build.py                 # Linux
    .venv\\Scripts\\python packaging\\build.py            # Windows: also dist/RoadmapDesktop-<version>-setup.exe

Needs the ``package`` extra (PyInstaller): ``pip install -e .[package]`` (``python3 dev.py test`` installs it).
Prints the folder's size and how long the build took.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "roadmap_desktop.spec"
ISS = ROOT / "packaging" / "windows" / "roadmap_desktop.iss"
NAME = "RoadmapDesktop"


def version() -> str:
    text = (ROOT / "roadmap_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise SystemExit("roadmap_desktop.__version__ not found")
    return match.group(1)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle(dist: Path, work: Path, clean: bool = False) -> Path:
    """Run PyInstaller on the spec; return the bundle folder ``<dist>/RoadmapDesktop``."""
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]  # fmt: skip
    if clean:
        command.append("--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / NAME
    if not (bundle / executable_name(NAME)).exists():
        raise SystemExit(f"PyInstaller finished but {bundle / executable_name(NAME)} is missing")
    return bundle


def executable_name(name: str) -> str:
    return name + (".exe" if os.name == "nt" else "")


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"), os.environ.get("LOCALAPPDATA")):
        if base:
            for candidate in (
                Path(base) / "Inno Setup 6" / "ISCC.exe",
                Path(base) / "Programs" / "Inno Setup 6" / "ISCC.exe",
            ):
                if candidate.exists():
                    return candidate
    return None


def build_installer(bundle: Path, dist: Path) -> Path | None:
    """Compile the Inno Setup script with the build's version; None if Inno Setup is not installed."""
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (ISCC.exe) not found: installer skipped. https://jrsoftware.org/isdl.php")
        return None
    v = version()
    subprocess.run(
        [str(iscc), f"/DAppVersion={v}", f"/DBundleDir={bundle}", f"/DIconFile={ROOT / 'resources' / 'icons' / 'roadmap-desktop.ico'}",
         f"/O{dist}", str(ISS)],
        check=True,
    )  # fmt: skip
    return dist / f"{NAME}-{v}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Roadmap Desktop with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    parser.add_argument("--no-installer", action="store_true", help="on Windows, do not run Inno Setup")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve(), clean=args.clean)
    seconds = time.perf_counter() - start
    print(f"Roadmap Desktop {version()}: {bundle}")
    print(f"  size: {folder_size(bundle) / 1e6:.1f} MB, build time: {seconds:.0f} s")
    if os.name == "nt" and not args.no_installer:
        installer = build_installer(bundle, args.dist.resolve())
        if installer:
            print(f"  installer: {installer} ({installer.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
