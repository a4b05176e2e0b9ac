"""The whole book, laid out: cover, 目次, 一覧 with totals, 全体工程表, then the sheets, every page numbered.

Page numbers are the pages' own positions in the book (the cover is page 1), printed in every
footer but the cover's, so the 目次, the footers and a PDF viewer's "go to page" all agree. Qt-free;
the PDF writer (:mod:`roadmap_desktop.export.book`) and the printer draw these pages.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from ..core.errors import RoadmapError
from ..core.fiscal import Month, budget_total, format_budget_or_unset, format_fiscal_year
from ..core.fiscal import japanese_date as fiscal_japanese_date
from ..core.i18n import translate
from ..core.labels import LIST_SEPARATOR
from ..core.model import Edition, Project, Roadmap
from .fonts import PT_MM, metrics
from .geometry import CONTENT_W, MARGIN, PAGE_H, PAGE_W, Rect
from .overview import OverviewRow, layout_overview, overview_rows
from .pages import CELL_PAD, ShapePage, one_line
from .palette import BLACK, PRINT, Palette, grey
from .sheet import BoxShape, LineShape, Page, SheetLayout, TextRun, layout_sheet, place_lines
from .text import fit_text, lines_height_mm

FOOTER_PT = 8.0
FOOTER_BASELINE = PAGE_H - 4.5  # in the bottom margin, under everything a sheet draws
CONTENTS_LINE_H = 5.4
CONTENTS_PT = 9.0
LIST_ROW_H = 6.6
LIST_HEAD_H = 6.0
LIST_PT = 8.0
HEADING_TOP = MARGIN + 12.0  # where a summary page's body starts, under its title

BookPage = Page | ShapePage


@dataclass(frozen=True)
class Entry:
    """A project in the 目次: its sheet's first page in the book."""

    project_id: str
    sheet_no: int
    name: str
    field: str
    page: int  # 1-based


@dataclass
class Book:
    pages: list[BookPage]
    entries: list[Entry]  # in 目次 order: by 分野 (in order of first appearance), then No.
    sections: dict[str, int]  # "contents" / "list" / "overview" → first page (1-based)
    problems: list[str] = field(default_factory=list)

    def fields(self) -> list[tuple[str, list[Entry]]]:
        groups: dict[str, list[Entry]] = {}
        for e in self.entries:
            groups.setdefault(e.field, []).append(e)
        return list(groups.items())


def japanese_date(d: date) -> str:
    """E.g. 令和8年11月29日."""
    return fiscal_japanese_date(d.year, d.month, d.day)


def field_name(field_: str) -> str:
    return field_ or translate("book", "（分野なし）")


def _page_title(page: ShapePage, title: str, edition_title: str) -> None:
    r = Rect(MARGIN, MARGIN, CONTENT_W, 8.0)
    page.shapes.append(place_lines([title], 14.0, r, pad_x=0, role="title")[0])
    page.shapes.append(one_line(edition_title, r, 9.0, 6.0, align="right", pad_x=0, role="edition"))


# --- cover -----------------------------------------------------------------------------------


def _names_the_year(title: str, fiscal_year: int) -> bool:
    """Whether *title* already says its fiscal year (令和６年度…, R6…, 2024年度…), in any digit width."""
    plain = unicodedata.normalize("NFKC", title).replace(" ", "")
    words = (format_fiscal_year(fiscal_year, "long"), format_fiscal_year(fiscal_year), f"{fiscal_year}年度")
    return any(unicodedata.normalize("NFKC", w) in plain for w in words)


def layout_cover(roadmap: Roadmap, projects: list[Project], progress_report: bool = False) -> ShapePage:
    """The cover, from the file alone: the title (and the edition's year only when the title does not
    already say it), the projects and their budget total, the 基準月, and the 発行 at the foot."""
    ed = roadmap.edition
    page = ShapePage("cover")
    mid = Rect(MARGIN + 20.0, 62.0, CONTENT_W - 40.0, 24.0)
    page.shapes.append(one_line(ed.title, mid, 26.0, 12.0, align="center", role="cover_title"))
    y = mid.bottom + 4.0
    subtitle = "" if _names_the_year(ed.title, ed.fiscal_year) else format_fiscal_year(ed.fiscal_year, "long")
    if progress_report:
        subtitle += translate("book", "進捗報告")
    if subtitle:
        page.shapes.append(one_line(subtitle, Rect(mid.x, y, mid.w, 12.0), 16.0, 10.0, align="center",
                                    role="cover_edition"))  # fmt: skip
        y += 12.0
    page.shapes.append(LineShape(mid.x + 40.0, y + 4.0, mid.right - 40.0, y + 4.0, BLACK, 0.4))
    facts = [
        translate("book", "{n} 事業　{label} 合計 {total}").format(
            n=len(projects), label=ed.budget_label, total=budget_total(p.budget for p in projects)
        )
    ]
    if ed.reference_month is not None:
        facts.append(translate("book", "実績の基準月　{month}").format(month=ed.reference_month.japanese()))
    y += 14.0
    for text in facts:
        page.shapes.append(one_line(text, Rect(mid.x, y, mid.w, 8.0), 11.0, 7.0, align="center", role="cover_fact"))
        y += 9.0
    # the 発行 at the foot of the page: the date, then the issuing body
    y = PAGE_H - MARGIN - 24.0
    if ed.issued is not None:
        r = Rect(mid.x, y, mid.w, 9.0)
        page.shapes.append(one_line(japanese_date(ed.issued), r, 11.0, 8.0, align="center", role="cover_issued"))
        y += 10.0
    if ed.issuer:
        r = Rect(mid.x, y, mid.w, 9.0)
        page.shapes.append(one_line(ed.issuer, r, 14.0, 8.0, align="center", role="cover_issuer"))
    return page


# --- 目次 ---------------------------------------------------------------------------------------

_COLUMNS = 2
_COLUMN_GAP = 10.0


def _contents_lines(
    sections: list[tuple[str, int]], groups: list[tuple[str, list[Entry]]]
) -> list[tuple[str, str, int, str]]:
    """(kind, text, page, project id) per line: sections, then per 分野 a heading and its projects."""
    lines = [("section", text, page, "") for text, page in sections]
    for name, entries in groups:
        lines.append(("field", field_name(name), entries[0].page if entries else 0, ""))
        lines += [("entry", f"No.{e.sheet_no}", e.page, e.project_id) for e in entries]
    return lines


def _contents_pages(roadmap: Roadmap, lines: list[tuple[str, str, int, str]], names: dict[str, str]) -> list[ShapePage]:
    top = HEADING_TOP + 2.0
    per_column = int((PAGE_H - MARGIN - top) // CONTENTS_LINE_H)
    col_w = (CONTENT_W - (_COLUMNS - 1) * _COLUMN_GAP) / _COLUMNS
    pages: list[ShapePage] = []
    for start in range(0, max(1, len(lines)), per_column * _COLUMNS):
        page = ShapePage("contents")
        title = translate("book", "目次") + (translate("book", "（続き）") if pages else "")
        _page_title(page, title, roadmap.edition.title)
        for k, (kind, text, number, pid) in enumerate(lines[start : start + per_column * _COLUMNS]):
            col, row = divmod(k, per_column)
            x = MARGIN + col * (col_w + _COLUMN_GAP)
            y = top + row * CONTENTS_LINE_H
            line = Rect(x, y, col_w, CONTENTS_LINE_H)
            num = place_lines([str(number)], CONTENTS_PT, line, align="right", pad_x=CELL_PAD, role="contents_page")[0]
            page.page_links.append((line, number))  # every line goes to its page: sections, 分野, sheets
            if kind == "field":
                page.shapes.append(BoxShape(Rect(x, y + 0.3, col_w, CONTENTS_LINE_H - 0.6), grey(0.9), None))
                head = one_line(
                    text, Rect(x, y, col_w - num.width - 4.0, CONTENTS_LINE_H), CONTENTS_PT, 6.0,
                    pad_x=CELL_PAD, role="contents_field",
                )  # fmt: skip
                page.shapes += [head, num]
                continue
            indent = 0.0 if kind == "section" else 4.0
            if kind == "entry":
                no_run = place_lines(
                    [text], CONTENTS_PT, Rect(x + indent, y, 16.0, CONTENTS_LINE_H), pad_x=0, role="contents_no"
                )[0]
                name_x = x + indent + 17.0
                page.shapes.append(no_run)
                label = names[pid]
                role = "contents_name"
            else:
                name_x, label, role = x + indent, text, "contents_section"
            name = one_line(label, Rect(name_x, y, line.right - num.width - 3.0 - name_x, CONTENTS_LINE_H), CONTENTS_PT, 6.5,
                            pad_x=0, role=role)  # fmt: skip
            page.shapes.append(name)
            lead_y = name.baseline - 0.3
            if num.x - 1.0 > name.x + name.width + 2.0:  # dot leader from the name to its page number
                page.shapes.append(LineShape(name.x + name.width + 1.0, lead_y, num.x - 1.0, lead_y, grey(0.6), 0.12))
            page.shapes.append(num)
        pages.append(page)
    return pages


# --- 一覧 ---------------------------------------------------------------------------------------

_LIST_COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("No.", 12.0, "center"),
    ("事業名", 88.0, "left"),
    ("分野", 30.0, "left"),
    ("担当部局", 38.0, "left"),
    ("担当課等", 44.0, "left"),
    ("期間", 18.0, "center"),
    ("budget", 27.0, "right"),
    ("状況", 20.0, "center"),  # the progress report's only: the publication gives its width to 事業名
)


def _list_columns(progress_report: bool) -> tuple[tuple[str, float, str], ...]:
    if progress_report:
        return _LIST_COLUMNS
    status_w = _LIST_COLUMNS[-1][1]
    return tuple((k, w + status_w if k == "事業名" else w, a) for k, w, a in _LIST_COLUMNS[:-1])


def _cell(page: ShapePage, text: str, rect: Rect, align: str, role: str, size: float = LIST_PT) -> None:
    """*text* in a table cell, CELL_PAD clear of its rules: two lines at most, shrunk to 6 pt; still too
    long, it ends with … A text with its own line break is set on those lines (a break between phrases)."""
    page.shapes.append(BoxShape(rect, None, BLACK, 0.15))
    if not text:
        return
    if "\n" in text:
        lines = text.split("\n")
        m = metrics()
        widest = max(m.text_em(line) for line in lines) * PT_MM
        tallest = (rect.h - 0.4) / (lines_height_mm(len(lines), 1.0, 1.1))
        fitted = min(size, (rect.w - 2 * CELL_PAD) / widest if widest else size, tallest)
        if fitted >= 6.0:
            page.shapes += place_lines(lines, fitted, rect, align=align, role=role, leading=1.1, pad_x=CELL_PAD)
            return
        text = text.replace("\n", "")
    fit = fit_text(text, rect.w - 2 * CELL_PAD, rect.h - 0.4, size, 6.0, max_line_count=2)
    if fit.overflow or len(fit.lines) == 0:
        page.shapes.append(one_line(text, rect, size, 6.0, align=align, role=role, pad_x=CELL_PAD))
        return
    page.shapes += place_lines(fit.lines, fit.size, rect, align=align, role=role, leading=1.1, pad_x=CELL_PAD)


def _total_cell(budgets: Iterable[int | None]) -> str:
    """A total in the 一覧's narrow budget column: the amount, and under it how many are 未入力."""
    values = list(budgets)
    unset = sum(b is None for b in values)
    if not unset or unset == len(values):
        return budget_total(values)
    amount = format_budget_or_unset(sum(b for b in values if b is not None))
    return amount + "\n" + translate("book", "（未入力 {n} 事業）").format(n=unset)


def _list_header(page: ShapePage, y: float, budget_label: str, columns: tuple[tuple[str, float, str], ...]) -> float:
    x = MARGIN
    for key, w, _ in columns:
        r = Rect(x, y, w, LIST_HEAD_H)
        text = budget_label if key == "budget" else translate("book", key)
        page.shapes += [
            BoxShape(r, PRINT.label_fill, BLACK, 0.15),
            one_line(text, r, 8.0, 6.0, align="center", pad_x=CELL_PAD, role="list_head"),
        ]
        x += w
    return y + LIST_HEAD_H


def _list_pages(
    roadmap: Roadmap, rows: list[OverviewRow], projects: dict[str, Project], progress_report: bool = False
) -> list[ShapePage]:
    ed = roadmap.edition
    columns = _list_columns(progress_report)
    pages: list[ShapePage] = []
    page: ShapePage | None = None
    y = 0.0
    bottom = PAGE_H - MARGIN

    def new_page() -> ShapePage:
        p = ShapePage("list")
        _page_title(p, translate("book", "一覧") + (translate("book", "（続き）") if pages else ""), ed.title)
        pages.append(p)
        return p

    def table_row(values: list[str], role: str) -> None:
        nonlocal page, y
        if page is None or y + LIST_ROW_H > bottom:
            page = new_page()
            y = _list_header(page, HEADING_TOP, ed.budget_label, columns)
        x = MARGIN
        for (_, w, align), text in zip(columns, values[: len(columns)], strict=True):
            _cell(page, text, Rect(x, y, w, LIST_ROW_H), align, role)
            x += w
        y += LIST_ROW_H

    by_field: dict[str, list[int | None]] = {}
    for row in rows:
        p = projects[row.project_id]
        by_field.setdefault(row.field, []).append(p.budget)
        table_row([str(row.sheet_no), row.name, row.field, LIST_SEPARATOR.join(p.departments),
                   LIST_SEPARATOR.join(p.sections), p.period_text(), format_budget_or_unset(p.budget),
                   row.status.label], "list_cell")  # fmt: skip
    total = _total_cell(projects[r.project_id].budget for r in rows)
    table_row(["", translate("book", "合計（{n} 事業）").format(n=len(rows)), "", "", "", "", total, ""], "list_total")
    # the totals by 分野, under the table
    y += 4.0
    for name, budgets in by_field.items():
        text = translate("book", "{field}（{n} 事業）").format(field=field_name(name), n=len(budgets))
        table_row(["", text, "", "", "", "", _total_cell(budgets), ""], "list_field_total")
    return pages


# --- the book --------------------------------------------------------------------------------


def footer(number: int) -> TextRun:
    text = f"- {number} -"
    r = Rect(0.0, FOOTER_BASELINE - 3.0, PAGE_W, 4.0)
    return place_lines([text], FOOTER_PT, r, align="center", pad_x=0, pad_y=0, role="footer")[0]


def progress_reference(edition: Edition) -> Month:
    """The month a progress report reads the 実績 at: the edition's 基準月, never today's month."""
    if edition.reference_month is None:
        raise RoadmapError(
            translate(
                "book",
                "進捗報告には基準月が必要です。「版の設定」で基準月（実績を記入した最後の月）を入力してください。",
            )
        )
    return edition.reference_month


def layout_book(
    roadmap: Roadmap,
    projects: Iterable[Project],
    progress: Callable[[int, int], None] | None = None,
    palette: Palette = PRINT,
    progress_report: bool = False,
) -> Book:
    """Lay out the book of *projects* (in sheet order); the sheets and the 全体工程表 in *palette* (the
    cover, 目次 and 一覧 are black on white either way).

    Everything printed comes from the file: the 基準月 is the edition's own, nothing is read from the
    computer's clock, so the same file makes the same book on any day. *progress_report*: the 状況
    column of the 一覧 and the 全体工程表, read at the edition's 基準月 (the caller checks it is set).
    """
    if progress_report:
        progress_reference(roadmap.edition)  # refuses a progress report without its 基準月
    chosen = list(projects)
    by_id = {p.id: p for p in chosen}
    reference = roadmap.edition.reference_month
    rows = overview_rows(roadmap, chosen, reference if progress_report else None)
    sheets: list[SheetLayout] = []
    for i, row in enumerate(rows):
        if progress is not None:
            progress(i, len(rows))
        sheets.append(layout_sheet(roadmap.edition, by_id[row.project_id], row.sheet_no, palette))
    cover = layout_cover(roadmap, [by_id[r.project_id] for r in rows], progress_report)
    list_pages = _list_pages(roadmap, rows, by_id, progress_report)
    overview = layout_overview(roadmap.edition, rows, reference, palette, show_status=progress_report)
    # the 目次's length does not depend on its page numbers: lay it out once to count its pages
    order: dict[str, int] = {}
    for r in rows:
        order.setdefault(r.field, len(order))
    sorted_rows = sorted(rows, key=lambda r: (order[r.field], r.sheet_no))
    names = {r.project_id: r.name for r in rows}
    draft = [Entry(r.project_id, r.sheet_no, r.name, r.field, 0) for r in sorted_rows]
    sections_draft = [("", 0)] * 2
    n_contents = len(_contents_pages(roadmap, _contents_lines(sections_draft, Book([], draft, {}).fields()), names))
    first_list = 2 + n_contents
    first_overview = first_list + len(list_pages)
    start = first_overview + len(overview)
    first_page: dict[str, int] = {}
    for row, sheet in zip(rows, sheets, strict=True):
        first_page[row.project_id] = start
        start += len(sheet.pages)
    entries = [Entry(r.project_id, r.sheet_no, r.name, r.field, first_page[r.project_id]) for r in sorted_rows]
    sections = {"contents": 2, "list": first_list, "overview": first_overview}
    section_lines = [(translate("book", "一覧"), first_list), (translate("book", "全体工程表"), first_overview)]
    book = Book([], entries, sections, [m for s in sheets for m in s.problems])
    contents = _contents_pages(roadmap, _contents_lines(section_lines, book.fields()), names)
    assert len(contents) == n_contents
    book.pages = [cover, *contents, *list_pages, *overview, *(p for s in sheets for p in s.pages)]
    for number, page in enumerate(book.pages, 1):
        if number > 1:
            page.shapes.append(footer(number))
    return book
