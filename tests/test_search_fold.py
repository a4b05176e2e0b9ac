"""Search folding: kana, width and case fold so that what is typed finds what is written."""

from __future__ import annotations

import pytest

from roadmap_desktop.core.search import fold, matches, search_words


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ぺーぱーれす", "ペーパーレス化推進事業"),
        ("ペーパーレス", "ぺーぱーれすの取組"),
        ("dx", "市町村ＤＸ加速化"),
        ("ＤＸ", "内部管理業務DX推進事業"),
        ("ｶﾞｲﾄﾞ", "ガイドライン"),
        ("でじたる", "デジタル活用"),
        ("Ｒ７", "r7年度"),
    ],
)
def test_typed_form_finds_written_form(typed: str, written: str) -> None:
    assert matches(search_words(typed), fold(written))


@pytest.mark.parametrize(("typed", "written"), [("ぺーぱー", "ペーパ"), ("でじたる", "テジタル"), ("dx", "D X")])
def test_different_text_is_not_found(typed: str, written: str) -> None:
    assert not matches(search_words(typed), fold(written))


def test_words_are_split_on_any_space_and_all_must_match() -> None:
    assert search_words("電子　収納 ｶﾅ") == ["電子", "収納", "かな"]
    assert matches(search_words("電子　収納"), fold("電子収納の拡充"))
    assert not matches(search_words("電子　入札"), fold("電子収納の拡充"))
    assert matches([], fold("anything"))
