"""The one content step: what every output draws of a project, computed once.

A project becomes a :class:`SheetContent`: the text each field's cell shows, its initiatives with
their 計画 and 実績 bars clipped to the edition's window and stacked in lanes, and the palette to
draw them in. The sheet layout (PDF, printer, print preview), the Excel export and the screen's
timeline all draw a ``SheetContent`` and none of them formats a field, clips a bar or stacks a lane
itself, so the four cannot drift apart. Qt-free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..core.fields import BY_ATTR, FIELDS, FieldKind
from ..core.fiscal import UNSET_BUDGET
from ..core.model import Edition, Project, Row
from .lanes import PlacedRow, place_row
from .palette import PRINT, Palette

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(text: str) -> str:
    """Line ends as ``\n``, a tab as a space, other control characters dropped: the font has no glyph
    for them, and a PDF reader would get them back as boxes."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


def _exact_text(project: Project, attr: str) -> str:
    f = BY_ATTR[attr]
    value = f.get(project)
    if f.kind is FieldKind.BUDGET and value is None:  # the sheet needs a number: say it is not entered yet
        return UNSET_BUDGET
    return f.format(value)


def field_text(project: Project, attr: str) -> str:
    """The text a field's value cell shows on paper, formatted as the field table says (core/fields.py)."""
    return printable(_exact_text(project, attr))


@dataclass(frozen=True)
class InitiativeContent:
    """One initiative as drawn: its name, the word of its first row (計画 or 目標) and both rows' bars."""

    index: int  # in the project's initiatives
    name: str
    plan_label: str
    plan: PlacedRow
    actual: PlacedRow

    def row(self, row: Row) -> PlacedRow:
        return self.actual if row is Row.ACTUAL else self.plan


class SheetContent(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    project: Project
    edition: Edition
    sheet_no: int
    texts: dict[str, str]  # field attribute → its text exactly, formatted as the field table says
    initiatives: tuple[InitiativeContent, ...]
    palette: Palette

    def printed(self, attr: str) -> str:
        """The text a field's cell shows on paper (no control characters: the font has no glyph for them)."""
        return printable(self.texts[attr])

    def cell_value(self, attr: str) -> str | int | None:
        """What a spreadsheet cell holds: the budget stays a number (Excel sums it), the rest its exact
        text, tabs and all, so the workbook comes back in unchanged."""
        if BY_ATTR[attr].kind is FieldKind.BUDGET and self.project.budget is not None:
            return self.project.budget
        return self.texts[attr] or None


def initiative_rows(project: Project, edition: Edition) -> tuple[InitiativeContent, ...]:
    """Every initiative of *project* with its rows placed (see :mod:`.lanes`)."""
    return tuple(
        InitiativeContent(i, ini.name, ini.plan_label, place_row(ini.plan, edition), place_row(ini.actual, edition))
        for i, ini in enumerate(project.initiatives)
    )


def sheet_content(edition: Edition, project: Project, sheet_no: int = 0, palette: Palette = PRINT) -> SheetContent:
    """*project* as every output draws it, numbered *sheet_no*, in *palette*."""
    return SheetContent(
        project,
        edition,
        sheet_no,
        {f.attr: _exact_text(project, f.attr) for f in FIELDS},
        initiative_rows(project, edition),
        palette,
    )
