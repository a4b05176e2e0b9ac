"""The book's own pages that are not sheets: 目次, 一覧 and 全体工程表 (see :mod:`roadmap_desktop.layout.book`).

They carry the sheet's words (事業名, 担当部局, R6…R10) in tables, so the sheet reader would take
them for sheets; their titles tell them apart. A page whose first line is one of these titles is
named and skipped, as the cover is.
"""

from __future__ import annotations

import re
import unicodedata

from ..core.i18n import translate
from .pdf_page import PageData
from .pdf_text import group_lines
from .pdf_thresholds import HEADER_SHARE

_TITLES = ("目次", "一覧", "全体工程表")
_TITLE_RE = re.compile(r"^(目次|一覧|全体工程表)(?:[（(]続き[）)])?")


def book_page_title(page: PageData) -> str | None:
    """The summary page's title (目次, 一覧, 全体工程表) when *page* is one, else None."""
    glyphs = [g for g in page.glyphs if not g.text.isspace() and g.top < HEADER_SHARE * page.height]
    if not glyphs:
        return None
    first = group_lines(glyphs)[0]
    m = _TITLE_RE.match(unicodedata.normalize("NFKC", first.text).replace(" ", ""))
    return m.group(1) if m else None


def skip_message(title: str) -> str:
    return translate("pdf", "「{title}」のページです（事業のシートではないため読み飛ばしました）").format(title=title)
