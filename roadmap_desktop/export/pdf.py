"""Sheets to PDF with reportlab: the laid-out pages of :mod:`layout.sheet`, drawn shape by shape.

IPAexGothic is embedded as a subset and every line of text is an ordinary text run, so the PDF
reads back (pdfplumber, copy and paste, our own PDF import) exactly as the sheet shows it. Qt's
PDF writer is not used: it maps some kanji to look-alike radicals (子 → ⼦).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas

from ..core.errors import RoadmapError
from ..core.i18n import translate
from ..core.model import Project, Roadmap
from ..core.progress import ProgressCallback, report
from ..layout.fonts import register_font
from ..layout.geometry import PAGE_H, PAGE_W
from ..layout.palette import PRINT, Colour, Palette, is_grey
from ..layout.sheet import BoxShape, LineShape, Page, PolygonShape, SheetLayout, TextRun, layout_sheet
from ..layout.sheet import in_sheet_order as _in_sheet_order
from ..storage.roadmap_file import RoadmapFile
from .atomic import atomic_output
from .pdf_record import PDF_INFO_KEY, new_stamp

_PAGE_SIZE = (PAGE_W * mm, PAGE_H * mm)
# Page streams compressed only, not also ASCII85-encoded: reportlab's pure-Python encoder took a fifth of
# the time of writing a 150-sheet book, and binary streams are smaller.
rl_config.useA85 = 0


def _set_colour(
    colour: Colour, grey_op: Callable[[float], None], rgb_op: Callable[[float, float, float], None]
) -> None:
    if is_grey(colour):
        grey_op(colour[0])
    else:
        rgb_op(*colour)


class _Pen:
    """Draws shapes on a reportlab canvas, setting colour, width and font only when they change.

    A grey is written as a grey (one operand, ``g``) and any other colour as RGB, so a page of the
    print-safe palette holds no colour at all.
    """

    def __init__(self, canvas: Canvas, font: str) -> None:
        self.c = canvas
        self.font = font
        self._fill: Colour | None = None
        self._stroke: Colour | None = None
        self._width: float | None = None
        self._size: float | None = None

    def reset(self) -> None:  # reportlab starts each page with a fresh graphics state
        self._fill = self._stroke = self._width = self._size = None

    def fill(self, colour: Colour) -> None:
        if colour != self._fill:
            _set_colour(colour, self.c.setFillGray, self.c.setFillColorRGB)
            self._fill = colour

    def stroke(self, colour: Colour, w: float) -> None:
        if colour != self._stroke:
            _set_colour(colour, self.c.setStrokeGray, self.c.setStrokeColorRGB)
            self._stroke = colour
        if w != self._width:
            self.c.setLineWidth(w * mm)
            self._width = w

    def page(self, page: Page) -> None:
        c = self.c
        top = PAGE_H * mm
        pending: list[tuple[float, float, float, float]] = []
        pending_key: tuple[Colour, float] | None = None

        def flush() -> None:
            if pending:
                c.lines(pending)
                pending.clear()

        for s in page.shapes:
            if isinstance(s, LineShape):
                key = (s.colour, s.line_w)
                if key != pending_key:
                    flush()
                    self.stroke(s.colour, s.line_w)
                    pending_key = key
                pending.append((s.x0 * mm, top - s.y0 * mm, s.x1 * mm, top - s.y1 * mm))
                continue
            if pending:
                flush()
            pending_key = None
            if isinstance(s, TextRun):
                if s.size != self._size:
                    c.setFont(self.font, s.size)
                    self._size = s.size
                self.fill(s.colour)
                c.drawString(s.x * mm, top - s.baseline * mm, s.text)
            elif isinstance(s, BoxShape):
                r = s.rect
                if s.fill is not None:
                    self.fill(s.fill)
                if s.stroke is not None:
                    self.stroke(s.stroke, s.line_w)
                c.rect(
                    r.x * mm,
                    top - r.bottom * mm,
                    r.w * mm,
                    r.h * mm,
                    stroke=int(s.stroke is not None),
                    fill=int(s.fill is not None),
                )
            elif isinstance(s, PolygonShape):
                path = c.beginPath()
                x0, y0 = s.points[0]
                path.moveTo(x0 * mm, top - y0 * mm)
                for x, y in s.points[1:]:
                    path.lineTo(x * mm, top - y * mm)
                path.close()
                if s.fill is not None:
                    self.fill(s.fill)
                if s.stroke is not None:
                    self.stroke(s.stroke, s.line_w)
                c.drawPath(path, stroke=int(s.stroke is not None), fill=int(s.fill is not None))
        flush()


class _StampedInfo(PDFInfo):  # type: ignore[misc]  # reportlab has no type hints
    """reportlab's document information with our export record added (pdf_record.PDF_INFO_KEY)."""

    stamp = ""

    def format(self, document: Any) -> bytes:
        d = {
            "Title": PDFString(self.title), "Author": PDFString(self.author),
            "CreationDate": PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter),
            "ModDate": PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter),
            "Producer": PDFString(self.producer), "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords), "Trapped": PDFName(self.trapped),
        }  # fmt: skip
        if self.stamp:
            d[PDF_INFO_KEY] = PDFString(self.stamp)
        return bytes(PDFDictionary(d).format(document))


def _canvas(path: Path, title: str, stamp: str = "") -> Canvas:
    # the initial font is ours too, or reportlab would list an unembedded Helvetica in every PDF
    c = Canvas(str(path), pagesize=_PAGE_SIZE, pageCompression=1, initialFontName=register_font(), initialFontSize=9)
    info = _StampedInfo()
    info.stamp = stamp  # the edition, and our export record when one was kept (pdf_record.py)
    c._doc.info = info
    c.setTitle(title)
    c.setCreator("Roadmap Desktop")
    c.setAuthor("")
    c.setSubject("")
    return c


def write_sheets(canvas: Canvas, sheets: list[SheetLayout]) -> None:
    pen = _Pen(canvas, register_font())
    for sheet in sheets:
        for page in sheet.pages:
            pen.page(page)
            canvas.showPage()
            pen.reset()


def _write(
    roadmap: Roadmap,
    numbered: list[tuple[int, Project]],
    out: Path,
    progress: ProgressCallback | None,
    done: int,
    total: int,
    palette: Palette,
    file: RoadmapFile | None = None,
) -> list[str]:
    problems: list[str] = []
    stamp = new_stamp(roadmap, numbered, file, out)
    with atomic_output(out) as tmp:
        canvas = _canvas(tmp, roadmap.edition.title, stamp)
        pen = _Pen(canvas, register_font())
        for no, project in numbered:
            report(progress, done, total)
            sheet = layout_sheet(roadmap.edition, project, no, palette)
            problems += sheet.problems
            for page in sheet.pages:
                pen.page(page)
                canvas.showPage()
                pen.reset()
            done += 1
        report(progress, done, total)
        canvas.save()
    return problems


def _check_target(out: Path) -> None:
    if out.exists() and out.is_dir():
        raise RoadmapError(
            translate("export", "「{name}」はフォルダーです。ファイル名を指定してください。").format(name=out)
        )


def export_pdf(
    roadmap: Roadmap,
    projects: list[Project],
    out: Path,
    progress: ProgressCallback | None = None,
    palette: Palette = PRINT,
    file: RoadmapFile | None = None,
) -> list[str]:
    """Write the sheets of *projects*, in sheet order, into one PDF at *out*; return the fitting problems.

    Every PDF carries its edition in its metadata; with a writable *file*, also an export record whose
    base is kept there, so importing this PDF back compares three-way (export/pdf_record.py).

    *palette*: the print-safe greys by default (most copies are printed in black and white), or colour.

    Written under a temporary name and renamed at the end: a failed or cancelled export
    (:class:`~roadmap_desktop.core.progress.Cancelled`) leaves whatever was at *out* before.
    """
    out = Path(out)
    if not projects:
        raise RoadmapError(translate("export", "書き出す事業がありません。"))
    _check_target(out)
    numbered = _in_sheet_order(roadmap, projects)
    return _write(roadmap, numbered, out, progress, 0, len(numbered), palette, file)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\n\r\t]')


def sheet_file_name(no: int, project: Project) -> str:
    """E.g. ``No056_電子入札・電子収納導入調査事業.pdf``: sorts in sheet order, safe on Windows."""
    name = _UNSAFE.sub("_", project.name).strip(" .")[:60] or "sheet"
    return f"No{no:03d}_{name}.pdf"


def export_pdf_per_project(
    roadmap: Roadmap,
    projects: list[Project],
    folder: Path,
    progress: ProgressCallback | None = None,
    palette: Palette = PRINT,
) -> list[Path]:
    """One PDF per project in *folder*; return the files written (each one complete, even if cancelled later)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RoadmapError(translate("export", "フォルダー「{dir}」がありません。").format(dir=folder))
    if not projects:
        raise RoadmapError(translate("export", "書き出す事業がありません。"))
    numbered = _in_sheet_order(roadmap, projects)
    written: list[Path] = []
    for i, (no, project) in enumerate(numbered):
        out = folder / sheet_file_name(no, project)
        _write(roadmap, [(no, project)], out, progress, i, len(numbered), palette)
        written.append(out)
    return written
