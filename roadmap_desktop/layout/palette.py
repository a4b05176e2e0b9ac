"""The colours of the sheet, for every output: one palette, and its print-safe variant.

:data:`COLOUR` is what the screen and the Excel workbook show: light blue 計画 bars, navy 実績 bars
with white text, grey label cells. :data:`PRINT` is for paper and PDF, where most sheets end up in
black and white: the same roles in grey levels far enough apart that 計画 and 実績 still read apart
on a monochrome printer. An output never picks a colour of its own for something the sheet shows;
it takes the role from the palette it was given (see docs/architecture.md, "One content step").

Qt-free: colours are RGB triples of floats in 0 … 1. :func:`hex_rgb` gives Excel's "RRGGBB".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from ..core.status import Status

Colour = tuple[float, float, float]


def grey(level: float) -> Colour:
    """A grey: 0 black … 1 white."""
    return (level, level, level)


def rgb(hex_code: str) -> Colour:
    """``"BDD7EE"`` as a colour."""
    value = int(hex_code, 16)
    return ((value >> 16 & 0xFF) / 255, (value >> 8 & 0xFF) / 255, (value & 0xFF) / 255)


def hex_rgb(colour: Colour) -> str:
    """A colour as Excel writes it: ``"BDD7EE"``."""
    return "".join(f"{round(c * 255):02X}" for c in colour)


def is_grey(colour: Colour) -> bool:
    return colour[0] == colour[1] == colour[2]


BLACK = grey(0.0)
WHITE = grey(1.0)

# The statuses of the 全体工程表 (and the project list): said in words too, so they survive black and white.
_STATUS: dict[Status, Colour] = {
    Status.DELAYED: (0.78, 0.16, 0.16),
    Status.OVERRUN: (0.85, 0.45, 0.0),
    Status.ON_TRACK: (0.18, 0.49, 0.20),
    Status.NOT_STARTED: (0.45, 0.45, 0.45),
}


class Palette(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    """Every colour role of the sheet and the 全体工程表."""

    name: str
    ink: Colour  # text and cell borders
    label_fill: Colour  # label cells, the 区分 cells, the timeline's header
    band_fill: Colour  # the field band of a 全体工程表 group
    grid_month: Colour  # month lines inside the timeline
    grid_quarter: Colour  # quarter lines, and the line between an initiative's 計画 and 実績 rows
    grid_year: Colour  # year lines
    plan_fill: Colour
    plan_text: Colour
    actual_fill: Colour
    actual_text: Colour
    bar_line: Colour  # the outline of every bar
    overview_plan: Colour  # the thinner bars of the 全体工程表
    overview_actual: Colour
    reference: Colour  # the 基準月 line
    delay: Colour  # months an actual bar runs late, and the screen's today line
    status: Mapping[Status, Colour] = MappingProxyType(_STATUS)  # read only: shared by every palette
    status_text: Colour = WHITE

    def status_ink(self, status: Status) -> Colour:
        """The text on a status chip: white on a dark fill, black on a light one (a grey chip stays legible)."""
        r, g, b = self.status.get(status, WHITE)
        return self.status_text if 0.299 * r + 0.587 * g + 0.114 * b < 0.6 else BLACK


COLOUR = Palette(
    name="colour",
    ink=BLACK,
    label_fill=rgb("D9D9D9"),
    band_fill=rgb("EFEFEF"),
    grid_month=rgb("D9D9D9"),
    grid_quarter=rgb("A6A6A6"),
    grid_year=rgb("595959"),
    plan_fill=rgb("DDEBF7"),
    plan_text=BLACK,
    actual_fill=rgb("2B3A55"),
    actual_text=WHITE,
    bar_line=rgb("333333"),
    overview_plan=rgb("9DC3E6"),
    overview_actual=rgb("2B3A55"),
    reference=rgb("D32F2F"),
    delay=rgb("D32F2F"),
)

# Grey levels chosen for a monochrome printer: the 計画 fill and the label cells stay light enough for
# black text, the 実績 fill dark enough for white text, and the two bars far apart.
PRINT = Palette(
    name="print",
    ink=BLACK,
    label_fill=grey(0.86),
    band_fill=grey(0.94),
    grid_month=grey(0.85),
    grid_quarter=grey(0.6),
    grid_year=BLACK,
    plan_fill=grey(0.92),
    plan_text=BLACK,
    actual_fill=grey(0.3),
    actual_text=WHITE,
    bar_line=BLACK,
    overview_plan=grey(0.8),
    overview_actual=grey(0.25),
    reference=BLACK,  # a page printed in grey has no red: the 基準月 is a black line, named in the legend
    delay=(0.85, 0.1, 0.1),  # the screen's marks only: no printed page draws it
    # the progress report's chips in four greys far apart, each also saying its status in words
    status={
        Status.DELAYED: grey(0.2),
        Status.OVERRUN: grey(0.45),
        Status.ON_TRACK: grey(0.85),
        Status.NOT_STARTED: WHITE,
    },
)

PALETTES = {p.name: p for p in (COLOUR, PRINT)}
