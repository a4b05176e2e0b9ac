"""PDF import: our own PDF export read back exactly, progress and cancel, bad files, the command line."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from roadmap_desktop.cli import main
from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.errors import RoadmapError
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, default_title
from roadmap_desktop.core.progress import Cancelled
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.export.pdf import export_pdf, write_sheets
from roadmap_desktop.importing.merge import ChangeKind, ImportResult, apply_import, plan_import
from roadmap_desktop.importing.pdf import read_pdf, read_pdfs
from roadmap_desktop.importing.pdf_page import Glyph
from roadmap_desktop.importing.pdf_text import Line, group_lines, join_lines
from roadmap_desktop.importing.round_plan import all_changes, plan_round
from roadmap_desktop.layout.fonts import register_font
from roadmap_desktop.layout.sheet import layout_sheet
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile

E = Edition(title=default_title(2024), fiscal_year=2024, first_sheet_no=1)


def _cut_labels(problems: list[str]) -> set[str]:
    """Bar labels the PDF export could not show whole (it says so): only their visible start comes back."""
    return set(re.findall(r"バー「(.+?)」", "\n".join(problems)))


def _restore_cut(original: Roadmap, imported: Roadmap, cut: set[str]) -> int:
    """Put back the labels the export reported as cut, where the import read their visible start; count them."""
    restored = 0
    for p, q in zip(original.projects, imported.projects, strict=True):
        for i, j in zip(p.initiatives, q.initiatives, strict=True):
            for a_bars, b_bars in ((i.plan, j.plan), (i.actual, j.actual)):
                for a, b in zip(sorted(a_bars, key=Bar.sort_key), sorted(b_bars, key=Bar.sort_key), strict=True):
                    if a.label in cut and a.label != b.label:
                        assert a.label.startswith(b.label), (a.label, b.label)  # the part the sheet shows
                        b.label = a.label
                        restored += 1
    return restored


def import_into_empty(roadmap: Roadmap, result: ImportResult) -> Roadmap:
    empty = Roadmap(copy.deepcopy(roadmap.edition), [])
    plan = plan_import(empty, result)
    assert all(c.kind is ChangeKind.NEW for c in plan)
    return apply_import(empty, plan)


def roundtrip(roadmap: Roadmap, tmp_path: Path) -> tuple[Roadmap, ImportResult]:
    pdf = tmp_path / "roadmap.pdf"
    problems = export_pdf(roadmap, roadmap.projects, pdf)
    result = read_pdf(pdf, roadmap.edition)
    back = import_into_empty(roadmap, result)
    _restore_cut(roadmap, back, _cut_labels(problems))
    return back, result


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Roadmap, Path, list[str]]:
    roadmap = load_sample(sample_path())
    pdf = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    problems = export_pdf(roadmap, roadmap.projects, pdf)
    return roadmap, pdf, problems


@pytest.fixture(scope="module")
def sample_read(sample_pdf: tuple[Roadmap, Path, list[str]]) -> ImportResult:
    roadmap, pdf, _ = sample_pdf
    return read_pdf(pdf, roadmap.edition)


# --- our own export comes back ---------------------------------------------------------------------


def test_sample_export_reads_back_identically(
    sample_pdf: tuple[Roadmap, Path, list[str]], sample_read: ImportResult
) -> None:
    roadmap, _, problems = sample_pdf
    result = sample_read
    assert result.problems == []
    assert len(result.sheets) == 20
    assert [s.sheet_no for s in result.sheets] == list(range(56, 76))
    assert all(s.warnings == [] for s in result.sheets), [(s.source, s.warnings) for s in result.sheets]
    assert len(result.sheets[72 - 56].project.initiatives) == 8
    back = import_into_empty(roadmap, result)
    restored = _restore_cut(roadmap, back, _cut_labels(problems))
    assert restored <= len(_cut_labels(problems)) * 3  # only what the export itself reported as cut
    assert dumps(back, with_ids=False) == dumps(roadmap, with_ids=False)


def test_sample_pdf_into_the_sample_changes_nothing_but_cut_labels(
    sample_pdf: tuple[Roadmap, Path, list[str]], sample_read: ImportResult
) -> None:
    roadmap, _, problems = sample_pdf
    plan = plan_import(roadmap, sample_read)
    assert [c.existing.id for c in plan if c.existing] == [p.id for p in roadmap.projects]
    cut = _cut_labels(problems)
    for change in plan:
        if change.kind is ChangeKind.CHANGED:  # only sheets with a label the export could not show whole
            assert all(any(label in f.old for label in cut) for f in change.changes), change.changes
        else:
            assert change.kind is ChangeKind.UNCHANGED


def test_our_pdf_resaved_by_another_program_reads_back(
    sample_pdf: tuple[Roadmap, Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without our Creator mark the looser rules for other programs apply: the same sheets come back."""
    from roadmap_desktop.importing import pdf as pdf_import

    roadmap, pdf, problems = sample_pdf
    monkeypatch.setattr(pdf_import, "_is_own", lambda doc: False)
    monkeypatch.setattr(pdf_import, "PARALLEL_MIN_PAGES", 10**6)  # workers would not see the patch
    back = import_into_empty(roadmap, read_pdf(pdf, roadmap.edition))
    _restore_cut(roadmap, back, _cut_labels(problems))
    assert dumps(back, with_ids=False) == dumps(roadmap, with_ids=False)


def _tricky_project() -> Project:
    first = E.first_month
    m = first.shifted
    initiatives = [
        Initiative(
            "人事管理のDX\n\u3000①職員証のＩＣカード化等",
            "計画",
            # overlapping bars go in stacked lanes; one runs on past the window (arrow)
            [
                Bar(m(0), m(59), "新技術の運用", True),
                Bar(m(0), m(2), "意向調査"),
                Bar(m(3), m(8), "試行"),
                Bar(m(9), m(11), "振り返り"),
                Bar(m(12), m(12), "業者選定・契約"),
            ],
            [Bar(m(0), m(4), "会議等開催\n（3回程度）")],
        ),
        Initiative("目標の行", "目標", [Bar(m(5), m(59), "全期間の手前まで"), Bar(m(1), m(1), "")], []),
    ]
    initiatives += [
        Initiative(f"取組その{k}", "計画", [Bar(m(k), m(k + 13), f"作業{k}")], [Bar(m(k), m(k), "済")])
        for k in range(9)
    ]
    return Project(
        name="ＡＩ議事録・オンライン申請推進事業",
        field="安全・安心分野",
        items=["住民の利便性の向上", "質の高い自治体運営"],
        departments=["総務部", "教育庁", "警察本部"],
        sections=["総務文書課"],
        start_year=2007,
        end_year=None,
        budget=None,
        overview="ペーパーレス化を進める。\nまた、電子決裁の導入に合わせて公印の電子化を検討する。",
        issues="・紙媒体による事務が多く、郵送・仕分けの負担が大きい。\n・YouTube や X（旧ツイッター）の活用が進んでいない。\n※令和5年度調査",
        approach="\u3000業務の効率化に向け、RPA、AI-OCR、AI会議録、電子契約等のデジタルツールを活用し、"
        "全庁で一斉に取り組むことで、成果を早期に出す。",
        change="手続のオンライン化",
        initiatives=initiatives,
    )


@pytest.mark.parametrize("own", [True, False])
def test_a_typed_break_in_a_bar_label_where_a_wrap_would_fall_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own: bool
) -> None:
    """「会議等開催\n（3回程度）」 is set in two lines exactly as 「会議等開催（3回程度）」 would wrap: on sheets
    of 1 to 8 initiatives (every row height the page balance gives) both come back as they were typed."""
    from roadmap_desktop.importing import pdf as pdf_import

    if not own:  # as if another program had re-saved it
        monkeypatch.setattr(pdf_import, "_is_own", lambda doc: False)
        monkeypatch.setattr(pdf_import, "PARALLEL_MIN_PAGES", 10**6)
    m = E.first_month.shifted
    projects = []
    for n in range(1, 9):
        initiatives = [
            Initiative(
                f"取組{k}",
                "計画",
                [Bar(m(k), m(k + 10), "会議等開催（3回程度）" if k == 1 else f"作業{k}")],
                [Bar(m(3 * n), m(3 * n + 4), "会議等開催\n（3回程度）")] if k == 0 else [],
            )
            for k in range(n)
        ]
        projects.append(Project(name=f"事業{n}", initiatives=initiatives))
    roadmap = Roadmap(E, projects)
    back, _ = roundtrip(roadmap, tmp_path)
    assert dumps(back, with_ids=False) == dumps(roadmap, with_ids=False)


@pytest.mark.parametrize("own", [True, False])
def test_paragraphs_lanes_arrows_and_continuation_pages_come_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own: bool
) -> None:
    from roadmap_desktop.importing import pdf as pdf_import

    if not own:  # as if another program had re-saved it
        monkeypatch.setattr(pdf_import, "_is_own", lambda doc: False)
        monkeypatch.setattr(pdf_import, "PARALLEL_MIN_PAGES", 10**6)
    roadmap = Roadmap(E, [_tricky_project(), Project(name="二つ目の事業", budget=0, start_year=2024, end_year=2024)])
    back, result = roundtrip(roadmap, tmp_path)
    assert result.sheets[0].source.endswith("〜2ページ目")  # 11 initiatives: a （続き） page
    assert result.sheets[0].warnings == []
    assert dumps(back, with_ids=False) == dumps(roadmap, with_ids=False)


def test_text_continued_on_a_text_page_is_joined(tmp_path: Path) -> None:
    sentence = "職員の業務効率化、県民サービスの向上を図るため、電子入札・電子収納の拡充に向けた検討を行う。"
    long = Project(
        name="長い事業",
        overview=sentence * 30,
        issues="\n".join("・" + sentence for _ in range(40)),
        initiatives=[Initiative("取組", plan=[Bar(E.first_month, E.first_month.shifted(3), "検討")])],
    )
    roadmap = Roadmap(E, [long, Project(name="次の事業")])
    problems = export_pdf(roadmap, roadmap.projects, tmp_path / "long.pdf")
    assert any("（続き）のページ" in p for p in problems)  # the export did move text to a text page
    result = read_pdf(tmp_path / "long.pdf", E)
    assert [s.source for s in result.sheets] == ["1〜2ページ目", "3ページ目"]
    assert result.sheets[0].warnings == []
    back = import_into_empty(roadmap, result)
    assert dumps(back, with_ids=False) == dumps(roadmap, with_ids=False)


def _lines(*texts: str, x0: float = 0.0) -> list[Line]:
    """Lines of 10-pt glyphs, 10 pt wide each, one under the other, starting at *x0*."""
    return [
        Line([Glyph(ch, x0 + 10 * i, x0 + 10 * (i + 1), 12 * n, 12 * n + 10, 10.0) for i, ch in enumerate(text)])
        for n, text in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (("あいうえおかきくけこ", "さしす"), "あいうえおかきくけこさしす"),  # a full line wrapped
        (("あいうえお。", "さしす"), "あいうえお。\nさしす"),  # ended although the next word fitted
        (("あいうえおかきくけ", "、さしす"), "あいうえおかきくけ、さしす"),  # 、 may not start a line: pushed on
        (("あいうえおかきくけこ", "・さしす"), "あいうえおかきくけこ\n・さしす"),  # a bullet
        (("あいうえおかきくけこ", "※さしす"), "あいうえおかきくけこ\n※さしす"),
        (("あいうえおかきくけこ", "\u3000さしす"), "あいうえおかきくけこ\n\u3000さしす"),
        (
            ("あいうえおかきくけこ", " さしす"),
            "あいうえおかきくけこ\n\u3000さしす",
        ),  # a narrow space standing for the full-width one
    ],
)
def test_wrapped_lines_join_and_paragraphs_stay(lines: tuple[str, ...], text: str) -> None:
    assert join_lines(_lines(*lines), 0.0, 100.0) == text


def test_other_programs_may_wrap_before_a_middle_dot() -> None:
    wrapped = _lines("あいうえおかきくけこ", "・さしす")
    assert join_lines(wrapped, 0.0, 100.0, strict_marks=False) == "あいうえおかきくけこ・さしす"
    bullets = _lines("あいうえおかきくけ。", "・さしす")
    assert join_lines(bullets, 0.0, 100.0, strict_marks=False) == "あいうえおかきくけ。\n・さしす"
    short = _lines("あいうえお", "・さしす")
    assert join_lines(short, 0.0, 100.0, strict_marks=False) == "あいうえお\n・さしす"


def test_characters_are_ordered_by_position_not_by_drawing_order() -> None:
    glyphs = [g for line in _lines("手続の", "オンライン化") for g in line.glyphs]
    shuffled = glyphs[5:] + glyphs[:2] + glyphs[2:5][::-1]
    assert [line.text for line in group_lines(shuffled)] == ["手続の", "オンライン化"]


_month = st.integers(min_value=0, max_value=59)


@st.composite
def _bars(draw: st.DrawFn) -> list[Bar]:
    bars = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        a, b = sorted((draw(_month), draw(_month)))
        label = draw(st.sampled_from(["", "内容検討", "試験導入・内容検討", "新技術の運用", "振り返り", "X"]))
        continues = b == 59 and draw(st.booleans())
        bars.append(Bar(E.first_month.shifted(a), E.first_month.shifted(b), label, continues))
    return bars


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=_bars(), actual=_bars())
def test_bar_months_come_back_exactly(tmp_path: Path, plan: list[Bar], actual: list[Bar]) -> None:
    roadmap = Roadmap(E, [Project(name="バーの事業", initiatives=[Initiative("取組", "計画", plan, actual)])])
    pdf = tmp_path / "bars.pdf"
    export_pdf(roadmap, roadmap.projects, pdf)
    got = read_pdf(pdf, E).sheets[0].project.initiatives[0]

    def months(bars: list[Bar]) -> list[tuple[Month, Month, bool]]:
        return sorted((b.start, b.end, b.continues) for b in bars)

    assert months(got.plan) == months(plan)
    assert months(got.actual) == months(actual)


def test_a_pdf_of_another_edition_keeps_what_lies_in_this_window(tmp_path: Path) -> None:
    r5 = Edition(title=default_title(2023), fiscal_year=2023)
    m = r5.first_month.shifted
    bars = [Bar(m(0), m(11), "前年度だけ"), Bar(m(6), m(20), "またがる"), Bar(m(24), m(30), "中")]
    roadmap = Roadmap(r5, [Project(name="前の版の事業", initiatives=[Initiative("取組", plan=bars)])])
    export_pdf(roadmap, roadmap.projects, tmp_path / "r5.pdf")
    result = read_pdf(tmp_path / "r5.pdf", E)
    assert result.file_year == 2023 and result.read_in is not None  # read in its own window, every bar
    [sheet] = result.sheets
    assert [(b.label, b.start, b.end) for b in sheet.project.initiatives[0].plan] == [
        (b.label, b.start, b.end) for b in bars
    ]
    # planned into this (R6) edition: mapped as 年度更新 maps it, nothing dropped
    empty = Roadmap(E, [])
    plans = plan_round(empty, [("r5.pdf", result, None)])
    assert plans[0].notes[0].startswith("このファイルは令和5年度版です。")
    assert [c.accepted for c in all_changes(plans)] == [False]  # an earlier edition's project: offered, not ticked
    all_changes(plans)[0].accepted = True
    [project] = apply_import(empty, all_changes(plans)).projects
    assert [(b.label, b.start, b.end) for b in project.initiatives[0].plan] == [
        ("またがる", E.first_month, m(20)),
        ("中", m(24), m(30)),
    ]
    assert [(b.label, b.start, b.end) for b in project.history[0].plan] == [
        ("前年度だけ", m(0), m(11)),
        ("またがる", m(6), m(20)),
    ]


# --- several files, progress, cancel -----------------------------------------------------------------


def test_several_files_in_one_import(tmp_path: Path) -> None:
    a = Roadmap(E, [Project(name="一つ目"), Project(name="二つ目")])
    b = Roadmap(E, [Project(name="三つ目")])
    export_pdf(a, a.projects, tmp_path / "a.pdf")
    export_pdf(b, b.projects, tmp_path / "b.pdf")
    result = read_pdfs([tmp_path / "a.pdf", tmp_path / "b.pdf"], E)
    assert [s.project.name for s in result.sheets] == ["一つ目", "二つ目", "三つ目"]
    assert [s.source for s in result.sheets] == ["a.pdf 1ページ目", "a.pdf 2ページ目", "b.pdf 1ページ目"]


@pytest.mark.parametrize("pages", [1, 5])  # serial, and two worker processes
def test_progress_reaches_the_end_and_cancel_stops(tmp_path: Path, pages: int) -> None:
    roadmap = Roadmap(E, [Project(name=f"事業{k}") for k in range(pages)])
    pdf = tmp_path / "p.pdf"
    export_pdf(roadmap, roadmap.projects, pdf)
    seen: list[tuple[int, int]] = []
    result = read_pdf(pdf, E, lambda done, total: seen.append((done, total)) is None)
    assert len(result.sheets) == pages
    assert seen[-1] == (pages, pages) and all(t == pages for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(Cancelled):
        read_pdf(pdf, E, lambda done, total: False)


def test_without_worker_processes_reads_on_one_core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    from roadmap_desktop.importing import pdf as pdf_import

    def broken(*args: object) -> None:
        raise BrokenProcessPool("no processes here")

    roadmap = Roadmap(E, [Project(name=f"事業{k}") for k in range(4)])
    export_pdf(roadmap, roadmap.projects, tmp_path / "p.pdf")
    monkeypatch.setattr(pdf_import, "_read_parallel", broken)
    assert [s.project.name for s in read_pdf(tmp_path / "p.pdf", E).sheets] == [p.name for p in roadmap.projects]


# --- bad input -------------------------------------------------------------------------------------


def _message(path: Path) -> str:
    with pytest.raises(RoadmapError) as e:
        read_pdf(path, E)
    return str(e.value)


def test_not_a_pdf_and_missing_file(tmp_path: Path) -> None:
    text = tmp_path / "memo.pdf"
    text.write_text("これはPDFではありません", encoding="utf-8")
    assert "PDF ファイルではありません" in _message(text)
    assert "見つかりません" in _message(tmp_path / "nothing.pdf")


def test_truncated_pdf(tmp_path: Path, sample_pdf: tuple[Roadmap, Path, list[str]]) -> None:
    data = sample_pdf[1].read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    message = _message(cut)
    assert "壊れているか途中で切れている" in message


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    c = Canvas(str(path), encrypt="pw")
    c.setFont(register_font(), 12)
    c.drawString(100, 700, "事業名")
    c.save()
    assert "パスワード" in _message(path)


def test_scanned_image_without_text(tmp_path: Path, artifacts: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    png = tmp_path / "scan.png"
    image = QImage(400, 280, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(png))
    path = tmp_path / "scan.pdf"
    c = Canvas(str(path))
    c.drawImage(str(png), 0, 0, 297 * mm, 210 * mm)
    c.save()
    message = _message(path)
    assert "文字情報がありません" in message and "スキャン画像" in message


def test_rotated_page_says_so(tmp_path: Path) -> None:
    path = tmp_path / "turned.pdf"
    c = Canvas(str(path))
    c.setPageRotation(90)
    c.setFont(register_font(), 12)
    c.drawString(100, 700, "事業名")
    c.save()
    assert "横倒し" in _message(path)


def test_unrelated_pdf(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    c = Canvas(str(path))
    c.setFont(register_font(), 12)
    c.drawString(100, 700, "会議のお知らせ")
    c.drawString(100, 680, "日時：令和6年4月1日")
    c.save()
    assert "ロードマップのシートが見つかりませんでした" in _message(path)


def test_one_odd_page_in_a_good_file(tmp_path: Path) -> None:
    roadmap = Roadmap(E, [Project(name="前の事業"), Project(name="後の事業", budget=12)])
    path = tmp_path / "mixed.pdf"
    c = Canvas(str(path), pagesize=(297 * mm, 210 * mm))
    write_sheets(c, [layout_sheet(E, roadmap.projects[0], 1)])
    c.setFont(register_font(), 12)
    c.drawString(100, 400, "白紙に近いページ")
    c.showPage()
    write_sheets(c, [layout_sheet(E, roadmap.projects[1], 2)])
    c.save()
    result = read_pdf(path, E)
    assert [s.project.name for s in result.sheets] == ["前の事業", "後の事業"]
    assert result.sheets[1].project.budget == 12
    assert result.problems == ["2ページ目: ロードマップのシートではありません"]


# --- the command line --------------------------------------------------------------------------------


def test_command_line_preview_then_apply(
    tmp_path: Path, sample_pdf: tuple[Roadmap, Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    roadmap, pdf, _ = sample_pdf
    edited = copy.deepcopy(roadmap)
    edited.projects[0].overview = "古い概要"
    del edited.projects[5]
    file = tmp_path / "r.roadmap"
    RoadmapFile.create(file, edited).close()
    before = file.read_bytes()

    assert main(["import", str(file), str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "[変更] 電子入札・電子収納導入調査事業" in out and "古い概要" in out
    assert "[新規] 営繕業務デジタル化推進事業" in out
    assert "--apply" in out
    assert file.read_bytes() == before  # a preview changes nothing

    assert main(["import", str(file), str(pdf), "--apply"]) == 0
    assert "取り込みました" in capsys.readouterr().out
    with RoadmapFile.open(file, readonly=True) as f:
        now = f.load()
    assert now.projects[0].overview == roadmap.projects[0].overview
    assert now.projects[-1].name == "営繕業務デジタル化推進事業"


def test_command_line_bad_pdf_leaves_the_file_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "r.roadmap"
    RoadmapFile.create(file, Roadmap(E, [Project(name="既存")])).close()
    before = file.read_bytes()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    assert main(["import", str(file), str(bad), "--apply"]) == 1
    assert "エラー" in capsys.readouterr().err
    assert file.read_bytes() == before
