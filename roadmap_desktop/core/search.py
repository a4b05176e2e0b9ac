"""Search folding: what the user types and what the roadmap holds are compared in one form.

Width and case fold through NFKC + casefold (ＤＸ = DX = dx, ｶﾅ = カナ); hiragana and katakana
fold to one script (ぺーぱーれす finds ペーパーレス). Qt-free, so the list, the command line and
the tests share it.
"""

from __future__ import annotations

import unicodedata

# Katakana ァ (U+30A1) … ヶ (U+30F6) map to hiragana ぁ … ゖ (U+3041 … U+3096); ヽヾ to ゝゞ.
_KATA_TO_HIRA = {cp: cp - 0x60 for cp in range(0x30A1, 0x30F7)} | {0x30FD: 0x309D, 0x30FE: 0x309E}


def fold(text: str) -> str:
    """The searchable form of *text*: NFKC, case-folded, katakana as hiragana."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_KATA_TO_HIRA)


def search_words(query: str) -> list[str]:
    """The folded words of a query (blank or full-width spaces separate words; every word must match)."""
    return fold(query).split()


def matches(words: list[str], folded_text: str) -> bool:
    return all(w in folded_text for w in words)
