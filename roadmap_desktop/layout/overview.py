"""The 全体工程表: every project's timeline on one line, its span and its status at the 基準月.

Computed once, Qt-free, in millimetres like :mod:`geometry`: :func:`overview_rows` reads the
projects, :func:`layout_overview` sets them on A4-landscape pages (the book's PDF and the printer
draw these pages), and :func:`overview_strip` sets them as one endless page (the on-screen view
draws that). The Excel export's 全体工程表 sheet uses the same rows and the same month spans.

A row shows the months the 計画 bars cover (light, upper half) and the months the 実績 bars cover
(dark, lower half); a line marks the edition's 基準月 (when the file sets one). The 状況 column is
the progress report's (``show_status``), never the publication's: a chip per project, its fill by
status and its word inside, so the page also reads in black and white.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..core.fiscal import Month, format_fiscal_year
from ..core.i18n import translate
from ..core.labels import LIST_SEPARATOR
from ..core.model import Bar, Edition, Project, Roadmap
from ..core.status import Status, project_status
from .geometry import CONTENT_W, MARGIN, MONTHS_PER_YEAR, PAGE_H, Rect
from .pages import CELL_PAD, ShapePage, one_line
from .palette import PRINT, Colour, Palette
from .sheet import BoxShape, LineShape, PolygonShape, in_sheet_order, place_lines

NO_W = 11.0
NAME_W = 72.0
STATUS_W = 13.0
ROW_H = 4.6
MAX_ROW_H = 6.5
HEAD_H = 5.5
TITLE_H = 9.0
LEGEND_H = 6.0
NAME_PT = 7.5
NAME_MIN_PT = 6.0  # the sheet's own minimum: nothing printed smaller


@dataclass(frozen=True)
class OverviewRow:
    """One project as the overview shows it. Spans are month offsets in the edition's window."""

    project_id: str
    sheet_no: int
    name: str
    field: str
    departments: tuple[str, ...]
    status: Status
    plan: tuple[tuple[int, int, bool], ...]  # (first, last, runs on past the window)
    actual: tuple[tuple[int, int, bool], ...]


def _spans(bars: Iterable[Bar], edition: Edition) -> tuple[tuple[int, int, bool], ...]:
    """The months *bars* cover, merged into runs (clipped to the window)."""
    n = len(edition.window_years) * MONTHS_PER_YEAR
    covered: dict[int, bool] = {}
    for b in bars:
        first, last = max(0, edition.month_offset(b.start)), min(n - 1, edition.month_offset(b.end))
        for m in range(first, last + 1):
            covered[m] = covered.get(m, False) or (b.continues and m == last)
    runs: list[tuple[int, int, bool]] = []
    for m in sorted(covered):
        if runs and runs[-1][1] == m - 1:
            runs[-1] = (runs[-1][0], m, covered[m])
        else:
            runs.append((m, m, covered[m]))
    return tuple(runs)


def overview_rows(roadmap: Roadmap, projects: Iterable[Project], reference: Month | None) -> list[OverviewRow]:
    """The overview's rows for *projects*, in sheet order, with their status at *reference* (none without)."""
    ed = roadmap.edition
    return [
        OverviewRow(
            p.id, no, p.name.replace("\n", ""), p.field, tuple(p.departments),
            project_status(p, reference) if reference is not None else Status.NONE,
            _spans((b for i in p.initiatives for b in i.plan), ed), _spans((b for i in p.initiatives for b in i.actual), ed),
        )
        for no, p in in_sheet_order(roadmap, projects)
    ]  # fmt: skip


@dataclass(frozen=True)
class Columns:
    left: float
    width: float
    months: int
    status_w: float = STATUS_W  # 0: no 状況 column (the publication)

    @property
    def name_x(self) -> float:
        return self.left + NO_W

    @property
    def name_w(self) -> float:
        """事業名 takes the 状況 column's width when there is none (the publication)."""
        return NAME_W + STATUS_W - self.status_w

    @property
    def status_x(self) -> float:
        return self.name_x + self.name_w

    @property
    def months_x(self) -> float:
        return self.status_x + self.status_w

    @property
    def month_w(self) -> float:
        return (self.left + self.width - self.months_x) / self.months

    def month_left(self, offset: float) -> float:
        return self.months_x + offset * self.month_w

    @property
    def right(self) -> float:
        return self.left + self.width


class _Composer:
    def __init__(
        self, edition: Edition, reference: Month | None, cols: Columns, palette: Palette, row_h: float = ROW_H
    ) -> None:
        self.edition = edition
        self.pal = palette
        self.reference = reference
        self.cols = cols
        self.row_h = row_h

    @property
    def show_status(self) -> bool:
        return self.cols.status_w > 0

    def header(self, page: ShapePage, y: float) -> float:
        c, ed = self.cols, self.edition
        heads = [(c.left, NO_W, "No."), (c.name_x, c.name_w, translate("overview", "事業名"))]
        if self.show_status:
            heads.append((c.status_x, c.status_w, translate("overview", "状況")))
        for x, w, text in heads:
            r = Rect(x, y, w, HEAD_H)
            page.shapes += [
                BoxShape(r, self.pal.label_fill, self.pal.ink),
                one_line(text, r, 7.5, 6.0, align="center", pad_x=CELL_PAD, role="overview_head"),
            ]
        for i, fy in enumerate(ed.window_years):
            r = Rect(c.month_left(i * MONTHS_PER_YEAR), y, MONTHS_PER_YEAR * c.month_w, HEAD_H)
            page.shapes += [
                BoxShape(r, self.pal.label_fill, self.pal.ink),
                one_line(format_fiscal_year(fy), r, 8.0, 6.0, align="center", pad_x=CELL_PAD, role="year"),
            ]
        return y + HEAD_H

    def field_row(self, page: ShapePage, y: float, field: str, continued: bool) -> float:
        r = Rect(self.cols.left, y, self.cols.width, self.row_h)
        text = (field or translate("overview", "（分野なし）")) + (
            translate("overview", "（続き）") if continued else ""
        )
        page.shapes += [
            BoxShape(r, self.pal.band_fill, self.pal.ink),
            one_line(text, r, 7.5, 6.0, pad_x=CELL_PAD, role="overview_field"),
        ]
        return y + self.row_h

    def row(self, page: ShapePage, y: float, row: OverviewRow) -> float:
        c = self.cols
        shapes = page.shapes
        rect = Rect(c.left, y, c.width, self.row_h)
        shapes.append(BoxShape(rect, None, self.pal.ink, 0.15))
        no_cell, name_cell = Rect(c.left, y, NO_W, self.row_h), Rect(c.name_x, y, c.name_w, self.row_h)
        shapes += [BoxShape(no_cell, None, self.pal.ink, 0.15), BoxShape(name_cell, None, self.pal.ink, 0.15)]
        shapes.append(one_line(str(row.sheet_no), no_cell, 7.5, 6.0, align="right", pad_x=CELL_PAD, role="overview_no"))
        shapes.append(one_line(row.name, name_cell, NAME_PT, NAME_MIN_PT, pad_x=CELL_PAD, role="overview_name"))
        if self.show_status:
            status = Rect(c.status_x, y, c.status_w, self.row_h)
            shapes.append(BoxShape(status, self.pal.status.get(row.status), self.pal.ink, 0.15))
            if row.status is not Status.NONE:
                shapes.append(
                    one_line(row.status.label, status, 7.0, 6.0, align="center", pad_x=CELL_PAD,
                             colour=self.pal.status_ink(row.status), role="overview_status")
                )  # fmt: skip
        for k in range(3, c.months, 3):
            x = c.month_left(k)
            strong = k % MONTHS_PER_YEAR == 0
            shapes.append(
                LineShape(
                    x, y, x, y + self.row_h, self.pal.ink if strong else self.pal.grid_quarter, 0.15 if strong else 0.08
                )
            )
        scale = self.row_h / ROW_H  # bars keep their proportions in a taller row
        for spans, top, h, fill in (
            (row.plan, 0.5 * scale, 1.9 * scale, self.pal.overview_plan),
            (row.actual, 2.5 * scale, 1.6 * scale, self.pal.overview_actual),
        ):
            for first, last, continues in spans:
                x0, x1 = c.month_left(first) + 0.15, c.month_left(last + 1) - 0.15
                if continues:
                    tip = c.month_left(c.months)
                    head = min(1.5, (x1 - x0) * 0.5)
                    pts = (
                        (x0, y + top),
                        (tip - head, y + top),
                        (tip, y + top + h / 2),
                        (tip - head, y + top + h),
                        (x0, y + top + h),
                    )
                    shapes.append(PolygonShape(pts, fill, self.pal.ink, 0.1))
                else:
                    shapes.append(BoxShape(Rect(x0, y + top, x1 - x0, h), fill, self.pal.ink, 0.1))
        page.links.append((rect, row.project_id))
        return y + self.row_h

    def reference_line(self, page: ShapePage, top: float, bottom: float) -> None:
        if self.reference is None:
            return
        offset = self.edition.month_offset(self.reference)
        if 0 <= offset <= self.cols.months:
            x = self.cols.month_left(offset)
            page.shapes.append(LineShape(x, top, x, bottom, self.pal.reference, 0.4))

    def legend(self, page: ShapePage, y: float) -> None:
        """計画 / 実績 / 基準月 (when set) / the four statuses (the progress report), in one line."""
        x = self.cols.left
        size = 7.0
        pal = self.pal
        items: list[tuple[str, Colour | None]] = [
            (translate("overview", "計画（上段）"), pal.overview_plan),
            (translate("overview", "実績（下段）"), pal.overview_actual),
        ]
        if self.reference is not None:
            items.append((translate("overview", "基準月（{month}）").format(month=self.reference.japanese()), None))
        if self.show_status:
            items += [(s.label, pal.status[s]) for s in pal.status]
        for text, swatch in items:
            if swatch is None:
                page.shapes.append(LineShape(x + 2.0, y + 0.8, x + 2.0, y + LEGEND_H - 1.6, pal.reference, 0.5))
            else:
                page.shapes.append(BoxShape(Rect(x, y + 1.0, 4.0, LEGEND_H - 2.8), swatch, pal.ink, 0.1))
            run = place_lines([text], size, Rect(x + 5.0, y, 80.0, LEGEND_H - 0.8), pad_x=0, role="overview_legend")[0]
            page.shapes.append(run)
            x = run.x + run.width + 5.0


def _title(page: ShapePage, edition: Edition, continued: bool) -> None:
    title = translate("overview", "全体工程表") + (translate("overview", "（続き）") if continued else "")
    r = Rect(MARGIN, MARGIN, CONTENT_W, TITLE_H - 2.0)
    page.shapes.append(place_lines([title], 12.0, r, pad_x=0, role="title")[0])
    page.shapes.append(one_line(edition.title, r, 9.0, 6.0, align="right", pad_x=0, role="overview_edition"))


def by_field(rows: list[OverviewRow]) -> list[OverviewRow]:
    """*rows* grouped by 分野 (in the order each 分野 first appears), each group in sheet order: as the 目次."""
    order: dict[str, int] = {}
    for r in rows:
        order.setdefault(r.field, len(order))
    return sorted(rows, key=lambda r: (order[r.field], r.sheet_no))


def layout_overview(
    edition: Edition, rows: list[OverviewRow], reference: Month | None, palette: Palette = PRINT,
    show_status: bool = False,
) -> list[ShapePage]:  # fmt: skip
    """The 全体工程表 pages: title, legend, header repeated on each page, the rows grouped by 分野 under
    a 分野 line (repeated, marked （続き）, at the top of a page that continues a group). *show_status*:
    the progress report's 状況 column."""
    rows = by_field(rows)
    bottom = PAGE_H - MARGIN
    # few projects: taller lines that fill the one page (up to MAX_ROW_H), easier to read and to write on
    lines = len(rows) + len({r.field for r in rows})
    room = bottom - (MARGIN + TITLE_H + LEGEND_H + HEAD_H)
    row_h = min(MAX_ROW_H, room / lines) if lines and lines * ROW_H <= room else ROW_H
    cols = Columns(MARGIN, CONTENT_W, len(edition.window_years) * MONTHS_PER_YEAR, STATUS_W if show_status else 0.0)
    comp = _Composer(edition, reference, cols, palette, row_h)
    pages: list[ShapePage] = []
    page: ShapePage | None = None
    y = body_top = 0.0
    field: str | None = None

    def finish() -> None:
        if page is not None:
            comp.reference_line(page, body_top, y)

    todo: list[OverviewRow | None] = list(rows) or [None]  # no rows: still one page, with its header
    for row in todo:
        new_field = row is not None and row.field != field
        need = row_h * (2 if new_field else 1)
        if page is None or y + need > bottom:
            finish()
            page = ShapePage("overview")
            pages.append(page)
            _title(page, edition, len(pages) > 1)
            comp.legend(page, MARGIN + TITLE_H - 1.0)
            y = comp.header(page, MARGIN + TITLE_H + LEGEND_H)
            body_top = y
            if row is not None and not new_field:
                y = comp.field_row(page, y, row.field, True)
        if row is None:
            break
        if new_field:
            y = comp.field_row(page, y, row.field, False)
            field = row.field
        y = comp.row(page, y, row)
    finish()
    return pages


def overview_strip(
    edition: Edition, rows: list[OverviewRow], reference: Month | None, width: float = CONTENT_W,
    palette: Palette = PRINT,
) -> tuple[ShapePage, float]:  # fmt: skip
    """All *rows* on one endless page *width* mm wide (the on-screen view, with its 状況 column), and its
    height in mm."""
    comp = _Composer(edition, reference, Columns(0.0, width, len(edition.window_years) * MONTHS_PER_YEAR), palette)
    page = ShapePage("overview")
    comp.legend(page, 0.0)
    y = top = comp.header(page, LEGEND_H)
    field: str | None = None
    for row in by_field(rows):
        if row.field != field:
            y = comp.field_row(page, y, row.field, False)
            field = row.field
        y = comp.row(page, y, row)
    comp.reference_line(page, top, y)
    return page, y


def department_text(row: OverviewRow) -> str:
    return LIST_SEPARATOR.join(row.departments)
