"""Reading a timeline grid the way a person does, whatever drew it (Excel cells, drawn shapes, a PDF).

Format-neutral: year headers in any era form, a month axis built from the years' spans (any
number of columns per year: 12 months, 24 half-months, 4 quarters …), bar edges snapped to the
nearest month boundary (an edge far from every boundary is reported, not guessed), and the
"continues" markers (→ ⇒ ▶ …) that follow a label or head a column past the last year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..core.errors import ValidationError
from ..core.fiscal import normalize, parse_fiscal_year

MONTHS_PER_YEAR = 12
FAR_FROM_BOUNDARY = 0.25  # of a month: an edge further than this from a month boundary is no sure month
PAST_GRID = 0.3  # of a month: a bar reaching this far past the last year runs on (an arrow tip, 以降)

CONTINUES_MARKS = "→⇒▶➡⇨➔►▷⇢➝➞>》"
_TRAILING_WORDS = {"以降", "以後", "継続", "次年度以降", "〜", "~"}
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")


def year_of_header(value: object) -> int | None:
    """The fiscal year a header cell names (R6, Ｒ６, 令和６年度, 2024年度, 令和6年度（2024）), or None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 2000 <= value <= 2100 else None  # 2024 typed as a number, shown as 2024年度
    if not isinstance(value, str) or not value.strip() or len(value) > 24:
        return None
    return _year_of_text(value)


@lru_cache(maxsize=4096)
def _year_of_text(value: str) -> int | None:
    text = re.sub(r"\s+", "", normalize(value))
    if not any(ch.isdigit() or ch == "元" for ch in text):
        return None
    for candidate in (text, _BRACKETS.sub("", text)):
        if not candidate:
            continue
        try:
            return parse_fiscal_year(candidate)
        except ValidationError:
            continue
    return None


def is_trailing_header(value: object) -> bool:
    """A header past the last year meaning 'and later': 以降, →, ⇒, ▶ …"""
    if not isinstance(value, str):
        return False
    text = re.sub(r"\s+", "", normalize(value))
    return bool(text) and (text in _TRAILING_WORDS or all(ch in CONTINUES_MARKS for ch in text))


def split_continues(label: str) -> tuple[str, bool]:
    """A label without its trailing 'continues' marker (内容検討⇒ → 内容検討, True)."""
    text = label.rstrip()
    stripped = text.rstrip(CONTINUES_MARKS + "＞ 　")
    if (
        stripped != text
        and normalize(text[len(stripped) :]).strip(" ")
        and all(ch in CONTINUES_MARKS for ch in normalize(text[len(stripped) :]).replace(" ", ""))
    ):
        return stripped.rstrip(), True
    return label, False


@dataclass
class Snapped:
    """A bar's months on the axis: first and last offset (0 = the first year's April)."""

    first: int
    last: int
    continues: bool
    off_edges: list[str] = field(default_factory=list)  # "開始"/"終了": edges far from a month boundary


@dataclass
class MonthAxis:
    """Month boundaries along one axis (column units, millimetres …), left to right."""

    first_year: int
    bounds: list[float]  # len = months + 1

    @classmethod
    def from_year_spans(cls, first_year: int, spans: list[tuple[float, float]]) -> MonthAxis:
        """Each year's span divided evenly into its 12 months (a span of 4 quarter columns: 3 per column)."""
        bounds: list[float] = []
        for x0, x1 in spans:
            step = (x1 - x0) / MONTHS_PER_YEAR
            bounds += [x0 + j * step for j in range(MONTHS_PER_YEAR)]
        bounds.append(spans[-1][1])
        return cls(first_year, bounds)

    @property
    def months(self) -> int:
        return len(self.bounds) - 1

    def month_width(self, i: int) -> float:
        i = min(max(i, 0), self.months - 1)
        return self.bounds[i + 1] - self.bounds[i]

    def _nearest(self, x: float) -> tuple[int, float]:
        """The index of the boundary nearest *x*, and the distance to it in months."""
        b = self.bounds
        lo, hi = 0, len(b) - 1
        while lo < hi:  # first boundary >= x
            mid = (lo + hi) // 2
            if b[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        best = min((i for i in (lo - 1, lo) if 0 <= i < len(b)), key=lambda i: abs(b[i] - x))
        return best, abs(b[best] - x) / self.month_width(best if best < self.months else best - 1)

    def snap(self, x0: float, x1: float, continues_past: float | None = None) -> Snapped:
        """The months a bar from *x0* to *x1* covers; past the grid's end (or *continues_past*) it runs on."""
        end_limit = self.bounds[-1] + PAST_GRID * self.month_width(self.months - 1)
        if continues_past is not None:
            end_limit = min(end_limit, continues_past)
        continues = x1 > end_limit
        off: list[str] = []
        i0, d0 = self._nearest(max(x0, self.bounds[0]))
        if d0 > FAR_FROM_BOUNDARY:
            off.append("start")
        if continues:
            i1 = self.months
        else:
            i1, d1 = self._nearest(min(x1, self.bounds[-1]))
            if d1 > FAR_FROM_BOUNDARY:
                off.append("end")
        i0 = min(i0, self.months - 1)
        i1 = max(i1, i0 + 1)
        return Snapped(i0, i1 - 1, continues, off)
