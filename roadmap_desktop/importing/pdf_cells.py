"""Where the words of a PDF page are: characters grouped by the drawn box around them (or, on a page
drawn without borders, by the gaps between them), and which of them are the sheet's fixed words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from ..core.errors import RoadmapError
from ..core.fiscal import parse_fiscal_year
from ..core.labels import ACTUAL_LABEL, FIELD_LABELS, TIMELINE_ROW_HEADER, squeeze
from ..core.model import PLAN_LABELS
from .pdf_page import Glyph, Shape
from .pdf_text import group_lines
from .pdf_thresholds import BIG_SHARE, CELL_GAP, EDGE, FLAT, PART_JOIN, PART_LINE, THIN, WORD_LINE


def norm(text: str) -> str:
    """Text as label words compare: white space squeezed out (分　　野, 事業\n始期), NFKC-folded (Ｒ６ → R6)."""
    return unicodedata.normalize("NFKC", squeeze(text))


FIELD_BY_WORD = {norm(v): k for k, v in FIELD_LABELS.items() if k != "budget"}
BUDGET_RE = re.compile(r"^((?:[RHS]\d{1,2}|令和(?:\d{1,2}|元)年度|平成\d{1,2}年度)?)事業費\(千円\)(.*)$")
YEAR_RE = re.compile(r"^(?:[RH]\d{1,2}(?:年度?)?|(?:令和|平成)(?:\d{1,2}|元)年度?|(?:FY)?\d{4}年度?|FY\d{4})$")
KIND_WORDS = (*PLAN_LABELS, ACTUAL_LABEL, TIMELINE_ROW_HEADER)


def known_word(word: str) -> bool:
    """Is *word* one of the sheet's fixed words (a label, a year header, 計画/実績)?"""
    return word in FIELD_BY_WORD or word in KIND_WORDS or bool(BUDGET_RE.match(word) or YEAR_RE.match(word))


@dataclass
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Cell:
    box: Box  # bounded by the drawn borders around its text (page edges where there are none)
    glyphs: list[Glyph]
    word: str  # its text, squeezed and NFKC-folded

    @cached_property
    def ink(self) -> Box:
        """The box of its characters."""
        return Box(
            min(g.x0 for g in self.glyphs),
            min(g.top for g in self.glyphs),
            max(g.x1 for g in self.glyphs),
            max(g.bottom for g in self.glyphs),
        )


class Borders:
    """The page's horizontal and vertical rules, for finding the box drawn around a piece of text."""

    def __init__(self, shapes: list[Shape], width: float, height: float) -> None:
        hs: list[tuple[float, float, float]] = []  # (y, x0, x1)
        vs: list[tuple[float, float, float]] = []  # (x, top, bottom)
        fills = _stacked_fills(shapes)
        for s in shapes:
            if s.kind == "rect" or (s.kind == "curve" and not s.pts):
                if s.w < THIN and s.h < THIN:
                    continue
                if s.w < THIN:
                    vs.append(((s.x0 + s.x1) / 2, s.top, s.bottom))
                elif s.h < THIN:
                    hs.append(((s.top + s.bottom) / 2, s.x0, s.x1))
                elif s.stroked or s.filled or s.white:
                    key = _fill_key(s)
                    # where the same fill goes on in the row below (a merged cell filled row by row), no edge
                    if s.stroked or (key, round(2 * s.top)) not in fills[1]:
                        hs.append((s.top, s.x0, s.x1))
                    if s.stroked or (key, round(2 * s.bottom)) not in fills[0]:
                        hs.append((s.bottom, s.x0, s.x1))
                    vs += [(s.x0, s.top, s.bottom), (s.x1, s.top, s.bottom)]
                continue
            if s.kind == "curve" and s.w < THIN:
                vs.append(((s.x0 + s.x1) / 2, s.top, s.bottom))
                continue
            if s.kind == "curve" and s.h < THIN:
                hs.append(((s.top + s.bottom) / 2, s.x0, s.x1))
                continue
            pts = s.pts
            for (ax, ay), (bx, by) in pairwise(pts):
                if abs(ay - by) < FLAT and abs(ax - bx) >= FLAT:
                    hs.append(((ay + by) / 2, min(ax, bx), max(ax, bx)))
                elif abs(ax - bx) < FLAT and abs(ay - by) >= FLAT:
                    vs.append(((ax + bx) / 2, min(ay, by), max(ay, by)))
        hs.sort()
        vs.sort()
        self.h, self.v = hs, vs
        self.hy = [h[0] for h in hs]
        self.vx = [v[0] for v in vs]
        self.width, self.height = width, height

    def crosses(self, x0: float, x1: float, y: float) -> bool:
        """Is there a vertical rule strictly between x0 and x1 at height y?"""
        i, j = bisect_right(self.vx, x0), bisect_left(self.vx, x1)
        return any(self.v[k][1] - EDGE <= y <= self.v[k][2] + EDGE for k in range(i, j))

    def left_of(self, x: float, y: float) -> float:
        i = bisect_left(self.vx, x) - 1
        while i >= 0:
            vx, t, b = self.v[i]
            if t - EDGE <= y <= b + EDGE:
                return vx
            i -= 1
        return 0.0

    def right_of(self, x: float, y: float) -> float:
        i = bisect_right(self.vx, x)
        while i < len(self.v):
            vx, t, b = self.v[i]
            if t - EDGE <= y <= b + EDGE:
                return vx
            i += 1
        return self.width

    def above(self, x: float, y: float) -> float:
        i = bisect_left(self.hy, y) - 1
        while i >= 0:
            hy, a, b = self.h[i]
            if a - EDGE <= x <= b + EDGE:
                return hy
            i -= 1
        return 0.0

    def below(self, x: float, y: float) -> float:
        i = bisect_right(self.hy, y)
        while i < len(self.h):
            hy, a, b = self.h[i]
            if a - EDGE <= x <= b + EDGE:
                return hy
            i += 1
        return self.height


def _fill_key(s: Shape) -> tuple[int, int, tuple[float, ...] | None]:
    return (round(2 * s.x0), round(2 * s.x1), (2.0,) if s.white else s.colour)


def _stacked_fills(shapes: list[Shape]) -> tuple[set[tuple[object, int]], set[tuple[object, int]]]:
    """The tops and the bottoms of the page's fills without an outline, by their columns and colour."""
    tops: set[tuple[object, int]] = set()
    bottoms: set[tuple[object, int]] = set()
    for s in shapes:
        if s.kind == "rect" and not s.stroked and (s.filled or s.white) and s.w >= THIN and s.h >= THIN:
            key = _fill_key(s)
            tops.add((key, round(2 * s.top)))
            bottoms.add((key, round(2 * s.bottom)))
    return tops, bottoms


def find_cells(glyphs: list[Glyph], borders: Borders) -> list[Cell]:
    """Group the page's characters by the bordered box each one sits in."""
    cells: dict[tuple[int, int, int, int], list[Glyph]] = {}
    for line in group_lines([g for g in glyphs if not g.text.isspace()]):
        run: list[Glyph] = []
        for g in line.glyphs:
            if run and borders.crosses(run[-1].cx, g.cx, g.cy):
                _add_run(run, borders, cells)
                run = []
            run.append(g)
        _add_run(run, borders, cells)
    out: list[Cell] = []
    for key, gs in cells.items():
        box = Box(key[0] / 2, key[1] / 2, key[2] / 2, key[3] / 2)
        out.append(Cell(box, gs, _word(gs)))
    return _mend(out)


def _mend(cells: list[Cell]) -> list[Cell]:
    """A fixed word cut in two by the edge of a shape drawn over its cell (a bar that starts a little
    left of its first month, over 計画): the two halves, glyph against glyph, are the word again."""
    parts = sorted((c for c in cells if len(c.word) <= 2 and not known_word(c.word)), key=lambda c: c.ink.x0)
    if len(parts) < 2:
        return cells
    x0s = [c.ink.x0 for c in parts]
    gone: set[int] = set()
    out: list[Cell] = []
    for a in parts:
        if id(a) in gone:
            continue
        size = max(g.size for g in a.glyphs)
        for b in parts[bisect_left(x0s, a.ink.x1 - PART_JOIN * size) : bisect_right(x0s, a.ink.x1 + PART_JOIN * size)]:
            if b is a or id(b) in gone or abs(b.ink.cy - a.ink.cy) > PART_LINE * size:
                continue
            if known_word(a.word + b.word):
                gone |= {id(a), id(b)}
                box = Box(a.box.x0, min(a.box.top, b.box.top), b.box.x1, max(a.box.bottom, b.box.bottom))
                out.append(Cell(box, a.glyphs + b.glyphs, a.word + b.word))
                break
    if not gone:
        return cells
    return [c for c in cells if id(c) not in gone] + out


def gap_cells(glyphs: list[Glyph]) -> list[Cell]:
    """Without drawn borders: the page's words, as runs of characters parted by wide gaps, with runs
    joined where together they spell a label (分　　野 set with wide letter spacing, 事業 over 始期)."""
    runs: list[list[Glyph]] = []
    for line in group_lines(glyphs):
        run: list[Glyph] = []
        for g in line.glyphs:
            if run and g.x0 - run[-1].x1 > CELL_GAP * max(g.size, run[-1].size):
                runs.append(run)
                run = []
            run.append(g)
        runs.append(run)
    runs = [[g for g in r if not g.text.isspace()] for r in runs]
    runs = [r for r in runs if r]
    words = [_word(r) for r in runs]
    used = [False] * len(runs)
    out: list[Cell] = []
    for i, r in enumerate(runs):
        if used[i]:
            continue
        joined = None
        if not known_word(words[i]):
            cy = r[0].cy
            # the next runs on the same line, and the run just below, may complete a label
            same = [
                j for j in range(i + 1, min(len(runs), i + 6)) if not used[j] and abs(runs[j][0].cy - cy) < WORD_LINE
            ]
            for k in range(len(same), 0, -1):
                if known_word(words[i] + "".join(words[j] for j in same[:k])):
                    joined = same[:k]
                    break
            if joined is None:
                x0, x1, bottom = r[0].x0, r[-1].x1, max(g.bottom for g in r)
                below = [
                    j
                    for j in range(i + 1, len(runs))
                    if not used[j]
                    and 0 <= runs[j][0].top - bottom < r[0].size
                    and runs[j][0].x0 < x1
                    and x0 < runs[j][-1].x1
                ]
                if below and known_word(words[i] + words[below[0]]):
                    joined = below[:1]
        glyphs_of = list(r)
        for j in joined or ():
            used[j] = True
            glyphs_of += runs[j]
        ink = Box(
            min(g.x0 for g in glyphs_of),
            min(g.top for g in glyphs_of),
            max(g.x1 for g in glyphs_of),
            max(g.bottom for g in glyphs_of),
        )
        out.append(Cell(ink, glyphs_of, _word(glyphs_of)))
    return out


def _word(glyphs: list[Glyph]) -> str:
    return norm("".join(line.text for line in group_lines(glyphs)))


def known_part(cell: Cell, own: Callable[[list[Glyph]], list[Glyph]] | None = None) -> Cell | None:
    """The part of *cell* that is a fixed word of the sheet, when text spilling in from a neighbour (a
    producer that lets an overlong bar label overflow its cell) shares the cell with it: the cell
    without its much smaller characters, or one of its lines."""
    biggest = max(g.size for g in cell.glyphs)
    big = [g for g in cell.glyphs if g.size >= BIG_SHARE * biggest]
    by_size: dict[float, list[Glyph]] = {}
    for g in cell.glyphs:
        by_size.setdefault(round(g.size, 1), []).append(g)
    candidates = [big, *by_size.values(), *(line.glyphs for line in group_lines(cell.glyphs))]
    if own is not None:  # the cell's own text, without the lines of a neighbour's text printed over it
        candidates.insert(0, own(cell.glyphs))
    for glyphs in candidates:
        word = _word(glyphs)
        if known_word(word):
            return Cell(cell.box, glyphs, word)
    return None


def _add_run(run: list[Glyph], borders: Borders, cells: dict[tuple[int, int, int, int], list[Glyph]]) -> None:
    if not run:
        return
    cy = sum(g.cy for g in run) / len(run)
    cx = (run[0].cx + run[-1].cx) / 2
    key = (
        round(2 * borders.left_of(run[0].cx, cy)),
        round(2 * borders.above(cx, cy)),
        round(2 * borders.right_of(run[-1].cx, cy)),
        round(2 * borders.below(cx, cy)),
    )
    cells.setdefault(key, []).extend(run)


class GlyphIndex:
    """All characters of the page sorted by height, to take those of a box quickly."""

    def __init__(self, glyphs: list[Glyph]) -> None:
        self.glyphs = sorted(glyphs, key=lambda g: g.cy)
        self.cys = [g.cy for g in self.glyphs]

    def inside(self, box: Box) -> list[Glyph]:
        i, j = bisect_left(self.cys, box.top), bisect_right(self.cys, box.bottom)
        return [g for g in self.glyphs[i:j] if box.x0 <= g.cx <= box.x1]


@dataclass
class Found:
    labels: dict[str, Cell] = field(default_factory=dict)
    approach: list[Cell] = field(default_factory=list)  # 取組: the text column's label and the timeline's header
    years: list[tuple[int, Cell]] = field(default_factory=list)
    kinds: list[Cell] = field(default_factory=list)  # 計画 / 目標 / 実績 / 区分
    budget_inline: str = ""  # a budget written in its label's cell


def classify(cells: list[Cell], own: Callable[[list[Glyph]], list[Glyph]] | None = None) -> Found:
    """Sort the cells whose text is one of the sheet's fixed words (*own*: a cell's glyphs without those
    of other cells' texts printed over it, see :class:`roadmap_desktop.importing.pdf_text.TextRuns`)."""
    found = Found()
    for c in cells:
        if not known_word(c.word):
            c = known_part(c, own) or c
        attr = FIELD_BY_WORD.get(c.word)
        if attr == "approach":
            found.approach.append(c)
        elif attr is not None:
            found.labels.setdefault(attr, c)
        elif m := BUDGET_RE.match(c.word):
            found.labels.setdefault("budget", c)
            found.budget_inline = m.group(2)
        elif YEAR_RE.match(c.word):
            with suppress(RoadmapError):
                found.years.append((parse_fiscal_year(c.word), c))
        elif c.word in KIND_WORDS:
            found.kinds.append(c)
    return found
