"""The project list: model contract, search, filters, sorting and the total of what is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from roadmap_desktop.core.fiscal import Month, format_budget
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.ui.project_list import ID_ROLE, Column, ProjectListModel, ProjectListPanel, search_text

REF = Month(2026, 11)
# Showing a window on the offscreen platform logs this harmless warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_model_and_proxy_pass_the_model_tester(qtmodeltester, qtbot, sample: Roadmap) -> None:
    model = ProjectListModel()
    model.set_roadmap(sample, REF)
    qtmodeltester.check(model)
    panel = ProjectListPanel()
    qtbot.addWidget(panel)
    panel.set_roadmap(sample, REF)
    panel.ui.search.setText("DX")
    qtmodeltester.check(panel.proxy)


def test_columns_show_the_sheet_values(qtbot, sample: Roadmap) -> None:
    model = ProjectListModel()
    model.set_roadmap(sample, REF)
    first = sample.projects[0]
    row = [model.index(0, c).data() for c in Column]
    assert row[Column.NO] == str(sample.edition.first_sheet_no)
    assert row[Column.NAME] == first.name
    assert row[Column.DEPARTMENTS] == "・".join(first.departments)
    assert row[Column.PERIOD] == first.period_text() == "R5〜R10"
    assert row[Column.BUDGET] == "5,144"
    assert row[Column.STATUS] in ("遅れ", "超過", "順調", "未着手")
    align = model.index(0, Column.BUDGET).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    assert model.headerData(Column.BUDGET, Qt.Orientation.Horizontal) == "R6事業費\n（千円）"
    assert model.index(0, 0).data(ID_ROLE) == first.id


def shown_names(panel: ProjectListPanel) -> list[str]:
    return [p.name for p in panel.proxy.projects()]


def total_text(projects: list) -> str:
    return format_budget(sum(p.budget or 0 for p in projects))


def test_search_and_filters_narrow_the_list_and_the_total_follows(qtbot, sample: Roadmap) -> None:
    panel = ProjectListPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_roadmap(sample, REF)
    assert len(shown_names(panel)) == 20
    assert total_text(sample.projects) in panel.ui.totalLabel.text()

    qtbot.keyClicks(panel.ui.search, "dx")  # matches DX and full-width ＤＸ alike, in names and texts
    names = shown_names(panel)
    assert 0 < len(names) < 20
    assert "市町村ＤＸ加速化推進事業（市町村課分）" in names and "内部管理業務DX推進事業" in names
    assert total_text(panel.proxy.projects()) in panel.ui.totalLabel.text()
    assert f"表示中 {len(names)}／20事業" in panel.ui.totalLabel.text()

    panel.ui.search.clear()
    # QTest can only type ASCII; Japanese arrives as an input method would deliver it.
    panel.ui.search.insert("電子収納 拡充")  # every word must appear (texts count, not only names)
    names = shown_names(panel)
    assert "電子入札・電子収納導入調査事業" in names
    assert names == [p.name for p in sample.projects if all(w in search_text(p) for w in ("電子収納", "拡充"))]
    assert len(names) < 5

    panel.ui.search.clear()
    combo = panel.ui.departmentFilter
    combo.setCurrentIndex(combo.findData("財務部"))
    expected = [p.name for p in sample.projects if "財務部" in p.departments]
    assert shown_names(panel) == expected
    assert total_text([p for p in sample.projects if "財務部" in p.departments]) in panel.ui.totalLabel.text()

    sections = panel.ui.sectionFilter
    sections.setCurrentIndex(sections.findData("税務課"))
    assert shown_names(panel) == [
        p.name for p in sample.projects if "財務部" in p.departments and "税務課" in p.sections
    ]
    combo.setCurrentIndex(0)
    sections.setCurrentIndex(0)
    fields = panel.ui.fieldFilter
    assert fields.count() == 1 + len({p.field for p in sample.projects})
    fields.setCurrentIndex(1)
    assert len(shown_names(panel)) == sum(p.field == fields.currentData() for p in sample.projects)


def test_sorting_by_budget_and_back_to_book_order(qtbot, sample: Roadmap) -> None:
    panel = ProjectListPanel()
    qtbot.addWidget(panel)
    panel.set_roadmap(sample, REF)
    panel.ui.table.sortByColumn(Column.BUDGET, Qt.SortOrder.DescendingOrder)
    budgets = [p.budget or 0 for p in panel.proxy.projects()]
    assert budgets == sorted(budgets, reverse=True)
    panel.ui.table.sortByColumn(Column.NO, Qt.SortOrder.AscendingOrder)
    assert [p.id for p in panel.proxy.projects()] == [p.id for p in sample.projects]


def test_sheet_numbers_follow_order_unless_fixed(qtbot, sample: Roadmap) -> None:
    sample.projects[3].sheet_no_override = 100
    model = ProjectListModel()
    model.set_roadmap(sample, REF)
    numbers = [model.index(r, Column.NO).data() for r in range(5)]
    assert numbers == ["56", "57", "58", "100*", "101"]


def test_selection_survives_a_refresh(qtbot, sample: Roadmap) -> None:
    panel = ProjectListPanel()
    qtbot.addWidget(panel)
    panel.set_roadmap(sample, REF)
    target = sample.projects[7].id
    assert panel.select_project(target)
    panel.set_roadmap(sample, REF)
    assert panel.current_project_id() == target


def test_status_tooltip_explains_with_the_reference_month(qtbot, sample: Roadmap) -> None:
    model = ProjectListModel()
    model.set_roadmap(sample, REF)
    tips = {model.index(r, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())}
    assert any("令和8年11月" in t for t in tips)
    late_rows = [r for r in range(model.rowCount()) if model.index(r, Column.STATUS).data() == "遅れ"]
    assert late_rows and model.index(late_rows[0], Column.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_dropping_a_row_asks_for_a_move(qtbot, sample: Roadmap) -> None:
    model = ProjectListModel()
    model.set_roadmap(sample, REF)
    asked: list[tuple[str, int]] = []
    model.moveRequested.connect(lambda pid, index: asked.append((pid, index)))
    data = model.mimeData([model.index(5, 0), model.index(5, 3)])
    assert data.hasFormat(model.mimeTypes()[0])
    move = Qt.DropAction.MoveAction
    assert model.dropMimeData(data, move, 1, 0, QModelIndex()) is False  # between rows 0 and 1
    assert model.dropMimeData(data, move, -1, -1, model.index(8, 2)) is False  # onto row 8
    model.dropMimeData(data, move, -1, -1, QModelIndex())  # below the last row
    model.dropMimeData(data, move, 6, 0, QModelIndex())  # just below itself: no move
    assert not model.dropMimeData(data, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    pid = sample.projects[5].id
    assert asked == [(pid, 1), (pid, 7), (pid, 19)]


@pytest.fixture
def panel(qtbot, sample: Roadmap) -> ProjectListPanel:
    p = ProjectListPanel()
    qtbot.addWidget(p)
    p.resize(560, 600)
    p.show()
    qtbot.waitExposed(p)
    p.set_roadmap(sample, REF)
    return p


def test_status_filter_counts_and_narrows(panel: ProjectListPanel, sample: Roadmap) -> None:
    from roadmap_desktop.core.status import Status, project_status

    combo = panel.ui.statusFilter
    expected = {s: sum(project_status(p, REF) is s for p in sample.projects) for s in Status}
    assert expected[Status.DELAYED] > 0 and expected[Status.ON_TRACK] > 0
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "すべての状況"
    assert items[1:] == [
        f"遅れ（{expected[Status.DELAYED]}件）",
        f"超過（{expected[Status.OVERRUN]}件）",
        f"順調（{expected[Status.ON_TRACK]}件）",
        f"未着手（{expected[Status.NOT_STARTED]}件）",
    ]
    panel.set_status_filter(Status.DELAYED)
    assert shown_names(panel) == [p.name for p in sample.projects if project_status(p, REF) is Status.DELAYED]
    assert f"表示中 {expected[Status.DELAYED]}／20事業" in panel.ui.totalLabel.text()
    # the counts follow the other filters (here: one department), the chosen status stays chosen
    dept = panel.ui.departmentFilter
    dept.setCurrentIndex(dept.findData("財務部"))
    finance = [p for p in sample.projects if "財務部" in p.departments]
    late = sum(project_status(p, REF) is Status.DELAYED for p in finance)
    assert combo.currentText() == f"遅れ（{late}件）"
    assert len(shown_names(panel)) == late


def test_hiragana_search_finds_katakana(panel: ProjectListPanel, sample: Roadmap) -> None:
    from roadmap_desktop.core.search import fold

    word = "せきゅりてぃ"  # 情報セキュリティ対策推進事業
    panel.ui.search.insert(word)
    names = shown_names(panel)
    assert "情報セキュリティ対策推進事業" in names
    assert names == [p.name for p in sample.projects if fold("セキュリティ") in search_text(p)]


def test_no_hits_shows_a_message_and_clearing_restores_the_chosen_project(
    qtbot, panel: ProjectListPanel, sample: Roadmap
) -> None:
    chosen = sample.projects[6].id
    assert panel.select_project(chosen)
    seen: list[object] = []
    panel.currentProjectChanged.connect(seen.append)
    panel.ui.search.insert("該当なしの言葉")
    assert panel.proxy.rowCount() == 0
    assert "条件に合う事業はありません" in panel.empty_message()
    assert panel.empty_label.isVisible()
    assert panel.current_project_id() is None
    panel.ui.search.clear()
    assert not panel.empty_label.isVisible() and panel.empty_message() == ""
    assert panel.current_project_id() == chosen  # the project chosen before the search is back
    assert seen[-1] == chosen


def test_a_row_is_always_current_when_rows_are_shown(panel: ProjectListPanel, sample: Roadmap) -> None:
    assert panel.select_project(sample.projects[0].id)
    panel.ui.search.insert("財務")  # the current project does not match: the first shown row becomes current
    assert panel.proxy.rowCount() > 0
    assert panel.current_project_id() == panel.proxy.projects()[0].id
    panel.ui.search.clear()
    assert panel.current_project_id() == sample.projects[0].id  # the user's choice comes back


def test_empty_roadmap_says_how_to_start(qtbot) -> None:
    p = ProjectListPanel()
    qtbot.addWidget(p)
    p.show()
    p.set_roadmap(Roadmap(), REF)
    assert "追加" in p.empty_message()


def test_tab_leaves_the_list_and_arrows_move_in_it(qtbot, panel: ProjectListPanel, sample: Roadmap) -> None:
    table = panel.ui.table
    panel.select_project(sample.projects[2].id)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert panel.current_project_id() == sample.projects[3].id
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert panel.current_project_id() == sample.projects[3].id  # Tab did not change the project


def test_sorted_state_and_back_to_book_order(qtbot, panel: ProjectListPanel, sample: Roadmap) -> None:
    states: list[bool] = []
    panel.sortedChanged.connect(states.append)
    assert not panel.is_sorted()
    panel.ui.table.sortByColumn(Column.BUDGET, Qt.SortOrder.DescendingOrder)
    assert panel.is_sorted() and states[-1] is True
    panel.ui.table.sortByColumn(Column.NO, Qt.SortOrder.AscendingOrder)  # No. ascending is the book's order
    assert not panel.is_sorted() and states[-1] is False
    panel.ui.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    menu = panel.header_menu()
    book = next(a for a in menu.actions() if a.text() == "シート番号の順に戻す(&S)")
    assert book.isEnabled()
    book.trigger()
    assert not panel.is_sorted()
    assert [p.id for p in panel.proxy.projects()] == [p.id for p in sample.projects]


def test_columns_leave_room_for_the_name_and_can_be_hidden_and_restored(qtbot, panel: ProjectListPanel) -> None:
    table = panel.ui.table
    header = table.horizontalHeader()
    panel.reset_columns()
    em = table.fontMetrics().horizontalAdvance("国")
    assert header.isSectionHidden(Column.FIELD)  # repeats 行政経営分野: hidden at first
    assert table.columnWidth(Column.NAME) >= 12 * em
    widest_other = max(table.columnWidth(c) for c in Column if c is not Column.NAME)
    assert table.columnWidth(Column.NAME) > widest_other
    menu = panel.header_menu()
    field = next(a for a in menu.actions() if a.text() == "分野")
    assert not field.isChecked()
    field.trigger()
    assert not header.isSectionHidden(Column.FIELD)
    assert "事業名" not in [a.text() for a in menu.actions()]  # 事業名 cannot be hidden
    table.setColumnWidth(Column.DEPARTMENTS, 133)
    state = panel.header_state()
    other = ProjectListPanel()
    qtbot.addWidget(other)
    assert other.restore_header_state(state)
    assert other.ui.table.columnWidth(Column.DEPARTMENTS) == 133
    assert not other.ui.table.horizontalHeader().isSectionHidden(Column.FIELD)
    assert not other.is_sorted()


def test_a_wider_pane_gives_the_room_to_the_names(qtbot, panel: ProjectListPanel) -> None:
    """Widening the list pane shows more of each 事業名, not blank space after the last column."""
    table = panel.ui.table
    header = table.horizontalHeader()
    before = {c: table.columnWidth(c) for c in Column}
    panel.resize(panel.width() + 300, panel.height())
    qtbot.waitUntil(lambda: table.columnWidth(Column.NAME) >= before[Column.NAME] + 250)
    assert all(table.columnWidth(c) == w for c, w in before.items() if c is not Column.NAME)
    shown = [c for c in Column if not header.isSectionHidden(c)]
    # the columns fill the viewport: no blank space right of the last one
    assert sum(table.columnWidth(c) for c in shown) >= table.viewport().width() - 2
    long_name = panel.proxy.index(0, Column.NAME)
    assert panel.proxy.data(long_name, Qt.ItemDataRole.ToolTipRole) == panel.proxy.data(long_name)  # full text on hover


def test_from_the_search_box_enter_or_down_goes_to_the_list_and_esc_clears(
    qtbot, panel: ProjectListPanel, sample: Roadmap
) -> None:
    search, table = panel.ui.search, panel.ui.table
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    search.insert("財務")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert table.hasFocus() and panel.current_project_id() == panel.proxy.projects()[0].id
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and panel.proxy.rowCount() == 20 and search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert table.hasFocus()


def test_a_cell_answers_all_its_roles_in_one_call_as_it_does_one_by_one(qtbot, sample: Roadmap) -> None:
    """The view asks a painted cell for its roles in one call (multiData: the list's first paint made
    ~2,500 calls into Python, now ~600): each role's answer is data()'s, and the list paints the same
    pixels as when Qt's proxy asks role by role. Sorted and searched, so that the mapping counts."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, QSortFilterProxyModel

    panel = ProjectListPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    panel.set_roadmap(sample, REF)
    panel.ui.table.sortByColumn(Column.BUDGET, Qt.SortOrder.DescendingOrder)
    panel.ui.search.setText("デジタル")
    proxy = panel.proxy
    assert 0 < proxy.rowCount() < len(sample.projects)
    roles = [int(r) for r in Qt.ItemDataRole if r < Qt.ItemDataRole.UserRole] + [ID_ROLE]
    answered = 0
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            for role in roles:
                one = QModelRoleData(role)
                proxy.multiData(index, QModelRoleDataSpan(one))
                assert one.data() == proxy.data(index, role), (row, column, role)
                answered += one.data() is not None
    assert answered > 4 * proxy.rowCount() * proxy.columnCount() // 2
    at_once = panel.ui.table.grab().toImage()
    asked: list[int] = []

    def role_by_role(index: QModelIndex, span: QModelRoleDataSpan) -> None:  # Qt's own: data() per role
        asked.append(index.row())
        QSortFilterProxyModel.multiData(proxy, index, span)

    proxy.multiData = role_by_role  # type: ignore[method-assign]
    assert panel.ui.table.grab().toImage() == at_once
    assert sorted(set(asked)) == list(range(proxy.rowCount()))  # the grab did paint every row Qt's way
