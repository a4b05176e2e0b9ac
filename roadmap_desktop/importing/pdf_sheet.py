"""Read one page of a roadmap PDF: the sheet's fields by their labels, and the timeline's bars by geometry.

Nothing here depends on where a producer put things: label cells are found by their words (with
the spacing of published sheets squeezed out), each field's value is the box the labels imply
(right of a header label up to the next label; below a text-column label down to the timeline),
and months come from the year headers R6..R10, each split into 12 equal months.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import Any

from ..core.errors import RoadmapError
from ..core.fiscal import Month, format_fiscal_year, parse_budget, parse_fiscal_year
from ..core.i18n import tr
from ..core.labels import ACTUAL_LABEL, FIELD_LABELS, LIST_SEPARATOR, TIMELINE_ROW_HEADER, squeeze
from ..core.model import PLAN_LABELS, Bar, Edition, Initiative
from .pdf_page import Glyph, PageData, Shape
from .pdf_text import group_lines, join_lines

INF = math.inf
MM = 72 / 25.4
THIN = 1.5  # pt: a rectangle thinner than this is a drawn line
HEAVY = 1.2  # pt: a rule at least this wide ends a bar (spreadsheets' "medium" border)
TEXT_FIELDS = ("overview", "issues", "approach", "change")
COLUMN_FIELDS = ("issues", "approach", "change")  # labels above their value, not beside it
LIST_FIELDS = ("items", "departments", "sections")
BAR_PAD = 0.4 * MM  # the usual inner margin of a bar label: a line break well short of it was meant
BAR_INSET = 0.4 * MM
ARROW_MARKS = ("→", "▶", "⇒", "➡", "►")
OFF_MONTH = 0.25
OWN_SLACK = 0.25  # em: see pdf_text.join_lines
FOREIGN_SLACK = 1.0  # a bar edge further than this (in months) from a month boundary is read with a warning


class NotASheet(RoadmapError):
    """This page is not a sheet of the roadmap (message says why)."""


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", squeeze(text))


_FIELD_BY_WORD = {_norm(v): k for k, v in FIELD_LABELS.items() if k != "budget"}
_BUDGET_RE = re.compile(r"^((?:[RHS]\d{1,2}|令和(?:\d{1,2}|元)年度|平成\d{1,2}年度)?)事業費\(千円\)(.*)$")
_YEAR_RE = re.compile(r"^(?:[RH]\d{1,2}(?:年度)?|(?:令和|平成)(?:\d{1,2}|元)年度?|\d{4}年度)$")
_SHEET_NO_RE = re.compile(r"No\.?\s*(\d+)", re.IGNORECASE)


_KIND_WORDS = (*PLAN_LABELS, ACTUAL_LABEL, TIMELINE_ROW_HEADER)


def _known(word: str) -> bool:
    """Is *word* one of the sheet's fixed words (a label, a year header, 計画/実績)?"""
    return word in _FIELD_BY_WORD or word in _KIND_WORDS or bool(_BUDGET_RE.match(word) or _YEAR_RE.match(word))


@dataclass
class PageRead:
    """What one page holds: the title, the fields it shows, its initiatives, and doubts."""

    number: int
    sheet_no: int | None
    continuation: bool
    title: str
    fields: dict[str, Any] = field(default_factory=dict)
    initiatives: list[Initiative] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timeline: Timeline | None = None  # the columns, for a following page of rows only
    orphan: PageData | None = None  # timeline rows only: read with the previous page's columns


@dataclass(frozen=True)
class Timeline:
    """Where a page's timeline columns are: each year's left edge and width, the first year, the name column."""

    lefts: list[float]
    widths: list[float]
    first_year: int
    name_left: float


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
        for s in shapes:
            if s.kind == "rect" or (s.kind == "curve" and not s.pts):
                if s.w < THIN and s.h < THIN:
                    continue
                if s.w < THIN:
                    vs.append(((s.x0 + s.x1) / 2, s.top, s.bottom))
                elif s.h < THIN:
                    hs.append(((s.top + s.bottom) / 2, s.x0, s.x1))
                elif s.stroked or s.filled or s.white:
                    hs += [(s.top, s.x0, s.x1), (s.bottom, s.x0, s.x1)]
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
                if abs(ay - by) < 0.5 and abs(ax - bx) >= 0.5:
                    hs.append(((ay + by) / 2, min(ax, bx), max(ax, bx)))
                elif abs(ax - bx) < 0.5 and abs(ay - by) >= 0.5:
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
        return any(self.v[k][1] - 0.5 <= y <= self.v[k][2] + 0.5 for k in range(i, j))

    def left_of(self, x: float, y: float) -> float:
        i = bisect_left(self.vx, x) - 1
        while i >= 0:
            vx, t, b = self.v[i]
            if t - 0.5 <= y <= b + 0.5:
                return vx
            i -= 1
        return 0.0

    def right_of(self, x: float, y: float) -> float:
        i = bisect_right(self.vx, x)
        while i < len(self.v):
            vx, t, b = self.v[i]
            if t - 0.5 <= y <= b + 0.5:
                return vx
            i += 1
        return self.width

    def above(self, x: float, y: float) -> float:
        i = bisect_left(self.hy, y) - 1
        while i >= 0:
            hy, a, b = self.h[i]
            if a - 0.5 <= x <= b + 0.5:
                return hy
            i -= 1
        return 0.0

    def below(self, x: float, y: float) -> float:
        i = bisect_right(self.hy, y)
        while i < len(self.h):
            hy, a, b = self.h[i]
            if a - 0.5 <= x <= b + 0.5:
                return hy
            i += 1
        return self.height


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
    return out


def gap_cells(glyphs: list[Glyph]) -> list[Cell]:
    """Without drawn borders: the page's words, as runs of characters parted by wide gaps, with runs
    joined where together they spell a label (分　　野 set with wide letter spacing, 事業 over 始期)."""
    runs: list[list[Glyph]] = []
    for line in group_lines(glyphs):
        run: list[Glyph] = []
        for g in line.glyphs:
            if run and g.x0 - run[-1].x1 > 0.5 * max(g.size, run[-1].size):
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
        if not _known(words[i]):
            cy = r[0].cy
            # the next runs on the same line, and the run just below, may complete a label
            same = [j for j in range(i + 1, min(len(runs), i + 6)) if not used[j] and abs(runs[j][0].cy - cy) < 1]
            for k in range(len(same), 0, -1):
                if _known(words[i] + "".join(words[j] for j in same[:k])):
                    joined = same[:k]
                    break
            if joined is None:
                x0, x1, bottom = r[0].x0, r[-1].x1, max(g.bottom for g in r)
                below = [
                    j for j in range(i + 1, len(runs))
                    if not used[j] and 0 <= runs[j][0].top - bottom < r[0].size and runs[j][0].x0 < x1 and x0 < runs[j][-1].x1
                ]
                if below and _known(words[i] + words[below[0]]):
                    joined = below[:1]
        glyphs_of = list(r)
        for j in joined or ():
            used[j] = True
            glyphs_of += runs[j]
        ink = Box(min(g.x0 for g in glyphs_of), min(g.top for g in glyphs_of), max(g.x1 for g in glyphs_of), max(g.bottom for g in glyphs_of))
        out.append(Cell(ink, glyphs_of, _word(glyphs_of)))
    return out


def _word(glyphs: list[Glyph]) -> str:
    return _norm("".join(line.text for line in group_lines(glyphs)))


def _known_part(cell: Cell) -> Cell | None:
    """The part of *cell* that is a fixed word of the sheet, when text spilling in from a neighbour (a
    producer that lets an overlong bar label overflow its cell) shares the cell with it: the cell
    without its much smaller characters, or one of its lines."""
    biggest = max(g.size for g in cell.glyphs)
    big = [g for g in cell.glyphs if g.size >= 0.8 * biggest]
    by_size: dict[float, list[Glyph]] = {}
    for g in cell.glyphs:
        by_size.setdefault(round(g.size, 1), []).append(g)
    candidates = [big, *by_size.values(), *(line.glyphs for line in group_lines(cell.glyphs))]
    for glyphs in candidates:
        word = _word(glyphs)
        if _known(word):
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
class _BarShape:
    x0: float
    top: float
    x1: float
    bottom: float
    arrow: bool
    body_x1: float  # right end of the body (before an arrow's head)
    glyphs: list[Glyph] = field(default_factory=list)
    outside: bool = False  # part of the label lies outside the bar
    room_right: float = 0.0


def _is_arrow(s: Shape) -> bool:
    """A path whose right end is a single tip (▶), not a vertical edge."""
    pts = list(dict.fromkeys((round(x, 1), round(y, 1)) for x, y in s.pts))
    if len(pts) < 3:
        return False
    right = max(x for x, _ in pts)
    return sum(1 for x, _ in pts if x >= right - 0.5) == 1


def _body_right(s: Shape) -> float:
    """An arrow's body ends where its head begins: the rightmost corner short of the tip."""
    xs = sorted({round(x, 1) for x, _ in s.pts}, reverse=True)
    return xs[1] if len(xs) > 1 else s.x1


def _is_triangle(s: Shape) -> bool:
    return s.kind == "curve" and len(set((round(x, 1), round(y, 1)) for x, y in s.pts)) == 3 and _is_arrow(s)


def _line_bar(s: Shape, band: Box) -> Shape | None:
    """A horizontal stroke is a bar when it is thick (2 pt or more) or runs through the middle of a row,
    not along its edge (an arrow drawn as a line): its box is what the stroke covers, at least a fifth
    of the row high."""
    y = (s.top + s.bottom) / 2
    h = band.bottom - band.top
    if s.width < 2.0 and not band.top + 0.2 * h < y < band.bottom - 0.2 * h:
        return None
    half = max(s.width / 2, 0.1 * h)
    return Shape("rect", s.x0, y - half, s.x1, y + half, True, False, False, 0.0, ())


def _block_text(block: list[list[Glyph]]) -> str:
    return "".join(g.text for piece in block for g in piece)


def _split(bar: _BarShape, edges: list[tuple[float, float, float]]) -> list[_BarShape]:
    """A filled area cut where heavy rules cross it: adjacent bars of the same colour drawn as one fill."""
    cy = (bar.top + bar.bottom) / 2
    cuts = [x for x, top, bottom in edges if bar.x0 + 1 < x < bar.x1 - 1 and top - 0.5 <= cy <= bottom + 0.5]
    if not cuts or bar.arrow:
        return [bar]
    xs = [bar.x0, *cuts, bar.x1]
    return [
        _BarShape(a, bar.top, b, bar.bottom, False, b) for a, b in pairwise(xs) if b - a > 1
    ]


class _Months:
    """x ↔ month offset along the year headers: each year's width split into 12 equal months."""

    def __init__(self, lefts: list[float], widths: list[float]) -> None:
        self.lefts, self.widths = lefts, widths

    @property
    def left(self) -> float:
        return self.lefts[0]

    @property
    def right(self) -> float:
        return self.lefts[-1] + self.widths[-1]

    @property
    def month_w(self) -> float:
        return min(self.widths) / 12

    def offset(self, x: float) -> float:
        i = max(0, bisect_right(self.lefts, x) - 1)
        return 12 * i + 12 * (x - self.lefts[i]) / self.widths[i]


@dataclass
class _Found:
    labels: dict[str, Cell] = field(default_factory=dict)
    approach: list[Cell] = field(default_factory=list)  # 取組: the text column's label and the timeline's header
    years: list[tuple[int, Cell]] = field(default_factory=list)
    kinds: list[Cell] = field(default_factory=list)  # 計画 / 目標 / 実績 / 区分
    budget_inline: str = ""  # a budget written in its label's cell


def _classify(cells: list[Cell]) -> _Found:
    """Sort the cells whose text is one of the sheet's fixed words."""
    found = _Found()
    for c in cells:
        if not _known(c.word):
            c = _known_part(c) or c
        attr = _FIELD_BY_WORD.get(c.word)
        if attr == "approach":
            found.approach.append(c)
        elif attr is not None:
            found.labels.setdefault(attr, c)
        elif m := _BUDGET_RE.match(c.word):
            found.labels.setdefault("budget", c)
            found.budget_inline = m.group(2)
        elif _YEAR_RE.match(c.word):
            with suppress(RoadmapError):
                found.years.append((parse_fiscal_year(c.word), c))
        elif c.word in _KIND_WORDS:
            found.kinds.append(c)
    return found


class SheetReader:
    """Reads one page; :meth:`read` returns a :class:`PageRead` or raises :class:`NotASheet`."""

    def __init__(self, page: PageData, edition: Edition, own: bool = False) -> None:
        self.page = page
        self.edition = edition
        # our own PDF export breaks lines by known rules; other programs' breaks are judged more loosely
        self.own = own
        self.slack = OWN_SLACK if own else FOREIGN_SLACK
        self.warnings: list[str] = []
        self.borders = Borders(page.shapes, page.width, page.height)
        self.index = GlyphIndex(page.glyphs)

    def warn(self, text: str) -> None:
        self.warnings.append(text)

    # --- the page as a whole -------------------------------------------------------------------

    def read(self) -> PageRead:
        page = self.page
        if not any(not g.text.isspace() for g in page.glyphs):
            if page.turned:
                raise NotASheet(tr("pdf", "文字が横倒しになっているため読み取れません（ページを回転させた PDF です）"))
            if page.images:
                raise NotASheet(tr("pdf", "文字情報がありません（スキャン画像のページです）"))
            raise NotASheet(tr("pdf", "空白のページです"))
        found = _classify(find_cells(page.glyphs, self.borders))
        gridless = False
        if "name" not in found.labels and not found.years:
            alt = _classify(gap_cells(page.glyphs))
            if "name" in alt.labels:  # a sheet drawn without borders: the labels' positions give the grid
                found, gridless = alt, True
        labels, approach_cells, years, kinds = found.labels, found.approach, found.years, found.kinds
        budget_inline = found.budget_inline
        header = self._year_header(years, approach_cells + [k for k in kinds if k.word == TIMELINE_ROW_HEADER])
        name_header: Cell | None = None
        if header is not None:
            band_top, band_bottom = header[1]
            for c in approach_cells:
                if band_top <= c.box.cy <= band_bottom or band_top <= c.ink.cy <= band_bottom:
                    name_header = c
            approach_cells = [c for c in approach_cells if c is not name_header]
        if approach_cells:
            labels["approach"] = min(approach_cells, key=lambda c: c.box.top)
        if gridless:
            self._grid_from_labels(labels, name_header, kinds, header[1] if header else None)
        if header is None and not labels and any(k.word != TIMELINE_ROW_HEADER for k in kinds):
            # only timeline rows: a producer that ran one sheet over two pages without repeating its header
            return PageRead(page.number, None, True, "", orphan=page)
        if "name" not in labels or (header is None and len(labels) < 5):
            # a list of projects also has 事業名 and 担当部局 columns: a sheet has more, or a timeline
            if header is not None or len(labels) >= 5:
                raise NotASheet(tr("pdf", "事業名の欄が見つかりません"))
            raise NotASheet(tr("pdf", "ロードマップのシートではありません"))
        table_top = min(c.box.top for c in labels.values())
        title_lines = group_lines(self.index.inside(Box(0, 0, page.width, table_top)))
        title = "".join(line.text for line in title_lines).strip()
        folded = unicodedata.normalize("NFKC", title)
        m = _SHEET_NO_RE.search(folded)
        sheet_no = int(m.group(1)) if m else None
        continuation = "続き" in folded
        title = re.sub(r"\s*(?:[（(]続き[）)])?\s*(?:No|Ｎｏ)[.．]?\s*\S*$", "", title, flags=re.IGNORECASE).strip()
        timeline_top = page.height if header is None else min(header[1][0], name_header.box.top if name_header else INF)
        fields = self._fields(labels, timeline_top, budget_inline)
        initiatives: list[Initiative] = []
        timeline: Timeline | None = None
        if header is None:
            if not (continuation and any(k in TEXT_FIELDS for k in labels)):  # a page of text that did not fit
                self.warn(tr("pdf", "年度の見出し（R6〜R10 など）が見つからないため、取組とバーを読み取れませんでした"))
        else:
            months, (_, band_bottom), first_year = header
            timeline = Timeline(months.lefts, months.widths, first_year, name_header.box.x0 if name_header else 0.0)
            initiatives = self._timeline(timeline, band_bottom, kinds)
        return PageRead(page.number, sheet_no, continuation, title, fields, initiatives, self.warnings, timeline)

    def orphan_rows(self, timeline: Timeline) -> list[Initiative]:
        """The initiatives of a page of timeline rows only, read with the columns of the page before."""
        return self._timeline(timeline, 0.0, _classify(find_cells(self.page.glyphs, self.borders)).kinds)

    def _grid_from_labels(
        self, labels: dict[str, Cell], name_header: Cell | None, kinds: list[Cell], header_band: tuple[float, float] | None
    ) -> None:
        """Give label cells the boxes their positions imply, for a sheet drawn without borders: header rows
        part halfway between their labels, text columns halfway between their labels' centres, and so
        do the timeline's rows."""
        table_left = min(c.ink.x0 for c in [*labels.values(), *([name_header] if name_header else [])])
        table_right = self._table_right(labels)
        columns = sorted((c for k, c in labels.items() if k in COLUMN_FIELDS), key=lambda c: c.ink.cx)
        rows: list[list[Cell]] = []
        for c in sorted((c for k, c in labels.items() if k not in COLUMN_FIELDS), key=lambda c: c.ink.cy):
            if rows and abs(c.ink.cy - rows[-1][0].ink.cy) < 0.5 * (c.ink.bottom - c.ink.top):
                rows[-1].append(c)
            else:
                rows.append([c])
        cys = [r[0].ink.cy for r in rows]
        if columns:
            cys.append(columns[0].ink.cy)
        for i, row in enumerate(rows):
            pitch = (cys[i + 1] - cys[i]) if i + 1 < len(cys) else (cys[i] - cys[i - 1]) if i else 20.0
            top = (cys[i - 1] + cys[i]) / 2 if i else cys[i] - pitch / 2
            bottom = (cys[i] + cys[i + 1]) / 2 if i + 1 < len(cys) else cys[i] + pitch / 2
            for c in row:
                c.box = Box(c.ink.x0, top, c.ink.x1, bottom)
        # the text columns share the width equally, their labels centred: the centres' pitch is their width
        pitch = (columns[-1].ink.cx - columns[0].ink.cx) / (len(columns) - 1) if len(columns) > 1 else None
        for c in columns:
            if pitch is not None:
                left, right = c.ink.cx - pitch / 2, c.ink.cx + pitch / 2
            else:
                left, right = table_left, table_right
            c.box = Box(left, c.ink.top - 1, right, c.ink.bottom + 1)
        if name_header is not None:
            name_header.box = Box(table_left, name_header.ink.top - 1, name_header.ink.x1, name_header.ink.bottom + 1)
        body = sorted((k for k in kinds if k.word != TIMELINE_ROW_HEADER), key=lambda k: k.ink.cy)
        if header_band is not None:
            body = [k for k in body if k.ink.cy > header_band[1]]
        for i, k in enumerate(body):
            cy = k.ink.cy
            top = (body[i - 1].ink.cy + cy) / 2 if i else (header_band[1] if header_band else cy - 10)
            bottom = (cy + body[i + 1].ink.cy) / 2 if i + 1 < len(body) else cy + (cy - top)
            k.box = Box(k.ink.x0 - 1, top, k.ink.x1 + 1, bottom)

    def _year_header(
        self, years: list[tuple[int, Cell]], companions: list[Cell]
    ) -> tuple[_Months, tuple[float, float], int] | None:
        """The row of consecutive fiscal-year headers that shares its line with 取組 or 区分."""
        best: tuple[int, list[tuple[int, Cell]]] | None = None
        for _, c in years:
            row = sorted((y for y in years if abs(y[1].ink.cy - c.ink.cy) <= 0.5 * (c.ink.bottom - c.ink.top)), key=lambda y: y[1].ink.cx)
            if any(b[0] - a[0] != 1 for a, b in pairwise(row)) or len(row) < 2:
                continue
            top = min(y[1].box.top for y in row)
            bottom = max(y[1].box.bottom for y in row)
            score = len(row) + (10 if any(top <= k.ink.cy <= bottom for k in companions) else 0)
            if best is None or score > best[0]:
                best = (score, row)
        if best is None or (best[0] < 10 and len(best[1]) < 3):
            return None
        row = best[1]
        boxes = [c.box for _, c in row]
        widths = [b.x1 - b.x0 for b in boxes]
        centres = [c.ink.cx for _, c in row]
        pitch = (centres[-1] - centres[0]) / (len(centres) - 1)
        lefts = [b.x0 for b in boxes]
        bordered = all(abs(w - pitch) <= 0.15 * pitch for w in widths) and all(
            abs((b.x0 + b.x1) / 2 - c) <= 0.25 * pitch for b, c in zip(boxes, centres, strict=True)
        )
        if not bordered:  # no borders between the years: centred headers give the columns
            lefts = [c - pitch / 2 for c in centres]
            widths = [pitch] * len(centres)
        band = (min(b.top for b in boxes), max(b.bottom for b in boxes))
        if not bordered:
            band = (min(c.ink.top for _, c in row) - 2, max(c.ink.bottom for _, c in row) + 2)
        return _Months(lefts, widths), band, row[0][0]

    # --- the header block ----------------------------------------------------------------------

    def _fields(self, labels: dict[str, Cell], timeline_top: float, budget_inline: str) -> dict[str, Any]:
        page = self.page
        header_labels = {k: c for k, c in labels.items() if k not in COLUMN_FIELDS}
        table_right = self._table_right(labels)
        values: dict[str, Any] = {}
        for attr, cell in labels.items():
            b = cell.box
            if attr in COLUMN_FIELDS or (attr in TEXT_FIELDS and b.x1 >= table_right - 2):
                # the value lies below its label (a （続き） page sets 概要 this way too), down to the next rule
                bottom = min(timeline_top, self.borders.below(b.cx, b.bottom + 1.0))
                region = Box(b.x0, b.bottom, b.x1, bottom)
            else:
                nexts = [c.box.x0 for c in header_labels.values() if c is not cell and b.top - 1 <= c.ink.cy <= b.bottom + 1 and c.box.x0 >= b.x1 - 1]
                region = Box(b.x1, b.top, min(nexts, default=table_right), b.bottom)
            region = Box(max(region.x0, 0), max(region.top, 0), min(region.x1, page.width), min(region.bottom, page.height))
            lines = group_lines(self.index.inside(region))
            if attr in TEXT_FIELDS:
                text = join_lines(
                    lines, region.x0, region.x1, indent_is_space=True, slack=self.slack, strict_marks=self.own
                )
            else:
                text = join_lines(lines, region.x0, region.x1, slack=self.slack).replace("\n", "").strip()
            if attr == "budget" and not text and budget_inline:
                text = budget_inline
            values[attr] = self._value(attr, text)
        return values

    def _table_right(self, labels: dict[str, Cell]) -> float:
        top = min(c.box.top for c in labels.values())
        bottom = max(c.box.bottom for c in labels.values())
        rights = [x1 for y, _, x1 in self.borders.h if top - 1 <= y <= bottom + 1]
        if rights:
            return max(rights)
        return max((g.x1 for g in self.page.glyphs), default=self.page.width) + 1

    def _value(self, attr: str, text: str) -> Any:
        label = FIELD_LABELS[attr] if attr != "budget" else self.edition.budget_label
        try:
            if attr in ("start_year", "end_year"):
                return parse_fiscal_year(text) if text else None
            if attr == "budget":
                return parse_budget(text)
        except RoadmapError:
            self.warn(tr("pdf", "{label}「{text}」を読み取れないため空欄にしました").format(label=label, text=text))
            return None
        if attr in LIST_FIELDS:
            return [v.strip() for v in text.split(LIST_SEPARATOR) if v.strip()]
        return text

    # --- the timeline --------------------------------------------------------------------------

    def _timeline(self, timeline: Timeline, band_bottom: float, kinds: list[Cell]) -> list[Initiative]:
        months = _Months(timeline.lefts, timeline.widths)
        first_year = timeline.first_year
        n_months = 12 * len(months.lefts)
        edition = self.edition
        if first_year != edition.fiscal_year:
            self.warn(
                tr("pdf", "年度の見出しが {first} から始まっています（このロードマップは {edition} から）").format(
                    first=format_fiscal_year(first_year), edition=format_fiscal_year(edition.fiscal_year)
                )
            )
        name_left = timeline.name_left
        rows = sorted(
            (k for k in kinds if k.word != TIMELINE_ROW_HEADER and k.ink.cy > band_bottom and k.ink.cx < months.left),
            key=lambda k: k.ink.cy,
        )
        if not rows:
            return []
        kind_left = min(k.box.x0 for k in rows)
        name_cx = (name_left + kind_left) / 2
        # Rows sharing one 取組 name cell are one initiative: 計画 then 実績, and in some producers'
        # sheets extra 計画 (or 実績) rows for bars that overlap in time.
        groups: list[tuple[Initiative, tuple[int, int], list[Cell]]] = []
        for k in rows:
            key = (round(self.borders.above(name_cx, k.ink.cy)), round(self.borders.below(name_cx, k.ink.cy)))
            current = groups[-1] if groups else None
            plan_row = k.word in PLAN_LABELS
            if current is not None:
                has_actual = any(r.word == ACTUAL_LABEL for r in current[2])
                if current[1] == key and (not plan_row or not has_actual):
                    current[2].append(k)
                    continue
            if not plan_row:
                self.warn(tr("pdf", "計画の行がない実績の行を読み飛ばしました"))
                continue
            groups.append((Initiative(plan_label=k.word), key, [k]))
        bands: list[tuple[Box, list[Bar]]] = []
        for ini, _, cells in groups:
            top, bottom = cells[0].box.top, cells[-1].box.bottom
            lines = group_lines(self.index.inside(Box(name_left, top, kind_left, bottom)))
            ini.name = join_lines(lines, name_left, kind_left, slack=self.slack).strip()
            for c in cells:
                target = ini.actual if c.word == ACTUAL_LABEL else ini.plan
                bands.append((Box(months.left, c.box.top, months.right, c.box.bottom), target))
        timeline_bottom = max(b.bottom for b, _ in bands)
        shapes = self._bar_shapes(months, bands, timeline_bottom)
        if not self.own:
            self._label_blocks([b for b, _ in bands], shapes)
        for (band, bars), found in zip(bands, shapes, strict=True):
            if self.own:
                self._label_bars(band, found)
            for s in found:
                bar = self._bar(s, months, n_months, first_year)
                if bar is not None:
                    bars.append(bar)
            bars.sort(key=Bar.sort_key)
        return [g[0] for g in groups]

    def _bar_shapes(self, months: _Months, bands: list[tuple[Box, list[Bar]]], bottom: float) -> list[list[_BarShape]]:
        mw = months.month_w
        per_band: list[list[_BarShape]] = [[] for _ in bands]
        triangles: list[tuple[int, Shape]] = []
        tops = [b.top for b, _ in bands]
        for s in self.page.shapes:
            if s.kind == "line" and s.stroked and s.h < 0.5 and s.w >= 0.35 * mw:
                j = bisect_right(tops, s.top) - 1
                line_bar = _line_bar(s, bands[j][0]) if j >= 0 else None
                if line_bar is None:
                    continue
                s = line_bar
            if not (s.filled or s.stroked) or s.kind == "line" or s.w < 0.2 * mw:
                continue
            if not (months.left - 0.5 * mw <= (s.x0 + s.x1) / 2 <= months.right + mw):
                continue
            if s.bottom < tops[0] or s.top > bottom:
                continue
            cy = (s.top + s.bottom) / 2
            i = bisect_right(tops, cy) - 1
            band = bands[max(i, 0)][0]
            band_h = band.bottom - band.top
            if s.filled and s.kind == "rect" and s.h > 1.1 * band_h:
                # a spreadsheet's fill running through several rows: one piece per row it covers
                for j in range(max(0, bisect_right(tops, s.top) - 1), len(bands)):
                    b = bands[j][0]
                    if b.top >= s.bottom:
                        break
                    if min(b.bottom, s.bottom) - max(b.top, s.top) >= 0.6 * (b.bottom - b.top) and s.w >= 0.35 * mw:
                        per_band[j].append(_BarShape(s.x0, max(b.top, s.top), s.x1, min(b.bottom, s.bottom), False, s.x1))
                continue
            if i < 0 or not band.top - 0.5 <= cy <= band.bottom + 0.5:
                continue
            if s.h < 0.12 * band_h or s.h > 1.1 * band_h:
                continue
            if not s.filled and s.h >= 0.9 * band_h:
                continue  # an outline as tall as the row: the row's own border
            if _is_triangle(s):
                triangles.append((i, s))
                continue
            if s.w < 0.35 * mw:
                continue
            arrow = s.kind == "curve" and _is_arrow(s)
            per_band[i].append(_BarShape(s.x0, s.top, s.x1, s.bottom, arrow, _body_right(s) if arrow else s.x1))
        edges = self._bar_edges()
        for i, found in enumerate(per_band):
            if edges and found:
                per_band[i] = [piece for b in found for piece in _split(b, edges)]
        for i, t in triangles:  # an arrow head drawn apart from its bar
            for b in per_band[i]:
                if abs(t.x0 - b.x1) <= 1.0 and t.top <= (b.top + b.bottom) / 2 <= t.bottom:
                    b.x1, b.arrow = t.x1, True
        return [self._dedupe(found) for found in per_band]

    def _bar_edges(self) -> list[tuple[float, float, float]]:
        """Heavy vertical rules: spreadsheets mark where one bar of filled cells ends and the next begins."""
        edges = []
        for s in self.page.shapes:
            if (s.kind == "line" and s.stroked and s.width >= HEAVY and s.w < 0.5) or (s.filled and s.kind == "rect" and HEAVY * 0.8 <= s.w < THIN and s.h > s.w):
                edges.append(((s.x0 + s.x1) / 2, s.top, s.bottom))
        return sorted(edges)

    @staticmethod
    def _dedupe(found: list[_BarShape]) -> list[_BarShape]:
        """One bar per drawn box: fill and outline drawn separately, or decorations inside a bar, count once."""
        found.sort(key=lambda s: (s.x1 - s.x0) * (s.bottom - s.top), reverse=True)
        kept: list[_BarShape] = []
        for s in found:
            outer = next(
                (k for k in kept if k.x0 - 1 <= s.x0 and s.x1 <= k.x1 + 1 and k.top - 1 <= s.top and s.bottom <= k.bottom + 1),
                None,
            )
            if outer is not None:
                outer.arrow = outer.arrow or s.arrow
                continue
            kept.append(s)
        return kept

    def _label_blocks(self, bands: list[Box], shapes: list[list[_BarShape]]) -> None:
        """Bar labels of other programs' PDFs: whole text blocks go to the bar they are centred on.

        A spreadsheet centres a wrapped label on its cell; when a short bar's label is taller than
        the row, LibreOffice lets it run out above and below, over the neighbouring rows' bars. So
        characters are first grouped into blocks (lines centred one under the other), and a block
        goes to the bar whose centre is nearest to the block's, among the bars under its middle.
        """
        bars = [b for found in shapes for b in found]
        if not bars:
            for band in bands:
                self._label_bars(band, [])
            return
        area = Box(bands[0].x0, bands[0].top, bands[0].x1 + 40, bands[-1].bottom + 20)
        tops = [b.top for b in bands]
        pieces: list[list[Glyph]] = []
        for line in group_lines([g for g in self.index.inside(area) if not g.text.isspace()]):
            i = max(0, bisect_right(tops, line.glyphs[0].cy) - 1)
            edges = sorted({x for b in shapes[i] for x in (b.x0, b.x1)})
            piece: list[Glyph] = []
            for g in line.glyphs:
                if piece:
                    prev = piece[-1]
                    gap = g.x0 - prev.x1 > 0.6 * max(g.size, prev.size)
                    parted = any(prev.cx < x < g.cx for x in edges)
                    if gap or parted:
                        pieces.append(piece)
                        piece = []
                piece.append(g)
            pieces.append(piece)
        blocks: list[list[list[Glyph]]] = []
        for piece in sorted(pieces, key=lambda p: p[0].cy):
            cx, cy, size = (piece[0].x0 + piece[-1].x1) / 2, piece[0].cy, piece[0].size
            for block in reversed(blocks):
                last = block[-1]
                if abs((last[0].x0 + last[-1].x1) / 2 - cx) <= 0.6 * size and 0 < cy - last[0].cy <= 1.6 * size:
                    block.append(piece)
                    break
            else:
                blocks.append([piece])
        for block in blocks:
            glyphs = [g for piece in block for g in piece]
            x0, x1 = min(g.x0 for g in glyphs), max(g.x1 for g in glyphs)
            cx, cy = (x0 + x1) / 2, (min(g.top for g in glyphs) + max(g.bottom for g in glyphs)) / 2
            inside = [b for b in bars if b.x0 - 0.5 <= cx <= b.x1 + 0.5 and b.top - 0.5 <= cy <= b.bottom + 0.5]
            lane = [b for b in bars if b.top - 0.5 <= cy <= b.bottom + 0.5 and b.x1 <= x0 + 0.5]
            under = [b for b in bars if b.x0 - 0.5 <= cx <= b.x1 + 0.5]
            if inside:  # centred on its bar (however far it runs out above and below)
                owner = min(inside, key=lambda b: b.x1 - b.x0)
            elif lane:  # set beside its bar, or running on after it: the nearest bar on its left in its lane
                owner = max(lane, key=lambda b: b.x1)
                owner.outside = True
            elif under:
                owner = min(under, key=lambda b: abs((b.top + b.bottom) / 2 - cy))
            else:
                self.warn(tr("pdf", "バーのない行の文字「{text}」を読み飛ばしました").format(text=_block_text(block)))
                continue
            owner.glyphs += glyphs
        for i, found in enumerate(shapes):
            for b in found:
                later = [t.x0 for t in found if t is not b and t.x0 >= b.x1 - 0.5 and t.top < b.bottom and b.top < t.bottom]
                b.room_right = min(later, default=bands[i].x1)

    def _label_bars(self, band: Box, found: list[_BarShape]) -> None:
        """Give each character of the row to its bar: the bar it lies in, else the bar just left of it in
        the same lane (a label set beside a short bar, or running on past its end)."""
        glyphs = self.index.inside(Box(band.x0, band.top, band.x1 + 40, band.bottom))
        orphans: list[Glyph] = []
        for g in glyphs:
            inside = [s for s in found if s.x0 - 0.5 <= g.cx <= s.x1 + 0.5 and s.top - 0.5 <= g.cy <= s.bottom + 0.5]
            if inside:
                bar = min(inside, key=lambda s: s.x1 - s.x0)
                bar.glyphs.append(g)
                continue
            if g.text.isspace():
                continue
            lane = [s for s in found if s.top - 0.5 <= g.cy <= s.bottom + 0.5 and s.x1 <= g.cx + 0.5]
            if lane:
                bar = max(lane, key=lambda s: s.x1)
            else:
                bar = min(found, key=lambda s: max(s.x0 - g.cx, g.cx - s.x1, 0) + abs((s.top + s.bottom) / 2 - g.cy), default=None)
            if bar is None:
                orphans.append(g)
            else:
                bar.glyphs.append(g)
                bar.outside = True
        if orphans:
            text = "".join(line.text for line in group_lines(orphans))
            self.warn(tr("pdf", "バーのない行の文字「{text}」を読み飛ばしました").format(text=text))
        for s in found:  # where a label set beside its bar had to stop: the next bar of its lane
            later = [t.x0 for t in found if t is not s and t.x0 >= s.x1 - 0.5 and t.top < s.bottom and s.top < t.bottom]
            s.room_right = min(later, default=band.x1)

    def _bar(self, s: _BarShape, months: _Months, n_months: int, first_year: int) -> Bar | None:
        lines = group_lines(s.glyphs)
        if s.outside:  # set left-aligned beside the bar, up to the next bar of its lane
            left = min(g.x0 for g in s.glyphs)
            label = join_lines(lines, left, s.room_right - 2 * BAR_INSET, pad=0.0, slack=self.slack)
        else:  # centred inside the bar's body
            label = join_lines(lines, s.x0, s.body_x1, pad=BAR_PAD, slack=self.slack)
        label = label.strip()
        if label.endswith(ARROW_MARKS):  # a spreadsheet's way to draw an arrow: a mark after the label
            label = label[:-1].rstrip()
            s.arrow = True
        start_f, end_f = months.offset(s.x0), months.offset(s.x1)
        start, end = round(start_f), round(end_f) - 1
        continues = s.arrow and end_f >= n_months - OFF_MONTH
        if continues:
            end = n_months - 1
        if abs(start_f - round(start_f)) > OFF_MONTH or (not s.arrow and abs(end_f - round(end_f)) > OFF_MONTH):
            self.warn(tr("pdf", "バー「{label}」の端が月の区切りからずれているため、近い月に合わせました").format(label=label))
        end = min(end, n_months - 1)
        start = max(start, 0)
        if end < start:
            end = start
        first = Month.fiscal(first_year, 0)
        bar = Bar(first.shifted(start), first.shifted(end), label, continues)
        edition = self.edition
        if continues and bar.end != edition.last_month:
            bar.continues = False
        if not (edition.contains(bar.start) and edition.contains(bar.end)):
            self.warn(tr("pdf", "バー「{label}」（{period}）は表示期間の外にあるため読み飛ばしました").format(label=label, period=bar.period_text()))
            return None
        return bar


def read_page(page: PageData, edition: Edition, own: bool = False) -> PageRead:
    """Read one page; *own*: the PDF was written by Roadmap Desktop."""
    return SheetReader(page, edition, own).read()
