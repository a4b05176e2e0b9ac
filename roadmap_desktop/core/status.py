"""Is a project keeping to its plan? A deliberately simple reading of the 計画 and 実績 rows.

Rules, per initiative, against a reference month (基準日, today by default):

- 遅れ (behind): a 計画 bar that ended before the reference month has months the 実績 row
  does not cover.
- 超過 (overrun): a 実績 bar has months outside every 計画 bar, after the plan row's first
  month (work running on past its plan). Actual months before any planned month are an early
  start, not an overrun. (The same reading as the timeline's red marks, core/delays.py.)
- 順調 (on track): neither of the above and the 実績 row has at least one bar.
- 未着手 (not started): neither of the above and the 実績 row is empty.

A project takes the worst of its initiatives (遅れ, then 超過, 順調, 未着手: one started
initiative makes the project 順調); a project without
initiatives has no status. This says where to look, not a verdict: the sheet is the record.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from .fiscal import Month
from .i18n import translate
from .model import Bar, Initiative, Project


class Status(Enum):
    """Ordered from worst to best; :attr:`rank` compares them."""

    DELAYED = 0
    OVERRUN = 1
    ON_TRACK = 2
    NOT_STARTED = 3
    NONE = 4

    @property
    def rank(self) -> int:
        return self.value

    @property
    def label(self) -> str:
        return {
            Status.DELAYED: translate("status", "遅れ"),
            Status.OVERRUN: translate("status", "超過"),
            Status.ON_TRACK: translate("status", "順調"),
            Status.NOT_STARTED: translate("status", "未着手"),
            Status.NONE: "",
        }[self]


def this_month(today: date | None = None) -> Month:
    d = today or date.today()
    return Month(d.year, d.month)


def _covered(bars: list[Bar]) -> set[int]:
    months: set[int] = set()
    for b in bars:
        months.update(range(b.start.index, b.end.index + 1))
    return months


def initiative_status(initiative: Initiative, reference: Month) -> Status:
    # months as indexes (Month's own comparisons cost a call each): the list computes this for every
    # initiative of the book when a file opens
    ref = reference.index
    actual_months = _covered(initiative.actual)
    for plan in initiative.plan:
        end = plan.end.index
        if end < ref and not actual_months.issuperset(range(plan.start.index, end + 1)):
            return Status.DELAYED
    if actual_months and initiative.plan:
        planned = _covered(initiative.plan)
        first = min(planned)
        if any(i > first and i not in planned for i in actual_months):
            return Status.OVERRUN
    return Status.ON_TRACK if initiative.actual else Status.NOT_STARTED


def project_status(project: Project, reference: Month) -> Status:
    """The worst status among the project's initiatives (:attr:`Status.NONE` without initiatives)."""
    # 実績 of earlier years (moved into history by 年度更新) mean the work has started.
    started = {(h.name, h.plan_label) for h in project.history if h.actual} if project.history else ()
    worst: Status | None = None
    for i in project.initiatives:
        s = initiative_status(i, reference)
        if s is Status.NOT_STARTED and (i.name, i.plan_label) in started:
            s = Status.ON_TRACK
        if s is Status.DELAYED:
            return s  # the worst there is
        if worst is None or s.value < worst.value:
            worst = s
    return Status.NONE if worst is None else worst
