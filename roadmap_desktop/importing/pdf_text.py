"""Text of a box on a PDF page, assembled from its characters' positions.

Characters are ordered by position (lines by y with a tolerance, characters by x), never in the
order the producer happened to write them. Wrapped lines are joined back into paragraphs: a line
break is kept only where the sheet's own rules say a new paragraph starts (・ bullets, ※ notes, a
full-width space) or where the line ended although the next word would have fitted.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout.text import NO_END, NO_START, next_break
from .pdf_page import Glyph

PARAGRAPH_MARKS = ("・", "※", "\u3000")
_WORD_PUNCT = frozenset(",.-_/@&'")


@dataclass
class Line:
    glyphs: list[Glyph]

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].x1

    @property
    def size(self) -> float:
        return max(g.size for g in self.glyphs)

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)


def group_lines(glyphs: list[Glyph]) -> list[Line]:
    """Glyphs into lines, top to bottom; a glyph belongs to a line when its centre is within ~half a
    character height of the line's centre."""
    lines: list[tuple[float, float, list[Glyph]]] = []  # (centre y, height, glyphs)
    for g in sorted(glyphs, key=lambda g: (g.top + g.bottom) / 2):
        cy = (g.top + g.bottom) / 2
        h = max(g.bottom - g.top, 0.1)
        if lines and abs(cy - lines[-1][0]) <= 0.45 * max(h, lines[-1][1]):
            lines[-1][2].append(g)
            continue
        lines.append((cy, h, [g]))
    return [Line(sorted(gs, key=lambda g: g.x0)) for _, _, gs in lines]


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in _WORD_PUNCT)


def _break_ok(before: str, after: str) -> bool:
    """May a line end between these two characters (the sheet's 禁則 rules)?"""
    if after in NO_START or before in NO_END:
        return False
    return not (_is_word(before) and _is_word(after))


def _first_chunk_right(line: Line, before: str = "", avail: float = float("inf")) -> float:
    """Right edge of the line's first piece that the sheet's line breaker would not split from it: up to
    its first phrase boundary (our breaker ends lines between phrases, read with the previous line
    *before* as context), else its first legal break."""
    gs = line.glyphs
    text = before + line.text
    if before:
        stop = next_break(text, len(before)) - len(before)
        count = 0
        for g in gs:
            count += len(g.text)
            if count >= stop:
                if g.x1 - gs[0].x0 <= avail:
                    return g.x1
                break  # a phrase wider than the line: the breaker fills lines with it, as with any text
        else:
            return gs[-1].x1
    for j in range(1, len(gs)):
        if _break_ok(gs[j - 1].text[-1:], gs[j].text[:1]):
            return gs[j - 1].x1
    return gs[-1].x1


def _lead(text: str) -> str:
    """A line that starts with a space starts with the full-width one: a producer that had no glyph for
    it (LibreOffice's substitute fonts) wrote a narrow space; Japanese wrapping never starts a line so."""
    return "\u3000" + text[1:] if text.startswith(" ") else text


def join_lines(
    lines: list[Line],
    left: float,
    right: float,
    *,
    pad: float | None = None,
    indent_is_space: bool = False,
    slack: float = 0.25,
    strict_marks: bool = True,
    phrases: bool = False,
) -> str:
    """The text of *lines* drawn in a box from *left* to *right*, with wrapped lines joined again.

    *pad* is the box's inner padding on each side; unknown (None), it is taken from the text itself,
    as the distance from the box's left edge to the leftmost line start (left-aligned text). A line
    break counts as meant only if the next piece would have fitted with *slack* em to spare: little
    for our own PDFs, whose line breaking is known; more for other programs', which break differently.
    *strict_marks*: a line starting with ・ always starts a paragraph (our own PDFs never wrap before one).
    *phrases*: the text was broken between phrases (our bar labels: :func:`layout.text.break_spans`).
    """
    if not lines:
        return ""
    margin = min(line.x0 for line in lines)
    if pad is None:
        pad = max(0.0, margin - left)
    avail = right - left - 2 * pad
    parts = [_lead(lines[0].text)]
    prev = lines[0]
    for line in lines[1:]:
        text = _lead(line.text)
        size = line.size
        if indent_is_space and not text[:1].isspace() and line.x0 - margin >= 0.7 * size:
            text = "\u3000" + text  # a producer that drew the full-width space as an offset
        # The wrapper fills a line as far as the next legal break allows: if that piece would have
        # fitted after the previous line, the previous line ended on purpose.
        chunk = _first_chunk_right(line, prev.text if phrases else "", avail) - line.x0
        fitted = (prev.x1 - prev.x0) + chunk <= avail - slack * size
        if text.startswith(PARAGRAPH_MARKS):
            # Other programs may wrap before a ・ inside a sentence (分析・助言): after a full line that
            # does not end a sentence, a ・ there continues it.
            hard = strict_marks or not text.startswith("・") or fitted or prev.text.rstrip().endswith("。")
        else:
            hard = fitted
        parts.append(("\n" if hard else "") + text)
        prev = line
    return "".join(parts)


def plain_text(lines: list[Line]) -> str:
    """Lines simply concatenated (labels, numbers, short values)."""
    return "".join(line.text for line in lines)
