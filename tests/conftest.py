"""Shared fixtures: offscreen Qt, a private data folder, sample roadmaps in temporary files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from lo_print import PrintedCorpus

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
# The test modules that read LibreOffice prints of the corpus (the printed_corpus fixture).
PRINTED_MODULES = frozenset(
    {
        "test_label_notes",
        "test_pdf_import_fonts",
        "test_pdf_import_foreign",
        "test_pdf_import_foreign_corpus",
        "test_pdf_import_foreign_xlsx",
    }
)


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """With pytest-xdist (``-n``), a test module runs whole on one process, so its module and session
    fixtures are built once, and the modules of PRINTED_MODULES share one process, so each font is
    printed once for the whole run. (xdist's own ``loadgroup`` marks do not reach pytest 9's node ids.)"""
    from xdist.scheduler import LoadFileScheduling

    class ModuleScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = super()._split_scope(nodeid)
            return "printed-corpus" if Path(module).stem in PRINTED_MODULES else module

    return ModuleScheduling(config, log)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A module that reads the printed corpus must be listed in PRINTED_MODULES (else each process
    would print the corpus again)."""
    for item in items:
        module = Path(str(item.fspath)).stem
        if "printed_corpus" in getattr(item, "fixturenames", ()) and module not in PRINTED_MODULES:
            raise pytest.UsageError(f"{module} reads printed_corpus: add it to PRINTED_MODULES in tests/conftest.py")


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the real user's data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ROADMAP_DESKTOP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture(scope="session")
def qapp(qapp: object) -> object:
    """pytest-qt's QApplication, speaking as the application does from its start (the one
    setup_translations): Qt's own buttons and dialogs in Japanese in every test and screenshot."""
    from roadmap_desktop.ui.translations import setup_translations

    setup_translations(qapp, "ja")  # type: ignore[arg-type]
    return qapp


@pytest.fixture
def sample() -> Roadmap:
    """A fresh copy of the shipped sample roadmap (20 projects)."""
    return load_sample(sample_path())


@pytest.fixture
def sample_file(tmp_path: Path, sample: Roadmap) -> Iterator[RoadmapFile]:
    """The sample roadmap written to a temporary file, open for writing."""
    f = RoadmapFile.create(tmp_path / "sample.roadmap", sample)
    yield f
    f.close()


@pytest.fixture
def app_font(qapp: object) -> str:
    """The bundled IPAexGothic as the application font, as the application itself sets it up, so that
    renders show real Japanese glyphs (no tofu) whatever fonts the machine has."""
    from roadmap_desktop.app import register_app_font

    family = register_app_font()
    assert family is not None
    return family


@pytest.fixture
def artifacts() -> Path:
    """Folder for PNG/PDF/XLSX renders that a person should look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def printed_corpus(tmp_path_factory: pytest.TempPathFactory) -> PrintedCorpus:
    """Every workbook the tests have LibreOffice print (our export, the hand-built corpora), printed once
    per font for the whole session, each font pinned (tests/lo_print.py)."""
    return PrintedCorpus(tmp_path_factory.mktemp("printed"))


@pytest.fixture
def sample_window(qtbot: object, tmp_path: Path, sample: Roadmap) -> object:
    """The main window, shown, on a temporary copy of the sample roadmap."""
    from roadmap_desktop.ui.main_window import MainWindow

    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    window = MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    return window
