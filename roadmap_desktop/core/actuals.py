"""実績 recorded beyond the 基準月: accepted (a plan may be ahead of the calendar), but said aloud.

A bar on the 実績 row says what has been done; one that runs past the reference month records
months that have not happened yet, which is usually a slip of the mouse or a plan typed in the
wrong row. Qt-free, so the window, the command line and the tests share the reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from .fiscal import Month
from .i18n import translate
from .model import Bar, Project


@dataclass(frozen=True)
class FutureActual:
    initiative: str
    bar: Bar


def new_actuals_after(old: Project | None, new: Project, reference: Month) -> list[FutureActual]:
    """実績 bars of *new* that end after *reference* and were not in *old* as they are now."""
    before = set()
    if old is not None:
        before = {(b.start, b.end, b.label) for i in old.initiatives for b in i.actual}
    return [
        FutureActual(ini.name, bar)
        for ini in new.initiatives
        for bar in ini.actual
        if bar.end > reference and (bar.start, bar.end, bar.label) not in before
    ]


def future_actual_message(found: list[FutureActual], reference: Month) -> str:
    """One sentence for the status bar ("" when nothing was found)."""
    if not found:
        return ""
    first = found[0]
    what = first.bar.label or first.initiative.replace("\n", "")
    text = translate(
        "actuals",
        "実績「{what}」（{period}）は基準月（{month}）より後の月を含みます。これからの予定なら計画の行に入れてください。",
    ).format(what=what, period=first.bar.period_text(), month=reference.japanese())
    if len(found) > 1:
        text += translate("actuals", "（ほか{n}件）").format(n=len(found) - 1)
    return text
