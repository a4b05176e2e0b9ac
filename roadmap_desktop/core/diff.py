"""What changed between two roadmaps: two editions (令和６年度版 and 令和７年度版) or two copies of one.

Projects are matched by identity (which 年度更新 keeps), else by 事業名 among those left. Each side's
timeline is read with its history (:func:`~roadmap_desktop.core.rollover.full_timeline`), so a bar
that 年度更新 moved out of the window is not a removed bar, and the visible part of a straddling
bar is the same bar. Budgets are compared per fiscal year (the edition's own plus the kept ones).

Totals by 担当部局: a project run by several departments counts in full under each of them (the
sheet names no shares), so those totals may add up to more than the roadmap's total; the outputs
say so.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from .fields import BY_ATTR, FIELDS, FieldKind
from .fiscal import UNSET_BUDGET, format_budget, format_budget_total, format_fiscal_year, period_in_words
from .i18n import translate
from .model import Bar, Edition, Project, Roadmap, Row

# Budgets are compared per fiscal year (below); every other field as its printed text.
TEXT_FIELDS = [f.attr for f in FIELDS if f.kind is not FieldKind.BUDGET]


class Status(StrEnum):
    NEW = "new"  # only in B
    ENDED = "ended"  # only in A
    CHANGED = "changed"


class Shift(StrEnum):
    DELAYED = "delayed"  # ends later than before: the 遅れ
    ENDS_EARLIER = "ends_earlier"
    STARTS_LATER = "starts_later"
    STARTS_EARLIER = "starts_earlier"
    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"  # same bar, another label


def shift_name(kind: Shift) -> str:
    return {
        Shift.DELAYED: translate("diff", "終了の遅れ"),
        Shift.ENDS_EARLIER: translate("diff", "終了の前倒し"),
        Shift.STARTS_LATER: translate("diff", "開始の遅れ"),
        Shift.STARTS_EARLIER: translate("diff", "開始の前倒し"),
        Shift.ADDED: translate("diff", "追加"),
        Shift.REMOVED: translate("diff", "削除"),
        Shift.RENAMED: translate("diff", "名称の変更"),
    }[kind]


def status_name(status: Status) -> str:
    return {
        Status.NEW: translate("diff", "新規"),
        Status.ENDED: translate("diff", "終了・削除"),
        Status.CHANGED: translate("diff", "変更"),
    }[status]


@dataclass
class TextChange:
    label: str  # 概要, 事業名, 取組「…」の名前 …
    old: str
    new: str


@dataclass
class BudgetChange:
    fiscal_year: int
    old: int | None
    new: int | None

    @property
    def delta(self) -> int:
        return (self.new or 0) - (self.old or 0)

    @property
    def delta_text(self) -> str:
        """The difference, or ― when either side is 未入力 (a missing budget is not a budget of 0)."""
        return NO_DELTA if self.old is None or self.new is None else signed(self.delta)


@dataclass
class BarChange:
    initiative: str
    row_label: str  # 計画 / 目標 / 実績
    row: Row
    kinds: list[Shift]
    old: Bar | None
    new: Bar | None

    @property
    def end_months(self) -> int:
        """How many months later the bar ends (negative: earlier)."""
        return 0 if self.old is None or self.new is None else self.new.end.index - self.old.end.index

    @property
    def start_months(self) -> int:
        return 0 if self.old is None or self.new is None else self.new.start.index - self.old.start.index

    def describe(self) -> str:
        """E.g. 「試験導入」 令和7年4月〜令和8年3月 → 令和7年4月〜令和8年9月（遅れ 6か月）."""
        kinds = "・".join(shift_name(k) + (self._months(k) or "") for k in self.kinds)
        if self.old is None:
            assert self.new is not None
            return f"「{self.new.label}」 {period_in_words(self.new.start, self.new.end)}（{kinds}）"
        if self.new is None:
            return f"「{self.old.label}」 {period_in_words(self.old.start, self.old.end)}（{kinds}）"
        label = self.new.label if self.old.label == self.new.label else f"{self.old.label}→{self.new.label}"
        return (
            f"「{label}」 {period_in_words(self.old.start, self.old.end)} → "
            f"{period_in_words(self.new.start, self.new.end)}（{kinds}）"
        )

    def _months(self, kind: Shift) -> str:
        n = abs(self.end_months) if kind in (Shift.DELAYED, Shift.ENDS_EARLIER) else abs(self.start_months)
        if kind in (Shift.ADDED, Shift.REMOVED, Shift.RENAMED):
            return ""
        return translate("diff", " {n}か月").format(n=n)


@dataclass
class ProjectDiff:
    status: Status
    old: Project | None
    new: Project | None
    old_no: int | None = None
    new_no: int | None = None
    texts: list[TextChange] = field(default_factory=list)
    budgets: list[BudgetChange] = field(default_factory=list)
    bars: list[BarChange] = field(default_factory=list)
    note: str = ""  # why it is new or gone, in words

    @property
    def name(self) -> str:
        p = self.new or self.old
        assert p is not None
        return p.name.replace("\n", "")

    @property
    def no_text(self) -> str:
        if self.old_no is not None and self.new_no is not None and self.old_no != self.new_no:
            return f"No.{self.old_no}→{self.new_no}"
        no = self.new_no if self.new_no is not None else self.old_no
        return f"No.{no}"

    @property
    def delays(self) -> list[BarChange]:
        return [b for b in self.bars if Shift.DELAYED in b.kinds and b.row is Row.PLAN]


@dataclass
class Total:
    """Budget of one 分野 or 部局 in each roadmap (each edition's own year), in 千円."""

    key: str
    old: int = 0
    new: int = 0
    old_unset: int = 0  # projects whose budget is not entered (未入力)
    new_unset: int = 0
    old_entered: int = 0  # projects whose budget is entered
    new_entered: int = 0

    @property
    def delta(self) -> int:
        return self.new - self.old

    @property
    def complete(self) -> bool:
        """Every budget on both sides entered: only then is the difference a real one."""
        return not (self.old_unset or self.new_unset)

    @property
    def old_text(self) -> str:
        return format_budget_total(self.old, self.old_unset, self.old_entered)

    @property
    def new_text(self) -> str:
        return format_budget_total(self.new, self.new_unset, self.new_entered)

    @property
    def delta_text(self) -> str:
        return signed(self.delta) if self.complete else NO_DELTA


@dataclass
class RoadmapDiff:
    a_name: str
    b_name: str
    a: Edition
    b: Edition
    projects: list[ProjectDiff] = field(default_factory=list)
    unchanged: int = 0
    by_field: list[Total] = field(default_factory=list)
    by_department: list[Total] = field(default_factory=list)
    total: Total = field(default_factory=lambda: Total(""))
    # sheets whose number changed (a sheet dropped before them, a number fixed by hand): (old, new, name)
    renumbered: list[tuple[int, int, str]] = field(default_factory=list)

    def of(self, status: Status) -> list[ProjectDiff]:
        return [p for p in self.projects if p.status is status]

    @property
    def a_budget_label(self) -> str:
        return self.a.budget_label

    @property
    def b_budget_label(self) -> str:
        return self.b.budget_label


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _text_value(project: Project, attr: str) -> str:
    f = BY_ATTR[attr]
    return f.format(f.get(project))


def _budgets(project: Project, edition: Edition) -> dict[int, int | None]:
    years: dict[int, int | None] = dict(project.past_budgets)
    years[edition.fiscal_year] = project.budget
    return years


def _match_bars(old: list[Bar], new: list[Bar]) -> list[tuple[Bar | None, Bar | None]]:
    """Pairs of the same bar in two versions of one row: equal bars, then same label, then most overlap."""
    olds, news = sorted(old, key=Bar.sort_key), sorted(new, key=Bar.sort_key)
    pairs: list[tuple[Bar | None, Bar | None]] = []

    def take(match: object) -> None:
        for o in list(olds):
            candidates = [n for n in news if match(o, n)]  # type: ignore[operator]
            if not candidates:
                continue
            best = min(candidates, key=lambda n: abs(n.start.index - o.start.index) + abs(n.end.index - o.end.index))
            pairs.append((o, best))
            olds.remove(o)
            news.remove(best)

    take(lambda o, n: o == n)
    take(lambda o, n: o.label == n.label)
    take(lambda o, n: min(o.end, n.end).index - max(o.start, n.start).index >= 0)  # overlapping
    pairs += [(o, None) for o in olds] + [(None, n) for n in news]
    return pairs


def _bar_change(o: Bar | None, n: Bar | None) -> list[Shift]:
    if o is None:
        return [Shift.ADDED]
    if n is None:
        return [Shift.REMOVED]
    kinds: list[Shift] = []
    if n.start > o.start:
        kinds.append(Shift.STARTS_LATER)
    elif n.start < o.start:
        kinds.append(Shift.STARTS_EARLIER)
    # A bar that ran on past its window (期間後も継続) had no end: running longer is no delay.
    if n.end > o.end and not o.continues:
        kinds.append(Shift.DELAYED)
    elif n.end < o.end:
        kinds.append(Shift.ENDS_EARLIER)
    if o.label != n.label:
        kinds.append(Shift.RENAMED)
    return kinds


TimelineBars = dict[tuple[str, str], dict[Row, list[Bar]]]


def timeline(project: Project, edition: Edition) -> TimelineBars:
    """Every bar of *project*, history included, by (取組 name, plan label) and row, each bar once.

    A bar that straddled the window's start is in history whole and, cut at the window's start, in
    its row: the two are one bar (its start from history, its end from the row, so a later end is a
    delay). If its part in the window was deleted, the bar ends just before the window.
    """
    result: TimelineBars = {}
    first = edition.first_month
    for past in project.history:
        rows = result.setdefault((past.name, past.plan_label), {Row.PLAN: [], Row.ACTUAL: []})
        for row in Row:
            rows[row].extend(past.bars(row))
    for initiative in project.initiatives:
        rows = result.setdefault((initiative.name, initiative.plan_label), {Row.PLAN: [], Row.ACTUAL: []})
        for row in Row:
            history = rows[row]
            straddling = [h for h in history if h.start < first <= h.end]
            merged = [h for h in history if h not in straddling]
            for bar in initiative.bars(row):
                whole = next((h for h in straddling if bar.start == first and h.label == bar.label), None)
                if whole is None:
                    merged.append(bar)
                    continue
                straddling.remove(whole)
                merged.append(Bar(whole.start, bar.end, bar.label, bar.continues))
            merged += [Bar(h.start, first.shifted(-1), h.label) for h in straddling]
            rows[row] = merged
    return result


def _timeline_changes(old: Project, new: Project, d: ProjectDiff, ea: Edition, eb: Edition) -> None:
    a, b = timeline(old, ea), timeline(new, eb)
    # 取組 by name, then those left by their order (a renamed 取組 is the same 取組).
    a_keys, b_keys = list(a), list(b)
    pairs: list[tuple[tuple[str, str] | None, tuple[str, str] | None]] = []
    for key in list(a_keys):
        twin = next((k for k in b_keys if _norm(k[0]) == _norm(key[0])), None)
        if twin is not None:
            pairs.append((key, twin))
            a_keys.remove(key)
            b_keys.remove(twin)
    while a_keys and b_keys:
        old_key, new_key = a_keys.pop(0), b_keys.pop(0)
        d.texts.append(TextChange(translate("diff", "取組の名前"), old_key[0], new_key[0]))
        pairs.append((old_key, new_key))
    pairs += [(k, None) for k in a_keys] + [(None, k) for k in b_keys]
    for ka, kb in pairs:
        if ka is None:
            assert kb is not None
            d.texts.append(TextChange(translate("diff", "取組の追加"), "", kb[0]))
        elif kb is None:
            d.texts.append(TextChange(translate("diff", "取組の削除"), ka[0], ""))
        elif ka[1] != kb[1]:
            d.texts.append(TextChange(translate("diff", "取組「{name}」の区分").format(name=kb[0]), ka[1], kb[1]))
        name = (kb or ka or ("", ""))[0].replace("\n", "")
        for row in Row:
            old_bars = a[ka][row] if ka else []
            new_bars = b[kb][row] if kb else []
            label = translate("diff", "実績") if row is Row.ACTUAL else (kb or ka or ("", "計画"))[1]
            for o, n in _match_bars(old_bars, new_bars):
                if o == n:
                    continue
                kinds = _bar_change(o, n)
                if kinds:
                    d.bars.append(BarChange(name, label, row, kinds, o, n))


def _project_diff(old: Project, new: Project, a: Edition, b: Edition) -> ProjectDiff:
    d = ProjectDiff(Status.CHANGED, old, new)
    for attr in TEXT_FIELDS:
        x, y = _text_value(old, attr), _text_value(new, attr)
        if x != y:
            d.texts.append(TextChange(BY_ATTR[attr].label, x, y))
    ba, bb = _budgets(old, a), _budgets(new, b)
    for fy in sorted(set(ba) | set(bb)):
        if ba.get(fy) != bb.get(fy):
            d.budgets.append(BudgetChange(fy, ba.get(fy), bb.get(fy)))
    _timeline_changes(old, new, d, a, b)
    return d


def _totals(a: Roadmap, b: Roadmap, key: str) -> list[Total]:
    totals: dict[str, Total] = {}
    for side, roadmap in (("old", a), ("new", b)):
        for p in roadmap.projects:
            keys = [p.field] if key == "field" else (p.departments or [""])
            for k in dict.fromkeys(keys):  # a department named twice counts once
                t = totals.setdefault(k, Total(k))
                if p.budget is None:
                    setattr(t, f"{side}_unset", getattr(t, f"{side}_unset") + 1)
                else:
                    setattr(t, side, getattr(t, side) + p.budget)
                    setattr(t, f"{side}_entered", getattr(t, f"{side}_entered") + 1)
    return list(totals.values())  # in the book's order: first seen in A, then new ones of B


def compare(a: Roadmap, b: Roadmap, a_name: str = "A", b_name: str = "B") -> RoadmapDiff:
    """Everything that changed from *a* to *b*."""
    result = RoadmapDiff(a_name, b_name, a.edition, b.edition)
    a_no = dict(zip((p.id for p in a.projects), a.sheet_numbers(), strict=True))
    b_no = dict(zip((p.id for p in b.projects), b.sheet_numbers(), strict=True))
    b_by_id = {p.id: p for p in b.projects}
    matched: dict[str, Project] = {}
    taken: set[str] = set()
    for p in a.projects:
        twin = b_by_id.get(p.id)
        if twin is not None:
            matched[p.id] = twin
            taken.add(twin.id)
    for p in a.projects:
        if p.id in matched:
            continue
        twin = next((q for q in b.projects if q.id not in taken and _norm(q.name) == _norm(p.name)), None)
        if twin is not None:
            matched[p.id] = twin
            taken.add(twin.id)
    for p in a.projects:
        twin = matched.get(p.id)
        if twin is None:
            note = ""
            if p.end_year is not None and p.end_year < b.edition.fiscal_year:
                note = translate("diff", "事業終期 {end} を過ぎたため").format(end=format_fiscal_year(p.end_year))
            result.projects.append(ProjectDiff(Status.ENDED, p, None, a_no[p.id], None, note=note))
            continue
        d = _project_diff(p, twin, a.edition, b.edition)
        d.old_no, d.new_no = a_no[p.id], b_no[twin.id]
        if d.old_no != d.new_no:
            result.renumbered.append((d.old_no, d.new_no, twin.name.replace("\n", "")))
        if d.texts or d.budgets or d.bars:
            result.projects.append(d)
        else:
            result.unchanged += 1
    for q in b.projects:
        if q.id not in taken:
            result.projects.append(ProjectDiff(Status.NEW, None, q, None, b_no[q.id]))
    order = {Status.NEW: 0, Status.ENDED: 1, Status.CHANGED: 2}  # as every report lists them
    result.projects.sort(key=lambda d: order[d.status])
    result.by_field = _totals(a, b, "field")
    result.by_department = _totals(a, b, "departments")
    total = Total(translate("diff", "合計"))
    for side, roadmap in (("old", a), ("new", b)):
        setattr(total, side, sum(p.budget or 0 for p in roadmap.projects))
        setattr(total, f"{side}_unset", sum(p.budget is None for p in roadmap.projects))
        setattr(total, f"{side}_entered", sum(p.budget is not None for p in roadmap.projects))
    result.total = total
    return result


NO_DELTA = "―"  # no difference can be given: a side is 未入力


def signed(n: int) -> str:
    return f"+{format_budget(n)}" if n > 0 else ("±0" if n == 0 else f"-{format_budget(-n)}")


def renumbered_text(diff: RoadmapDiff) -> str:
    """E.g. No.66→65、No.67→66 … (every sheet whose number changed), or "" when none did."""
    return "、".join(f"No.{a}→{b}" for a, b, _ in sorted(diff.renumbered))


def budget_text(value: int | None) -> str:
    """A budget for the report: 5,144 or 未入力."""
    return UNSET_BUDGET if value is None else format_budget(value)
