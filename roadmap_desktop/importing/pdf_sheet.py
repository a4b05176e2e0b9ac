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
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ..core.errors import RoadmapError
from ..core.fields import BY_ATTR, FIELDS, TEXT_COLUMNS, FieldKind
from ..core.fiscal import format_fiscal_year
from ..core.i18n import translate
from ..core.labels import ACTUAL_LABEL, TIMELINE_ROW_HEADER
from ..core.model import PLAN_LABELS, Bar, Edition, Initiative
from .grid_reading import is_trailing_header
from .merge import TIMELINE, initiative_key
from .pdf_bars import BarReader
from .pdf_blocks import split_page
from .pdf_book_pages import book_page_title, skip_message
from .pdf_cells import Borders, Box, Cell, GlyphIndex, classify, find_cells, gap_cells
from .pdf_fills import Months
from .pdf_label_notes import apply_label_notes
from .pdf_page import Glyph, PageData
from .pdf_text import Line, TextRuns, group_lines, join_lines
from .pdf_thresholds import (
    BELOW_LABEL,
    COLUMN_CENTRED,
    COLUMN_EVEN,
    DEFAULT_PITCH,
    EDGE,
    FIRST_ROW_TOP,
    FOREIGN_SLACK,
    HAIR,
    HEADER_PAD,
    INK_PAD,
    KIND_PAD,
    LABEL_ROW,
    OWN_SLACK,
    PAST_LABEL,
    RULE_EVEN,
    RULE_MERGE,
    RULE_SHARE,
    RULE_SPAN,
    RUN_ON_GAP,
    SPILL_LINE,
    SPILL_NEAR,
    SUB_HEADER,
    TABLE_EDGE,
    TABLE_PAST,
    TABLE_RULE,
    TRAILING_MONTHS,
)

INF = math.inf
TEXT_FIELDS = tuple(f.attr for f in FIELDS if f.kind is FieldKind.PARAGRAPH)  # 概要 and the three columns
COLUMN_FIELDS = TEXT_COLUMNS  # labels above their value, not beside it
SHEET_NO_RE = re.compile(r"No\.?\s*(\d+)", re.IGNORECASE)


class NotASheet(RoadmapError):
    """This page is not a sheet of the roadmap (message says why)."""


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
    # further sheets on the same page (a worksheet that stacks projects), in order, and the parts of
    # the page that are no sheet (why, in words)
    more: list[PageRead] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    block: int = 0  # 0: the page's first sheet; 1, 2 …: the sheets below it
    headless: bool = False  # a timeline without the sheet's title and header rows: the sheet before goes on
    # parts the page shows but that could not be read surely (see IncomingSheet.unread): kept from the roadmap
    unread: dict[str, str] = field(default_factory=dict)
    data: PageData | None = None  # the page itself, while it may be the left half of a sheet (pdf_strips)


@dataclass(frozen=True)
class Timeline:
    """Where a page's timeline columns are: each year's left edge and width, the first year, the name column."""

    lefts: list[float]
    widths: list[float]
    first_year: int
    name_left: float
    trailing: float = 0.0  # width of a column past the last year (以降, →, ⇒), 0 when there is none


_CONTINUED_NAME = re.compile(r"\s*[（(［\[【]\s*続き\s*[）)］\]】]\s*$")


class SheetReader:
    """Reads one page; :meth:`read` returns a :class:`PageRead` or raises :class:`NotASheet`."""

    def __init__(self, page: PageData, edition: Edition, own: bool = False) -> None:
        self.page = page
        self.edition = edition
        # our own PDF export breaks lines by known rules; other programs' breaks are judged more loosely
        self.own = own
        self.slack = OWN_SLACK if own else FOREIGN_SLACK
        self.warnings: list[str] = []
        self.unread: dict[str, str] = {}
        self.borders = Borders(page.shapes, page.width, page.height)
        self.index = GlyphIndex(page.glyphs)
        # a cell's text that overflows its box is still its own; our own export fits every text in its box
        # (layout/text.py), so its pages skip the work
        self.runs = TextRuns([] if own else page.glyphs, self.borders)
        self.leading: Initiative | None = None  # a page of rows only: 実績 rows before its first 計画 row
        self._leading_cells: list[Cell] = []

    def _own_text(self, glyphs: list[Glyph]) -> list[Glyph]:
        return self.runs.own(glyphs, whole=False)

    def warn(self, text: str) -> None:
        self.warnings.append(text)

    # --- the page as a whole -------------------------------------------------------------------

    def read(self) -> PageRead:
        page = self.page
        if (book_title := book_page_title(page)) is not None:  # the book's 目次, 一覧, 全体工程表
            raise NotASheet(skip_message(book_title))
        if not any(not g.text.isspace() for g in page.glyphs):
            if page.turned:
                raise NotASheet(
                    translate("pdf", "文字が横倒しになっているため読み取れません（ページを回転させた PDF です）")
                )
            if page.images:
                raise NotASheet(translate("pdf", "文字情報がありません（スキャン画像のページです）"))
            raise NotASheet(translate("pdf", "空白のページです"))
        found = classify(find_cells(page.glyphs, self.borders), self._own_text)
        gridless = False
        if "name" not in found.labels and not found.years:
            alt = classify(gap_cells(page.glyphs))
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
        if "name" not in labels and header is not None and not labels:
            # the timeline of a sheet whose header rows ended the page before: it continues that sheet
            columns = self._timeline_columns(header, name_header)
            rows = self._timeline(columns, header[1][1], kinds)
            return PageRead(
                page.number, None, True, "", {}, rows, self.warnings, columns, headless=True, unread=self.unread
            )
        if "name" not in labels or (header is None and len(labels) < 5):
            # a list of projects also has 事業名 and 担当部局 columns: a sheet has more, or a timeline
            if header is not None or len(labels) >= 5:
                raise NotASheet(translate("pdf", "事業名の欄が見つかりません"))
            raise NotASheet(translate("pdf", "ロードマップのシートではありません"))
        table_top = min(c.box.top for c in labels.values())
        title_lines = group_lines(self.index.inside(Box(0, 0, page.width, table_top)))
        title = "".join(line.text for line in title_lines).strip()
        folded = unicodedata.normalize("NFKC", title)
        m = SHEET_NO_RE.search(folded)
        sheet_no = int(m.group(1)) if m else None
        continuation = "続き" in folded
        title = re.sub(r"\s*(?:[（(]続き[）)])?\s*(?:No|Ｎｏ)[.．]?\s*\S*$", "", title, flags=re.IGNORECASE).strip()
        timeline_top = page.height if header is None else min(header[1][0], name_header.box.top if name_header else INF)
        fields = self._fields(labels, timeline_top, budget_inline)
        marked = _CONTINUED_NAME.search(str(fields.get("name", "")))
        if marked:  # 「事業名（続き）」: the sheet before goes on (its No. or its name, checked when joined)
            fields["name"], continuation = str(fields["name"])[: marked.start()].rstrip(), True
        initiatives: list[Initiative] = []
        timeline: Timeline | None = None
        if header is None:
            if not (continuation and any(k in TEXT_FIELDS for k in labels)):  # a page of text that did not fit
                why = translate(
                    "pdf", "年度の見出し（R6〜R10 など）が見つからないため、取組とバーを読み取れませんでした"
                )
                self.warn(why)
                self.unread[TIMELINE] = why
        else:
            timeline = self._timeline_columns(header, name_header)
            initiatives = self._timeline(timeline, header[1][1], kinds)
        return PageRead(
            page.number, sheet_no, continuation, title, fields, initiatives, self.warnings, timeline, unread=self.unread
        )

    def orphan_rows(self, timeline: Timeline) -> tuple[Initiative | None, list[Initiative]]:
        """The initiatives of a page of timeline rows only, read with the columns of the page before;
        first the rest of the previous page's last 取組 (its 実績 rows, when the page break fell between
        its rows), or None."""
        self.leading = Initiative()
        rows = self._timeline(timeline, 0.0, classify(find_cells(self.page.glyphs, self.borders), self._own_text).kinds)
        leading = self.leading if self.leading.actual or self.leading.name else None
        return leading, rows

    def _grid_from_labels(
        self,
        labels: dict[str, Cell],
        name_header: Cell | None,
        kinds: list[Cell],
        header_band: tuple[float, float] | None,
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
            pitch = (cys[i + 1] - cys[i]) if i + 1 < len(cys) else (cys[i] - cys[i - 1]) if i else DEFAULT_PITCH
            top = (cys[i - 1] + cys[i]) / 2 if i else cys[i] - pitch / 2
            bottom = (cys[i] + cys[i + 1]) / 2 if i + 1 < len(cys) else cys[i] + pitch / 2
            for c in row:
                c.box = Box(c.ink.x0, top, c.ink.x1, bottom)
        # the text columns share the width equally, their labels centred: the centres' pitch is their width
        col_pitch = (columns[-1].ink.cx - columns[0].ink.cx) / (len(columns) - 1) if len(columns) > 1 else None
        for c in columns:
            if col_pitch is not None:
                left, right = c.ink.cx - col_pitch / 2, c.ink.cx + col_pitch / 2
            else:
                left, right = table_left, table_right
            c.box = Box(left, c.ink.top - INK_PAD, right, c.ink.bottom + INK_PAD)
        if name_header is not None:
            name_header.box = Box(
                table_left, name_header.ink.top - INK_PAD, name_header.ink.x1, name_header.ink.bottom + INK_PAD
            )
        body = sorted((k for k in kinds if k.word != TIMELINE_ROW_HEADER), key=lambda k: k.ink.cy)
        if header_band is not None:
            body = [k for k in body if k.ink.cy > header_band[1]]
        for i, k in enumerate(body):
            cy = k.ink.cy
            top = (body[i - 1].ink.cy + cy) / 2 if i else (header_band[1] if header_band else cy - FIRST_ROW_TOP)
            bottom = (cy + body[i + 1].ink.cy) / 2 if i + 1 < len(body) else cy + (cy - top)
            k.box = Box(k.ink.x0 - INK_PAD, top, k.ink.x1 + INK_PAD, bottom)

    def _year_header(
        self, years: list[tuple[int, Cell]], companions: list[Cell]
    ) -> tuple[Months, tuple[float, float], int] | None:
        """The row of consecutive fiscal-year headers that shares its line with 取組 or 区分."""
        best: tuple[int, list[tuple[int, Cell]]] | None = None
        for _, c in years:
            row = sorted(
                (y for y in years if abs(y[1].ink.cy - c.ink.cy) <= 0.5 * (c.ink.bottom - c.ink.top)),
                key=lambda y: y[1].ink.cx,
            )
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
        bordered = all(abs(w - pitch) <= COLUMN_EVEN * pitch for w in widths) and all(
            abs((b.x0 + b.x1) / 2 - c) <= COLUMN_CENTRED * pitch for b, c in zip(boxes, centres, strict=True)
        )
        if not bordered:  # no borders between the years: centred headers give the columns
            lefts = [c - pitch / 2 for c in centres]
            widths = [pitch] * len(centres)
        band = (min(b.top for b in boxes), max(b.bottom for b in boxes))
        if not bordered:
            band = (min(c.ink.top for _, c in row) - HEADER_PAD, max(c.ink.bottom for _, c in row) + HEADER_PAD)
        return Months(lefts, widths), band, row[0][0]

    def _timeline_columns(self, header: tuple[Months, tuple[float, float], int], name_header: Cell | None) -> Timeline:
        """The timeline's month columns under its year header (and the 取組 column's left edge)."""
        months, band, first_year = header
        left = name_header.box.x0 if name_header else 0.0
        return Timeline(months.lefts, months.widths, first_year, left, self._trailing_width(months, band))

    def _trailing_width(self, months: Months, band: tuple[float, float]) -> float:
        """The width of a column past the last year headed 以降, →, ⇒ … (0 when there is none)."""
        top, bottom = band
        # its header may span the sub-header row too
        region = Box(months.right + EDGE, top, months.right + TRAILING_MONTHS * months.month_w, bottom + (bottom - top))
        glyphs = [g for g in self.index.inside(region) if not g.text.isspace()]
        if not glyphs or not is_trailing_header("".join(line.text for line in group_lines(glyphs))):
            return 0.0
        x1 = max(g.x1 for g in glyphs)
        right = self.borders.right_of(x1 + HAIR, glyphs[0].cy)
        return (right if right < self.page.width else x1) - months.right

    def _months_per_column(self, months: Months, rows: list[Box], header_bottom: float) -> int:
        """3 on a grid of quarter columns (2: half-years, 6: two-month columns), from the rules that run
        down the rows inside the first year and a sub-header naming each column (4～6月, 上期); 1 on a
        grid of months or finer."""
        if len(rows) < 2 or rows[0].top - header_bottom < SUB_HEADER:
            return 1
        x0, x1 = months.lefts[0], months.lefts[0] + months.widths[0]
        v, vx = self.borders.v, self.borders.vx
        crossed: dict[int, int] = {}
        for x, top, bottom in v[bisect_right(vx, x0 + EDGE) : bisect_left(vx, x1 - EDGE)]:
            # a rule, not a bar's edge
            n = sum(1 for r in rows if top - RULE_SPAN <= r.top and r.bottom <= bottom + RULE_SPAN)
            crossed[round(2 * x)] = crossed.get(round(2 * x), 0) + n
        lines: list[float] = []
        for key in sorted(k for k, n in crossed.items() if n >= RULE_SHARE * len(rows)):
            if not lines or key / 2 - lines[-1] > RULE_MERGE:
                lines.append(key / 2)
        columns = len(lines) + 1
        if columns not in (2, 3, 4, 6):
            return 1
        width = (x1 - x0) / columns
        if any(abs(x - (x0 + (k + 1) * width)) > RULE_EVEN * width for k, x in enumerate(lines)):
            return 1
        sub = [g for g in self.index.inside(Box(x0, header_bottom, x1, rows[0].top)) if not g.text.isspace()]
        for a, b in pairwise([x0, *lines, x1]):
            # one word under each column (4～6月, 上期), not month numbers under a grid's heavier rules
            words = sorted((g for g in sub if a < g.cx < b), key=lambda g: g.x0)
            if not words or any(h.x0 - g.x1 > g.size for g, h in pairwise(words)):
                return 1
        return 12 // columns

    # --- the header block ----------------------------------------------------------------------

    def _fields(self, labels: dict[str, Cell], timeline_top: float, budget_inline: str) -> dict[str, Any]:
        page = self.page
        header_labels = {k: c for k, c in labels.items() if k not in COLUMN_FIELDS}
        table_right = self._table_right(labels)
        values: dict[str, Any] = {}
        for attr, cell in labels.items():
            b = cell.box
            if attr in COLUMN_FIELDS or (attr in TEXT_FIELDS and b.x1 >= table_right - TABLE_EDGE):
                # the value lies below its label (a （続き） page sets 概要 this way too), down to the next rule
                bottom = min(timeline_top, self.borders.below(b.cx, b.bottom + BELOW_LABEL))
                region = Box(b.x0, b.bottom, b.x1, bottom)
            else:
                nexts = [
                    c.box.x0
                    for c in header_labels.values()
                    if c is not cell
                    and b.top - LABEL_ROW <= c.ink.cy <= b.bottom + LABEL_ROW
                    and c.box.x0 >= b.x1 - LABEL_ROW
                ]
                # up to the next label, or the border that closes the value's cell (a label cell left
                # blank) unless the value's text runs on across it (a cell's text overflowing empty cells)
                right = min(nexts, default=table_right)
                border = self.borders.right_of(b.x1 + PAST_LABEL, b.cy) if b.x1 + PAST_LABEL < right else right
                if border < right and not self._runs_across(Box(b.x1, b.top, right, b.bottom), border):
                    right = border
                region = Box(b.x1, b.top, right, b.bottom)
            region = Box(
                max(region.x0, 0), max(region.top, 0), min(region.x1, page.width), min(region.bottom, page.height)
            )
            own = self.runs.own(self.index.inside(region))
            lines = [line for line in group_lines(own) if not self._spilled(line, region)]
            if attr in TEXT_FIELDS:
                text = join_lines(
                    lines,
                    region.x0,
                    region.x1,
                    indent_is_space=True,
                    slack=self.slack,
                    strict_marks=self.own,
                    set_again=self._cell_rules(lines),
                )
            else:
                text = join_lines(lines, region.x0, region.x1, slack=self.slack).replace("\n", "").strip()
            if attr == "budget" and not text and budget_inline:
                text = budget_inline
            values[attr] = self._value(attr, text)
        return values

    def _cell_rules(self, lines: list[Line]) -> tuple[float, float] | None:
        """The rules either side of a cell's text: the cell's exact edges, where a layout measured the width
        its lines were broken to (a label's box read from its fill and ink is a little off)."""
        if not lines:
            return None
        first = lines[0].glyphs[0]
        right = max(line.x1 for line in lines)
        return self.borders.left_of(first.x0, first.cy), self.borders.right_of(right, first.cy)

    def _runs_across(self, region: Box, x: float) -> bool:
        """Does a line of text in *region* run on across *x* (glyph after glyph, no gap at x)?"""
        for line in group_lines(self.index.inside(region)):
            before = [g for g in line.glyphs if g.cx < x]
            after = [g for g in line.glyphs if g.cx >= x]
            if before and after and after[0].x0 - before[-1].x1 <= RUN_ON_GAP * line.size:
                return True
        return False

    def _spilled(self, line: Line, region: Box) -> bool:
        """Is *line* part of a longer line running through *region* (text that overflows its own cell,
        as LibreOffice prints a cell whose text is taller than its row)? A cell's own text never
        touches the text beyond its borders; text running on does, glyph against glyph."""
        size = line.size
        first, last = line.glyphs[0], line.glyphs[-1]
        near = SPILL_NEAR * size
        before = self.index.inside(
            Box(first.x0 - size, first.cy - SPILL_LINE * size, region.x0, first.cy + SPILL_LINE * size)
        )
        after = self.index.inside(
            Box(region.x1, last.cy - SPILL_LINE * size, last.x1 + size, last.cy + SPILL_LINE * size)
        )
        runs = self.runs
        return any(first.x0 - near <= g.x1 <= first.x0 + near and runs.same(g, first) for g in before) or any(
            last.x1 - near <= g.x0 <= last.x1 + near and runs.same(g, last) for g in after
        )

    def _table_right(self, labels: dict[str, Cell]) -> float:
        top = min(c.box.top for c in labels.values())
        bottom = max(c.box.bottom for c in labels.values())
        rights = [x1 for y, _, x1 in self.borders.h if top - TABLE_RULE <= y <= bottom + TABLE_RULE]
        if rights:
            return max(rights)
        return max((g.x1 for g in self.page.glyphs), default=self.page.width) + TABLE_PAST

    def _value(self, attr: str, text: str) -> Any:
        """The field's text as its value, parsed as the field table says (core/fields.py); the sheet's
        text stays exactly as printed for text fields."""
        f = BY_ATTR[attr]
        if f.kind in (FieldKind.LINE, FieldKind.PARAGRAPH):
            return text
        try:
            return f.parse(text)
        except RoadmapError:
            why = translate("pdf", "{label}「{text}」を読み取れないため空欄にしました").format(
                label=f.label_for(self.edition), text=text
            )
            self.warn(why)
            self.unread[attr] = why
            return None

    # --- the timeline --------------------------------------------------------------------------

    def _check_all_rows_read(self, kind_column: Box, read: int) -> None:
        """A page that shows more 計画 rows than were read: the 取組 of the rest are not gone, they were
        not read. The roadmap keeps its timeline for this sheet, and the preview says why (never a deletion)."""
        shown = _plan_words(group_lines(self.index.inside(kind_column)))
        if shown > read:
            self.unread[TIMELINE] = translate(
                "pdf", "工程表に「計画」の行が{shown}行ありますが、読み取れたのは{read}行です"
            ).format(shown=shown, read=read)

    def _no_own_name(self, above: list[Cell], row: Cell, name_left: float, kind_left: float) -> bool:
        """Is the name cell of *row* empty, or does it only hold the name of the rows *above* running on
        (drawn as one text with it)?"""
        here = [g for g in self.index.inside(Box(name_left, row.box.top + EDGE, kind_left, row.box.bottom - EDGE))]
        here = [g for g in here if not g.text.isspace()]
        if not here:
            return True
        before = self.index.inside(Box(name_left, above[0].box.top, kind_left, row.box.top + EDGE))
        last = max((g.seq for g in before if g.seq >= 0), default=None)
        first = min(g.seq for g in here)
        return last is not None and first >= 0 and 0 < first - last <= 3

    def _timeline(self, timeline: Timeline, band_bottom: float, kinds: list[Cell]) -> list[Initiative]:
        months = Months(timeline.lefts, timeline.widths)
        first_year = timeline.first_year
        edition = self.edition
        if first_year != edition.fiscal_year:
            self.warn(
                translate(
                    "pdf", "年度の見出しが {first} から始まっています（このロードマップは {edition} から）"
                ).format(first=format_fiscal_year(first_year), edition=format_fiscal_year(edition.fiscal_year))
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
                # the 取組 written in its first row only (its name cell not merged over the 実績 row, the
                # name perhaps running on into it): the 実績 row still belongs to the 計画 row above
                if not plan_row and not has_actual:
                    current[2].append(k)
                    continue
                # a further 計画 row (a lane for bars that overlap in time) whose name cell shows no name
                # of its own: the same 取組
                if plan_row and not has_actual and self._no_own_name(current[2], k, name_left, kind_left):
                    current[2].append(k)
                    continue
            if not plan_row:
                if not groups and self.leading is not None:  # the rest of the 取組 the page before ended with
                    self._leading_cells.append(k)
                    continue
                self.warn(translate("pdf", "計画の行がない実績の行を読み飛ばしました"))
                continue
            groups.append((Initiative(plan_label=k.word), key, [k]))
        plan_rows = sum(1 for _, _, cells in groups for c in cells if c.word in PLAN_LABELS)  # lanes included
        self._check_all_rows_read(Box(kind_left - KIND_PAD, band_bottom, months.left, self.page.height), plan_rows)
        bands: list[tuple[Box, list[Bar]]] = []
        if self._leading_cells and self.leading is not None:
            for c in self._leading_cells:
                bands.append((Box(months.left, c.box.top, months.right, c.box.bottom), self.leading.actual))
        for ini, _, cells in groups:
            top, bottom = cells[0].box.top, cells[-1].box.bottom
            lines = group_lines(self.runs.own(self.index.inside(Box(name_left, top, kind_left, bottom))))
            ini.name = join_lines(
                lines, name_left, kind_left, slack=self.slack, set_again=self._cell_rules(lines)
            ).strip()
            for c in cells:
                target = ini.actual if c.word == ACTUAL_LABEL else ini.plan
                bands.append((Box(months.left, c.box.top, months.right, c.box.bottom), target))
        names = {id(target): ini.name for ini, _, _ in groups for target in (ini.plan, ini.actual)}

        def doubt(bars: list[Bar], why: str) -> None:
            name = names.get(id(bars))
            if name:
                self.unread[initiative_key(name)] = why

        reader = BarReader(self.page, self.index, self.edition, self.own, self.slack, self.warn)
        reader.doubt = doubt
        reader.trailing = timeline.trailing
        reader.runs = None if self.own else self.runs
        reader.step = self._months_per_column(months, [b for b, _ in bands], band_bottom)
        reader.read(months, bands, first_year)
        apply_label_notes(self.index, self.page.height, bands, self.slack, self.warn, doubt)  # ※1 → its note's text
        shown = [first_year + i for i in range(len(timeline.lefts))]
        if not set(edition.window_years).issubset(shown):
            # the page does not show every year of this roadmap: bars in the years it lacks are not gone
            why = translate("pdf", "工程表に {years} の年度がないため").format(
                years="・".join(format_fiscal_year(y) for y in edition.window_years if y not in shown)
            )
            for ini, _, _ in groups:
                self.unread.setdefault(initiative_key(ini.name), why)
        return [g[0] for g in groups]


def _plan_words(lines: list[Line]) -> int:
    return sum(1 for line in lines if "".join(line.text.split()) in PLAN_LABELS)


def read_page(page: PageData, edition: Edition, own: bool = False) -> PageRead:
    """Read one page; *own*: the PDF was written by Roadmap Desktop (one sheet per page).

    Other programs' pages may stack several sheets: each is read on its own and never merged into
    another (the first is returned, the others in its :attr:`PageRead.more`)."""
    parts = [page] if own else split_page(page)
    if len(parts) == 1:
        return SheetReader(page, edition, own).read()
    reads: list[PageRead] = []
    skipped: list[str] = []
    for n, part in enumerate(parts):
        try:
            reads.append(SheetReader(part, edition, own).read())
        except NotASheet as e:
            if n == 0 and len(group_lines(part.glyphs)) < 4:
                continue  # a running head above the first sheet (the book's field, a page number)
            skipped.append(str(e))
    if not reads:
        raise NotASheet(skipped[0])
    for n, r in enumerate(reads):
        r.block = n
    first = reads[0]
    first.more, first.skipped = reads[1:], skipped
    return first
