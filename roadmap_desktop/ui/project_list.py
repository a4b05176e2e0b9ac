"""The project list: a table model over the roadmap, a filter/sort proxy, and the panel around them."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QWidget

from ..core.fiscal import Month, format_budget
from ..core.model import Project, Roadmap
from ..core.status import Status, project_status
from .forms.ui_project_panel import Ui_ProjectPanel

_Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-roadmap-desktop-project-id"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_STATUS_COLORS = {Status.DELAYED: "#c62828", Status.OVERRUN: "#b26a00"}


class Column(IntEnum):
    NO = 0
    NAME = 1
    FIELD = 2
    DEPARTMENTS = 3
    SECTIONS = 4
    PERIOD = 5
    BUDGET = 6
    STATUS = 7


def _fold(text: str) -> str:
    """Search folds width and case (ＤＸ = DX = dx)."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(project: Project) -> str:
    parts = [project.name, project.field, *project.items, *project.departments, *project.sections,
             project.overview, project.issues, project.approach, project.change]  # fmt: skip
    for initiative in project.initiatives:
        parts.append(initiative.name)
        parts.extend(b.label for b in initiative.plan + initiative.actual)
    return _fold("\n".join(parts))


class ProjectListModel(QAbstractTableModel):
    """One row per project in sheet order; read-only (edits go through the sheet form and commands).

    A row dragged onto another position is not moved here: ``moveRequested(project_id, index)``
    asks for the move, which the main window makes as an undoable command.
    """

    moveRequested = Signal(str, int)  # project id, its new index in the book

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roadmap = Roadmap()
        self._reference = Month(2000, 1)
        self._numbers: list[int] = []
        self._status: list[Status] = []
        self._search: list[str] = []
        self._headers = [
            self.tr("No."), self.tr("事業名"), self.tr("分野"), self.tr("担当部局"), self.tr("担当課等"),
            self.tr("期間"), self.tr("事業費\n（千円）"), self.tr("状況"),
        ]  # fmt: skip

    # --- feeding it ----------------------------------------------------------------------

    def set_roadmap(self, roadmap: Roadmap, reference: Month) -> None:
        """Show *roadmap* (after structural changes: rows added, removed, moved, replaced)."""
        self.beginResetModel()
        self._roadmap = roadmap
        self._reference = reference
        self._recompute()
        self.endResetModel()
        # Two lines (R6事業費 / （千円）) so the column can stay narrow.
        self._headers[Column.BUDGET] = roadmap.edition.budget_label.replace("（", "\n（", 1)

    def refresh(self) -> None:
        """Content changed within projects (the rows are the same)."""
        self._recompute()
        if self._roadmap.projects:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def refresh_project(self, project_id: str) -> None:
        """One project's content changed (an edit): recompute and repaint its row only (all rows when
        its change moved the sheet numbers after it)."""
        row = self._roadmap.index_of(project_id)
        project = self._roadmap.projects[row]
        numbers = self._roadmap.sheet_numbers()
        first, last = row, row
        if numbers != self._numbers:
            self._numbers, first, last = numbers, 0, len(numbers) - 1
        self._status[row] = project_status(project, self._reference)
        self._search[row] = search_text(project)
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _recompute(self) -> None:
        self._numbers = self._roadmap.sheet_numbers()
        self._status = [project_status(p, self._reference) for p in self._roadmap.projects]
        self._search = [search_text(p) for p in self._roadmap.projects]

    @property
    def roadmap(self) -> Roadmap:
        return self._roadmap

    def project_at(self, row: int) -> Project:
        return self._roadmap.projects[row]

    def row_of(self, project_id: str) -> int:
        return self._roadmap.index_of(project_id)

    def search_text_at(self, row: int) -> str:
        return self._search[row]

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._roadmap.projects)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.BUDGET:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        )  # fmt: skip

    # --- drag to reorder ----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(self._roadmap.projects[rows[0]].id.encode("ascii")))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            source = self.row_of(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except (KeyError, UnicodeDecodeError):
            return False
        if parent.isValid():
            before = parent.row()  # dropped onto a row: take its place
        elif row < 0:
            before = self.rowCount()  # below the last row
        else:
            before = row
        target = min(max(before - 1 if source < before else before, 0), self.rowCount() - 1)
        if target != source:
            self.moveRequested.emit(self._roadmap.projects[source].id, target)
        return False  # nothing for the view to remove: the move comes back through the command

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        row, col = index.row(), index.column()
        p = self._roadmap.projects[row]
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.STATUS:
            return self._status_tip(self._status[row])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, col, p)
        if role == SORT_ROLE:
            return self._sort_key(row, col, p)
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (Column.BUDGET, Column.NO):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == Column.STATUS:
            color = _STATUS_COLORS.get(self._status[row])
            return QBrush(QColor(color)) if color else None
        return None

    def _display(self, row: int, col: int, p: Project) -> str:
        match col:
            case Column.NO:
                return str(self._numbers[row]) + ("*" if p.sheet_no_override is not None else "")
            case Column.NAME:
                return p.name
            case Column.FIELD:
                return p.field
            case Column.DEPARTMENTS:
                return "・".join(p.departments)
            case Column.SECTIONS:
                return "・".join(p.sections)
            case Column.PERIOD:
                return p.period_text()
            case Column.BUDGET:
                return format_budget(p.budget)
            case _:
                return self._status[row].label

    def _status_tip(self, status: Status) -> str:
        month = self._reference.japanese()
        return {
            Status.DELAYED: self.tr("基準日（{month}）までに終わる計画のうち、実績のない月がある取組があります。"),
            Status.OVERRUN: self.tr("計画の期間を超えて続いている実績があります。"),
            Status.ON_TRACK: self.tr("基準日（{month}）までの計画に実績が追いついています。"),
            Status.NOT_STARTED: self.tr("実績がまだありません（基準日 {month} までに終わる計画もありません）。"),
            Status.NONE: self.tr("取組がありません。"),
        }[status].format(month=month)

    def _sort_key(self, row: int, col: int, p: Project) -> Any:
        match col:
            case Column.NO:
                return row  # the book's order, which is what numbers follow
            case Column.PERIOD:
                return (p.start_year or 0) * 10000 + (p.end_year or 0)
            case Column.BUDGET:
                return -1 if p.budget is None else p.budget
            case Column.STATUS:
                return self._status[row].rank
            case _:
                return _fold(self._display(row, col, p))


class ProjectFilterProxy(QSortFilterProxyModel):
    """Search words (all must appear) and exact filters on 分野, 担当部局, 担当課等."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self._field: str | None = None
        self._department: str | None = None
        self._section: str | None = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = _fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(self, field: str | None, department: str | None, section: str | None) -> None:
        self.beginFilterChange()
        self._field, self._department, self._section = field, department, section
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ProjectListModel) or source_parent.isValid():
            return True
        p = model.project_at(source_row)
        if self._field is not None and p.field != self._field:
            return False
        if self._department is not None and self._department not in p.departments:
            return False
        if self._section is not None and self._section not in p.sections:
            return False
        text = model.search_text_at(source_row)
        return all(w in text for w in self._words)

    def projects(self) -> list[Project]:
        """The projects shown, in the order shown."""
        model = self.sourceModel()
        assert isinstance(model, ProjectListModel)
        return [model.project_at(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount())]


class ProjectListPanel(QWidget):
    """Search, filters, the table, the total of what is shown, and the list's buttons."""

    currentProjectChanged = Signal(object)  # project id (str) or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectPanel()
        self.ui.setupUi(self)
        self.model = ProjectListModel(self)
        self.proxy = ProjectFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDropIndicatorShown(True)
        table.setDragDropOverwriteMode(False)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the book's order until a header is clicked
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        for col, width in ((Column.NO, 40), (Column.FIELD, 96), (Column.DEPARTMENTS, 80), (Column.SECTIONS, 80),
                           (Column.PERIOD, 68), (Column.BUDGET, 84), (Column.STATUS, 44)):  # fmt: skip
            table.setColumnWidth(col, width)
        self.ui.search.textChanged.connect(self._search_changed)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._filters_changed)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.rowsInserted.connect(self._update_total)
        self.proxy.rowsRemoved.connect(self._update_total)
        self.proxy.modelReset.connect(self._update_total)
        self.proxy.layoutChanged.connect(self._update_total)
        self.proxy.dataChanged.connect(self._update_total)
        self._update_total()

    def set_reorderable(self, enabled: bool) -> None:
        self.ui.table.setDragEnabled(enabled)
        self.ui.table.setAcceptDrops(enabled)

    def _combos(self) -> list[QComboBox]:
        return [self.ui.fieldFilter, self.ui.departmentFilter, self.ui.sectionFilter]

    # --- data ----------------------------------------------------------------------------

    def set_roadmap(self, roadmap: Roadmap, reference: Month) -> None:
        keep = self.current_project_id()
        self.model.set_roadmap(roadmap, reference)
        self._fill_filters()
        if keep is not None:
            self.select_project(keep)
        self._update_total()

    def refresh(self) -> None:
        self.model.refresh()
        self._fill_filters()

    def refresh_project(self, project_id: str) -> None:
        """After an edit of one project: its row, and the filter lists only if their choices changed."""
        self.model.refresh_project(project_id)
        projects = self.model.roadmap.projects
        values = [
            sorted({p.field for p in projects if p.field}),
            sorted({d for p in projects for d in p.departments}),
            sorted({s for p in projects for s in p.sections}),
        ]
        if values != [[c.itemData(i) for i in range(1, c.count())] for c in self._combos()]:
            self._fill_filters()

    def _fill_filters(self) -> None:
        projects = self.model.roadmap.projects
        values = [
            sorted({p.field for p in projects if p.field}),
            sorted({d for p in projects for d in p.departments}),
            sorted({s for p in projects for s in p.sections}),
        ]
        alls = [self.tr("すべての分野"), self.tr("すべての担当部局"), self.tr("すべての担当課等")]
        for combo, items, all_text in zip(self._combos(), values, alls, strict=True):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for v in items:
                combo.addItem(v, v)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        self._filters_changed()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_total()

    def _filters_changed(self) -> None:
        f, d, s = (c.currentData() for c in self._combos())
        self.proxy.set_filters(f, d, s)
        self._update_total()

    def _update_total(self, *args: object) -> None:
        shown = self.proxy.projects()
        total = sum(p.budget or 0 for p in shown)
        self.ui.totalLabel.setText(
            self.tr("表示中 {shown} / {all} 事業　事業費合計 {total} 千円").format(
                shown=len(shown), all=self.model.rowCount(), total=format_budget(total)
            )
        )

    # --- selection ----------------------------------------------------------------------

    def current_project_id(self) -> str | None:
        index = self.ui.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, ID_ROLE)

    def selected_projects(self) -> list[Project]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.ui.table.selectionModel().selectedRows()})
        return [self.model.project_at(r) for r in rows]

    def select_project(self, project_id: str) -> bool:
        try:
            row = self.model.row_of(project_id)
        except KeyError:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        table = self.ui.table
        table.selectRow(index.row())
        table.setCurrentIndex(index)
        table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.currentProjectChanged.emit(self.proxy.data(current, ID_ROLE) if current.isValid() else None)
