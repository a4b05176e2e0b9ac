"""Japanese line breaking (禁則) and fitting text into a box by shrinking, measured with the real font.

Lines are slices of the original text (nothing is dropped or added at a break), so what does not fit
is returned exactly as *overflow* and can continue elsewhere: text is never cut silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from .fonts import PT_MM, metrics

# 行頭禁則: never at the start of a line (closing brackets, punctuation, small kana, prolonged sound mark).
NO_START = frozenset(
    "、。，．,.)）]］}｝〕〉》」』】〙〗〟’”»・ー―‐…‥ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "!！?？:：;；%％"
)
# 行末禁則: never at the end of a line (opening brackets).
NO_END = frozenset("(（[［{｛〔〈《「『【〘〖〝‘“«")
LEADING = 1.2  # line pitch as a multiple of the font size
SIZE_STEP = 0.5  # shrink in half points


def _is_word(ch: str) -> bool:
    """Latin letters and digits stay together (URLs, 'YouTube', '5,144' are not split mid-word)."""
    return ch.isascii() and (ch.isalnum() or ch in ",.-_/@&'")


def _break_ok(text: str, b: int) -> bool:
    """May a line end before text[b]?"""
    before, after = text[b - 1], text[b]
    if after in NO_START or before in NO_END:
        return False
    return not (_is_word(before) and _is_word(after))


def break_spans(text: str, max_em: float, limit: int | None = None) -> list[tuple[int, int]]:
    """Break *text* into lines no wider than *max_em* (in em of the font size); return (start, end) slices.

    With *limit*, stop once more than *limit* lines are found (the caller needs only to know where
    line ``limit`` starts): the cost is then that of the lines kept, not of the whole text, so a long
    text continued over many pages is laid out in linear time.

    Paragraphs (``\\n``) always break; the ``\\n`` itself belongs to no line. A line that would break
    a 禁則 rule gives its last characters to the next line (追い出し); only when no legal break
    exists is a line broken where it is full.
    """
    m = metrics()
    widths = m._cache
    spans: list[tuple[int, int]] = []
    pos = 0
    n_text = len(text)
    while True:
        nl = text.find("\n", pos)
        end = n_text if nl < 0 else nl
        start = pos
        w = 0.0
        i = start
        while i < end:
            ch = text[i]
            cw = widths.get(ch)
            if cw is None:
                cw = m.char_em(ch)
            if w + cw > max_em + 1e-9 and i > start:
                b = i
                while b > start + 1 and not _break_ok(text, b):
                    b -= 1
                if b == start + 1 and not _break_ok(text, b):
                    b = i  # no legal break on this line: break where it is full
                spans.append((start, b))
                if limit is not None and len(spans) > limit:
                    return spans  # the last line's start is where the overflow begins
                start = b
                w = m.text_em(text[start:i])
                continue
            w += cw
            i += 1
        spans.append((start, end))
        if nl < 0 or (limit is not None and len(spans) > limit):
            return spans
        pos = nl + 1


def break_lines(text: str, width_mm: float, size_pt: float) -> list[str]:
    return [text[a:b] for a, b in break_spans(text, width_mm / (size_pt * PT_MM))]


def lines_height_mm(n: int, size_pt: float, leading: float = LEADING) -> float:
    """Height taken by *n* lines: n-1 line pitches plus one em (IPAexGothic's ascent + descent = 1 em)."""
    return 0.0 if n == 0 else ((n - 1) * leading + 1.0) * size_pt * PT_MM


def max_lines(height_mm: float, size_pt: float, leading: float = LEADING) -> int:
    em = size_pt * PT_MM
    if height_mm + 1e-6 < em:
        return 0
    return int((height_mm - em + 1e-6) // (leading * em)) + 1


@dataclass(frozen=True)
class Fit:
    """Text fitted into a box: its lines at *size* pt, and what did not fit (empty when all fits)."""

    lines: tuple[str, ...]
    size: float
    overflow: str = ""
    overflow_at: int = -1  # index in the text where *overflow* begins (-1: none)

    @property
    def fits(self) -> bool:
        return not self.overflow


def fit_text(
    text: str,
    width_mm: float,
    height_mm: float,
    max_pt: float,
    min_pt: float,
    leading: float = LEADING,
    max_line_count: int | None = None,
) -> Fit:
    """Wrap *text* in a box of *width_mm* × *height_mm*, at the largest size from *max_pt* down to *min_pt*
    (half-point steps) at which it fits. If it does not fit even at *min_pt*, return the lines that fit
    at *min_pt* and the rest as ``overflow``."""
    if not text:
        return Fit((), max_pt)
    m = metrics()
    # Only as much of the text as the box could hold at the smallest size is measured: the rest is overflow
    # whatever it holds (this keeps the cost of fitting linear in what is placed, not in the text's length).
    capacity_lines = max_lines(height_mm, min_pt, leading) + 1
    capacity_em = capacity_lines * (width_mm / (min_pt * PT_MM) + 1)
    head_len = 0
    total_em = 0.0
    breaks = 0
    for ch in text:
        total_em += m.char_em(ch)
        head_len += 1
        breaks += ch == "\n"
        if total_em > capacity_em or breaks > capacity_lines:
            break
    head = text[:head_len]
    widest = max(m.char_em(ch) for ch in set(head))
    paragraphs = head.count("\n") + 1
    size = max_pt
    while True:
        last = size <= min_pt + 1e-9
        em_mm = size * PT_MM
        max_em = width_mm / em_mm
        room = max_lines(height_mm, size, leading)
        if max_line_count is not None:
            room = min(room, max_line_count)
        # cheap lower bound on the line count: skip sizes that cannot possibly fit
        if widest <= max_em and room > 0 and (last or max(paragraphs, -(-total_em // max_em)) <= room):
            spans = break_spans(text, max_em, room)
            if len(spans) <= room:
                return Fit(tuple(text[a:b] for a, b in spans), size)
            if last:
                kept = spans[:room]
                cut = spans[room][0]
                return Fit(tuple(text[a:b] for a, b in kept), size, text[cut:], cut)
        elif last:
            return Fit((), size, text, 0)
        size = max(min_pt, size - SIZE_STEP)
