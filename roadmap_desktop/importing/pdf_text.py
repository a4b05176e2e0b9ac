"""Text of a box on a PDF page, assembled from its characters' positions.

Characters are ordered by position (lines by y with a tolerance, characters by x), never in the
order the producer happened to write them. Wrapped lines are joined back into paragraphs: a line
break is kept only where the sheet's own rules say a new paragraph starts (・ bullets, ※ notes, a
full-width space) or where the line ended although the next word would have fitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from ..layout.fonts import PT_MM
from ..layout.text import LEADING, NO_END, NO_START, TYPED_MARK_MM, next_break, rejoin
from .pdf_page import Glyph
from .pdf_thresholds import (
    FIT_ROUNDING,
    INDENT_SPACE,
    MIN_SIZE,
    NEXT_LINE,
    OWN_PITCH,
    OWN_SLACK,
    RUN_BACK,
    RUN_FULL_LINE,
    RUN_GAP,
    RUN_INDENT,
    RUN_LINE_STEP,
    RUN_OWNER_SHARE,
    RUN_PITCH,
    RUN_SAME_LINE,
    RUN_TOUCH,
    SAME_LEFT,
    SAME_LINE,
    SAME_SIZE,
)

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
        h = max(g.bottom - g.top, MIN_SIZE)
        if lines and abs(cy - lines[-1][0]) <= SAME_LINE * max(h, lines[-1][1]):
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
    slack: float = OWN_SLACK,
    strict_marks: bool = True,
    phrases: bool = False,
    set_again: tuple[float, float] | None = None,
) -> str:
    """The text of *lines* drawn in a box from *left* to *right*, with wrapped lines joined again.

    *pad* is the box's inner padding on each side; unknown (None), it is taken from the text itself,
    as the distance from the box's left edge to the leftmost line start (left-aligned text). A line
    break counts as meant only if the next piece would have fitted with *slack* em to spare: little
    for our own PDFs, whose line breaking is known; more for other programs', which break differently.
    *strict_marks*: a line starting with ・ always starts a paragraph (our own PDFs never wrap before one).
    *phrases*: the text was broken between phrases (our bar labels: :func:`layout.text.break_spans`).
    *set_again*: the rules at the cell's left and right (its exact edges): the text may have been set by
    our sheet's text rule (break_spans, phrases: the sheet's text fields, 取組 names); if setting it again
    as read gives every line as drawn, that reading is the text.
    """
    if not lines:
        return ""
    margin = min(line.x0 for line in lines)
    if pad is None:
        pad = max(0.0, margin - left)
    avail = right - left - 2 * pad
    if set_again is not None:
        rule_left, rule_right = set_again
        inset = margin - rule_left  # the layout's padding, the same on both sides
        text = _set_again(lines, rule_right - rule_left - 2 * inset)
        if text is not None:
            return text
    parts = [_lead(lines[0].text)]
    prev = lines[0]
    for line in lines[1:]:
        text = _lead(line.text)
        size = line.size
        if indent_is_space and not text[:1].isspace() and line.x0 - margin >= INDENT_SPACE * size:
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


def _set_again(lines: list[Line], avail: float) -> str | None:
    """Lines our sheet's text rule set (one size, left-aligned, its line pitch) read back by setting them
    again (:func:`layout.text.rejoin`), so a wrap is told from a typed break as the breaker makes them;
    None for lines set otherwise (a spreadsheet printed by another program)."""
    size = lines[0].size
    if size <= 0 or any(
        abs(line.size - size) > SAME_SIZE or abs(line.x0 - lines[0].x0) > SAME_LEFT * size for line in lines
    ):
        return None
    texts = [lines[0].text]
    typed: set[int] = set()
    for a, b in pairwise(lines):
        steps = (b.glyphs[0].bottom - a.glyphs[0].bottom) / (LEADING * size)
        if round(steps) < 1 or abs(steps - round(steps)) > OWN_PITCH:
            return None
        texts += [""] * (round(steps) - 1)  # an empty paragraph is a line left blank
        # a line set a hair to the right follows a typed break that would look like a wrap (layout.text)
        if b.x0 - lines[0].x0 > TYPED_MARK_MM / PT_MM / 2:
            typed.add(len(texts))
        texts.append(b.text)
    # a hair of room: the box's width read back from its rules differs from the layout's by rounding
    return rejoin(texts, avail / size + FIT_ROUNDING, typed)


def plain_text(lines: list[Line]) -> str:
    """Lines simply concatenated (labels, numbers, short values)."""
    return "".join(line.text for line in lines)


class TextRuns:
    """The page's characters as the texts their producer wrote: a run is the characters drawn one after
    another (consecutive places in the drawing order) that go on along a line or onto the next line.

    A cell's text taller than its row is printed centred over the rows above and below (LibreOffice;
    more so in a font with taller lines): its lines then sit on a neighbour's line. By its run, such a
    line goes back to its own cell and out of the neighbour's (:meth:`own`)."""

    def __init__(self, glyphs: list[Glyph], borders: Grid) -> None:
        """*borders*: the page's drawn rules, where cells' texts end."""
        self.run_of: dict[int, int] = {}
        self.runs: list[list[Glyph]] = []
        prev: Glyph | None = None
        start: Glyph | None = None  # the first character of the run's current line
        over: set[int] = set()  # lines that went on from a line above a border (see _pitch_kept)
        for g in sorted((g for g in glyphs if g.seq >= 0), key=lambda g: g.seq):
            step = _continues(prev, start, g) if prev is not None and start is not None else None
            if prev is not None and step is not None and _parted(borders, prev, g, step):
                step = None
            if step is None:
                self.runs.append([])
            elif step and prev is not None and borders.below(g.cx, prev.cy) < g.bottom:
                over.add(g.seq)
            if step is not False:
                start = g  # a new run, or the next line of this one
            self.runs[-1].append(g)
            prev = g
        if over:
            self.runs = [part for run in self.runs for part in _pitch_kept(run, over)]
        for r, run in enumerate(self.runs):
            for g in run:
                self.run_of[g.seq] = r

    def same(self, a: Glyph, b: Glyph) -> bool:
        """Are *a* and *b* of one text (True when the drawing order is unknown)?"""
        ra, rb = self.run_of.get(a.seq), self.run_of.get(b.seq)
        return ra is None or rb is None or ra == rb

    def own(self, glyphs: list[Glyph], whole: bool = True) -> list[Glyph]:
        """Of the characters in a box (*glyphs*), those whose run lies mostly in it; with *whole*, the
        rest of those runs too (the lines of the box's own text that overflow it)."""
        if not self.runs:  # no drawing order known (or not wanted): the box's characters as they are
            return glyphs
        inside: dict[int, int] = {}
        for g in glyphs:
            r = self.run_of.get(g.seq)
            if r is not None:
                inside[r] = inside.get(r, 0) + 1
        mine = {r for r, n in inside.items() if n > RUN_OWNER_SHARE * len(self.runs[r])}
        out = [g for g in glyphs if self.run_of.get(g.seq, -1) in mine or g.seq < 0 or g.seq not in self.run_of]
        if whole:
            seen = {g.seq for g in out}
            out += [g for r in sorted(mine) for g in self.runs[r] if g.seq not in seen]
        return out


class Grid(Protocol):
    """The drawn rules of a page (:class:`roadmap_desktop.importing.pdf_cells.Borders`)."""

    def crosses(self, x0: float, x1: float, y: float) -> bool: ...
    def below(self, x: float, y: float) -> float: ...
    def right_of(self, x: float, y: float) -> float: ...


def _parted(borders: Grid, prev: Glyph, g: Glyph, next_line: bool) -> bool:
    """Is there a border between two characters of a run? Along a line, a vertical rule parts two
    cells' texts, unless the characters touch (one text running on over the rule). Down onto the next line, a horizontal rule does unless the line before was full (a
    paragraph wrapped over its cell's border, as a text taller than its row is printed); a cell's text
    that simply ends, and the next cell's that begins, are two texts."""
    if not next_line:  # a text running on across cells goes glyph against glyph
        return g.x0 - prev.x1 > RUN_TOUCH * max(prev.size, MIN_SIZE) and borders.crosses(prev.cx, g.cx, g.cy)
    if borders.below(g.cx, prev.cy) >= g.top:
        return False
    return prev.x1 < borders.right_of(prev.cx, prev.cy) - RUN_FULL_LINE * max(prev.size, MIN_SIZE)


def _pitch_kept(run: list[Glyph], over: set[int]) -> list[list[Glyph]]:
    """*run* parted where it went on over a border (a line in *over*) at another line pitch than the
    lines after: a paragraph keeps one pitch, so the line above was another cell's text that happened
    to end where this one begins (a single-line name above a text taller than its row), not this
    paragraph's first line."""
    parts: list[list[Glyph]] = [[]]
    for i, g in enumerate(run):
        if g.seq in over and parts[-1]:
            prev = parts[-1][-1]
            size = max(g.size, MIN_SIZE)
            after = next((h for h in run[i + 1 :] if h.cy - g.cy > NEXT_LINE * size), None)
            if after is not None and abs((after.cy - g.cy) - (g.cy - prev.cy)) > RUN_PITCH * size:
                parts.append([])
        parts[-1].append(g)
    return parts


def _continues(prev: Glyph, start: Glyph, g: Glyph) -> bool | None:
    """Does *g*, drawn right after *prev*, go on with its text: False on the same line, True at the start
    of the next line (a left-aligned paragraph's: where the line before started, give or take an indent),
    None when it starts another text."""
    if g.seq != prev.seq + 1:
        return None
    size = max(g.size, prev.size, MIN_SIZE)
    if abs(g.cy - prev.cy) <= RUN_SAME_LINE * size:
        return False if -RUN_BACK * size <= g.x0 - prev.x1 <= RUN_GAP * size else None
    low, high = RUN_LINE_STEP
    if low * size <= g.cy - prev.cy <= high * size and abs(g.x0 - start.x0) <= RUN_INDENT * size:
        return True
    return None
