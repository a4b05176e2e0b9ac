"""Application start-up: Qt, fonts, translations, and which roadmap to open first.

``ROADMAP_DESKTOP_QUIT_AFTER_PAINT=1`` (or ``--quit-after-paint``) makes the application quit right
after the main window's first paint and print ``first_paint_s=<seconds since process start>`` and
``rss_mb=<resident memory>`` and ``cpu_s=<processor seconds used>`` (steadier than the clock on a busy
machine): the start-up benchmark (bench/bench_startup.py) reads those lines; ``loaded=`` lists our
modules and the heavy libraries loaded by then (tests/test_main_window.py).
The start is taken from ``ROADMAP_DESKTOP_T0`` (a ``time.time()`` set by the caller just before
starting the process) when given, else from the kernel's record of the process start (Linux).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .paths import data_dir, resources_dir, sample_path
from .settings import Settings

DEFAULT_NAME = "ロードマップ.roadmap"
QUIT_AFTER_PAINT_FLAG = "--quit-after-paint"
LOADED_PACKAGES = ("roadmap_desktop", "openpyxl", "reportlab", "pdfplumber", "pdfminer", "PIL")


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
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    loaded: list[str] = []

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                # what had been loaded by the first paint, taken at the paint itself: a timer or a worker
                # that runs before the report must not change the answer (tests/test_main_window.py)
                loaded.extend(sorted(m for m in sys.modules if m.split(".")[0] in LOADED_PACKAGES))
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        elapsed = time.time() - _process_start_time()
        rss = resident_mb()
        print(f"first_paint_s={elapsed:.3f}", flush=True)
        print(f"rss_mb={rss:.1f}" if rss is not None else "rss_mb=nan", flush=True)
        print(f"cpu_s={time.process_time():.3f}", flush=True)
        print("loaded=" + ",".join(loaded), flush=True)
        QApplication.quit()

    watcher = FirstPaint(window)  # type: ignore[arg-type]
    window.installEventFilter(watcher)  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
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
    try:
        from .ui.crash import install_crash_handler
    except ImportError:
        pass
    else:
        install_crash_handler()
    register_app_font()
    TimelineWidget.defer_labels = True  # the window's first paint does not wait for the label rule's font
    window = MainWindow()
    if quit_after_paint:
        _quit_after_first_paint(window)
    path = Path(args[1]) if len(args) > 1 else None
    if path is None:
        recent = [Path(p) for p in window.settings.recent_files if Path(p).exists()]
        path = recent[0] if recent else first_start_path(window.settings)
    window.open_path(path)
    window.show()
    return app.exec()
