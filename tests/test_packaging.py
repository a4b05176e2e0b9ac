"""Smoke test of the frozen application: build the one-folder bundle once, then run it as a staff PC would.

No Python from the checkout is used by the bundle's programs: they run from the built folder with the
user's data folder in a temporary directory. PyInstaller comes with the ``package`` extra, which
``python3 dev.py test`` (CI) installs. Timings are printed (run with ``-s``), not asserted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from roadmap_desktop.core.labels import squeeze
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.paths import sample_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
from build import NAME, ROOT, build_bundle, executable_name, folder_size, version

EXCLUDED = ("QtWebEngine", "Qt6WebEngine", "Qt3D", "Qt63D", "QtMultimedia", "Qt6Multimedia", "Qt6Quick", "Qt6Qml", "tkinter", "_tkinter", "tcl", "tk8")  # fmt: skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The application built once for this module, in a temporary folder."""
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the 'package' extra (python3 dev.py test)")
    base = tmp_path_factory.mktemp("pyinstaller")
    start = time.perf_counter()
    folder = build_bundle(base / "dist", base / "work")
    print(f"\nbundle: {folder_size(folder) / 1e6:.1f} MB, built in {time.perf_counter() - start:.0f} s")
    yield folder


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return {**env, "ROADMAP_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}


def _run(program: Path, *args: str | Path, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    start = time.perf_counter()
    proc = subprocess.run([str(program), *map(str, args)], env=env, cwd=cwd, capture_output=True, text=True, timeout=60)
    print(f"{program.name} {' '.join(map(str, args))}: exit {proc.returncode} in {time.perf_counter() - start:.2f} s")
    return proc


def test_bundle_has_both_programs_the_resources_and_not_the_excluded_modules(bundle: Path) -> None:
    assert (bundle / executable_name(NAME)).is_file()
    assert (bundle / executable_name("roadmap")).is_file()
    internal = bundle / "_internal" / "resources"
    assert (internal / "fonts" / "ipaexg.ttf").read_bytes() == (
        ROOT / "resources" / "fonts" / "ipaexg.ttf"
    ).read_bytes()
    assert (internal / "fonts" / "IPAexGothic-LICENSE.txt").is_file()  # the IPA licence travels with the font
    assert (internal / "sample" / "r6-roadmap.json").is_file()
    assert (internal / "icons" / "roadmap-desktop.png").is_file()
    assert (internal / "icons" / "roadmap-desktop.ico").is_file()
    for ui in (ROOT / "forms").glob("*.ui"):
        assert (bundle / "_internal" / "forms" / ui.name).is_file()
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert (internal / "translations" / qm.name).is_file()
    names = [p.name for p in (bundle / "_internal").rglob("*")]
    assert [n for n in names if n.startswith(EXCLUDED)] == []
    assert any(n.startswith("QtPrintSupport") for n in names)  # printing (ui/printing.py) is imported lazily
    assert (bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "printsupport").is_dir() or os.name == "nt"
    qt_translations = [n for n in names if n.endswith(".qm") and n.startswith("qt")]
    assert qt_translations and all("_ja" in n for n in qt_translations)


def test_bundled_cli_makes_the_sample_and_exports_pdf_and_xlsx(bundle: Path, tmp_path: Path) -> None:
    import openpyxl
    import pdfplumber

    roadmap = bundle / executable_name("roadmap")
    env = _env(tmp_path / "home")
    new = _run(roadmap, "new", "X.roadmap", "--sample", env=env, cwd=tmp_path)
    assert new.returncode == 0, new.stderr
    assert "20 事業" in new.stdout
    export = _run(roadmap, "export", "X.roadmap", "--pdf", "out.pdf", "--xlsx", "out.xlsx", env=env, cwd=tmp_path)
    assert export.returncode == 0, export.stderr
    pdf = tmp_path / "out.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    first = load_sample(sample_path()).projects[0]
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == 20
        assert squeeze(first.name) in squeeze(doc.pages[0].extract_text())
    workbook = openpyxl.load_workbook(tmp_path / "out.xlsx", read_only=True)
    try:
        assert "一覧" in workbook.sheetnames
    finally:
        workbook.close()
    # Reading PDFs back (pdfplumber/pdfminer with their data files) works in the bundle too.
    back = _run(roadmap, "import", "X.roadmap", "out.pdf", env=env, cwd=tmp_path)
    assert back.returncode == 0, back.stderr
    assert "新規0件" in back.stdout


def test_bundled_cli_reports_errors_in_japanese(bundle: Path, tmp_path: Path) -> None:
    (tmp_path / "memo.roadmap").write_text("not a roadmap", encoding="utf-8")
    proc = _run(bundle / executable_name("roadmap"), "list", "memo.roadmap", env=_env(tmp_path / "home"), cwd=tmp_path)
    assert proc.returncode == 1
    assert "ロードマップのファイルではありません" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bundled_gui_starts_shows_the_sample_and_quits(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    # app.py: quit right after the main window's first paint, printing the seconds since the process started.
    proc = _run(bundle / executable_name(NAME), env=_env(home, ROADMAP_DESKTOP_QUIT_AFTER_PAINT="1"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "first_paint_s=" in proc.stdout
    print(" ".join(proc.stdout.split()))
    # First run: the user's own roadmap was made from the bundled sample, and the crash log is in place.
    assert list(home.glob("*.roadmap"))
    assert (home / "logs").is_dir()


def test_build_script_names_the_package_version(bundle: Path) -> None:
    import roadmap_desktop

    assert version() == roadmap_desktop.__version__


def test_installer_script_is_per_user_and_associates_roadmap_files() -> None:
    """Inno Setup only runs on Windows; here we check the promises the script makes to a staff PC."""
    raw = (ROOT / "packaging" / "windows" / "roadmap_desktop.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, or Inno Setup garbles the Japanese texts
    lines = [line.strip() for line in raw.decode("utf-8-sig").splitlines() if line.strip() and not line.startswith(";")]
    assert "PrivilegesRequired=lowest" in lines  # no administrator rights
    assert any(line.startswith("DefaultDirName={userpf}") for line in lines)  # %LOCALAPPDATA%\Programs
    assert "AppVersion={#AppVersion}" in lines and "#error" in " ".join(lines)  # the version comes from the build
    registry = [line for line in lines if line.startswith("Root: HKA;")]
    assert any('Subkey: "Software\\Classes\\.roadmap"' in line for line in registry)
    assert any("shell\\open\\command" in line and '""%1""' in line for line in registry)
    assert not any(line.startswith("Root: HKLM") for line in lines)
    assert any(line.startswith('Name: "{group}\\') for line in lines)  # Start menu entry


def test_windows_version_resource_carries_the_package_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Built only on Windows; PyInstaller's version-resource classes are plain Python apart from a pefile import."""
    import types

    from winversion import version_info, version_tuple

    import roadmap_desktop

    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the 'package' extra (python3 dev.py test)")
    import PyInstaller.compat

    # Windows-only imports of that module, unused by building and serialising the resource.
    monkeypatch.setitem(sys.modules, "pefile", sys.modules.get("pefile") or types.ModuleType("pefile"))
    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", types.ModuleType("win32api"), raising=False)
    assert version_tuple("1.2.3") == (1, 2, 3, 0)
    assert version_tuple("2.0rc1") == (2, 0, 1, 0)
    raw = version_info(roadmap_desktop.__version__, "DX関連事業ロードマップ", "RoadmapDesktop").toRaw()
    assert "Roadmap Desktop".encode("utf-16-le") in raw
    assert "DX関連事業ロードマップ".encode("utf-16-le") in raw
    assert roadmap_desktop.__version__.encode("utf-16-le") in raw
    assert "RoadmapDesktop.exe".encode("utf-16-le") in raw
