"""Pages of the book that are not project sheets (cover, 目次, 一覧, 全体工程表), and the text helpers
they share. Drawn like sheet pages: a list of shapes in millimetres, the same for PDF, printer and screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .fonts import PT_MM, metrics
from .geometry import Rect
from .palette import BLACK, Colour
from .sheet import Shape, TextRun, place_lines

ELLIPSIS = "…"
CELL_PAD = 1.0  # mm between a summary page's cell rule and its text: text never touches a rule


@dataclass
class ShapePage:
    """A laid-out page that is not a sheet; *links* are areas that stand for a project (its id),
    *page_links* areas that go to a page of the book (1-based: the 目次's lines)."""

    kind: str  # "cover", "contents", "list" or "overview"
    shapes: list[Shape] = field(default_factory=list)
    links: list[tuple[Rect, str]] = field(default_factory=list)
    page_links: list[tuple[Rect, int]] = field(default_factory=list)

    def texts(self) -> list[TextRun]:
        return [s for s in self.shapes if isinstance(s, TextRun)]


def one_line(
    text: str,
    rect: Rect,
    size: float,
    min_size: float,
    align: str = "left",
    role: str = "",
    colour: Colour = BLACK,
    pad_x: float = 0.8,
) -> TextRun:
    """*text* on one line in *rect*, shrunk down to *min_size*; still too long, it ends with … (a table
    cell of a summary page, never a sheet: the sheet itself carries the whole text)."""
    text = text.replace("\n", "")
    m = metrics()
    room = rect.w - 2 * pad_x
    em = m.text_em(text)
    if em:
        size = max(min_size, min(size, room / (em * PT_MM), (rect.h - 0.3) / PT_MM))
    if m.width_mm(text, size) > room:
        # the longest beginning that leaves room for …, in one pass (cutting a character at a time and
        # measuring again made a 30,000-character name take minutes)
        room_em = room / (size * PT_MM) - m.text_em(ELLIPSIS)
        used = 0.0
        keep = 0
        for ch in text:
            used += m.char_em(ch)
            if used > room_em:
                break
            keep += 1
        text = text[:keep] + ELLIPSIS
    return place_lines([text], size, rect, align=align, pad_x=pad_x, colour=colour, role=role)[0]
