"""Edits of a project's timeline, as pure functions: each returns a NEW validated Project.

The timeline's controller (core/timeline_controller.py) computes the edited project with these and
hands it to the edit sink, which pushes it as an undoable command and answers whether it was
applied; nothing here touches Qt or storage. A bar is addressed by
(initiative index, row, index in that row's list); edits keep the list order so that the address of
an edited bar stays the same (a new bar goes to the end of its row's list). Bad input raises
:class:`ValidationError` with a Japanese message and leaves the given project untouched.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from .errors import ValidationError
from .fiscal import Month
from .i18n import translate
from .model import PLAN_LABELS, Bar, Edition, Initiative, Project, Row, validate_project

DEFAULT_INITIATIVE_NAME = "新しい取組"


def _edited(project: Project, edition: Edition, change: Callable[[Project], None]) -> Project:
    new = copy.deepcopy(project)
    change(new)
    validate_project(new, edition)
    return new


def _initiative(project: Project, index: int) -> Initiative:
    if not 0 <= index < len(project.initiatives):
        raise ValidationError(
            translate("timeline", "その取組はありません（{no}番目）。").format(no=index + 1), "initiatives"
        )
    return project.initiatives[index]


def _bar(project: Project, index: int, row: Row, bar_index: int) -> Bar:
    bars = _initiative(project, index).bars(row)
    if not 0 <= bar_index < len(bars):
        raise ValidationError(translate("timeline", "そのバーはありません。"), "bar")
    return bars[bar_index]


def bar_at(project: Project, index: int, row: Row, bar_index: int) -> Bar:
    """The addressed bar (ValidationError if there is none)."""
    return _bar(project, index, row, bar_index)


# --- bars -------------------------------------------------------------------------------------


def add_bar(
    project: Project, edition: Edition, index: int, row: Row, start: Month, end: Month, label: str = ""
) -> Project:
    """A new bar at the end of the row's list; *start* and *end* may come in either order."""
    first, last = min(start, end), max(start, end)

    def change(p: Project) -> None:
        _initiative(p, index).bars(row).append(Bar(first, last, label.strip()))

    return _edited(project, edition, change)


def set_bar_period(
    project: Project, edition: Edition, index: int, row: Row, bar_index: int, start: Month, end: Month
) -> Project:
    """Give a bar a new first and last month (resizing from either end)."""

    def change(p: Project) -> None:
        bar = _bar(p, index, row, bar_index)
        bar.start, bar.end = start, end

    return _edited(project, edition, change)


def move_bar(project: Project, edition: Edition, index: int, row: Row, bar_index: int, months: int) -> Project:
    """Shift a bar by *months*. A bar that continues past the window keeps its end at the window's
    last month (it runs on anyway), so moving it shifts its start only."""

    def change(p: Project) -> None:
        bar = _bar(p, index, row, bar_index)
        bar.start = bar.start.shifted(months)
        if not bar.continues:
            bar.end = bar.end.shifted(months)

    return _edited(project, edition, change)


def delete_bar(project: Project, edition: Edition, index: int, row: Row, bar_index: int) -> Project:
    def change(p: Project) -> None:
        bars = _initiative(p, index).bars(row)
        _bar(p, index, row, bar_index)
        del bars[bar_index]

    return _edited(project, edition, change)


def relabel_bar(project: Project, edition: Edition, index: int, row: Row, bar_index: int, label: str) -> Project:
    def change(p: Project) -> None:
        _bar(p, index, row, bar_index).label = label.strip()

    return _edited(project, edition, change)


def copy_plan_to_actual(project: Project, edition: Edition, index: int, bar_index: int) -> Project:
    """Record a plan bar as done: an actual bar over the same months with the same label."""

    def change(p: Project) -> None:
        plan = _bar(p, index, Row.PLAN, bar_index)
        actual = _initiative(p, index).actual
        if any(b.start == plan.start and b.end == plan.end for b in actual):
            raise ValidationError(translate("timeline", "同じ期間の実績がすでにあります。"), "bar")
        actual.append(Bar(plan.start, plan.end, plan.label, plan.continues))

    return _edited(project, edition, change)


def toggle_continues(project: Project, edition: Edition, index: int, row: Row, bar_index: int) -> Project:
    """Switch the arrow off the right edge; switching it on stretches the bar to the window's last month."""

    def change(p: Project) -> None:
        bar = _bar(p, index, row, bar_index)
        bar.continues = not bar.continues
        if bar.continues:
            bar.end = edition.last_month

    return _edited(project, edition, change)


# --- initiatives ------------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError(translate("timeline", "取組の名前を入力してください。"), "initiatives")
    return cleaned


def add_initiative(
    project: Project, edition: Edition, position: int | None = None, name: str = DEFAULT_INITIATIVE_NAME
) -> Project:
    """A new empty initiative at *position* (default: last)."""
    cleaned = _clean_name(name)

    def change(p: Project) -> None:
        pos = len(p.initiatives) if position is None else max(0, min(position, len(p.initiatives)))
        p.initiatives.insert(pos, Initiative(name=cleaned))

    return _edited(project, edition, change)


def rename_initiative(project: Project, edition: Edition, index: int, name: str) -> Project:
    cleaned = _clean_name(name)

    def change(p: Project) -> None:
        _initiative(p, index).name = cleaned

    return _edited(project, edition, change)


def move_initiative(project: Project, edition: Edition, index: int, delta: int) -> Project:
    """Move an initiative up (delta < 0) or down among its siblings."""

    def change(p: Project) -> None:
        _initiative(p, index)
        target = index + delta
        if not 0 <= target < len(p.initiatives):
            raise ValidationError(
                translate("timeline", "これ以上上へは移動できません。")
                if delta < 0
                else translate("timeline", "これ以上下へは移動できません。"),
                "initiatives",
            )
        p.initiatives.insert(target, p.initiatives.pop(index))

    return _edited(project, edition, change)


def delete_initiative(project: Project, edition: Edition, index: int) -> Project:
    def change(p: Project) -> None:
        _initiative(p, index)
        del p.initiatives[index]

    return _edited(project, edition, change)


def toggle_plan_label(project: Project, edition: Edition, index: int) -> Project:
    """Switch the plan row's heading between 計画 and 目標."""

    def change(p: Project) -> None:
        ini = _initiative(p, index)
        ini.plan_label = PLAN_LABELS[1] if ini.plan_label == PLAN_LABELS[0] else PLAN_LABELS[0]

    return _edited(project, edition, change)
