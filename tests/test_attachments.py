"""Mailed attachments: workbooks locked with Excel's password, password zips (ZipCrypto and AES), zips in
zips, .xlsm, and what is not a roadmap sheet. The workbooks are built by hand (tests/corpus_xlsx, openpyxl),
locked by msoffcrypto-tool and zipped by Info-ZIP's zip and pyzipper, as other programs make them;
where data is applied, the whole dump is compared with the sample changed by hand."""

from __future__ import annotations

import copy
import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import msoffcrypto
import pytest
import pyzipper
from corpus_xlsx.build import build, load_facts
from msoffcrypto.format.ooxml import OOXMLFile

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.importing import attachments
from roadmap_desktop.importing.attachments import open_attachment, read_attachment
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.rounds import list_exports

PASSWORD = "回答2024pass"
KIND = "dept_stacked"  # a department's workbook: several projects stacked on each worksheet


def _changed_facts() -> dict[str, Any]:
    """The sample's facts as a clerk returns them: one budget and one 概要 changed."""
    facts = load_facts()
    facts["projects"][0]["budget"] = 12345
    facts["projects"][3]["overview"] += "（令和６年度に追記）"
    return facts


def _expected(sample: Roadmap) -> str:
    """The sample with the clerk's two changes made here by hand: the whole dump an import must give."""
    want = copy.deepcopy(sample)
    want.projects[0].budget = 12345
    want.projects[3].overview += "（令和６年度に追記）"
    return dumps(want)


def _encrypt(plain: Path, out: Path, password: str = PASSWORD) -> Path:
    with plain.open("rb") as f:
        buf = io.BytesIO()
        OOXMLFile(f).encrypt(password, buf)
    out.write_bytes(buf.getvalue())
    return out


@pytest.fixture
def reply(tmp_path: Path) -> Path:
    """A reply workbook built by hand with openpyxl (not our export), the clerk's changes in it."""
    return build(KIND, tmp_path / "src" / "回答.xlsx", _changed_facts())


@pytest.fixture
def roadmap_path(tmp_path: Path, sample: Roadmap) -> Path:
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    return path


def _state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _dump(path: Path) -> str:
    with RoadmapFile.open(path, readonly=True) as f:
        return dumps(f.load())


# --- Excel's 「パスワードを付けて保存」 ---------------------------------------------------------------


def test_an_encrypted_workbook_is_named_as_such_not_as_an_old_xls(reply: Path, tmp_path: Path, sample: Roadmap) -> None:
    locked = _encrypt(reply, tmp_path / "回答.xlsx")
    assert locked.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # an OLE compound file, as Excel writes it
    with pytest.raises(RoadmapError) as info:
        read_xlsx(locked, sample.edition)
    assert "パスワードで保護されています" in str(info.value) and "古い形式" not in str(info.value)
    with pytest.raises(attachments.PasswordNeeded) as needed:
        open_attachment(locked)  # no one to ask
    assert "パスワードで保護されています" in str(needed.value)


def test_encrypted_workbook_applied_from_the_command_line(
    reply: Path, tmp_path: Path, roadmap_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    locked = _encrypt(reply, tmp_path / "回答.xlsx")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # any temporary file would land here
    before = _state(tmp_path)

    # stdin is no terminal under pytest: without --password the message says how to give it
    assert main(["import", str(roadmap_path), str(locked), "--apply"]) == 1
    err = capsys.readouterr().err
    assert "パスワードで保護されています" in err and "--password" in err
    assert main(["import", str(roadmap_path), str(locked), "--apply", "--password", "まちがい"]) == 1
    assert "パスワードが違います" in capsys.readouterr().err
    assert _state(tmp_path) == before  # nothing changed, no backup, nothing decrypted left anywhere

    assert main(["import", str(roadmap_path), str(locked), "--apply", "--password", PASSWORD]) == 0
    out = capsys.readouterr().out
    assert "パスワードで保護されています。メモリー上で開いて読みました" in out and "変更2件" in out
    assert _dump(roadmap_path) == _expected(sample)
    assert list(scratch.iterdir()) == []  # the workbook in the clear never touched the disk
    written = set(_state(tmp_path)) - set(before)
    assert all(name.startswith("roadmap-backups/") for name in written), written


def test_a_workbook_whose_parts_are_zipped_with_a_password(
    reply: Path, tmp_path: Path, roadmap_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's traceback: a workbook whose zip entries are encrypted (Info-ZIP's zip -P over its parts)."""
    zip_tool = shutil.which("zip")
    assert zip_tool, "Info-ZIP's zip is part of the test setup (dev.py installs it)"
    parts = tmp_path / "parts"
    with zipfile.ZipFile(reply) as z:
        z.extractall(parts)
    for i in range(attachments.MAX_MEMBERS + 50):  # a big workbook has hundreds of parts: not a zip of files
        (parts / "customXml").mkdir(exist_ok=True)
        (parts / "customXml" / f"item{i}.xml").write_text("<a/>")
    locked = tmp_path / "回答.xlsx"
    subprocess.run([zip_tool, "-q", "-r", "-P", PASSWORD, str(locked), "."], cwd=parts, check=True)
    with pytest.raises(RoadmapError) as info:  # the reader alone: a message, no traceback
        read_xlsx(locked, sample.edition)
    assert "パスワードで保護されています" in str(info.value)
    assert main(["import", str(roadmap_path), str(locked), "--apply", "--password", PASSWORD]) == 0
    assert _dump(roadmap_path) == _expected(sample)


def test_a_wrong_password_is_asked_again_then_refused(reply: Path, tmp_path: Path, sample: Roadmap) -> None:
    locked = _encrypt(reply, tmp_path / "回答.xlsx")
    asked: list[tuple[str, bool]] = []
    answers = iter(["ちがう", "これも", PASSWORD])

    def prompt(name: str, wrong: bool) -> str | None:
        asked.append((name, wrong))
        return next(answers)

    [(name, result)] = read_attachment(locked, sample.edition, prompt)
    assert asked == [("回答.xlsx", False), ("回答.xlsx", True), ("回答.xlsx", True)]
    assert name == "回答.xlsx" and len(result.sheets) == 20
    with pytest.raises(attachments.WrongPassword):
        read_attachment(locked, sample.edition, lambda n, wrong: None if wrong else "ちがう")


# --- zips ------------------------------------------------------------------------------------------


def _zipcrypto(files: dict[str, Path], out: Path, password: str) -> Path:
    """A ZipCrypto zip as Info-ZIP (and Windows' own tools) write it."""
    zip_tool = shutil.which("zip")
    assert zip_tool, "Info-ZIP's zip is part of the test setup (dev.py installs it)"
    staging = out.parent / (out.stem + "-staging")
    staging.mkdir()
    for name, src in files.items():
        shutil.copy(src, staging / name)
    subprocess.run([zip_tool, "-q", "-P", password, str(out), *files], cwd=staging, check=True)
    return out


def _aes(files: dict[str, bytes], out: Path, password: str) -> Path:
    with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as z:
        z.setpassword(password.encode())
        for name, data in files.items():
            z.writestr(name, data)
    return out


def test_zipcrypto_zip_applied(
    reply: Path, tmp_path: Path, roadmap_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = _zipcrypto({"kaito.xlsx": reply}, tmp_path / "添付.zip", PASSWORD)
    assert zipfile.ZipFile(archive).infolist()[0].flag_bits & 0x1  # really encrypted
    before = _state(tmp_path)
    assert main(["import", str(roadmap_path), str(archive), "--apply", "--password", "ちがう"]) == 1
    assert "「添付.zip」のパスワードが違います" in capsys.readouterr().err
    assert _state(tmp_path) == before
    assert main(["import", str(roadmap_path), str(archive), "--apply", "--password", PASSWORD]) == 0
    assert "== 添付.zip 内の kaito.xlsx ==" in capsys.readouterr().out
    assert _dump(roadmap_path) == _expected(sample)


def test_aes_zip_holding_an_encrypted_workbook_with_the_same_password(
    reply: Path, tmp_path: Path, roadmap_path: Path, sample: Roadmap
) -> None:
    """Offices lock the workbook and the zip with one password: it is asked once."""
    locked = _encrypt(reply, tmp_path / "locked.xlsx")
    archive = _aes({"回答.xlsx": locked.read_bytes()}, tmp_path / "添付.zip", PASSWORD)
    asked: list[str] = []

    def prompt(name: str, wrong: bool) -> str | None:
        asked.append(name)
        return None if wrong else PASSWORD

    [(name, result)] = read_attachment(archive, sample.edition, prompt)
    assert asked == ["添付.zip"] and name == "添付.zip 内の 回答.xlsx"
    assert any("パスワードで保護されています" in n for n in result.notes)
    assert main(["import", str(roadmap_path), str(archive), "--apply", "--password", PASSWORD]) == 0
    assert _dump(roadmap_path) == _expected(sample)


def test_nested_zip_with_a_workbook_and_a_pdf(tmp_path: Path, roadmap_path: Path, sample: Roadmap) -> None:
    """A zip in a zip, holding a hand-built workbook, our own PDF (read in memory, several pages) and a note."""
    pdf = tmp_path / "book.pdf"
    export_pdf(sample, sample.projects[:4], pdf)
    unchanged = build("book_merged", tmp_path / "b.xlsx")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(unchanged, "部局B.xlsx")
        z.write(pdf, "冊子.pdf")
    outer = tmp_path / "添付.zip"
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("中身.zip", inner.getvalue())
        z.writestr("説明.txt", "よろしくお願いします")
        z.writestr("__MACOSX/._中身.zip", b"\0")
    replies = read_attachment(outer, sample.edition)
    assert [name for name, _ in replies] == [
        "添付.zip 内の 中身.zip 内の 部局B.xlsx",
        "添付.zip 内の 中身.zip 内の 冊子.pdf",
    ]
    assert len(replies[0][1].sheets) == 20 and len(replies[1][1].sheets) == 4
    assert any("説明.txt" in p and "読みませんでした" in p for p in replies[0][1].problems)
    before = _dump(roadmap_path)
    assert main(["import", str(roadmap_path), str(outer), "--apply"]) == 0
    assert _dump(roadmap_path) == before  # both show the sample as it is: nothing to change


def test_zip_guards(tmp_path: Path, sample: Roadmap) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("大きい.xlsx", b"\0" * (24 * 1024 * 1024))
    with pytest.raises(RoadmapError, match="異常に大きく"):
        open_attachment(bomb)
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as z:
        for i in range(attachments.MAX_MEMBERS + 1):
            z.writestr(f"{i}.pdf", b"%PDF-1.4\n")
    with pytest.raises(RoadmapError, match="多すぎる"):
        open_attachment(many)
    deep = b"%PDF-1.4\n"
    for level in range(attachments.MAX_NESTING + 1):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr(f"{level}.zip" if level else "a.pdf", deep)
        deep = buf.getvalue()
    (tmp_path / "deep.zip").write_bytes(deep)
    with pytest.raises(RoadmapError, match="ZIP の中の ZIP"):
        open_attachment(tmp_path / "deep.zip")
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("メモ.txt", "なし")
    with pytest.raises(RoadmapError, match=r"メモ\.txt"):
        read_attachment(empty, sample.edition)


# --- .xlsm ---------------------------------------------------------------------------------------------

_VBA_MARK = b"MACRO-PROJECT-MARK-\x00\x01"


def _as_xlsm(src: Path, out: Path) -> Path:
    """The workbook as Excel saves a macro book: a vbaProject.bin part, related from the workbook."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                ).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
                    b' Target="vbaProject.bin"/></Relationships>',
                )
            zout.writestr(info, data)
        zout.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + _VBA_MARK * 64)
    return out


def test_xlsm_is_read_and_its_macros_are_never_kept(
    reply: Path, tmp_path: Path, roadmap_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsm = _as_xlsm(reply, tmp_path / "回答.xlsm")
    assert main(["import", str(roadmap_path), str(xlsm), "--apply"]) == 0
    assert "マクロは実行せず" in capsys.readouterr().out
    assert _dump(roadmap_path) == _expected(sample)
    assert _VBA_MARK not in roadmap_path.read_bytes()  # the roadmap file holds no macro
    out = tmp_path / "out.xlsx"
    assert main(["export", str(roadmap_path), "--xlsx", str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        assert not any("vba" in n.lower() for n in z.namelist())
        assert b"macroEnabled" not in z.read("[Content_Types].xml")


# --- what is a roadmap sheet -------------------------------------------------------------------------


def _years_only(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "集計"
    ws.append(["年", 2005, 2006, 2007, 2008, 2009, 2010])
    ws.append(["人口", 100, 101, 102, 103, 104, 105])
    other = wb.create_sheet("別表")
    other.append([None, 2005, 2006, 2007])
    other.append(["件数", 1, 2, 3])
    wb.save(path)
    return path


def test_a_row_of_years_is_no_roadmap_sheet_and_nothing_is_written(
    tmp_path: Path, roadmap_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str]
) -> None:
    years = _years_only(tmp_path / "統計.xlsx")
    with pytest.raises(RoadmapError) as info:
        read_xlsx(years, sample.edition)
    assert "事業シートが見つかりませんでした" in str(info.value) and "H17" not in str(info.value)
    before = _state(tmp_path)
    assert main(["import", str(roadmap_path), str(years), "--apply"]) == 1
    assert "事業シートが見つかりませんでした" in capsys.readouterr().err
    assert _state(tmp_path) == before  # no backup file, no change
    with RoadmapFile.open(roadmap_path, readonly=True) as f:
        assert list_exports(f) == []


def test_apply_with_nothing_to_apply_writes_nothing(
    tmp_path: Path, roadmap_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str]
) -> None:
    same = build(KIND, tmp_path / "同じ.xlsx")
    before = _state(tmp_path)
    assert main(["import", str(roadmap_path), str(same), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "変更0件" in out and "何も書き込みませんでした" in out and "取り込みました" not in out
    assert _state(tmp_path) == before


def test_decrypting_uses_msoffcrypto_on_the_bytes_only(reply: Path, tmp_path: Path) -> None:
    """The decrypted package equals the workbook that was locked, byte for byte (nothing re-saved)."""
    locked = _encrypt(reply, tmp_path / "x.xlsx")
    [source] = open_attachment(locked, lambda n, w: None if w else PASSWORD).sources
    assert source.data == reply.read_bytes() and source.kind == "xlsx"
    office = msoffcrypto.OfficeFile(io.BytesIO(locked.read_bytes()))
    assert office.is_encrypted()


# --- .ods and .xls through LibreOffice ----------------------------------------------------------------


@pytest.fixture(scope="session")
def office_replies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Replies saved by LibreOffice as .ods and .xls (the clerk's changes in them), as an office using
    LibreOffice sends them: built by hand with openpyxl, converted by soffice with a private profile,
    one run per format for all the files of that format."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is part of the test setup (dev.py installs it)"
    folder = tmp_path_factory.mktemp("office")
    sources = {"ods": build(KIND, folder / "回答_部局.xlsx", _changed_facts()),
               "xls": build("book_merged", folder / "回答_冊子.xlsx", _changed_facts())}  # fmt: skip
    profile = (folder / "profile").as_uri()
    for fmt, src in sources.items():
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation={profile}", "--convert-to", fmt, "--outdir",
             str(folder / fmt), str(src)],
            check=True, capture_output=True, timeout=600,
        )  # fmt: skip
    return {fmt: folder / fmt / f"{src.stem}.{fmt}" for fmt, src in sources.items()}


@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_ods_and_xls_replies_are_converted_and_applied(
    fmt: str, office_replies: dict[str, Path], tmp_path: Path, roadmap_path: Path, sample: Roadmap,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where LibreOffice's private folder goes
    reply = shutil.copy(office_replies[fmt], tmp_path / office_replies[fmt].name)
    before = Path(reply).read_bytes()
    assert main(["import", str(roadmap_path), str(reply), "--apply"]) == 0
    out = capsys.readouterr().out
    assert f"（.{fmt} 形式）は LibreOffice で .xlsx に変換してから読みました" in out
    assert _dump(roadmap_path) == _expected(sample)
    assert Path(reply).read_bytes() == before  # the reply itself is never changed
    assert list(scratch.iterdir()) == []  # the profile and the converted copy are gone


def test_without_libreoffice_an_ods_gets_a_message(
    office_replies: dict[str, Path], tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on PATH
    monkeypatch.setattr(attachments.sys, "platform", "linux")
    with pytest.raises(RoadmapError) as info:
        read_attachment(office_replies["ods"], sample.edition)
    assert "LibreOffice" in str(info.value) and "「.xlsx」形式で保存し直して" in str(info.value)


def test_a_hanging_conversion_is_ended(
    office_replies: dict[str, Path], tmp_path: Path, sample: Roadmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A LibreOffice that never finishes (a dialog no one sees, a stuck profile) is killed after the limit."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pid_file = tmp_path / "pid"
    fake = bin_dir / "soffice"
    fake.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec sleep 60\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    monkeypatch.setattr(attachments, "CONVERT_TIMEOUT", 1.0)
    with pytest.raises(RoadmapError, match="秒で終わらなかった"):
        read_attachment(office_replies["ods"], sample.edition)
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):  # killed with its process group, not left running
        os.kill(pid, 0)


def test_an_ods_in_a_password_zip_is_not_written_out_to_convert(
    office_replies: dict[str, Path], tmp_path: Path, sample: Roadmap
) -> None:
    archive = _aes({"回答.ods": office_replies["ods"].read_bytes()}, tmp_path / "添付.zip", PASSWORD)
    with pytest.raises(RoadmapError, match="ディスクへ書き出すことになるため"):
        read_attachment(archive, sample.edition, lambda n, w: None if w else PASSWORD)


# --- exports with a password ----------------------------------------------------------------------------


def test_export_with_a_password_never_writes_the_workbook_in_the_clear(
    tmp_path: Path, roadmap_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from roadmap_desktop.export import xlsx as export_xlsx_module

    targets: list[object] = []
    real_save = export_xlsx_module._save

    def spy(wb: Any, sheet_data: Any, target: Any) -> None:
        targets.append(target)
        real_save(wb, sheet_data, target)

    monkeypatch.setattr(export_xlsx_module, "_save", spy)
    out = tmp_path / "送付用.xlsx"
    assert main(["export", str(roadmap_path), "--xlsx", str(out), "--password", PASSWORD]) == 0
    assert targets and all(isinstance(t, io.BytesIO) for t in targets)  # the package is made in memory only
    assert out.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []  # no temporary file left
    # the reply comes back locked with the same password: three-way against what was sent, as unlocked
    assert main(["import", str(roadmap_path), str(out), "--password", PASSWORD]) == 0
    text = capsys.readouterr().out
    assert "書き出した時" in text and "変更0件" in text
    assert main(["export", str(roadmap_path), "--pdf", str(tmp_path / "a.pdf"), "--password", "x"]) == 1
    assert "--password は Excel の書き出し" in capsys.readouterr().err
    assert main(["export", str(roadmap_path), "--xlsx", str(tmp_path / "b.xlsx"), "--password", ""]) == 1
    assert "パスワードが空です" in capsys.readouterr().err and not (tmp_path / "b.xlsx").exists()


def test_per_department_workbooks_locked(tmp_path: Path, roadmap_path: Path, sample: Roadmap) -> None:
    folder = tmp_path / "部局別"
    assert main(["export", str(roadmap_path), "--per-department", str(folder), "--password", PASSWORD]) == 0
    books = sorted(folder.iterdir())
    assert books and all(b.read_bytes()[:4] == b"\xd0\xcf\x11\xe0" for b in books)
    replies = read_attachment(books[0], sample.edition, lambda n, w: None if w else PASSWORD)
    assert replies[0][1].export_id  # the hidden sheet survived the lock: the reply merges three-way


def test_the_command_line_asks_on_a_terminal(
    reply: Path, tmp_path: Path, roadmap_path: Path, sample: Roadmap, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import sys

    locked = _encrypt(reply, tmp_path / "回答.xlsx")
    asked: list[str] = []
    answers = iter(["ちがう", PASSWORD])

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(attachments.getpass, "getpass", fake_getpass)
    assert main(["import", str(roadmap_path), str(locked), "--apply"]) == 0
    assert asked == ["「回答.xlsx」のパスワード: "] * 2
    assert "パスワードが違います" in capsys.readouterr().err
    assert _dump(roadmap_path) == _expected(sample)
