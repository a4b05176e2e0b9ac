"""What a PDF page will cost, estimated from its drawing instructions before pdfplumber interprets them.

pdfplumber spends ~40 µs on every character, rectangle and line it makes; a page of a million
rectangles is a 40-second, gigabyte parse hidden in a few hundred kilobytes. Counting the drawing
operators of the page's content streams (and of the forms, XObjects, it draws, once per use) is a
regular expression over the decompressed bytes, a few milliseconds, so the page can be refused
first (see :mod:`budgets` for the limits).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Any

from .budgets import MAX_PDF_FORM_DEPTH, MAX_PDF_OBJECTS_PER_PAGE, MAX_PDF_PAGE_CONTENT_BYTES, check_time

# Painting and text operators, each making at least one object pdfplumber builds: a path segment or
# rectangle (m l c v y re), a run of text (Tj TJ ' "), an inline image (BI), a shading (sh), a form (Do).
# Counted with bytes.count, each operator after the space that ends its last operand (a scan at C
# speed; splitting into tokens or a regular expression is ten times slower): a word inside a string
# may count too, which is fine for an estimate.
_OPS = tuple(
    [b" re", b" l\n", b" m\n", b" c\n", b"]TJ", b" Tj", b" TJ", b" sh", b"BI "]
    + [b" " + op + end for op in (b"m", b"l", b"c", b"v", b"y") for end in (b" ", b"\r")]
    + [b" v\n", b" y\n"]
)
_DO = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?=[\s\[(/<%]|$)")


@dataclass
class PageCost:
    """The estimate for one page: drawing objects, content bytes, and a form that draws itself."""

    objects: int = 0
    content_bytes: int = 0
    too_large: bool = False  # a content stream past MAX_PDF_PAGE_CONTENT_BYTES once decompressed
    circular: bool = False  # a form drawing itself (directly or through others): never drawn out
    too_deep: bool = False  # forms nested past MAX_PDF_FORM_DEPTH


def _resolve(obj: Any) -> Any:
    from pdfminer.pdftypes import resolve1

    return resolve1(obj)


def _data(stream: Any, cost: PageCost) -> bytes:
    """The decompressed bytes of *stream*, at most MAX_PDF_PAGE_CONTENT_BYTES (a zip bomb stops there)."""
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream

    if not isinstance(stream, PDFStream):
        return b""
    filters = stream.get_filters()
    if stream.data is None and stream.rawdata is not None and stream.decipher is None and len(filters) == 1:
        name, _params = filters[0]
        if name in LITERALS_FLATE_DECODE and not _params:
            inflater = zlib.decompressobj()
            try:
                data = inflater.decompress(stream.rawdata, MAX_PDF_PAGE_CONTENT_BYTES + 1)
            except zlib.error:
                data = b""  # pdfminer reads what it can of a damaged stream; so do we
            cost.too_large = cost.too_large or len(data) > MAX_PDF_PAGE_CONTENT_BYTES
            return data
    if stream.rawdata is not None and len(stream.rawdata) > MAX_PDF_PAGE_CONTENT_BYTES:
        cost.too_large = True
        return b""
    data = stream.get_data() or b""  # other filters: pdfminer decodes them (the raw bytes were small)
    cost.too_large = cost.too_large or len(data) > MAX_PDF_PAGE_CONTENT_BYTES
    return data


def _xobjects(resources: Any) -> dict[str, Any]:
    resources = _resolve(resources)
    if not isinstance(resources, dict):
        return {}
    found = _resolve(resources.get("XObject"))
    return {str(k): v for k, v in found.items()} if isinstance(found, dict) else {}


def _stream_cost(data: bytes, resources: Any, cost: PageCost, memo: dict[int, int], stack: tuple[int, ...]) -> int:
    check_time()
    cost.content_bytes += len(data)
    if cost.content_bytes > MAX_PDF_PAGE_CONTENT_BYTES:
        cost.too_large = True
        return 0
    n = 0
    for op in _OPS:  # the commonest first; past the page's budget the exact count does not matter
        n += data.count(op)
        if n > MAX_PDF_OBJECTS_PER_PAGE:
            return n
    names = _DO.findall(data) if b"Do" in data else []
    n += len(names)
    if not names:
        return n
    forms = _xobjects(resources)
    for raw in names:
        ref = forms.get(raw.decode("latin-1"))
        if ref is None:
            continue
        objid = getattr(ref, "objid", None)
        form = _resolve(ref)
        subtype = getattr(getattr(form, "attrs", {}).get("Subtype"), "name", None)
        if subtype != "Form":
            continue  # an image: one object
        key = objid if objid is not None else id(form)
        if key in stack:
            cost.circular = True
            continue
        if len(stack) >= MAX_PDF_FORM_DEPTH:
            cost.too_deep = True
            continue
        if key not in memo:
            memo[key] = _stream_cost(
                _data(form, cost), form.attrs.get("Resources", resources), cost, memo, (*stack, key)
            )
        n += memo[key]
    return n


def page_cost(page: Any) -> PageCost:
    """Estimate the objects pdfplumber would build for *page* (a pdfminer ``PDFPage``)."""
    cost = PageCost()
    memo: dict[int, int] = {}
    for stream in page.contents or ():
        cost.objects += _stream_cost(_data(_resolve(stream), cost), page.resources, cost, memo, ())
        if cost.too_large or cost.objects > MAX_PDF_OBJECTS_PER_PAGE:
            break
    return cost
