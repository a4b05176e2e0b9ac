"""One wording for the whole application: every user-visible string in the sources and forms is checked
(「」 not 『』, no space between a number and 件, one term per idea, titles in Japanese)."""

from __future__ import annotations

import pytest
from wording import TERMS, Text, all_texts, form_texts, problems, python_texts


def test_the_strings_are_found() -> None:
    texts = all_texts()
    found = {t.text for t in texts}
    # one from each way of writing a string: self.tr, translate() in Qt-free code, a Designer form, a title
    assert "事業を追加" in found  # self.tr in the window's actions
    assert "「{text}」は年度として読み取れません（例: R5、令和5年度、2023年度）。" in found  # core/fiscal.py
    assert "デジタル活用によってどう変わるか(&X)" in {t.text for t in form_texts()}
    assert any(t.title and t.text == "事業の削除" for t in python_texts())
    assert len(texts) > 400


def test_rules_catch_what_they_should() -> None:
    def bad(text: str, title: bool = False) -> list[str]:
        return problems(Text("x.py", 1, text, title))

    assert bad("バー『{label}』を移動")
    assert bad("選択した {n} 件の事業を削除しますか？") and bad("1 件") and bad("合計 {total} 千円")
    assert not bad("選択した{n}件の事業を削除しますか？")
    assert bad("No.（固定）") and bad("最初の番号") and bad("基準日: {month}")
    assert not bad("最初のシート番号") and not bad("シート番号（固定）")
    assert bad("Warning", title=True) and not bad("事業の削除", title=True) and not bad("Warning")
    assert bad("「閉じ忘れ")


@pytest.mark.parametrize("kind", ["python", "forms"])
def test_every_user_visible_string_follows_the_wording(kind: str) -> None:
    texts = python_texts() if kind == "python" else form_texts()
    found = []
    for t in texts:
        for problem in problems(t):
            found.append(f"{t.file}:{t.line}: {t.text!r}: {problem}")
    assert found == []


def test_the_retired_terms_are_checked() -> None:
    assert set(TERMS) >= {"No.（固定）", "最初の番号", "基準日"}
