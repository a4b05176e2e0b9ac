"""Japanese code points that mean one character: fonts and printers map them to each other.

Shift_JIS text converted by Microsoft's table and by the JIS table gives different code points for the
same glyph: 〜 WAVE DASH (U+301C) or ～ FULLWIDTH TILDE (U+FF5E), − MINUS SIGN or － FULLWIDTH
HYPHEN-MINUS, ‖ or ∥, — EM DASH or ― HORIZONTAL BAR, and the half- and full-width ¢ £ ¬. A PDF
printed on another machine, or a workbook typed there, may hold either; a person sees no difference,
so the import never calls it a change. Only true look-alike pairs are listed (not ー or ‐, which are
other characters). Qt-free: the import's comparisons and the tests share it.
"""

from __future__ import annotations

# each pair folds to its second member (the one Windows' own conversion gives)
LOOKALIKE_PAIRS: tuple[tuple[str, str], ...] = (
    ("\u301c", "\uff5e"),  # 〜 WAVE DASH / ～ FULLWIDTH TILDE
    ("\u2212", "\uff0d"),  # − MINUS SIGN / － FULLWIDTH HYPHEN-MINUS
    ("\u2016", "\u2225"),  # ‖ DOUBLE VERTICAL LINE / ∥ PARALLEL TO
    ("\u2014", "\u2015"),  # — EM DASH / ― HORIZONTAL BAR
    ("\u00a2", "\uffe0"),  # ¢ / ￠
    ("\u00a3", "\uffe1"),  # £ / ￡
    ("\u00ac", "\uffe2"),  # ¬ / ￢
)
_FOLD = str.maketrans({a: b for a, b in LOOKALIKE_PAIRS})


def fold_lookalikes(text: str) -> str:
    """*text* with every look-alike code point of :data:`LOOKALIKE_PAIRS` in one form."""
    return text.translate(_FOLD)
