"""argparse's own words in Japanese: its usage line, section titles, ``-h`` and error messages.

argparse looks its texts up through ``gettext`` at the moment it uses them (module globals ``_`` and
``ngettext``); :func:`japanese_argparse` points both at :func:`core.i18n.translate` while the command
line is built and parsed, so ``roadmap -h`` and a mistyped command read in the user's language
without a compiled gettext catalogue, and an English translation needs no change to the code.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .core.i18n import translate


def _texts() -> dict[str, str]:
    """argparse's English texts (Python 3.11) and ours; looked up when used, so a translator installed
    later still applies. A text not listed stays as argparse wrote it."""
    return {
        "usage: ": translate("argparse", "使い方: "),
        "positional arguments": translate("argparse", "引数"),
        "options": translate("argparse", "オプション"),
        "show this help message and exit": translate("argparse", "この説明を表示して終わる"),
        "%(prog)s: error: %(message)s\n": translate("argparse", "%(prog)s: エラー: %(message)s\n"),
        "the following arguments are required: %s": translate("argparse", "次の引数が必要です: %s"),
        "unrecognized arguments: %s": translate("argparse", "使えない引数があります: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "%(value)r は選べません（選べるもの: %(choices)s）"
        ),
        "argument %(argument_name)s: %(message)s": translate("argparse", "引数 %(argument_name)s: %(message)s"),
        "invalid %(type)s value: %(value)r": translate("argparse", "%(value)r は %(type)s の値として読めません"),
        "expected one argument": translate("argparse", "値を一つ指定してください"),
        "expected at most one argument": translate("argparse", "値は一つまでです"),
        "expected at least one argument": translate("argparse", "値を一つ以上指定してください"),
        "expected %s argument": translate("argparse", "値を %s 個指定してください"),
        "expected %s arguments": translate("argparse", "値を %s 個指定してください"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "argparse", "オプション %(option)s は一つに決まりません（候補: %(matches)s）"
        ),
        "not allowed with argument %s": translate("argparse", "引数 %s と一緒には使えません"),
        "one of the arguments %s is required": translate("argparse", "引数 %s のどれかが必要です"),
        "ignored explicit argument %r": translate("argparse", "値 %r は使えません"),
        "unknown parser %(parser_name)r (choices: %(choices)s)": translate(
            "argparse", "コマンド %(parser_name)r はありません（選べるもの: %(choices)s）"
        ),
        "can't open '%(filename)s': %(error)s": translate("argparse", "「%(filename)s」を開けません: %(error)s"),
    }


def _gettext(text: str) -> str:
    return _texts().get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextmanager
def japanese_argparse() -> Iterator[None]:
    """argparse speaks through :func:`translate` inside the block (parser construction takes the
    section titles, parsing the usage line and errors), and as before outside it."""
    saved: tuple[Callable[..., str], Callable[..., str]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
