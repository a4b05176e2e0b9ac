"""The parts of an .xlsx workbook we need, parsed straight from its XML (through defusedxml).

Only what the sheet reader looks at: cell values, whether a cell is filled and with what, bar
edges (strong left/right borders), merged ranges, worksheet titles and visibility. Parsing the
XML directly is several times faster than loading the workbook with openpyxl, and every byte
goes through defusedxml (no DTDs, no entities) after :mod:`archive_guard` checked the sizes.
"""

from __future__ import annotations

import logging
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
from .budgets import (
    MAX_CELLS_PER_SHEET,
    MAX_COL,
    MAX_MERGED_CELLS_PER_SHEET,
    MAX_MERGES_PER_SHEET,
    MAX_ROW,
    MAX_SHAPES_PER_SHEET,
    MAX_XML_TAGS_PER_PART,
    MERGE_IGNORED_CELLS,
    BudgetExceeded,
    check_time,
    file_float,
    file_int,
    over_budget,
)

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_EDGE_BORDERS = frozenset({"medium", "thick", "double", "mediumDashed", "mediumDashDot", "mediumDashDotDot"})
_WHITE = frozenset({"FFFFFFFF", "FFFFFF", "indexed:1", "indexed:9", "indexed:64"})
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_REF = re.compile(r"([A-Z]+)(\d+)")
_SHAPE_START = re.compile(rb"<(?:[\w.-]+:)?(?:sp|cxnSp|pic|graphicFrame)[\s>/]")
_LETTERS = re.compile(r"[A-Za-z]+")
_log = logging.getLogger(__name__)

CellKey = tuple[int, int]  # (row, column), both 1-based


def unescape(text: str) -> str:
    """OOXML's escape for characters XML cannot hold: _x000D_ is a carriage return, _x005F_ an underscore."""
    return _ESCAPED.sub(lambda m: chr(int(m[1], 16)), text) if "_x" in text else text


def _parse(data: bytes, part: str) -> Element:
    tags = data.count(b"<")
    if tags > MAX_XML_TAGS_PER_PART:
        raise BudgetExceeded(
            translate(
                "xlsx",
                "ファイル内の部品（{part}）の XML の要素の数（{n:,}）が上限（{limit:,}）を超えているため読み込みません。",
            ).format(part=part, n=tags, limit=MAX_XML_TAGS_PER_PART)
        )
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
        line, column = getattr(e, "position", (0, 0))
        raise BadWorkbookError(
            translate(
                "xlsx", "ファイルが壊れています（{part} の {line} 行 {column} 文字目が XML として読めません）。"
            ).format(part=part, line=line, column=column + 1)
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
    """B12 → (12, 2); ValueError for a reference outside Excel's grid or no reference at all."""
    m = _REF.fullmatch(ref.replace("$", "").upper())
    if not m or len(m[1]) > 3 or len(m[2]) > 7:
        raise ValueError(ref)
    key = int(m[2]), _col_number(m[1])
    if not (1 <= key[0] <= MAX_ROW and 1 <= key[1] <= MAX_COL):
        raise ValueError(ref)
    return key


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
        if wb_part.lower().endswith(".bin") or "xl/workbook.bin" in self.archive.NameToInfo:
            raise BadWorkbookError(
                translate(
                    "xlsx",
                    "「{name}」はバイナリ形式のブック（.xlsb）です。Excel で「Excel ブック（.xlsx）」形式で保存し直してください。",
                ).format(name=self.path.name)
            )
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
            fill_id = _index(xf.get("fillId", "0") or "0", self.path.name, part)
            border_id = _index(xf.get("borderId", "0") or "0", self.path.name, part)
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
        name = self.path.name
        for row in sheet_data if sheet_data is not None else ():
            if row.tag != row_tag:
                continue
            check_time()
            r_attr = row.get("r")
            r_next = _row_number(r_attr, name, entry.title) if r_attr else r_idx + 1
            if r_next > MAX_ROW:
                raise over_budget(
                    name,
                    translate("xlsx", "ワークシート「{sheet}」の行番号").format(sheet=entry.title),
                    MAX_ROW,
                    r_next,
                )
            r_idx = r_next
            ht = file_float(row.get("ht"), 0.0, 10_000.0)
            if ht is not None:
                heights[r_idx] = ht
            if len(values) + len(styles) > MAX_CELLS_PER_SHEET:
                raise over_budget(
                    name,
                    translate("xlsx", "ワークシート「{sheet}」のセルの数").format(sheet=entry.title),
                    MAX_CELLS_PER_SHEET,
                )
            c_idx = 0
            for c in row:
                if c.tag != c_tag:
                    continue
                ref = c.get("r")
                if ref:
                    letters = _LETTERS.match(ref)
                    if letters is None:
                        c_idx += 1
                    else:  # four letters or more: past XFD, Excel's last column
                        c_idx = _col_number(letters[0].upper()) if len(letters[0]) <= 3 else MAX_COL + 1
                else:
                    c_idx += 1
                if c_idx > MAX_COL:
                    raise over_budget(
                        name,
                        translate("xlsx", "ワークシート「{sheet}」の列番号").format(sheet=entry.title),
                        MAX_COL,
                        c_idx,
                    )
                key = (r_idx, c_idx)
                s = c.get("s")
                if s is not None:
                    si = _index(s, name, entry.title)
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
                        k = _index(v.text, name, entry.title)
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
        merged = 0
        for mc in root.iterfind(f"{ns}mergeCells/{ns}mergeCell"):
            ref = mc.get("ref", "")
            if ":" not in ref:
                continue
            a, b = ref.split(":", 1)
            try:
                (r0, c0), (r1, c1) = parse_ref(a), parse_ref(b)
            except ValueError:
                continue
            cells = (abs(r1 - r0) + 1) * (abs(c1 - c0) + 1)
            if cells > MERGE_IGNORED_CELLS:
                continue  # a whole column or row merged for looks: no field of ours
            merged += cells
            if merged > MAX_MERGED_CELLS_PER_SHEET or len(data.merges) >= MAX_MERGES_PER_SHEET:
                what = translate("xlsx", "ワークシート「{sheet}」の結合セル").format(sheet=entry.title)
                if len(data.merges) >= MAX_MERGES_PER_SHEET:
                    raise over_budget(name, what + translate("xlsx", "の範囲の数"), MAX_MERGES_PER_SHEET)
                raise over_budget(name, what + translate("xlsx", "が覆うセルの数"), MAX_MERGED_CELLS_PER_SHEET)
            data.merges.append((min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)))
        self._geometry(root, ns, entry, data)
        return data

    def _geometry(self, root: Element, ns: str, entry: SheetEntry, data: SheetData) -> None:
        """Column widths, row heights and the drawing part: where drawn shapes sit."""
        fmt = root.find(ns + "sheetFormatPr")
        if fmt is not None:  # a width or height that is no number keeps Excel's default
            data.default_col_width = file_float(fmt.get("defaultColWidth"), 0.0, 255.0)
            data.base_col_width = file_float(fmt.get("baseColWidth"), 0.0, 255.0) or 8.0
            data.default_row_height = file_float(fmt.get("defaultRowHeight"), 0.0, 409.0) or 15.0
        for col in root.iterfind(f"{ns}cols/{ns}col"):
            width = file_float(col.get("width"), 0.0, 255.0)
            first, last = file_int(col.get("min", "1"), 1, MAX_COL), file_int(col.get("max", "1"), 1, MAX_COL)
            if width is None or first is None or last is None:
                continue
            w = 0.0 if col.get("hidden") in ("1", "true") else width
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
            raw = read_part(self.archive, data.drawing_part)
        except KeyError as e:
            raise _broken(self.path.name, e, data.title) from None
        # shapes counted in the bytes before parsing: parsing is what costs (seconds for 20,000 shapes)
        shapes = len(_SHAPE_START.findall(raw))
        if shapes > MAX_SHAPES_PER_SHEET:
            what = translate("xlsx", "ワークシート「{sheet}」の図形の数").format(sheet=data.title)
            raise over_budget(self.path.name, what, MAX_SHAPES_PER_SHEET, shapes)
        return _parse(raw, data.drawing_part)


def _broken(name: str, error: BaseException, sheet: str | None = None) -> BadWorkbookError:
    where = (
        translate("xlsx", "ワークシート「{sheet}」").format(sheet=sheet) if sheet else translate("xlsx", "ブックの構成")
    )
    if isinstance(error, KeyError):  # a missing part: its name says which
        where += translate("xlsx", ": {part} がありません").format(part=error.args[0] if error.args else "")
    else:  # Python's own words are English and say nothing to the user; the log keeps them
        _log.info("broken workbook %s (%s): %r", name, where, error)
    return BadWorkbookError(
        translate("xlsx", "「{name}」は壊れているため読み込めません（{where}）。").format(name=name, where=where)
    )


def _index(text: str, name: str, where: str) -> int:
    """A style or shared-string index; one that is no number is a broken file (guessing could lose a
    bar's fill, which would read as a bar deleted)."""
    if text.isascii() and text.isdigit() and len(text) < 10:  # the usual case, at the cost of int()
        return int(text)
    i = file_int(text, 0, 10**9)
    if i is None:
        raise BadWorkbookError(
            translate(
                "xlsx", "「{name}」は壊れているため読み込めません（{where} の番号「{text}」が数ではありません）。"
            ).format(name=name, where=where, text=text[:20])
        )
    return i


def _row_number(text: str, name: str, sheet: str) -> int:
    """A row element's r attribute; a row number that is no number is a broken file, said in words."""
    if text.isascii() and text.isdigit() and len(text) < 16:
        return int(text)
    r = file_int(text, 1, 10**15)
    if r is None:
        raise BadWorkbookError(
            translate(
                "xlsx",
                "「{name}」は壊れているため読み込めません（ワークシート「{sheet}」の行番号「{text}」が数ではありません）。",
            ).format(name=name, sheet=sheet, text=text[:20])
        )
    return r


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
