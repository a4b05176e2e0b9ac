"""The sample roadmap: sheets No. 56–75 of the 令和６年度DX関連事業ロードマップ, transcribed."""

from __future__ import annotations

from pathlib import Path

import pytest

from roadmap_desktop.core.dump import loads
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Roadmap, validate_project

SAMPLE = Path(__file__).resolve().parents[1] / "resources/sample/r6-roadmap.json"


@pytest.fixture(scope="module")
def roadmap() -> Roadmap:
    return loads(SAMPLE.read_text(encoding="utf-8"))


def by_no(roadmap: Roadmap, no: int):
    return roadmap.projects[roadmap.sheet_numbers().index(no)]


def test_edition(roadmap: Roadmap) -> None:
    e = roadmap.edition
    assert e.title == "令和６年度DX関連事業ロードマップ"
    assert e.fiscal_year == 2024
    assert e.first_sheet_no == 56


def test_counts_and_numbers(roadmap: Roadmap) -> None:
    assert len(roadmap.projects) == 20
    assert roadmap.sheet_numbers() == list(range(56, 76))
    assert roadmap.total_budget() == 853117
    assert all(isinstance(p.budget, int) for p in roadmap.projects)


def test_names_in_sheet_order(roadmap: Roadmap) -> None:
    assert [p.name for p in roadmap.projects] == [
        "電子入札・電子収納導入調査事業",
        "ウェブ広報発信力向上事業",
        "内部管理業務DX推進事業",
        "市町村ＤＸ加速化推進事業（市町村課分）",
        "県有財産管理業務デジタル化推進事業",
        "営繕業務デジタル化推進事業",
        "自治体DX推進事業",
        "政策形成データイノベーション推進事業",
        "統計情報利活用推進事業",
        "立入検査デジタル化事業",
        "生活保護システム標準化移行事業",
        "児童扶養手当システム標準化・共通化関連システム改修事業",
        "市町村ＤＸ加速化推進事業（選挙管理委員会事務局分）",
        "公文書のデジタル化推進事業",
        "警察業務のデジタル化",
        "県庁版BPR加速化事業",
        "県庁スマートワーク推進事業",
        "税務ＤＸ関連事業",
        "財務会計システムDX推進事業",
        "情報セキュリティ対策推進事業",
    ]
    assert len({p.id for p in roadmap.projects}) == 20


def test_sheet_56(roadmap: Roadmap) -> None:
    p = by_no(roadmap, 56)
    assert p.name == "電子入札・電子収納導入調査事業"
    assert p.field == "行政経営分野"
    assert p.items == ["住民の利便性の向上"]
    assert p.departments == ["総務部"]
    assert p.sections == ["行政経営課"]
    assert p.budget == 5144
    assert p.start_year == 2023  # R5
    assert p.end_year == 2028  # R10
    assert p.period_text() == "R5〜R10"
    assert p.overview == "職員の業務効率化、県民サービスの向上を図るため、電子入札・電子収納の拡充に向けた検討を行う。"
    assert p.issues.split("\n") == [
        "・電子入札については、建設工事分野でのみ実施している。",
        "・電子収納については、県税や建設業許可申請手数料等の一部を除き、現金や県証紙により公金収納されている。",
    ]
    first = p.initiatives[0]
    assert first.name == "電子入札の拡充に向けた検討"
    assert [b.label for b in first.plan] == ["内容検討", "試験導入・内容検討", "新技術の運用"]
    assert first.plan[-1].continues and first.plan[-1].end == roadmap.edition.last_month
    assert [b.label for b in first.actual] == ["内容検討"]


def test_selected_fields(roadmap: Roadmap) -> None:
    assert by_no(roadmap, 69).departments == ["総務部", "教育庁", "警察本部"]
    assert by_no(roadmap, 69).sections == ["総務文書課", "職員福利課", "警務課"]
    assert by_no(roadmap, 71).items == ["住民の利便性の向上", "質の高い自治体運営"]
    assert by_no(roadmap, 75).items == ["情報セキュリティ対策"]
    assert by_no(roadmap, 72).budget == 176289
    assert by_no(roadmap, 73).budget == 187538
    assert by_no(roadmap, 64).budget == 194


def test_years(roadmap: Roadmap) -> None:
    p64 = by_no(roadmap, 64)
    assert p64.start_year == 2007  # H19
    assert p64.end_year is None
    p70 = by_no(roadmap, 70)
    assert (p70.start_year, p70.end_year) == (2024, 2029)  # R6–R11
    p75 = by_no(roadmap, 75)
    assert p75.start_year is None and p75.end_year is None
    assert p75.period_text() == ""


def test_plan_labels(roadmap: Roadmap) -> None:
    target = {no for no in range(56, 76) if any(i.plan_label == "目標" for i in by_no(roadmap, no).initiatives)}
    assert target == {60, 74}
    assert by_no(roadmap, 60).initiatives[0].plan_label == "目標"
    assert by_no(roadmap, 74).initiatives[0].plan_label == "目標"


def test_initiatives(roadmap: Roadmap) -> None:
    p72 = by_no(roadmap, 72)
    assert len(p72.initiatives) == 8  # 3 on its first page, 5 on the continuation
    assert p72.initiatives[0].name == "全庁LAN端末のモバイル化"
    assert p72.initiatives[-1].name == "次期庁内ネットワークシステムの構築"
    names58 = [i.name for i in by_no(roadmap, 58).initiatives]
    assert names58[0] == "人事管理のDX\n\u3000①職員証のＩＣカード化等"
    assert len(by_no(roadmap, 70).initiatives) == 5
    assert len(by_no(roadmap, 73).initiatives) == 5
    for p in roadmap.projects:
        assert p.initiatives, p.name
        for i in p.initiatives:
            assert i.name and i.plan, (p.name, i.name)


def test_bars_in_window(roadmap: Roadmap) -> None:
    e = roadmap.edition
    r6_end = Month(2025, 3)
    for p in roadmap.projects:
        for i in p.initiatives:
            for b in i.plan + i.actual:
                assert e.contains(b.start) and e.contains(b.end) and b.start <= b.end
                assert b.label
                assert b.label.count("\n") <= 1
                if b.continues:
                    assert b.end == e.last_month
            for b in i.actual:
                assert b.end <= r6_end and not b.continues


def test_texts_are_clean(roadmap: Roadmap) -> None:
    for p in roadmap.projects:
        for text in (p.overview, p.issues, p.approach, p.change):
            assert text and text == text.strip("\n")
            assert "\n\n" not in text


@pytest.mark.parametrize("index", range(20))
def test_every_project_validates(roadmap: Roadmap, index: int) -> None:
    validate_project(roadmap.projects[index], roadmap.edition)
