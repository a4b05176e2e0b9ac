"""An English translation can be added without touching code: extract, translate, load."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from roadmap_desktop.core.errors import FiscalYearError
from roadmap_desktop.core.fiscal import parse_fiscal_year
from roadmap_desktop.core.i18n import install_translator, translate
from roadmap_desktop.ui.translations import install_translations, remove_translations, setup_translations

SOURCE = "「{text}」は年度として読み取れません（例: R5、令和5年度、2023年度）。"


@pytest.fixture
def english(tmp_path: Path, qapp: QCoreApplication) -> Path:
    """A .qm made the documented way (lupdate over the sources), with one message translated."""
    ts = tmp_path / "roadmap_desktop_en.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    core = Path(__file__).resolve().parents[1] / "roadmap_desktop" / "core" / "fiscal.py"
    subprocess.run([str(lupdate), str(core), "-ts", str(ts)], check=True, capture_output=True)
    tree = ElementTree.parse(ts)
    messages = [m for m in tree.iter("message") if m.findtext("source") == SOURCE]
    assert len(messages) == 1  # the Qt-free code's strings are extracted with their context
    translation = messages[0].find("translation")
    assert translation is not None
    translation.text = "Cannot read “{text}” as a fiscal year (e.g. R5, 令和5年度, 2023年度)."
    translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts)], check=True, capture_output=True)
    return tmp_path


def test_core_messages_follow_the_installed_translation(english: Path, qapp: QCoreApplication) -> None:
    translators = install_translations(qapp, "en", english)
    install_translator(QCoreApplication.translate)
    try:
        assert any(not t.isEmpty() for t in translators)
        with pytest.raises(FiscalYearError, match="Cannot read “X9” as a fiscal year"):
            parse_fiscal_year("X9")
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        install_translator(QCoreApplication.translate)  # as the session's setup_translations left it
    assert translate("fiscal", SOURCE) == SOURCE


@pytest.fixture
def keep_locale() -> Iterator[None]:
    """Installing Japanese sets Qt's default locale: put it back for the other tests."""
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


def test_japanese_needs_no_application_translation(qapp: QCoreApplication, tmp_path: Path, keep_locale: None) -> None:
    translators = install_translations(qapp, "ja", tmp_path)
    try:
        assert all("roadmap_desktop" not in t.filePath() for t in translators)
    finally:
        for t in translators:
            qapp.removeTranslator(t)


@pytest.fixture
def untranslated(qapp: QCoreApplication, keep_locale: None) -> Iterator[None]:
    """Qt as it is before the application sets up its language (the test session's setup taken out)."""
    remove_translations(qapp)
    yield
    setup_translations(qapp, "ja")


@pytest.mark.parametrize("system", ["C", "en", "de"])
def test_a_pc_in_another_language_shows_qts_own_dialogs_in_japanese(
    qapp: QCoreApplication, tmp_path: Path, untranslated: None, system: str
) -> None:
    """No translation of ours for the system's language: the application speaks Japanese, and so do
    Qt's standard buttons and file dialog (not "Cancel", "Look in:")."""
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    translators = install_translations(qapp, system, tmp_path)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QLocale().language() == QLocale.Language.Japanese
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_tests_see_qts_own_buttons_as_the_application_shows_them(qtbot: object, tmp_path: Path) -> None:
    """The tests' QApplication is set up by the application's own setup_translations (tests/conftest.py),
    so a dialog's standard Cancel reads 「キャンセル」 in tests and in their screenshots, as on a user's PC."""
    from PySide6.QtWidgets import QDialogButtonBox

    from roadmap_desktop.core.sample import load_sample
    from roadmap_desktop.paths import sample_path
    from roadmap_desktop.ui.rollover_dialog import RolloverDialog

    dialog = RolloverDialog(None, load_sample(sample_path()), tmp_path / "r6.roadmap")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "キャンセル"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
