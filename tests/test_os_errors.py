"""One sentence per kind of OS failure, the same from every layer that touches files."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.os_errors import OsProblem, os_error_text, os_problem
from roadmap_desktop.export.atomic import atomic_output
from roadmap_desktop.storage import RoadmapFile


@pytest.mark.parametrize(
    ("error", "problem", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), OsProblem.NO_SPACE, "ディスクの空きが足りません"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), OsProblem.NO_SPACE, "ディスクの空きが足りません"),
        (OSError(errno.EROFS, "Read-only file system", "/mnt/共有/a.xlsx"), OsProblem.READ_ONLY, "読み取り専用の場所"),
        (OSError(errno.EBUSY, "busy", "a.roadmap"), OsProblem.IN_USE, "使用中"),
        (PermissionError(errno.EACCES, "Permission denied", "/x/予算.roadmap"), OsProblem.NO_PERMISSION, "権限"),
        (FileNotFoundError(errno.ENOENT, "No such file", "/x/無い.pdf"), OsProblem.NOT_FOUND, "見つかりません"),
        (OSError(errno.EIO, "Input/output error", "a.pdf"), None, "扱えませんでした"),
    ],
)
def test_each_kind_of_failure_has_its_sentence(error: OSError, problem: OsProblem | None, words: str) -> None:
    assert os_problem(error) is problem
    text = os_error_text(error)
    assert words in text
    if error.filename:
        assert Path(str(error.filename)).name in text and "/x/" not in text and "/mnt/" not in text  # name, not path


def test_not_an_os_error_is_no_os_problem() -> None:
    assert os_problem(ValueError("x")) is None


def test_opening_a_missing_roadmap_and_a_folder_say_so_in_the_same_words(tmp_path: Path) -> None:
    with pytest.raises(RoadmapError) as missing:
        RoadmapFile.open(tmp_path / "無い.roadmap")
    assert str(missing.value) == os_error_text(FileNotFoundError(errno.ENOENT, "", str(tmp_path / "無い.roadmap")))


def test_an_export_over_a_file_held_open_elsewhere_is_a_plain_message(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "一覧.xlsx"
    target.write_bytes(b"old")

    def held(*_a: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr("roadmap_desktop.export.atomic.os.replace", held)
    with pytest.raises(RoadmapError) as e, atomic_output(target) as tmp:
        tmp.write_bytes(b"new")
    assert "一覧.xlsx" in str(e.value)
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["一覧.xlsx"]
