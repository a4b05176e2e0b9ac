"""Export projects to an Excel workbook that looks like the printed sheet and comes back in by import.

One worksheet per project, laid out from :mod:`layout.geometry` (columns and rows from its edges in
mm), a 一覧 worksheet first, and a hidden ``_roadmap`` worksheet that maps worksheet titles to
project ids, so a project renamed in Excel is still recognised.

Written with openpyxl's write-only mode (rows streamed, styles copied from prototypes) because the
normal mode costs about twice as long per sheet. No user text ever becomes a formula: every string
cell is stored as a string, whatever it starts with.
"""

from __future__ import annotations

import contextlib
import io
import math
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..core.errors import RoadmapError
from ..core.fiscal import budget_total, format_fiscal_year
from ..core.i18n import translate
from ..core.labels import ACTUAL_LABEL, LIST_SEPARATOR, continued, label_for
from ..core.model import Project, Roadmap
from ..core.progress import ProgressCallback, report
from ..layout.content import InitiativeContent, SheetContent, printable, sheet_content
from ..layout.geometry import (
    GRID_FOOTER_H,
    LABEL_TEXT,
    MARGIN,
    MIN_ROW_H,
    MONTHS_PER_YEAR,
    TEXT_BODY_H,
    CellKind,
    PageGeometry,
    grid_page_geometry,
    paginate,
)
from ..layout.labels import LabelHow, LabelPlace
from ..layout.lanes import PlacedBar, PlacedRow
from ..layout.palette import BLACK, COLOUR, Colour, Palette, hex_rgb
from .atomic import atomic_output
from .xlsx_labels import NOTE_STYLE, BarNotes, line_row_points, mark_cell, note_row_points, note_styles, place_in_cells
from .xlsx_layout import (
    CELL_INSET_MM,
    CONTINUES_MARK,
    INDENT_MM,
    LINE_EM,
    LIST_SHEET,
    META_FORMAT,
    META_SHEET,
    META_VERSION,
    OVERVIEW_SHEET,
    PX_PER_MM,
    RIGHT_PAD_FORMAT,
    TEXT_INDENT,
    ColumnGrid,
    mm_to_points,
    mm_to_width,
    page_rows,
    printed_width_mm,
    text_height_points,
    width_px,
    wrapped_line_count,
)
from .xlsx_overview import write_overview_sheet

FONT_NAME = "游ゴシック"  # Excel's own Japanese font since 2016; LibreOffice substitutes a Gothic
EXCEL_MAX_CHARS = 32767
# Characters XML cannot hold (and \r, which XML turns into \n) travel in OOXML's own escape, _xHHHH_,
# as Excel writes them; a literal "_x0041_" in the text gets its underscore escaped so it stays literal.
_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")

_LABEL_CHAR_MM = 3.2  # one 8 pt character and a little padding
# the wrapped text cells of a project sheet and their font size (pt): their rows grow to their text, which
# is indented TEXT_INDENT levels (xlsx_layout: the cell's padding)
_WRAPPED_PT = {"value": 8.0, "text": 8.0, "iname": 8.0}
DEFAULT_ROW_PT = 15.0
LIST_PT = 10.0  # the 一覧's text
PT_MM = 25.4 / 72.0


def _month_key(edges: str, kind: str, last: bool) -> str:
    """The style of a month cell: *edges* its top and bottom rules (see _styles), *kind* the rule at its
    left ("y" a year's start, "q" a quarter's, "m" a month's), *last* the window's last month."""
    return f"m_{edges}_{kind}{'_last' if last else ''}"


def _month_kind(m: int) -> str:
    return "y" if m % 12 == 0 else ("q" if m % 3 == 0 else "m")


def _side(style: str | None, colour: Colour = BLACK) -> Side:
    return Side(style=style, color=hex_rgb(colour)) if style else Side()


_THIN = _side("thin")


def _styles(pal: Palette) -> dict[str, dict[str, Any]]:
    """Every cell style of the sheet, by key: font, fill, border, alignment, number format."""
    box = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
    label_fill = PatternFill("solid", fgColor=hex_rgb(pal.label_fill))
    wrap_center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    s: dict[str, dict[str, Any]] = {
        "title": {"font": Font(name=FONT_NAME, size=12, bold=True), "alignment": Alignment(vertical="center")},
        "no": {"font": Font(name=FONT_NAME, size=11), "alignment": Alignment(horizontal="right", vertical="center")},
        "label": {
            "font": Font(name=FONT_NAME, size=8),
            "fill": label_fill,
            "border": box,
            "alignment": Alignment(horizontal="center", vertical="center", shrink_to_fit=True),
        },
        "value": {
            "font": Font(name=FONT_NAME, size=8),
            "border": box,
            "alignment": Alignment(horizontal="left", vertical="center", wrap_text=True, indent=TEXT_INDENT),
        },
        "text": {
            "font": Font(name=FONT_NAME, size=8),
            "border": box,
            "alignment": Alignment(horizontal="left", vertical="top", wrap_text=True, indent=TEXT_INDENT),
        },
        "year": {
            "font": Font(name=FONT_NAME, size=8),
            "border": box,
            "alignment": Alignment(horizontal="center", vertical="center"),
        },
        "budget": {
            "font": Font(name=FONT_NAME, size=8),
            "border": box,
            "alignment": Alignment(horizontal="right", vertical="center"),
            "number_format": RIGHT_PAD_FORMAT,
        },
        "kind": {"font": Font(name=FONT_NAME, size=8), "fill": label_fill, "border": box, "alignment": wrap_center},
        "iname": {
            "font": Font(name=FONT_NAME, size=8),
            "border": box,
            "alignment": Alignment(horizontal="left", vertical="center", wrap_text=True, indent=TEXT_INDENT),
        },
        "label_2": {"font": Font(name=FONT_NAME, size=7), "fill": label_fill, "border": box, "alignment": wrap_center},
        "list_head": {
            "font": Font(name=FONT_NAME, size=10, bold=True),
            "fill": label_fill,
            "border": box,
            "alignment": wrap_center,
        },
        "list_text": {
            "font": Font(name=FONT_NAME, size=LIST_PT),
            "border": box,
            "alignment": Alignment(horizontal="left", vertical="center", wrap_text=True, indent=TEXT_INDENT),
        },
        "list_num": {
            "font": Font(name=FONT_NAME, size=10),
            "border": box,
            "number_format": RIGHT_PAD_FORMAT,
            "alignment": Alignment(horizontal="right", vertical="center"),
        },
        "list_no": {
            "font": Font(name=FONT_NAME, size=10),
            "border": box,
            "alignment": Alignment(horizontal="center", vertical="center"),
        },
        "plain": {},
        **note_styles(FONT_NAME),
    }
    # Month cells: faint month lines, stronger quarters, black year edges; an initiative's first row has
    # a black top ("T"), a row of bars a faint one ("h"), a bar's row under its own label line none
    # ("n"); the initiative's last row a black bottom ("B"). See _month_key.
    quarter, month = _side("thin", pal.grid_quarter), _side("hair", pal.grid_month)
    tops = {"T": _THIN, "h": _side("hair", pal.grid_quarter), "n": Side()}
    for top_key, top in tops.items():
        for bottom_key, bottom in (("B", _THIN), ("n", Side())):
            for kind, left in (("y", _side("thin", pal.grid_year)), ("q", quarter), ("m", month)):
                for last in (False, True):
                    right = _THIN if last else Side()
                    s[_month_key(top_key + bottom_key, kind, last)] = {
                        "font": Font(name=FONT_NAME, size=7),
                        "border": Border(left=left, right=right, top=top, bottom=bottom),
                    }
    # Bar cells: plan and actual filled differently (colour and, for black and white, the border weight).
    bar_edge = _side("medium", pal.bar_line)  # bar ends: the importer splits adjacent bars here
    for row, fill, ink in (("plan", pal.plan_fill, pal.plan_text), ("actual", pal.actual_fill, pal.actual_text)):
        edge = _side("thin", pal.bar_line) if row == "plan" else _side("dashed", pal.bar_line)
        # A one-line label shrinks to fit its bar (a short bar would otherwise wrap it one character a
        # line, out of its row); a label with a line break of its own wraps ("_w"). Excel cannot do both.
        for first in (False, True):
            for last in (False, True):
                for wrap in (False, True):
                    s[f"bar_{row}_{int(first)}{int(last)}{'_w' if wrap else ''}"] = {
                        "font": Font(name=FONT_NAME, size=7, color=hex_rgb(ink)),
                        "fill": PatternFill("solid", fgColor=hex_rgb(fill)),
                        "border": Border(
                            left=bar_edge if first else Side(),
                            right=bar_edge if last else Side(),
                            top=edge,
                            bottom=edge,
                        ),
                        "alignment": Alignment(
                            horizontal="center", vertical="center", wrap_text=wrap, shrink_to_fit=not wrap
                        ),
                    }
    return s


class _StyleBook:
    """Every style registered once per workbook: an xf index for the sheet XML we write ourselves, and a
    style array for the few cells openpyxl writes (一覧, _roadmap)."""

    def __init__(self, ws: Worksheet, palette: Palette) -> None:
        self.arrays: dict[str, StyleArray] = {}
        self.xf: dict[str, int] = {}
        self.palette = palette
        for key, attrs in _styles(palette).items():
            proto = Cell(ws, row=1, column=1)
            for name, value in attrs.items():
                setattr(proto, name, value)
            self.xf[key] = proto.style_id
            self.arrays[key] = StyleArray(proto._style)
        self._ws = ws
        self._base: dict[str, dict[str, Any]] | None = None

    def marked(self, key: str, lines: tuple[str, ...], font: Font, horizontal: str) -> str:
        """*key*'s style showing the mark *lines* (※1, or ※ over 12) instead of the cell's text, in *font*,
        registered on first use: the cell keeps the whole label as its value (what an import reads), the
        sheet prints the mark. Never shrunk to fit (a spreadsheet would shrink ※10 below the minimum in a
        one-month bar): a mark wider than its cell spills over the free cell beside it (*horizontal*)."""
        ink = font.color.rgb if font.color is not None else ""
        marked_key = f"{key}|{'/'.join(lines)}|{font.sz:g}|{ink}|{horizontal}"
        if marked_key not in self.xf:
            if self._base is None:
                self._base = _styles(self.palette)
            align = Alignment(horizontal=horizontal, vertical="center", wrap_text=len(lines) > 1)
            mark = "\n".join(lines)  # ※ over 12: the format's own line break, the cell wrapping at it only
            self.register(
                marked_key, {**self._base[key], "number_format": f';;;"{mark}"', "font": font, "alignment": align}
            )
        return marked_key

    def variant(self, key: str, suffix: str, **changes: Any) -> str:
        """*key*'s style with some attributes changed (a font size, an alignment), registered on first use."""
        new_key = f"{key}|{suffix}"
        if new_key not in self.xf:
            if self._base is None:
                self._base = _styles(self.palette)
            self.register(new_key, {**self._base[key], **changes})
        return new_key

    def register(self, key: str, attrs: dict[str, Any]) -> str:
        """A style of its own (font, fill, border, …) under *key*, registered once; returns *key*."""
        if key not in self.xf:
            proto = Cell(self._ws, row=1, column=1)
            for name, value in attrs.items():
                setattr(proto, name, value)
            self.xf[key] = proto.style_id
            self.arrays[key] = StyleArray(proto._style)
        return key

    def quoted_xf(self, key: str) -> int:
        """The xf index of *key*'s style with quotePrefix (registered on first use), see :func:`formula_like`."""
        quoted_key = f"{key}|quoted"
        if quoted_key not in self.xf:
            proto = Cell(self._ws, row=1, column=1, style_array=StyleArray(self.arrays[key]))
            proto.quotePrefix = True
            self.xf[quoted_key] = proto.style_id
            self.arrays[quoted_key] = StyleArray(proto._style)
        return self.xf[quoted_key]

    def cell(self, ws: Worksheet, value: Any, style: str) -> Cell:
        if isinstance(value, str) and formula_like(value):
            self.quoted_xf(style)
            style = f"{style}|quoted"
        c = Cell(ws, row=1, column=1, style_array=StyleArray(self.arrays[style]))
        if isinstance(value, str):
            c._value = _text(value)
            c.data_type = "s"  # never a formula, whatever the text starts with (=, +, -, @)
        elif value is not None:
            c.value = value
        return c


def formula_like(text: str) -> bool:
    """Text Excel would take for a formula when the cell is edited (F2, Enter): written as text, it also
    gets the cell format's quotePrefix (Excel's leading apostrophe), so editing keeps it text."""
    return text[:1] in ("=", "+", "-", "@")


def _text(value: str) -> str:
    value = _ESCAPE.sub(lambda m: f"_x{ord(m[0]):04X}_", value)
    if len(value) > EXCEL_MAX_CHARS:
        raise RoadmapError(
            translate("xlsx", "{chars:,} 文字を超える文章は Excel のセルに入りません（{start}…）。").format(
                chars=EXCEL_MAX_CHARS, start=value[:20]
            )
        )
    return value


@dataclass
class _Grid:
    """The cells of one worksheet before they are streamed out row by row."""

    ncols: int
    cells: dict[tuple[int, int], tuple[Any, str]] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    heights: dict[int, float] = field(default_factory=dict)
    breaks: list[int] = field(default_factory=list)  # the layout's pages: a break after each of these rows
    soft: set[int] = field(default_factory=set)  # rows after which a printed page may end (initiative, note)
    heads: list[int] = field(default_factory=list)  # each layout page's timeline header row
    # rows a printed page may not end after: from a page's first initiative with a ※ mark to its notes
    # (a reader of the print looks for a mark's note on the mark's page)
    kept: set[int] = field(default_factory=set)
    title_rows: tuple[int, int] | None = None  # rows repeated atop every printed page (print titles)
    runs_over: bool = False  # a printed page after the first starts with no title of its own (the header's)
    # the three text columns' row of each layout page and the least height their text needs (pt): room a
    # sheet of one page gives back before it runs on over a second printed page
    yielding: dict[int, float] = field(default_factory=dict)
    bar_rows: set[int] = field(default_factory=set)  # rows of bars: one line of label each, see above
    rows: int = 0

    def put(self, r: int, c: int, value: Any, style: str) -> None:
        if isinstance(value, str):
            _text(value)  # refuse now what no cell can hold, not halfway through writing
        self.cells[(r, c)] = (value, style)

    def box(self, r0: int, c0: int, r1: int, c1: int, value: Any, style: str, fill_style: str | None = None) -> None:
        """A merged box: value top-left, and the style on every cell so Excel draws the whole border."""
        if isinstance(value, str):
            _text(value)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                self.cells[(r, c)] = (value if (r, c) == (r0, c0) else None, fill_style or style)
        self.cells[(r0, c0)] = (value, style)
        if (r0, c0) != (r1, c1):
            self.merges.append((r0, c0, r1, c1))


def _lanes(row: PlacedRow) -> list[list[PlacedBar]]:
    """The bars of a row, lane by lane (one spreadsheet row per lane)."""
    lanes: list[list[PlacedBar]] = [[] for _ in range(row.lanes)]
    for p in row.bars:
        lanes[p.lane].append(p)
    return lanes


class _SheetBuilder:
    def __init__(self, roadmap: Roadmap, cols: ColumnGrid, book: _StyleBook) -> None:
        self.roadmap = roadmap
        self.edition = roadmap.edition
        self.cols = cols
        self.months = len(self.edition.window_years) * MONTHS_PER_YEAR
        self.book = book
        self.notes = BarNotes()

    def build(self, project: Project, sheet_no: int) -> _Grid:
        content = sheet_content(self.edition, project, sheet_no, self.book.palette)
        grid = _Grid(self.cols.count)
        self.notes = BarNotes()
        pages = paginate(len(project.initiatives))
        for n, rng in enumerate(pages):
            page = grid_page_geometry(self.edition, len(rng), continuation=n > 0)
            if n > 0:
                grid.breaks.append(grid.rows)
            self._page(grid, page, content, [content.initiatives[i] for i in rng])
        self._grow_rows_to_text(grid)
        # whole pixels, as Excel shows and prints a row: the layout's rows down (a page never grows by its
        # rounding), the rest (grown to their text, label lines, notes) up
        grid.heights = {r: printed_row_pt(h) for r, h in grid.heights.items()}
        _fit_text_rows_to_page(grid)
        _paginate_print(grid)
        return grid

    def _grow_rows_to_text(self, grid: _Grid) -> None:
        """Make every wrapped text cell tall enough for all its lines in the tallest common Japanese font
        (a row's stored height is kept by Excel and LibreOffice: too short, the last lines are lost on
        paper). The missing height goes to the cell's last row; a page grown past the paper runs on over
        a further printed page (:func:`_paginate_print`), never printed smaller."""
        spans = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in grid.merges}
        for (r0, c0), (value, style) in grid.cells.items():
            size = _WRAPPED_PT.get(style)
            if size is None or not isinstance(value, str) or not value:
                continue
            r1, c1 = spans.get((r0, c0), (r0, c0))
            width = sum(printed_width_mm(self.cols.width_mm(c)) for c in range(c0, c1 + 1))
            need = text_height_points(value, width, size, TEXT_INDENT)
            have = sum(grid.heights.get(r, DEFAULT_ROW_PT) for r in range(r0, r1 + 1))
            if need > have + 0.01:
                grid.heights[r1] = round(grid.heights.get(r1, DEFAULT_ROW_PT) + need - have, 2)
            if r1 in grid.yielding:
                before = sum(grid.heights.get(r, DEFAULT_ROW_PT) for r in range(r0, r1))
                grid.yielding[r1] = max(grid.yielding[r1], need - before)

    def _page(self, grid: _Grid, page: PageGeometry, content: SheetContent, inits: list[InitiativeContent]) -> None:
        sheet_no = content.sheet_no
        ys = page_rows(page)
        base = grid.rows  # rows before this page
        row_of = {y: base + i + 1 for i, y in enumerate(ys)}
        for i in range(len(ys) - 1):
            grid.heights[base + i + 1] = _px_floor(mm_to_points(ys[i + 1] - ys[i]))
        last = self.cols.count
        # Title line: the edition's title left, the sheet number right.
        title_row = row_of[round(page.title.y, 3)]
        title = continued(self.edition.title) if page.continuation else self.edition.title
        grid.box(title_row, 1, title_row, last - 13, title, "title")
        grid.box(title_row, last - 12, title_row, last, f"No. {sheet_no}", "no")
        for cell in page.cells:
            r0 = row_of[round(cell.rect.y, 3)]
            r1 = row_of[round(cell.rect.bottom, 3)] - 1
            c0, c1 = self.cols.span(cell.rect.x, cell.rect.right)
            if cell.kind is CellKind.LABEL:
                attr = cell.key.removeprefix("label:")
                label = label_for(attr, self.edition)
                if len(label) == 4 and cell.rect.w < 4 * _LABEL_CHAR_MM:  # 事業始期 → 事業／始期, as printed
                    grid.box(r0, c0, r1, c1, label[:2] + "\n" + label[2:], "label_2")
                else:
                    grid.box(r0, c0, r1, c1, label, "label")
            else:
                style = {"budget": "budget", "issues": "text", "approach": "text", "change": "text"}.get(
                    cell.key, "value"
                )
                grid.box(r0, c0, r1, c1, content.cell_value(cell.key), style)
        tl = page.timeline
        head = row_of[round(tl.top, 3)]
        name_c0, name_c1 = self.cols.span(tl.left, tl.left + tl.name_w)
        kind_c = self.cols.col(tl.left + tl.name_w)
        first = self.cols.first_month_col
        grid.box(head, name_c0, head, name_c1, LABEL_TEXT["timeline_name"], "label")
        grid.box(head, kind_c, head, first - 1, LABEL_TEXT["timeline_kind"], "label")
        for i, fy in enumerate(tl.years):
            c0 = first + i * MONTHS_PER_YEAR
            grid.box(head, c0, head, c0 + MONTHS_PER_YEAR - 1, format_fiscal_year(fy), "year")
        grid.rows = head
        grid.heads.append(head)
        line_pt = 0.0
        marked_from = None
        for init in inits:
            marks, top = self.notes.count, grid.rows + 1
            line_pt += self._initiative(grid, init, tl.row_h, (name_c0, name_c1), kind_c)
            grid.soft.add(grid.rows)
            if marked_from is None and self.notes.count > marks:
                marked_from = top
        for text, lines in self.notes.take():  # ※1 事例集作成, under the timeline of this page
            grid.rows += 1
            grid.heights[grid.rows] = note_row_points(lines)
            line_pt += grid.heights[grid.rows]
            grid.box(grid.rows, name_c0, grid.rows, last, text, NOTE_STYLE)
        if marked_from is not None:
            grid.kept.update(range(marked_from, grid.rows))
        text_cell = next((c for c in page.cells if c.key == "issues"), None)
        if text_cell is not None:
            grid.yielding[row_of[round(text_cell.rect.y, 3)]] = 0.0  # its text's need: _grow_rows_to_text
        if text_cell is not None and line_pt:  # the label lines' and notes' height is taken from the text
            r = row_of[round(text_cell.rect.y, 3)]  # columns' spare room (grown back to their text below, if
            spare = grid.heights[r] - mm_to_points(TEXT_BODY_H)  # need be), so that the page stays one page
            grid.heights[r] = round(grid.heights[r] - max(0.0, min(spare, line_pt)), 2)

    def _initiative(
        self, grid: _Grid, init: InitiativeContent, row_h: float, name_cols: tuple[int, int], kind_c: int
    ) -> float:
        """The rows of one initiative: each lane of bars a row (計画 lanes, then 実績 lanes), with a label
        line row just above (or below) a lane whose labels go there; the 区分 cell merged over a label
        line and its bars' row, the 取組 name over them all. Returns the label lines' height (pt)."""
        first = self.cols.first_month_col
        entries: list[_Entry] = []
        for actual, placed_row in ((False, init.plan), (True, init.actual)):
            lanes = _lanes(placed_row)
            for k, bars in enumerate(lanes):
                places = [self._place(p, k, len(lanes), row_h) for p in bars]
                group = len(entries)
                if any(pl.how is LabelHow.ABOVE for pl in places):
                    entries.append(_Entry(actual, bars, places, LabelHow.ABOVE, group))
                entries.append(_Entry(actual, bars, places, None, group))
                if any(pl.how is LabelHow.BELOW for pl in places):
                    entries.append(_Entry(actual, bars, places, LabelHow.BELOW, group))
        top = grid.rows + 1
        grid.box(top, name_cols[0], top + len(entries) - 1, name_cols[1], init.name or None, "iname")
        kind_text = {False: init.plan_label, True: ACTUAL_LABEL}
        lines_pt = 0.0
        for i, e in enumerate(entries):
            r = top + i
            if i == 0 or entries[i - 1].group != e.group:  # the 区分 of a lane's rows (its label lines too)
                n = sum(1 for x in entries if x.group == e.group)
                grid.box(r, kind_c, r + n - 1, first - 1, kind_text[e.actual], "kind")
            # the rules between rows: black around the initiative, faint between lanes, none inside a lane's rows
            opens = "T" if i == 0 else ("n" if entries[i - 1].group == e.group else "h")
            edges = opens + ("B" if i == len(entries) - 1 else "n")
            for m in range(self.months):
                grid.put(r, first + m, None, _month_key(edges, _month_kind(m), m == self.months - 1))
            if e.line is None:
                grid.heights[r] = _px_floor(mm_to_points(row_h))
                grid.bar_rows.add(r)
                self._bars(grid, r, e, edges, row_h)
            else:
                sizes = [pl.size for pl in e.places if pl.how is e.line]
                grid.heights[r] = line_row_points(max(sizes))
                lines_pt += grid.heights[r]
                self._label_line(grid, r, e, edges)
        grid.rows = top + len(entries) - 1
        return lines_pt

    def _span_mm(self, a: int, b: int) -> float:
        """The width of months *a*..*b* as Excel shows their columns (whole pixels of the layout's mm;
        LibreOffice keeps their proportions): what the label is measured against."""
        first = self.cols.first_month_col
        return sum(printed_width_mm(self.cols.width_mm(c)) for c in range(first + a, first + b + 1))

    def _place(self, placed: PlacedBar, lane: int, lanes: int, row_h: float) -> LabelPlace:
        """Where the label of *placed* goes: the sheet's one rule, against the bar's cells."""
        label = printable(_cell_label(placed))
        return place_in_cells(label, self._span_mm(placed.first, placed.last), row_h, lane, lanes)

    def _bars(self, grid: _Grid, r: int, e: _Entry, edges: str, row_h: float) -> None:
        first = self.cols.first_month_col
        fill = "actual" if e.actual else "plan"
        for placed, place in zip(e.bars, e.places, strict=True):
            bar, a, b = placed.bar, placed.first, placed.last
            label = _cell_label(placed)
            # wrapped by the cell: a label's own line breaks, or the rule's wrap (a cell breaks where it likes)
            wrap = "_w" if "\n" in label or len(place.lines) > label.count("\n") + 1 else ""
            mark = ""
            value: str | None = label
            if place.how is LabelHow.NOTE and bar.label:
                mark = self.notes.mark(bar.label)
            elif place.how in (LabelHow.ABOVE, LabelHow.BELOW):
                value = None  # the label line holds it: one text, edited in one place
            for m in range(a, b + 1):
                style = f"bar_{fill}_{int(m == a)}{int(m == b)}{wrap}"
                if mark and m == a:
                    style = self._mark_style(style, mark, e, placed, row_h)
                elif place.how is LabelHow.INSIDE and label:
                    style = self.book.variant(style, f"{place.size:g}pt", font=self._bar_font(e.actual, place.size))
                grid.put(r, first + m, value if m == a else None, style)
            if b > a:
                grid.merges.append((r, first + a, r, first + b))

    def _mark_style(self, style: str, mark: str, e: _Entry, placed: PlacedBar, row_h: float) -> str:
        """The style printing *mark* on the bar *placed* (:func:`mark_cell`: the rule's size; a mark wider
        than its cell set against the side it may spill over, in an ink that reads beside the bar)."""
        taken = {m for p in e.bars for m in range(p.first, p.last + 1)}
        left_free = placed.first > 0 and placed.first - 1 not in taken
        right_free = placed.last < self.months - 1 and placed.last + 1 not in taken
        pal = self.book.palette
        fill, ink = (pal.actual_fill, pal.actual_text) if e.actual else (pal.plan_fill, pal.plan_text)
        width = self._span_mm(placed.first, placed.last)
        fit, horizontal, ink = mark_cell(mark, width, row_h, (left_free, right_free), fill, ink)
        return self.book.marked(style, fit.lines, Font(name=FONT_NAME, size=fit.size, color=hex_rgb(ink)), horizontal)

    def _bar_font(self, actual: bool, size: float) -> Font:
        pal = self.book.palette
        return Font(name=FONT_NAME, size=size, color=hex_rgb(pal.actual_text if actual else pal.plan_text))

    def _label_line(self, grid: _Grid, r: int, e: _Entry, edges: str) -> None:
        """A label line row: each label placed there in cells merged over its bar's months, set against
        the bar (at the bottom of a line above, at the top of a line below)."""
        first = self.cols.first_month_col
        below = e.line is LabelHow.BELOW
        for placed, place in zip(e.bars, e.places, strict=True):
            if place.how is not e.line:
                continue
            a, b = placed.first, placed.last
            base = _month_key(edges, _month_kind(a), b == self.months - 1)
            style = self.book.variant(
                base,
                f"line{place.size:g}{'b' if below else 'a'}",
                font=Font(name=FONT_NAME, size=place.size),
                alignment=Alignment(horizontal="center", vertical="top" if below else "bottom", shrink_to_fit=True),
            )
            grid.box(r, first + a, r, first + b, _cell_label(placed), style)


@dataclass
class _Entry:
    """One worksheet row of an initiative's timeline: a lane's bars, or (*line*) its label line."""

    actual: bool
    bars: list[PlacedBar]
    places: list[LabelPlace]
    line: LabelHow | None  # ABOVE or BELOW: the label line of the lane *group*; None: the bars' row
    group: int  # the lane's rows share one 区分 cell


# The printed page's body (A4 landscape less the margins of :func:`_page_setup`; the header and footer
# print inside the margins), and a row as Excel prints it: whole pixels at 96 dpi (0.75 pt), rounded up.
PAGE_MARGIN_IN = 10.0 / 25.4
PAGE_BOTTOM_IN = (MARGIN + GRID_FOOTER_H) / 25.4
# the sides 0.5 mm under the layout's 10 mm: the columns, each whole pixels, come to 1047 px of the
# layout's 1046.9 (277 mm), and Excel's fit takes whole percents (99 % for a pixel too many); centred
PAGE_SIDE_IN = 9.5 / 25.4
PRINTABLE_H_PT = 210.0 / 25.4 * 72.0 - (PAGE_MARGIN_IN + PAGE_BOTTOM_IN) * 72.0
# The heading of a printed page a sheet runs on to (its title has no row of its own there): a page header
# on every page but the first (Excel's different first page), in the top margin: 9 pt from 0.1 in, one
# line (Yu Gothic rows it 1.7 em, 15.3 pt) ends 7.9 mm down, clear of the body at 10 mm. LibreOffice
# (oox pagesettings.cxx) sizes the header by its font size and grows it to the line it prints, pushing the
# body down on every page of the sheet by the line's extra height (IPAexGothic 3 pt, Noto 3.6 pt): such a
# sheet's pages are filled that much less.
HEADING_PT = 9
HEADING_ROOM_PT = math.ceil(HEADING_PT * (LINE_EM - 1.0))
HEADER_MARGIN_IN = 0.1
EXCEL_HEADER_MAX = 255  # characters of a header's text, its codes included (Excel refuses a longer one)


def run_over_heading(title: str, sheet_no: int, name: str) -> str:
    """The heading of a sheet's run-over printed pages, as the PDF's （続き） page reads: its title with
    （続き）, the sheet's No. and the project's name; one line."""
    heading = f"{continued(title)}　No. {sheet_no}　{name}"
    return re.sub(r"\s*[\r\n]+\s*", " ", heading)  # a header's line break would make it two lines


def header_text(text: str) -> str:
    """*text* as Excel's header codes print it literally ("&" is a code: "&&" prints one), within
    Excel's 255 characters (a long name ends in …)."""
    room = EXCEL_HEADER_MAX - 8  # the font size code openpyxl puts before it ("&9 ")
    if len(text.replace("&", "&&")) > room:
        while len(text.replace("&", "&&")) > room - 1:  # cut the text, not its codes (an "&" alone is one)
            text = text[:-1]
        text += "…"
    return text.replace("&", "&&")


def printed_row_pt(height: float) -> float:
    """A row of *height* pt as whole pixels at 96 dpi (0.75 pt), rounded up."""
    return math.ceil(round(height / 0.75, 6)) * 0.75


def _px_floor(height: float) -> float:
    return math.floor(round(height / 0.75, 6)) * 0.75


def _fit_text_rows_to_page(grid: _Grid) -> None:
    """A sheet of one layout page that would run on over a second printed page first gives back the room
    its three text columns keep beyond their text (the layout's least text height is room to write in; on
    paper a second page for a few millimetres is worse), down to their text, never below it; then its
    rows of bars, evenly, down to the layout's least row (a bar's label in the workbook is one line, which
    that row holds at its size). A sheet still too tall runs on (:func:`_paginate_print`)."""
    if len(grid.heads) != 1 or grid.breaks:
        return
    over = sum(grid.heights.get(r, DEFAULT_ROW_PT) for r in range(1, grid.rows + 1)) - PRINTABLE_H_PT
    for r, need in grid.yielding.items():
        have = grid.heights.get(r, DEFAULT_ROW_PT)
        new = max(printed_row_pt(need), printed_row_pt(have - over))
        if over > 0 and new < have:
            grid.heights[r] = new
            over -= have - new
    if over <= 0 or not grid.bar_rows:
        return
    least = printed_row_pt(mm_to_points(MIN_ROW_H))
    each = printed_row_pt(over / len(grid.bar_rows))
    for r in grid.bar_rows:
        grid.heights[r] = max(min(least, grid.heights[r]), grid.heights[r] - each)


def _paginate_print(grid: _Grid) -> None:
    """Printed page breaks so that every page prints at 100 %: a layout page taller than the paper (label
    lines, ※ notes, text rows grown to their text) goes on over a further page, broken after the last
    initiative that still fits, never between a ※ mark and its note (inside an initiative only if
    nothing else fits). Excel
    shrinks a sheet that overflows its pages (fitToHeight), so labels sized at 6 pt would print smaller.
    A sheet of one layout page repeats its timeline header atop the pages it runs on to; a sheet that runs
    on gets the run-over heading, for which LibreOffice takes room off every page (HEADING_ROOM_PT)."""
    forced = set(grid.breaks)
    breaks = _print_breaks(grid, forced, PRINTABLE_H_PT)
    if any(b not in forced for b in breaks):  # run-over pages, which get the heading (see _page_setup)
        breaks = _print_breaks(grid, forced, PRINTABLE_H_PT - HEADING_ROOM_PT)
    grid.runs_over = any(b not in forced for b in breaks)
    grid.breaks = breaks
    head = grid.heads[0] if len(grid.heads) == 1 else None
    if head is not None and any(b >= head for b in breaks):
        grid.title_rows = (head, head)


def _print_breaks(grid: _Grid, forced: set[int], page_pt: float) -> list[int]:
    """The rows after which a printed page ends, each page's rows within *page_pt* (see _paginate_print)."""
    height = {r: grid.heights.get(r, DEFAULT_ROW_PT) for r in range(1, grid.rows + 1)}
    head = grid.heads[0] if len(grid.heads) == 1 else None
    title_pt = height[head] if head is not None else 0.0
    breaks: list[int] = []
    start, used, r = 1, 0.0, 1
    while r <= grid.rows:
        if used + height[r] > page_pt + 1e-6 and r > start:
            soft = [b for b in grid.soft if start <= b < r and (head is None or b > head) and b not in grid.kept]
            end = max(soft) if soft else r - 1
            breaks.append(end)
            start, r = end + 1, end + 1
            used = title_pt if head is not None and end >= head else 0.0
            continue
        used += height[r]
        if r in forced:
            breaks.append(r)
            start, used = r + 1, 0.0
        r += 1
    return breaks


def _cell_label(placed: PlacedBar) -> str:
    """A bar's label as the workbook writes it: → added when the bar runs on past the window."""
    return placed.bar.label + (CONTINUES_MARK if placed.bar.continues else "")


def _setup_sheet(ws: Any, grid: _Grid) -> None:
    """What openpyxl writes for a project sheet: merges and page breaks (the cells come from :func:`_sheet_data`)."""
    for r0, c0, r1, c1 in grid.merges:
        ws.merged_cells.add(CellRange(min_row=r0, min_col=c0, max_row=r1, max_col=c1))
    for b in grid.breaks:
        ws.row_breaks.append(Break(id=b))
    if grid.title_rows is not None:
        ws.print_title_rows = f"{grid.title_rows[0]}:{grid.title_rows[1]}"


def _sheet_data(
    grid: _Grid, xf: dict[str, int], letters: list[str], quoted: Callable[[str], int] | None = None
) -> bytes:
    """The <sheetData> of a project sheet, written directly: openpyxl's per-cell writing costs 3× as much.

    Strings are inline strings (never formulas, whatever they start with; *quoted* gives the xf with
    quotePrefix for those that look like one); numbers are numbers.
    """
    by_row: dict[int, list[int]] = {}
    for r, c in sorted(grid.cells):
        by_row.setdefault(r, []).append(c)
    out = ["<sheetData>"]
    cells, heights = grid.cells, grid.heights
    for r in range(1, grid.rows + 1):
        h = heights.get(r)
        out.append(f'<row r="{r}" ht="{h}" customHeight="1">' if h is not None else f'<row r="{r}">')
        for c in by_row.get(r, ()):
            value, style = cells[(r, c)]
            if value is None:
                out.append(f'<c r="{letters[c]}{r}" s="{xf[style]}"/>')
            elif isinstance(value, str):
                xf_id = quoted(style) if quoted is not None and formula_like(value) else xf[style]
                out.append(
                    f'<c r="{letters[c]}{r}" s="{xf_id}" t="inlineStr"><is><t xml:space="preserve">'
                    f"{xml_escape(_text(value))}</t></is></c>"
                )
            elif isinstance(value, bool):
                out.append(f'<c r="{letters[c]}{r}" s="{xf[style]}" t="b"><v>{int(value)}</v></c>')
            else:
                out.append(f'<c r="{letters[c]}{r}" s="{xf[style]}"><v>{value}</v></c>')
        out.append("</row>")
    out.append("</sheetData>")
    return "".join(out).encode("utf-8")


_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")


def _verbatim(replacement: bytes) -> Callable[[re.Match[bytes]], bytes]:
    """A re.sub replacement that inserts *replacement* as it is (a template would expand its backslashes)."""
    return lambda _m: replacement


def _save(wb: Workbook, sheet_data: dict[Any, bytes], target: Path | io.BytesIO) -> None:
    """Save *wb*, then put each project sheet's own <sheetData> into the package, all into *target*."""
    staged = io.BytesIO()
    wb.save(staged)
    parts = {ws.path.lstrip("/"): data for ws, data in sheet_data.items()}
    with zipfile.ZipFile(staged) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in parts:
                data, n = _EMPTY_SHEET_DATA.subn(_verbatim(parts[info.filename]), data, count=1)
                if n != 1:  # pragma: no cover - would mean openpyxl changed how it writes an empty sheet
                    raise RuntimeError(f"no empty sheetData in {info.filename}")
            zout.writestr(info.filename, data)


def _page_setup(
    ws: Any, sheet_no: int | None, rows: int, cols: int, pages: int = 0, heading: str | None = None, printed: int = 1
) -> None:
    """A4 landscape, one page wide (each of a project sheet's printed pages fits the paper at 100 %,
    :func:`_paginate_print`, so the fit keeps 100 %); *pages* tall, 0: as many as the rows and the
    manual breaks make. *heading*: printed atop every page but the first (:func:`run_over_heading`).
    A project sheet's pages are numbered from 1 of *printed* (its own pages, the breaks' pages at 100 %):
    "No. 72  2/2" whether the sheet or the whole workbook is printed, and the first page, the one
    without the heading, is the sheet's own in LibreOffice too (it counts pages through the workbook)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = pages
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = PAGE_SIDE_IN
    ws.page_margins.top = PAGE_MARGIN_IN
    # the footer (No. and page) clear of a table that reaches the bottom margin (rows grown to their
    # text fill the page): a reader of the print must not take it for a label of the last row
    ws.page_margins.bottom = PAGE_BOTTOM_IN
    ws.page_margins.header = ws.page_margins.footer = HEADER_MARGIN_IN
    ws.print_area = f"A1:{get_column_letter(cols)}{rows}"
    footers = [ws.oddFooter]
    if heading is not None:
        ws.HeaderFooter.differentFirst = True  # the first page has its own title rows: no heading
        ws.oddHeader.left.text = header_text(heading)
        ws.oddHeader.left.size = HEADING_PT
        footers.append(ws.firstFooter)
    if sheet_no is not None:
        ws.page_setup.firstPageNumber = 1
        ws.page_setup.useFirstPageNumber = True
        for footer in footers:
            footer.right.text = f"No. {sheet_no}  &P/{printed}"
            footer.right.size = 8


def _unique_title(base: str, used: set[str]) -> str:
    title, n = base, 2
    while title in used:
        title = f"{base} ({n})"
        n += 1
    used.add(title)
    return title


def _list_text_height(text: str, width: float) -> float:
    """The height (pt) of a 一覧 row whose cell *width* (a stored column width) wraps *text*, one line: 0."""
    width_mm = width_px(width) / PX_PER_MM
    if wrapped_line_count(text, (width_mm - CELL_INSET_MM - TEXT_INDENT * INDENT_MM) / (LIST_PT * PT_MM / 2)) < 2:
        return 0.0
    return printed_row_pt(text_height_points(text, width_mm, LIST_PT, TEXT_INDENT))


def _list_sheet(ws: Any, book: _StyleBook, roadmap: Roadmap, projects: list[Project], numbers: dict[str, int]) -> None:
    widths = [8, 48, 22, 28, 12, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    # Write-only sheets write their properties with the first row: page setup goes first.
    _page_setup(ws, None, len(projects) + 3, len(widths))
    ws.print_title_rows = "1:2"
    ws.append([book.cell(ws, roadmap.edition.title, "title")])
    head = ["No.", "事業名", "担当部局", "担当課等", "期間", roadmap.edition.budget_label]
    ws.append([book.cell(ws, translate("xlsx", h), "list_head") for h in head])
    total = 0
    for r, p in enumerate(projects, 3):
        total += p.budget or 0
        texts = [(p.name, 2), (LIST_SEPARATOR.join(p.departments), 3), (LIST_SEPARATOR.join(p.sections), 4)]
        height = max(_list_text_height(text, widths[c - 1]) for text, c in texts)
        if height > DEFAULT_ROW_PT:  # a wrapped name: its lines, all of them (LibreOffice keeps 15 pt)
            ws.row_dimensions[r].height = height
        ws.append(
            [
                book.cell(ws, numbers[p.id], "list_no"),
                book.cell(ws, p.name, "list_text"),
                book.cell(ws, LIST_SEPARATOR.join(p.departments), "list_text"),
                book.cell(ws, LIST_SEPARATOR.join(p.sections), "list_text"),
                book.cell(ws, p.period_text(), "list_no"),
                book.cell(ws, p.budget, "list_num"),
            ]
        )
    unset = sum(p.budget is None for p in projects)
    # a sum with budgets 未入力 says so in words (12,345（未入力 3 事業）): never a bare number read as the total
    total_value: int | str = total if not unset else budget_total(p.budget for p in projects)
    ws.append(
        [
            book.cell(ws, None, "list_no"),
            book.cell(ws, translate("xlsx", "合計（{n} 事業）").format(n=len(projects)), "list_text"),
            *[book.cell(ws, None, "list_text") for _ in range(3)],
            book.cell(ws, total_value, "list_num"),
        ]
    )


def export_xlsx(
    roadmap: Roadmap,
    projects: list[Project],
    out: Path,
    progress: ProgressCallback | None = None,
    export_id: str | None = None,
    palette: Palette = COLOUR,
    password: str | None = None,
    progress_report: bool = False,
) -> list[tuple[str, int, str]]:
    """Write *projects* of *roadmap* to the workbook *out* (replaced only when complete).

    *password*: lock the workbook as Excel's 「パスワードを付けて保存」 does (export/protect.py); it is
    encrypted in memory, so the workbook in the clear is never written.

    *export_id* (a collection round's export, see export/round_export.py) goes into the hidden sheet so
    a reply finds its base; the 全体工程表 worksheet marks the edition's own 基準月 (nothing is read from
    the clock) and has a 状況 column only as a *progress_report*; *palette*: the screen's colours, as a
    workbook is read on screen. Returns (worksheet title, sheet No., project id) per project sheet.
    """
    numbers = dict(zip((p.id for p in roadmap.projects), roadmap.sheet_numbers(), strict=True))
    for p in projects:
        numbers.setdefault(p.id, len(numbers) + roadmap.edition.first_sheet_no)
        _text(p.name)  # the 一覧 is written first: refuse an impossible name before anything is written
    if password is not None:
        from .protect import check_password

        check_password(password)  # before the work, not after it
    wb = Workbook(write_only=True)
    try:
        sheet_data, sheets = _write(wb, roadmap, projects, numbers, progress, export_id, palette, progress_report)
    except BaseException:
        _discard(wb)
        raise
    if password is None:
        try:
            with atomic_output(out) as tmp:
                _save(wb, sheet_data, tmp)
        except BaseException:  # e.g. the folder is gone: close the streamed sheets, or they complain at exit
            _discard(wb)
            raise
        return sheets
    from .protect import encrypt_workbook

    plain = io.BytesIO()
    try:
        _save(wb, sheet_data, plain)
    except BaseException:
        _discard(wb)
        raise
    locked = encrypt_workbook(plain.getvalue(), password)
    with atomic_output(out) as tmp:
        tmp.write_bytes(locked)
    return sheets


def _write(
    wb: Workbook,
    roadmap: Roadmap,
    projects: list[Project],
    numbers: dict[str, int],
    progress: ProgressCallback | None,
    export_id: str | None = None,
    palette: Palette = COLOUR,
    progress_report: bool = False,
) -> tuple[dict[Any, bytes], list[tuple[str, int, str]]]:
    list_ws = wb.create_sheet(LIST_SHEET)
    book = _StyleBook(list_ws, palette)
    _list_sheet(list_ws, book, roadmap, projects, numbers)
    # the 全体工程表 right after the 一覧 (the import skips it by its title)
    overview_ws, overview_data = write_overview_sheet(
        wb, book, roadmap, projects, roadmap.edition.reference_month, FONT_NAME, palette, progress_report
    )
    cols = ColumnGrid.build(roadmap.edition)
    builder = _SheetBuilder(roadmap, cols, book)
    used = {LIST_SHEET, META_SHEET, OVERVIEW_SHEET}
    meta_rows: list[list[Any]] = []
    sheet_data: dict[Any, bytes] = {overview_ws: overview_data}
    letters = ["", *(get_column_letter(c) for c in range(1, cols.count + 1))]
    total = len(projects)
    for i, project in enumerate(projects):
        report(progress, i, total)
        no = numbers[project.id]
        grid = builder.build(project, no)  # raises on text Excel cannot hold, before the sheet is started
        title = _unique_title(f"No.{no}", used)
        ws = wb.create_sheet(title)
        for c in range(1, cols.count + 1):
            ws.column_dimensions[get_column_letter(c)].width = mm_to_width(cols.width_mm(c))
        # one page: fitted to it (never pushed onto a second by the footer); more: one page wide only, for
        # Excel and LibreOffice ignore manual breaks in a sheet fitted to a number of pages tall
        heading = run_over_heading(roadmap.edition.title, no, project.name) if grid.runs_over else None
        pages = 0 if grid.breaks else 1
        _page_setup(ws, no, grid.rows, cols.count, pages, heading, printed=len(grid.breaks) + 1)
        _setup_sheet(ws, grid)
        sheet_data[ws] = _sheet_data(grid, book.xf, letters, book.quoted_xf)
        meta_rows.append([title, project.id, project.sheet_no_override, no])
    _meta_sheet(wb, book, roadmap, meta_rows, export_id)
    report(progress, total, total)
    return sheet_data, [(row[0], row[3], row[1]) for row in meta_rows]


def _meta_sheet(wb: Workbook, book: _StyleBook, roadmap: Roadmap, rows: list[list[Any]], export_id: str | None) -> None:
    """The hidden bookkeeping sheet: worksheet title → project id (and the sheet No. it shows), and the
    export id of a collection round. Untrusted on the way back: the importer checks it against the sheets."""
    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    meta.append([book.cell(meta, v, "plain") for v in ("format", META_FORMAT, META_VERSION)])
    head = ["fiscal_year", roadmap.edition.fiscal_year, None, "export", export_id]
    meta.append([book.cell(meta, v, "plain") for v in head])
    meta.append([book.cell(meta, v, "plain") for v in ("worksheet", "id", "sheet_no_override", "sheet_no")])
    for row in rows:
        meta.append([book.cell(meta, v, "plain") for v in row])


def _discard(wb: Workbook) -> None:
    """Finish the streamed worksheets of an abandoned export, so their temporary files close quietly."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()
