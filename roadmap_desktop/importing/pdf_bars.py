"""The bars of a sheet's timeline: drawn shapes (boxes, arrows, filled cells, thick or thin strokes)
found in each 計画 and 実績 row, their labels, and their first and last months from their edges.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import pairwise, product

from ..core.fiscal import Month
from ..core.i18n import translate
from ..core.model import Bar, Edition
from ..layout.labels import BAR_LEADING, fit_inside
from ..layout.text import TYPED_MARK_MM
from .pdf_cells import Box, GlyphIndex
from .pdf_fills import (
    BarShape,
    Months,
    _across_rules,
    _join_cells,
    _one_text,
    _split,
    _split_at_borders,
    _split_lanes,
    _thin_rules,
    _untangle,
)
from .pdf_page import Glyph, PageData, Shape
from .pdf_text import Line, TextRuns, group_lines, join_lines
from .pdf_thresholds import (
    ABUT,
    BAR_INSET,
    BAR_MIN,
    BAR_PAD,
    BELOW_ROWS,
    BESIDE,
    BLOCK_CENTRE,
    BLOCK_LINE_STEP,
    CENTRED_AGREE,
    CENTRED_ON_ROW,
    CENTRED_PART,
    CLIP_MARGIN,
    CUT_PART,
    EDGE,
    FILL_EDGE,
    FLAT,
    HAIR,
    HEAD_ALIGN,
    HEAD_MAX,
    HEAD_PT,
    HEADED_BOTTOM,
    HEADED_TOP,
    HEAVY,
    HEAVY_FILL,
    LABEL_ROOM,
    LEFT_OF_GRID,
    LEFT_SET_CLIP,
    LEFT_SET_NEAR,
    LEFT_SET_PAD,
    LEFT_SET_START,
    LINE_BAND,
    LINE_BAR_HALF,
    LINE_BAR_WIDTH,
    LINE_INSIDE,
    LINE_MIN,
    MIN_SIZE,
    MM,
    NESTED,
    OFF_MONTH,
    OWN_PITCH,
    PAST_GRID,
    REFIT_SIZE,
    ROW_COVER,
    ROW_MIN_BAR,
    ROW_OUTLINE,
    ROW_TALLER,
    RUN_TOUCH,
    SAME_LINE,
    SAME_PAD,
    SHAPE_MIN,
    SHRUNK,
    SIZE_STEP,
    STRAY_MIN,
    THIN,
    TOUCH,
    WORD_GAP,
)

ARROW_MARKS = ("→", "▶", "⇒", "➡", "►")


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


def _line_bar(s: Shape, band: Box, headed: bool = False) -> Shape | None:
    """A horizontal stroke is a bar when it is thick (2 pt or more), runs through the middle of a row,
    not along its edge (an arrow drawn as a line), or ends in an arrow head (*headed*: lines stacked
    in lanes within one row). Its box is what the stroke covers, at least a fifth of the row high;
    a thin line's box reaches up over the label written above it."""
    y = (s.top + s.bottom) / 2
    h = band.bottom - band.top
    inside = band.top + LINE_INSIDE * h < y < band.bottom - LINE_INSIDE * h
    if (
        s.width < LINE_BAR_WIDTH
        and not inside
        and not (headed and band.top + HEADED_TOP * h < y < band.bottom - HEADED_BOTTOM * h)
    ):
        return None
    half = max(s.width / 2, LINE_BAR_HALF * h)
    top = y - half
    if s.width < LINE_BAR_WIDTH:
        top = min(top, max(band.top + EDGE, y - LABEL_ROOM))
    return Shape("rect", s.x0, top, s.x1, y + half, True, False, False, 0.0, (), seq=s.seq)


def _heads(shapes: list[Shape]) -> list[tuple[float, float]]:
    """Where arrow heads drawn apart from their lines start: (x of the base, y of the tip), sorted."""
    return sorted(
        (s.x0, (s.top + s.bottom) / 2)
        for s in shapes
        if s.kind == "curve" and s.w < HEAD_PT and s.h < HEAD_PT and _is_triangle(s)
    )


def _refit(lines: list[Line], s: BarShape, own: bool) -> str | None:
    """Our own label's line breaks read back by setting it again: of the readings of each break (typed
    or wrapped), the one with the fewest typed breaks that the sheet's label rule
    (:func:`layout.labels.fit_inside`) sets in this bar exactly as drawn; None if none does. A line set
    a hair right of centre follows a typed break (:func:`layout.sheet.typed_lines`): that break is typed
    whatever else would set the same (会議等開催 / （3回程度）)."""
    texts = [line.text for line in lines]
    if not 2 <= len(texts) <= 6:
        return None
    size = lines[0].size
    pitch = (lines[1].glyphs[0].bottom - lines[0].glyphs[0].bottom) / size
    if not own and abs(pitch - BAR_LEADING) > OWN_PITCH:  # not set by our sheet (a spreadsheet printed, say)
        return None
    body_w, body_h = (s.body_x1 - s.x0) / MM, (s.bottom - s.top) / MM
    centre = (lines[0].x0 + lines[0].x1) / 2
    marked = [(line.x0 + line.x1) / 2 - centre > TYPED_MARK_MM * MM / 2 for line in lines[1:]]
    for typed in sorted(product((False, True), repeat=len(texts) - 1), key=sum):
        if any(m and not t for m, t in zip(marked, typed, strict=True)):
            continue
        text = texts[0] + "".join(("\n" if t else "") + x for t, x in zip(typed, texts[1:], strict=True))
        fit = fit_inside(text, body_w, body_h)
        if fit is not None and list(fit.lines) == texts and abs(fit.size - size) < REFIT_SIZE:
            return text
    return None


def _block_text(block: list[list[Glyph]]) -> str:
    return "".join(g.text for piece in block for g in piece)


def _centred_cuts(bar: BarShape, centres: list[float], months: Months) -> list[float] | None:
    """Where a run holding labels side by side parts, when each label stands centred on its own part
    (adjacent bars of one fill, as LibreOffice prints filled cells with centred labels): from the left,
    each part ends as far past its label's centre as it began before it; from the right, likewise. The
    month boundaries where both estimates agree (within :data:`CENTRED_AGREE` of a month), else None."""
    mw = months.month_w
    forward: list[float] = []
    start = bar.x0
    for c in centres[:-1]:
        start = 2 * c - start
        forward.append(start)
    backward: list[float] = []
    end = bar.body_x1
    for c in reversed(centres[1:]):
        end = 2 * c - end
        backward.append(end)
    backward.reverse()
    cuts: list[float] = []
    for f, b in zip(forward, backward, strict=True):
        if abs(f - b) > CENTRED_AGREE * mw:
            return None
        k = round(months.offset((f + b) / 2))
        x = months.x(k)
        if abs(x - f) > CENTRED_AGREE * mw or abs(x - b) > CENTRED_AGREE * mw:
            return None
        cuts.append(x)
    if any(b - a < CENTRED_PART * mw for a, b in pairwise([bar.x0, *cuts, bar.x1])):
        return None
    return cuts


def _centred_on_a_row(block: list[list[Glyph]], bands: list[Box]) -> list[list[list[Glyph]]]:
    """A block whose lines lie in several rows is one label only when it is centred on one of them (a
    label taller than its row, printed centred over its neighbours); labels of two rows, one just under
    the other and drawn one after the other, are centred on the border between the rows: parted."""
    rows = {_row_of(piece[0].cy, bands) for piece in block}
    if len(rows) < 2:
        return [block]
    top = min(g.top for piece in block for g in piece)
    bottom = max(g.bottom for piece in block for g in piece)
    cy = (top + bottom) / 2
    row = _row_of(cy, bands)
    if 0 <= row < len(bands):
        band = bands[row]
        if abs(cy - band.cy) <= CENTRED_ON_ROW * (band.bottom - band.top):
            return [block]
    parts: dict[int, list[list[Glyph]]] = {}
    for piece in block:
        parts.setdefault(_row_of(piece[0].cy, bands), []).append(piece)
    return list(parts.values())


def _row_of(y: float, bands: list[Box]) -> int:
    return bisect_right([b.top for b in bands], y) - 1


class BarReader:
    """Reads the bars of a page's timeline rows (*bands*, each with the list its bars go to)."""

    def __init__(
        self, page: PageData, index: GlyphIndex, edition: Edition, own: bool, slack: float, warn: Callable[[str], None]
    ) -> None:
        self.page = page
        self.index = index
        self.edition = edition
        self.own = own
        self.slack = slack
        self.warn = warn
        # a row whose drawing could not be read surely: called with the row's bar list and why, so that
        # the roadmap keeps what it holds for that 取組
        self.doubt: Callable[[list[Bar], str], None] = lambda bars, why: None
        self._targets: list[list[Bar]] = []
        self._row = -1
        self._strays: set[int] = set()  # rows with figures that are no bar
        self._grid_right = 0.0
        self._arrow_style = False
        self.trailing = 0.0  # width of a column past the last year (以降, →), 0 when there is none
        self.step = 1  # months per column of the grid (3: quarters), when the grid's lines say so
        self.runs: TextRuns | None = None  # the page's texts as drawn (pdf_text.TextRuns)

    def read(self, months: Months, bands: list[tuple[Box, list[Bar]]], first_year: int) -> None:
        """Add each row's bars, in order, to its list."""
        if not bands:  # a page with no 計画/実績 rows has no bars to read
            return
        n_months = 12 * len(months.lefts)
        timeline_bottom = max(b.bottom for b, _ in bands)
        shapes = self._bar_shapes(months, bands, timeline_bottom)
        self._targets = [bars for _, bars in bands]
        self._grid_right = months.right
        for row in sorted(self._strays):
            message = translate("pdf", "工程表の図形のうち、バーとして読み取れないものがありました")
            self.warn(message)
            self.doubt(self._targets[row], message)
        # arrows that end inside the grid: on this page an arrow is just how a bar is drawn
        self._arrow_style = not self.own and any(
            b.arrow and b.x1 < months.right - months.month_w for found in shapes for b in found
        )
        if not self.own:
            self._label_blocks([b for b, _ in bands], shapes, months)
        for row, ((band, bars), found) in enumerate(zip(bands, shapes, strict=True)):
            self._row = row
            if self.own:
                self._label_bars(band, found)
            for s in found:
                bar = self._bar(s, months, n_months, first_year)
                if bar is not None:
                    bars.append(bar)
            bars.sort(key=Bar.sort_key)

    def _bar_shapes(self, months: Months, bands: list[tuple[Box, list[Bar]]], bottom: float) -> list[list[BarShape]]:
        mw = months.month_w
        per_band: list[list[BarShape]] = [[] for _ in bands]
        triangles: list[tuple[int, Shape]] = []
        tops = [b.top for b, _ in bands]
        heads = _heads(self.page.shapes)
        head_xs = [x for x, _ in heads]
        # fills: a thin rule along one's edge or across it is a border between rows (lanes of filled
        # cells under one 計画), not a bar drawn as a line
        fills = sorted(
            (f.top, f.bottom, f.x0, f.x1) for f in self.page.shapes if f.kind == "rect" and f.filled and f.h >= THIN
        )
        fill_tops = [f[0] for f in fills]
        tallest = max((f[1] - f[0] for f in fills), default=0.0)
        short_headed: set[int] = set()  # lines that end in an arrow head (their length is line and head)
        for s in self.page.shapes:
            if s.kind == "line" and s.stroked and s.h < FLAT and s.w >= LINE_MIN * mw:
                j = bisect_right(tops, s.top) - 1
                y = (s.top + s.bottom) / 2
                if s.width < LINE_BAR_WIDTH and any(
                    bottom + FILL_EDGE >= y and min(x1, s.x1) - max(x0, s.x0) >= 0.5 * s.w
                    for _, bottom, x0, x1 in fills[
                        bisect_left(fill_tops, y - tallest - FILL_EDGE) : bisect_right(fill_tops, y + FILL_EDGE)
                    ]
                ):
                    continue
                k = bisect_right(head_xs, s.x1 - TOUCH)
                headed = any(
                    abs(hx - s.x1) <= TOUCH and abs(hy - y) <= HEAD_ALIGN
                    for hx, hy in heads[k : bisect_right(head_xs, s.x1 + TOUCH)]
                )
                if s.w < BAR_MIN * mw and not headed:
                    continue  # a short stroke; with an arrow head after it, a bar of one month
                if headed:
                    short_headed.add(s.seq)
                line_bar = _line_bar(s, bands[j][0], headed) if j >= 0 else None
                if line_bar is None:
                    continue
                s = line_bar
            if not (s.filled or s.stroked) or s.kind == "line" or s.w < SHAPE_MIN * mw:
                continue
            if not (months.left - 0.5 * mw <= (s.x0 + s.x1) / 2 <= months.right + mw):
                continue
            if s.bottom < tops[0] or s.top > bottom:
                continue
            cy = (s.top + s.bottom) / 2
            i = bisect_right(tops, cy) - 1
            band = bands[max(i, 0)][0]
            band_h = band.bottom - band.top
            if s.filled and s.kind == "rect" and s.h > ROW_TALLER * band_h:
                # a spreadsheet's fill running through several rows: one piece per row it covers
                for j in range(max(0, bisect_right(tops, s.top) - 1), len(bands)):
                    b = bands[j][0]
                    if b.top >= s.bottom:
                        break
                    if (
                        min(b.bottom, s.bottom) - max(b.top, s.top) >= ROW_COVER * (b.bottom - b.top)
                        and s.w >= BAR_MIN * mw
                    ):
                        per_band[j].append(
                            BarShape(
                                s.x0,
                                max(b.top, s.top),
                                s.x1,
                                min(b.bottom, s.bottom),
                                False,
                                s.x1,
                                colour=s.colour,
                                seqs={s.seq},
                            )
                        )
                continue
            if i < 0 or not band.top - EDGE <= cy <= band.bottom + EDGE:
                continue
            if _is_triangle(s) and s.h <= HEAD_MAX * band_h:  # an arrow head, however small beside a tall row
                triangles.append((i, s))
                continue
            if s.h < ROW_MIN_BAR * band_h or s.h > ROW_TALLER * band_h:
                if s.h > ROW_TALLER * band_h:
                    self._stray(i, s)
                continue
            if not s.filled and s.h >= ROW_OUTLINE * band_h:
                continue  # an outline as tall as the row: the row's own border
            if s.w < BAR_MIN * mw and s.seq not in short_headed:
                self._stray(i, s)
                continue
            arrow = s.kind == "curve" and _is_arrow(s)
            body = _body_right(s) if arrow else s.x1
            # a cell's fill joins the next of its colour; a drawn shape (a path with its outline) is a bar
            colour = s.colour if s.kind == "rect" and not arrow else None
            per_band[i].append(BarShape(s.x0, s.top, s.x1, s.bottom, arrow, body, colour=colour, seqs={s.seq}))
        if not self.own:  # a producer that fills each cell apart: one bar per run of one colour
            per_band = [_join_cells(found) for found in per_band]
        edges = self._bar_edges()
        for i, found in enumerate(per_band):
            if edges and found:
                per_band[i] = [piece for b in found for piece in _split(b, edges)]
        if not self.own:
            rules = _thin_rules(self.page.shapes)
            across = _across_rules(self.page.shapes)
            for i, found in enumerate(per_band):
                lanes = [lane for b in found for lane in _split_lanes(b, across)]
                per_band[i] = [piece for b in lanes for piece in _split_at_borders(b, rules, months, self.index)]
        for i, t in triangles:  # an arrow head drawn apart from its bar
            for piece in per_band[i]:
                if abs(t.x0 - piece.x1) <= ABUT and piece.top <= (t.top + t.bottom) / 2 <= piece.bottom:
                    piece.x1, piece.arrow = t.x1, True
                    piece.seqs.add(t.seq)
        return [self._dedupe(found) for found in per_band]

    def _bar_edges(self) -> list[tuple[float, float, float]]:
        """Heavy vertical rules: spreadsheets mark where one bar of filled cells ends and the next begins."""
        edges = []
        for s in self.page.shapes:
            if (s.kind == "line" and s.stroked and s.width >= HEAVY and s.w < FLAT) or (
                s.filled and s.kind == "rect" and HEAVY * HEAVY_FILL <= s.w < THIN and s.h > s.w
            ):
                edges.append(((s.x0 + s.x1) / 2, s.top, s.bottom))
        return sorted(edges)

    def _stray(self, row: int, s: Shape) -> None:
        """A drawn figure in a row that is no bar this reader knows (a ◆ milestone, a shape across two
        rows): named, so that the roadmap keeps that 取組's bars."""
        if self.own or s.kind != "curve" or not s.filled or s.w < STRAY_MIN or s.h < STRAY_MIN:
            return
        if len({(round(x, 1), round(y, 1)) for x, y in s.pts}) >= 3:
            self._strays.add(row)

    @staticmethod
    def _dedupe(found: list[BarShape]) -> list[BarShape]:
        """One bar per drawn box: fill and outline drawn separately, or decorations inside a bar, count once."""
        found.sort(key=lambda s: (s.x1 - s.x0) * (s.bottom - s.top), reverse=True)
        kept: list[BarShape] = []
        for s in found:
            outer = next(
                (
                    k
                    for k in kept
                    if k.x0 - NESTED <= s.x0
                    and s.x1 <= k.x1 + NESTED
                    and k.top - NESTED <= s.top
                    and s.bottom <= k.bottom + NESTED
                ),
                None,
            )
            if outer is not None:
                outer.arrow = outer.arrow or s.arrow
                outer.seqs |= s.seqs
                continue
            kept.append(s)
        return kept

    def _split_by_labels(
        self, bar: BarShape, blocks: list[tuple[float, float, list[Glyph]]], months: Months
    ) -> list[BarShape]:
        """One drawn run holding labels side by side is as many bars (adjacent bars of one fill with no
        border between them): cut where the next label's cell begins (labels set at the left of their
        first cell), else at the month boundary between the labels (named when that is not clear)."""
        if len(blocks) < 2:
            return [bar]
        # blocks that begin past the run's end (a label running on, a ▶ written after it) stay with its last part
        inner = [b for b in blocks if b[0] < bar.x1 - EDGE]
        beyond = [g for b in blocks if b[0] >= bar.x1 - EDGE for g in b[2]]
        clusters: list[list[tuple[float, float, list[Glyph]]]] = []
        for block in sorted(inner, key=lambda b: b[0]):
            if clusters and block[0] < max(b[1] for b in clusters[-1]) - EDGE:
                clusters[-1].append(block)  # the lines of one label
            else:
                clusters.append([block])
        if len(clusters) < 2:
            return [bar]
        mw = months.month_w
        spans = [(min(b[0] for b in c), max(b[1] for b in c), [g for b in c for g in b[2]]) for c in clusters]
        left_set = spans[0][0] - bar.x0 < LEFT_SET_START * mw
        # labels set at the left of their first cell (each starts just past a month boundary, by the cell's
        # padding) are cut there; else where each label stands centred on its part, when that is sure
        at_cells = months.offset(spans[0][0]) - months.offset(bar.x0) <= LEFT_SET_PAD and all(
            (months.offset(a) + 1) % 1 <= LEFT_SET_PAD for a, _, _ in spans[1:]
        )
        centred = None if at_cells else _centred_cuts(bar, [(a + b) / 2 for a, b, _ in spans], months)
        cuts: list[float] = []
        for (_, a1, ga), (b0, _, gb) in pairwise(spans):
            if centred is not None:
                cuts = centred
                break
            size = max(g.size for g in ga + gb)
            cy = (ga[-1].cy + gb[0].cy) / 2
            between = self.index.inside(Box(a1 - HAIR, cy - LINE_BAND * size, b0 + HAIR, cy + LINE_BAND * size))
            if b0 - a1 < RUN_TOUCH * size or any(g.text.isspace() for g in between):
                return [bar]  # glyph against glyph, or a space between: the words of one label
            lo, hi = months.offset(a1 - EDGE), months.offset(b0 + EDGE)
            candidates = list(range(math.ceil(lo), math.floor(hi) + 1))
            before = math.floor(months.offset(b0 + EDGE))  # the boundary just before the next label
            if len(candidates) == 1:
                k = candidates[0]
            elif left_set and months.offset(b0) - before < LEFT_SET_NEAR and before >= lo - 0.5:
                k = before
            else:
                mid = months.offset((a1 + b0) / 2)
                k = round(mid)
                message = translate(
                    "pdf", "ひとつながりのバーに「{a}」と「{b}」が並んでいるため、その間の月で分けました"
                ).format(
                    a="".join(g.text for g in spans[len(cuts)][2]), b="".join(g.text for g in spans[len(cuts) + 1][2])
                )
                self.warn(message)
                if 0 <= self._row < len(self._targets):
                    self.doubt(self._targets[self._row], message)
            cuts.append(months.x(k))
        xs = [bar.x0, *cuts, bar.x1]
        if any(b - a <= CUT_PART * mw for a, b in pairwise(xs)):
            return [bar]  # the cuts make no sense for this run: leave it whole
        parts = [
            BarShape(a, bar.top, b, bar.bottom, False, b, list(g))
            for (a, b), (_, _, g) in zip(pairwise(xs), spans, strict=True)
        ]
        last = parts[-1]
        last.arrow, last.body_x1, last.outside = bar.arrow, bar.body_x1, bar.outside
        last.glyphs += beyond
        return parts

    def _on_a_line_from_the_left(self, g: Glyph, grid_bottom: float, left: float) -> bool:
        """Is *g*, under the last row, on a line that begins left of the grid, in the 取組 column? Such a
        line is a ※ note (the workbook writes its notes right under the timeline, from the 取組 column,
        and a long one runs on under the first months), not a bar's label set on a line below its bar."""
        if g.cy <= grid_bottom:
            return False
        reach = SAME_LINE * max(g.bottom - g.top, MIN_SIZE)
        return any(not o.text.isspace() for o in self.index.inside(Box(-math.inf, g.cy - reach, left, g.cy + reach)))

    def _label_blocks(self, bands: list[Box], shapes: list[list[BarShape]], months: Months) -> None:
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
        area = Box(bands[0].x0, bands[0].top, bands[0].x1 + BESIDE, bands[-1].bottom + BELOW_ROWS)
        tops = [b.top for b in bands]
        owned: dict[int, list[tuple[float, float, list[Glyph]]]] = {}
        # a shape's text may run out left of the grid (a short bar's centred label in the first months)
        # or above the first row (a text box over the first row's line)
        wide = Box(area.x0 - LEFT_OF_GRID, area.top - (bands[0].bottom - bands[0].top), area.x1, area.bottom)
        drawn_in, rest = self._drawn_in([g for g in self.index.inside(wide) if not g.text.isspace()], bars, bands)
        rest = [g for g in rest if not self._on_a_line_from_the_left(g, bands[-1].bottom, wide.x0)]
        inner = [g for g in rest if g.cx >= area.x0 and g.cy >= area.top]
        if self.runs is not None:  # a label's lines that run out above the first row (taller than the row)
            seqs = {g.seq for g in inner}
            more = {g.seq for g in self.runs.own(inner) if g.seq not in seqs}
            inner += [g for g in rest if g.seq in more]
        rest = inner
        for owner, line_glyphs in drawn_in:  # the text of a drawn shape: its label, however it overflows
            owner.glyphs += line_glyphs
            owned.setdefault(id(owner), []).append((line_glyphs[0].x0, line_glyphs[-1].x1, line_glyphs))
        pieces: list[list[Glyph]] = []
        tangled: set[int] = set()  # texts that were printed over one another: set at their bar's start
        overprinted: dict[int, list[str]] = {}  # rows where they were, with the texts
        for line in group_lines(rest):
            i = max(0, bisect_right(tops, line.glyphs[0].cy) - 1)
            # where one bar ends and the next begins: a label does not run on across there (a label that
            # overflows a short bar into empty room, centred or running on, stays whole)
            cy = line.glyphs[0].cy
            lane_bars = [b for b in shapes[i] if b.top - EDGE <= cy <= b.bottom + EDGE] or shapes[i]  # the line's lane
            edges = sorted(
                {b.x0 for b in lane_bars if any(o is not b and abs(o.x1 - b.x0) <= TOUCH for o in lane_bars)}
            )
            parts = _untangle(line.glyphs)
            for part in parts:
                piece: list[Glyph] = []
                for g in part:
                    if piece:
                        prev = piece[-1]
                        gap = g.x0 - prev.x1 > WORD_GAP * max(g.size, prev.size)
                        # a text printed over the next one is whole however far it runs on (clipped there)
                        parted = len(parts) == 1 and any(prev.cx < x < g.cx for x in edges)
                        if gap or parted or self._next_cell(piece[0], prev, g, months):
                            pieces.append(piece)
                            piece = []
                    piece.append(g)
                pieces.append(piece)
                if len(parts) > 1:
                    tangled.add(id(piece[0]))
                    overprinted.setdefault(i, []).append("".join(g.text for g in part))
        blocks: list[list[list[Glyph]]] = []
        for piece in sorted(pieces, key=lambda p: p[0].cy):
            cx, cy, size = (piece[0].x0 + piece[-1].x1) / 2, piece[0].cy, piece[0].size
            for block in reversed(blocks):
                last = block[-1]
                if (
                    abs((last[0].x0 + last[-1].x1) / 2 - cx) <= BLOCK_CENTRE * size
                    and 0 < cy - last[0].cy <= BLOCK_LINE_STEP * size
                ):
                    if not _one_text(last, piece, tops):
                        continue
                    block.append(piece)
                    break
            else:
                blocks.append([piece])
        blocks = [part for block in blocks for part in _centred_on_a_row(block, bands)]
        for block in blocks:
            glyphs = [g for piece in block for g in piece]
            x0, x1 = min(g.x0 for g in glyphs), max(g.x1 for g in glyphs)
            cx, cy = (x0 + x1) / 2, (min(g.top for g in glyphs) + max(g.bottom for g in glyphs)) / 2
            inside = [b for b in bars if b.x0 - EDGE <= cx <= b.x1 + EDGE and b.top - EDGE <= cy <= b.bottom + EDGE]
            # a label running on past its bar (its first glyph may start just short of the end)
            lane = [b for b in bars if b.top - EDGE <= cy <= b.bottom + EDGE and b.x0 < x0 and b.x1 <= cx + EDGE]
            under = [b for b in bars if b.x0 - EDGE <= cx <= b.x1 + EDGE]
            starts = [
                b
                for b in bars
                if id(glyphs[0]) in tangled and b.x0 - EDGE <= x0 < b.x1 and b.top - EDGE <= cy <= b.bottom + EDGE
            ]
            if starts:  # a label set at its bar's start, run on over the next bar's label (clipped there)
                owner = max(starts, key=lambda b: b.x0)
                owner.outside = x1 > owner.x1 + EDGE
            elif inside:  # centred on its bar (however far it runs out above and below)
                owner = min(inside, key=lambda b: b.x1 - b.x0)
            elif lane:  # set beside its bar, or running on after it: the nearest bar on its left in its lane
                owner = max(lane, key=lambda b: b.x1)
                owner.outside = True
            elif under:
                owner = min(under, key=lambda b: abs((b.top + b.bottom) / 2 - cy))
            else:
                message = translate("pdf", "バーのない行の文字「{text}」を読み飛ばしました").format(
                    text=_block_text(block)
                )
                self.warn(message)
                row = bisect_right(tops, cy) - 1
                if 0 <= row < len(self._targets) and bands[row].top <= cy <= bands[row].bottom:
                    self.doubt(self._targets[row], message)
                continue
            owner.glyphs += glyphs
            owned.setdefault(id(owner), []).append((x0, x1, glyphs))
        for i, texts in overprinted.items():
            # a label run on over the next one was clipped by it: what is hidden cannot be read
            message = translate(
                "pdf", "バーの文字「{texts}」が重なって印刷されているため、隠れた部分を読み取れません"
            ).format(texts="」「".join(texts))
            self.warn(message)
            if i < len(self._targets):
                self.doubt(self._targets[i], message)
        for i, found in enumerate(shapes):
            self._row = i  # the row a doubt about a cut is about
            found[:] = [part for b in found for part in self._split_by_labels(b, owned.get(id(b), []), months)]
        self._row = -1
        left_set = self._left_set(shapes)
        sizes = Counter(round(g.size, 2) for found in shapes for b in found for g in b.glyphs)
        usual = sizes.most_common(1)[0][0] if sizes else 0.0  # the size of the page's bar labels
        for i, found in enumerate(shapes):
            for b in found:
                later = [
                    t.x0 for t in found if t is not b and t.x0 >= b.x1 - EDGE and t.top < b.bottom and b.top < t.bottom
                ]
                b.room_right = min(later, default=bands[i].x1)
            self._clipped(i, found, left_set, usual)

    def _next_cell(self, first: Glyph, prev: Glyph, g: Glyph, months: Months) -> bool:
        """Whether *g* begins the next cell's text, though no wider gap than a word's parts it from the
        text before (two cells' labels in one continuous fill, run together by a wide font): its size
        differs (a cell shrinks its whole text to fit, so one text has one size), or, for texts set at
        the left of their cells, it starts a cell's padding past a month boundary, as the text before
        did (*first*), and the text before ends short of that boundary. Glyph against glyph, or a space
        between, is one text."""
        small = min(g.size, prev.size)
        if g.x0 - prev.x1 <= RUN_TOUCH * small:
            return False
        if abs(g.size - prev.size) > SIZE_STEP * small:
            between = self.index.inside(
                Box(prev.x1 - HAIR, prev.cy - LINE_BAND * small, g.x0 + HAIR, prev.cy + LINE_BAND * small)
            )
            return not any(c.text.isspace() for c in between)
        k = math.floor(months.offset(g.x0))
        pad, first_pad = months.offset(g.x0) - k, months.offset(first.x0) % 1
        if not (0 < pad <= LEFT_SET_PAD and abs(pad - first_pad) <= SAME_PAD and prev.x1 <= months.x(k)):
            return False
        between = self.index.inside(
            Box(prev.x1 - HAIR, prev.cy - LINE_BAND * small, g.x0 + HAIR, prev.cy + LINE_BAND * small)
        )
        return not any(c.text.isspace() for c in between)

    def _drawn_in(
        self, glyphs: list[Glyph], bars: list[BarShape], bands: list[Box]
    ) -> tuple[list[tuple[BarShape, list[Glyph]]], list[Glyph]]:
        """The text a program drew right after a bar's shape, as the shape's own text (LibreOffice prints
        a drawn shape's text so): each such text's lines with their bar, and the characters left over.
        Only where every line of that text is centred across the bar and lies in or beside its row."""
        # (a text box drawn as a path with neither fill nor outline is no shape the text follows)
        shape_seqs = sorted(s.seq for s in self.page.shapes if s.seq >= 0 and (s.filled or s.stroked or s.white))
        if not shape_seqs or not bars:
            return [], glyphs
        bar_of = {q: b for b in bars for q in b.seqs}
        after: dict[int, list[Glyph]] = {}
        rest: list[Glyph] = []
        for g in glyphs:
            k = bisect_right(shape_seqs, g.seq) - 1
            if g.seq >= 0 and k >= 0 and shape_seqs[k] in bar_of:
                after.setdefault(shape_seqs[k], []).append(g)
            else:
                rest.append(g)
        out: list[tuple[BarShape, list[Glyph]]] = []
        for q, text in after.items():
            bar = bar_of[q]
            row_h = max(
                (b.bottom - b.top for b in bands if b.top - EDGE <= (bar.top + bar.bottom) / 2 <= b.bottom + EDGE),
                default=bar.bottom - bar.top,
            )
            lines = group_lines(text)
            if all(
                bar.x0 - EDGE <= (line.x0 + line.x1) / 2 <= bar.x1 + EDGE
                and bar.top - row_h <= line.glyphs[0].cy <= bar.bottom + row_h
                for line in lines
            ):
                out.extend((bar, line.glyphs) for line in lines)
            else:
                rest += text
        return out, rest

    @staticmethod
    def _left_set(shapes: list[list[BarShape]]) -> bool:
        """Are the page's bar labels set at the left of their cells (a spreadsheet's default), not centred:
        more labels keep far more room on their right than on their left than keep about as much?"""
        left = centred = 0
        for b in (b for found in shapes for b in found if not b.arrow):
            inner = [g for g in b.glyphs if g.x0 < b.x1]
            if inner:
                pad, room = min(g.x0 for g in inner) - b.x0, b.x1 - max(g.x1 for g in inner)
                size = inner[0].size
                left += room - pad > size
                centred += abs(room - pad) <= RUN_TOUCH * size
        return left > centred

    def _clipped(self, row: int, found: list[BarShape], left_set: bool, usual: float) -> None:
        """A label that runs into its cell's right margin or past its bar's end, where the next bar begins
        with a label of its own: a spreadsheet cuts a text there, dropping what does not fit, so the
        rest of it is hidden (named, the roadmap keeps it)."""
        # labels set at the left of their cells keep the cell's padding on the right when they fit; a centred
        # label as much room on the right as on the left, give or take (a shrunk label's rounding)
        margin = LEFT_SET_CLIP if left_set else CLIP_MARGIN
        for b in found:
            inner = [g for g in b.glyphs if g.x0 < b.x1]
            if not inner or b.arrow:
                continue
            last, first = max(inner, key=lambda g: g.x1), min(inner, key=lambda g: g.x0)
            if b.x1 - last.x1 >= margin * (first.x0 - b.x0):
                continue  # it keeps the cell's inner margin on the right as on the left: it fits
            if usual and last.size < (1 - SHRUNK) * usual:
                continue  # shrunk to fit its cell: whole
            after = [
                t
                for t in found
                if t is not b and abs(t.x0 - b.x1) <= TOUCH and t.top < b.bottom and b.top < t.bottom and t.glyphs
            ]
            if any(min(g.x0 for g in t.glyphs) <= t.x0 + last.size for t in after):  # the next label at its start
                message = translate(
                    "pdf", "バーの文字「{text}」が次のバーの始まりで切れているため、続きを読み取れません"
                ).format(text="".join(line.text for line in group_lines(inner)))
                self.warn(message)
                if row < len(self._targets):
                    self.doubt(self._targets[row], message)

    def _label_bars(self, band: Box, found: list[BarShape]) -> None:
        """Give each character of the row to its bar: the bar it lies in, else the bar just left of it in
        the same lane (a label set beside a short bar, or running on past its end)."""
        glyphs = self.index.inside(Box(band.x0, band.top, band.x1 + BESIDE, band.bottom))
        orphans: list[Glyph] = []
        for g in glyphs:
            inside = [
                s for s in found if s.x0 - EDGE <= g.cx <= s.x1 + EDGE and s.top - EDGE <= g.cy <= s.bottom + EDGE
            ]
            if inside:
                min(inside, key=lambda s: s.x1 - s.x0).glyphs.append(g)
                continue
            if g.text.isspace():
                continue
            lane = [s for s in found if s.top - EDGE <= g.cy <= s.bottom + EDGE and s.x1 <= g.cx + EDGE]
            bar: BarShape | None
            if lane:
                bar = max(lane, key=lambda s: s.x1)
            else:
                bar = min(
                    found,
                    key=lambda s: max(s.x0 - g.cx, g.cx - s.x1, 0) + abs((s.top + s.bottom) / 2 - g.cy),
                    default=None,
                )
            if bar is None:
                orphans.append(g)
            else:
                bar.glyphs.append(g)
                bar.outside = True
        if orphans:
            text = "".join(line.text for line in group_lines(orphans))
            message = translate("pdf", "バーのない行の文字「{text}」を読み飛ばしました").format(text=text)
            self.warn(message)
            if 0 <= self._row < len(self._targets):
                self.doubt(self._targets[self._row], message)
        for s in found:  # where a label set beside its bar had to stop: the next bar of its lane
            later = [
                t.x0 for t in found if t is not s and t.x0 >= s.x1 - EDGE and t.top < s.bottom and s.top < t.bottom
            ]
            s.room_right = min(later, default=band.x1)

    def _bar(self, s: BarShape, months: Months, n_months: int, first_year: int) -> Bar | None:
        lines = group_lines(s.glyphs)
        if s.outside:  # set left-aligned beside the bar, up to the next bar of its lane
            left = min(g.x0 for g in s.glyphs)
            label = join_lines(lines, left, s.room_right - 2 * BAR_INSET, pad=0.0, slack=self.slack)
        else:  # centred inside the bar's body
            # our sheet's label rule, set again, tells a wrap from a typed break (also in our PDF saved
            # again by another program, which no longer says it is ours); else the usual reading
            refit = _refit(lines, s, self.own)
            label = refit or join_lines(lines, s.x0, s.body_x1, pad=BAR_PAD, slack=self.slack, phrases=self.own)
        label = label.strip()
        marked = label.endswith(ARROW_MARKS)
        if marked:  # a spreadsheet's way to draw an arrow: a mark after the label (not part of it)
            label = label[:-1].rstrip()
            s.arrow = True
        start_f, end_f = months.offset(s.x0), months.offset(s.x1)
        if start_f < 0:  # drawn out over the column before the grid: it begins with the first month shown
            start_f = 0.0
        start, end = round(start_f), round(end_f) - 1
        # an arrow to the grid's end continues, as do a tip run out past the grid (into a trailing column:
        # well into it, not a shape that only overshoots the grid's end as drawings printed off their
        # anchors do) and a mark after the label; where arrows are simply how bars are drawn, only the
        # latter two
        past = s.x1 > self._grid_right + PAST_GRID * max(months.month_w, self.trailing)
        continues = ((s.arrow and not self._arrow_style) or marked or past) and end_f >= n_months - OFF_MONTH
        if continues:
            end = n_months - 1
        where = None
        if abs(start_f - round(start_f)) > OFF_MONTH or (
            not (s.arrow or past) and abs(end_f - round(end_f)) > OFF_MONTH
        ):
            where = translate("pdf", "月の区切りからずれています")
        elif self.step > 1 and any(
            abs(f - self.step * round(f / self.step)) > OFF_MONTH
            for f in ((start_f,) if continues else (start_f, end_f))
        ):
            # a grid of quarters (or half-years): an edge inside a column is a month no one can read surely
            where = translate("pdf", "{n}か月ごとの列の途中にあります").format(n=self.step)
        if where is not None:
            # the roadmap keeps its bars for that 取組 (the preview says why); a new project takes the nearest months
            doubt = translate("pdf", "バー「{label}」の端が{where}").format(label=label, where=where)
            if 0 <= self._row < len(self._targets):
                self.doubt(self._targets[self._row], doubt)
            else:
                self.warn(doubt + translate("pdf", "。近い月に合わせました"))
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
            self.warn(
                translate("pdf", "バー「{label}」（{period}）は表示期間の外にあるため読み飛ばしました").format(
                    label=label, period=bar.period_text()
                )
            )
            return None
        return bar
