"""Which edition (令和6年度版 …) a file shows: a workbook by its hidden data and title, a PDF by our
export record in its metadata, else by its title and the budget label (R6事業費（千円）).

Readers read a file in its own edition (its own five-year window); the plan maps a file of an earlier
edition into the roadmap's (core.rollover.map_into) and says at the top which edition the file is.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from typing import Any

from ..core.errors import RoadmapError
from ..core.fiscal import format_fiscal_year, normalize, parse_fiscal_year
from ..core.i18n import translate
from ..core.model import Edition, default_title
from ..export.pdf_record import PDF_INFO_KEY, PdfStamp, pdf_stamp

__all__ = ["PDF_INFO_KEY", "PdfStamp", "edition_line", "pdf_stamp", "reading_edition", "year_in_texts"]

_BUDGET_LABEL = re.compile(r"^((?:R|H|令和|平成)\s*(?:\d+|元))\s*事業費")
_SPLIT_TITLE = re.compile(r"((?:令和|平成)(?:\d+|元)年度)[^年]{0,12}?ロードマップ")
_TITLE_YEAR = re.compile(r"((?:令和|平成)\s*(?:\d+|元)\s*年度)")


def year_in_texts(texts: Iterable[Any]) -> tuple[int | None, str]:
    """The fiscal year a sheet's texts show (its budget label, else a title with 令和N年度) and the title."""
    title_year: int | None = None
    title = ""
    seen: list[str] = []
    for value in texts:
        if not isinstance(value, str):
            continue
        seen.append(value)
        text = normalize(value)
        m = _BUDGET_LABEL.match(text.replace("\n", ""))
        if m:
            try:
                return parse_fiscal_year(m.group(1)), title
            except RoadmapError:
                continue
        if title_year is None and "ロードマップ" in text:
            t = _TITLE_YEAR.search(text)
            if t:
                try:
                    title_year, title = parse_fiscal_year(t.group(1)), value.strip()
                except RoadmapError:
                    continue
    if title_year is None:  # a cover prints the year and the title on lines of their own
        t = _SPLIT_TITLE.search(normalize("".join("".join(v.split()) for v in seen[:40])))
        if t:
            with contextlib.suppress(RoadmapError):
                title_year = parse_fiscal_year(t.group(1))
    return title_year, title


def reading_edition(fiscal_year: int | None, title: str, roadmap: Edition) -> Edition:
    """The edition to read a file in: its own when it is an earlier one, else the roadmap's."""
    if fiscal_year is None or fiscal_year >= roadmap.fiscal_year:
        return roadmap
    return Edition(title=title or default_title(fiscal_year), fiscal_year=fiscal_year,
                   first_sheet_no=roadmap.first_sheet_no)  # fmt: skip


def edition_line(fiscal_year: int) -> str:
    """The preview's first words about the file, e.g. このファイルは令和6年度版です。"""
    return translate("edition", "このファイルは{edition}版です。").format(
        edition=format_fiscal_year(fiscal_year, "long")
    )
