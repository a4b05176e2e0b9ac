"""The font-independent rules of the PDF reader on small hand-made inputs (the printed corpus checks them
on real prints, tests/test_pdf_import_fonts.py)."""

from __future__ import annotations

from roadmap_desktop.importing.pdf_bars import _centred_cuts
from roadmap_desktop.importing.pdf_cells import Borders
from roadmap_desktop.importing.pdf_fills import BarShape, Months
from roadmap_desktop.importing.pdf_page import Glyph, Shape
from roadmap_desktop.importing.pdf_text import TextRuns

MONTHS = Months([100.0], [120.0])  # one year, 10 pt a month


def _bar(x0: float, x1: float) -> BarShape:
    return BarShape(x0, 0.0, x1, 10.0, False, x1)


def test_two_labels_centred_on_their_parts_cut_the_fill_at_the_month_between() -> None:
    # bars of 3 and 9 months in one fill (100–220): labels centred at 115 and 175, whatever their width
    assert _centred_cuts(_bar(100, 220), [115.0, 175.0], MONTHS) == [130.0]
    # a wider font moves each label's ends, never its centre: the same cut
    assert _centred_cuts(_bar(100, 220), [115.4, 174.8], MONTHS) == [130.0]


def test_estimates_that_disagree_by_more_than_half_a_month_cut_nothing() -> None:
    # from the left the cut would be at 130, from the right at 150: not centred labels
    assert _centred_cuts(_bar(100, 220), [115.0, 185.0], MONTHS) is None


def test_three_labels_cut_twice() -> None:
    assert _centred_cuts(_bar(100, 220), [110.0, 140.0, 190.0], MONTHS) == [120.0, 160.0]


def _glyphs(text: str, x0: float, y: float, seq: int, size: float = 8.0) -> list[Glyph]:
    return [Glyph(ch, x0 + i * size, x0 + (i + 1) * size, y, y + size, size, seq + i) for i, ch in enumerate(text)]


def _rect(x0: float, top: float, x1: float, bottom: float) -> Shape:
    return Shape("rect", x0, top, x1, bottom, False, True, False, 0.5, ())


def test_a_text_taller_than_its_row_stays_its_own_cells() -> None:
    """Two rows (0–20, 20–60) of one column (0–80): the lower cell's paragraph, centred, begins above its
    row's top, on the upper row's line; the upper cell's own word is drawn earlier."""
    borders = Borders([_rect(0, 0, 80, 20), _rect(0, 20, 80, 60)], 100, 100)
    name = _glyphs("事業", 2, 2, 0)
    # three lines of 10 characters (a full 80 pt line) and a last short one: the first on the row above
    para = [
        *_glyphs("概要の文章を書きます。", 0, 12, 10)[:10],
        *_glyphs("二行目の文章を書きます", 0, 23, 20)[:10],
        *_glyphs("三行目の文章を書きます", 0, 34, 30)[:10],
        *_glyphs("以上", 0, 45, 40),
    ]
    runs = TextRuns(name + para, borders)
    upper = [g for g in name + para if 0 <= g.cy <= 20]
    lower = [g for g in name + para if 20 <= g.cy <= 60]
    assert "".join(g.text for g in runs.own(upper)) == "事業"
    lower_text = "".join(g.text for g in sorted(runs.own(lower), key=lambda g: g.seq))
    assert lower_text == "概要の文章を書きます二行目の文章を書きま三行目の文章を書きま以上"


def test_the_next_cells_text_is_another_text_though_drawn_right_after() -> None:
    """Two name cells one under the other, the upper one's text short: the lower one's is not its rest."""
    borders = Borders([_rect(0, 0, 80, 20), _rect(0, 20, 80, 40)], 100, 100)
    upper = _glyphs("人事", 0, 8, 0)
    lower = _glyphs("職員証", 0, 21, 2)
    runs = TextRuns(upper + lower, borders)
    assert not runs.same(upper[-1], lower[0])
