"""Import published roadmap PDFs: each page read once, sheets and their continuation pages joined.

The result goes through the same preview and apply path as the Excel import
(:mod:`roadmap_desktop.importing.merge`). Files with several pages are read by two worker
processes (each opens the PDF and returns plain data per page); one or two pages are read here.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import sys
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..core.errors import RoadmapError, ValidationError
from ..core.i18n import translate
from ..core.labels import FIELD_LABELS
from ..core.model import Edition, Project, validate_project
from ..core.progress import ProgressCallback, report
from .budgets import (
    MAX_PDF_FORM_DEPTH,
    MAX_PDF_OBJECTS_PER_FILE,
    MAX_PDF_OBJECTS_PER_PAGE,
    MAX_PDF_PAGE_CONTENT_BYTES,
    MAX_PDF_PAGES_BEFORE_A_SHEET,
    BudgetExceeded,
    check_time,
    over_budget,
    time_budget,
)
from .edition import PDF_INFO_KEY, PdfStamp, pdf_stamp, reading_edition, year_in_texts
from .merge import TIMELINE, ImportResult, IncomingSheet
from .pdf_book_pages import skip_message
from .pdf_budget import page_cost
from .pdf_page import PageData, extract_page
from .pdf_sheet import TEXT_FIELDS, NotASheet, PageRead, SheetReader, Timeline, read_page
from .pdf_strips import incomplete, join_strips
from .pdf_text import PARAGRAPH_MARKS, group_lines
from .pdf_thresholds import WORD_SPACE

_log = logging.getLogger(__name__)

WORKERS = 2
PARALLEL_MIN_PAGES = 3  # one or two pages: starting workers costs more than it saves


@dataclass
class PageProblem:
    number: int
    message: str
    no_text: bool = False
    broken: bool = False  # a page that could not be read at all (it may have held rows of the sheet before)
    data: PageData | None = None  # the page itself, while it may be the right half of a sheet (pdf_strips)


def _open(path: Path, data: bytes | None = None) -> Any:
    """Open *path* (or *data*, an in-memory attachment it names) with pdfplumber, turning every way a
    file can be unreadable into a plain message."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.pdf import PDF

    name = path.name
    try:
        if data is not None:
            head = data[:1024]
        else:
            with path.open("rb") as f:
                head = f.read(1024)
    except FileNotFoundError as e:
        raise RoadmapError(translate("pdf", "ファイルが見つかりません: {name}").format(name=name)) from e
    except OSError as e:
        raise RoadmapError(
            translate("pdf", "「{name}」を開けません: {error}").format(name=name, error=e.strerror or e)
        ) from e
    if b"%PDF-" not in head:
        raise RoadmapError(translate("pdf", "「{name}」は PDF ファイルではありません。").format(name=name))
    # ours to close when the file is damaged (pdfplumber.open leaves it open then)
    stream: Any = path.open("rb") if data is None else io.BytesIO(data)
    try:
        pdf = PDF(stream, path=path, stream_is_external=False)  # pdf.close() closes the stream
        _ = len(pdf.pages)
    except Exception as e:  # pdfminer raises many kinds for damaged files; pdfplumber wraps them
        stream.close()
        causes = [e, *getattr(e, "args", ())]
        if any(isinstance(c, (PDFPasswordIncorrect, PDFEncryptionError)) for c in causes):
            raise RoadmapError(
                translate(
                    "pdf",
                    "「{name}」はパスワードで保護されているため読み込めません。保護を外した PDF を使ってください。",
                ).format(name=name)
            ) from e
        raise RoadmapError(
            translate("pdf", "「{name}」は壊れているか途中で切れているため読み込めません。").format(name=name)
        ) from e
    return pdf


OWN_CREATOR = "Roadmap Desktop"  # what our PDF export writes as the document's Creator


def _edition_of(pdf: Any, skipped: dict[int, str]) -> tuple[PdfStamp | None, int | None, str, dict[int, PageData]]:
    """Our export record from the metadata, else the year the first page's title or budget label shows
    (not read when that page is over a budget: *skipped*, from :func:`_over_budget`); and the pages
    parsed for it, by index (pdfplumber parses a page once: the sheet is read from the same data)."""
    try:
        stamp = pdf_stamp((pdf.metadata or {}).get(PDF_INFO_KEY))
    except Exception:  # damaged metadata: read the page instead
        stamp = None
    if stamp is not None:
        return stamp, stamp.fiscal_year, stamp.title, {}
    if 0 in skipped or not pdf.pages:
        return None, None, "", {}
    try:
        page = pdf.pages[0]
        data = extract_page(page, 1)
        page.close()
    except Exception:  # the page reader names a broken page itself
        return None, None, "", {}
    year, title = year_in_texts(_line_texts(data))
    return None, year, title, {0: data}


def _line_texts(data: PageData) -> list[str]:
    """The page's lines as text, words apart by a space (a gap wider than 3 pt, as pdfplumber's
    extract_text writes them, which the title of an earlier edition was read from)."""
    out: list[str] = []
    for line in group_lines(data.glyphs):
        parts = [line.glyphs[0].text]
        for a, b in pairwise(line.glyphs):
            parts.append((" " if b.x0 - a.x1 > WORD_SPACE else "") + b.text)
        out.append("".join(parts).strip())
    return out


def _is_own(pdf: Any) -> bool:
    try:
        return str((pdf.metadata or {}).get("Creator", "")) == OWN_CREATOR
    except Exception:  # damaged metadata: treat as any other program's PDF
        return False


@contextmanager
def _quiet() -> Iterator[None]:
    """pdfminer and pdfplumber speak English on stderr about damaged files (a circular form, a bad
    xref); the user gets our message instead, so their loggers and warnings are silenced while we read."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _over_budget(pdf: Any, name: str) -> dict[int, str]:
    """Page index → why it is not read, for the pages whose drawing would cost more than any sheet's
    (estimated before pdfplumber interprets them: :mod:`pdf_budget`); a file whose pages together
    cost too much is refused."""
    skipped: dict[int, str] = {}
    total = 0
    for i, page in enumerate(pdf.pages):
        check_time()
        try:
            cost = page_cost(page.page_obj)
        except Exception:  # a damaged page: reading it says so
            _log.debug("PDF import: no estimate for page %d", i + 1, exc_info=True)
            continue
        if cost.too_large:
            skipped[i] = translate("pdf", "ページの描画命令が上限（{mb} MB）を超えているため読みませんでした").format(
                mb=MAX_PDF_PAGE_CONTENT_BYTES // (1024 * 1024)
            )
        elif cost.objects > MAX_PDF_OBJECTS_PER_PAGE:
            skipped[i] = translate(
                "pdf", "ページの図形と文字の数（{n:,}）が上限（{limit:,}）を超えているため読みませんでした"
            ).format(n=cost.objects, limit=MAX_PDF_OBJECTS_PER_PAGE)
        elif cost.circular:
            skipped[i] = translate(
                "pdf", "自分自身を描くよう指定された図形（XObject）があり、壊れているため読みませんでした"
            )
        elif cost.too_deep:
            skipped[i] = translate(
                "pdf", "図形（XObject）の入れ子の深さが上限（{limit}）を超えているため読みませんでした"
            ).format(limit=MAX_PDF_FORM_DEPTH)
        else:
            total += cost.objects
            if total > MAX_PDF_OBJECTS_PER_FILE:
                raise over_budget(name, translate("pdf", "ファイル全体の図形と文字の数"), MAX_PDF_OBJECTS_PER_FILE)
    return skipped


def _read_one(
    pdf: Any,
    index: int,
    edition: Edition,
    own: bool,
    skipped: dict[int, str] | None = None,
    parsed: PageData | None = None,
) -> PageRead | PageProblem:
    """Read page *index* (*parsed*: its data, when it was parsed already)."""
    number = index + 1
    if skipped and index in skipped:  # over a budget: it may have held rows of the sheet before, keep them
        return PageProblem(number, skipped[index], broken=True)
    try:
        if parsed is not None:
            data = parsed
        else:
            page = pdf.pages[index]
            data = extract_page(page, number)
            page.close()
    except Exception:  # a damaged page: the others still count
        return PageProblem(number, translate("pdf", "ページが壊れているため読み取れません"), broken=True)
    try:
        read = read_page(data, edition, own)
        if not own and incomplete(read, edition):
            read.data = data  # perhaps the left half of a sheet printed over two pages side by side
        return read
    except NotASheet as e:
        no_text = not any(not g.text.isspace() for g in data.glyphs) and data.images > 0
        return PageProblem(number, str(e), no_text, data=None if own or no_text else data)
    except Exception:  # a page drawn in a way nobody foresaw: name it, keep the other sheets
        _log.exception("PDF import: page %d could not be read", number)
        return PageProblem(number, translate("pdf", "このページは読み取れませんでした"), broken=True)


# --- worker processes ------------------------------------------------------------------------

_worker_pdf: Any = None
_worker_edition: Edition | None = None
_worker_own = False
_worker_skipped: dict[int, str] = {}


def _worker_init(source: str | bytes, edition: Edition, skipped: dict[int, str]) -> None:
    import pdfplumber

    global _worker_pdf, _worker_edition, _worker_own, _worker_skipped
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL + 1)  # see _quiet: this process only reads
    warnings.simplefilter("ignore")
    _worker_pdf = pdfplumber.open(io.BytesIO(source) if isinstance(source, bytes) else source)
    _worker_edition = edition
    _worker_own = _is_own(_worker_pdf)
    _worker_skipped = skipped


def _worker_read(indices: list[int]) -> list[PageRead | PageProblem]:
    assert _worker_edition is not None
    return [_read_one(_worker_pdf, i, _worker_edition, _worker_own, _worker_skipped) for i in indices]


def _context() -> Any:
    # A clean interpreter per worker: forking a process that runs Qt threads is not safe.
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([__name__, "pdfplumber"])
        return ctx
    return multiprocessing.get_context("spawn")


def _read_parallel(
    source: str | bytes,
    pages: range,
    edition: Edition,
    progress: ProgressCallback | None,
    done: int,
    total: int,
    skipped: dict[int, str],
) -> list[PageRead | PageProblem]:
    chunk = max(1, min(8, len(pages) // (4 * WORKERS)))  # small chunks: progress moves and cancel is quick
    chunks = [list(pages[i : i + chunk]) for i in range(0, len(pages), chunk)]
    results: dict[int, PageRead | PageProblem] = {}
    executor = ProcessPoolExecutor(
        WORKERS, mp_context=_context(), initializer=_worker_init, initargs=(source, edition, skipped)
    )
    try:
        pending: set[Future[list[PageRead | PageProblem]]] = {executor.submit(_worker_read, c) for c in chunks}
        while pending:
            # wake up now and then even without news: a progress dialog stays responsive and can cancel
            finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            check_time()
            for fut in finished:
                for r in fut.result():
                    results[r.number] = r
            report(progress, done + len(results), total)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return [results[n] for n in sorted(results)]


def _read_serial(
    pdf: Any,
    pages: range,
    edition: Edition,
    progress: ProgressCallback | None,
    done: int,
    total: int,
    skipped: dict[int, str],
) -> list[PageRead | PageProblem]:
    out: list[PageRead | PageProblem] = []
    own = _is_own(pdf)
    for k, i in enumerate(pages):
        check_time()
        out.append(_read_one(pdf, i, edition, own, skipped))
        report(progress, done + k + 1, total)
    return out


def _read_pages(
    source: str | bytes,
    name: str,
    edition: Edition,
    progress: ProgressCallback | None,
    done: int,
    total: int,
    pdf: Any,
    skipped: dict[int, str],
    parsed: dict[int, PageData],
) -> list[PageRead | PageProblem]:
    count = len(pdf.pages)
    # The first pages first: a long document with no sheet near its start (a report, a book) is no
    # roadmap, and reading all of it would take minutes.
    first = range(min(count, MAX_PDF_PAGES_BEFORE_A_SHEET))
    out = _read_range(source, pdf, first, edition, progress, done, total, skipped, parsed)
    if len(first) == count:
        return out
    if not any(_book_start(p) for p in out):
        raise BudgetExceeded(
            translate(
                "pdf",
                "「{name}」は読み込めません。最初の {limit} ページにロードマップのシートがないため、"
                "残りの {rest} ページは読みませんでした（シートのページだけの PDF にしてください）。",
            ).format(name=name, limit=len(first), rest=count - len(first))
        )
    return out + _read_range(
        source, pdf, range(len(first), count), edition, progress, done + len(first), total, skipped, parsed
    )


def _book_start(page: PageRead | PageProblem) -> bool:
    """A sheet, or a page of our book's own before its sheets (目次, 一覧, 全体工程表)."""
    return isinstance(page, PageRead) or page.message in {skip_message(t) for t in ("目次", "一覧", "全体工程表")}


def _read_range(
    source: str | bytes,
    pdf: Any,
    pages: range,
    edition: Edition,
    progress: ProgressCallback | None,
    done: int,
    total: int,
    skipped: dict[int, str],
    parsed: dict[int, PageData],
) -> list[PageRead | PageProblem]:
    # pages parsed already (the first, for the edition) are read here from their data, not parsed again
    head: list[PageRead | PageProblem] = []
    if pages and pages[0] in parsed:
        head = [_read_one(pdf, pages[0], edition, _is_own(pdf), skipped, parsed.pop(pages[0]))]
        report(progress, done + 1, total)
        pages, done = pages[1:], done + 1
    # A frozen build would start the application itself as a worker unless it called freeze_support().
    if len([i for i in pages if i not in skipped]) >= PARALLEL_MIN_PAGES and not getattr(sys, "frozen", False):
        try:
            return head + _read_parallel(source, pages, edition, progress, done, total, skipped)
        except (BrokenProcessPool, OSError) as e:  # no worker processes here (sandbox, limits): one core
            _log.warning("PDF import: worker processes unavailable (%s); reading on one core", e)
    return head + _read_serial(pdf, pages, edition, progress, done, total, skipped)


# --- pages to sheets -------------------------------------------------------------------------


def _project(read: PageRead) -> Project:
    f = read.fields
    return Project(
        name=f.get("name", ""),
        field=f.get("field", ""),
        items=f.get("items", []),
        departments=f.get("departments", []),
        sections=f.get("sections", []),
        start_year=f.get("start_year"),
        end_year=f.get("end_year"),
        budget=f.get("budget"),
        overview=f.get("overview", ""),
        issues=f.get("issues", ""),
        approach=f.get("approach", ""),
        change=f.get("change", ""),
        initiatives=list(read.initiatives),
    )


def _page_name(number: int, prefix: str) -> str:
    return prefix + translate("pdf", "{n}ページ目").format(n=number)


def _continue_texts(project: Project, page: PageRead) -> None:
    """Text that did not fit its cell goes on under its label on a （続き） page: add it to the field."""
    for attr in TEXT_FIELDS:
        more = page.fields.get(attr)
        if more:
            before = getattr(project, attr)
            joint = "\n" if before and more.startswith(PARAGRAPH_MARKS) else ""
            setattr(project, attr, before + joint + more)


def _pages_name(first: int, last: int, prefix: str) -> str:
    return prefix + translate("pdf", "{first}〜{last}ページ目").format(first=first, last=last)


def _same_name(a: str, b: str) -> bool:
    return "".join(unicodedata.normalize("NFKC", a).split()) == "".join(unicodedata.normalize("NFKC", b).split())


def _flatten(pages: list[PageRead | PageProblem]) -> list[PageRead | PageProblem]:
    """Every sheet of every page in order (a page may stack several), with the parts that were no sheet."""
    out: list[PageRead | PageProblem] = []
    for page in pages:
        out.append(page)
        if isinstance(page, PageRead):
            out.extend(PageProblem(page.number, why) for why in page.skipped)
            out.extend(page.more)
    return out


def _sheets(
    pages: list[PageRead | PageProblem], edition: Edition, prefix: str
) -> tuple[list[IncomingSheet], list[str]]:
    sheets: list[IncomingSheet] = []
    problems: list[str] = []
    first_page: dict[int, int] = {}  # id(sheet) -> its first page number
    last: IncomingSheet | None = None
    last_no: int | None = None
    last_timeline: Timeline | None = None
    for page in _flatten(pages):
        where = _page_name(page.number, prefix)
        if isinstance(page, PageProblem):
            problems.append(f"{where}: {page.message}")
            if page.broken and last is not None:  # it may have held the rest of the sheet before: keep its rows
                last.unread[TIMELINE] = f"{where}: {page.message}"
            continue
        if page.block:
            where += translate("pdf", "の{n}件目のシート").format(n=page.block + 1)
        if page.orphan is not None:
            if last is not None and last_timeline is not None:
                reader = SheetReader(page.orphan, edition)
                try:
                    leading, rows = reader.orphan_rows(last_timeline)
                except Exception:  # drawn in a way nobody foresaw: name the page, keep the other sheets
                    _log.exception("PDF import: page %d could not be read", page.number)
                    why = translate("pdf", "このページは読み取れませんでした")
                    problems.append(f"{where}: {why}")
                    last.unread[TIMELINE] = f"{where}: {why}"  # rows of this sheet may be on it: keep them
                    continue
                if leading is not None and last.project.initiatives:
                    last.project.initiatives[-1].actual.extend(leading.actual)
                last.project.initiatives.extend(rows)
                last.warnings.append(
                    f"{where}: " + translate("pdf", "見出しのないページを、前のページのシートの続きとして読みました")
                )
                last.warnings.extend(f"{where}: {w}" for w in reader.warnings)
                last.source = _pages_name(first_page[id(last)], page.number, prefix)
            else:
                problems.append(f"{where}: " + translate("pdf", "ロードマップのシートではありません"))
            continue
        last_timeline = page.timeline
        if page.headless:
            # a timeline without the sheet's title and fields: the rest of the sheet before (its header
            # rows ended the page before, or the worksheet repeats only the timeline's header on each page)
            if last is not None:
                if not last.project.initiatives and TIMELINE in last.unread:
                    del last.unread[TIMELINE]
                else:
                    last.warnings.append(
                        f"{where}: "
                        + translate("pdf", "見出しのないページを、前のページのシートの続きとして読みました")
                    )
                last.project.initiatives.extend(page.initiatives)
                last.warnings.extend(f"{where}: {w}" for w in page.warnings)
                last.unread.update({k: f"{where}: {v}" for k, v in page.unread.items()})
                last.source = _pages_name(first_page[id(last)], page.number, prefix)
            else:
                problems.append(
                    f"{where}: " + translate("pdf", "見出しのない工程表ですが、その前のページのシートが見つかりません")
                )
            continue
        again = not page.continuation and last is not None and page.sheet_no is not None and page.sheet_no == last_no
        if again and last is not None and _same_name(page.fields.get("name", ""), last.project.name):
            page.continuation = True  # the same Ｎｏ. and 事業名 again, without （続き）: the sheet goes on
        elif again:
            page.warnings.append(
                translate(
                    "pdf", "前のシートと同じ番号 No.{no} ですが事業名が違うため、別の事業として読みました"
                ).format(no=page.sheet_no)
            )
        if page.continuation:
            name = page.fields.get("name", "")
            same_name = not name or _same_name(name, last.project.name) if last else False
            same_no = page.sheet_no is not None and page.sheet_no == last_no
            # the same number says it is the same sheet; without one, the same 事業名 must
            if last is not None and (
                same_no or (page.sheet_no is None and same_name) or (same_name and last_no is None)
            ):
                last.project.initiatives.extend(page.initiatives)
                _continue_texts(last.project, page)
                last.warnings.extend(f"{where}: {w}" for w in page.warnings)
                last.unread.update({k: f"{where}: {v}" for k, v in page.unread.items()})
                last.source = _pages_name(first_page[id(last)], page.number, prefix)
                continue
            problems.append(
                f"{where}: " + translate("pdf", "続きのページですが、その前のページのシートが見つかりません")
            )
            continue
        project = _project(page)
        if not project.name:
            problems.append(f"{where}: " + translate("pdf", "事業名が空欄のシートは取り込めません"))
            last = None
            continue
        warnings = list(page.warnings)
        unread = dict(page.unread)
        for attr, label in FIELD_LABELS.items():
            if attr not in page.fields:
                shown = edition.budget_label if attr == "budget" else label
                why = translate("pdf", "「{label}」の欄が見つかりません").format(label=shown)
                warnings.append(why)
                if attr != "name":
                    unread[attr] = why
        last = IncomingSheet(
            project, where, identity_known=False, sheet_no=page.sheet_no, warnings=warnings, unread=unread
        )
        first_page[id(last)] = page.number
        last_no = page.sheet_no
        sheets.append(last)
    for sheet in sheets:
        try:
            validate_project(sheet.project, edition)
        except ValidationError as e:
            sheet.warnings.append(str(e))
    return sheets, problems


def read_pdfs(
    paths: Iterable[Path],
    edition: Edition,
    progress: ProgressCallback | None = None,
    data: Sequence[bytes | None] | None = None,
) -> ImportResult:
    """Read the roadmap sheets of several PDFs, in order, as one import; *data*: the bytes of those
    that live only in memory (an attachment unzipped by :mod:`attachments`), None for files on disk."""
    paths = [Path(p) for p in paths]
    contents: list[bytes | None] = list(data) if data is not None else [None] * len(paths)
    with _quiet():
        return _read_pdfs(paths, contents, edition, progress)


def _read_pdfs(
    paths: list[Path], contents: list[bytes | None], edition: Edition, progress: ProgressCallback | None
) -> ImportResult:
    docs = [_open(p, d) for p, d in zip(paths, contents, strict=True)]  # every file is checked before any work
    try:
        counts = [len(d.pages) for d in docs]
        total = sum(counts)
        result = ImportResult()
        done = 0
        roadmap_edition = edition
        for n, (path, content, doc, count) in enumerate(zip(paths, contents, docs, counts, strict=True)):
            prefix = f"{path.name} " if len(paths) > 1 else ""
            with time_budget(path.name):  # budgets.py: each file its own time
                skipped = _over_budget(doc, path.name)  # before any page is parsed, the edition's too
                stamp, year, title, parsed = _edition_of(doc, skipped)
                edition = reading_edition(year, title, roadmap_edition)  # an earlier edition: its own window
                if n == 0:
                    result.file_year = year
                    result.read_in = edition if edition is not roadmap_edition else None
                    if stamp is not None and len(paths) == 1:
                        result.export_id, result.digest = stamp.export_id, stamp.digest
                source = str(path) if content is None else content
                pages = join_strips(
                    _read_pages(source, path.name, edition, progress, done, total, doc, skipped, parsed), edition
                )
            for page in pages:
                page.data = None
            done += count
            sheets, problems = _sheets(pages, edition, prefix)
            result.sheets += sheets
            result.problems += problems
            if not sheets:
                bad = [p for p in pages if isinstance(p, PageProblem)]
                if bad and all(p.no_text for p in bad):
                    message = translate(
                        "pdf",
                        "「{name}」には文字情報がありません（スキャン画像の PDF です）。文字を含む PDF を使ってください。",
                    ).format(name=path.name)
                else:
                    message = translate("pdf", "「{name}」にはロードマップのシートが見つかりませんでした。").format(
                        name=path.name
                    )
                    if problems:  # say what the pages were (the first few)
                        message += "\n" + "\n".join(problems[:3]) + ("\n…" if len(problems) > 3 else "")
                if len(paths) == 1:
                    raise RoadmapError(message)
                result.problems.append(message)
    finally:
        for d in docs:
            d.close()
    if not result.sheets:
        raise RoadmapError("\n".join(result.problems))
    return result


def read_pdf(
    path: Path, edition: Edition, progress: ProgressCallback | None = None, content: bytes | None = None
) -> ImportResult:
    """Read the roadmap sheets of one PDF (*content*: its bytes, when it lives only in memory)."""
    return read_pdfs([path], edition, progress, [content])
