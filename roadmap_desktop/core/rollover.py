"""年度更新: the next edition of a roadmap (令和６年度版 → 令和７年度版), built as a new roadmap.

Rules (the same for the command line and the window):

- The edition's fiscal year moves on by one, so the five-year window moves (R6–R10 → R7–R11); the
  year in the title follows (令和６年度… → 令和７年度…), and every label computed from the edition
  (R7事業費（千円）, the year headers) follows by itself.
- A bar that ends before the new window goes into the project's history whole (``Project.history``,
  grouped by the 取組 it belonged to). A bar that straddles the new window's start goes into the
  history whole as well, and its visible part — the same bar cut to start at the window's first
  April — stays in its row, so the sheet still shows that the work runs on. On a later 年度更新 that
  visible part is recognised (same row, label and end, inside a history bar) and not stored twice.
  ``Initiative.plan``/``actual`` therefore always hold only bars inside the window, and no output
  (sheet, PDF, Excel, timeline) needs to know that history exists. 実績 follow the same rule: none is
  ever dropped.
- A bar marked 期間後も継続 (it ran past the old window's end) runs on to the new window's end and
  stays marked — unless the project's 事業終期 falls inside the new window: then it ends in March of
  that year and is no longer marked.
- Projects whose 事業終期 lies before the new year are left out (listed), unless asked to keep them.
- The new year's 事業費 starts empty (未入力); the edition's budget is kept in ``past_budgets`` under
  its fiscal year, next to those of earlier editions.
- The 発行 body carries over (the same office publishes the next book); the 発行日 is cleared (the new
  edition is not issued yet). The 基準月 carries over: the 実績 carried still run to that month.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from .errors import RoadmapError
from .fiscal import Month, format_fiscal_year
from .i18n import translate
from .model import WINDOW_YEARS, Bar, Edition, Initiative, Project, Roadmap, Row, validate_project

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def next_title(title: str, old_year: int, new_year: int) -> tuple[str, bool]:
    """*title* with its fiscal year moved on (令和６年度 → 令和７年度, R6 → R7, 2024年度 → 2025年度).

    Returns the title and whether a year was found in it (a title without one stays as it is).
    """
    old_long, new_long = format_fiscal_year(old_year, "long"), format_fiscal_year(new_year, "long")
    pairs = [
        (old_long.translate(_FULL_WIDTH), new_long.translate(_FULL_WIDTH)),
        (old_long, new_long),
        (f"{old_year}年度", f"{new_year}年度"),
        (f"{old_year}年度".translate(_FULL_WIDTH), f"{new_year}年度".translate(_FULL_WIDTH)),
    ]
    result, found = title, False
    for old, new in pairs:
        if old in result:
            result, found = result.replace(old, new), True
    if not found:  # the short form only when no long one is there: R6 inside a word is left alone
        short_old, short_new = format_fiscal_year(old_year), format_fiscal_year(new_year)
        pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(short_old)}(?![0-9])")
        result, n = pattern.subn(short_new, result)
        found = n > 0
    return result, found


@dataclass
class RolloverResult:
    """The new roadmap and what the 年度更新 did, for the command's report and the dialog's preview."""

    roadmap: Roadmap
    old_edition: Edition
    carried: int = 0
    left_out: list[tuple[int, Project]] = field(default_factory=list)  # (old sheet No., project)
    kept_ended: list[tuple[int, Project]] = field(default_factory=list)  # ended, but kept on request
    moved_plan: int = 0  # bars now in history
    moved_actual: int = 0
    clipped: int = 0  # of those, bars whose visible part stays in the window
    extended: int = 0  # 期間後も継続 bars run on to the new window's end
    stopped: int = 0  # 期間後も継続 bars that now end at the project's 事業終期
    title_found: bool = True

    @property
    def moved(self) -> int:
        return self.moved_plan + self.moved_actual

    def describe(self) -> str:
        """What was done, in the words the command prints and the dialog shows."""
        old, new = self.old_edition, self.roadmap.edition
        lines = [
            translate("rollover", "「{old}」から「{new}」を作成します。").format(old=old.title, new=new.title)
            if self.title_found
            else translate("rollover", "題名に年度が見つからないため、題名「{title}」はそのままです。").format(
                title=new.title
            ),
            translate("rollover", "表示期間: {old_first}〜{old_last} → {first}〜{last}").format(
                old_first=format_fiscal_year(old.window_years[0]),
                old_last=format_fiscal_year(old.window_years[-1]),
                first=format_fiscal_year(new.window_years[0]),
                last=format_fiscal_year(new.window_years[-1]),
            ),
            translate("rollover", "引き継ぐ事業：{n}件").format(n=self.carried),
        ]
        year = format_fiscal_year(new.fiscal_year)
        if self.left_out:
            lines.append(
                translate("rollover", "対象外とした事業（事業終期が {year} より前）：{n}件").format(
                    year=year, n=len(self.left_out)
                )
            )
            lines += [
                translate("rollover", "  No.{no} {name}（事業終期 {end}）").format(
                    no=no, name=p.name.replace("\n", ""), end=_year(p.end_year)
                )
                for no, p in self.left_out
            ]
        if self.kept_ended:
            lines.append(
                translate("rollover", "事業終期が {year} より前ですが引き継ぐ事業：{n}件").format(
                    year=year, n=len(self.kept_ended)
                )
            )
            lines += [
                translate("rollover", "  No.{no} {name}（事業終期 {end}）").format(
                    no=no, name=p.name.replace("\n", ""), end=_year(p.end_year)
                )
                for no, p in self.kept_ended
            ]
        lines.append(
            translate(
                "rollover",
                "過去の年度として保存したバー: {n} 本（計画 {plan}・実績 {actual}）。シートには描かれず、ファイルには残ります。",
            ).format(n=self.moved, plan=self.moved_plan, actual=self.moved_actual)
        )
        if self.clipped:
            lines.append(
                translate(
                    "rollover", "うち {n} 本は {year} 以降にかかるため、{year} 4月からの部分を工程表に残しました。"
                ).format(n=self.clipped, year=year)
            )
        if self.extended:
            lines.append(
                translate("rollover", "「期間後も継続」のバー {n} 本を新しい表示期間の終わりまで延ばしました。").format(
                    n=self.extended
                )
            )
        if self.stopped:
            lines.append(
                translate(
                    "rollover",
                    "「期間後も継続」のバー {n} 本は事業終期が表示期間内のため、事業終期の3月で終わるようにしました。",
                ).format(n=self.stopped)
            )
        lines.append(
            translate("rollover", "{new}事業費は未入力から始まります（{old}事業費は年度別に保存します）。").format(
                new=year, old=format_fiscal_year(old.fiscal_year)
            )
        )
        return "\n".join(lines)


def _year(fy: int | None) -> str:
    return "" if fy is None else format_fiscal_year(fy)


def _find_past(project: Project, initiative: Initiative) -> Initiative | None:
    """The history group of *initiative*: same name and plan label."""
    for past in project.history:
        if past.name == initiative.name and past.plan_label == initiative.plan_label:
            return past
    return None


def _past_entry(project: Project, initiative: Initiative) -> Initiative:
    """Like :func:`_find_past`, created when missing (only when a bar goes in: no empty groups)."""
    past = _find_past(project, initiative)
    if past is None:
        past = Initiative(name=initiative.name, plan_label=initiative.plan_label)
        project.history.append(past)
    return past


def _is_visible_part(bar: Bar, past: list[Bar]) -> bool:
    """True if *bar* is the part left in the window of a straddling bar already in history."""
    return any(h.label == bar.label and h.end == bar.end and h.start < bar.start for h in past)


def _continued_end(project: Project, window_last: Month) -> tuple[Month, bool]:
    """Where a 期間後も継続 bar ends in the new window, and whether it still runs on past it."""
    if project.end_year is None or project.end_year > window_last.fiscal_year:
        return window_last, True
    return Month.fiscal(project.end_year, 11), False


def _roll_project(project: Project, old: Edition, new: Edition, result: RolloverResult) -> None:
    first, last = new.first_month, new.last_month
    for initiative in project.initiatives:
        for row in Row:
            kept: list[Bar] = []
            for bar in initiative.bars(row):
                if bar.continues and bar.end == old.last_month:
                    end, continues = _continued_end(project, last)
                    longer = Bar(bar.start, max(end, bar.end), bar.label, continues)
                    found = _find_past(project, initiative)
                    for whole in found.bars(row) if found else []:  # the whole bar in history runs on too
                        if whole.label == bar.label and whole.end == bar.end and whole.start < bar.start:
                            whole.end, whole.continues = longer.end, longer.continues
                    bar = longer
                    if continues:
                        result.extended += 1
                    else:
                        result.stopped += 1
                if bar.start >= first:
                    kept.append(bar)
                    continue
                past = _past_entry(project, initiative).bars(row)
                if not _is_visible_part(bar, past):
                    past.append(_bar_copy(bar))
                    if row is Row.PLAN:
                        result.moved_plan += 1
                    else:
                        result.moved_actual += 1
                if bar.end >= first:  # straddles the window's start: its visible part stays
                    kept.append(Bar(first, bar.end, bar.label, bar.continues))
                    result.clipped += 1
            initiative.bars(row)[:] = kept
    if project.budget is not None:
        project.past_budgets[old.fiscal_year] = project.budget
    project.budget = None


def _bar_copy(bar: Bar) -> Bar:
    return Bar(bar.start, bar.end, bar.label, bar.continues)


def _initiative_copy(i: Initiative) -> Initiative:
    return Initiative(i.name, i.plan_label, [_bar_copy(b) for b in i.plan], [_bar_copy(b) for b in i.actual])


def _project_copy(p: Project) -> Project:
    """A copy sharing nothing mutable with *p* (a deepcopy, five times faster: the 150-project roll-over's hot spot)."""
    return dataclasses.replace(
        p,
        items=list(p.items),
        departments=list(p.departments),
        sections=list(p.sections),
        initiatives=[_initiative_copy(i) for i in p.initiatives],
        history=[_initiative_copy(i) for i in p.history],
        past_budgets=dict(p.past_budgets),
    )


def rollover(roadmap: Roadmap, keep_ended: bool = False) -> RolloverResult:
    """The next edition of *roadmap* (which is left unchanged) and what was done to make it."""
    old = roadmap.edition
    new_year = old.fiscal_year + 1
    title, found = next_title(old.title, old.fiscal_year, new_year)
    edition = Edition(title=title, fiscal_year=new_year, first_sheet_no=old.first_sheet_no)
    edition.reference_month, edition.issuer, edition.issued = old.reference_month, old.issuer, None
    result = RolloverResult(Roadmap(edition, []), old, title_found=found)
    for no, source in zip(roadmap.sheet_numbers(), roadmap.projects, strict=True):
        ended = source.end_year is not None and source.end_year < new_year
        if ended and not keep_ended:
            result.left_out.append((no, source))
            continue
        if ended:
            result.kept_ended.append((no, source))
        project = _project_copy(source)
        _roll_project(project, old, edition, result)
        try:
            validate_project(project, edition)
        except RoadmapError as e:  # a rule the old edition broke: say which project, change nothing
            raise RoadmapError(
                translate("rollover", "No.{no}「{name}」を新しい年度に移せません: {err}").format(
                    no=no, name=source.name, err=e
                )
            ) from None
        result.roadmap.projects.append(project)
    result.carried = len(result.roadmap.projects)
    assert len(edition.window_years) == WINDOW_YEARS
    return result


def full_timeline(project: Project) -> dict[tuple[str, str], dict[Row, list[Bar]]]:
    """Every bar of *project*, history included, by (取組 name, plan label) and row — each bar once.

    A visible part left in the window of a straddling history bar is that same bar: it is not
    counted again. Used to compare two editions whose windows differ.
    """
    timeline: dict[tuple[str, str], dict[Row, list[Bar]]] = {}
    for past in project.history:
        rows = timeline.setdefault((past.name, past.plan_label), {Row.PLAN: [], Row.ACTUAL: []})
        for row in Row:
            rows[row].extend(past.bars(row))
    for initiative in project.initiatives:
        rows = timeline.setdefault((initiative.name, initiative.plan_label), {Row.PLAN: [], Row.ACTUAL: []})
        for row in Row:
            history = list(rows[row])
            rows[row].extend(b for b in initiative.bars(row) if not _is_visible_part(b, history))
    return timeline


def map_into(project: Project, source: Edition, target: Edition, past: Project | None = None) -> Project:
    """*project* as a file of the earlier edition *source* shows it, as the later edition *target* holds it.

    The same rules as 年度更新, once per year between the two: the file's 事業費 becomes that year's
    past budget, bars before the new window go to history (a straddling bar's visible part stays),
    期間後も継続 bars run on. *past* is the project whose history and earlier budgets the file cannot
    show (default: *project*'s own); a bar or budget the file shows is added to them, never stored
    twice. The target year's 事業費 is not in the file: it is None here (the caller keeps its own).
    """
    mapped = _project_copy(project)
    if past is not None:
        mapped.history = [_initiative_copy(i) for i in past.history]
        mapped.past_budgets = dict(past.past_budgets)
    budget = mapped.budget
    preset = {(i.name, i.plan_label, row): list(i.bars(row)) for i in mapped.history for row in Row}
    scratch = RolloverResult(Roadmap(target, []), source)
    old = source
    for year in range(source.fiscal_year + 1, target.fiscal_year + 1):
        new = Edition(title=target.title, fiscal_year=year, first_sheet_no=target.first_sheet_no)
        mapped.budget = None  # only the file's own year shows a budget; later years keep theirs
        _roll_project(mapped, old, new, scratch)
        old = new
    if budget is not None:  # an empty cell leaves what *past* recorded for that year
        mapped.past_budgets[source.fiscal_year] = budget
    for group in mapped.history:  # a bar the file shows that history already holds is that bar
        for row in Row:
            kept = preset.get((group.name, group.plan_label, row), [])
            unclaimed = list(kept)
            added: list[Bar] = []
            for bar in group.bars(row)[len(kept) :]:
                twin = next((u for u in unclaimed if _same_bar(bar, u)), None)
                if twin is not None:
                    unclaimed.remove(twin)
                else:
                    added.append(bar)
            group.bars(row)[:] = kept + added
    mapped.budget = None
    return mapped


def _same_bar(a: Bar, b: Bar) -> bool:
    return (a.start, a.end, a.label, a.continues) == (b.start, b.end, b.label, b.continues)
