"""Translation hook for user-visible text produced by the Qt-free core.

The core must not import Qt, yet its messages reach the user. Every such string goes through
:func:`tr`, which the UI points at ``QCoreApplication.translate`` at start-up; without a UI
(command line, tests) the Japanese source text is used as it is.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def tr(context: str, text: str) -> str:
    """Return *text* translated in *context* (identity until a translator is installed)."""
    return _translate(context, text)


def install_translator(func: Callable[[str, str], str]) -> None:
    """Route :func:`tr` through *func*, e.g. ``QCoreApplication.translate``."""
    global _translate
    _translate = func


# pyside6-lupdate extracts calls spelled translate("context", "text") (it reads tr("a", "b") as a
# source text with a comment), so the Qt-free code uses this name.
translate = tr
