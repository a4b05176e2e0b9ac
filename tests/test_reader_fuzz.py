"""Fuzzing the Excel and PDF readers: valid small files mutated (zip parts cut or dropped, XML
attributes and numbers replaced by hostile values, bytes flipped, files truncated) and hostile
structures generated (row numbers, merged ranges, nested groups). Every input is either refused
with a RoadmapError, whose message is Japanese words, or read, and then planned into the sample
roadmap: never any other exception.

Kept to a modest number of examples so the whole file runs in well under a minute on two busy cores.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

import hostile_files as H
from corpus_xlsx.build import build, load_facts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.importing.merge import describe_plan, plan_import
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.paths import sample_path

# ROADMAP_FUZZ_EXAMPLES=2000 ROADMAP_FUZZ_RANDOM=1 for a long hunt with new inputs (what CI runs is fixed).
FUZZ = settings(
    max_examples=int(os.environ.get("ROADMAP_FUZZ_EXAMPLES", "30")),
    deadline=None,
    derandomize=not os.environ.get("ROADMAP_FUZZ_RANDOM"),  # the same inputs on every run: a failure stays found
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

HOSTILE_NUMBERS = [
    "", "-1", "0", "八", "1e999", "-1e999", "nan", "inf", "99999999999", "18446744073709551617",
    "1.5", "0x10", "A0", "XFD1048577", "ZZZZ1", "1048577", "16385", "$A$1", "A1:", ":B2", "<", "&amp;",
]  # fmt: skip
_ATTR = re.compile(rb'(\s[\w:]+=")([^"]*)(")')
_NUMBER_TEXT = re.compile(rb">(-?\d+(?:\.\d+)?)<")
_PDF_NUMBER = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
_PDF_NAME = re.compile(rb"/[A-Za-z][A-Za-z0-9]*")


# The starting files are built once per run and reached through these functions rather than fixtures,
# so hypothesis never prints (or copies) them with each example.
@functools.cache
def _roadmap() -> Roadmap:
    return load_sample(sample_path())


@functools.cache
def _workbooks() -> dict[str, dict[str, bytes]]:
    """Three small workbooks as their parts: drawn bars (hand-made), merged fills (the printed book's
    layout, by openpyxl) and our own export."""
    roadmap = _roadmap()
    folder = Path(tempfile.mkdtemp(prefix="fuzz_xlsx"))
    facts = load_facts()
    facts["projects"] = facts["projects"][:1]
    paths = [
        H.base_workbook(folder),
        build("book_merged", folder / "merged.xlsx", facts),
        folder / "own.xlsx",
    ]
    export_xlsx(roadmap, roadmap.projects[:1], paths[2])
    out = {p.name: H.read_parts(p) for p in paths}
    shutil.rmtree(folder)
    return out


@functools.cache
def _pdfs() -> dict[str, bytes]:
    """Our own one-page PDF (reportlab) and a hand-written one with plain, uncompressed content."""
    roadmap = _roadmap()
    folder = Path(tempfile.mkdtemp(prefix="fuzz_pdf"))
    export_pdf(roadmap, roadmap.projects[:1], folder / "own.pdf")
    words = b"BT /F1 10 Tf 40 540 Td (No.1 Roadmap) Tj 0 -20 Td [(R6) -200 (R7) -200 (R8)] TJ ET\n"
    boxes = b"0.5 g " + b" ".join(f"{40 + 30 * i} 400 25 10 re f".encode() for i in range(10)) + b"\n"
    lines = b"1 w 40 380 m 800 380 l S 40 360 m 800 360 l S\n"
    plain = H.raw_pdf([(words + boxes + lines, {})], compress=False)
    out = {"own.pdf": (folder / "own.pdf").read_bytes(), "plain.pdf": plain}
    shutil.rmtree(folder)
    return out


def _check(path: Path) -> None:
    """Refused with a message, or read and planned: anything else fails the test."""
    roadmap = _roadmap()
    read = read_pdf if path.suffix == ".pdf" else read_xlsx
    try:
        result = read(path, roadmap.edition)
    except RoadmapError as e:
        message = str(e)
        assert message.strip() and "Traceback" not in message
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", message), message  # words in Japanese
        return
    plan = plan_import(roadmap, result)
    assert isinstance(describe_plan(plan, result), str)


def _write(tmp_path: Path, parts: dict[str, bytes], name: str = "fuzz.xlsx") -> Path:
    return H.write_parts(tmp_path / name, parts)


def _replace_nth(pattern: re.Pattern[bytes], data: bytes, n: int, group: int, new: bytes) -> bytes:
    matches = list(pattern.finditer(data))
    if not matches:
        return data
    m = matches[n % len(matches)]
    return data[: m.start(group)] + new + data[m.end(group) :]


hostile_value = st.one_of(st.sampled_from(HOSTILE_NUMBERS), st.text(max_size=6))


def _xml_safe(value: str) -> bytes:
    """*value* as an attribute would hold it (a raw < or & is still tried: see HOSTILE_NUMBERS)."""
    return value.replace('"', "&quot;").encode("utf-8", "surrogatepass")


@FUZZ
@given(data=st.data())
def test_mutated_workbooks_are_refused_or_read(data: st.DataObject, tmp_path: Path) -> None:
    book = data.draw(st.sampled_from(sorted(_workbooks())), "workbook")
    parts = dict(_workbooks()[book])
    for _ in range(data.draw(st.integers(1, 3), "edits")):
        part = data.draw(st.sampled_from(sorted(parts)), "part")
        kind = data.draw(st.sampled_from(["attribute", "number", "truncate", "drop", "flip", "nest"]), "kind")
        body = parts[part]
        n = data.draw(st.integers(0, 10_000), "n")
        if kind == "attribute":
            parts[part] = _replace_nth(_ATTR, body, n, 2, _xml_safe(data.draw(hostile_value, "value")))
        elif kind == "number":
            parts[part] = _replace_nth(_NUMBER_TEXT, body, n, 1, _xml_safe(data.draw(hostile_value, "value")))
        elif kind == "truncate":
            parts[part] = body[: n % (len(body) + 1)]
        elif kind == "drop":
            del parts[part]
            if not parts:
                break
        elif kind == "flip" and body:
            i = n % len(body)
            parts[part] = body[:i] + bytes([body[i] ^ data.draw(st.integers(1, 255), "xor")]) + body[i + 1 :]
        elif kind == "nest":  # an element wrapped in itself many times over
            tags = re.findall(rb"<([\w:]+)[ >]", body)
            if tags:
                tag = tags[n % len(tags)]
                depth = data.draw(st.integers(2, 300), "depth")
                opening = re.search(rb"<" + re.escape(tag) + rb"[ >]", body)
                assert opening is not None
                at = opening.start()
                parts[part] = body[:at] + (b"<" + tag + b">") * depth + body[at:] + (b"</" + tag + b">") * depth
    _check(_write(tmp_path, parts))


@FUZZ
@given(cut=st.floats(0.0, 1.0))
def test_truncated_workbooks_are_refused(cut: float, tmp_path: Path) -> None:
    whole = _write(tmp_path, _workbooks()["base.xlsx"], "whole.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: int(len(whole) * cut)])
    _check(path)


@FUZZ
@given(where=st.integers(0, 10**9), xor=st.integers(1, 255), book=st.sampled_from(["base.xlsx", "own.xlsx"]))
def test_workbook_files_with_a_byte_changed_are_refused_or_read(
    where: int, xor: int, book: str, tmp_path: Path
) -> None:
    """A byte changed in the file itself, mostly inside compressed data: zipfile and zlib errors are words."""
    whole = bytearray(_write(tmp_path, _workbooks()[book], "whole.xlsx").read_bytes())
    whole[where % len(whole)] ^= xor
    path = tmp_path / "changed.xlsx"
    path.write_bytes(bytes(whole))
    _check(path)


cell_ref = st.one_of(
    st.builds(lambda c, r: f"{c}{r}", st.text("ABCXYZ", min_size=1, max_size=4), st.integers(-3, 2**40)),
    st.sampled_from(HOSTILE_NUMBERS),
)
row_number = st.one_of(st.integers(-3, 2**40).map(str), st.sampled_from(HOSTILE_NUMBERS))


@FUZZ
@given(
    rows=st.lists(st.tuples(row_number, st.lists(st.tuples(cell_ref, st.text(max_size=5)), max_size=4)), max_size=6),
    merges=st.lists(st.tuples(cell_ref, cell_ref), max_size=6),
)
def test_generated_worksheets_are_refused_or_read(
    rows: list[tuple[str, list[tuple[str, str]]]],
    merges: list[tuple[str, str]],
    tmp_path: Path,
) -> None:
    parts = dict(_workbooks()["base.xlsx"])
    sheet = parts[H.SHEET]
    extra = "".join(
        f'<row r="{_xml_safe(r).decode()}">'
        + "".join(f'<c r="{_xml_safe(ref).decode()}" t="inlineStr"><is><t>{_text(v)}</t></is></c>' for ref, v in cells)
        + "</row>"
        for r, cells in rows
    )
    refs = "".join(f'<mergeCell ref="{_xml_safe(a).decode()}:{_xml_safe(b).decode()}"/>' for a, b in merges)
    sheet = sheet.replace(b"</sheetData>", extra.encode("utf-8", "surrogatepass") + b"</sheetData>", 1)
    sheet = re.sub(rb"(<mergeCells[^>]*>)", lambda m: m[1] + refs.encode("utf-8", "surrogatepass"), sheet, count=1)
    parts[H.SHEET] = sheet
    _check(_write(tmp_path, parts))


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;")


@FUZZ
@given(
    depth=st.integers(0, 120),
    numbers=st.lists(st.one_of(st.integers(-(2**70), 2**70).map(str), st.sampled_from(HOSTILE_NUMBERS)), min_size=8),
)
def test_generated_drawings_are_refused_or_read(depth: int, numbers: list[str], tmp_path: Path) -> None:
    parts = dict(_workbooks()["base.xlsx"])
    values = itertools.cycle(numbers)
    body = H._rect()
    for _ in range(depth):
        body = H._group(body)
    drawing = H._drawing(body, row=next(values)).decode()
    drawing = re.sub(r'(x|y|cx|cy)="\d+"', lambda m: f'{m[1]}="{_xml_safe(next(values)).decode()}"', drawing)
    drawing = re.sub(r">(\d+)</xdr:(col|colOff|rowOff)>", lambda m: f">{_text(next(values))}</xdr:{m[2]}>", drawing)
    parts[H.DRAWING] = drawing.encode("utf-8", "surrogatepass")
    _check(_write(tmp_path, parts))


@FUZZ
@given(data=st.data())
def test_mutated_pdfs_are_refused_or_read(data: st.DataObject, tmp_path: Path) -> None:
    name = data.draw(st.sampled_from(sorted(_pdfs())), "pdf")
    body = _pdfs()[name]
    for _ in range(data.draw(st.integers(1, 3), "edits")):
        kind = data.draw(st.sampled_from(["number", "name", "truncate", "flip", "junk"]), "kind")
        n = data.draw(st.integers(0, 100_000), "n")
        if kind == "number":
            new = data.draw(st.one_of(st.sampled_from(HOSTILE_NUMBERS), st.integers(-(2**64), 2**64).map(str)))
            body = _replace_nth(_PDF_NUMBER, body, n, 0, new.encode("utf-8", "surrogatepass"))
        elif kind == "name":
            new = data.draw(st.sampled_from(["/Form", "/XObject", "/Page", "/Pages", "/Kids", "/Contents", "/Root"]))
            body = _replace_nth(_PDF_NAME, body, n, 0, new.encode())
        elif kind == "truncate":
            body = body[: n % (len(body) + 1)]
        elif kind == "flip" and body:
            i = n % len(body)
            body = body[:i] + bytes([body[i] ^ data.draw(st.integers(1, 255), "xor")]) + body[i + 1 :]
        elif kind == "junk":
            i = n % (len(body) + 1)
            body = body[:i] + data.draw(st.binary(max_size=40), "junk") + body[i:]
    path = tmp_path / "fuzz.pdf"
    path.write_bytes(body)
    _check(path)


def test_the_fuzzed_files_are_read_when_not_mutated(tmp_path: Path) -> None:
    """The starting points are real sheets: the mutations, not the bases, are what gets refused."""
    roadmap = _roadmap()
    for name, parts in _workbooks().items():
        result = read_xlsx(_write(tmp_path, parts, name), roadmap.edition)
        assert [s.project.name for s in result.sheets] == [roadmap.projects[0].name], name
    own = tmp_path / "own.pdf"
    own.write_bytes(_pdfs()["own.pdf"])
    assert [s.project.name for s in read_pdf(own, roadmap.edition).sheets] == [roadmap.projects[0].name]
    with zipfile.ZipFile(_write(tmp_path, _workbooks()["base.xlsx"], "again.xlsx")) as z:
        assert H.DRAWING in z.namelist() and H.SHEET in z.namelist()
