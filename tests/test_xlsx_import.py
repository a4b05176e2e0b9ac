"""Excel import: bad files get a clear Japanese message and change nothing; files made elsewhere read right."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from roadmap_desktop.cli import main as cli_main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.core.progress import Cancelled
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.storage import RoadmapFile

EDITION = Edition(title="令和６年度DX関連事業ロードマップ", fiscal_year=2024)


def _roadmap() -> Roadmap:
    m = EDITION.first_month
    return Roadmap(
        EDITION,
        [
            Project(
                name="電子入札・電子収納導入調査事業",
                field="行政経営分野",
                departments=["総務部"],
                start_year=2023,
                end_year=2028,
                budget=5144,
                overview="職員の業務効率化を図る。",
                initiatives=[Initiative("電子入札の拡充", "計画", [Bar(m, m.shifted(5), "内容検討")], [])],
            )
        ],
    )


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    out = tmp_path / "book.xlsx"
    roadmap = _roadmap()
    export_xlsx(roadmap, roadmap.projects, out)
    return out


def _error(path: Path) -> str:
    with pytest.raises(RoadmapError) as info:
        read_xlsx(path, EDITION)
    return str(info.value)


def test_defusedxml_is_what_openpyxl_uses() -> None:
    assert openpyxl.DEFUSEDXML is True


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert "空" in _error(path)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("これは表ではありません", encoding="utf-8")
    assert "壊れて" in _error(path) or "ではない" in _error(path)


def test_pdf_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert "PDF" in _error(path)


def test_truncated_workbook(exported: Path, tmp_path: Path) -> None:
    data = exported.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert "壊れて" in _error(path)


def test_old_xls_and_macro_books(tmp_path: Path, exported: Path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert ".xls" in _error(xls)
    renamed = tmp_path / "old.xlsx"
    renamed.write_bytes(xls.read_bytes())
    assert ".xls" in _error(renamed)
    # A macro book is read like any other (only its cells' XML is parsed; tests/test_attachments.py
    # checks that nothing we write keeps the macros).
    xlsm = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(xlsm, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/vbaProject.bin", b"\0" * 64)
    assert [s.project.name for s in read_xlsx(xlsm, EDITION).sheets] == ["電子入札・電子収納導入調査事業"]


def test_unrelated_spreadsheet_names_the_missing_labels(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "集計"
    ws.append(["部局", "金額"])
    ws.append(["総務部", 1200])
    wb.save(path)
    message = _error(path)
    assert "集計" in message
    for label in ("事業名", "分野", "概要", "区分"):
        assert label in message


# the first project sheet's part in our export: sheet1 is the 一覧, sheet2 the 全体工程表
FIRST_PROJECT_PART = "xl/worksheets/sheet3.xml"


def _rewrite(src: Path, dst: Path, replace: dict[str, bytes]) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, replace.get(item.filename, zin.read(item)))


def test_billion_laughs_is_refused(exported: Path, tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode() for i in range(1, 10)
        )
        + b']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    bomb = tmp_path / "laughs.xlsx"
    _rewrite(exported, bomb, {FIRST_PROJECT_PART: laughs})
    assert "安全でない" in _error(bomb)


def test_whitespace_bomb_is_refused_before_parsing(exported: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(exported) as z:
        sheet = z.read(FIRST_PROJECT_PART)
    # 40 MB of whitespace inside the sheet XML compresses to a few tens of kB.
    padded = sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 * 1024 * 1024), 1)
    bomb = tmp_path / "bomb.xlsx"
    _rewrite(exported, bomb, {FIRST_PROJECT_PART: padded})
    assert bomb.stat().st_size < 1024 * 1024
    assert "異常に大きく" in _error(bomb)


def test_declared_size_cannot_lie(exported: Path, tmp_path: Path) -> None:
    """A directory that under-declares a part's size does not make us unpack more than declared."""
    data = bytearray(exported.read_bytes())
    z = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = z.getinfo(FIRST_PROJECT_PART)
    z.close()
    # Patch the central directory's uncompressed size of that part to 10 bytes.
    name = info.filename.encode()
    pos = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[pos + 24 : pos + 28] = (10).to_bytes(4, "little")
    liar = tmp_path / "liar.xlsx"
    liar.write_bytes(bytes(data))
    assert "壊れて" in _error(liar)


def test_full_width_digits_and_labels_with_spaces(exported: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["No.1"]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == "事業名":
                cell.value = "事　　業　　名"
            elif cell.value == "R5":
                cell.value = "Ｒ５"
            elif cell.value == 5144:
                cell.value = "５,１４４"
            elif cell.value == "R6事業費（千円）":
                cell.value = "Ｒ６事業費（千円）"
    wb.save(exported)
    p = read_xlsx(exported, EDITION).sheets[0].project
    assert (p.name, p.start_year, p.budget) == ("電子入札・電子収納導入調査事業", 2023, 5144)


def test_bad_values_become_warnings_not_guesses(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["No.1"]
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == 5144:
                cell.value = "五千"
            elif str(cell.value).replace("\n", "") == "事業終期":
                label_range = next(
                    r for r in ws.merged_cells.ranges if (r.min_row, r.min_col) == (cell.row, cell.column)
                )
                ws.cell(cell.row, label_range.max_col + 1).value = "来年"
    wb.save(exported)
    sheet = read_xlsx(exported, EDITION).sheets[0]
    assert sheet.project.budget is None and sheet.project.end_year is None
    assert any("事業費" in w for w in sheet.warnings) and any("来年" in w for w in sheet.warnings)


def test_cancel_while_reading(exported: Path) -> None:
    with pytest.raises(Cancelled):
        read_xlsx(exported, EDITION, progress=lambda done, total: False)


def test_cli_preview_changes_nothing_and_apply_applies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roadmap = _roadmap()
    file = tmp_path / "book.roadmap"
    RoadmapFile.create(file, roadmap).close()
    with RoadmapFile.open(file, readonly=True) as f:
        stored = f.load()
    book = tmp_path / "book.xlsx"
    export_xlsx(stored, stored.projects, book)
    wb = openpyxl.load_workbook(book)
    for row in wb["No.1"].iter_rows():
        for cell in row:
            if cell.value == "職員の業務効率化を図る。":
                cell.value = "県民サービスを向上させる。"
    wb.save(book)
    before = dumps(stored)

    assert cli_main(["import", str(file), str(book)]) == 0
    out = capsys.readouterr().out
    assert "[変更] 電子入札・電子収納導入調査事業" in out
    assert "概要: 職員の業務効率化を図る。 → 県民サービスを向上させる。" in out
    with RoadmapFile.open(file, readonly=True) as f:
        assert dumps(f.load()) == before

    assert cli_main(["import", str(file), str(book), "--apply"]) == 0
    assert "取り込みました" in capsys.readouterr().out
    with RoadmapFile.open(file, readonly=True) as f:
        assert f.load().projects[0].overview == "県民サービスを向上させる。"
    assert list((tmp_path / "roadmap-backups").iterdir())


def test_cli_bad_file_is_an_error_in_japanese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "book.roadmap"
    RoadmapFile.create(file, _roadmap()).close()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"")
    assert cli_main(["import", str(file), str(bad), "--apply"]) == 1
    assert "エラー" in capsys.readouterr().err
    assert not (tmp_path / "roadmap-backups").exists()


def test_cli_export_then_import_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "book.roadmap"
    RoadmapFile.create(file, _roadmap()).close()
    book = tmp_path / "out.xlsx"
    assert cli_main(["export", str(file), "--xlsx", str(book)]) == 0
    assert cli_main(["import", str(file), str(book)]) == 0
    assert "変更なし1件" in capsys.readouterr().out


def test_hidden_worksheets_are_named_not_read(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    extra = wb.copy_worksheet(wb["No.1"])
    extra.title = "下書き"
    extra.sheet_state = "hidden"
    wb.save(exported)
    result = read_xlsx(exported, EDITION)
    assert len(result.sheets) == 1
    assert any("下書き" in p for p in result.problems)


def test_a_sheet_made_by_hand_in_the_same_layout(tmp_path: Path) -> None:
    """No merges, no shading, full-width digits, years not merged over their months: read by labels and fills."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ＡＩ議事録"
    ws["A1"], ws["H1"] = "令和６年度DX関連事業ロードマップ", "Ｎｏ．５"
    row2 = [
        "分　　野",
        "行政経営分野",
        "項目",
        "住民の利便性の向上・質の高い自治体運営",
        "担当部局",
        "総務部",
        "担当課等",
        "行政経営課",
    ]
    row3 = [
        "事　業　名",
        "ＡＩ議事録導入事業",
        "事業\n始期",
        "Ｒ５",
        "事業\n終期",
        None,
        "Ｒ６事業費（千円）",
        "１，２００",
    ]
    for col, (a, b) in enumerate(zip(row2, row3, strict=True), 1):
        ws.cell(2, col).value, ws.cell(3, col).value = a, b
    ws["A4"], ws["B4"] = "概　要", "会議録の作成を自動化する。"
    ws["A5"], ws["D5"], ws["G5"] = "現状・課題", "取　組", "デジタル活用によって\nどう変わるか"
    ws["A6"], ws["D6"], ws["G6"] = "・手作業で時間がかかる。", "AIで文字起こしする。", "職員の負担が減る。"
    ws["A7"], ws["B7"] = "取組", "区分"
    for i, year in enumerate(["Ｒ６", "Ｒ７", "Ｒ８", "Ｒ９", "Ｒ１０"]):
        ws.cell(7, 3 + 12 * i).value = year
    ws["A8"], ws["B8"], ws["B9"] = "導入", "計画", "実績"
    fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
    for c in range(3 + 3, 3 + 9):  # R6 July … December
        ws.cell(8, c).fill = fill
    ws.cell(8, 3 + 3).value = "試行"
    for c in range(3 + 9, 3 + 60):  # January R6 to the end, running on
        ws.cell(8, c).fill = fill
    ws.cell(8, 3 + 9).value = "本格運用→"
    ws.cell(9, 3 + 3).fill = fill
    path = tmp_path / "made-by-hand.xlsx"
    wb.save(path)

    result = read_xlsx(path, EDITION)
    sheet = result.sheets[0]
    p = sheet.project
    assert not sheet.identity_known and sheet.sheet_no == 5
    assert (p.name, p.field, p.items) == (
        "ＡＩ議事録導入事業",
        "行政経営分野",
        ["住民の利便性の向上", "質の高い自治体運営"],
    )
    assert (p.start_year, p.end_year, p.budget) == (2023, None, 1200)
    assert (p.overview, p.issues, p.approach, p.change) == (
        "会議録の作成を自動化する。",
        "・手作業で時間がかかる。",
        "AIで文字起こしする。",
        "職員の負担が減る。",
    )
    m = EDITION.first_month
    assert p.initiatives == [
        Initiative(
            "導入",
            "計画",
            [Bar(m.shifted(3), m.shifted(8), "試行"), Bar(m.shifted(9), m.shifted(59), "本格運用", True)],
            [Bar(m.shifted(3), m.shifted(3), "")],
        )
    ]
    assert sheet.warnings == []


def test_size_limits_per_part_and_in_total(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmap_desktop.importing import archive_guard

    monkeypatch.setattr(archive_guard, "MAX_PART_BYTES", 4000)
    assert "異常に大きく" in _error(exported)
    monkeypatch.setattr(archive_guard, "MAX_PART_BYTES", 10**9)
    monkeypatch.setattr(archive_guard, "MAX_TOTAL_BYTES", 20000)
    assert "大きすぎる" in _error(exported)


def test_malformed_parts_are_a_broken_file_not_a_crash(exported: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(exported) as z:
        sheet = z.read(FIRST_PROJECT_PART)
        styles = z.read("xl/styles.xml")
    bad_cell = tmp_path / "bad-cell.xlsx"
    _rewrite(exported, bad_cell, {FIRST_PROJECT_PART: sheet.replace(b' s="', b' s="x', 1)})
    assert "壊れて" in _error(bad_cell) and "No.1" in _error(bad_cell)
    bad_style = tmp_path / "bad-style.xlsx"
    at = styles.index(b"<cellXfs")
    _rewrite(exported, bad_style, {"xl/styles.xml": styles[:at] + styles[at:].replace(b'fillId="', b'fillId="z', 1)})
    assert "壊れて" in _error(bad_style)
    cut_xml = tmp_path / "cut-xml.xlsx"
    _rewrite(exported, cut_xml, {FIRST_PROJECT_PART: sheet[: len(sheet) // 2]})
    assert "壊れて" in _error(cut_xml)
