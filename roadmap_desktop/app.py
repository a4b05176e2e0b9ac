"""Application start-up: Qt, fonts, translations, and which roadmap to open first.

``ROADMAP_DESKTOP_QUIT_AFTER_PAINT=1`` (or ``--quit-after-paint``) makes the application quit right
after the main window's first paint and print ``first_paint_s=<seconds since process start>`` and
``rss_mb=<resident memory>`` and ``cpu_s=<processor seconds used>`` (steadier than the clock on a busy
machine): the start-up benchmark (bench/bench_startup.py) reads those lines; ``loaded=`` lists our
modules, the heavy libraries and the standard ``logging`` and ``uuid`` modules loaded by then, and
``qt_widgets=`` the widget classes PySide6 had built by then (tests/test_main_window.py).
The start is taken from ``ROADMAP_DESKTOP_T0`` (a ``time.time()`` set by the caller just before
starting the process) when given, else from the kernel's record of the process start (Linux).
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from .paths import data_dir, resources_dir, sample_path
from .settings import Settings
from .ui.first_paint import defer_event_watching, install_deferred_watching, on_first_paint

DEFAULT_NAME = "ロードマップ.roadmap"
QUIT_AFTER_PAINT_FLAG = "--quit-after-paint"
AFTER_PAINT_AT_LATEST_MS = 5000
LOADED_PACKAGES = (
    "roadmap_desktop",
    "openpyxl",
    "reportlab",
    "pdfplumber",
    "pdfminer",
    "PIL",
    "budoux",
    "logging",
    "uuid",
)


def default_roadmap_path() -> Path:
    """The user's own roadmap; on first run it starts as a copy of the sample roadmap."""
    path = data_dir() / DEFAULT_NAME
    if not path.exists():
        from .core.sample import load_sample  # the first run only: the sample's reader stays unloaded
        from .storage import RoadmapFile

        RoadmapFile.create(path, load_sample(sample_path())).close()
    return path


def first_start_path(settings: Settings) -> Path:
    """The roadmap to open when the user has none: the sample's copy, marked as the sample so the
    window says so (title and band, with where it is saved) until the user keeps it as their own."""
    made = not (data_dir() / DEFAULT_NAME).exists()
    path = default_roadmap_path()
    if made:
        settings.set_sample(path, True)
    return path


def register_app_font() -> str | None:
    """Register the bundled IPAexGothic and make it the application font; return its family."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "ipaexg.ttf"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QGuiApplication.font()
    font.setFamily(families[0])
    QGuiApplication.setFont(font)
    return families[0]


def _process_start_time() -> float:
    """Wall-clock time at which this process started (best effort)."""
    t0 = os.environ.get("ROADMAP_DESKTOP_T0")
    if t0:
        try:
            return float(t0)
        except ValueError:
            pass
    try:  # Linux: start time in clock ticks after boot, field 22 of /proc/self/stat
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.time() - time.perf_counter()


def resident_mb() -> float | None:
    """Resident memory of this process (VmRSS) in MB, where /proc tells it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _quit_after_first_paint(window: object) -> None:
    import PySide6.QtWidgets
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    loaded: list[str] = []
    built: list[str] = []

    def at_paint() -> None:
        # what had been loaded by the first paint, taken at the paint itself: a timer or a worker
        # that runs before the report must not change the answer (tests/test_main_window.py)
        loaded.extend(sorted(m for m in sys.modules if m.split(".")[0] in LOADED_PACKAGES))
        # the widget classes PySide has built a Python type for (it builds each on first use)
        built.extend(sorted(name for name in vars(PySide6.QtWidgets) if name.startswith("Q")))
        QTimer.singleShot(0, report)

    def report() -> None:
        elapsed = time.time() - _process_start_time()
        rss = resident_mb()
        print(f"first_paint_s={elapsed:.3f}", flush=True)
        print(f"rss_mb={rss:.1f}" if rss is not None else "rss_mb=nan", flush=True)
        print(f"cpu_s={time.process_time():.3f}", flush=True)
        print("loaded=" + ",".join(loaded), flush=True)
        print("qt_widgets=" + ",".join(built), flush=True)
        QApplication.quit()

    on_first_paint(window, at_paint)


def _start_fault_trace() -> None:
    """The hard-crash trace (faulthandler.log) from the start; the log file itself is set up with the
    crash handler, just after the first paint (nothing is logged before it unless something fails)."""
    from .logging_setup import enable_faulthandler

    with contextlib.suppress(OSError):  # a folder that cannot be written: install_crash_handler says so
        enable_faulthandler()


def _install_crash_handler() -> None:
    try:
        from .ui.crash import install_crash_handler
    except ImportError:
        return
    install_crash_handler()


def _crash_handler_on_demand(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook until the first paint: an error before it loads the crash handler and reports."""
    _install_crash_handler()  # replaces sys.excepthook with its own
    hook = sys.__excepthook__ if sys.excepthook is _crash_handler_on_demand else sys.excepthook
    hook(exc_type, exc, tb)


def _thread_crash_handler_on_demand(args: threading.ExceptHookArgs) -> None:
    """threading.excepthook until the first paint, likewise."""
    _install_crash_handler()
    hook = threading.__excepthook__ if threading.excepthook is _thread_crash_handler_on_demand else threading.excepthook
    hook(args)


def _import_qt_free_modules() -> None:
    """Load the Qt-free modules the window needs before PySide6: once loaded, PySide6 passes every
    import statement through Python code of its own (and see _spare_pyside_source_scan)."""
    from . import logging_setup  # noqa: F401
    from .core import delays, progress, search, status, timeline_controller  # noqa: F401
    from .layout import content, geometry  # noqa: F401
    from .operations import session  # noqa: F401
    from .ui import timeline_labels, timeline_layout  # noqa: F401


# Our modules whose source names PySide6 (import-linter keeps Qt out of all but ui/ and this one), less
# the Qt-free ones in ui/: tests/test_startup.py holds this to what PySide6 itself would find in each file.
_PYSIDE_USERS = ("roadmap_desktop.ui.", "roadmap_desktop.app")
_QT_FREE_UI = ("roadmap_desktop.ui.forms", "roadmap_desktop.ui.timeline_labels", "roadmap_desktop.ui.timeline_layout")


def _our_module_names() -> list[str]:
    """Every module of this package, by its files (none where the package is not files: a bundle).
    os.walk and plain strings: pathlib's rglob took 6 ms for these 155 files."""
    root = os.path.dirname(os.path.abspath(__file__))
    package = __package__ or "roadmap_desktop"
    names = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        rel = os.path.relpath(folder, root)
        prefix = package if rel == "." else ".".join([package, *rel.split(os.sep)])
        for file in files:
            if file.endswith(".py"):
                names.append(prefix if file == "__init__.py" else f"{prefix}.{file[:-3]}")
    return names


def _spare_pyside_source_scan() -> None:
    """After PySide6 is loaded, each import statement that names a module it has not seen yet makes it
    read that module's whole source file, looking for the word "PySide6" (for its ``__feature__``
    switches, which this application never uses): some 77 modules, 10-15 ms of the start when running
    from source. Give it beforehand the answer it would find, for ours (0 where the source names
    PySide6, -1 elsewhere: shibokensupport's own values) and for the standard library's (-1). Its table
    is not a public interface: a PySide6 without it simply scans as before."""
    try:
        from shibokensupport.feature import pyside_feature_dict  # type: ignore[import-not-found]
    except ImportError:
        return
    if not isinstance(pyside_feature_dict, dict):
        return
    for name in _our_module_names():
        pyside_feature_dict.setdefault(name, 0 if name.startswith(_PYSIDE_USERS) and name not in _QT_FREE_UI else -1)
    stdlib = sys.stdlib_module_names
    for name in [*stdlib, *(m for m in list(sys.modules) if m.partition(".")[0] in stdlib)]:
        pyside_feature_dict.setdefault(name, -1)


_after_paint_done = False


def _after_first_paint() -> None:
    """What the start leaves until the window is on screen: garbage collection, the crash handler."""
    global _after_paint_done
    if not _after_paint_done:
        _after_paint_done = True
        install_deferred_watching()  # first: the keys typed from now on pass the widgets' filters
        gc.enable()
        _install_crash_handler()


def main(argv: Sequence[str] | None = None) -> int:
    global _after_paint_done
    # No cyclic garbage collection until the window is painted (_after_first_paint): the start makes
    # some 80 passes over objects that all stay alive (Qt's enums, our classes, the roadmap), ~20 ms.
    gc.disable()
    _after_paint_done = False
    try:
        return _run(argv)
    finally:
        gc.enable()
        install_deferred_watching()  # should the window never have been painted


def _run(argv: Sequence[str] | None) -> int:
    _import_qt_free_modules()
    from PySide6.QtCore import QTimer

    _spare_pyside_source_scan()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow
    from .ui.timeline import TimelineWidget
    from .ui.translations import setup_translations

    args = list(sys.argv if argv is None else argv)
    quit_after_paint = QUIT_AFTER_PAINT_FLAG in args or os.environ.get("ROADMAP_DESKTOP_QUIT_AFTER_PAINT") == "1"
    args = [a for a in args if a != QUIT_AFTER_PAINT_FLAG]
    app = QApplication(args)
    app.setApplicationName("Roadmap Desktop")
    app.setOrganizationName("RoadmapDesktop")
    setup_translations(app)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "roadmap-desktop.png")))
    # The crash handler (its log file, its report dialog's Qt classes) loads just after the first
    # paint; until then an uncaught error loads it itself, so nothing goes unreported.
    _start_fault_trace()
    sys.excepthook = _crash_handler_on_demand
    threading.excepthook = _thread_crash_handler_on_demand
    register_app_font()
    TimelineWidget.defer_labels = True  # the window's first paint does not wait for the label rule's font
    defer_event_watching()  # the widgets' event filters, from just after the first paint (ui/first_paint.py)
    window = MainWindow()
    on_first_paint(window, lambda: QTimer.singleShot(0, _after_first_paint))
    QTimer.singleShot(AFTER_PAINT_AT_LATEST_MS, _after_first_paint)  # should the window never be painted
    if quit_after_paint:
        _quit_after_first_paint(window)
    path = Path(args[1]) if len(args) > 1 else None
    if path is None:
        recent = [Path(p) for p in window.settings.recent_files if Path(p).exists()]
        path = recent[0] if recent else first_start_path(window.settings)
    window.open_path(path)
    window.show()
    return app.exec()
