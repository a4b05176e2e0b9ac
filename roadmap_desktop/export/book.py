"""The book as one PDF: cover, 目次, 一覧, 全体工程表 and the sheets (:mod:`roadmap_desktop.layout.book`),
with a bookmark (outline entry) per section, per 分野 and per project, and 目次 lines that link to
their sheets. Drawn by the same pen as the sheets' PDF export.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from ..core.errors import RoadmapError
from ..core.i18n import translate
from ..core.model import Project, Roadmap
from ..core.progress import ProgressCallback, report
from ..layout.book import Book, field_name, layout_book
from ..layout.fonts import register_font
from ..layout.geometry import PAGE_H
from ..layout.palette import PRINT, Palette
from ..layout.sheet import in_sheet_order
from ..storage.roadmap_file import RoadmapFile
from .atomic import atomic_output
from .pdf import _canvas, _check_target, _Pen
from .pdf_record import new_stamp


def _key(number: int) -> str:
    """The destination of a page, for the 目次's links."""
    return f"page{number}"


def outline(book: Book) -> list[tuple[str, str, int, int]]:
    """The bookmarks, in order: (title, unique key, level, page). Each bookmark has its own key, for
    reportlab names an outline entry by its destination."""
    entries = [
        (translate("book", "表紙"), "cover", 0, 1),
        (translate("book", "目次"), "contents", 0, book.sections["contents"]),
        (translate("book", "一覧"), "list", 0, book.sections["list"]),
        (translate("book", "全体工程表"), "overview", 0, book.sections["overview"]),
    ]
    for i, (name, group) in enumerate(book.fields()):
        entries.append((field_name(name), f"field{i}", 0, group[0].page))
        entries += [(f"No.{e.sheet_no} {e.name}", f"sheet{e.sheet_no}-{e.project_id}", 1, e.page) for e in group]
    return entries


def write_book(book: Book, out: Path, title: str, progress: ProgressCallback | None = None, stamp: str = "") -> None:
    """Write the laid-out *book* to *out* (replaced only when complete); *stamp*: pdf_record.new_stamp."""
    total = len(book.pages)
    marks = outline(book)
    keys_on: dict[int, list[str]] = {}
    for _, key, _, number in marks:
        keys_on.setdefault(number, []).append(key)
    with atomic_output(out) as tmp:
        canvas = _canvas(tmp, title, stamp)
        pen = _Pen(canvas, register_font())
        for number, page in enumerate(book.pages, 1):
            report(progress, number - 1, total)
            for key in [_key(number), *keys_on.get(number, ())]:
                canvas.bookmarkPage(key)
            pen.page(page)  # type: ignore[arg-type]  # a sheet page or a summary page: both are shapes
            for rect, target in getattr(page, "page_links", ()):  # every 目次 line goes to its page
                box = (rect.x * mm, (PAGE_H - rect.bottom) * mm, rect.right * mm, (PAGE_H - rect.y) * mm)
                canvas.linkRect("", _key(target), box, relative=0, thickness=0)
            canvas.showPage()
            pen.reset()
        for text, key, level, _ in marks:
            canvas.addOutlineEntry(text, key, level)
        canvas.showOutline()
        report(progress, total, total)
        canvas.save()


def export_book(
    roadmap: Roadmap,
    projects: list[Project],
    out: Path,
    progress: ProgressCallback | None = None,
    palette: Palette = PRINT,
    progress_report: bool = False,
    file: RoadmapFile | None = None,
) -> list[str]:
    """Write the book of *projects* into one PDF at *out*; return the sheets' fitting problems. The
    publication by default (from the file alone); *progress_report*: with the 状況 at the file's 基準月.

    *file*: see export_pdf (the book's sheets are recorded as its base)."""
    out = Path(out)
    if not projects:
        raise RoadmapError(translate("export", "書き出す事業がありません。"))
    _check_target(out)
    book = layout_book(roadmap, projects, palette=palette, progress_report=progress_report)
    stamp = new_stamp(roadmap, in_sheet_order(roadmap, projects), file, out)
    write_book(book, out, roadmap.edition.title, progress, stamp)
    return book.problems
