"""Import planning and applying: matching, the listed changes, per-project acceptance, the roadmap untouched."""

from __future__ import annotations

import copy

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap
from roadmap_desktop.importing.merge import (
    ChangeKind,
    ImportResult,
    IncomingSheet,
    apply_import,
    describe_plan,
    plan_import,
)

EDITION = Edition(fiscal_year=2024)
M = EDITION.first_month


def _roadmap() -> Roadmap:
    return Roadmap(
        EDITION,
        [
            Project(
                name="電子入札導入調査事業",
                budget=5144,
                overview="旧い概要",
                initiatives=[Initiative("検討", "計画", [Bar(M, M.shifted(5), "内容検討")], [])],
                sheet_no_override=56,
            ),
            Project(name="ウェブ広報発信力向上事業", budget=8742),
        ],
    )


def _incoming(project: Project, known: bool, sheet_no: int | None = None) -> IncomingSheet:
    return IncomingSheet(copy.deepcopy(project), "ワークシート「X」", identity_known=known, sheet_no=sheet_no)


def test_identity_wins_over_name() -> None:
    rm = _roadmap()
    renamed = copy.deepcopy(rm.projects[0])
    renamed.name = "電子調達推進事業"
    # The identity holds because the sheet still shows its No. (56); the new 事業名 is a change of name.
    plan = plan_import(rm, ImportResult([_incoming(renamed, True, 56)]))
    assert plan[0].kind is ChangeKind.CHANGED and plan[0].existing is rm.projects[0]
    assert [(c.label, c.old, c.new) for c in plan[0].changes] == [
        ("事業名", "電子入札導入調査事業", "電子調達推進事業")
    ]


def test_name_match_ignores_width_and_spaces() -> None:
    rm = _roadmap()
    foreign = Project(name="ウェブ広報　発信力向上事業", budget=8742)  # another id, spaced name
    plan = plan_import(rm, ImportResult([_incoming(foreign, False)]))
    assert plan[0].existing is rm.projects[1]
    assert plan[0].kind is ChangeKind.CHANGED  # the name itself differs by the space
    assert plan[0].changes[0].label == "事業名"


def test_a_copied_sheet_comes_in_new_instead_of_overwriting_the_original() -> None:
    rm = _roadmap()
    original = _incoming(rm.projects[0], True)
    copied = Project(name="電子入札導入調査事業", budget=1)
    plan = plan_import(rm, ImportResult([_incoming(copied, False), original]))
    assert [c.kind for c in plan] == [ChangeKind.NEW, ChangeKind.UNCHANGED]


def test_bar_changes_are_listed_old_to_new() -> None:
    rm = _roadmap()
    moved = copy.deepcopy(rm.projects[0])
    moved.initiatives[0].plan = [Bar(M.shifted(2), M.shifted(4), "内容検討")]
    moved.initiatives.append(Initiative("運用", "目標", [Bar(M.shifted(12), M.shifted(59), "運用", True)], []))
    plan = plan_import(rm, ImportResult([_incoming(moved, True)]))
    changes = {c.label: (c.old, c.new) for c in plan[0].changes}
    assert changes["取組1「検討」"] == (
        "計画: 内容検討（令和6年4月〜令和6年9月） ／ 実績: なし",
        "計画: 内容検討（令和6年6月〜令和6年8月） ／ 実績: なし",
    )
    assert changes["取組2「運用」"] == ("（なし）", "目標: 運用（令和7年4月〜令和11年3月、以降も継続） ／ 実績: なし")


def test_apply_only_accepted_keeps_ids_and_sheet_numbers_and_leaves_roadmap_alone() -> None:
    rm = _roadmap()
    before = dumps(rm)
    a = copy.deepcopy(rm.projects[0])
    a.overview = "新しい概要"
    a.sheet_no_override = None
    b = copy.deepcopy(rm.projects[1])
    b.budget = 9000
    new = Project(name="新規事業", budget=100)
    plan = plan_import(rm, ImportResult([_incoming(a, True), _incoming(b, True), _incoming(new, False)]))
    assert [c.kind for c in plan] == [ChangeKind.CHANGED, ChangeKind.CHANGED, ChangeKind.NEW]
    plan[1].accepted = False
    out = apply_import(rm, plan)
    assert dumps(rm) == before
    assert out.projects[0].overview == "新しい概要"
    assert out.projects[0].id == rm.projects[0].id
    assert out.projects[0].sheet_no_override == 56
    assert out.projects[1].budget == 8742
    assert [p.name for p in out.projects] == ["電子入札導入調査事業", "ウェブ広報発信力向上事業", "新規事業"]


def test_new_project_with_a_clashing_id_gets_its_own() -> None:
    rm = _roadmap()
    clash = Project(id=rm.projects[0].id, name="別の事業")
    plan = [c for c in plan_import(rm, ImportResult([_incoming(clash, False)]))]
    assert plan[0].kind is ChangeKind.NEW
    out = apply_import(rm, plan)
    assert len({p.id for p in out.projects}) == 3


def test_describe_plan_in_words() -> None:
    rm = _roadmap()
    a = copy.deepcopy(rm.projects[0])
    a.budget = 6000
    sheet = _incoming(a, True)
    sheet.warnings.append("見出し「概要」が見つからないため、空として読みました。")
    text = describe_plan(
        plan_import(rm, ImportResult([sheet], ["ワークシート「メモ」: 読めません"])),
        ImportResult([sheet], ["ワークシート「メモ」: 読めません"]),
    )
    assert "[変更] 電子入札導入調査事業（ワークシート「X」）" in text
    assert "事業費（千円）: 5,144 → 6,000" in text
    assert "注意: 見出し「概要」" in text
    assert "読み込めなかった部分: ワークシート「メモ」" in text
    assert text.endswith("新規0件、変更1件、変更なし0件")


def test_parts_a_reader_could_not_read_keep_what_the_roadmap_holds() -> None:
    from roadmap_desktop.core.fiscal import Month
    from roadmap_desktop.core.model import Bar, Initiative, Project, Roadmap
    from roadmap_desktop.importing.merge import (
        TIMELINE,
        ChangeKind,
        ImportResult,
        IncomingSheet,
        apply_import,
        describe_plan,
        initiative_key,
        plan_import,
    )

    bar = Bar(Month.fiscal(2024, 0), Month.fiscal(2024, 5), "内容検討")
    old = Project(
        name="事業A", budget=100, initiatives=[Initiative("取組1", plan=[bar]), Initiative("取組2", plan=[bar])]
    )
    roadmap = Roadmap(projects=[old])
    # The reader found the budget changed but could not read the overview nor 取組2's bars.
    incoming = Project(
        name="事業A", budget=120, overview="", initiatives=[Initiative("取組1", plan=[bar]), Initiative("取組2")]
    )
    old.overview = "元の概要"
    sheet = IncomingSheet(incoming, "ワークシート「No.1」", unread={"overview": "B5", initiative_key("取組２"): "図形"})
    plan = plan_import(roadmap, ImportResult([sheet]))
    assert plan[0].kind is ChangeKind.CHANGED
    assert [c.label for c in plan[0].changes] == ["事業費（千円）"]
    assert len(plan[0].kept) == 2 and "概要" in plan[0].kept[0]
    applied = apply_import(roadmap, plan).projects[0]
    assert applied.budget == 120 and applied.overview == "元の概要"
    assert applied.initiatives[1].plan == [bar]
    assert "ロードマップの内容を維持" in describe_plan(plan, ImportResult([sheet]))

    # A timeline that could not be read at all keeps every initiative: nothing is proposed as deleted.
    blank = IncomingSheet(Project(name="事業A", budget=100, overview="元の概要"), "p1", unread={TIMELINE: "見出しなし"})
    plan = plan_import(roadmap, ImportResult([blank]))
    assert plan[0].kind is ChangeKind.UNCHANGED
    assert apply_import(roadmap, plan).projects[0].initiatives == old.initiatives


def test_line_breaks_typed_to_fit_a_cell_are_not_a_change() -> None:
    from roadmap_desktop.core.fiscal import Month
    from roadmap_desktop.core.model import Bar, Initiative, Project, Roadmap
    from roadmap_desktop.importing.merge import ChangeKind, ImportResult, IncomingSheet, apply_import, plan_import

    bar = Bar(Month.fiscal(2024, 0), Month.fiscal(2024, 5), "試験導入・内容検討")
    old = Project(
        name="電子入札・電子収納導入調査事業", initiatives=[Initiative("電子入札の拡充に向けた検討", plan=[bar])]
    )
    roadmap = Roadmap(projects=[old])
    typed = Project(
        name="電子入札・電子収納\n導入調査事業",
        initiatives=[
            Initiative(
                "電子入札の拡充に\n向けた検討",
                plan=[Bar(bar.start, bar.end, "試験導入・\n内容検討")],
            )
        ],
    )
    plan = plan_import(roadmap, ImportResult([IncomingSheet(typed, "s")]))
    assert plan[0].kind is ChangeKind.UNCHANGED, plan[0].changes
    # A real change next to a typed break is still proposed, and the roadmap's spelling kept for the rest.
    typed.initiatives[0].plan[0].end = Month.fiscal(2024, 8)
    plan = plan_import(roadmap, ImportResult([IncomingSheet(typed, "s")]))
    assert plan[0].kind is ChangeKind.CHANGED
    applied = apply_import(roadmap, plan).projects[0]
    assert applied.name == old.name and applied.initiatives[0].name == "電子入札の拡充に向けた検討"
    assert applied.initiatives[0].plan[0].label == "試験導入・内容検討"
    assert applied.initiatives[0].plan[0].end == Month.fiscal(2024, 8)
