"""The ranges a value may take: budgets, text lengths, and which characters a text may hold.

Caps, chosen from the printed page and the tools around it:

- 事業名 and the other one-line texts (分野, each 項目/担当部局/担当課等, a 取組's name, a bar's
  label): :data:`LINE_CAP` = 200 characters. A sheet's 事業名 cell shows about two lines of 40; the
  longest names in the published books are under 80. 200 leaves room and keeps file names, the
  一覧 and the terminal usable.
- 概要, 現状・課題, 取組, どう変わるか: :data:`PARAGRAPH_CAP` = 5,000 characters. A sheet's text box
  holds well under 1,000 at the smallest font; 5,000 takes a long draft, far below Excel's 32,767
  per cell, and bounds the work of fitting text on a page.
- 事業費: a whole number of 千円 from 0 to :data:`MAX_BUDGET` (10^12 千円 = 1,000兆円), far above any
  prefecture's budget and far below SQLite's 64-bit integers.

Control characters other than tab and line feed are never part of a text: an import removes them
(and says so), the form refuses them, and terminal output shows them as visible symbols
(:func:`printable`), so an ESC read from a file cannot retitle or clear the user's terminal.
"""

from __future__ import annotations

import re

from .i18n import translate

MAX_BUDGET = 10**12
LINE_CAP = 200
PARAGRAPH_CAP = 5000

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# For the terminal: every control but newline and tab, and the bidi controls that reorder what is shown.
# Compiled on first use (the command line's): a set beyond U+00FF takes a while, and the window never uses it.
_UNPRINTABLE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"


def strip_controls(text: str) -> str:
    """*text* without control characters other than tab and line feed (CR LF becomes LF)."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n"))


def has_controls(text: str) -> bool:
    return _CONTROLS.search(text.replace("\r\n", "\n")) is not None


def printable(text: str) -> str:
    """*text* safe to write to a terminal: C0 controls as their visible symbols (ESC → ␛), others as �."""

    def show(m: re.Match[str]) -> str:
        c = ord(m.group())
        return chr(0x2400 + c) if c < 0x20 else "\u2421" if c == 0x7F else "\ufffd"

    return re.sub(_UNPRINTABLE, show, text)  # re caches the compiled pattern


def budget_in_range(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_BUDGET


def budget_range_text() -> str:
    return translate("values", "事業費は0〜{max:,}の整数（千円）です").format(max=MAX_BUDGET)


def too_long_text(length: int, cap: int) -> str:
    return translate("values", "{cap:,}文字を超えています（{n:,}文字）").format(cap=cap, n=length)
