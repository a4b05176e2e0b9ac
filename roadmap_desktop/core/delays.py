"""Where the actual falls behind the plan, or runs past it: what the timeline marks in red.

Month runs are pairs of months (first, last), both included. Two marks:

* behind: months of a plan bar that ended before *today* (the 基準日 month) which no actual bar
  covers — the work was due and is not recorded as done;
* overrun: months of an actual bar that no plan bar covers, once the plan row has started (an
  actual bar running on after its plan ended). Actual months before any planned month are an early
  start, not an overrun, and a plan row without bars has nothing to compare against.
"""

from __future__ import annotations

from collections.abc import Iterable

from .fiscal import Month
from .model import Bar, Initiative, Project

MonthRun = tuple[Month, Month]


def _covered(bars: Iterable[Bar]) -> set[int]:
    months: set[int] = set()
    for bar in bars:
        months.update(range(bar.start.index, bar.end.index + 1))
    return months


def _runs(indexes: Iterable[int]) -> list[MonthRun]:
    """Consecutive month indexes merged into runs, in order."""
    runs: list[MonthRun] = []
    first = prev = None
    for i in sorted(set(indexes)):
        if prev is not None and i == prev + 1:
            prev = i
            continue
        if first is not None and prev is not None:
            runs.append((Month.from_index(first), Month.from_index(prev)))
        first = prev = i
    if first is not None and prev is not None:
        runs.append((Month.from_index(first), Month.from_index(prev)))
    return runs


def behind_runs(initiative: Initiative, today: Month | None) -> list[MonthRun]:
    """Months of plan bars ended before *today* that the actual row does not cover."""
    if today is None:
        return []
    due = _covered(b for b in initiative.plan if b.end < today)
    return _runs(due - _covered(initiative.actual))


def overrun_runs(bar: Bar, initiative: Initiative) -> list[MonthRun]:
    """Months of the actual *bar* outside every plan bar, after the plan row's first month."""
    if not initiative.plan:
        return []
    planned = _covered(initiative.plan)
    first_planned = min(planned)
    return _runs(i for i in range(bar.start.index, bar.end.index + 1) if i not in planned and i > first_planned)


def is_behind(initiative: Initiative, today: Month | None) -> bool:
    return bool(behind_runs(initiative, today))


def behind_initiatives(project: Project, today: Month | None) -> list[int]:
    """Indexes of the initiatives with months behind plan."""
    return [i for i, ini in enumerate(project.initiatives) if is_behind(ini, today)]
