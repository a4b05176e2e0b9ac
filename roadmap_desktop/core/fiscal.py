"""Fiscal years (April–March), Japanese eras, and calendar months.

A fiscal year is an ``int``: the western year in which it starts (令和6年度 = 2024, running from
April 2024 to March 2025). Text in any of the forms staff type (R5, 令和5年度, 令和元年度, H19,
平成19年度, 2023年度, 2023, with full-width digits) is parsed strictly: anything else raises
:class:`FiscalYearError` rather than being guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .errors import FiscalYearError, ValidationError
from .i18n import translate
from .values import MAX_BUDGET, budget_range_text

# (letter, name, western fiscal year of year 1, last year number or None while current)
_ERAS: tuple[tuple[str, str, int, int | None], ...] = (
    ("R", "令和", 2019, None),
    ("H", "平成", 1989, 31),
    ("S", "昭和", 1926, 64),
)
MIN_FISCAL_YEAR = 1926
MAX_FISCAL_YEAR = 2199

# Patterns compiled on first use (re's own cache): what people type is read long after the start.
_ERA_RE = r"(?i)^(?P<era>[RHS]|令和|平成|昭和)(?P<num>\d{1,3}|元)(?:年度?)?$"
_WESTERN_RE = r"(?i)^(?:FY)?(?P<year>\d{4})(?:年度?)?$"


def normalize(text: str) -> str:
    """Fold full-width letters, digits and punctuation to ASCII (Ｒ５ → R5, ５,１４４ → 5,144)."""
    return unicodedata.normalize("NFKC", text).strip()


def _western_year(era: str, num_text: str, no_such: str) -> int:
    """令和7 / R7 / 令和元 → 2025 / 2025 / 2019; *no_such* ({era}{num}) names a year the era never had."""
    num = 1 if num_text == "元" else int(num_text)
    for letter, name, first, last in _ERAS:
        if era.upper() in (letter, name):
            if num < 1 or (last is not None and num > last):
                raise FiscalYearError(no_such.format(era=name, num=num))
            return first + num - 1
    raise FiscalYearError(no_such.format(era=era, num=num))  # the patterns admit only known eras


def parse_fiscal_year(text: str) -> int:
    """Parse a fiscal year written as the sheet or a person writes it; return its western start year."""
    s = re.sub(r"\s+", "", normalize(text))
    m = re.match(_ERA_RE, s)
    if m:
        fy = _western_year(m["era"], m["num"], translate("fiscal", "{era}{num}年度という年度はありません。"))
    else:
        w = re.match(_WESTERN_RE, s)
        if not w:
            raise FiscalYearError(
                translate("fiscal", "「{text}」は年度として読み取れません（例: R5、令和5年度、2023年度）。").format(
                    text=text
                )
            )
        fy = int(w["year"])
    if not MIN_FISCAL_YEAR <= fy <= MAX_FISCAL_YEAR:
        raise FiscalYearError(translate("fiscal", "年度 {text} は扱える範囲外です。").format(text=text))
    return fy


def _era_of(fiscal_year: int) -> tuple[str, str, int]:
    for letter, name, first, _last in _ERAS:
        if fiscal_year >= first:
            return letter, name, fiscal_year - first + 1
    raise FiscalYearError(translate("fiscal", "年度 {fy} は扱える範囲外です。").format(fy=fiscal_year))


def format_fiscal_year(fiscal_year: int, style: str = "short") -> str:
    """Print a fiscal year: ``short`` → R6 (as on the sheet), ``long`` → 令和6年度 (令和元年度)."""
    letter, name, num = _era_of(fiscal_year)
    if style == "short":
        return f"{letter}{num}"
    if style == "long":
        return f"{name}{'元' if num == 1 else num}年度"
    raise ValueError(f"unknown style {style!r}")


def parse_optional_fiscal_year(text: str | None) -> int | None:
    """Like :func:`parse_fiscal_year`, but blank text means 'not set'."""
    if text is None or not normalize(text):
        return None
    return parse_fiscal_year(text)


# What a sheet prints where the budget is not set (a new edition's 事業費 before it is entered).
UNSET_BUDGET = "未入力"


def parse_budget(text: str) -> int | None:
    """Parse a budget in 千円 such as ``5,144`` or ``５，１４４``; blank or 未入力 means 'not set'."""
    s = normalize(text).replace(",", "").replace("千円", "").strip()
    if not s or s == UNSET_BUDGET:
        return None
    if not re.fullmatch(r"\d+", s):
        raise ValidationError(
            translate("fiscal", "事業費は0以上の整数（千円）で入力してください: {text}").format(text=text), "budget"
        )
    if len(s.lstrip("0")) > len(str(MAX_BUDGET)) or int(s) > MAX_BUDGET:  # length first: int() of 5,000 digits raises
        raise ValidationError(f"{budget_range_text()}: {text[:40]}", "budget")
    return int(s)


def format_budget(budget: int | None) -> str:
    """The budget with thousands separators, as the sheet prints it (blank when unset)."""
    return "" if budget is None else f"{budget:,}"


def format_budget_or_unset(budget: int | None) -> str:
    """A budget in a table of several: 5,144, or 未入力 (a blank would read as nothing, 0 as free)."""
    return UNSET_BUDGET if budget is None else f"{budget:,}"


def format_budget_total(amount: int, unset: int, entered: int) -> str:
    """A total of budgets that says how many were not entered: 12,345 / 12,345（未入力 3 事業）, and
    未入力（20 事業） when none was: never a 0 that reads as the book's real total."""
    if unset and not entered:
        return translate("fiscal", "未入力（{n} 事業）").format(n=unset)
    if unset:
        return translate("fiscal", "{total}（未入力 {n} 事業）").format(total=f"{amount:,}", n=unset)
    return f"{amount:,}"


def budget_total(budgets: Iterable[int | None]) -> str:
    """:func:`format_budget_total` of *budgets*."""
    values = list(budgets)
    entered = [b for b in values if b is not None]
    return format_budget_total(sum(entered), len(values) - len(entered), len(entered))


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month; ordering is chronological."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")

    @classmethod
    def parse(cls, text: str) -> Month:
        """Parse ``YYYY-MM`` (the dump format)."""
        return _parse_month(text)

    @classmethod
    def from_index(cls, index: int) -> Month:
        """Inverse of :attr:`index`."""
        return cls(index // 12, index % 12 + 1)

    @classmethod
    def fiscal(cls, fiscal_year: int, fiscal_month: int) -> Month:
        """The *fiscal_month*-th month (0 = April … 11 = March) of *fiscal_year*."""
        return cls.from_index(fiscal_year * 12 + 3 + fiscal_month)

    @property
    def index(self) -> int:
        """Months since year 0, for arithmetic."""
        return self.year * 12 + self.month - 1

    @property
    def fiscal_year(self) -> int:
        return self.year if self.month >= 4 else self.year - 1

    @property
    def fiscal_month(self) -> int:
        """0 for April … 11 for March."""
        return (self.month - 4) % 12

    def shifted(self, months: int) -> Month:
        return Month.from_index(self.index + months)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def japanese(self) -> str:
        """The month in words, e.g. 令和6年4月 (平成31年4月, then 令和元年5月)."""
        if self.year > 2019 or (self.year == 2019 and self.month >= 5):
            name, num = "令和", self.year - 2018
        elif self.year >= 1989:
            name, num = "平成", self.year - 1988
        else:
            name, num = "昭和", self.year - 1925
        return f"{name}{'元' if num == 1 else num}年{self.month}月"


_MONTH_TEXT = re.compile(r"(\d{4})-(\d{2})")


@lru_cache(maxsize=4096)
def _parse_month(text: str) -> Month:
    """Months are immutable and a roadmap names a few dozen of them thousands of times: loading 150
    projects parsed about 5,000 month texts, a good part of opening a file."""
    m = _MONTH_TEXT.fullmatch(text.strip())
    if not m:
        raise ValidationError(translate("fiscal", "月の形式が正しくありません: {text}").format(text=text))
    return Month(int(m[1]), int(m[2]))


def period_in_words(start: Month, end: Month) -> str:
    """E.g. 令和6年4月〜令和7年3月, for tooltips and messages."""
    return f"{start.japanese()}〜{end.japanese()}"


# --- months and dates as people write them ---------------------------------------------------------

_MONTH_ERA_RE = r"(?i)^(?P<era>[RHS]|令和|平成|昭和)(?P<num>\d{1,3}|元)(?:年|[./-])(?P<month>\d{1,2})月?$"
_MONTH_WESTERN_RE = r"^(?P<year>\d{4})(?:年|[./-])(?P<month>\d{1,2})月?$"


def parse_month(text: str) -> Month:
    """A calendar month in any form the year fields accept, with a month: 2025-03, 2025/3, 2025年3月,
    令和7年3月, 令和元年5月, R7.3, R7年3月, Ｒ７年３月. Anything else raises :class:`ValidationError`."""
    s = re.sub(r"\s+", "", normalize(text))
    m = re.match(_MONTH_ERA_RE, s)
    year: int | None = None
    if m:
        year = _western_year(m["era"], m["num"], translate("fiscal", "{era}{num}年という年はありません。"))
        month = int(m["month"])
    else:
        w = re.match(_MONTH_WESTERN_RE, s)
        if w:
            year, month = int(w["year"]), int(w["month"])
    if year is None or not 1 <= month <= 12 or not MIN_FISCAL_YEAR <= year <= MAX_FISCAL_YEAR:
        raise ValidationError(
            translate(
                "fiscal", "「{text}」は年月として読み取れません（例: 令和7年3月、R7.3、2025年3月、2025-03）。"
            ).format(text=text)
        )
    return Month(year, month)


def parse_date(text: str) -> date:
    """A day as people write it: 2025-03-31, 2025/3/31, 2025年3月31日, 令和7年3月31日, R7.3.31.
    Anything else raises :class:`ValidationError`."""
    s = re.sub(r"\s+", "", normalize(text))
    m = re.fullmatch(r"(?P<ym>.+?月|.+?[./-]\d{1,2}[./-])(?P<day>\d{1,2})日?", s)
    if m:
        ym = m["ym"].rstrip("./-")
        try:
            month = parse_month(ym)
            return date(month.year, month.month, int(m["day"]))
        except (ValidationError, ValueError):
            pass
    raise ValidationError(
        translate("fiscal", "「{text}」は日付として読み取れません（例: 令和7年3月31日、2025-03-31）。").format(
            text=text
        )
    )


def japanese_date(year: int, month: int, day: int) -> str:
    """A date in 和暦 words, e.g. 令和8年11月29日 (令和 from 2019-05-01, 平成 from 1989-01-08)."""
    if (year, month, day) >= (2019, 5, 1):
        name, num = "令和", year - 2018
    elif (year, month, day) >= (1989, 1, 8):
        name, num = "平成", year - 1988
    else:
        name, num = "昭和", year - 1925
    return f"{name}{'元' if num == 1 else num}年{month}月{day}日"


def japanese_datetime_text(text: str) -> str:
    """``YYYY-MM-DD HH:MM`` (as stored, e.g. in a lock file) in 和暦 words: 令和8年11月29日 14:05.
    Text in another form is returned unchanged (it is only shown, never parsed further)."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?(?::\d{2}(?:\.\d+)?)?", text.strip())
    if not m:
        return text
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return text
    words = japanese_date(day.year, day.month, day.day)
    return f"{words} {int(m[4])}:{m[5]}" if m[4] else words
