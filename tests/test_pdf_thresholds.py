"""The PDF reader keeps its thresholds in importing/pdf_thresholds.py, named, each with its reason
(issue 20): a fractional number written into a comparison, or as a factor or a margin in one, in any
other pdf*.py module is a threshold left inline, and fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import roadmap_desktop.importing as importing
from roadmap_desktop.importing import pdf_thresholds

IMPORTING = Path(importing.__file__).parent
# pdf_thresholds.py holds them; pdf_budget.py measures work (bytes, operators), not the page
EXEMPT = {"pdf_thresholds.py", "pdf_budget.py"}
# 0.0 is nothing, 0.5 a half (of a month, of a glyph's height, of an overlap): no threshold to name
ALLOWED = {0.0, 0.5}


def _inline_floats(tree: ast.AST) -> list[tuple[int, float]]:
    """Float literals inside a comparison, or a factor or a margin (x * f, x ± f) anywhere."""
    found: list[tuple[int, float]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            parts: list[ast.AST] = [node]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Add, ast.Sub)):
            parts = [node.left, node.right]
        else:
            continue
        for part in parts:
            for sub in ast.walk(part):
                if isinstance(sub, ast.Constant) and type(sub.value) is float and sub.value not in ALLOWED:
                    found.append((sub.lineno, sub.value))
    return sorted(set(found))


def test_no_threshold_is_left_inline() -> None:
    modules = sorted(p for p in IMPORTING.glob("pdf*.py") if p.name not in EXEMPT)
    assert len(modules) >= 10  # the scan sees the reader's modules
    inline = {p.name: hits for p in modules if (hits := _inline_floats(ast.parse(p.read_text(encoding="utf-8"))))}
    assert inline == {}, f"name these in pdf_thresholds.py, with their reason: {inline}"


def test_the_scan_finds_an_inline_threshold() -> None:
    src = "def f(a, b, size):\n    return abs(a - b) <= 0.45 * size or a > b + 1.5 or a * 0.3 < b\n"
    assert _inline_floats(ast.parse(src)) == [(2, 0.3), (2, 0.45), (2, 1.5)]
    # halves and zeros are no thresholds; a keyword argument (a timeout) is no comparison
    assert _inline_floats(ast.parse("x = a - 0.5 <= b + 0.0\ny = wait(p, timeout=0.1)\n")) == []


def test_every_threshold_has_its_reason() -> None:
    """Each named constant is preceded by a comment or carries one on its line."""
    lines = Path(pdf_thresholds.__file__).read_text(encoding="utf-8").splitlines()
    missing = []
    for node in ast.parse("\n".join(lines)).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id.isupper():
            line = lines[node.lineno - 1]
            k = node.lineno - 2
            while k >= 0 and lines[k].strip() and not lines[k].lstrip().startswith("#") and "=" in lines[k]:
                k -= 1  # a group of constants under one comment (HEADED_TOP, HEADED_BOTTOM)
            if "#" not in line and not (k >= 0 and lines[k].lstrip().startswith("#")):
                missing.append(node.targets[0].id)
    assert missing == []
