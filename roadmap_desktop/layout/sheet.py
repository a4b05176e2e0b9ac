"""Compose the pages of one sheet: every box, label, line of text, grid line and bar, in millimetres.

This is the one layout engine (see ``shared/reference/sheet-layout.md``): the PDF writer, the
printer, the print preview and any on-screen sheet preview draw exactly these shapes, in this
order, with no measuring of their own. Qt-free.

Text that does not fit its cell even at the minimum size is never cut silently: what does not fit
continues on a （続き） page under its own label, and a Japanese message naming the sheet and the
field is added to :attr:`SheetLayout.problems`, for the user to see before exporting. A bar label
that fits neither in nor beside its bar is never dropped either: the bar carries a mark (※1) and the
label is printed as a numbered note under the timeline, as the printed book does (※1 事例集作成).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from ..core.fields import FIELDS, FieldKind
from ..core.fiscal import format_fiscal_year
from ..core.i18n import translate
from ..core.labels import ACTUAL_LABEL, CONTINUED_MARK, label_for
from ..core.model import Bar, Edition, Project, Roadmap, Row
from .content import InitiativeContent, SheetContent, printable, sheet_content
from .fonts import PT_MM, metrics
from .geometry import (
    CONTENT_W,
    LABEL_TEXT,
    MARGIN,
    MAX_ROW_H,
    MIN_ROW_H,
    MONTHS_PER_YEAR,
    OVERVIEW_H,
    OVERVIEW_MAX_H,
    PAGE_H,
    TEXT_HEAD_H,
    TEXT_MAX_H,
    TEXT_MIN_H,
    CellKind,
    PageGeometry,
    Rect,
    TextNeed,
    TimelineGeometry,
    bottom_limit,
    fits_page,
    page_geometry,
)
from .labels import BAR_LEADING, BAR_PAD, MIN_PT, LabelHow, LabelPlace, place_label, place_mark
from .lanes import PlacedRow
from .notes import NOTE_PT, columns_for, notes_height, place_notes
from .palette import BLACK, PRINT, Colour, Palette
from .text import LEADING, TYPED_MARK_MM, Fit, break_lines, fit_text, lines_height_mm

# Sizes in points. MIN_PT (layout/labels.py) is the smallest size a person reads comfortably on paper:
# nothing on a page is set smaller.
TITLE_PT = 12.0
LABEL_PT = 8.0
VALUE_PT = 9.0
TEXT_PT = 11.0  # the three text columns: as large as the published sheets where the text allows
TEXT_READ_PT = 8.0  # the text columns are given at least the room their text needs at this size
NEAR_MIN_PT = 7.0  # text set this small or smaller is named by the 紙面チェック
NAME_PT = 8.0  # initiative names
KIND_PT = 7.5
YEAR_PT = 9.0
CONTINUED_PT = 9.0
NOTE_MARK = "※"

PAD = 1.0  # text inset inside a cell, mm: text never touches a rule
BORDER_W = 0.25  # cell borders, mm
THIN_W = 0.1

BAR_STROKE_W = 0.2

HEADER_FIELDS = ("field", "items", "departments", "sections", "name", "start_year", "end_year", "budget")
TEXT_FIELDS = tuple(f.attr for f in FIELDS if f.kind is FieldKind.PARAGRAPH)  # 概要 and the three columns


@dataclass(frozen=True, slots=True)
class TextRun:
    """One line of text: drawn from its left end at *x* on the baseline *baseline* (mm), *size* in pt."""

    x: float
    baseline: float
    text: str
    size: float
    width: float  # mm, measured with the font
    region: Rect  # the cell it belongs to: every glyph lies inside
    colour: Colour = BLACK
    role: str = ""  # e.g. "title", "label:items", "items", "bar", "year"


@dataclass(frozen=True, slots=True)
class BoxShape:
    rect: Rect
    fill: Colour | None  # None = not filled
    stroke: Colour | None  # None = no border
    line_w: float = BORDER_W


@dataclass(frozen=True, slots=True)
class LineShape:
    x0: float
    y0: float
    x1: float
    y1: float
    colour: Colour = BLACK
    line_w: float = THIN_W


@dataclass(frozen=True, slots=True)
class PolygonShape:
    points: tuple[tuple[float, float], ...]
    fill: Colour | None
    stroke: Colour | None
    line_w: float = BAR_STROKE_W


Shape = TextRun | BoxShape | LineShape | PolygonShape


@dataclass(frozen=True)
class BarItem:
    """A bar as drawn: which initiative and row, its months (offsets in the window) and where its label went."""

    initiative: int  # index in the project's initiatives
    row: Row
    first: int
    last: int
    label: str
    continues: bool
    rect: Rect
    lane: int
    label_region: Rect
    label_runs: tuple[TextRun, ...]
    note: str = ""  # the mark (※1) when the label is printed as a note under the timeline
    place: str = "inside"  # where the label went: inside, above, below (a label line) or note


@dataclass
class Page:
    """One page of a sheet; *shapes* are in drawing order."""

    project_id: str
    sheet_no: int
    number: int  # 0 = the sheet's first page
    continuation: bool
    geometry: PageGeometry
    initiatives: range  # the initiatives whose rows are on this page
    has_timeline: bool = True
    shapes: list[Shape] = field(default_factory=list)
    fields: dict[str, Fit] = field(default_factory=dict)  # what each header/text cell shows
    continued_fields: list[tuple[str, str]] = field(default_factory=list)  # (attr, text) on a text page
    bars: list[BarItem] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (mark, bar label) under the timeline

    def texts(self) -> list[TextRun]:
        return [s for s in self.shapes if isinstance(s, TextRun)]


@dataclass
class SheetLayout:
    project: Project
    sheet_no: int
    pages: list[Page]
    problems: list[str]
    text_size: float = 0.0  # the size the three text columns were set at (pt)


# --- placing text ---------------------------------------------------------------------------------


def place_lines(
    lines: Sequence[str],
    size: float,
    rect: Rect,
    region: Rect | None = None,
    align: str = "left",
    valign: str = "middle",
    pad_x: float = PAD,
    pad_y: float = PAD,
    colour: Colour = BLACK,
    role: str = "",
    leading: float = LEADING,
    typed: Collection[int] = (),
) -> list[TextRun]:
    """Runs for *lines* set at *size* pt inside *rect* (aligned left/center/right, top/middle); a line in
    *typed* is set :data:`layout.text.TYPED_MARK_MM` to the right: it follows a typed break that would
    otherwise read back as a wrap (:attr:`layout.text.Fit.typed`, :func:`typed_lines`)."""
    if not lines:
        return []
    m = metrics()
    em = size * PT_MM
    block = lines_height_mm(len(lines), size, leading)
    top = rect.y + pad_y if valign == "top" else rect.y + (rect.h - block) / 2
    region = region or rect
    runs = []
    for i, line in enumerate(lines):
        w = m.text_em(line) * em
        if align == "center":
            x = rect.x + (rect.w - w) / 2
        elif align == "right":
            x = rect.right - pad_x - w
        else:
            x = rect.x + pad_x
        if i in typed:
            x += TYPED_MARK_MM
        runs.append(TextRun(x, top + m.ascent * em + i * leading * em, line, size, w, region, colour, role))
    return runs


def typed_lines(text: str, lines: Sequence[str]) -> frozenset[int]:
    """The *lines* of *text* (set without its line breaks) that follow one of its typed line breaks. A
    bar label's typed break can look exactly like a wrap between phrases (会議等開催 / （3回程度）):
    such lines are set a hair to the right, so the PDF import reads the break back as typed."""
    typed: set[int] = set()
    end = 0
    for k, line in enumerate(lines):
        start = text.find(line, end)
        if start < 0:
            break
        if k and "\n" in text[end:start]:
            typed.add(k)
        end = start + len(line)
    return frozenset(typed)


def label_run(text: str, rect: Rect, size: float = LABEL_PT, role: str = "", align: str = "center") -> TextRun:
    """A label word: always one run on one line, shrunk to the cell's width if need be."""
    em_w = metrics().text_em(text)
    size = min(size, (rect.w - 2 * PAD) / (em_w * PT_MM) if em_w else size, (rect.h - 0.4) / PT_MM)
    return place_lines([text], size, rect, align=align, pad_x=PAD, role=role)[0]


class _Composer:
    def __init__(self, content: SheetContent) -> None:
        self.content = content
        self.edition = content.edition
        self.project = content.project
        self.sheet_no = content.sheet_no
        self.pal = content.palette
        self.problems: list[str] = []
        self.pages: list[Page] = []
        self.continued: list[tuple[str, str]] = []  # (attr, text that did not fit on the first page)
        self.note_count = 0  # notes are numbered through the sheet: ※1, ※2, …
        self.places: dict[tuple[int, Row], list[LabelPlace]] = {}  # each row's label places
        self.text_size = 0.0
        self.page_notes: list[tuple[str, str]] = []  # (mark, label) of the page being composed

    def problem(self, label: str, pt: float) -> None:
        self.problems.append(
            translate(
                "layout",
                "No.{no}「{name}」の「{label}」が{pt}ポイントでも枠に収まりません（収まらない部分は（続き）のページに載せます）。",
            ).format(no=self.sheet_no, name=self.project.name.replace("\n", ""), label=label, pt=f"{pt:g}")
        )

    def too_long(self, what: str, pt: float) -> None:
        """Something that has no continuation (an initiative name, a bar label): the user must shorten it."""
        self.problems.append(
            translate(
                "layout", "No.{no}「{name}」の{what}が{pt}ポイントでも枠に収まりません。短くしてください。"
            ).format(no=self.sheet_no, name=self.project.name.replace("\n", ""), what=what, pt=f"{pt:g}")
        )

    # --- title and header block

    def title(self, page: Page) -> None:
        g = page.geometry.title
        m = metrics()
        no = f"No. {self.sheet_no}"
        no_run = place_lines([no], TITLE_PT, g, align="right", pad_x=0, role="sheet_no")[0]
        # the title shrinks rather than run into the （続き） mark or the sheet number
        title = printable(self.edition.title).replace("\n", "")
        mark_w = m.width_mm(CONTINUED_MARK, TITLE_PT) + 3.0 if page.continuation else 0.0
        room = g.w - no_run.width - 8.0 - mark_w
        em_w = m.text_em(title) * PT_MM
        size = min(TITLE_PT, room / em_w) if em_w else TITLE_PT
        run = place_lines([title], size, Rect(g.x, g.y, room, g.h), region=g, pad_x=0, role="title")[0]
        page.shapes.append(run)
        if page.continuation:
            mark = Rect(run.x + run.width + 3.0, g.y, mark_w, g.h)
            page.shapes.append(place_lines([CONTINUED_MARK], TITLE_PT, mark, pad_x=0, role="continued")[0])
        page.shapes.append(no_run)

    def header(self, page: Page) -> None:
        columns = self._text_columns(page)
        for cell in page.geometry.cells:
            if cell.kind is CellKind.LABEL:
                attr = cell.key.removeprefix("label:")
                page.shapes.append(BoxShape(cell.rect, self.pal.label_fill, self.pal.ink))
                page.shapes.append(label_run(label_for(attr, self.edition), cell.rect, role=cell.key))
                continue
            attr = cell.key
            page.shapes.append(BoxShape(cell.rect, None, self.pal.ink))
            text = self.content.printed(attr)
            big = attr in TEXT_FIELDS
            r = cell.rect
            fit = columns.get(attr) or fit_text(text, r.w - 2 * PAD, r.h - 2 * PAD, VALUE_PT, MIN_PT, phrases=True)
            page.fields[attr] = fit
            if fit.overflow and not page.continuation:
                self.problem(label_for(attr, self.edition), MIN_PT)
                self.continued.append((attr, fit.overflow))
            align = "right" if attr == "budget" else "center" if attr in ("start_year", "end_year") else "left"
            valign = "top" if big and attr != "overview" else "middle"
            page.shapes += place_lines(fit.lines, fit.size, r, align=align, valign=valign, role=attr, typed=fit.typed)

    def _text_columns(self, page: Page) -> dict[str, Fit]:
        """現状・課題, 取組 and デジタル活用… fitted at one size, the largest at which all three fit, so the
        columns read as one row of text rather than three different sizes. Each is fitted once more only
        when it alone could have been larger."""
        boxes = {
            c.key: c.rect
            for c in page.geometry.cells
            if c.kind is CellKind.VALUE and c.key in TEXT_FIELDS and c.key != "overview"
        }
        fits = {
            attr: fit_text(self.content.printed(attr), r.w - 2 * PAD, r.h - 2 * PAD, TEXT_PT, MIN_PT, phrases=True)
            for attr, r in boxes.items()
        }
        size = min((f.size for f in fits.values()), default=TEXT_PT)
        for attr, r in boxes.items():
            if fits[attr].size > size:
                text = self.content.printed(attr)
                fits[attr] = fit_text(text, r.w - 2 * PAD, r.h - 2 * PAD, size, MIN_PT, phrases=True)
        if fits and not page.continuation:
            self.text_size = size
        return fits

    # --- timeline

    def timeline(self, page: Page) -> None:
        t = page.geometry.timeline
        shapes = page.shapes
        # header row: 取組, 区分, then the five years
        for rect, text, role in (
            (t.name_header(), LABEL_TEXT["timeline_name"], "label:timeline_name"),
            (t.kind_header(), LABEL_TEXT["timeline_kind"], "label:timeline_kind"),
        ):
            shapes.append(BoxShape(rect, self.pal.label_fill, self.pal.ink))
            shapes.append(label_run(text, rect, role=role))
        for i, year in enumerate(t.years):
            rect = t.year_header(i)
            shapes.append(BoxShape(rect, self.pal.label_fill, self.pal.ink))
            shapes.append(label_run(format_fiscal_year(year), rect, YEAR_PT, role="year"))
        if t.rows == 0:
            return
        # the month grid under the bars: faint months, stronger quarters, year lines drawn as borders below
        top, bottom = t.body_top, t.bottom
        n_months = len(t.years) * MONTHS_PER_YEAR
        for k in range(1, n_months):
            if k % MONTHS_PER_YEAR == 0:
                continue
            x = t.month_left(k)
            if k % 3:
                shapes.append(LineShape(x, top, x, bottom, self.pal.grid_month, THIN_W))
        for k in range(3, n_months, 3):
            if k % MONTHS_PER_YEAR:
                x = t.month_left(k)
                shapes.append(LineShape(x, top, x, bottom, self.pal.grid_quarter, THIN_W))
        for i in range(1, len(t.years)):
            x = t.year_header(i).x
            shapes.append(LineShape(x, top, x, bottom, self.pal.grid_year, BORDER_W))
        for j, index in enumerate(page.initiatives):
            self.initiative_rows(page, t, j, self.content.initiatives[index])

    def initiative_rows(self, page: Page, t: TimelineGeometry, j: int, ini: InitiativeContent) -> None:
        shapes = page.shapes
        name_rect = t.name_cell(j)
        shapes.append(BoxShape(name_rect, None, self.pal.ink))
        fit = fit_text(printable(ini.name), name_rect.w - 2 * PAD, name_rect.h - 2 * PAD, NAME_PT, MIN_PT, phrases=True)
        if fit.overflow:
            self.too_long(translate("layout", "取組名「{name}」").format(name=ini.name.replace("\n", "")), MIN_PT)
        shapes += place_lines(fit.lines, fit.size, name_rect, role="initiative", typed=fit.typed)
        for actual, word in ((False, ini.plan_label), (True, ACTUAL_LABEL)):
            kind = t.kind_cell(j, actual)
            shapes.append(BoxShape(kind, self.pal.label_fill, self.pal.ink))
            shapes.append(label_run(word, kind, KIND_PT, role="kind"))
        # the plan row and the actual row of one initiative are parted by a faint line only
        mid = t.row_top(j, True)
        shapes.append(LineShape(t.months_x, mid, t.right, mid, self.pal.grid_quarter, THIN_W))
        shapes.append(BoxShape(Rect(t.months_x, name_rect.y, t.right - t.months_x, name_rect.h), None, self.pal.ink))
        for row in (Row.PLAN, Row.ACTUAL):
            self.bars(page, t, j, ini.index, ini.row(row), row)

    def _body(self, t: TimelineGeometry, rect: Rect, continues: bool) -> Rect:
        """The part of a bar that holds its label: an arrow's head is left out."""
        if not continues:
            return rect
        head = min(rect.h * 0.7, rect.w * 0.4)
        return Rect(rect.x, rect.y, t.right - head - rect.x, rect.h)

    def place_row(self, t: TimelineGeometry, placed: PlacedRow) -> list[LabelPlace]:
        """Where each bar label of a row goes at row height ``t.row_h`` (:func:`layout.labels.place_label`)."""
        out = []
        for p in placed.bars:
            rect = t.bar_rect(0, False, p.first, p.last, p.lane, placed.lanes)
            body = self._body(t, rect, p.bar.continues)
            span = (t.right if p.bar.continues else t.month_left(p.last + 1)) - t.month_left(p.first)
            out.append(place_label(printable(p.bar.label), body.w, body.h, span, p.lane, placed.lanes))
        return out

    def bars(self, page: Page, t: TimelineGeometry, j: int, index: int, placed: PlacedRow, row: Row) -> None:
        places = self.places[(index, row)]
        actual = row is Row.ACTUAL
        for p, place in zip(placed.bars, places, strict=True):
            rect = t.bar_rect(j, actual, p.first, p.last, p.lane, placed.lanes)
            self.bar(page, t, j, index, row, p.first, p.last, p.bar, rect, p.lane, place)

    def bar(
        self,
        page: Page,
        t: TimelineGeometry,
        j: int,
        index: int,
        row: Row,
        first: int,
        last: int,
        bar: Bar,
        rect: Rect,
        lane: int,
        place: LabelPlace,
    ) -> None:
        actual = row is Row.ACTUAL
        pal = self.pal
        fill, text = (pal.actual_fill, pal.actual_text) if actual else (pal.plan_fill, pal.plan_text)
        body = self._body(t, rect, bar.continues)
        if bar.continues:
            tip = t.right
            y, h = rect.y, rect.h
            pts = ((rect.x, y), (body.right, y), (tip, y + h / 2), (body.right, y + h), (rect.x, y + h))
            page.shapes.append(PolygonShape(pts, fill, pal.bar_line))
        else:
            page.shapes.append(BoxShape(rect, fill, pal.bar_line, BAR_STROKE_W))
        label = printable(bar.label)
        mark = ""
        region = body
        runs: list[TextRun] = []
        if place.how is LabelHow.INSIDE:
            runs = place_lines(
                place.lines,
                place.size,
                body,
                align="center",
                pad_x=BAR_PAD,
                colour=text,
                role="bar",
                leading=BAR_LEADING,
                typed=typed_lines(label, place.lines),
            )
        elif place.how in (LabelHow.ABOVE, LabelHow.BELOW):
            line = t.label_line(j, actual, below=place.how is LabelHow.BELOW)
            x1 = t.right if bar.continues else t.month_left(last + 1)
            region = Rect(t.month_left(first), line.y, x1 - t.month_left(first), line.h)
            runs = place_lines(place.lines, place.size, region, align="center", pad_x=0, role="bar", leading=1.0)
        elif label:  # fits nowhere near the bar: a mark on the bar, the label as a note
            self.note_count += 1
            mark = f"{NOTE_MARK}{self.note_count}"
            self.page_notes.append((mark, label))
            months = Rect(t.month_left(first), body.y, t.month_left(last + 1) - t.month_left(first), body.h)
            fit, wide = place_mark(mark, body.w, body.h, months.w)
            if wide:
                region = months
            runs = place_lines(
                fit.lines, fit.size, region, align="center", pad_x=0.05, colour=text, role="bar_mark", leading=1.0
            )
        page.shapes += runs
        page.bars.append(
            BarItem(
                index, row, first, last, bar.label, bar.continues, rect, lane, region, tuple(runs), mark, str(place.how)
            )
        )

    # --- pages

    def text_need(self) -> TextNeed:
        """The heights the first page's text wants (see :class:`layout.geometry.TextNeed`)."""
        col_w = CONTENT_W / 3 - 2 * PAD

        def height(text: str, width: float, size: float) -> float:
            return lines_height_mm(len(break_lines(text, width, size)), size) + 2 * PAD if text else 0.0

        columns = [self.content.printed(attr) for attr in TEXT_FIELDS if attr != "overview"]
        floor = max((height(t, col_w, TEXT_READ_PT) for t in columns), default=0.0)
        want = max((height(t, col_w, TEXT_PT) for t in columns), default=0.0)
        floor = min(TEXT_MAX_H, max(TEXT_MIN_H, floor))
        want = min(TEXT_MAX_H, max(floor, want))
        overview = self.content.printed("overview")
        over_h = height(overview, CONTENT_W - 16.0 - 2 * PAD, VALUE_PT)
        return TextNeed(min(OVERVIEW_MAX_H, max(OVERVIEW_H, over_h)), floor, want)

    @staticmethod
    def _notes_h(
        notes: list[tuple[str, str]], k: int, lines: list[tuple[int, int]], cont: bool, need: TextNeed
    ) -> float:
        """Room for *notes* under the timeline: one column (under the 取組 names, where a reader of the
        printed page looks for notes) while the page allows, else as many columns as they need."""
        one = notes_height(notes, 1)
        if k <= 1 or fits_page(k, lines, cont, need, one):
            return one
        return notes_height(notes, columns_for(notes, 25.0))

    def _plan_page(self, start: int, cont: bool, need: TextNeed) -> tuple[range, tuple[tuple[int, int], ...], float]:
        """How many initiatives from *start* go on a page, their rows' label lines and the notes' room;
        the labels' places are kept in :attr:`places`. The places depend on the row height, which
        depends on the label lines: start from the tallest rows and lower the guess until the rows the
        page gets are at least as tall as the ones the labels were placed for (MIN_ROW_H always is)."""
        inits = self.content.initiatives
        years = tuple(self.edition.fiscal_year + i for i in range(len(self.edition.window_years)))
        cap = max(1, int((bottom_limit() - MARGIN) // (2 * MIN_ROW_H)))
        guess = MAX_ROW_H
        for attempt in range(5):
            t = TimelineGeometry(0.0, 1, guess, years)
            lines: list[tuple[int, int]] = []
            notes: list[tuple[str, str]] = []
            k = 0
            count = self.note_count
            for ini in inits[start : start + cap]:
                row_lines: list[tuple[int, int]] = []
                row_notes: list[tuple[str, str]] = []
                for row in (Row.PLAN, Row.ACTUAL):
                    places = self.place_row(t, ini.row(row))
                    self.places[(ini.index, row)] = places
                    row_lines.append(
                        (
                            int(any(p.how is LabelHow.ABOVE for p in places)),
                            int(any(p.how is LabelHow.BELOW for p in places)),
                        )
                    )
                    for p, placed in zip(places, ini.row(row).bars, strict=True):
                        if p.how is LabelHow.NOTE and placed.bar.label:
                            row_notes.append(
                                (f"{NOTE_MARK}{count + len(notes) + len(row_notes) + 1}", placed.bar.label)
                            )
                trial_notes = notes + row_notes
                trial_lines = lines + row_lines
                notes_h = self._notes_h(trial_notes, k + 1, trial_lines, cont, need)
                if k > 0 and not fits_page(k + 1, trial_lines, cont, need, notes_h):
                    break
                lines += row_lines
                notes = trial_notes
                k += 1
            notes_h = self._notes_h(notes, k, lines, cont, need)
            g = page_geometry(self.edition, k, cont, notes_h, lines, need)
            if g.timeline.row_h >= guess - 1e-6:
                break
            guess = g.timeline.row_h if attempt < 3 else MIN_ROW_H
        return range(start, start + k), tuple(lines), notes_h

    def compose(self) -> SheetLayout:
        need = self.text_need()
        start, number = 0, 0
        n = len(self.content.initiatives)
        while True:
            rng, lines, notes_h = self._plan_page(start, number > 0, need)
            self.pages.append(self._timeline_page(number, rng, lines, notes_h, need))
            start, number = rng.stop, number + 1
            if start >= n:
                break
        if self.continued:
            self.text_pages()
        return SheetLayout(self.project, self.sheet_no, self.pages, self.problems, self.text_size)

    def _timeline_page(
        self, number: int, rng: range, lines: tuple[tuple[int, int], ...], notes_h: float, need: TextNeed
    ) -> Page:
        """A page of the header and timeline, its labels placed as :meth:`_plan_page` decided."""
        cont = number > 0
        geometry = page_geometry(self.edition, len(rng), cont, notes_h, lines, need)
        page = Page(self.project.id, self.sheet_no, number, cont, geometry, rng)
        self.page_notes = []
        self.title(page)
        self.header(page)
        self.timeline(page)
        page.notes = self.page_notes
        room = PAGE_H - MARGIN - geometry.timeline.bottom
        columns = columns_for(page.notes, room)
        if notes_height(page.notes, columns) > room + 1e-6:
            self.problems.append(
                translate(
                    "layout",
                    "No.{no}「{name}」のバーの注記（※）が多すぎてページに収まりません。バーの文字を短くしてください。",
                ).format(no=self.sheet_no, name=self.project.name.replace("\n", ""))
            )
        self.notes(page, columns)
        return page

    def notes(self, page: Page, columns: int) -> None:
        """※1 事例集作成 under the timeline (see :mod:`layout.notes`)."""
        for note in place_notes(page.notes, page.geometry.timeline.bottom, columns):
            page.shapes += place_lines(
                [note.mark], NOTE_PT, note.mark_rect, pad_x=0, pad_y=0, valign="top", role="note_mark"
            )
            page.shapes += place_lines(note.lines, NOTE_PT, note.text_rect, pad_x=0, pad_y=0, valign="top", role="note")

    def text_pages(self) -> None:
        """（続き） pages carrying, under each field's own label, the text that did not fit its cell."""
        blocks = list(self.continued)
        page: Page | None = None
        y = 0.0
        bottom = PAGE_H - MARGIN
        em = CONTINUED_PT * PT_MM
        while blocks:
            attr, text = blocks.pop(0)
            if page is None or y + TEXT_HEAD_H + 2 * PAD + em > bottom:
                page = self._new_text_page()
                y = page.geometry.timeline.top + 2.0
            label = label_for(attr, self.edition)
            head = Rect(MARGIN, y, CONTENT_W, TEXT_HEAD_H)
            page.shapes.append(BoxShape(head, self.pal.label_fill, self.pal.ink))
            page.shapes.append(label_run(label, head, role="label:" + attr))
            avail = bottom - head.bottom
            fit = fit_text(text, CONTENT_W - 2 * PAD, avail - 2 * PAD, CONTINUED_PT, CONTINUED_PT, phrases=True)
            if not fit.lines:  # not even one line left on this page
                blocks.insert(0, (attr, text))
                page = None
                continue
            body = Rect(MARGIN, head.bottom, CONTENT_W, lines_height_mm(len(fit.lines), CONTINUED_PT) + 2 * PAD)
            page.shapes.append(BoxShape(body, None, self.pal.ink))
            page.shapes += place_lines(fit.lines, fit.size, body, valign="top", role=attr, typed=fit.typed)
            page.continued_fields.append((attr, text[: len(text) - len(fit.overflow)] if fit.overflow else text))
            y = body.bottom + 2.0
            if fit.overflow:
                blocks.insert(0, (attr, fit.overflow))
                page = None

    def _new_text_page(self) -> Page:
        g = page_geometry(self.edition, 0, True)
        page = Page(self.project.id, self.sheet_no, len(self.pages), True, g, range(0), has_timeline=False)
        self.title(page)
        self.header(page)
        self.pages.append(page)
        return page


def layout_sheet(edition: Edition, project: Project, sheet_no: int, palette: Palette = PRINT) -> SheetLayout:
    """All pages of *project*'s sheet, numbered *sheet_no*, with the fitting problems found."""
    return compose_sheet(sheet_content(edition, project, sheet_no, palette))


def compose_sheet(content: SheetContent) -> SheetLayout:
    """All pages of a project's sheet as :mod:`.content` made it, with the fitting problems found."""
    return _Composer(content).compose()


def in_sheet_order(roadmap: Roadmap, projects: Iterable[Project]) -> list[tuple[int, Project]]:
    """*projects* with their sheet numbers, in the roadmap's order (projects not in it come last)."""
    numbers = {p.id: (i, no) for i, (p, no) in enumerate(zip(roadmap.projects, roadmap.sheet_numbers(), strict=True))}
    wanted = list(projects)
    known = sorted((p for p in wanted if p.id in numbers), key=lambda p: numbers[p.id][0])
    extra = [p for p in wanted if p.id not in numbers]
    last = max((no for _, no in numbers.values()), default=roadmap.edition.first_sheet_no - 1)
    return [(numbers[p.id][1], p) for p in known] + [(last + 1 + i, p) for i, p in enumerate(extra)]


def layout_projects(roadmap: Roadmap, projects: Iterable[Project], palette: Palette = PRINT) -> list[SheetLayout]:
    return [layout_sheet(roadmap.edition, p, no, palette) for no, p in in_sheet_order(roadmap, projects)]


def check_projects(roadmap: Roadmap, projects: Iterable[Project]) -> list[str]:
    """The fitting problems an export of *projects* would report (nothing is written)."""
    return [msg for sheet in layout_projects(roadmap, projects) for msg in sheet.problems]
