"""Shapes drawn on a worksheet (Insert > Shapes): where each sits on the cell grid, what kind it is,
and the words in it.

A drawing part (xl/drawings/drawingN.xml) anchors each shape to cells: twoCellAnchor (from and to
a cell plus an offset in EMU), oneCellAnchor (from, plus a size) or absoluteAnchor (position and
size in EMU). Groups place their children in the group's own coordinates (chOff/chExt), mapped
onto the group's box. Positions come out in column/row units (column 0 = A, 1.5 = half-way into
B), which is what the timeline's month axis is measured in; the column widths turn EMU offsets
into fractions of a column.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from ..core.i18n import translate
from .archive_guard import BadWorkbookError
from .budgets import MAX_DRAWING_DEPTH, MAX_SHAPES_PER_SHEET, file_float, file_int, over_budget
from .xlsx_package import SheetData

EMU_PER_PX = 9525
EMU_PER_PT = 12700
_MAX_COLS = 16384
_MAX_ROWS = 1048576

# Preset geometries staff draw bars with: boxes and arrows pointing right.
BAR_GEOMS = frozenset(
    {
        "rect",
        "roundRect",
        "snip1Rect",
        "snip2SameRect",
        "snipRoundRect",
        "round1Rect",
        "round2SameRect",
        "homePlate",
        "chevron",
        "rightArrow",
        "notchedRightArrow",
        "stripedRightArrow",
        "leftRightArrow",
        "flowChartProcess",
        "flowChartAlternateProcess",
        "flowChartTerminator",
        "parallelogram",
        "plaque",
        "bevel",
        "frame",
    }
)
LINE_GEOMS = frozenset(
    {"line", "straightConnector1", "bentConnector2", "bentConnector3", "curvedConnector3", "lineInv"}
)


@dataclass
class Shape:
    """One drawn shape: *kind* is bar, line, label (a text box) or unknown; box in column/row units."""

    kind: str
    geom: str
    name: str
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: Element, name: str) -> Element | None:
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


_EMU_LIMIT = 2**53  # far past any sheet (a million rows of 409 pt are 5·10^15 EMU): a bigger one is no position


def _int(el: Element | None, name: str, default: int = 0) -> int:
    if el is None:
        return default
    value = file_float(el.get(name), -_EMU_LIMIT, _EMU_LIMIT)
    return default if value is None else int(value)


def _col_px(width: float) -> int:
    """Excel's pixel width of a column *width* characters wide (Calibri 11: 7 px a digit)."""
    return int(((256 * width + 18) / 256) * 7) if width > 0 else 0


class SheetGeometry:
    """Column and row edges in EMU, and the conversions between EMU and column/row units."""

    def __init__(self, data: SheetData, source: str = "") -> None:
        self.data = data
        self.source = source  # the file's name, for messages
        if data.default_col_width is not None:
            default_px = _col_px(data.default_col_width)
        else:  # Excel: base width plus 5 px of padding, rounded up to a multiple of 8 px (8 → 64 px)
            default_px = -(-int(data.base_col_width * 7 + 5) // 8) * 8
        self._default_col = default_px * EMU_PER_PX
        self._default_row = round(data.default_row_height * EMU_PER_PT)
        self._col_edges = [0]
        self._row_edges = [0]

    def col_w(self, col0: int) -> int:
        w = self.data.col_widths.get(col0 + 1)
        return self._default_col if w is None else _col_px(w) * EMU_PER_PX

    def row_h(self, row0: int) -> int:
        h = self.data.row_heights.get(row0 + 1)
        return self._default_row if h is None else round(h * EMU_PER_PT)

    def _grow(self, edges: list[int], size: Callable[[int], int], upto: int, limit: int) -> None:
        while len(edges) <= min(upto, limit) + 1:
            edges.append(edges[-1] + size(len(edges) - 1))

    def x_emu(self, x: float) -> float:
        c = min(int(x), self.data.max_col + 2000)
        self._grow(self._col_edges, self.col_w, c + 1, _MAX_COLS)
        return self._col_edges[c] + (x - c) * self.col_w(c)

    def y_emu(self, y: float) -> float:
        r = min(int(y), self.data.max_row + 2000)
        self._grow(self._row_edges, self.row_h, r + 1, _MAX_ROWS)
        return self._row_edges[r] + (y - r) * self.row_h(r)

    def _unit(self, emu: float, edges: list[int], size: Callable[[int], int], limit: int) -> float:
        while edges[-1] <= emu and len(edges) < limit:
            self._grow(edges, size, len(edges) + 64, limit)
        i = max(0, bisect.bisect_right(edges, emu) - 1)
        w = size(i)
        return i + ((emu - edges[i]) / w if w else 0.0)

    # shapes far past the written cells are no bars of ours: stop measuring there
    def x_unit(self, emu: float) -> float:
        return self._unit(emu, self._col_edges, self.col_w, min(_MAX_COLS, self.data.max_col + 2000))

    def y_unit(self, emu: float) -> float:
        return self._unit(emu, self._row_edges, self.row_h, min(_MAX_ROWS, self.data.max_row + 2000))

    def marker(self, el: Element | None, axis: str) -> float:
        """A from/to marker's column (axis "col") or row position in units, the offset as a fraction."""
        if el is None:
            return 0.0
        n_el = _child(el, axis)
        off_el = _child(el, axis + "Off")
        n = self._number(n_el, 0, _MAX_COLS if axis == "col" else _MAX_ROWS)
        off = self._number(off_el, -_EMU_LIMIT, _EMU_LIMIT)
        size = self.col_w(n) if axis == "col" else self.row_h(n)
        frac = off / size if size else 0.0
        return n + min(max(frac, 0.0), 1.0)

    def _number(self, el: Element | None, lo: int, hi: int) -> int:
        """A marker's number; one that is none (八, 1e999) makes the shape's place unknown: the file is refused,
        as a bar left out would read as a bar deleted."""
        if el is None or not (el.text or "").strip():
            return 0
        n = file_int(el.text, lo, hi)
        if n is None:
            raise BadWorkbookError(
                translate(
                    "xlsx",
                    "「{name}」は壊れているため読み込めません（ワークシート「{sheet}」の図形の位置「{text}」が範囲内の数ではありません）。",
                ).format(name=self.source, sheet=self.data.title, text=(el.text or "").strip()[:20])
            )
        return n


_Transform = Callable[[float, float], tuple[float, float]]  # EMU in an element's space → sheet EMU


def _xfrm(el: Element) -> tuple[float, float, float, float, Element | None] | None:
    """(x, y, cx, cy, xfrm element) of a shape's or group's a:xfrm, if it has one."""
    for sppr_name in ("spPr", "grpSpPr"):
        sppr = _child(el, sppr_name)
        if sppr is None:
            continue
        xfrm = _child(sppr, "xfrm")
        if xfrm is None:
            return None
        off, ext = _child(xfrm, "off"), _child(xfrm, "ext")
        return _int(off, "x"), _int(off, "y"), _int(ext, "cx"), _int(ext, "cy"), xfrm
    return None


def _text(el: Element) -> str:
    body = _child(el, "txBody")
    if body is None:
        return ""
    paras: list[str] = []
    for p in body:
        if _local(p.tag) != "p":
            continue
        paras.append("".join(t.text or "" for t in p.iter() if _local(t.tag) == "t"))
    return "\n".join(paras).strip()


def _geom(el: Element) -> str:
    sppr = _child(el, "spPr")
    if sppr is None:
        return ""
    prst = _child(sppr, "prstGeom")
    if prst is not None:
        return prst.get("prst", "")
    return "custom" if _child(sppr, "custGeom") is not None else ""


def _is_text_box(el: Element) -> bool:
    nv = _child(el, "nvSpPr")
    c_nv = _child(nv, "cNvSpPr") if nv is not None else None
    if c_nv is not None and c_nv.get("txBox") in ("1", "true"):
        return True
    sppr = _child(el, "spPr")
    # a rectangle with words in it and no fill is a label placed by hand, not a bar
    return sppr is not None and _child(sppr, "noFill") is not None and _geom(el) == "rect" and bool(_text(el))


def _name(el: Element) -> str:
    for nv in el:
        if _local(nv.tag).startswith("nv"):
            c_nv = _child(nv, "cNvPr")
            if c_nv is not None:
                return c_nv.get("name", "")
    return ""


def _classify(el: Element) -> tuple[str, str]:
    tag = _local(el.tag)
    if tag == "cxnSp":
        return "line", _geom(el) or "connector"
    if tag == "pic":
        return "unknown", "picture"
    if tag == "graphicFrame":
        return "unknown", "graphicFrame"
    if tag != "sp":
        return "unknown", tag
    geom = _geom(el)
    if _is_text_box(el):
        return "label", geom
    if geom in LINE_GEOMS:
        return "line", geom
    if geom in BAR_GEOMS:
        return "bar", geom
    return "unknown", geom or "custom"


def _group(grp: Element, outer: _Transform, geo: SheetGeometry, out: list[Shape], depth: int = 1) -> None:
    """The shapes of a group: its children sit in the group's child space (chOff/chExt), which maps
    onto the group's own box (off/ext) in its parent's space (*outer*)."""
    if depth > MAX_DRAWING_DEPTH:
        raise over_budget(
            geo.source, _where(geo) + translate("xlsx", "の図形のグループの入れ子の深さ"), MAX_DRAWING_DEPTH
        )
    box = _xfrm(grp)
    if box is None:
        return
    x, y, cx, cy, xfrm = box
    ch_off = _child(xfrm, "chOff") if xfrm is not None else None
    ch_ext = _child(xfrm, "chExt") if xfrm is not None else None
    ox, oy = _int(ch_off, "x", int(x)), _int(ch_off, "y", int(y))
    ex, ey = _int(ch_ext, "cx", int(cx)) or 1, _int(ch_ext, "cy", int(cy)) or 1

    def inner(px: float, py: float) -> tuple[float, float]:
        return outer(x + (px - ox) * cx / ex, y + (py - oy) * cy / ey)

    for child in _unwrap(grp, geo, depth):
        tag = _local(child.tag)
        if tag == "grpSp":
            _group(child, inner, geo, out, depth + 1)
            continue
        if tag not in ("sp", "cxnSp", "pic", "graphicFrame"):
            continue
        cbox = _xfrm(child)
        if cbox is None:
            continue
        ax, ay = inner(cbox[0], cbox[1])
        bx, by = inner(cbox[0] + cbox[2], cbox[1] + cbox[3])
        _add(out, _shape(child, geo, (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))), geo)


def _where(geo: SheetGeometry) -> str:
    return translate("xlsx", "ワークシート「{sheet}」").format(sheet=geo.data.title)


def _add(out: list[Shape], shape: Shape, geo: SheetGeometry) -> None:
    if len(out) >= MAX_SHAPES_PER_SHEET:
        raise over_budget(geo.source, _where(geo) + translate("xlsx", "の図形の数"), MAX_SHAPES_PER_SHEET)
    out.append(shape)


def _shape(el: Element, geo: SheetGeometry, box: tuple[float, float, float, float]) -> Shape:
    kind, geom = _classify(el)
    x0, y0, x1, y1 = box
    text = _text(el) if _local(el.tag) == "sp" else ""
    return Shape(kind, geom, _name(el), geo.x_unit(x0), geo.y_unit(y0), geo.x_unit(x1), geo.y_unit(y1), text)


def _anchor_box(anchor: Element, geo: SheetGeometry) -> tuple[float, float, float, float] | None:
    """The anchor's box in sheet EMU."""
    kind = _local(anchor.tag)
    if kind == "twoCellAnchor":
        f, t = _child(anchor, "from"), _child(anchor, "to")
        if f is None or t is None:
            return None
        return (
            geo.x_emu(geo.marker(f, "col")),
            geo.y_emu(geo.marker(f, "row")),
            geo.x_emu(geo.marker(t, "col")),
            geo.y_emu(geo.marker(t, "row")),
        )
    ext = _child(anchor, "ext")
    if kind == "oneCellAnchor":
        f = _child(anchor, "from")
        if f is None:
            return None
        x, y = geo.x_emu(geo.marker(f, "col")), geo.y_emu(geo.marker(f, "row"))
    elif kind == "absoluteAnchor":
        pos = _child(anchor, "pos")
        x, y = _int(pos, "x"), _int(pos, "y")
    else:
        return None
    return x, y, x + _int(ext, "cx"), y + _int(ext, "cy")


def _onto(src: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> _Transform:
    """The map from a group's own box (x, y, cx, cy) onto its anchor's box (x0, y0, x1, y1)."""
    gx, gy, gcx, gcy = src
    x0, y0, x1, y1 = box

    def outer(px: float, py: float) -> tuple[float, float]:
        return x0 + (px - gx) * (x1 - x0) / (gcx or 1), y0 + (py - gy) * (y1 - y0) / (gcy or 1)

    return outer


_SHAPE_TAGS = ("}sp", "}cxnSp", "}pic", "}graphicFrame")
_DRAWN = ("sp", "cxnSp", "pic", "graphicFrame", "grpSp", "twoCellAnchor", "oneCellAnchor", "absoluteAnchor")


def _unwrap(parent: Element, geo: SheetGeometry, depth: int = 0) -> list[Element]:
    """*parent*'s children, with each markup-compatibility block (``mc:AlternateContent``, which Excel
    writes around shapes that use newer features) replaced by the one branch a reader takes: the first
    ``mc:Choice`` that holds something we read, else the ``mc:Fallback``. Taking both would read each
    shape twice; taking neither would lose it silently."""
    out: list[Element] = []
    for el in parent:
        if _local(el.tag) != "AlternateContent":
            out.append(el)
            continue
        branches = [b for b in el if _local(b.tag) == "Choice"] + [b for b in el if _local(b.tag) == "Fallback"]
        if depth > MAX_DRAWING_DEPTH:
            raise over_budget(geo.source, _where(geo) + translate("xlsx", "の図形の入れ子の深さ"), MAX_DRAWING_DEPTH)
        for branch in branches:
            inner = _unwrap(branch, geo, depth + 1)
            if any(_local(c.tag) in _DRAWN for c in inner):
                out.extend(inner)
                break
    return out


def read_shapes(root: Element | None, data: SheetData, source: str = "") -> list[Shape]:
    """Every shape of a worksheet's drawing, in column/row units (*source*: the file's name, for messages).
    Over a budget of :mod:`budgets` (shapes, groups nested), :class:`BudgetExceeded`."""
    if root is None:
        return []
    geo = SheetGeometry(data, source)
    # counted before any is measured: the count is one pass in C, measuring a shape costs far more
    drawn = sum(1 for el in root.iter() if el.tag.endswith(_SHAPE_TAGS))
    if drawn > MAX_SHAPES_PER_SHEET:
        raise over_budget(source, _where(geo) + translate("xlsx", "の図形の数"), MAX_SHAPES_PER_SHEET, drawn)
    shapes: list[Shape] = []
    for anchor in _unwrap(root, geo):
        box = _anchor_box(anchor, geo)
        if box is None:
            continue
        for el in _unwrap(anchor, geo):
            tag = _local(el.tag)
            if tag in ("sp", "cxnSp", "pic", "graphicFrame"):
                _add(shapes, _shape(el, geo, box), geo)  # the anchor is the shape's box
            elif tag == "grpSp":
                own = _xfrm(el)
                if own is None:
                    continue
                _group(el, _onto(own[:4], box), geo, shapes)
    return shapes
