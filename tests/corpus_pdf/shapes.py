"""Bars drawn as shapes over a worksheet, the way staff draw them with Insert > Shapes: hand-written
DrawingML (xl/drawings/drawing1.xml) put into the workbook openpyxl saved, with zipfile.

Kinds, in turn: a rectangle, a pentagon arrow (homePlate) and a right arrow, each with its label as
the shape's text, centred; and a line with an arrow head, its label in a text box just above it.
A bar that continues is a right arrow whose tip runs out past the last month. Edges are placed a
little off the cell boundaries, as a person drags them.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

EMU_PER_PT = 12700
EMU_PER_PX = 9525
NS = (
    'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)
KINDS = ("rect", "homePlate", "rightArrow", "line")
FONT = "IPAexGothic"


def _col_emu(ws: Worksheet, col: int) -> int:
    """Width of 1-based column *col* in EMU (Excel's rule: characters × 7 px + 5 px padding)."""
    width = ws.column_dimensions[get_column_letter(col)].width or 8.43
    return int(width * 7 + 5) * EMU_PER_PX


def _row_emu(ws: Worksheet, row: int) -> int:
    return int((ws.row_dimensions[row].height or 15) * EMU_PER_PT)


def _marker(tag: str, col: int, col_off: int, row: int, row_off: int) -> str:
    """A cell anchor; *col* and *row* 1-based as openpyxl counts, written 0-based as DrawingML does."""
    return (
        f"<xdr:{tag}><xdr:col>{col - 1}</xdr:col><xdr:colOff>{col_off}</xdr:colOff>"
        f"<xdr:row>{row - 1}</xdr:row><xdr:rowOff>{row_off}</xdr:rowOff></xdr:{tag}>"
    )


def _text(label: str, align: str) -> str:
    return (
        '<xdr:txBody><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/>'
        + "".join(
            f'<a:p><a:pPr algn="{align}"/><a:r><a:rPr lang="ja-JP" sz="600"><a:solidFill><a:srgbClr val="000000"/>'
            f'</a:solidFill><a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/></a:rPr>'
            f"<a:t>{escape(line)}</a:t></a:r></a:p>"
            for line in label.split("\n")  # a line typed into the shape is a paragraph of its own
        )
        + "</xdr:txBody>"
    )


def _anchor(frm: str, to: str, body: str) -> str:
    return f'<xdr:twoCellAnchor editAs="oneCell">{frm}{to}{body}<xdr:clientData/></xdr:twoCellAnchor>'


def _shape(sid: int, prst: str, fill: str | None, line: str, text: str, box: bool = False) -> str:
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    text_box = ' txBox="1"' if box else ""
    return (
        f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{sid}" name="Shape {sid}"/>'
        f"<xdr:cNvSpPr{text_box}/></xdr:nvSpPr><xdr:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>'
        f"{fill_xml}{line}</xdr:spPr>{text}</xdr:sp>"
    )


def drawing_xml(ws: Worksheet, bars: list[dict[str, Any]], last_col: int) -> str:
    parts: list[str] = []
    sid = 2
    for bar in bars:
        row, c0, c1 = bar["row"], bar["c0"], bar["c1"]
        h = _row_emu(ws, row)
        w0 = _col_emu(ws, c0)
        kind = "rightArrow" if bar["continues"] else KINDS[bar["n"] % len(KINDS)]
        nudge = (bar["n"] % 3 - 1) * w0 // 20  # a person's drag: a twentieth of a month either way
        frm_col, frm_off = c0, max(0, nudge)
        if bar["continues"]:  # the tip runs out past the grid into the column after it
            to_col, to_off = last_col, _col_emu(ws, last_col) * 3 // 5
        else:
            to_col, to_off = c1 + 1, 0
            if nudge < 0:
                to_col, to_off = c1, _col_emu(ws, c1) + nudge
        line = '<a:ln w="6350"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln>'
        if kind == "line":
            y = h * 7 // 10
            arrow = (
                '<a:ln w="19050"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill>'
                '<a:tailEnd type="triangle" w="med" len="med"/></a:ln>'
            )
            body = (
                f'<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="{sid}" name="Connector {sid}"/><xdr:cNvCxnSpPr/>'
                '</xdr:nvCxnSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>'
                f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom>{arrow}</xdr:spPr></xdr:cxnSp>'
            )
            parts.append(
                _anchor(_marker("from", frm_col, frm_off, row, y), _marker("to", to_col, to_off, row, y), body)
            )
            sid += 1
            box = _shape(sid, "rect", None, "<a:ln><a:noFill/></a:ln>", _text(bar["label"], "l"), box=True)
            parts.append(
                _anchor(_marker("from", c0, 0, row, h // 10), _marker("to", c1 + 1, 0, row, h * 55 // 100), box)
            )
        else:
            body = _shape(sid, kind, bar["colour"], line, _text(bar["label"], "ctr"))
            parts.append(
                _anchor(
                    _marker("from", frm_col, frm_off, row, h // 5), _marker("to", to_col, to_off, row, h * 4 // 5), body
                )
            )
        sid += 1
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr {NS}>{"".join(parts)}</xdr:wsDr>'


def add_drawing(path: Path, ws: Worksheet, bars: list[dict[str, Any]]) -> None:
    """Put the bars into the saved workbook at *path* as the first worksheet's drawing."""
    from .workbooks import LAST_COL

    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    rels = "xl/worksheets/_rels/sheet1.xml.rels"
    xml = files[sheet].decode("utf-8")
    xml = xml.replace("</worksheet>", '<drawing r:id="rIdCorpusDrawing"/></worksheet>')
    if 'xmlns:r="' not in xml.split(">", 2)[1]:
        xml = re.sub(
            r"<worksheet ",
            '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
            xml,
            count=1,
        )
    files[sheet] = xml.encode("utf-8")
    rel = (
        '<Relationship Id="rIdCorpusDrawing" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
        'Target="../drawings/drawing1.xml"/>'
    )
    if rels in files:
        files[rels] = files[rels].replace(b"</Relationships>", rel.encode() + b"</Relationships>")
    else:
        files[rels] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rel}</Relationships>"
        ).encode()
    files["xl/drawings/drawing1.xml"] = drawing_xml(ws, bars, LAST_COL).encode("utf-8")
    types = files["[Content_Types].xml"].decode("utf-8")
    types = types.replace(
        "</Types>",
        '<Override PartName="/xl/drawings/drawing1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    )
    files["[Content_Types].xml"] = types.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
