"""What a reader is willing to spend on one file, in one place.

Files arrive by mail from anyone, and a few kilobytes can ask for hours or gigabytes: a cell in row
99,999,999,999, forty million merged cells, groups nested five thousand deep, a page of a million
rectangles. Each reader checks the budgets below while it reads and stops with
:class:`BudgetExceeded`, a plain Japanese message naming the limit, before the cost is paid. Every
value is generous for the largest real roadmap we know of and small enough that a file at the limit
still reads within seconds and a few hundred megabytes.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from ..core.errors import RoadmapError
from ..core.i18n import translate

# --- Excel -----------------------------------------------------------------------------------
# Excel's own grid: a cell beyond it is in no workbook Excel (or LibreOffice) can write.
MAX_ROW = 1_048_576
MAX_COL = 16_384
# XML elements in one part of the package (counted as '<' before parsing, a pass in C): parsing
# through defusedxml costs ~4 µs an element, so 600,000 is 2–3 s. A project sheet has ~5,000, a
# department's sheet of 150 stacked projects ~200,000.
MAX_XML_TAGS_PER_PART = 600_000
# Cells with a value or a style on one worksheet: a project sheet has about 1,000, a department's
# sheet of 150 stacked projects about 150,000.
MAX_CELLS_PER_SHEET = 500_000
# Merged ranges on one worksheet, and the cells they cover together (ranges bigger than
# MERGE_IGNORED_CELLS, whole columns or rows merged for looks, hold no field and are not counted).
# Our sheet has ~50 ranges covering ~700 cells; 150 stacked projects ~100,000 cells.
MAX_MERGES_PER_SHEET = 100_000
MAX_MERGED_CELLS_PER_SHEET = 2_000_000
MERGE_IGNORED_CELLS = 20_000
# A timeline's body rows times its month columns, each cell looked at for a fill: our sheet has
# ~600, a worksheet of 1,000 取組 rows over ten years of half-months ~240,000 (about a second).
MAX_TIMELINE_CELLS = 2_000_000
# Drawn shapes: groups inside groups (people group a bar with its label, then rows, then a project:
# three or four levels), and shapes on one worksheet (a hand-drawn sheet has 50–500).
MAX_DRAWING_DEPTH = 64
MAX_SHAPES_PER_SHEET = 20_000

# --- PDF -------------------------------------------------------------------------------------
# Drawing operators on one page (a rectangle, a line, a curve, a run of text each count one, a
# form drawn twice counts twice): our sheet has ~1,200, a worksheet printed by Excel a few thousand
# (every cell border is a line). pdfplumber spends ~40 µs on each: 60,000 is about 2.5 s.
MAX_PDF_OBJECTS_PER_PAGE = 60_000
# The same over the whole file: a 300-page book of dense pages, about 30 s on one core.
MAX_PDF_OBJECTS_PER_FILE = 1_500_000
# Pages read before the first sheet (or the book's 目次, 一覧, 全体工程表): our book of 300 projects has
# its first sheet on page ~40; a 350-page report with no sheet would otherwise be read for minutes.
MAX_PDF_PAGES_BEFORE_A_SHEET = 60
# A page's drawing instructions after decompression (a dense printed worksheet is ~200 kB).
MAX_PDF_PAGE_CONTENT_BYTES = 8 * 1024 * 1024
# Forms (XObjects) drawn inside forms: producers nest one or two.
MAX_PDF_FORM_DEPTH = 16

# --- any file --------------------------------------------------------------------------------
# Reading one file: the largest real book (150 sheets) reads in ~20 s on a slow office PC; past two
# minutes nobody is waiting any more, and a file that takes that long is no roadmap.
MAX_SECONDS_PER_FILE = 120.0


class BudgetExceeded(RoadmapError):
    """A file that asks more of the reader than any roadmap does; the message names the limit."""


def over_budget(name: str, what: str, limit: int | float, found: int | float | None = None) -> BudgetExceeded:
    """The error for file *name* whose *what* (in Japanese) is over *limit*; *found* when known."""
    if found is None:
        why = translate("budgets", "{what}が上限（{limit:,}）を超えています").format(what=what, limit=limit)
    else:
        why = translate("budgets", "{what}（{found:,}）が上限（{limit:,}）を超えています").format(
            what=what, found=found, limit=limit
        )
    return BudgetExceeded(
        translate(
            "budgets", "「{name}」は読み込めません。{why}。ロードマップのファイルではないか、壊れています。"
        ).format(name=name, why=why)
    )


# --- the time budget, checked in the readers' loops ------------------------------------------


class Deadline:
    """The time one file may take; :meth:`check` raises once it is spent."""

    def __init__(self, name: str, seconds: float | None = None) -> None:
        self.name = name
        self.seconds = MAX_SECONDS_PER_FILE if seconds is None else seconds
        self.end = time.monotonic() + self.seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise BudgetExceeded(
                translate(
                    "budgets",
                    "「{name}」は読み込めません。読み取りにかかる時間が上限（{seconds:.0f} 秒）を超えました。"
                    "ロードマップのファイルではないか、壊れています。",
                ).format(name=self.name, seconds=self.seconds)
            )


_current: ContextVar[Deadline | None] = ContextVar("reader_deadline", default=None)


@contextmanager
def time_budget(name: str, seconds: float | None = None) -> Iterator[Deadline]:
    """Give the file *name* its time budget for the reading inside the block (see :func:`check_time`)."""
    deadline = Deadline(name, seconds)
    token = _current.set(deadline)
    try:
        yield deadline
    finally:
        _current.reset(token)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def timed_reader(read: Callable[Concatenate[Path, _P], _R]) -> Callable[Concatenate[Path, _P], _R]:
    """Decorate a reader whose first argument is the file: the whole reading gets the file's time budget."""

    @functools.wraps(read)
    def wrapper(path: Path, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with time_budget(Path(path).name):
            return read(path, *args, **kwargs)

    return wrapper


def current_file() -> str:
    """The name of the file being read (for a message raised deep inside a reader), or ""."""
    deadline = _current.get()
    return deadline.name if deadline is not None else ""


def check_time() -> None:
    """Raise :class:`BudgetExceeded` when the file being read has spent its time; cheap enough for any loop."""
    deadline = _current.get()
    if deadline is not None:
        deadline.check()


# --- numbers written in a file ---------------------------------------------------------------


def file_int(text: object, lo: int, hi: int) -> int | None:
    """*text* (an attribute or element text of a file) as an integer in [lo, hi], else None: a number
    written as 八, 1e999, nan or 99999999999999999999 is never a traceback."""
    value = file_float(text, lo, hi)
    return None if value is None else int(value)


def file_float(text: object, lo: float, hi: float) -> float | None:
    """*text* as a finite number in [lo, hi], else None."""
    if text is None:
        return None
    try:
        value = float(str(text).strip())
    except (TypeError, ValueError):
        return None
    if value != value or not lo <= value <= hi:  # NaN, or out of range (inf included)
        return None
    return value
