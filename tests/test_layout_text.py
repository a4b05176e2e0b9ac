"""Japanese line breaking (禁則) and shrink-to-fit, measured with IPAexGothic's metrics."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_desktop.layout.fonts import PT_MM, metrics
from roadmap_desktop.layout.text import (
    NO_END,
    NO_START,
    _break_ok,
    break_lines,
    break_spans,
    fit_text,
    lines_height_mm,
)

SENTENCE = "職員の業務効率化、県民サービスの向上を図るため、電子入札・電子収納の拡充に向けた検討を行う。"
ALPHABET = "あいうえおかきくけこ業務効率化検討電子入札、。，．）」』】・ー（「『【ABCxyz019 ゃっ"


def test_cjk_characters_are_one_em_and_latin_is_narrower() -> None:
    m = metrics()
    assert m.char_em("業") == 1.0
    assert m.char_em("、") == 1.0
    assert 0.3 < m.char_em("A") < 0.9
    assert abs(m.width_mm("業務", 10) - 2 * 10 * PT_MM) < 1e-9


def test_no_line_starts_with_closing_punctuation() -> None:
    # 7 em per line puts "、" exactly at the start of the second line without 禁則, and no phrase fits
    lines = break_lines("業務効率化大作、県民サービス", 7 * 10 * PT_MM, 10)
    assert lines[0] == "業務効率化大"
    assert lines[1].startswith("作、")


def test_lines_break_between_phrases_never_inside_a_word() -> None:
    # the words: 意向調/査, 内容検/討, 振り返/り, 導入調査（本/庁） were cut where the line was full
    for text, em in (
        ("意向調査・試行・振り返り", 5),
        ("意向調査・試行", 6),
        ("導入調査（本庁）", 6),
        ("内容検討・振り返り", 5),
    ):
        lines = break_lines(text, em * 10 * PT_MM, 10)
        assert "".join(lines) == text
        for word in ("意向調査", "振り返り", "内容検討", "（本庁）"):
            if word in text:
                assert any(word in line for line in lines), (text, lines)
    lines = break_lines(
        "職員の業務効率化、県民サービスの向上を図るため、電子入札の拡充に向けた検討を行う。", 12 * 10 * PT_MM, 10
    )
    assert lines[0].startswith("職員の業務効率化、") and len(lines[0]) < 12  # after a phrase, not the 12th character
    assert all(len(line) <= 12 for line in lines)


def test_a_label_shrinks_rather_than_cut_a_word() -> None:
    # 内容検討 at 7 pt is one word too wide for 3 em: whole_words shrinks it onto one line instead
    fit = fit_text("内容検討", 3 * 7 * PT_MM, 20, 7.0, 4.0, whole_words=True)
    assert fit.lines == ("内容検討",) and fit.size <= 5.25 and not fit.split_word
    fit = fit_text("内容検討", 3 * 7 * PT_MM, 20, 7.0, 6.0, whole_words=True)
    assert fit.split_word  # at the minimum it would have to cut the word: said so


def test_no_line_ends_with_opening_bracket() -> None:
    lines = break_lines("あいうえおかき（くけこ）", 8 * 10 * PT_MM, 10)
    assert lines[0] == "あいうえおかき"
    assert lines[1] == "（くけこ）"


def test_prolonged_sound_mark_and_small_kana_stay_with_their_syllable() -> None:
    lines = break_lines("あいうえおサーバー", 6 * 10 * PT_MM, 10)
    assert not any(line.startswith("ー") for line in lines)
    lines = break_lines("あいうえおきゃく", 6 * 10 * PT_MM, 10)
    assert "".join(lines) == "あいうえおきゃく" and any("きゃ" in line for line in lines)
    assert not any(line.startswith("ゃ") for line in lines)


def test_latin_words_are_not_split() -> None:
    lines = break_lines("専門家によるYouTubeの活用", 8 * 10 * PT_MM, 10)
    assert any("YouTube" in line for line in lines)


def test_paragraph_breaks_are_kept() -> None:
    assert break_lines("・一行目\n・二行目", 100, 10) == ["・一行目", "・二行目"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=80), st.floats(min_value=8, max_value=60))
def test_breaking_obeys_kinsoku_loses_nothing_and_stays_inside(text: str, width_mm: float) -> None:
    size = 9.0
    max_em = width_mm / (size * PT_MM)
    spans = break_spans(text, max_em)
    lines = [text[a:b] for a, b in spans]
    assert "".join(lines) == text  # no newline in this alphabet: the lines are the text, in order
    m = metrics()
    for i, line in enumerate(lines):
        if len(line) > 1:
            assert m.text_em(line) <= max_em + 1e-9
        if i == 0:
            continue
        a = spans[i - 1][0]
        b = spans[i][0]
        if not _break_ok(text, b):
            # only when the previous line offered no legal break at all (e.g. a word wider than the line)
            assert not any(_break_ok(text, k) for k in range(a + 1, b)), (lines, i)


def test_break_rule_definition() -> None:
    assert not _break_ok("あ、", 1) and not _break_ok("（あ", 1) and not _break_ok("ab", 1)
    assert _break_ok("あい", 1) and _break_ok("a業", 1)
    assert all(not _break_ok("あ" + ch, 1) for ch in NO_START)
    assert all(not _break_ok(ch + "あ", 1) for ch in NO_END)


def test_fit_uses_the_largest_size_that_fits() -> None:
    fit = fit_text(SENTENCE, 60, 20, 9, 6)
    assert fit.fits and fit.size == 9
    small = fit_text(SENTENCE, 60, 6, 9, 6)
    assert small.fits and 6 <= small.size < 9
    assert lines_height_mm(len(small.lines), small.size) <= 6 + 1e-6
    assert "".join(small.lines) == SENTENCE


def test_fit_that_overflows_returns_the_rest_exactly() -> None:
    text = "\n".join([SENTENCE] * 6)
    fit = fit_text(text, 50, 10, 9, 6)
    assert not fit.fits and fit.size == 6
    assert fit.overflow == text[fit.overflow_at :]
    assert "".join(fit.lines) + fit.overflow.replace("\n", "") == text.replace("\n", "")
    assert lines_height_mm(len(fit.lines), 6) <= 10 + 1e-6


def test_fit_of_a_box_too_small_for_one_character_keeps_everything_as_overflow() -> None:
    fit = fit_text("検討", 1.0, 10, 9, 6)
    assert fit.lines == () and fit.overflow == "検討"


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=ALPHABET + "\n", min_size=0, max_size=200),
    st.floats(min_value=5, max_value=80),
    st.floats(min_value=1, max_value=30),
)
def test_fit_never_loses_text_and_never_leaves_its_box(text: str, width: float, height: float) -> None:
    fit = fit_text(text, width, height, 9, 6)
    assert 6 <= fit.size <= 9
    kept = text[: fit.overflow_at] if fit.overflow else text
    assert "".join(fit.lines) == kept.replace("\n", "")
    assert fit.overflow == (text[fit.overflow_at :] if fit.overflow else "")
    assert lines_height_mm(len(fit.lines), fit.size) <= height + 1e-6
    m = metrics()
    assert all(m.width_mm(line, fit.size) <= width + 1e-6 for line in fit.lines)
