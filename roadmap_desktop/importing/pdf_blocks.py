"""A page that holds several sheets one under another (a worksheet that stacks one project per block,
printed two or three to a page): cut it into one page-part per sheet, each read on its own.

A block starts at its title line and header rows (分野 …) just above its 事業名 row. Whatever lies
above the first block (rows of a sheet that began on the page before) is a part of its own.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from ..core.labels import FIELD_LABELS, squeeze
from .pdf_page import PageData, Shape
from .pdf_text import Line, group_lines

_NAME = FIELD_LABELS["name"]
_HEADER_WORDS = tuple(FIELD_LABELS[k] for k in ("field", "items", "departments", "sections"))
_TITLE_RE = re.compile(r"(ロードマップ|No\.?\d+|続き)", re.IGNORECASE)


def _folded(line: Line) -> str:
    return unicodedata.normalize("NFKC", squeeze(line.text))


def block_tops(page: PageData) -> list[float]:
    """Where each sheet of the page begins (its title line's top), top to bottom; [] for one sheet
    that starts at the top of the page."""
    lines = group_lines([g for g in page.glyphs if not g.text.isspace()])
    names = [i for i, line in enumerate(lines) if _folded(line).startswith(_NAME)]
    if not names:
        return []
    tops: list[float] = []
    for i in names:
        # the block's title line (or else its first header row) a few lines above its 事業名
        window = range(i - 1, max(-1, i - 7), -1)
        first = next((j for j in window if _TITLE_RE.search(_folded(lines[j]))), None)
        if first is None:
            first = min((j for j in window if _folded(lines[j]).startswith(_HEADER_WORDS)), default=None)
        if first is None or first == 0 or (tops and tops[-1] >= lines[first].glyphs[0].top):
            continue
        above = lines[first - 1]
        tops.append((max(g.bottom for g in above.glyphs) + min(g.top for g in lines[first].glyphs)) / 2)
    return tops


def _clip(s: Shape, top: float, bottom: float) -> Shape | None:
    if s.bottom < top or s.top > bottom:
        return None
    if s.top >= top and s.bottom <= bottom:
        return s
    return s._replace(top=max(s.top, top), bottom=min(s.bottom, bottom))


def split_page(page: PageData) -> list[PageData]:
    """The page's sheets as separate page-parts (the page itself when it holds one sheet)."""
    tops = block_tops(page)
    if not tops:
        return [page]
    edges = [0.0, *tops, page.height]
    parts: list[PageData] = []
    for top, bottom in pairwise(edges):
        glyphs = [g for g in page.glyphs if top <= g.cy < bottom]
        if not any(not g.text.isspace() for g in glyphs):
            continue
        shapes = [c for s in page.shapes if (c := _clip(s, top, bottom)) is not None]
        parts.append(page._replace(glyphs=glyphs, shapes=shapes))
    return parts
