"""Excel import of hand-built sheets, part by part: year headers, month snapping, anchors, notes typed
where the roadmap has no place, ambiguous sheet numbers, and deletions the file really shows."""

from __future__ import annotations

import copy
import dataclasses
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from corpus_xlsx.build import STYLES, build, load_facts
from corpus_xlsx.score import all_facts

from roadmap_desktop.core.dump import dumps, project_to_dict
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.importing.grid_reading import MonthAxis, split_continues, year_of_header
from roadmap_desktop.importing.merge import ChangeKind, apply_import, describe_plan, plan_import
from roadmap_desktop.importing.round_plan import all_changes, allow_deletions, plan_round
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.paths import sample_path


@pytest.fixture(scope="module")
def sample() -> Roadmap:
    return load_sample(sample_path())


def _read_parts(path: Path) -> dict[str, bytes]:
    """Every part of the workbook package, by name: what a test edits by hand before reading it."""
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _write_parts(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for n, d in parts.items():
            z.writestr(n, d)


def _facts(n: int = 3) -> dict[str, Any]:
    facts = load_facts()
    facts["projects"] = facts["projects"][:n]
    return facts


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("R6", 2024),
        ("Ｒ６", 2024),
        ("令和６年度", 2024),
        ("令和 6 年度", 2024),
        ("2024年度", 2024),
        ("令和6年度（2024）", 2024),
        ("H31", 2019),
        ("初年度", None),
        ("4～6月", None),
        ("以降", None),
    ],
)
def test_year_headers_in_any_era_form(text: str, year: int | None) -> None:
    assert year_of_header(text) == year


@pytest.mark.parametrize(
    ("label", "want"),
    [
        ("内容検討⇒", ("内容検討", True)),
        ("新技術の運用→", ("新技術の運用", True)),
        ("本運用 ▶", ("本運用", True)),
        ("試行＞", ("試行", True)),
        ("A→B", ("A→B", False)),
        ("内容検討", ("内容検討", False)),
    ],
)
def test_a_continues_marker_is_not_part_of_the_label(label: str, want: tuple[str, bool]) -> None:
    assert split_continues(label) == want


def test_month_axis_resolves_quarters_and_names_far_edges() -> None:
    axis = MonthAxis.from_year_spans(2024, [(2.0 + 4 * i, 6.0 + 4 * i) for i in range(5)])  # 4 quarter columns a year
    s = axis.snap(2.0 + 1 / 3, 3.0)  # May … June: a third into the first quarter column
    assert (s.first, s.last, s.continues, s.off_edges) == (1, 2, False, [])
    s = axis.snap(2.0 + 0.5 / 3, 22.0 + 0.5)  # half-way into April; past the grid's end
    assert s.off_edges == ["start"] and s.continues and s.last == 59
    s = axis.snap(2.04, 2.05)  # a sliver: at least one month
    assert (s.first, s.last) == (0, 0)


@pytest.mark.parametrize("anchor", ["one", "abs"])
def test_one_cell_and_absolute_anchors_place_bars_like_two_cell_anchors(
    anchor: str, tmp_path: Path, sample: Roadmap
) -> None:
    style = dataclasses.replace(STYLES["shapes_homeplate"], anchor=anchor)
    path = build("shapes_homeplate", tmp_path / f"{anchor}.xlsx", _facts(), style)
    with zipfile.ZipFile(path) as z:
        assert {"one": b"<xdr:oneCellAnchor>", "abs": b"<xdr:absoluteAnchor>"}[anchor] in z.read(
            "xl/drawings/drawing1.xml"
        )
    result = read_xlsx(path, sample.edition)
    got = all_facts([project_to_dict(s.project, with_id=False) for s in result.sheets])
    assert got == all_facts(_facts()["projects"])


def test_notes_typed_outside_the_roadmap_are_named_with_their_cell(tmp_path: Path, sample: Roadmap) -> None:
    path = build("dept_stacked", tmp_path / "notes.xlsx", _facts(1))
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[1]
    last = ws.max_row
    ws.cell(last + 2, 1).value = "※事業費は見込みです"
    ws.cell(3, ws.max_column + 2).value = "要確認"
    wb.save(path)
    [sheet] = read_xlsx(path, sample.edition).sheets
    col = openpyxl.utils.get_column_letter(ws.max_column)
    assert any(f"A{last + 2}「※事業費は見込みです」" in w for w in sheet.warnings), sheet.warnings
    assert any(f"{col}3「要確認」" in w for w in sheet.warnings), sheet.warnings
    assert sheet.project.name == _facts(1)["projects"][0]["name"] and len(sheet.project.initiatives) == 2


def test_two_blocks_claiming_one_number_are_named_not_joined(tmp_path: Path, sample: Roadmap) -> None:
    facts = _facts(3)
    for p in facts["projects"]:
        p["departments"] = ["総務部"]  # all three on one worksheet
    path = build("dept_stacked", tmp_path / "same-no.xlsx", facts)
    wb = openpyxl.load_workbook(path)
    ws = wb["総務部"]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == "No.57":
                cell.value = "No.56"
    wb.save(path)
    result = read_xlsx(path, sample.edition)
    assert [s.project.name for s in result.sheets] == [p["name"] for p in facts["projects"]]
    flagged = [s for s in result.sheets if any("No.56 が" in w for w in s.warnings)]
    assert len(flagged) == 2
    text = describe_plan(plan_import(sample, result), result)
    assert "No.56 が「電子入札・電子収納導入調査事業」" in text


def test_a_bar_edge_far_from_a_month_boundary_is_named_and_keeps_the_roadmaps_bars(
    tmp_path: Path, sample: Roadmap
) -> None:
    path = build("shapes_rect", tmp_path / "mid.xlsx", _facts(1))

    # move the first bar's left edge half a month to the right (colOff of half a column)
    def nudge(data: bytes) -> bytes:
        return re.sub(rb"<xdr:colOff>\d+</xdr:colOff>", b"<xdr:colOff>53340</xdr:colOff>", data, count=1)

    parts = _read_parts(path)
    parts["xl/drawings/drawing1.xml"] = nudge(parts["xl/drawings/drawing1.xml"])
    _write_parts(path, parts)
    result = read_xlsx(path, sample.edition)
    [sheet] = result.sheets
    assert any("月の区切りから離れています" in why and "内容検討" in why for why in sheet.unread.values())
    plan = plan_import(sample, result)
    assert plan[0].kind is ChangeKind.UNCHANGED
    assert "取組「電子入札の拡充に向けた検討」: 読み取れなかったため" in describe_plan(plan, result)
    # into a roadmap that does not have the project there is nothing to keep: it says so and asks to check
    empty = Roadmap(sample.edition, [])
    text = describe_plan(plan_import(empty, result), result)
    assert "取組「電子入札の拡充に向けた検討」: 確実には読み取れませんでした" in text
    assert "ロードマップの内容を維持" not in text


def test_deletions_the_file_shows_are_proposed(tmp_path: Path, sample: Roadmap) -> None:
    facts = copy.deepcopy(_facts(3))
    gone_ini = facts["projects"][2]["initiatives"].pop()  # its rows removed from the sheet
    facts["projects"][0]["initiatives"][0]["plan"].pop(0)  # one bar's cells left empty
    path = build("book_merged", tmp_path / "deleted.xlsx", facts)
    result = read_xlsx(path, sample.edition)
    plans = plan_round(sample, [(path.name, result, None)])
    plan = all_changes(plans)
    assert [c.kind for c in plan] == [ChangeKind.CHANGED, ChangeKind.UNCHANGED, ChangeKind.CHANGED]
    assert [[k.destructive for k in c.conflicts] for c in plan] == [[True], [], [True]]  # shown, not taken
    assert dumps(apply_import(sample, plan)) == dumps(sample)  # a file without a base deletes nothing by default
    allow_deletions(plans)  # roadmap import --allow-deletions
    after = apply_import(sample, plan)
    assert gone_ini["name"] not in [i.name for i in after.projects[2].initiatives]
    assert [b.label for b in after.projects[0].initiatives[0].plan] == ["試験導入・内容検討", "新技術の運用"]
    assert all(c.kept == [] for c in plan)


def test_a_text_box_with_no_bar_to_label_is_named(tmp_path: Path, sample: Roadmap) -> None:
    path = build("shapes_lines", tmp_path / "box.xlsx", _facts(1))
    parts = _read_parts(path)
    xml = parts["xl/drawings/drawing1.xml"].decode()
    xml = xml.replace("<xdr:cxnSp ", "<xdr:cxnSpX ", 1)  # drop the first line: its label has nothing under it
    start = xml.index("<xdr:cxnSpX ")
    anchor_start = xml.rindex("<xdr:twoCellAnchor", 0, start)
    anchor_end = xml.index("</xdr:twoCellAnchor>", start) + len("</xdr:twoCellAnchor>")
    parts["xl/drawings/drawing1.xml"] = (xml[:anchor_start] + xml[anchor_end:]).encode()
    _write_parts(path, parts)
    [sheet] = read_xlsx(path, sample.edition).sheets
    assert any("テキストボックス「内容検討」" in w for w in sheet.warnings), sheet.warnings


def test_a_sheet_with_a_margin_column_and_no_name_header(tmp_path: Path, sample: Roadmap) -> None:
    """Column A left empty as a margin, no 取組 header over the names, 目標 rows, years as 令和６年度 over
    24 half-month columns, a bar typed with ⇒ running on, and a note typed under the timeline."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "様式"
    ws["B1"], ws["AZ1"] = "令和６年度　ＤＸ関連事業　工程表", "Ｎｏ．９"
    pairs = [
        ("分　野", "行政経営分野"),
        ("項　目", "住民の利便性の向上"),
        ("担当部局", "総務部"),
        ("担当課等", "行政経営課"),
    ]
    for k, (label, value) in enumerate(pairs):
        ws.cell(2, 2 + 4 * k).value, ws.cell(2, 3 + 4 * k).value = label, value
    row3 = [("事業名", "窓口ＤＸ事業"), ("事業\n始期", "Ｒ６"), ("事業\n終期", None), ("Ｒ６事業費（千円）", 12000)]
    for k, (label, value) in enumerate(row3):
        ws.cell(3, 2 + 4 * k).value, ws.cell(3, 3 + 4 * k).value = label, value
    for r, (label, value) in enumerate(
        [("概要", "窓口を電子化する。"), ("現状・課題", "・紙が多い。"), ("取組", "電子申請を導入する。")], 4
    ):
        ws.cell(r, 2).value, ws.cell(r, 3).value = label, value
    ws["B7"], ws["C7"] = "デジタル活用によってどう変わるか", "来庁が不要になる。"
    for i in range(5):
        ws.cell(9, 4 + 24 * i).value = f"令和{'６７８９'[i] if i < 4 else '１０'}年度"
        ws.merge_cells(start_row=9, start_column=4 + 24 * i, end_row=9, end_column=27 + 24 * i)
    ws["B10"], ws["C10"], ws["C11"] = "電子申請の導入", "目標", "実績"
    fill = openpyxl.styles.PatternFill("solid", fgColor="9BC2E6")
    for c in range(4 + 6, 4 + 12):  # R6 July – September (two columns a month)
        ws.cell(10, c).fill = fill
    ws.cell(10, 10).value = "試行"
    for c in range(4 + 24, 4 + 120):  # R7 April to the end, running on
        ws.cell(10, c).fill = fill
    ws.cell(10, 28).value = "本格運用⇒"
    ws["B13"] = "※ 予算は見込み"
    path = tmp_path / "margin.xlsx"
    wb.save(path)
    [sheet] = read_xlsx(path, sample.edition).sheets
    p = sheet.project
    m = sample.edition.first_month
    assert (p.name, p.field, p.start_year, p.end_year, p.budget, sheet.sheet_no) == (
        "窓口ＤＸ事業",
        "行政経営分野",
        2024,
        None,
        12000,
        9,
    )
    assert [(i.name, i.plan_label) for i in p.initiatives] == [("電子申請の導入", "目標")]
    plan = p.initiatives[0].plan
    assert [(b.start, b.end, b.label, b.continues) for b in plan] == [
        (m.shifted(3), m.shifted(5), "試行", False),
        (m.shifted(12), m.shifted(59), "本格運用", True),
    ]
    assert any("B13「※ 予算は見込み」" in w for w in sheet.warnings) and len(sheet.warnings) == 1, sheet.warnings


def test_a_sheet_with_the_same_number_and_name_continues_the_project(tmp_path: Path, sample: Roadmap) -> None:
    style = dataclasses.replace(STYLES["shapes_rect"], split_after=1)
    path = build("shapes_rect", tmp_path / "split.xlsx", _facts(1), style)
    wb = openpyxl.load_workbook(path)  # (drawings are dropped by openpyxl: rebuild them below)
    titles = wb.sheetnames
    assert titles == ["No.56", "No.56（続き）"]
    parts = _read_parts(path)
    # the continuation sheet renamed and its title without （続き）: only the same No. and 事業名 join it
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace("No.56（続き）".encode(), b"Sheet2")
    for n in list(parts):
        if n.startswith("xl/worksheets/sheet"):
            parts[n] = parts[n].replace("ロードマップ（続き）".encode(), "ロードマップ".encode())
    _write_parts(path, parts)
    result = read_xlsx(path, sample.edition)
    [sheet] = result.sheets
    assert [i.name for i in sheet.project.initiatives] == [i["name"] for i in _facts(1)["projects"][0]["initiatives"]]
    assert all(len(i.plan) > 0 for i in sheet.project.initiatives)


def test_words_in_a_shape_outside_the_timeline_are_named(tmp_path: Path, sample: Roadmap) -> None:
    path = build("shapes_rect", tmp_path / "memo.xlsx", _facts(1))
    parts = _read_parts(path)
    memo = (
        "<xdr:twoCellAnchor><xdr:from><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
        "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>40</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>"
        '<xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="99" name="吹き出し 99"/><xdr:cNvSpPr/></xdr:nvSpPr>'
        '<xdr:spPr><a:prstGeom prst="wedgeRectCallout"><a:avLst/></a:prstGeom></xdr:spPr>'
        "<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>要確認</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
    )
    parts["xl/drawings/drawing1.xml"] = parts["xl/drawings/drawing1.xml"].replace(
        b"</xdr:wsDr>", memo.encode() + b"</xdr:wsDr>"
    )
    _write_parts(path, parts)
    [sheet] = read_xlsx(path, sample.edition).sheets
    assert any("吹き出し 99" in w and "要確認" in w for w in sheet.warnings), sheet.warnings
    assert sheet.unread == {}


def test_spacer_rows_arrow_heads_typed_in_cells_and_years_typed_as_numbers(tmp_path: Path, sample: Roadmap) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for k, (label, value) in enumerate(
        [("事業名", "台帳電子化事業"), ("分野", "行政経営分野"), ("概要", "台帳を電子化する。")]
    ):
        ws.cell(1 + k, 1).value, ws.cell(1 + k, 2).value = label, value
    ws["A5"], ws["B5"] = "取組", "区分"
    for i in range(5):
        ws.cell(5, 3 + 12 * i).value = 2024 + i  # numbers, shown as 2024年度 by a number format
        ws.cell(5, 3 + 12 * i).number_format = '0"年度"'
    ws.cell(5, 63).value = "▶"
    fill = openpyxl.styles.PatternFill("solid", fgColor="C6E0B4")
    rows = {6: ("調査", "計画"), 7: (None, "実績"), 9: ("移行", "計画"), 10: (None, "実績")}  # row 8 left blank
    for r, (name, kind) in rows.items():
        ws.cell(r, 1).value, ws.cell(r, 2).value = name, kind
    for c in range(3, 9):
        ws.cell(6, c).fill = fill
    ws.cell(6, 3).value = "現況調査"
    ws.cell(6, 9).value = "▶"  # the arrow head typed after the bar, mid-window: not a month of the bar
    for c in range(3 + 48, 3 + 60):
        ws.cell(9, c).fill = fill
    ws.cell(9, 51).value = "データ移行"
    ws.cell(9, 63).value = "→"  # typed in the column past the last year: it runs on
    path = tmp_path / "spacer.xlsx"
    wb.save(path)
    [sheet] = read_xlsx(path, sample.edition).sheets
    m = sample.edition.first_month
    inis = sheet.project.initiatives
    assert [i.name for i in inis] == ["調査", "移行"]
    assert [(b.start, b.end, b.label, b.continues) for b in inis[0].plan] == [(m, m.shifted(5), "現況調査", False)]
    assert [(b.start, b.end, b.label, b.continues) for b in inis[1].plan] == [
        (m.shifted(48), m.shifted(59), "データ移行", True)
    ]
    assert sheet.warnings == [] and set(sheet.unread) == {
        "items",
        "departments",
        "sections",
        "start_year",
        "end_year",
        "budget",
        "issues",
        "approach",
        "change",
    }


def test_a_vertical_line_in_an_initiatives_row_is_not_a_bar(tmp_path: Path, sample: Roadmap) -> None:
    path = build("shapes_lines", tmp_path / "vline.xlsx", _facts(1))
    parts = _read_parts(path)
    # a milestone line drawn straight down across the first initiative's 計画 row (row 10, column 20)
    vline = (
        "<xdr:twoCellAnchor><xdr:from><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row>"
        "<xdr:rowOff>10000</xdr:rowOff></xdr:from><xdr:to><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row>"
        '<xdr:rowOff>300000</xdr:rowOff></xdr:to><xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="98" name="直線 98"/>'
        '<xdr:cNvCxnSpPr/></xdr:nvCxnSpPr><xdr:spPr><a:prstGeom prst="line"><a:avLst/></a:prstGeom></xdr:spPr></xdr:cxnSp>'
        "<xdr:clientData/></xdr:twoCellAnchor>"
    )
    parts["xl/drawings/drawing1.xml"] = parts["xl/drawings/drawing1.xml"].replace(
        b"</xdr:wsDr>", vline.encode() + b"</xdr:wsDr>"
    )
    _write_parts(path, parts)
    result = read_xlsx(path, sample.edition)
    [sheet] = result.sheets
    assert any("直線 98" in why for why in sheet.unread.values()), sheet.unread
    plan = plan_import(sample, result)
    assert plan[0].kind is ChangeKind.UNCHANGED and "直線 98" in describe_plan(plan, result)


def test_labels_in_text_boxes_over_filled_cells(tmp_path: Path, sample: Roadmap) -> None:
    style = dataclasses.replace(STYLES["dept_stacked"], labels_in_boxes=True)
    path = build("dept_stacked", tmp_path / "boxes.xlsx", _facts(3), style)
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("xl/drawings/") for n in z.namelist())
    result = read_xlsx(path, sample.edition)
    assert all(s.warnings == [] for s in result.sheets)
    got = all_facts([project_to_dict(s.project, with_id=False) for s in result.sheets])
    assert got == all_facts(_facts(3)["projects"])


@pytest.mark.parametrize("bars", ["runs", "merged"])
def test_a_bar_drawn_as_a_shape_over_its_own_filled_cells_is_one_bar(
    bars: str, tmp_path: Path, sample: Roadmap
) -> None:
    style = dataclasses.replace(STYLES["dept_stacked"], shapes_over_fills=True, bars=bars)
    path = build("dept_stacked", tmp_path / "both.xlsx", _facts(3), style)
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("xl/drawings/") for n in z.namelist())
    result = read_xlsx(path, sample.edition)
    got = all_facts([project_to_dict(s.project, with_id=False) for s in result.sheets])
    assert got == all_facts(_facts(3)["projects"])
    bars_read = sum(len(i.plan) + len(i.actual) for s in result.sheets for i in s.project.initiatives)
    bars_drawn = sum(len(i["plan"]) + len(i["actual"]) for p in _facts(3)["projects"] for i in p["initiatives"])
    assert bars_read == bars_drawn  # not twice as many
    plan = plan_import(sample, result)
    assert len(plan) == 3 and {c.kind for c in plan} == {ChangeKind.UNCHANGED}, describe_plan(plan, result)


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_A14 = "http://schemas.microsoft.com/office/drawing/2010/main"


def _alternate(inner: str) -> str:
    """*inner* as Excel writes a part that uses newer features: a Choice and a Fallback holding it."""
    return (
        f'<mc:AlternateContent xmlns:mc="{_MC}"><mc:Choice xmlns:a14="{_A14}" Requires="a14">{inner}</mc:Choice>'
        f"<mc:Fallback>{inner}</mc:Fallback></mc:AlternateContent>"
    )


def test_shapes_inside_markup_compatibility_blocks_are_read_once(tmp_path: Path, sample: Roadmap) -> None:
    path = build("shapes_rect", tmp_path / "mc.xlsx", _facts(3))
    parts = _read_parts(path)
    wrapped = 0
    for name in [n for n in parts if re.fullmatch(r"xl/drawings/drawing\d+\.xml", n)]:
        xml = parts[name].decode()
        anchors = re.findall(r"<xdr:twoCellAnchor.*?</xdr:twoCellAnchor>", xml, flags=re.S)
        for k, anchor in enumerate(anchors):
            if k % 2:  # the whole anchor in the block, as Excel writes form controls
                new = _alternate(anchor)
            else:  # the shape in the block, inside its anchor
                new = re.sub(r"<xdr:sp .*?</xdr:sp>", lambda m: _alternate(m.group(0)), anchor, flags=re.S)
            xml = xml.replace(anchor, new, 1)
            wrapped += 1
        parts[name] = xml.encode()
    assert wrapped > 20
    _write_parts(path, parts)
    result = read_xlsx(path, sample.edition)
    got = all_facts([project_to_dict(s.project, with_id=False) for s in result.sheets])
    assert got == all_facts(_facts(3)["projects"])
    assert all(s.unread == {} for s in result.sheets)


def test_a_template_with_its_own_words_for_the_fields(tmp_path: Path, sample: Roadmap) -> None:
    """事業名称, 開始年度 R6 and 終了年度 R7 side by side: fields, not a two-year timeline header."""
    wb = openpyxl.Workbook()
    ws = wb.active
    row = ["事業名称", "受付ＤＸ事業", "開始年度", "R6", "終了年度", "R7", "所管部局", "総務部"]
    for c, v in enumerate(row, 1):
        ws.cell(2, c).value = v
    ws["A3"], ws["B3"] = "現状と課題", "・待ち時間が長い。"
    ws["A5"], ws["B5"] = "取組", "区分"
    for i in range(5):
        ws.cell(5, 3 + 12 * i).value = f"R{6 + i}"
    ws["A6"], ws["B6"], ws["B7"] = "受付の電子化", "計画", "実績"
    fill = openpyxl.styles.PatternFill("solid", fgColor="FFE699")
    for c in range(3, 15):
        ws.cell(6, c).fill = fill
    ws["C6"] = "導入"
    path = tmp_path / "own-words.xlsx"
    wb.save(path)
    [sheet] = read_xlsx(path, sample.edition).sheets
    p = sheet.project
    m = sample.edition.first_month
    assert (p.name, p.start_year, p.end_year, p.departments, p.issues) == (
        "受付ＤＸ事業",
        2024,
        2025,
        ["総務部"],
        "・待ち時間が長い。",
    )
    assert [(b.start, b.end, b.label) for b in p.initiatives[0].plan] == [(m, m.shifted(11), "導入")]


@pytest.mark.parametrize(
    ("kind", "changes"),
    [
        ("book_merged", {"cols_per_year": 24, "sub_header": "halves"}),  # merged fills on half-month columns
        ("dept_stacked", {"cols_per_year": 24, "year_word": "long", "kind_header": False}),
        ("shapes_rect", {"cols_per_year": 24, "sub_header": "halves", "year_word": "western"}),
        ("shapes_lines", {"cols_per_year": 4, "sub_header": "quarters", "trailing": "⇒"}),
        ("shapes_rect", {"bars": "chevron", "year_word": "full"}),
        ("shapes_homeplate", {"bars": "snip2SameRect", "trailing": "▶"}),
    ],
)
def test_grid_variants_read_every_fact(kind: str, changes: dict[str, Any], tmp_path: Path, sample: Roadmap) -> None:
    style = dataclasses.replace(STYLES[kind], **changes)
    path = build(kind, tmp_path / f"{kind}.xlsx", _facts(5), style)
    result = read_xlsx(path, sample.edition)
    assert result.problems == [] and all(s.warnings == [] and s.unread == {} for s in result.sheets)
    got = all_facts([project_to_dict(s.project, with_id=False) for s in result.sheets])
    assert got == all_facts(_facts(5)["projects"])


def test_rows_that_cannot_be_read_keep_the_timeline_and_extra_bar_rows_are_lanes(
    tmp_path: Path, sample: Roadmap
) -> None:
    facts = _facts(1)
    path = build("dept_stacked", tmp_path / "rows.xlsx", facts)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[1]
    kinds = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value in ("計画", "実績")]
    # the second plan row of 電子収納 (a lane of overlapping bars) loses its 区分: still a row of bars
    lane_row = [r for r in kinds if ws.cell(r, 2).value == "計画"][2]
    ws.cell(lane_row, 2).value = None
    wb.save(path)
    [sheet] = read_xlsx(path, sample.edition).sheets
    got = all_facts([project_to_dict(sheet.project, with_id=False)])
    assert got == all_facts(facts["projects"]) and sheet.unread == {}
    # a 区分 the reader does not know, above the last 取組: nothing below it is read, so the timeline is kept
    ws.cell(kinds[2], 2).value = "予定"
    ws.cell(kinds[2], 1).value = None
    wb.save(path)
    result = read_xlsx(path, sample.edition)
    assert "initiatives" in result.sheets[0].unread
    plan = plan_import(sample, result)
    assert plan[0].kind is ChangeKind.UNCHANGED and "工程表: 読み取れなかったため" in describe_plan(plan, result)
