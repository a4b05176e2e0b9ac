"""The sheet's text fields and 取組 names break between phrases, and our PDF reads back exactly: a wrap is
told from a typed line break by setting the text again (layout.text.rejoin), and a typed break where a
wrap falls too is marked on the page (a hair of indent, layout.text.ambiguous_breaks)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, default_title
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.layout.fonts import PT_MM
from roadmap_desktop.layout.sheet import PAD, layout_sheet
from roadmap_desktop.layout.text import (
    TYPED_MARK_MM,
    ambiguous_breaks,
    break_spans,
    fit_text,
    phrase_breaks,
    rejoin,
    splits_word,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import SENTENCES, generate_roadmap
from test_pdf_import import import_into_empty

E = Edition(title=default_title(2024), fiscal_year=2024, first_sheet_no=1)
TEXT_FIELDS = ("overview", "issues", "approach", "change")
# words and particles of the real sheets, so BudouX finds real phrases (and long compounds, Latin words)
WORDS = [
    "職員",
    "の",
    "業務",
    "効率化",
    "、",
    "県民",
    "サービス",
    "の",
    "向上",
    "を",
    "図る",
    "ため",
    "電子入札",
    "・",
    "電子収納",
    "拡充",
    "に",
    "向けた",
    "検討",
    "を",
    "行う",
    "。",
    "市町村",
    "によって",
    "業務改革",
    "や",
    "デジタル化",
    "への",
    "取組状況",
    "意識",
    "に",
    "差",
    "が",
    "ある",
    "サポートデスク",
    "開設",
    "意向調査",
    "振り返り",
    "内容検討",
    "導入調査",
    "（",
    "本庁",
    "）",
    "「",
    "県庁スマートワーク",
    "」",
    "RPA",
    "AI-OCR",
    "YouTube",
    "ＩＣＴ",
    "5,144",
    "千円",
    "ペーパーレス化",
    "テレワーク環境",
    "の",
    "整備",
    "等",
    "により",
    "場所",
    "を",
    "選ばず",
    "働き方",
    "が",
    "可能",
    "と",
    "なる",
]


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A text of Japanese paragraphs: typed breaks anywhere between words, some paragraphs ・ items."""
    paras = []
    for k in range(draw(st.integers(1, 5))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
        lead = draw(st.sampled_from(["", "", "・", "\u3000", "※"]))
        if k and draw(st.integers(0, 5)) == 0:
            paras.append("")  # a line left blank between paragraphs
        paras.append(lead + "".join(words))
    return "\n".join(paras)


@settings(max_examples=300, deadline=None)
@given(text=paragraphs(), max_em=st.floats(6.0, 40.0))
def test_random_paragraphs_set_and_read_back_exactly(text: str, max_em: float) -> None:
    spans = break_spans(text, max_em)
    lines = [text[a:b] for a, b in spans]
    typed = ambiguous_breaks(text, spans, max_em)
    assert rejoin(lines, max_em, typed) == text
    for k in typed:
        assert text[spans[k - 1][1]] == "\n"  # a mark only ever follows a typed break


def test_a_typed_break_where_a_wrap_falls_is_marked_and_needs_the_mark() -> None:
    text = "".join(SENTENCES[:3])
    max_em = 20.0
    spans = break_spans(text, max_em)
    cut = spans[0][1]  # the first line's wrap: a typed break put there sets the same lines
    typed_text = text[:cut] + "\n" + text[cut:]
    typed_spans = break_spans(typed_text, max_em)
    lines = [typed_text[a:b] for a, b in typed_spans]
    assert lines == [text[a:b] for a, b in spans]  # on paper the two texts look the same
    assert ambiguous_breaks(typed_text, typed_spans, max_em) == {1}
    assert ambiguous_breaks(text, spans, max_em) == frozenset()
    assert rejoin(lines, max_em) == text
    assert rejoin(lines, max_em, {1}) == typed_text


def test_a_text_field_breaks_between_phrases_not_by_character() -> None:
    text = "".join(SENTENCES[:6])
    project = Project(
        name="事業", change=text, initiatives=[Initiative("取組", plan=[Bar(E.first_month, E.first_month)])]
    )
    page = layout_sheet(E, project, 1).pages[0]
    fit = page.fields["change"]
    max_em = (page.geometry.cell("change").rect.w - 2 * PAD) / (fit.size * PT_MM)
    spans = break_spans(text, max_em)
    assert [text[a:b] for a, b in spans] == list(fit.lines) and len(spans) > 3
    assert not splits_word(text, spans)
    by_char = [text[a:b] for a, b in break_spans(text, max_em, phrases=False)]
    assert by_char != list(fit.lines)  # the old rule cut words here
    assert splits_word(text, break_spans(text, max_em, phrases=False))


def _with_typed_break_at_a_wrap(project: Project, attr: str) -> bool:
    """Put a typed line break in *attr* exactly where its cell wraps a line (so the page alone cannot
    tell it from a wrap); True if one was put."""
    page = layout_sheet(E, project, 1).pages[0]
    text = getattr(project, attr)
    fit = page.fields[attr]
    pos = 0
    for line in fit.lines[:-1]:
        pos = text.index(line, pos) + len(line)
        if text[pos : pos + 1] not in ("\n", "") and text[pos] not in "・※\u3000":
            setattr(project, attr, text[:pos] + "\n" + text[pos:])
            return True
    return False


def _roundtrip(roadmap: Roadmap, tmp_path: Path) -> Roadmap:
    pdf = tmp_path / "roadmap.pdf"
    export_pdf(roadmap, roadmap.projects, pdf)
    result = read_pdf(pdf, roadmap.edition)
    assert all(s.warnings == [] for s in result.sheets), [(s.source, s.warnings) for s in result.sheets]
    return import_into_empty(roadmap, result)


def _tricky(k: int) -> Project:
    s = SENTENCES
    return Project(
        name=f"事業その{k}",
        overview=s[k % len(s)] + s[(k + 3) % len(s)],
        issues="・" + s[(k + 1) % len(s)] + "\n" + s[(k + 2) % len(s)] + "\n・" + s[(k + 5) % len(s)],
        approach=s[(k + 4) % len(s)] + s[(k + 6) % len(s)] + s[(k + 7) % len(s)],
        change="\u3000" + s[(k + 8) % len(s)] + "\n\n" + s[(k + 9) % len(s)],  # a blank line kept
        initiatives=[
            Initiative(
                "在庁時間と時間外命令時間の一元管理" + "を可能とする職員証",
                plan=[Bar(E.first_month, E.first_month.shifted(5), "内容検討")],
            )
        ],
    )


@pytest.mark.parametrize("own", [True, False])
def test_typed_breaks_where_a_wrap_falls_too_come_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own: bool
) -> None:
    from roadmap_desktop.importing import pdf as pdf_import

    if not own:  # as if another program had re-saved it: the same drawing, no Creator mark
        monkeypatch.setattr(pdf_import, "_is_own", lambda doc: False)
        monkeypatch.setattr(pdf_import, "PARALLEL_MIN_PAGES", 10**6)
    projects = [_tricky(k) for k in range(6)]
    put = 0
    for p in projects:
        for attr in TEXT_FIELDS:
            put += _with_typed_break_at_a_wrap(p, attr)
        ini = p.initiatives[0]
        name_fit = fit_text(ini.name, 44.0, 100.0, 8.0, 8.0, phrases=True)
        if len(name_fit.lines) > 1:
            ini.name = name_fit.lines[0] + "\n" + ini.name[len(name_fit.lines[0]) :]
    assert put >= 12
    roadmap = Roadmap(E, projects)
    assert _marked_lines(roadmap) >= 12  # the export did mark those breaks
    back = _roundtrip(roadmap, tmp_path)
    assert dumps(back, with_ids=False) == dumps(roadmap, with_ids=False)


def _marked_lines(roadmap: Roadmap) -> int:
    """Lines of text fields and names set a hair to the right of their cell's other lines."""
    count = 0
    for p in roadmap.projects:
        for page in layout_sheet(roadmap.edition, p, 1).pages:
            by_cell: dict[tuple[str, float], list[float]] = {}
            for run in page.texts():
                if run.role in (*TEXT_FIELDS, "initiative"):
                    by_cell.setdefault((run.role, run.region.y), []).append(run.x)
                    assert run.region.right - (run.x + run.width) >= PAD - 0.05  # the cell's padding kept
            for xs in by_cell.values():
                count += sum(1 for x in xs if abs(x - xs[0] - TYPED_MARK_MM) < 1e-9)
    return count


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(paragraphs(), min_size=4, max_size=4), name=paragraphs())
def test_random_texts_in_a_pdf_read_back_exactly(tmp_path: Path, texts: list[str], name: str) -> None:
    project = Project(
        name="無作為の事業",
        overview=texts[0][:300],
        issues=texts[1],
        approach=texts[2],
        change=texts[3],
        initiatives=[Initiative(name[:60].strip() or "取組", plan=[Bar(E.first_month, E.first_month.shifted(2))])],
    )
    roadmap = Roadmap(E, [project])
    back = _roundtrip(roadmap, tmp_path)
    assert dumps(back, with_ids=False) == dumps(roadmap, with_ids=False)


def test_the_generated_150_project_roadmap_reads_back_exactly(tmp_path: Path) -> None:
    """With typed breaks put where a wrap falls, and ・ items mixed into prose."""
    roadmap = copy.deepcopy(generate_roadmap(150))
    put = 0
    for k, p in enumerate(roadmap.projects):
        if k % 3 == 0:
            p.approach = (
                p.approach.replace("・", "") + "\n・" + SENTENCES[k % len(SENTENCES)] + "\nまとめとして検討を行う。"
            )
        if k % 2 == 0:
            for attr in ("change", "approach", "overview"):
                put += _with_typed_break_at_a_wrap(p, attr)
    assert put >= 60
    assert _marked_lines(roadmap) >= 40
    back = _roundtrip(roadmap, tmp_path)
    assert dumps(back, with_ids=False) == dumps(roadmap, with_ids=False)


def _breaks_by_parsing(paragraph: str) -> frozenset[int]:
    """phrase_breaks' rule made from BudouX's own Parser.parse (the chunks' ends), not position by position."""
    import budoux

    from roadmap_desktop.layout.text import _break_ok, _is_kanji, _is_katakana

    out = set()
    for k in range(2, len(paragraph) - 1):
        a, b = paragraph[k - 1], paragraph[k]
        if ((_is_katakana(a) and _is_kanji(b)) or (_is_kanji(a) and _is_katakana(b))) and _break_ok(paragraph, k):
            out.add(k)
    pos = 0
    for chunk in budoux.load_default_japanese_parser().parse(paragraph):
        pos += len(chunk)
        inside = 0 < pos < len(paragraph) and _break_ok(paragraph, pos)
        if inside and not (_is_kanji(paragraph[pos - 1]) and _is_kanji(paragraph[pos])):
            out.add(pos)
    return frozenset(out)


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(paragraphs().map(lambda t: t.replace("\n", "")), st.text("".join(WORDS) + "ぁァー ", max_size=40))
)
def test_phrase_breaks_asked_position_by_position_are_budoux_phrases(text: str) -> None:
    assert phrase_breaks(text) == _breaks_by_parsing(text)
