"""One PDF page reduced to plain data: its characters and its drawn shapes, in points from the top-left.

pdfplumber spends most of its time interpreting a page; this module asks it once per page for the
objects and keeps only what the sheet reader needs, as tuples that travel cheaply between processes.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from pdfminer.layout import LTContainer
from pdfplumber.utils.pdfinternals import resolve_all

from .pdf_thresholds import BLACK, WHITE, WIDE_GLYPH


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
        return color >= WHITE
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False  # a pattern or an unknown colour space: treat as ink
    if len(values) == 4:  # CMYK
        return all(v <= BLACK for v in values)
    return bool(values) and all(v >= WHITE for v in values)


def _shape(obj: dict[str, Any], kind: str, seq: int) -> Shape:
    pts = tuple((float(x), float(y)) for x, y in (obj.get("pts") or ()))
    return _shape_of(
        kind,
        obj["x0"],
        obj["top"],
        obj["x1"],
        obj["bottom"],
        obj.get("fill"),
        obj.get("non_stroking_color"),
        obj.get("stroke"),
        obj.get("stroking_color"),
        obj.get("linewidth"),
        pts,
        seq,
    )


def _shape_of(
    kind: str,
    x0: float,
    top: float,
    x1: float,
    bottom: float,
    filled: Any,
    fill_colour: Any,
    stroked: Any,
    stroke_colour: Any,
    linewidth: Any,
    pts: tuple[tuple[float, float], ...],
    seq: int,
) -> Shape:
    fill = bool(filled)
    white = fill and _is_white(fill_colour)
    stroke = bool(stroked)
    if stroke and _is_white(stroke_colour):
        stroke = False  # white outlines draw nothing a reader sees
    return Shape(
        kind,
        float(x0),
        float(top),
        float(x1),
        float(bottom),
        fill and not white,
        stroke,
        white,
        float(linewidth or 0.0),
        pts,
        _colour(fill_colour) if fill and not white else None,
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
    return _text_of(c["text"], float(c["x0"]), float(c["x1"]), float(c["size"]))


def _text_of(text: str, x0: float, x1: float, size: float) -> str:
    wide = _WIDE.get(text)
    if wide is not None and abs(x1 - x0) >= WIDE_GLYPH * size:
        return wide
    return text


def extract_page(page: Any, number: int) -> PageData:
    """Read a pdfplumber page once; everything later works on the returned lists."""
    # one interpretation of the page serves chars, rects, lines and curves, in the order they are drawn;
    # its objects are taken straight from pdfminer's layout (pdfplumber's own dict per object, with every
    # attribute resolved, cost a fifth of the page's time), in pdfplumber's coordinates and order
    glyphs: list[Glyph] = []
    shapes: list[Shape] = []
    images = turned = 0
    height = float(page.height)
    mb_x0, mb_top = (float(v) for v in page.mediabox[:2])
    unicode_norm = getattr(page.pdf, "unicode_norm", None)
    if getattr(page.pdf, "laparams", None) is not None or unicode_norm is not None:
        return _extract_by_pdfplumber(page, number)  # pdfplumber's way when opened with options we do not use
    for seq, o in enumerate(_leaves(page.layout)):
        kind = _KINDS.get(type(o).__name__)
        if kind == "char":
            if not o.upright:
                turned += 1
                continue
            text = o.get_text()
            if text:
                x0, x1 = o.x0 + mb_x0, o.x1 + mb_x0
                glyphs.append(
                    Glyph(
                        _text_of(text, x0, x1, o.size),
                        x0,
                        x1,
                        height - o.y1 + mb_top,
                        height - o.y0 + mb_top,
                        float(o.size),
                        seq,
                    )
                )
        elif kind is not None and kind != "image":
            pts = tuple((mb_x0 + float(x), mb_top + height - float(y)) for x, y in o.pts)
            shapes.append(
                _shape_of(
                    kind,
                    o.x0 + mb_x0,
                    height - o.y1 + mb_top,
                    o.x1 + mb_x0,
                    height - o.y0 + mb_top,
                    o.fill,
                    resolve_all(o.non_stroking_color),
                    o.stroke,
                    resolve_all(o.stroking_color),
                    o.linewidth,
                    pts,
                    seq,
                )
            )
        elif kind == "image":
            images += 1
    return PageData(number, float(page.width), height, glyphs, shapes, images, turned)


# pdfminer's layout classes as pdfplumber names them ("object_type")
_KINDS = {"LTChar": "char", "LTRect": "rect", "LTLine": "line", "LTCurve": "curve", "LTImage": "image"}


def _leaves(objs: Any) -> Any:
    """The layout's objects in drawing order, a figure's (a form XObject's) in its place."""
    for o in objs:
        if isinstance(o, LTContainer):
            yield from _leaves(o._objs)
        else:
            yield o


def _extract_by_pdfplumber(page: Any, number: int) -> PageData:
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
