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


# Qt 6 moved texts to classes qtbase_ja does not know yet: where it still has them
_EARLIER_CONTEXTS = {"QAbstractFileIconProvider": "QFileDialog"}  # the file list's フォルダ, ドライブ


class QtTextsFallback(QTranslator):
    """Qt's own texts that Qt 6 changed and qtbase_ja does not have yet, which showed English in the
    file dialog: texts given an access key ("&Look in:", "Files of &type:" beside ファイル名(&N):) are
    translated from their key-less form, the key written after the words as Japanese applications
    write it (アドレス(&L):); texts moved to another class are looked up where qtbase_ja has them
    ("Folder"). Installed before qtbase_ja, so it is asked only what that has not; it asks *qt* itself
    (not QCoreApplication.translate, whose lock must not be taken again from inside a translator)."""

    def __init__(self, qt: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._qt = qt

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        earlier = _EARLIER_CONTEXTS.get(context)
        if earlier is not None:
            return self._qt.translate(earlier, source, disambiguation, n) or None
        at = source.find("&")
        if at < 0 or at + 1 >= len(source) or source.count("&") != 1 or "(&" in source:
            return None  # None, not "": an empty string would be taken as the translation
        found = self._qt.translate(context, source[:at] + source[at + 1 :], disambiguation, n)
        if not found or "&" in found:
            return None
        words = found.rstrip(":：…. ")
        return f"{words}(&{source[at + 1].upper()}){found[len(words) :]}"


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
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators = [QtTextsFallback(qt, app), qt] if lang == "ja" else [qt]
        installed += [t for t in translators if app.installTranslator(t)]
    if lang != "ja":
        ours = QTranslator(app)
        if ours.load(f"roadmap_desktop_{lang}", str(folder)) and app.installTranslator(ours):
            installed.append(ours)
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
