"""Department → file name: safe on Windows, unique, and a per-department export that is all or nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path, PureWindowsPath

import pytest

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.model import Project, Roadmap
from roadmap_desktop.export import round_export
from roadmap_desktop.export.file_names import MAX_NAME_BYTES, name_key, safe_stem, unique_names
from roadmap_desktop.export.round_export import department_file_names, export_per_department
from roadmap_desktop.fsutil import host_tag
from roadmap_desktop.storage import RoadmapFile
from roadmap_desktop.storage.rounds import list_exports

_WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
_BIDI = {chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F]}
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def assert_windows_safe(name: str) -> None:
    assert not (set(name) & (_WINDOWS_FORBIDDEN | _BIDI)), name
    assert name == name.rstrip(". ") and name.strip()
    assert name.split(".")[0].strip().upper() not in _RESERVED
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert len(name.encode("utf-16-le")) // 2 <= 255  # Windows counts UTF-16 units
    assert PureWindowsPath(name).name == name  # one path component, nothing Windows would split


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("総務部", "総務部"),
        ("総務部/情報課", "総務部_情報課"),
        ('a:b*?"<>|\\', "a_b_______"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Lpt1", "_Lpt1"),
        ("COM9 ", "_COM9"),
        ("CONSOLE", "CONSOLE"),  # only the exact device names are reserved
        ("部局.. ", "部局"),
        ("  ", "_"),
        ("evil\u202egpj.xlsx", "evilgpj.xlsx"),
        ("a\u2066b\u2069c\u200ed\u200f", "abcd"),
        ("tab\there\x1b[31m\x07", "tabhere[31m"),
        ("\x00", "_"),
    ],
)
def test_safe_stem(text: str, expected: str) -> None:
    assert safe_stem(text) == expected
    assert_windows_safe(safe_stem(text) + ".xlsx")


def test_long_names_are_cut_by_bytes_with_a_hash() -> None:
    dept = "情報政策課" * 60  # 300 characters, 900 bytes of UTF-8
    name = safe_stem(dept, ".xlsx") + ".xlsx"
    assert_windows_safe(name)
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert name.startswith("情報政策課情報政策課")
    # Two long names that share their beginning stay apart.
    other = safe_stem(dept + "２", ".xlsx") + ".xlsx"
    assert other != name
    # Astral characters are never split (UTF-16 surrogate pairs stay whole).
    emoji = safe_stem("😀" * 100, ".xlsx")
    assert emoji.encode("utf-8") and "\ufffd" not in emoji
    assert_windows_safe(emoji + ".xlsx")


def test_collisions_are_resolved_before_anything_is_written() -> None:
    texts = ["総務部/情報課", "総務部_情報課", "a:b*?", "a_b__", "Soumu", "SOUMU", "soumu", "ｓｏｕｍｕ"]
    names = unique_names(texts, ".xlsx")
    assert len(names) == len(texts)
    assert len({name_key(n) for n in names.values()}) == len(texts)  # distinct even without case
    for n in names.values():
        assert_windows_safe(n)
    # A name that needed no change keeps it; the changed one that would collide gets a hash.
    assert names["総務部_情報課"] == "総務部_情報課.xlsx"
    assert names["a_b__"] == "a_b__.xlsx"
    assert names["総務部/情報課"].startswith("総務部_情報課_") and names["a:b*?"].startswith("a_b___")
    assert names["Soumu"] == "Soumu.xlsx"
    assert names["SOUMU"] != "SOUMU.xlsx" and names["soumu"] != "soumu.xlsx"
    # The same departments get the same names at every export, whatever their order.
    again = unique_names(list(reversed(texts)), ".xlsx")
    assert again["総務部/情報課"] == names["総務部/情報課"] and again["a:b*?"] == names["a:b*?"]


# --- the per-department export -----------------------------------------------------------------

HOSTILE = ["総務部/情報課", "総務部_情報課", "a:b*?", "a_b__", "企画部", "企画部\u202e", "Kikaku", "KIKAKU", "CON",
           "情報" * 150, "情報" * 150 + "二"]  # fmt: skip


@pytest.fixture
def hostile(tmp_path: Path, sample: Roadmap) -> Path:
    for i, p in enumerate(sample.projects):
        p.departments = [HOSTILE[i % len(HOSTILE)]]
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    return path


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_per_department_export_writes_one_distinct_safe_file_per_department(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "部局別"
    with RoadmapFile.open(hostile) as f:
        roadmap = f.load()
        written = export_per_department(f, roadmap, out)
        records = list_exports(f)
    assert len(written) == len(HOSTILE)  # 企画部 and 企画部+U+202E too: the second gets a hash
    assert len({name_key(p.name) for p in written}) == len(written)
    for p in written:
        assert_windows_safe(p.name)
    assert _files(out) == sorted(p.name for p in written)  # no temporary file beside them
    assert sorted(r.file_name for r in records) == sorted(p.name for p in written)
    assert not any(n.startswith(".~") for n in os.listdir(tmp_path))
    # Each workbook holds its own department's projects (none overwritten by another's).
    from roadmap_desktop.importing.xlsx import read_xlsx

    for r in records:
        result = read_xlsx(out / r.file_name, roadmap.edition)
        expected = sorted(p.id for p in roadmap.projects if r.label in p.departments)
        assert sorted(result.exported.values()) == expected, r.label


def test_failure_midway_records_nothing_and_leaves_no_file(
    hostile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "部局別"
    calls = {"n": 0}
    real = round_export.export_xlsx

    def full_at_third(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RoadmapError("ディスクの空きが足りないため書き出せませんでした。")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(round_export, "export_xlsx", full_at_third)
    with RoadmapFile.open(hostile) as f:
        before = dumps(f.load())
        with pytest.raises(RoadmapError, match="ディスクの空き"):
            export_per_department(f, f.load(), out)
        assert list_exports(f) == []
        assert dumps(f.load()) == before
    assert _files(out) == []
    assert sorted(os.listdir(tmp_path)) == sorted(["r.roadmap", "部局別"])


def test_a_300_character_department_works(tmp_path: Path, sample: Roadmap) -> None:
    sample.projects[0].departments = ["情報政策課デジタル推進室" * 25]  # 300 characters
    path = tmp_path / "r.roadmap"
    RoadmapFile.create(path, sample).close()
    with RoadmapFile.open(path) as f:
        written = export_per_department(f, f.load(), tmp_path / "out", departments=sample.projects[0].departments)
        assert [r.label for r in list_exports(f)] == sample.projects[0].departments
    assert len(written) == 1 and written[0].exists()
    assert_windows_safe(written[0].name)


def test_leftovers_of_a_killed_export_are_removed_by_the_next(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "部局別"
    out.mkdir()
    dead_pid = 2**22 + 4321
    # the names a killed process of ours would have left
    dead = out / f".~令和６年度_総務部.{host_tag()}-{dead_pid}-0123abcd.xlsx"
    dead.write_bytes(b"half")
    staging = tmp_path / f".~roadmap-export.{host_tag()}-{dead_pid}-0123abcd"
    staging.mkdir()
    (staging / "0.xlsx").write_bytes(b"half")
    foreign = out / ".~lock.memo.xlsx#"  # LibreOffice's, not ours
    foreign.write_bytes(b"x")
    with RoadmapFile.open(hostile) as f:
        written = export_per_department(f, f.load(), out)
    assert not dead.exists() and not staging.exists() and foreign.exists()
    assert _files(out) == sorted([foreign.name, *(p.name for p in written)])


def test_department_names_differing_only_in_case_get_two_files(tmp_path: Path, sample: Roadmap) -> None:
    roadmap = Roadmap(
        sample.edition, [Project(name="a", departments=["Soumu"]), Project(name="b", departments=["SOUMU"])]
    )
    names = department_file_names(roadmap, ["Soumu", "SOUMU"])
    assert name_key(names["Soumu"]) != name_key(names["SOUMU"])


def test_target_open_in_excel_keeps_the_old_file_and_offers_another_name(
    hostile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "部局別"
    with RoadmapFile.open(hostile) as f:
        first = export_per_department(f, f.load(), out)
    old = {p: p.read_bytes() for p in first}
    real = os.replace

    def sharing_violation(src: object, dst: object) -> None:
        if Path(str(dst)) == first[1]:
            e = PermissionError(errno.EACCES, "The process cannot access the file")
            e.winerror = 32  # type: ignore[attr-defined]
            raise e
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", sharing_violation)
    with RoadmapFile.open(hostile) as f:
        n = len(list_exports(f))
        with pytest.raises(RoadmapError, match="開かれているため") as info:
            export_per_department(f, f.load(), out)
        assert len(list_exports(f)) == n  # nothing recorded
    assert first[1].name in str(info.value)
    assert first[1].stem + "_2.xlsx" in str(info.value)
    assert first[1].read_bytes() == old[first[1]]
    assert not any(n.startswith(".~") for n in os.listdir(out)) and not any(
        n.startswith(".~") for n in os.listdir(tmp_path)
    )
