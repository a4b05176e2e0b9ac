"""Foreign files of a roadmap that has those projects (issue 19): whatever they show or fail to show,
the whole dump after apply keeps every fact the roadmap held.

- A hand-built workbook whose bars are connector lines labelled by separate text boxes, one 実績 bar
  missing from it: the row is shown as a deletion and kept (two-way: nothing is deleted by default).
- A PDF whose project goes on over a page whose 事業名 reads 「…（続き）」 (same No., no mark in the
  title): that page is the rest of the sheet, not a new project, and the project's 取組 stay.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from corpus_pdf import drawn
from corpus_xlsx.build import build, load_facts

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.importing.merge import ChangeKind, apply_import
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.importing.round_plan import all_changes, allow_deletions, describe_round, plan_round
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.paths import sample_path


def test_a_connector_line_workbook_missing_an_actual_bar_loses_nothing(tmp_path: Path) -> None:
    facts: dict[str, Any] = copy.deepcopy(load_facts())
    facts["projects"] = facts["projects"][:3]
    dropped = facts["projects"][0]["initiatives"][0]["actual"].pop()  # the 実績 bar the file does not show
    path = build("shapes_lines", tmp_path / "lines.xlsx", facts)
    sample = load_sample(sample_path())
    result = read_xlsx(path, sample.edition)
    plans = plan_round(sample, [(path.name, result, None)])
    text = describe_round(plans)
    assert "［削除・空欄］" in text and dropped["label"] in text  # shown, not taken
    assert dumps(apply_import(sample, all_changes(plans))) == dumps(sample)
    allow_deletions(plans)  # asked for: the row as the file shows it
    after = apply_import(sample, all_changes(plans))
    expected = copy.deepcopy(sample)
    expected.projects[0].initiatives[0].actual.pop()
    assert dumps(after) == dumps(expected)


@pytest.fixture
def continued_name_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Another program's PDF: No.72 (8 取組) over two pages, the second's 事業名 「…（続き）」."""
    header = drawn._header

    def continued_by_name(
        pg: Any, p: dict[str, Any], no: int, continued: bool, mark: Any = True, omit: Any = ()
    ) -> float:
        if continued:
            p = {**p, "name": p["name"] + "（続き）"}
        return header(pg, p, no, continued, False if continued else mark, omit)

    monkeypatch.setattr(drawn, "_header", continued_by_name)
    out = tmp_path / "continued.pdf"
    drawn.draw(out, [72])
    return out


def test_a_page_whose_name_reads_continued_is_the_rest_of_the_sheet(continued_name_pdf: Path) -> None:
    sample = load_sample(sample_path())
    result = read_pdf(continued_name_pdf, sample.edition)
    [sheet] = result.sheets
    own = next(p for p in sample.projects if p.name == "県庁スマートワーク推進事業")
    assert sheet.project.name == own.name and sheet.sheet_no == 72
    assert [i.name for i in sheet.project.initiatives] == [i.name for i in own.initiatives]
    plans = plan_round(sample, [(continued_name_pdf.name, result, None)])
    assert [c.kind for c in all_changes(plans)] == [ChangeKind.UNCHANGED]
    assert plans[0].notes[0].startswith("このファイルは令和6年度版です。")
    assert dumps(apply_import(sample, all_changes(plans))) == dumps(sample)
    empty = Roadmap(copy.deepcopy(sample.edition), [])
    into_empty = apply_import(empty, plan_round(empty, [("c.pdf", result, None)])[0].changes)
    assert [[i.name for i in p.initiatives] for p in into_empty.projects] == [[i.name for i in own.initiatives]]
