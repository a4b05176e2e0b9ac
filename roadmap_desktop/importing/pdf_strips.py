"""A worksheet printed wider than its paper: the left part of every page first, then the right parts
(LibreOffice's and Excel's default page order, "down, then over"). The two parts of one sheet are laid
side by side again and read as one page.
"""

from __future__ import annotations

from typing import Any

from ..core.i18n import translate
from ..core.labels import FIELD_LABELS
from ..core.model import Edition
from .pdf_page import PageData, Shape
from .pdf_sheet import NotASheet, PageRead, read_page
from .pdf_thresholds import THIN


def incomplete(read: PageRead, edition: Edition) -> bool:
    """Does a page lack what the rest of its sheet, printed on a page to its right, would show?"""
    if read.continuation or read.headless or read.orphan is not None:
        return False
    return any(attr not in read.fields for attr in FIELD_LABELS) or any(
        year not in _years(read) for year in edition.window_years
    )


def _years(read: PageRead) -> list[int]:
    t = read.timeline
    return [t.first_year + i for i in range(len(t.lefts))] if t is not None else []


def _rules_x(shapes: list[Shape]) -> list[float]:
    return [(s.x0 + s.x1) / 2 for s in shapes if s.kind in ("line", "rect") and s.w < THIN and s.h >= THIN]


def side_by_side(left: PageData, right: PageData) -> PageData | None:
    """The right part of a sheet laid against its left part: the left page's last rule and the right
    page's first rule are the same column border. What either page printed past that border (a text
    running on across it, clipped) is the other page's to show."""
    lx, rx = _rules_x(left.shapes), _rules_x(right.shapes)
    if not lx or not rx:
        return None
    cut, start = max(lx), min(rx)
    dx = cut - start
    seq = 1 + max([g.seq for g in left.glyphs] + [s.seq for s in left.shapes] + [0])
    glyphs = [g for g in left.glyphs if g.cx <= cut] + [
        g._replace(x0=g.x0 + dx, x1=g.x1 + dx, seq=g.seq + seq) for g in right.glyphs if g.cx >= start
    ]
    shapes = [_clip(s, -1e9, cut) for s in left.shapes if s.x0 < cut + 0.5] + [
        _clip(s, start, 1e9)._replace(
            x0=max(s.x0, start) + dx,
            x1=s.x1 + dx,
            pts=tuple((x + dx, y) for x, y in s.pts),
            seq=s.seq + seq,
        )
        for s in right.shapes
        if s.x1 > start - 0.5
    ]
    return left._replace(width=left.width + right.width, glyphs=glyphs, shapes=shapes)


def _clip(s: Shape, x0: float, x1: float) -> Shape:
    return s if x0 <= s.x0 and s.x1 <= x1 else s._replace(x0=max(s.x0, x0), x1=min(s.x1, x1))


def _half(read: PageRead) -> PageData | None:
    """The page data of a page that may be a left half: kept for it, or the rows of a page of rows only."""
    return read.data if read.data is not None else read.orphan


def join_strips(pages: list[Any], edition: Edition) -> list[Any]:
    """Pages in file order (PageRead or a problem, each with the page's data where it may be half a
    sheet): a run of left halves followed by as many right halves is read again as whole sheets."""
    out: list[Any] = list(pages)
    i = 0
    while i < len(out):
        lefts: list[int] = []
        j = i
        while j < len(out) and isinstance(out[j], PageRead) and _half(out[j]) is not None:
            lefts.append(j)
            j += 1
        rights: list[int] = []
        while j < len(out) and not isinstance(out[j], PageRead) and getattr(out[j], "data", None) is not None:
            rights.append(j)
            j += 1
        if not lefts or len(rights) < len(lefts):
            i = max(j, i + 1)
            continue
        for li, ri in zip(lefts, rights, strict=False):
            left, right = out[li], out[ri]
            half = _half(left)
            whole = side_by_side(half, right.data) if half is not None else None
            if whole is None:
                continue
            try:
                read = read_page(whole, edition)
            except NotASheet:
                continue
            if (read.orphan is None) != (left.orphan is None) or (
                left.orphan is None and len(read.fields) <= len(left.fields)
            ):
                continue
            read.warnings.insert(
                0,
                translate("pdf", "{right}ページ目を右に並べて、1枚のシートとして読みました").format(right=right.number),
            )
            out[li] = read
            out[ri] = None
        i = j
    return [p for p in out if p is not None]
