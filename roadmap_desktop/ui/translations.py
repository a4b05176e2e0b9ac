"""Load the translations for the user's language: the application's own and Qt's standard texts.

The source strings are Japanese, so Japanese needs only Qt's own ``qtbase_ja`` (the OK / キャンセル
of standard buttons). Another language loads ``resources/translations/roadmap_desktop_<lang>.qm``
when one exists (made by ``tools/update_translations.py``). ``ROADMAP_DESKTOP_LANG`` overrides the
system language (e.g. ``en``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.i18n import install_translator
from ..paths import resources_dir

# The translators setup_translations installed last (removed again by remove_translations).
_installed: list[QTranslator] = []


def user_language() -> str:
    return os.environ.get("ROADMAP_DESKTOP_LANG") or QLocale.system().name().split("_")[0] or "ja"


def shown_language(lang: str, folder: Path) -> str:
    """The language the application will speak for *lang*: *lang* where a translation of ours exists
    and translates something, else Japanese, the language its texts are written in. Qt's own dialogs
    follow that choice, so a PC set to English (or to the C locale) never shows 「キャンセル」 beside
    "Look in:" (an untranslated .qm made by tools/update_translations.py counts as none)."""
    if lang == "ja":
        return lang
    probe = QTranslator()
    if probe.load(f"roadmap_desktop_{lang}", str(folder)) and not probe.isEmpty():
        return lang
    return "ja"


def install_translations(
    app: QCoreApplication, lang: str | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install every translator found for *lang*; keep the returned list alive as long as *app*."""
    folder = folder or resources_dir() / "translations"
    lang = shown_language(lang or user_language(), folder)
    if lang == "ja":
        # numbers, dates and the standard dialogs' texts as a Japanese PC shows them
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    installed: list[QTranslator] = []
    candidates = [(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if lang != "ja":
        candidates.append((f"roadmap_desktop_{lang}", str(folder)))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def setup_translations(app: QCoreApplication, lang: str | None = None, folder: Path | None = None) -> list[QTranslator]:
    """The application's language, set up the one way: the Qt-free code's ``translate`` routed through
    Qt, and the translators of :func:`install_translations` (Qt's own 「キャンセル」 and file dialog).
    The application's start, the tests' QApplication (tests/conftest.py) and the manual's pictures
    (tools/make_manual_pictures.py) all call it, so what they show is what a user sees. Calling it
    again replaces what it installed before."""
    remove_translations(app)
    install_translator(QCoreApplication.translate)
    _installed.extend(install_translations(app, lang, folder))
    return list(_installed)


def remove_translations(app: QCoreApplication) -> None:
    """Take out what :func:`setup_translations` installed (Qt's texts fall back to English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
