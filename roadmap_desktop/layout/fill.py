"""How full each text box of a sheet is: the figures behind the sheet form's fit gauge. Qt-free.

The size a text prints at comes from :func:`layout.sheet.layout_sheet` itself (the PDF's own
fitting), so the gauge and the printed sheet can never disagree; the percentage says how much of
the box the text would need at the full size (over 100 %: it is shrunk to fit).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import Edition, Project

READABLE_PT = 8.0  # below this a printed sheet reads with difficulty: the form warns while typing
COLUMN_FIELDS = ("issues", "approach", "change")  # set together at one size (layout.sheet)
GAUGE_FIELDS = ("overview", *COLUMN_FIELDS)
_UNLIMITED_MM = 1e6


@dataclass(frozen=True)
class FieldFill:
    attr: str
    percent: int  # height the text needs at full size, against the box's height (100 = just full)
    size: float  # the size the sheet prints it at, pt
    full_size: float  # the size it would print at with room to spare, pt
    overflow: bool  # does not fit even at the smallest size: the rest goes to a （続き） page

    @property
    def shrunk(self) -> bool:
        return self.size < self.full_size

    @property
    def too_small(self) -> bool:
        """Printed below :data:`READABLE_PT` (or not fitting at all)."""
        return self.overflow or self.size < READABLE_PT


def sheet_fill(edition: Edition, project: Project, fields: tuple[str, ...] = GAUGE_FIELDS) -> dict[str, FieldFill]:
    """The fill of *fields* on the first page of *project*'s sheet."""
    # imported here: the layout loads the font metrics (reportlab), which the window's start does without
    from .content import field_text
    from .sheet import PAD, TEXT_PT, VALUE_PT, layout_sheet
    from .text import fit_text, lines_height_mm

    page = layout_sheet(edition, project, edition.first_sheet_no).pages[0]
    result: dict[str, FieldFill] = {}
    for attr in fields:
        rect = page.geometry.cell(attr).rect
        width, height = rect.w - 2 * PAD, rect.h - 2 * PAD
        full = TEXT_PT if attr in COLUMN_FIELDS else VALUE_PT
        text = field_text(project, attr)
        needed = fit_text(text, width, _UNLIMITED_MM, full, full, phrases=True)
        percent = round(100 * lines_height_mm(len(needed.lines), full) / height) if height > 0 else 0
        fit = page.fields[attr]
        result[attr] = FieldFill(attr, percent, fit.size if text else full, full, bool(fit.overflow))
    return result
