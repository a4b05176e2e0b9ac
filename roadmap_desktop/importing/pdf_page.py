"""One PDF page reduced to plain data: its characters and its drawn shapes, in points from the top-left.

pdfplumber spends most of its time interpreting a page; this module asks it once per page for the
objects and keeps only what the sheet reader needs, as tuples that travel cheaply between processes.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Glyph(NamedTuple):
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    # its place in the page's drawing order (shapes and characters counted together): a producer
    # writes a shape's text right after the shape, and one piece of text as one run
    seq: int = -1

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


class Shape(NamedTuple):
    """A drawn rectangle, line or path. *filled* means filled with a colour other than white."""

    kind: str  # "rect", "line" or "curve"
    x0: float
    top: float
    x1: float
    bottom: float
    filled: bool
    stroked: bool
    white: bool  # filled with white (a background, or the inside of an outlined box)
    width: float  # line width
    pts: tuple[tuple[float, float], ...]
    colour: tuple[float, ...] | None = None  # the fill colour (filled shapes), to tell touching fills apart
    seq: int = -1  # its place in the page's drawing order (see Glyph.seq)

    @property
    def w(self) -> float:
        return self.x1 - self.x0

    @property
    def h(self) -> float:
        return self.bottom - self.top


class PageData(NamedTuple):
    number: int  # 1-based page number in the file
    width: float
    height: float
    glyphs: list[Glyph]
    shapes: list[Shape]
    images: int
    turned: int = 0  # characters not upright (a rotated page, vertical writing): not read


def _is_white(color: Any) -> bool:
    if color is None:
        return False
    if isinstance(color, (int, float)):
        return color >= 0.98
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False  # a pattern or an unknown colour space: treat as ink
    if len(values) == 4:  # CMYK
        return all(v <= 0.02 for v in values)
    return bool(values) and all(v >= 0.98 for v in values)


def _shape(obj: dict[str, Any], kind: str, seq: int) -> Shape:
    fill = bool(obj.get("fill"))
    white = fill and _is_white(obj.get("non_stroking_color"))
    stroke = bool(obj.get("stroke"))
    if stroke and _is_white(obj.get("stroking_color")):
        stroke = False  # white outlines draw nothing a reader sees
    pts = tuple((float(x), float(y)) for x, y in (obj.get("pts") or ()))
    return Shape(
        kind,
        float(obj["x0"]),
        float(obj["top"]),
        float(obj["x1"]),
        float(obj["bottom"]),
        fill and not white,
        stroke,
        white,
        float(obj.get("linewidth") or 0.0),
        pts,
        _colour(obj.get("non_stroking_color")) if fill and not white else None,
        seq,
    )


def _colour(color: Any) -> tuple[float, ...] | None:
    if isinstance(color, (int, float)):
        return (round(float(color), 3),)
    try:
        return tuple(round(float(v), 3) for v in color)
    except (TypeError, ValueError):
        return None


# Some producers map a full-width glyph to its half-width code (LibreOffice: 　 → " ", ・ → ･); a glyph
# a whole em wide is the full-width character.
_WIDE = {" ": "\u3000", "\uff65": "・"}


def _text(c: dict[str, Any]) -> str:
    text: str = c["text"]
    wide = _WIDE.get(text)
    if wide is not None and float(c["x1"]) - float(c["x0"]) >= 0.8 * float(c["size"]):
        return wide
    return text


def extract_page(page: Any, number: int) -> PageData:
    """Read a pdfplumber page once; everything later works on the returned lists."""
    # one interpretation of the page serves chars, rects, lines and curves, in the order they are drawn
    glyphs: list[Glyph] = []
    shapes: list[Shape] = []
    images = turned = 0
    for seq, o in enumerate(page.iter_layout_objects(list(page.layout))):
        kind = o["object_type"]
        if kind == "char":
            if not o.get("upright", True):
                turned += 1
            elif o["text"]:
                glyphs.append(
                    Glyph(
                        _text(o),
                        float(o["x0"]),
                        float(o["x1"]),
                        float(o["top"]),
                        float(o["bottom"]),
                        float(o["size"]),
                        seq,
                    )
                )
        elif kind in ("rect", "line", "curve"):
            shapes.append(_shape(o, kind, seq))
        elif kind == "image":
            images += 1
    return PageData(number, float(page.width), float(page.height), glyphs, shapes, images, turned)
