"""Text that looks like a formula is written as text AND with quotePrefix, so editing it in Excel keeps it text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from roadmap_desktop.core.diff import compare
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.export.diff_xlsx import export_diff_xlsx
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.importing.xlsx import read_xlsx

FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "-5", "@SUM(A1:A2)"]


def _cells(path: Path) -> list[openpyxl.cell.Cell]:
    wb = openpyxl.load_workbook(path)
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_formula_like_text_gets_quote_prefix_everywhere(tmp_path: Path, sample: Roadmap) -> None:
    p = sample.projects[0]
    p.name, p.overview, p.issues = FORMULAS[0], FORMULAS[1], FORMULAS[2]
    p.departments = [FORMULAS[3]]
    out = tmp_path / "out.xlsx"
    export_xlsx(sample, list(sample.projects), out)
    cells = _cells(out)
    formula_like = [c for c in cells if c.value[:1] in "=+-@"]
    sheets = {c.parent.title for c in formula_like}
    assert {"一覧", "No.56"} <= sheets  # the list (openpyxl cells) and a project sheet (our own XML)
    assert {c.value for c in formula_like} >= set(FORMULAS)
    assert all(c.data_type == "s" and c.quotePrefix for c in formula_like)
    plain = [c for c in cells if c.value[:1] not in "=+-@"]
    assert plain and not any(c.quotePrefix for c in plain)
    with zipfile.ZipFile(out) as z:
        assert 'quotePrefix="1"' in z.read("xl/styles.xml").decode()
        assert "<f>" not in "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    # and it reads back as the same text
    result = read_xlsx(out, sample.edition)
    back = next(s.project for s in result.sheets if s.project.id == p.id)
    assert (back.name, back.overview, back.issues, back.departments) == (p.name, p.overview, p.issues, p.departments)


def test_diff_workbook_quotes_formula_like_text(tmp_path: Path, sample: Roadmap) -> None:
    import copy

    b = copy.deepcopy(sample)
    b.projects[0].name = FORMULAS[0]
    out = tmp_path / "diff.xlsx"
    export_diff_xlsx(compare(sample, b, "a", "b"), out)
    quoted = [c for c in _cells(out) if c.value == FORMULAS[0]]
    assert quoted and all(c.quotePrefix and c.data_type == "s" for c in quoted)
    assert dumps(sample) != dumps(b)
