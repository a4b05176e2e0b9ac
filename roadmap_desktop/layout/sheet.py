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

from collections.abc import Iterable, Sequence
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
    MONTHS_PER_YEAR,
    PAGE_H,
    TEXT_HEAD_H,
    CellKind,
    PageGeometry,
    Rect,
    TimelineGeometry,
    page_geometry,
    paginate,
)
from .lanes import PlacedRow
from .notes import NOTE_PT, columns_for, notes_height, place_notes
from .palette import BLACK, PRINT, Colour, Palette
from .text import LEADING, Fit, fit_text, lines_height_mm

# Sizes in points. The minimum is the smallest size a person reads comfortably on paper.
MIN_PT = 6.0
TITLE_PT = 12.0
LABEL_PT = 8.0
VALUE_PT = 9.0
TEXT_PT = 11.0  # the three text columns: as large as the published sheets where the text allows
NAME_PT = 8.0  # initiative names
KIND_PT = 7.5
YEAR_PT = 9.0
BAR_PT = 7.0
BAR_MIN_PT = 4.5  # a bar label may shrink below MIN_PT only as a last resort (reported)
CONTINUED_PT = 9.0
NOTE_MARK_MIN_PT = 3.5  # the ※n mark inside a bar: a mark, not text to read at length
NOTE_MARK = "※"

BAR_LEADING = 1.1  # bar labels are set a little tighter: two lines fit a bar of a stacked lane
PAD = 0.8  # text inset inside a cell, mm
BAR_PAD = 0.4
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
) -> list[TextRun]:
    """Runs for *lines* set at *size* pt inside *rect* (aligned left/center/right, top/middle)."""
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
        runs.append(TextRun(x, top + m.ascent * em + i * leading * em, line, size, w, region, colour, role))
    return runs


def label_run(text: str, rect: Rect, size: float = LABEL_PT, role: str = "", align: str = "center") -> TextRun:
    """A label word: always one run on one line, shrunk to the cell's width if need be."""
    em_w = metrics().text_em(text)
    size = min(size, (rect.w - 2 * BAR_PAD) / (em_w * PT_MM) if em_w else size, (rect.h - 0.4) / PT_MM)
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
            fit = columns.get(attr) or fit_text(text, r.w - 2 * PAD, r.h - 2 * PAD, VALUE_PT, MIN_PT)
            page.fields[attr] = fit
            if fit.overflow and not page.continuation:
                self.problem(label_for(attr, self.edition), MIN_PT)
                self.continued.append((attr, fit.overflow))
            align = "right" if attr == "budget" else "center" if attr in ("start_year", "end_year") else "left"
            valign = "top" if big and attr != "overview" else "middle"
            page.shapes += place_lines(fit.lines, fit.size, r, align=align, valign=valign, role=attr)

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
            attr: fit_text(self.content.printed(attr), r.w - 2 * PAD, r.h - 2 * PAD, TEXT_PT, MIN_PT)
            for attr, r in boxes.items()
        }
        size = min((f.size for f in fits.values()), default=TEXT_PT)
        for attr, r in boxes.items():
            if fits[attr].size > size:
                fits[attr] = fit_text(self.content.printed(attr), r.w - 2 * PAD, r.h - 2 * PAD, size, MIN_PT)
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
        fit = fit_text(printable(ini.name), name_rect.w - 2 * PAD, name_rect.h - 2 * PAD, NAME_PT, MIN_PT)
        if fit.overflow:
            self.too_long(translate("layout", "取組名「{name}」").format(name=ini.name.replace("\n", "")), MIN_PT)
        shapes += place_lines(fit.lines, fit.size, name_rect, role="initiative")
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

    def bars(self, page: Page, t: TimelineGeometry, j: int, index: int, placed: PlacedRow, row: Row) -> None:
        lanes = placed.lanes
        actual = row is Row.ACTUAL
        for p in placed.bars:
            rect = t.bar_rect(j, actual, p.first, p.last, p.lane, lanes)
            nxt = placed.next_start(p)
            room_right = (t.month_left(nxt) if nxt is not None else t.right) - rect.right
            lane_h = t.row_h / lanes
            lane_rect = Rect(rect.x, t.row_top(j, actual) + p.lane * lane_h, rect.w, lane_h)
            self.bar(page, t, index, row, p.first, p.last, p.bar, rect, p.lane, lane_rect, room_right)

    def bar(
        self,
        page: Page,
        t: TimelineGeometry,
        index: int,
        row: Row,
        first: int,
        last: int,
        bar: Bar,
        rect: Rect,
        lane: int,
        lane_rect: Rect,
        room_right: float,
    ) -> None:
        actual = row is Row.ACTUAL
        pal = self.pal
        fill, text = (pal.actual_fill, pal.actual_text) if actual else (pal.plan_fill, pal.plan_text)
        body = rect
        if bar.continues:
            tip = t.right
            head = min(rect.h * 0.7, rect.w * 0.4)
            y, h = rect.y, rect.h
            pts = ((rect.x, y), (tip - head, y), (tip, y + h / 2), (tip - head, y + h), (rect.x, y + h))
            page.shapes.append(PolygonShape(pts, fill, pal.bar_line))
            body = Rect(rect.x, rect.y, tip - head - rect.x, rect.h)
            room_right = 0.0
        else:
            page.shapes.append(BoxShape(rect, fill, pal.bar_line, BAR_STROKE_W))
        tall = None if actual or bar.continues else lane_rect
        label = printable(bar.label)
        runs, region = self.bar_label(label, body, room_right, text, tall)
        mark = ""
        if not runs and label:  # fits nowhere near the bar: a mark on the bar, the label as a note
            self.note_count += 1
            mark = f"{NOTE_MARK}{self.note_count}"
            self.page_notes.append((mark, label))
            fit = fit_text(mark, body.w - 0.3, body.h, BAR_PT, NOTE_MARK_MIN_PT, 1.0, max_line_count=1)
            if fit.overflow:  # ※12 on a one-month bar: the number under the ※
                fit = fit_text(mark, body.w - 0.3, body.h, BAR_PT, NOTE_MARK_MIN_PT, 1.0)
            runs = place_lines(
                fit.lines, fit.size, body, align="center", pad_x=0.15, colour=text, role="bar_mark", leading=1.0
            )
            region = body
        page.shapes += runs
        page.bars.append(
            BarItem(index, row, first, last, bar.label, bar.continues, rect, lane, region, tuple(runs), mark)
        )

    def bar_label(
        self, label: str, body: Rect, room_right: float, text: Colour, tall: Rect | None
    ) -> tuple[list[TextRun], Rect]:
        """Inside the bar if it fits (shrinking, wrapping); else just right of the bar if there is room;
        else inside at the smallest size; else (light plan bars only) over the bar's whole row height;
        else over the bar and the free room after it; else no runs: the caller makes it a note."""
        if not label:
            return [], body
        w, h = body.w - 2 * BAR_PAD, body.h
        fit = fit_text(label, w, h, BAR_PT, MIN_PT, BAR_LEADING)
        if fit.fits:
            return place_lines(
                fit.lines,
                fit.size,
                body,
                align="center",
                pad_x=BAR_PAD,
                colour=text,
                role="bar",
                leading=BAR_LEADING,
            ), body
        gap = 0.6
        if room_right > gap + 2 * BAR_PAD:
            side = Rect(body.right + gap, body.y, room_right - gap - BAR_PAD, body.h)
            fit = fit_text(label, side.w, h, BAR_PT, MIN_PT, BAR_LEADING)
            if fit.fits:
                return place_lines(
                    fit.lines, fit.size, side, align="left", pad_x=0, role="bar", leading=BAR_LEADING
                ), side
        # shrink inside the bar; for a very short bar, set solid (leading 1) with almost no side margin
        for pad_x, leading in ((BAR_PAD, BAR_LEADING), (0.15, 1.0)):
            fit = fit_text(label, body.w - 2 * pad_x, h, MIN_PT, BAR_MIN_PT, leading)
            if fit.fits:
                runs = place_lines(
                    fit.lines, fit.size, body, align="center", pad_x=pad_x, colour=text, role="bar", leading=leading
                )
                return runs, body
        if tall is not None:  # black text on the light plan bar may run above and below it, inside its row
            fit = fit_text(label, tall.w - 0.3, tall.h - 0.4, MIN_PT, BAR_MIN_PT, 1.0)
            if fit.fits:
                return place_lines(fit.lines, fit.size, tall, align="center", pad_x=0.15, role="bar", leading=1.0), tall
        # last resort: the label runs on over the empty months after the bar (in black, readable on white)
        wide = Rect(body.x, body.y, body.w + max(0.0, room_right - BAR_PAD), body.h)
        fit = fit_text(label, wide.w - 2 * BAR_PAD, h, MIN_PT, BAR_MIN_PT, BAR_LEADING)
        if fit.overflow:
            return [], body
        colour = text if wide.w <= body.w + 0.01 else self.pal.ink
        runs = place_lines(
            fit.lines, fit.size, wide, align="left", pad_x=BAR_PAD, colour=colour, role="bar", leading=BAR_LEADING
        )
        return runs, wide

    # --- pages

    def compose(self) -> SheetLayout:
        for number, rng in enumerate(paginate(len(self.project.initiatives))):
            self.pages.append(self._timeline_page(number, rng))
        if self.continued:
            self.text_pages()
        return SheetLayout(self.project, self.sheet_no, self.pages, self.problems)

    def _timeline_page(self, number: int, rng: range) -> Page:
        """A page of the header and timeline; composed again with room under the timeline when some bar
        labels became notes (the rows may then shrink a little, so it repeats until the room suffices)."""
        cont = number > 0
        notes_h = 0.0
        columns = 1
        # the most room notes can have: every row at its minimum height, the text columns not grown
        room = PAGE_H - MARGIN - page_geometry(self.edition, len(rng), cont, PAGE_H).timeline.bottom
        state = (self.note_count, len(self.problems), len(self.continued))
        while True:
            page = Page(
                self.project.id, self.sheet_no, number, cont, page_geometry(self.edition, len(rng), cont, notes_h), rng
            )
            self.page_notes = []
            self.title(page)
            self.header(page)
            self.timeline(page)
            columns = columns_for(self.page_notes, room)
            need = notes_height(self.page_notes, columns)
            if need <= notes_h + 1e-6 or notes_h >= room:
                break
            notes_h = min(need, room)
            self.note_count = state[0]
            del self.problems[state[1] :]
            del self.continued[state[2] :]
        page.notes = self.page_notes
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
            fit = fit_text(text, CONTENT_W - 2 * PAD, avail - 2 * PAD, CONTINUED_PT, CONTINUED_PT)
            if not fit.lines:  # not even one line left on this page
                blocks.insert(0, (attr, text))
                page = None
                continue
            body = Rect(MARGIN, head.bottom, CONTENT_W, lines_height_mm(len(fit.lines), CONTINUED_PT) + 2 * PAD)
            page.shapes.append(BoxShape(body, None, self.pal.ink))
            page.shapes += place_lines(fit.lines, fit.size, body, valign="top", role=attr)
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
