"""A worksheet printed wider than its paper: the left part of every page first, then the right parts
(LibreOffice's and Excel's default page order, "down, then over"). The two parts of one sheet are laid
side by side again and read as one page.
"""

from __future__ import annotations

from typing import Any

from ..core.i18n import translate
from ..core.labels import FIELD_LABELS
from ..core.model import Edition
from .pdf_page import Glyph, PageData, Shape
from .pdf_sheet import NotASheet, PageRead, read_page
from .pdf_thresholds import EDGE, RUN_TOUCH, THIN


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
    lg, ls = [g for g in left.glyphs if g.cx <= cut], [_clip(s, -1e9, cut) for s in left.shapes if s.x0 < cut + EDGE]
    rg = [g._replace(x0=g.x0 + dx, x1=g.x1 + dx) for g in right.glyphs if g.cx >= start]
    rs = [
        _clip(s, start, 1e9)._replace(x0=max(s.x0, start) + dx, x1=s.x1 + dx, pts=tuple((x + dx, y) for x, y in s.pts))
        for s in right.shapes
        if s.x1 > start - EDGE
    ]
    # the drawing order of the sheet as one page: each page's own, without the gaps of what was dropped,
    # and a line cut at the border goes on with its right part before its next line (so that a
    # paragraph stays one text: pdf_text.TextRuns)
    key: dict[tuple[int, int], tuple[int, int, int]] = {}
    for side, seqs in ((0, [g.seq for g in lg] + [x.seq for x in ls]), (1, [g.seq for g in rg] + [x.seq for x in rs])):
        key.update({(side, q): (side, q, 0) for q in seqs})
    for end, rest in _cut_lines(left.glyphs, cut, rg):
        for i, g in enumerate(rest):
            key[1, g.seq] = (0, end.seq, 1 + i)
    ranked = sorted((k for k in key if k[1] >= 0), key=lambda k: key[k])
    new = {k: i for i, k in enumerate(ranked)}
    return left._replace(
        width=left.width + right.width,
        glyphs=[g._replace(seq=new.get((0, g.seq), -1)) for g in lg]
        + [g._replace(seq=new.get((1, g.seq), -1)) for g in rg],
        shapes=[x._replace(seq=new.get((0, x.seq), -1)) for x in ls]
        + [x._replace(seq=new.get((1, x.seq), -1)) for x in rs],
    )


def _cut_lines(left: list[Glyph], cut: float, right: list[Glyph]) -> list[tuple[Glyph, list[Glyph]]]:
    """Lines the left page draws on past the border (its last character kept, the next one dropped):
    each with the right page's characters that go on with it there (drawn one after another on that
    line, the first at the border)."""
    by_seq = {g.seq: g for g in left if g.seq >= 0}
    ends = [
        g
        for g in left
        if g.cx <= cut
        and (after := by_seq.get(g.seq + 1)) is not None
        and after.cx > cut
        and abs(after.cy - g.cy) <= RUN_TOUCH * g.size
    ]
    if not ends:
        return []
    chains: list[list[Glyph]] = []
    for g in sorted((g for g in right if g.seq >= 0), key=lambda g: g.seq):
        if chains and g.seq == chains[-1][-1].seq + 1 and abs(g.cy - chains[-1][-1].cy) <= RUN_TOUCH * g.size:
            chains[-1].append(g)
        else:
            chains.append([g])
    out: list[tuple[Glyph, list[Glyph]]] = []
    for end in ends:
        # the right part starts at the border, within a character (the one cut there is shown whole once)
        near = [
            c
            for c in chains
            if abs(c[0].cy - end.cy) <= RUN_TOUCH * end.size
            and abs(c[0].size - end.size) <= RUN_TOUCH * end.size
            and cut - end.size <= c[0].x0 <= cut + end.size
        ]
        if near:
            out.append((end, min(near, key=lambda c: c[0].x0)))
    return out


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
