"""The roadmap as plain data: an edition (the yearly book) and its project sheets.

Plain mutable dataclasses: the storage layer loads and saves them, edit commands change them,
every output (screen, printer, PDF, Excel) reads them. Rules live in :func:`validate_project`.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date
from enum import StrEnum

from .errors import ValidationError
from .fiscal import Month, format_fiscal_year, period_in_words
from .i18n import translate
from .values import LINE_CAP, budget_in_range, budget_range_text, has_controls

WINDOW_YEARS = 5
PLAN_LABELS = ("計画", "目標")


class Row(StrEnum):
    """The two rows of an initiative: what was planned, and what happened."""

    PLAN = "plan"
    ACTUAL = "actual"


@dataclass
class Bar:
    """A box on the timeline from its first to its last month (both included)."""

    start: Month
    end: Month
    label: str = ""
    continues: bool = False  # runs on past the window's end: drawn as an arrow off the right edge

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start.index, self.end.index, self.label)

    def months(self) -> int:
        return self.end.index - self.start.index + 1

    def period_text(self) -> str:
        return period_in_words(self.start, self.end)


@dataclass
class Initiative:
    """One 取組 row pair of the timeline: the plan (計画 or 目標) above the actual (実績)."""

    name: str = ""
    plan_label: str = "計画"
    plan: list[Bar] = _field(default_factory=list)
    actual: list[Bar] = _field(default_factory=list)

    def bars(self, row: Row) -> list[Bar]:
        return self.plan if row is Row.PLAN else self.actual


def new_id() -> str:
    import uuid  # here: a loaded roadmap has its ids, and uuid's import weighs on the start

    return str(uuid.uuid4())


@dataclass
class Project:
    """One sheet of the book. *id* is stable across export and import; the rest is what the sheet shows."""

    id: str = _field(default_factory=new_id)
    name: str = ""  # 事業名
    field: str = ""  # 分野
    items: list[str] = _field(default_factory=list)  # 項目
    departments: list[str] = _field(default_factory=list)  # 担当部局
    sections: list[str] = _field(default_factory=list)  # 担当課等
    start_year: int | None = None  # 事業始期 (fiscal year)
    end_year: int | None = None  # 事業終期 (may lie past the window, e.g. R11)
    budget: int | None = None  # the edition's 事業費, in 千円
    overview: str = ""  # 概要
    issues: str = ""  # 現状・課題
    approach: str = ""  # 取組
    change: str = ""  # デジタル活用によってどう変わるか
    initiatives: list[Initiative] = _field(default_factory=list)
    sheet_no_override: int | None = None  # fixed by hand; otherwise numbers follow the order
    # Kept by 年度更新 (core/rollover.py), never drawn: every output reads only the fields above, so
    # none of them needs to know about history. Bars of years before the window, grouped by the
    # initiative (name, plan label) they belonged to at the time; a bar that straddled the window's
    # start is here whole while its visible part stays in ``initiatives``.
    history: list[Initiative] = _field(default_factory=list)
    past_budgets: dict[int, int] = _field(default_factory=dict)  # earlier editions' 事業費 by fiscal year

    def period_text(self) -> str:
        """E.g. R5〜R10 for the project list."""
        start = format_fiscal_year(self.start_year) if self.start_year is not None else ""
        end = format_fiscal_year(self.end_year) if self.end_year is not None else ""
        return f"{start}〜{end}" if (start or end) else ""


@dataclass
class Edition:
    """The yearly book: its title, its fiscal year, and the five-year window its timelines show."""

    title: str = "令和６年度DX関連事業ロードマップ"
    fiscal_year: int = 2024
    first_sheet_no: int = 1
    # What the printed book says of itself, from the file alone (never from the computer's clock):
    # the 基準月 (the month the 実績 rows run to: the 全体工程表's line and the progress report's
    # reading), and the 発行 (issuing body and date) on the cover. None / "": not set, not printed.
    reference_month: Month | None = None
    issuer: str = ""
    issued: date | None = None

    @property
    def window_years(self) -> list[int]:
        return [self.fiscal_year + i for i in range(WINDOW_YEARS)]

    @property
    def first_month(self) -> Month:
        return Month.fiscal(self.fiscal_year, 0)

    @property
    def last_month(self) -> Month:
        return Month.fiscal(self.fiscal_year + WINDOW_YEARS - 1, 11)

    @property
    def budget_label(self) -> str:
        """The budget field's label on the sheet, e.g. R6事業費（千円）."""
        return f"{format_fiscal_year(self.fiscal_year)}事業費（千円）"

    def contains(self, month: Month) -> bool:
        return self.first_month <= month <= self.last_month

    def month_offset(self, month: Month) -> int:
        """0 for the window's first April … 59 for its last March."""
        return month.index - self.first_month.index


def default_title(fiscal_year: int) -> str:
    """The usual title of an edition, e.g. 令和６年度DX関連事業ロードマップ (full-width digits, as printed)."""
    long = format_fiscal_year(fiscal_year, "long")
    return long.translate(str.maketrans("0123456789", "０１２３４５６７８９")) + "DX関連事業ロードマップ"


@dataclass
class Roadmap:
    """An edition and its projects, in sheet order."""

    edition: Edition = _field(default_factory=Edition)
    projects: list[Project] = _field(default_factory=list)

    def sheet_numbers(self) -> list[int]:
        """Each project's sheet number: the previous one plus one, unless fixed by hand."""
        numbers: list[int] = []
        next_no = self.edition.first_sheet_no
        for project in self.projects:
            no = project.sheet_no_override if project.sheet_no_override is not None else next_no
            numbers.append(no)
            next_no = no + 1
        return numbers

    def sheet_no(self, project: Project) -> int:
        return self.sheet_numbers()[self.index_of(project.id)]

    def index_of(self, project_id: str) -> int:
        for i, p in enumerate(self.projects):
            if p.id == project_id:
                return i
        raise KeyError(project_id)

    def project(self, project_id: str) -> Project:
        return self.projects[self.index_of(project_id)]

    def total_budget(self) -> int:
        return sum(p.budget or 0 for p in self.projects)


def validate_bar(bar: Bar, edition: Edition) -> None:
    """Raise :class:`ValidationError` unless *bar* is a proper bar inside the edition's window."""
    if bar.end < bar.start:
        raise ValidationError(
            translate("model", "バーの終了月（{end}）が開始月（{start}）より前です。").format(
                start=bar.start.japanese(), end=bar.end.japanese()
            ),
            "bar",
        )
    if not (edition.contains(bar.start) and edition.contains(bar.end)):
        raise ValidationError(
            translate("model", "バー「{label}」（{period}）が表示期間 {first}〜{last} の外にあります。").format(
                label=bar.label,
                period=bar.period_text(),
                first=edition.first_month.japanese(),
                last=edition.last_month.japanese(),
            ),
            "bar",
        )
    if bar.continues and bar.end != edition.last_month:
        raise ValidationError(
            translate("model", "「期間後も継続」のバーは表示期間の最終月まで伸ばしてください。"), "bar"
        )


def _validate_text(text: object, label: str, cap: int, attr: str) -> None:
    if not isinstance(text, str):
        return
    if has_controls(text):
        raise ValidationError(
            translate("model", "{label}に制御文字は使えません（タブと改行のほか）。").format(label=label), attr
        )
    if len(text) > cap:
        raise ValidationError(
            translate("model", "{label}は{cap:,}文字までです（{n:,}文字）。").format(label=label, cap=cap, n=len(text)),
            attr,
        )


def _validate_texts(project: Project) -> None:
    from .fields import FIELDS  # fields imports this module

    for f in FIELDS:
        if f.cap is None:
            continue
        value = f.get(project)
        for text in value if isinstance(value, list) else [value]:
            _validate_text(text, f.noun, f.cap, f.attr)
    for initiative in project.initiatives:
        _validate_text(initiative.name, translate("model", "取組名"), LINE_CAP, "initiative")
        for bar in initiative.plan + initiative.actual:
            _validate_text(bar.label, translate("model", "バーの名前"), LINE_CAP, "bar")


def validate_project(project: Project, edition: Edition) -> None:
    """Raise :class:`ValidationError` for the first rule *project* breaks."""
    if project.budget is not None and (
        not isinstance(project.budget, int) or isinstance(project.budget, bool) or project.budget < 0
    ):
        raise ValidationError(translate("model", "事業費は0以上の整数（千円）で入力してください。"), "budget")
    if project.budget is not None and not budget_in_range(project.budget):
        raise ValidationError(budget_range_text() + "。", "budget")
    _validate_texts(project)
    if project.start_year is not None and project.end_year is not None and project.end_year < project.start_year:
        raise ValidationError(
            translate("model", "事業終期（{end}）が事業始期（{start}）より前です。").format(
                start=format_fiscal_year(project.start_year), end=format_fiscal_year(project.end_year)
            ),
            "end_year",
        )
    for initiative in project.initiatives:
        if initiative.plan_label not in PLAN_LABELS:
            raise ValidationError(
                translate("model", "計画行の見出しは「計画」か「目標」です: {label}").format(
                    label=initiative.plan_label
                ),
                "plan_label",
            )
        for bar in initiative.plan + initiative.actual:
            validate_bar(bar, edition)
    for past in project.history:  # outside the window by design: only the bar itself must make sense
        for bar in past.plan + past.actual:
            if bar.end < bar.start:
                validate_bar(bar, edition)  # raises the usual message
    for fy, amount in project.past_budgets.items():
        if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
            raise ValidationError(
                translate("model", "{year}事業費は0以上の整数（千円）で入力してください。").format(
                    year=format_fiscal_year(fy)
                ),
                "past_budgets",
            )
