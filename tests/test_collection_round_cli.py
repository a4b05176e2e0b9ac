"""`roadmap export --per-department`, `roadmap import FILE A.xlsx B.xlsx …` and `roadmap rounds` on real files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from workbook_cells import right_of

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.importing.text_diff import marked
from roadmap_desktop.storage import RoadmapFile


def load(path: Path) -> Roadmap:
    with RoadmapFile.open(path, readonly=True) as f:
        return f.load()


@pytest.fixture
def roadmap_file(tmp_path: Path, sample: Roadmap) -> Path:
    path = tmp_path / "r6.roadmap"
    RoadmapFile.create(path, sample).close()
    return path


def test_per_department_round_through_the_command_line(
    roadmap_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "部局別"
    assert main(["export", str(roadmap_file), "--per-department", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "担当部局ごとに 10 個のブックを書き出しました。" in printed
    soumu = out / "令和６年度DX関連事業ロードマップ_総務部.xlsx"
    zaimu = out / "令和６年度DX関連事業ロードマップ_財務部.xlsx"
    assert soumu.exists() and zaimu.exists()
    assert main(["rounds", str(roadmap_file)]) == 0
    assert capsys.readouterr().out.count("回収待ち") == 10

    # 総務部 rewrites a phrase of 概要 and the budget on the sheet; 財務部 corrects a budget on 一覧.
    before = load(roadmap_file)
    wb = openpyxl.load_workbook(soumu)
    ws = wb["No.57"]
    right_of(ws, "R6事業費（千円）").value = 9000
    cell = right_of(ws, "概要")
    old_overview = cell.value
    cell.value = old_overview.replace("戦略的かつ効果的な", "動画を中心とした")
    a = tmp_path / "総務部.xlsx"
    wb.save(a)
    wb = openpyxl.load_workbook(zaimu)
    ws = wb["一覧"]
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == 60)
    ws.cell(row, 6).value = 500
    b = tmp_path / "財務部.xlsx"
    wb.save(b)

    assert main(["import", str(roadmap_file), str(a), str(b)]) == 0
    text = capsys.readouterr().out
    assert "== 総務部.xlsx ==" in text and "== 財務部.xlsx ==" in text
    assert "事業費（千円）: 8,742 → 9,000" in text
    assert "概要: " + marked(old_overview, cell.value) in text
    assert "[-戦略的かつ効果的な-]{+動画を中心とした+}" in text
    assert "事業費（千円）: 432 → 500" in text
    assert "[変更なし]" not in text  # unchanged projects are counted, not listed
    assert "新規0件、変更2件、変更なし9件" in text
    assert dumps(load(roadmap_file)) == dumps(before)  # a preview changes nothing

    assert main(["import", str(roadmap_file), str(a), str(b), "--apply"]) == 0
    after = load(roadmap_file)
    expected = load(roadmap_file)
    assert [p.budget for p in after.projects][1] == 9000 and after.projects[4].budget == 500
    before.projects[1].budget = 9000
    before.projects[1].overview = cell.value
    before.projects[4].budget = 500
    assert dumps(after) == dumps(before) == dumps(expected)
    capsys.readouterr()
    assert main(["rounds", str(roadmap_file)]) == 0
    status = capsys.readouterr().out
    assert status.count("取り込み済み") == 2 and status.count("回収待ち") == 8

    # The same old reply again: it changes nothing (its changes are in), and reverts nothing.
    assert main(["import", str(roadmap_file), str(a), "--apply"]) == 0
    assert dumps(load(roadmap_file)) == dumps(after)


def test_import_of_an_unknown_format_among_several_changes_nothing(
    roadmap_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dumps(load(roadmap_file))
    ok = tmp_path / "a.xlsx"
    assert main(["export", str(roadmap_file), "--xlsx", str(ok)]) == 0
    assert main(["import", str(roadmap_file), str(ok), str(tmp_path / "notes.txt"), "--apply"]) == 1
    assert "notes.txt" in capsys.readouterr().err
    assert dumps(load(roadmap_file)) == before
