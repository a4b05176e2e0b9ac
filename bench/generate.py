"""A realistic synthetic roadmap for benchmarks: Japanese texts of the sample's lengths, 1–10 initiatives.

Other benchmarks import it::

    sys.path.insert(0, str(Path(__file__).parent))
    from generate import generate_roadmap
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, default_title

FIELDS = ["行政経営分野", "暮らし分野", "産業分野", "教育分野", "安全・安心分野", "健康・福祉分野"]
ITEMS = ["住民の利便性の向上", "質の高い自治体運営", "デジタル人材の育成", "地域の活性化", "データ利活用の推進"]
DEPARTMENTS = ["総務部", "財務部", "企画部", "健康福祉部", "商工労働部", "農林水産部", "土木部", "教育庁", "警察本部"]
SECTIONS = [
    "行政経営課",
    "広報広聴課",
    "人事課",
    "市町村課",
    "財産管理課",
    "総務文書課",
    "職員福利課",
    "警務課",
    "情報政策課",
]
NAME_PARTS = [
    "電子入札",
    "電子収納",
    "ウェブ広報",
    "内部管理業務",
    "市町村ＤＸ",
    "県有財産管理",
    "オンライン申請",
    "キャッシュレス",
    "スマート農業",
    "遠隔授業",
    "防災情報",
    "データ連携基盤",
    "ＡＩ議事録",
]
NAME_TAILS = ["導入調査事業", "推進事業", "発信力向上事業", "デジタル化推進事業", "加速化推進事業", "基盤整備事業"]
SENTENCES = [
    "職員の業務効率化、県民サービスの向上を図るため、電子入札・電子収納の拡充に向けた検討を行う。",
    "内部管理業務は、いまだに紙媒体によるものが多く、システムへの手入力や郵送・仕分けの事務負担が大きい。",
    "人事・給与に関しては複数のシステムが乱立しており、各システムで同様の情報を入力している場合がある。",
    "県の広報活動に対し、若年世代での認知度が低い状況にあり、SNS広報の発信力強化が求められる。",
    "市町村によって業務改革やデジタル化への取組状況や意識に差がある。",
    "専門家による分析・助言を踏まえつつ、YouTubeやX（旧ツイッター）などを活用した県政情報を発信する。",
    "在庁時間と時間外命令時間の一元管理を可能とする職員証のICカード化、出退勤管理システムを導入する。",
    "入札業務に従事する職員の業務効率化や、入札に参加する事業者の負担軽減につながる。",
    "多様な支払方法が導入され、金融機関等に行く手間が省けるなど、県民サービスの向上が図られる。",
    "公有財産台帳は紙で管理しており、使用許可等の事務処理に時間を要している。",
    "データの一元管理により、複数年にまたがる情報の比較や分析が容易になる。",
    "意見交換会を実施するとともに、モデル自治体でのトライアル実施を支援する。",
]
INITIATIVE_NAMES = [
    "電子入札の拡充に向けた検討",
    "電子収納の拡充に向けた検討",
    "広報広聴課SNSアカウントの発信力向上",
    "人事管理のDX　①職員証のＩＣカード化等",
    "給与管理のDX",
    "健康管理のDX",
    "その他の分科会の実施",
    "モデル自治体でのトライアルの実施（窓口改革等）",
    "水道スマートメーターの導入促進",
    "システム構築",
    "台帳のデジタル化",
    "研修の実施",
]
BAR_LABELS = [
    "内容検討",
    "試験導入",
    "新技術の運用",
    "課題整理",
    "仕様決定",
    "意向調査",
    "試行",
    "振り返り",
    "業者選定・契約",
    "本格運用",
    "導入調査（出先）",
    "実証試験実施",
    "検討会議開催",
    "取りまとめ",
    "関係課調整・方針整理・導入調査（本庁）",
]
SHORT_BAR_LABELS = ["試行", "検討", "調査", "選定", "契約", "振り返り", "研修", "開発"]


def _text(rng: random.Random, sentences: int, bullets: bool) -> str:
    chosen = [rng.choice(SENTENCES) for _ in range(sentences)]
    if bullets:
        return "\n".join("・" + s for s in chosen)
    return "".join(chosen)


def _bars(rng: random.Random, edition: Edition, count: int, upto: int) -> list[Bar]:
    """*count* non-overlapping bars placed to the month within the window's first *upto* months."""
    bars: list[Bar] = []
    pos = rng.randrange(0, 6)
    for _ in range(count):
        if pos >= upto:
            break
        length = rng.choice([1, 2, 3, 6, 6, 12, 12, 18, 24])
        end = min(upto - 1, pos + length - 1)
        continues = end == 59 and rng.random() < 0.6
        # as on the real sheets, a bar of a month or two carries a short word, long labels sit on long bars
        labels = SHORT_BAR_LABELS if end - pos < 3 else BAR_LABELS
        bars.append(
            Bar(edition.first_month.shifted(pos), edition.first_month.shifted(end), rng.choice(labels), continues)
        )
        pos = end + 1 + rng.choice([0, 0, 1, 3])
    return bars


def generate_project(rng: random.Random, edition: Edition) -> Project:
    initiatives = []
    for _ in range(rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10])):
        plan_label = "目標" if rng.random() < 0.1 else "計画"
        plan = _bars(rng, edition, rng.randint(1, 5), 60)
        actual = _bars(rng, edition, rng.randint(0, 2), 12)  # early in the edition: only the first year
        initiatives.append(Initiative(rng.choice(INITIATIVE_NAMES), plan_label, plan, actual))
    start = rng.choice([2007, 2019, 2022, 2023, 2023, 2024])
    end = rng.choice([None, 2026, 2028, 2028, 2029])
    return Project(
        name=rng.choice(NAME_PARTS) + rng.choice(["", "・" + rng.choice(NAME_PARTS)]) + rng.choice(NAME_TAILS),
        field=rng.choice(FIELDS),
        items=rng.sample(ITEMS, rng.choice([1, 1, 2])),
        departments=rng.sample(DEPARTMENTS, rng.choice([1, 1, 1, 2, 3])),
        sections=rng.sample(SECTIONS, rng.choice([1, 1, 2, 3])),
        start_year=start,
        end_year=end,
        budget=rng.choice([194, 432, 5144, 8742, 29025, 68997, 176289, 1234567]),
        overview=_text(rng, rng.choice([1, 1, 2]), False),
        issues=_text(rng, rng.choice([1, 2, 3, 4]), True),
        approach=_text(rng, rng.choice([1, 2, 3]), rng.random() < 0.5),
        change=_text(rng, rng.choice([1, 2, 3]), False),
        initiatives=initiatives,
    )


def generate_roadmap(n: int = 150, seed: int = 0) -> Roadmap:
    """A roadmap of *n* projects for the 令和６年度 edition; the same *seed* gives the same roadmap."""
    rng = random.Random(seed)
    edition = Edition(title=default_title(2024), fiscal_year=2024, first_sheet_no=1)
    return Roadmap(edition, [generate_project(rng, edition) for _ in range(n)])


if __name__ == "__main__":
    from roadmap_desktop.core.dump import dumps
    from roadmap_desktop.core.model import validate_project

    rm = generate_roadmap()
    for p in rm.projects:
        validate_project(p, rm.edition)
    sys.stdout.write(dumps(rm))
