"""The parts of an .xlsx workbook we need, parsed straight from its XML (through defusedxml).

Only what the sheet reader looks at: cell values, whether a cell is filled and with what, bar
edges (strong left/right borders), merged ranges, worksheet titles and visibility. Parsing the
XML directly is several times faster than loading the workbook with openpyxl, and every byte
goes through defusedxml (no DTDs, no entities) after :mod:`archive_guard` checked the sizes.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as _defused_fromstring

from ..core.i18n import translate
from .archive_guard import BadWorkbookError, open_checked, read_part

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_EDGE_BORDERS = frozenset({"medium", "thick", "double", "mediumDashed", "mediumDashDot", "mediumDashDotDot"})
_WHITE = frozenset({"FFFFFFFF", "FFFFFF", "indexed:1", "indexed:9", "indexed:64"})
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_REF = re.compile(r"([A-Z]+)(\d+)")

CellKey = tuple[int, int]  # (row, column), both 1-based


def unescape(text: str) -> str:
    """OOXML's escape for characters XML cannot hold: _x000D_ is a carriage return, _x005F_ an underscore."""
    return _ESCAPED.sub(lambda m: chr(int(m[1], 16)), text) if "_x" in text else text


def _parse(data: bytes, part: str) -> Element:
    try:
        root: Element = _defused_fromstring(data, forbid_dtd=True)  # defusedxml is untyped
        return root
    except DefusedXmlException:
        raise BadWorkbookError(
            translate(
                "xlsx", "ファイル内の XML（{part}）に安全でない定義（DTD・実体参照）が含まれているため読み込みません。"
            ).format(part=part)
        ) from None
    except ParseError as e:
        raise BadWorkbookError(
            translate("xlsx", "ファイルが壊れています（{part}: {err}）。").format(part=part, err=e)
        ) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ns(root: Element) -> str:
    return root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""


_COL_CACHE: dict[str, int] = {}


def _col_number(letters: str) -> int:
    n = _COL_CACHE.get(letters)
    if n is None:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        _COL_CACHE[letters] = n
    return n


def parse_ref(ref: str) -> CellKey:
    m = _REF.fullmatch(ref.replace("$", "").upper())
    if not m:
        raise ValueError(ref)
    return int(m[2]), _col_number(m[1])


@dataclass(frozen=True)
class CellStyle:
    fill: str | None  # a key of the fill colour, None when not filled
    left_edge: bool  # a strong left border: in our files, a bar starts here
    right_edge: bool


_PLAIN = CellStyle(None, False, False)


@dataclass
class SheetData:
    """One worksheet: values and styles by (row, column), and merged ranges as (r0, c0, r1, c1)."""

    title: str
    values: dict[CellKey, Any] = field(default_factory=dict)
    styles: dict[CellKey, CellStyle] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    max_row: int = 0
    max_col: int = 0
    # Geometry, for drawn shapes: column widths in characters, row heights in points (unset = default).
    col_widths: dict[int, float] = field(default_factory=dict)
    row_heights: dict[int, float] = field(default_factory=dict)
    default_col_width: float | None = None  # sheetFormatPr defaultColWidth, characters
    base_col_width: float = 8.0  # sheetFormatPr baseColWidth, used when no defaultColWidth is given
    default_row_height: float = 15.0
    drawing_part: str | None = None  # xl/drawings/drawingN.xml of this worksheet, if it has drawn shapes

    def style(self, key: CellKey) -> CellStyle:
        return self.styles.get(key, _PLAIN)


@dataclass
class SheetEntry:
    title: str
    part: str
    hidden: bool


class Package:
    """An opened, checked workbook: its worksheet list now, each worksheet parsed on demand."""

    def __init__(self, path: Path, data: bytes | None = None) -> None:
        self.path = path
        self.archive = open_checked(path, data)  # data: the bytes of an in-memory attachment
        try:
            self._load()
        except KeyError as e:
            self.archive.close()
            raise BadWorkbookError(
                translate(
                    "xlsx", "「{name}」は Excel（.xlsx）のファイルとして不完全です（{part} がありません）。"
                ).format(name=path.name, part=e.args[0] if e.args else "")
            ) from None
        except (ValueError, IndexError) as e:
            self.archive.close()
            raise _broken(path.name, e) from None
        except BaseException:
            self.archive.close()
            raise

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type suffix, part path) for *part*."""
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", name + ".rels")
        if rels_part not in self.archive.NameToInfo:
            return {}
        out: dict[str, tuple[str, str]] = {}
        for rel in _parse(read_part(self.archive, rels_part), rels_part):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], path)
        return out

    def _workbook_part(self) -> str:
        rels = self._rels("")
        for kind, path in rels.values():
            if kind == "officeDocument":
                return path
        return "xl/workbook.xml"

    def _load(self) -> None:
        wb_part = self._workbook_part()
        if wb_part not in self.archive.NameToInfo:
            raise KeyError(wb_part)
        root = _parse(read_part(self.archive, wb_part), wb_part)
        rels = self._rels(wb_part)
        self.sheets: list[SheetEntry] = []
        for el in root.iter():
            if _local(el.tag) != "sheet":
                continue
            # r:id; Strict OOXML files put it in another namespace, so any namespace will do.
            rid = el.get(f"{{{_REL_NS}}}id") or next((v for k, v in el.attrib.items() if k.endswith("}id")), "")
            kind_path = rels.get(rid)
            if kind_path is None or kind_path[0] != "worksheet":
                continue  # chart sheets and dialog sheets hold no project
            self.sheets.append(SheetEntry(el.get("name", ""), kind_path[1], el.get("state", "visible") != "visible"))
        self.shared: list[str] = []
        self.xf: list[CellStyle] = [_PLAIN]
        for kind, path in rels.values():
            if kind == "sharedStrings" and path in self.archive.NameToInfo:
                self.shared = self._shared_strings(path)
            elif kind == "styles" and path in self.archive.NameToInfo:
                self.xf = self._styles(path)

    def _shared_strings(self, part: str) -> list[str]:
        root = _parse(read_part(self.archive, part), part)
        return [_string_item(si) for si in root]

    def _styles(self, part: str) -> list[CellStyle]:
        root = _parse(read_part(self.archive, part), part)
        ns = _ns(root)
        fills: list[str | None] = []
        borders: list[tuple[bool, bool]] = []
        for fill_el in root.iterfind(f"{ns}fills/{ns}fill"):
            fills.append(_fill_key(fill_el, ns))
        for border in root.iterfind(f"{ns}borders/{ns}border"):
            edges = []
            for side in ("left", "right"):
                el = border.find(ns + side)
                if el is None:  # LibreOffice writes start/end instead of left/right
                    el = border.find(ns + ("start" if side == "left" else "end"))
                edges.append(el is not None and el.get("style") in _EDGE_BORDERS)
            borders.append((edges[0], edges[1]))
        xfs: list[CellStyle] = []
        for xf in root.iterfind(f"{ns}cellXfs/{ns}xf"):
            fill_id = int(xf.get("fillId", "0") or 0)
            border_id = int(xf.get("borderId", "0") or 0)
            fill = fills[fill_id] if fill_id < len(fills) else None
            left, right = borders[border_id] if border_id < len(borders) else (False, False)
            xfs.append(CellStyle(fill, left, right))
        return xfs or [_PLAIN]

    def sheet(self, entry: SheetEntry) -> SheetData:
        """The worksheet *entry*, parsed; a part that is missing or malformed is reported as a broken file."""
        try:
            return self._sheet(entry)
        except (KeyError, ValueError, IndexError) as e:
            raise _broken(self.path.name, e, entry.title) from None

    def _sheet(self, entry: SheetEntry) -> SheetData:
        root = _parse(read_part(self.archive, entry.part), entry.part)
        ns = _ns(root)
        data = SheetData(entry.title)
        values, styles, xf, shared = data.values, data.styles, self.xf, self.shared
        n_xf = len(xf)
        c_tag, v_tag, is_tag, row_tag = ns + "c", ns + "v", ns + "is", ns + "row"
        sheet_data = root.find(ns + "sheetData")
        r_idx = 0
        max_col = 0
        heights = data.row_heights
        for row in sheet_data if sheet_data is not None else ():
            if row.tag != row_tag:
                continue
            r_attr = row.get("r")
            r_idx = int(r_attr) if r_attr else r_idx + 1
            ht = row.get("ht")
            if ht is not None:
                heights[r_idx] = float(ht)
            c_idx = 0
            for c in row:
                if c.tag != c_tag:
                    continue
                ref = c.get("r")
                if ref:
                    i = 0
                    while not ref[i].isdigit():
                        i += 1
                    c_idx = _col_number(ref[:i])
                else:
                    c_idx += 1
                key = (r_idx, c_idx)
                s = c.get("s")
                if s is not None:
                    si = int(s)
                    if 0 < si < n_xf:
                        st = xf[si]
                        if st is not _PLAIN and (st.fill is not None or st.left_edge or st.right_edge):
                            styles[key] = st
                t = c.get("t")
                if t == "inlineStr":
                    el = c.find(is_tag)
                    value: Any = _string_item(el) if el is not None else None
                else:
                    v = c.find(v_tag)
                    if v is None or v.text is None:
                        value = None
                    elif t == "s":
                        k = int(v.text)
                        value = shared[k] if 0 <= k < len(shared) else None
                    elif t in ("str", "e", "d"):
                        value = unescape(v.text)
                    elif t == "b":
                        value = v.text.strip() == "1"
                    else:
                        value = _number(v.text)
                if value is not None and value != "":
                    values[key] = value
                if c_idx > max_col:
                    max_col = c_idx
        data.max_row, data.max_col = r_idx, max_col
        for mc in root.iterfind(f"{ns}mergeCells/{ns}mergeCell"):
            ref = mc.get("ref", "")
            if ":" not in ref:
                continue
            a, b = ref.split(":", 1)
            try:
                (r0, c0), (r1, c1) = parse_ref(a), parse_ref(b)
            except ValueError:
                continue
            data.merges.append((min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)))
        self._geometry(root, ns, entry, data)
        return data

    def _geometry(self, root: Element, ns: str, entry: SheetEntry, data: SheetData) -> None:
        """Column widths, row heights and the drawing part: where drawn shapes sit."""
        fmt = root.find(ns + "sheetFormatPr")
        if fmt is not None:
            if fmt.get("defaultColWidth"):
                data.default_col_width = float(fmt.get("defaultColWidth", "8.43"))
            if fmt.get("baseColWidth"):
                data.base_col_width = float(fmt.get("baseColWidth", "8"))
            if fmt.get("defaultRowHeight"):
                data.default_row_height = float(fmt.get("defaultRowHeight", "15"))
        for col in root.iterfind(f"{ns}cols/{ns}col"):
            width = col.get("width")
            if width is None:
                continue
            first, last = int(col.get("min", "1")), int(col.get("max", "1"))
            w = 0.0 if col.get("hidden") in ("1", "true") else float(width)
            for c in range(first, min(last, first + 16384) + 1):
                if c > 2000:
                    break  # a style over whole rows of columns: no timeline lies there
                data.col_widths[c] = w
        drawing = root.find(ns + "drawing")
        if drawing is not None:
            rid = next((v for k, v in drawing.attrib.items() if k.endswith("}id")), "")
            kind_path = self._rels(entry.part).get(rid)
            if kind_path is not None and kind_path[1] in self.archive.NameToInfo:
                data.drawing_part = kind_path[1]

    def drawing(self, data: SheetData) -> Element | None:
        """The parsed drawing part of a worksheet (drawn shapes), or None when it has none."""
        if data.drawing_part is None:
            return None
        try:
            return _parse(read_part(self.archive, data.drawing_part), data.drawing_part)
        except KeyError as e:
            raise _broken(self.path.name, e, data.title) from None


def _broken(name: str, error: BaseException, sheet: str | None = None) -> BadWorkbookError:
    where = (
        translate("xlsx", "ワークシート「{sheet}」").format(sheet=sheet) if sheet else translate("xlsx", "ブックの構成")
    )
    return BadWorkbookError(
        translate("xlsx", "「{name}」は壊れているため読み込めません（{where}: {err}）。").format(
            name=name, where=where, err=error
        )
    )


def _number(text: str) -> int | float | str:
    try:
        f = float(text)
    except ValueError:
        return text
    return int(f) if f.is_integer() and abs(f) < 2**53 else f


def _string_item(si: Element) -> str:
    """The text of a shared or inline string: plain <t>, or rich-text runs; phonetic guides (rPh) left out."""
    parts: list[str] = []
    for child in si:
        tag = _local(child.tag)
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "r":
            for t in child:
                if _local(t.tag) == "t":
                    parts.append(t.text or "")
    return unescape("".join(parts))


def _fill_key(fill: Element, ns: str) -> str | None:
    pattern = fill.find(ns + "patternFill")
    if pattern is None:
        return "gradient" if fill.find(ns + "gradientFill") is not None else None
    kind = pattern.get("patternType")
    if kind in (None, "none"):
        return None
    fg = pattern.find(ns + "fgColor")
    if fg is None:
        color = "auto"
    elif fg.get("rgb"):
        color = fg.get("rgb", "").upper()
    elif fg.get("theme") is not None:
        color = f"theme:{fg.get('theme')}:{fg.get('tint', '')}"
    elif fg.get("indexed") is not None:
        color = f"indexed:{fg.get('indexed')}"
    else:
        color = "auto"
    if kind == "solid" and (color in _WHITE or color == "theme:0:"):
        return None  # filled white: looks empty, so it is empty
    return f"{kind}:{color}"


def open_package(path: Path, data: bytes | None = None) -> Package:
    try:
        return Package(path, data)
    except zipfile.BadZipFile:
        raise BadWorkbookError(translate("xlsx", "「{name}」は壊れています。").format(name=path.name)) from None
