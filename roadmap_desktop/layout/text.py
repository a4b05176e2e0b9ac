"""Japanese line breaking (禁則) and fitting text into a box by shrinking, measured with the real font.

Lines are slices of the original text (nothing is dropped or added at a break), so what does not fit
is returned exactly as *overflow* and can continue elsewhere: text is never cut silently.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

import budoux

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
_CONTEXT = 4  # characters before a boundary that decide it (BudouX reads three, 禁則 one)
# A line after a typed break that looks like a wrap starts this much to the right: far below what an eye
# sees on paper (and well within a cell's 1 mm padding), well above a PDF's coordinate precision, so the
# import keeps the break (see ambiguous_breaks).
TYPED_MARK_MM = 0.04


def _is_word(ch: str) -> bool:
    """Latin letters and digits stay together (URLs, 'YouTube', '5,144' are not split mid-word)."""
    return ch.isascii() and (ch.isalnum() or ch in ",.-_/@&'")


def _break_ok(text: str, b: int) -> bool:
    """May a line end before text[b]?"""
    before, after = text[b - 1], text[b]
    if after in NO_START or before in NO_END:
        return False
    return not (_is_word(before) and _is_word(after))


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch in "々〆"


def _is_katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー"


@cache
def _parser() -> budoux.Parser:
    return budoux.load_default_japanese_parser()


@cache
def _model() -> tuple[float, tuple[dict[str, int], ...]]:
    """BudouX's default Japanese model: its base score and feature tables, as its Parser.parse uses them."""
    model = _parser().model
    base = -sum(sum(g.values()) for g in model.values()) * 0.5
    names = ("UW1", "UW2", "UW3", "UW4", "UW5", "UW6", "BW1", "BW2", "BW3", "TW1", "TW2", "TW3", "TW4")
    return base, tuple(model.get(name, {}) for name in names)


def _budoux_cut(s: str, lo: int, hi: int, i: int) -> bool:
    """Does BudouX start a phrase at *i* in the sentence ``s[lo:hi]``? Its Parser.parse decides each
    position from the three characters before and the two after it alone, so one position can be asked
    without parsing the sentence (the line breaker asks only those near a line's end)."""
    base, (uw1, uw2, uw3, uw4, uw5, uw6, bw1, bw2, bw3, tw1, tw2, tw3, tw4) = _model()
    r = i - lo  # the position in the sentence
    n = hi - lo
    score = base + uw3.get(s[i - 1], 0) + uw4.get(s[i], 0) + bw2.get(s[i - 1 : i + 1], 0)
    if r > 2:
        score += uw1.get(s[i - 3], 0) + tw1.get(s[i - 3 : i], 0)
    if r > 1:
        score += uw2.get(s[i - 2], 0) + bw1.get(s[i - 2 : i], 0) + tw2.get(s[i - 2 : i + 1], 0)
    if r + 1 < n:
        score += uw5.get(s[i + 1], 0) + bw3.get(s[i : i + 2], 0) + tw3.get(s[i - 1 : i + 2], 0)
    if r + 2 < n:
        score += uw6.get(s[i + 2], 0) + tw4.get(s[i : i + 3], 0)
    return score > 0


def _is_phrase_break(s: str, lo: int, hi: int, i: int) -> bool:
    """May a line of the paragraph ``s[lo:hi]`` end before ``s[i]`` between two phrases (see :func:`phrase_breaks`)?"""
    if not lo < i < hi or not _break_ok(s, i):
        return False
    a, b = s[i - 1], s[i]
    if _is_kanji(a):
        if _is_kanji(b):
            return False  # BudouX cuts 内容検｜討: a kanji compound is one word
        if _is_katakana(b) and lo + 2 <= i < hi - 1:
            return True
    elif _is_katakana(a) and _is_kanji(b) and lo + 2 <= i < hi - 1:
        return True
    return _budoux_cut(s, lo, hi, i)


@lru_cache(maxsize=4096)
def _decided(paragraph: str) -> dict[int, bool]:
    """The positions of *paragraph* already asked (:func:`_phrase_break_at`): a text is set at several
    sizes (and measured before it is set), near the same places."""
    return {}


def _phrase_break_at(memo: dict[int, bool], s: str, lo: int, hi: int, i: int) -> bool:
    known = memo.get(i - lo)
    if known is None:
        known = memo[i - lo] = _is_phrase_break(s, lo, hi, i)
    return known


@lru_cache(maxsize=8192)
def phrase_breaks(paragraph: str) -> frozenset[int]:
    """Where a line of *paragraph* (no ``\\n``) may end between two phrases: BudouX's phrase boundaries
    (文節: 職員の｜業務効率化、｜県民サービスの), less those a 禁則 rule forbids and those between two
    kanji (BudouX cuts 内容検｜討: a kanji compound is one word), plus katakana meeting kanji, a word's
    edge inside a compound BudouX keeps whole (サポートデスク｜開設)."""
    n = len(paragraph)
    return frozenset(i for i in range(1, n) if _is_phrase_break(paragraph, 0, n, i))


def next_break(text: str, start: int) -> int:
    """Where the phrase that begins at *start* in *text* ends: the next phrase boundary, else the end.
    The line breaker ends a line before a phrase only when the whole phrase does not fit, so the PDF
    import asks this whether a line ended on purpose (the next phrase would have fitted) or was wrapped."""
    return min((b for b in phrase_breaks(text) if b > start), default=len(text))


def break_spans(
    text: str, max_em: float, phrases: bool = True, limit: int | None = None, start: int = 0
) -> list[tuple[int, int]]:
    """Break *text* into lines no wider than *max_em* (in em of the font size); return (start, end) slices.

    With *start*, the lines begin there: the text before it is context only (the phrase boundaries of its
    paragraph are found in the whole paragraph), so the PDF import can ask where a line would have ended.

    With *limit*, stop once more than *limit* lines are found (the caller needs only to know where
    line ``limit`` starts): the cost is then that of the lines kept, not of the whole text, so a long
    text continued over many pages is laid out in linear time.

    Paragraphs (``\\n``) always break; the ``\\n`` itself belongs to no line. A full line ends at its
    last phrase boundary (:func:`phrase_breaks`), so no word is cut (意向調査, not 意向調/査); a line
    with no phrase boundary ends at its last legal break (禁則: 追い出し); only when no legal break
    exists is a line broken where it is full.
    """
    m = metrics()
    widths = m._cache
    spans: list[tuple[int, int]] = []
    first = start
    pos = text.rfind("\n", 0, first) + 1  # the paragraph that holds *start*
    n_text = len(text)
    while True:
        nl = text.find("\n", pos)
        end = n_text if nl < 0 else nl
        memo = _decided(text[pos:end]) if phrases and end - pos > 1 else None
        para = pos
        start = max(pos, first)
        w = 0.0
        i = start
        while i < end:
            ch = text[i]
            cw = widths.get(ch)
            if cw is None:
                cw = m.char_em(ch)
            if w + cw > max_em + 1e-9 and i > start:
                # the phrase boundaries near the line's end are asked one by one (_is_phrase_break)
                b = i
                while b > start and not (memo is not None and _phrase_break_at(memo, text, para, end, b)):
                    b -= 1
                if b > start and memo is not None:  # a phrase wider than a whole line is broken anyway
                    stop = b + 1
                    while stop < end and not _phrase_break_at(memo, text, para, end, stop):
                        stop += 1
                    if m.text_em(text[b:stop]) > max_em + 1e-9:
                        b = start
                if b == start:  # no phrase boundary on this line (or the phrase is too wide): the last legal break
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


def _wraps_here(out: str, para: int, line: str, after: Sequence[str], max_em: float) -> bool:
    """Would the line breaker end the line *line* (the end of *out*, whose paragraph starts at *para*)
    where it ends, were the lines *after* the same paragraph's next ones? Asked on a window: a few
    characters before the line (BudouX's context) and the lines after, so the cost is the window's."""
    following = "".join(after)
    if not following:  # an empty paragraph next: a line is never wrapped onto nothing
        return False
    line_start = len(out) - len(line)
    ctx = max(para, line_start - _CONTEXT)
    first = line_start - ctx
    window = out[ctx:] + following
    return break_spans(window, max_em, True, 1, first)[0] == (first, first + len(line))


def _choices(out: str, para: int, lines: Sequence[str], k: int, max_em: float) -> tuple[bool, ...]:
    """How the break before ``lines[k]`` may be read (True: typed), the text so far being *out*: a wrap
    only where the breaker ends ``lines[k - 1]`` there. That depends a little on what follows (the phrase
    after the break may run on into the next line), so both readings of the next break are asked; where
    they disagree, both are possible (wrap first)."""
    line = lines[k - 1]
    if not line or not lines[k]:  # an empty paragraph (a line left blank) is never part of a wrap
        return (True,)
    alone = _wraps_here(out, para, line, lines[k : k + 1], max_em)  # the next break typed
    if k + 1 >= len(lines):
        return (not alone,)
    on = _wraps_here(out, para, line, lines[k : k + 2], max_em)  # the next break a wrap
    return (not alone,) if alone == on else (False, True)


def rejoin(lines: Sequence[str], max_em: float, typed: Collection[int] = ()) -> str | None:
    """The text whose :func:`break_spans` (phrases) gives exactly *lines* at *max_em*, read line by line:
    a break is a wrap where the line breaker, given the text so far and the next lines, ends the line
    there, else a typed ``\\n``; a line in *typed* (its index) follows a typed break whatever the width
    says (:func:`ambiguous_breaks`, marked on the page). Each paragraph is checked by setting it again as
    soon as it ends; None when no reading sets every line as drawn (another rule, or another width)."""
    if not lines:
        return ""

    def sets(out: str, para: int, first: int, upto: int) -> bool:
        paragraph = out[para:]
        return [paragraph[a:b] for a, b in break_spans(paragraph, max_em)] == list(lines[first:upto])

    # depth first over the breaks whose reading is open (rare: most have one); (k, out, para, its line)
    stack = [(1, lines[0], 0, 0)]
    budget = 4 * len(lines) + 16  # a drawing that no reading explains is given up, not searched through
    while stack and budget > 0:
        budget -= 1
        k, out, para, first = stack.pop()
        if k == len(lines):
            if sets(out, para, first, k):
                return out
            continue
        options = (True,) if k in typed else _choices(out, para, lines, k, max_em)
        for hard in reversed(options):  # the first option ends up on top
            if not hard:
                stack.append((k + 1, out + lines[k], para, first))
            elif sets(out, para, first, k):  # the paragraph that the typed break ends is set as drawn
                stack.append((k + 1, out + "\n" + lines[k], len(out) + 1, k))
    return None


def ambiguous_breaks(text: str, spans: Sequence[tuple[int, int]], max_em: float) -> frozenset[int]:
    """The lines of *spans* (index) that follow a typed line break :func:`rejoin` could read as a wrap:
    on paper the break looks like one, so the reader must be told (the sheet sets such a line a hair to
    the right, :data:`TYPED_MARK_MM`). Only typed breaks are asked: a text without them costs nothing."""
    if "\n" not in text:
        return frozenset()
    lines = [text[a:b] for a, b in spans]
    marked: set[int] = set()
    for k in range(1, len(spans)):
        a, b = spans[k - 1]
        if b == spans[k][0]:
            continue  # a wrap
        para = text.rfind("\n", 0, a) + 1
        if False in _choices(text[para:b], 0, lines, k, max_em):
            marked.add(k)
    return frozenset(marked)


def splits_word(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does a line of *spans* end inside a word, not at a phrase boundary or a paragraph's end?"""
    for (_, end), (nxt, _) in pairwise(spans):
        if end == nxt:  # a wrapped line, not a paragraph's end
            para = text.rfind("\n", 0, end) + 1
            stop = text.find("\n", end)
            if end - para not in phrase_breaks(text[para : len(text) if stop < 0 else stop]):
                return True
    return False


def break_lines(text: str, width_mm: float, size_pt: float, phrases: bool = True) -> list[str]:
    return [text[a:b] for a, b in break_spans(text, width_mm / (size_pt * PT_MM), phrases)]


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
    split_word: bool = False  # a line ends inside a word (no phrase boundary fitted even at the minimum)
    typed: frozenset[int] = frozenset()  # lines after a typed break that looks like a wrap (ambiguous_breaks)

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
    whole_words: bool = False,
    phrases: bool = False,
) -> Fit:
    """Wrap *text* in a box of *width_mm* × *height_mm*, at the largest size from *max_pt* down to *min_pt*
    (half-point steps) at which it fits. If it does not fit even at *min_pt*, return the lines that fit
    at *min_pt* and the rest as ``overflow``. *phrases*: lines end between phrases (:func:`break_spans`);
    else between any two characters 禁則 allows. *whole_words* (phrases too): a size at which a line would
    end inside a word (内容検/討) does not count as fitting; at *min_pt* the fit says so (``split_word``)."""
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
            spans = break_spans(text, max_em, whole_words or phrases, room)
            if len(spans) <= room:
                split = whole_words and splits_word(text, spans)
                if not split or last:
                    typed = ambiguous_breaks(text, spans, max_em) if phrases else frozenset()
                    return Fit(tuple(text[a:b] for a, b in spans), size, split_word=split, typed=typed)
            if last:
                kept = spans[:room]
                cut = spans[room][0]
                typed = ambiguous_breaks(text, kept, max_em) if phrases else frozenset()
                return Fit(tuple(text[a:b] for a, b in kept), size, text[cut:], cut, typed=typed)
        elif last:
            return Fit((), size, text, 0)
        size = max(min_pt, size - SIZE_STEP)
