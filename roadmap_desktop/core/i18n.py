"""Translation hook for user-visible text produced by the Qt-free code.

The core must not import Qt, yet its messages reach the user. Every such string goes through
:func:`translate`, which the UI points at ``QCoreApplication.translate`` at start-up; without a UI
(command line, tests) the Japanese source text is used as it is. The name matters:
pyside6-lupdate extracts calls spelled ``translate("context", "text")`` into the .ts files
(``tools/update_translations.py``), so a translation needs no change to the code.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def translate(context: str, text: str) -> str:
    """Return *text* translated in *context* (identity until a translator is installed)."""
    return _translate(context, text)


def install_translator(func: Callable[[str, str], str]) -> None:
    """Route :func:`translate` through *func*, e.g. ``QCoreApplication.translate``."""
    global _translate
    _translate = func
