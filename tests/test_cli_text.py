"""The command line speaks Japanese in argparse's own words too: usage, section titles, -h, errors."""

from __future__ import annotations

import argparse
import re

import pytest

from roadmap_desktop.cli import main

# Words a Japanese manual writes as they are: the program, its commands and options, metavars.
_KEPT = re.compile(r"roadmap|--?[a-z-]+|[A-Z][A-Z.a-z]*|new|list|dump|export|edition|import|rollover|diff|check|rounds"
                   r"|reply|xlsx|pdf|JSON|PDF|Excel|ZIP|YYYY-MM(-DD)?|OUT\.(pdf|xlsx)|\.roadmap|\.xlsx|int")  # fmt: skip


def _english(text: str) -> list[str]:
    return [w for w in re.findall(r"-*[A-Za-z][A-Za-z.'-]*", text) if not _KEPT.fullmatch(w)]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    out, err = capsys.readouterr()
    return int(stop.value.code or 0), out + err


@pytest.mark.parametrize(
    "command", ["new", "list", "dump", "export", "edition", "import", "rollover", "diff", "check", "rounds"]
)
def test_every_commands_help_is_japanese(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, text = _run(capsys, command, "-h")
    assert code == 0
    assert "使い方: roadmap " + command in text and "オプション:" in text and "この説明を表示して終わる" in text
    assert not _english(text), _english(text)


def test_top_help_and_mistakes_are_japanese(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _run(capsys, "-h")
    assert code == 0 and "コマンド:" in text and not _english(text)
    for argv, said in (
        ((), "次の引数が必要です: COMMAND"),
        (("expor", "x"), "'expor' は選べません"),
        (("export", "a.roadmap", "--project", "x"), "'x' は シート番号 の値として読めません"),
        (("list", "a.roadmap", "--bad"), "使えない引数があります: --bad"),
        (("import", "a.roadmap"), "次の引数が必要です: IN"),
        (("import", "a.roadmap", "b.xlsx", "--take", "theirs"), "'theirs' は選べません"),
    ):
        code, text = _run(capsys, *argv)
        assert code == 2, argv
        assert "roadmap" in text and "エラー: " in text and said in text, text
        assert "usage" not in text and "error:" not in text


def test_argparse_is_itself_again_after_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Only our parser speaks Japanese: another argparse user in the same process is left as it was."""
    _run(capsys, "-h")
    other = argparse.ArgumentParser(prog="other").format_help()
    assert "usage: other" in other and "show this help message and exit" in other
