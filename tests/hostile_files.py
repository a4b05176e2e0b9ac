"""Small files that attack a reader: each one is a few kilobytes and, read naively, hangs, exhausts
memory or ends in a traceback. Built here (openpyxl plus zip editing, raw PDF bytes), so the tests
and bench/bench_hostile.py need no fetched file.

Every builder takes a folder and returns the path it wrote.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from corpus_xlsx.build import build, load_facts

DRAWING = "xl/drawings/drawing1.xml"
SHEET = "xl/worksheets/sheet1.xml"
_XDR = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"'
_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'


def read_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_parts(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in parts.items():
            z.writestr(n, d)
    return path


def base_workbook(folder: Path, name: str = "base.xlsx") -> Path:
    """One project sheet as a department draws it: fields in cells, bars as drawn rectangles."""
    facts = load_facts()
    facts["projects"] = facts["projects"][:1]
    return build("shapes_rect", folder / name, facts)


def _edit(folder: Path, name: str, edit: Callable[[dict[str, bytes]], None]) -> Path:
    parts = read_parts(base_workbook(folder, "_" + name))
    edit(parts)
    return write_parts(folder / name, parts)


def huge_row(folder: Path, row: int = 99_999_999_999) -> Path:
    """One extra cell in row 99,999,999,999 (Excel stops at 1,048,576)."""

    def edit(parts: dict[str, bytes]) -> None:
        cell = f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
        parts[SHEET] = parts[SHEET].replace(b"</sheetData>", cell.encode(), 1)

    return _edit(folder, "huge_row.xlsx", edit)


def huge_merges(folder: Path, count: int = 2000, rows: int = 1000, cols: int = 20) -> Path:
    """*count* merged ranges of rows × cols cells each (2,000 × 20,000 cells: 40 million cells)."""

    def edit(parts: dict[str, bytes]) -> None:
        refs = []
        for i in range(count):
            r0 = 100 + (i % 50) * rows
            c0 = 100 + (i // 50) * cols
            refs.append(f'<mergeCell ref="{_col(c0)}{r0}:{_col(c0 + cols - 1)}{r0 + rows - 1}"/>')
        xml = parts[SHEET].decode()
        xml = re.sub(r"<mergeCells[^>]*>", f'<mergeCells count="{count}">' + "".join(refs), xml, count=1)
        parts[SHEET] = xml.encode()

    return _edit(folder, "huge_merges.xlsx", edit)


def _col(c: int) -> str:
    out = ""
    while c:
        c, rem = divmod(c - 1, 26)
        out = chr(65 + rem) + out
    return out


def _group(inner: str) -> str:
    return (
        '<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="2" name="g"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr>'
        '<xdr:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100" cy="100"/>'
        '<a:chOff x="0" y="0"/><a:chExt cx="100" cy="100"/></a:xfrm></xdr:grpSpPr>' + inner + "</xdr:grpSp>"
    )


def _rect(sid: int = 3) -> str:
    return (
        f'<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="{sid}" name="r{sid}"/><xdr:cNvSpPr/></xdr:nvSpPr>'
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100" cy="100"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:sp>'
    )


def _drawing(anchor_body: str, row: str = "8") -> bytes:
    anchor = (
        f"<xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}</xdr:row>"
        "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff>"
        f"<xdr:row>{row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>{anchor_body}<xdr:clientData/></xdr:twoCellAnchor>"
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr {_XDR} {_A}>{anchor}</xdr:wsDr>'.encode()


def deep_groups(folder: Path, depth: int = 5000) -> Path:
    """Drawing groups nested *depth* deep around one rectangle."""
    body = _rect()
    for _ in range(depth):
        body = _group(body)

    def edit(parts: dict[str, bytes]) -> None:
        parts[DRAWING] = _drawing(body)

    return _edit(folder, "deep_groups.xlsx", edit)


def many_shapes(folder: Path, count: int = 25_000) -> Path:
    """One anchor holding a group of *count* rectangles."""
    body = _group("".join(_rect(3) for _ in range(count)))

    def edit(parts: dict[str, bytes]) -> None:
        parts[DRAWING] = _drawing(body)

    return _edit(folder, "many_shapes.xlsx", edit)


def kanji_anchor_row(folder: Path) -> Path:
    """A shape anchored at row 八 (the number written in kanji)."""

    def edit(parts: dict[str, bytes]) -> None:
        xml = parts[DRAWING].decode()
        parts[DRAWING] = xml.replace("<xdr:row>8</xdr:row>", "<xdr:row>八</xdr:row>", 1).encode()

    return _edit(folder, "kanji_anchor_row.xlsx", edit)


def wide_timeline(folder: Path, rows: int = 2000) -> Path:
    """A timeline whose first year runs from column C to XFD (16,382 month columns), over *rows* 計画 rows:
    every cell is within Excel's grid, the cost is rows × columns."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "No.1"
    ws["A1"], ws["B1"] = "事業名", "広い工程表"
    ws["A3"], ws["B3"], ws["C3"], ws["XFD3"] = "取組", "区分", "R6", "R7"
    for r in range(4, 4 + rows):
        ws.cell(r, 1, f"取組{r}")
        ws.cell(r, 2, "計画")
    path = folder / "wide_timeline.xlsx"
    wb.save(path)
    return path


def xlsb_renamed(folder: Path) -> Path:
    """A binary workbook (.xlsb) saved with the name .xlsx: a zip whose workbook part is binary."""
    ct = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.bin"/></Relationships>'
    )
    parts = {
        "[Content_Types].xml": ct.encode(),
        "_rels/.rels": rels.encode(),
        "xl/workbook.bin": bytes([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]) + b"\x00" * 64,
        "xl/worksheets/sheet1.bin": b"\x81\x01\x00" + b"\x00" * 64,
    }
    return write_parts(folder / "binary_workbook.xlsx", parts)


# --- PDF ------------------------------------------------------------------------------------


def raw_pdf(
    pages: list[tuple[bytes, dict[str, bytes]]], extra: dict[int, bytes] | None = None, compress: bool = True
) -> bytes:
    """A PDF from content streams written by hand: each page is (content, resources dictionary body by
    name); *extra* adds numbered objects (XObjects) the resources refer to."""
    objects: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    kids = []
    n = 3
    font = 3 + 2 * len(pages)
    objects[font] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    for content, resources in pages:
        page, stream = n, n + 1
        n += 2
        kids.append(f"{page} 0 R".encode())
        res = b"/Font << /F1 " + str(font).encode() + b" 0 R >> " + b" ".join(resources.values())
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << "
            + res
            + b" >> /Contents "
            + str(stream).encode()
            + b" 0 R >>"
        )
        packed = zlib.compress(content) if compress else content
        flate = b" /Filter /FlateDecode" if compress else b""
        objects[stream] = (
            b"<< /Length " + str(len(packed)).encode() + flate + b" >>\nstream\n" + packed + b"\nendstream"
        )
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count " + str(len(pages)).encode() + b" >>"
    objects.update(extra or {})
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for num in range(1, size):
        out += (f"{offsets[num]:010d} 00000 n \n" if num in offsets else "0000000000 65535 f \n").encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def many_rects_pdf(folder: Path, pages: int = 12, rects: int = 200_000) -> Path:
    """*pages* pages of *rects* filled rectangles each (12 × 200,000: about 1 MB compressed)."""
    content = b"0.5 g\n" + b"".join(f"{i % 800} {i % 500} 3 2 re f\n".encode() for i in range(rects))
    path = folder / "many_rects.pdf"
    path.write_bytes(raw_pdf([(content, {})] * pages))
    return path


def self_xobject_pdf(folder: Path) -> Path:
    """A page that draws a form XObject whose own resources name itself: drawing it never ends."""
    form = 90
    body = b"/X1 Do"
    extra = {
        form: b"<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /X1 "
        + str(form).encode()
        + b" 0 R >> >> /Length "
        + str(len(body)).encode()
        + b" >>\nstream\n"
        + body
        + b"\nendstream"
    }
    content = b"BT /F1 12 Tf 72 500 Td (Roadmap) Tj ET\n/X1 Do\n"
    path = folder / "self_xobject.pdf"
    path.write_bytes(raw_pdf([(content, {"X": b"/XObject << /X1 " + str(form).encode() + b" 0 R >>"})], extra))
    return path


XLSX_CASES: dict[str, Callable[[Path], Path]] = {
    "row 99,999,999,999": huge_row,
    "2,000 merges × 20,000 cells": huge_merges,
    "groups nested 5,000 deep": deep_groups,
    "25,000 shapes": many_shapes,
    "anchor row 八": kanji_anchor_row,
    ".xlsb renamed .xlsx": xlsb_renamed,
    "timeline 16,382 columns wide": wide_timeline,
}
PDF_CASES: dict[str, Callable[[Path], Path]] = {
    "12 pages × 200,000 rectangles": many_rects_pdf,
    "XObject drawing itself": self_xobject_pdf,
}
