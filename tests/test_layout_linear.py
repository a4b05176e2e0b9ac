"""Fitting a long text costs what is placed, not the text's length, and places exactly what it did before."""

from __future__ import annotations

import pytest

from roadmap_desktop.layout.fonts import PT_MM, metrics
from roadmap_desktop.layout.geometry import Rect
from roadmap_desktop.layout.pages import ELLIPSIS, one_line
from roadmap_desktop.layout.text import break_spans, fit_text, max_lines

TEXTS = [
    "県民サービスの向上を図るため、電子申請の拡充に向けた検討を行う。" * 300,
    ("行" * 30 + "\n") * 400,
    "\n" * 2000 + "末尾",
    "https://example.jp/" + "a" * 3000,
    "「括弧」、。" * 1000,
]


@pytest.mark.parametrize("text", TEXTS)
def test_fit_text_of_a_long_text_matches_the_whole_text_broken(text: str) -> None:
    width, height, size = 80.0, 40.0, 7.0
    fit = fit_text(text, width, height, 9.0, size)
    # the reference: break the whole text as fit_text does (text fields break by character, with 禁則),
    # keep what the box holds at the smallest size
    spans = break_spans(text, width / (size * PT_MM), phrases=False)
    room = max_lines(height, size)
    assert len(spans) > room
    assert fit.size == size
    assert fit.lines == tuple(text[a:b] for a, b in spans[:room])
    assert fit.overflow_at == spans[room][0] and fit.overflow == text[spans[room][0] :]


@pytest.mark.parametrize("text", ["短い事業名", "事業名" * 10, "事業名" * 10000])
def test_one_line_ends_with_an_ellipsis_exactly_where_it_did(text: str) -> None:
    rect = Rect(0, 0, 60, 5)
    run = one_line(text, rect, 8.0, 6.0)
    m = metrics()
    # the old way, a character at a time (quadratic, fine for the short ones)
    room = rect.w - 1.6
    size = max(6.0, min(8.0, room / (m.text_em(text) * PT_MM), (rect.h - 0.3) / PT_MM))
    expected = text
    if m.width_mm(text, size) > room:
        cut = len(text)
        while cut and m.width_mm(text[:cut] + ELLIPSIS, size) > room:
            cut = min(cut - 1, 200)  # 200 characters are far too long for this cell: start there
        expected = text[:cut] + ELLIPSIS
    assert run.text == expected
