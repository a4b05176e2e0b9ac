"""The project list: a table model over the roadmap, a filter/sort proxy, and the panel around them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QLineEdit, QMenu, QWidget

from ..core.fiscal import Month, format_budget
from ..core.model import Project, Roadmap
from ..core.search import fold, matches, search_words
from ..core.status import Status, project_status
from .contrast import on_base
from .first_paint import watch_events
from .forms.ui_project_panel import Ui_ProjectPanel

if TYPE_CHECKING:
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

_Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-roadmap-desktop-project-id"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles data() answers, as the plain ints Qt passes: it runs for every shown cell and role at each
# paint (some thousand calls at the first), where each enum lookup would cost as much as the answer.
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT, _FOREGROUND = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, SORT_ROLE, ID_ROLE})
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)  # combined once: flags() too runs for every painted cell
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


_COLUMNS = len(Column)

# Statuses offered in the 状況 filter, worst first (a project without initiatives has none).
FILTER_STATUSES = (Status.DELAYED, Status.OVERRUN, Status.ON_TRACK, Status.NOT_STARTED)
# Default column widths in characters of the list's font (事業名 gets what is left, at least NAME_CHARS).
_COLUMN_CHARS = {
    "NO": 2.8,
    "FIELD": 4.5,
    "DEPARTMENTS": 4.0,
    "SECTIONS": 4.5,
    "PERIOD": 4.3,
    "BUDGET": 4.3,
    "STATUS": 3.0,
}
NAME_CHARS = 10  # 事業名 keeps room for its words; below that the list scrolls sideways …
FIT_NAME_CHARS = 8  # … unless 8 characters show every column (a laptop's list; the whole name on hover)
# 分野 repeats one value on most rows (the filter above the list and the form show it): hidden at first,
# back through the header's context menu.
HIDDEN_AT_FIRST = (Column.FIELD,)


def _fold(text: str) -> str:
    """Search folds kana, width and case (ぺーぱーれす = ペーパーレス, ＤＸ = DX = dx)."""
    return fold(text)


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
        self._search: list[str | None] = []  # folded search text, made when a search first needs it
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
        self._search[row] = None
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _recompute(self) -> None:
        self._numbers = self._roadmap.sheet_numbers()
        self._status = [project_status(p, self._reference) for p in self._roadmap.projects]
        self._search = [None] * len(self._roadmap.projects)  # not at start-up: only a search reads it

    @property
    def roadmap(self) -> Roadmap:
        return self._roadmap

    def project_at(self, row: int) -> Project:
        return self._roadmap.projects[row]

    def row_of(self, project_id: str) -> int:
        return self._roadmap.index_of(project_id)

    def search_text_at(self, row: int) -> str:
        text = self._search[row]
        if text is None:
            text = self._search[row] = search_text(self._roadmap.projects[row])
        return text

    def status_at(self, row: int) -> Status:
        return self._status[row]

    # --- QAbstractTableModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """As Qt's own, in one call: Qt's asks rowCount and columnCount, two calls into Python for
        every cell and role the list paints (the proxy maps each through here)."""
        if parent.isValid() or not (0 <= row < len(self._roadmap.projects) and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

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
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

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

    def multiData(self, index: _Index, roles: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role of a cell at once: the view asks seven to paint one (font, alignment, colours,
        text…), one call into Python each, and the proxy's mapping with each; this is one call."""
        row, projects = index.row(), self._roadmap.projects
        valid = index.isValid() and 0 <= row < len(projects)
        col, p = (index.column(), projects[row]) if valid else (0, None)
        for role_data in cast("Iterable[QModelRoleData]", roles):  # Qt passes a span (iterable at run time)
            role = role_data.role()  # the cell found once, not once a role (~20 µs a cell before)
            role_data.setData(self._value(row, col, p, role) if p is not None and role in _ROLES else None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # decoration, font, background…: the view's own
            return None
        row, projects = index.row(), self._roadmap.projects
        if not index.isValid() or not (0 <= row < len(projects)):
            return None
        return self._value(row, index.column(), projects[row], role)

    def _value(self, row: int, col: int, p: Project, role: int) -> Any:
        """The cell's value for one of _ROLES."""
        if role == _TOOLTIP and col == Column.STATUS:
            return self._status_tip(self._status[row])
        if role in (_DISPLAY, _TOOLTIP):
            return self._display(row, col, p)
        if role == SORT_ROLE:
            return self._sort_key(row, col, p)
        if role == ID_ROLE:
            return p.id
        if role == _ALIGNMENT:
            return _ALIGN_RIGHT if col in (Column.BUDGET, Column.NO) else _ALIGN_LEFT
        if role == _FOREGROUND and col == Column.STATUS:
            color = _STATUS_COLORS.get(self._status[row])
            return on_base(color) if color else None  # red on black reads too (a colour: see paint_pixels.brush)
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
            Status.DELAYED: self.tr("基準月（{month}）までに終わる計画のうち、実績のない月がある取組があります。"),
            Status.OVERRUN: self.tr("計画の期間を超えて続いている実績があります。"),
            Status.ON_TRACK: self.tr("基準月（{month}）までの計画に実績が追いついています。"),
            Status.NOT_STARTED: self.tr("実績がまだありません。基準月（{month}）までに終わる計画もありません。"),
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
    """Search words (all must appear) and exact filters on 分野, 担当部局, 担当課等 and 状況."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []
        self._field: str | None = None
        self._department: str | None = None
        self._section: str | None = None
        self._status: Status | None = None

    # Each setter leaves the rows alone when nothing changes: the list re-applies its filters after
    # every reset (at opening too), and a reset or an edit re-filters the rows by itself.

    def set_search(self, text: str) -> None:
        words = search_words(text)
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: Status | None) -> None:
        if status is self._status:
            return
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def status_counts(self) -> dict[Status, int]:
        """How many projects of each status pass every filter but the 状況 one (the filter's counts)."""
        model = self.sourceModel()
        counts = dict.fromkeys(Status, 0)
        if isinstance(model, ProjectListModel):
            for row in range(model.rowCount()):
                if self._accepts(model, row, ignore_status=True):
                    counts[model.status_at(row)] += 1
        return counts

    def set_filters(self, field: str | None, department: str | None, section: str | None) -> None:
        if (field, department, section) == (self._field, self._department, self._section):
            return
        self.beginFilterChange()
        self._field, self._department, self._section = field, department, section
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def multiData(self, index: _Index, roles: QModelRoleDataSpan | QModelRoleData) -> None:
        """Qt's proxy asks its source role by role (see ProjectListModel.multiData): all at once here."""
        model = self.sourceModel()
        if isinstance(model, ProjectListModel):
            model.multiData(self.mapToSource(index), roles)
        else:
            super().multiData(index, roles)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ProjectListModel) or source_parent.isValid():
            return True
        return self._accepts(model, source_row)

    def _accepts(self, model: ProjectListModel, source_row: int, ignore_status: bool = False) -> bool:
        if not ignore_status and self._status is not None and model.status_at(source_row) is not self._status:
            return False
        p = model.project_at(source_row)
        if self._field is not None and p.field != self._field:
            return False
        if self._department is not None and self._department not in p.departments:
            return False
        if self._section is not None and self._section not in p.sections:
            return False
        return not self._words or matches(self._words, model.search_text_at(source_row))

    def is_sorted(self) -> bool:
        """Sorted by a column other than the book's order (No. ascending is the book's order)."""
        column = self.sortColumn()
        return column >= 0 and not (column == Column.NO and self.sortOrder() == Qt.SortOrder.AscendingOrder)

    def projects(self) -> list[Project]:
        """The projects shown, in the order shown."""
        model = self.sourceModel()
        assert isinstance(model, ProjectListModel)
        return [model.project_at(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount())]


class ProjectListPanel(QWidget):
    """Search, filters, the table, the total of what is shown, and the list's buttons.

    Selection is kept sensibly: the project the user chose stays current while it passes the filters,
    comes back when a filter is cleared, and while rows are shown one of them is always current.
    """

    currentProjectChanged = Signal(object)  # project id (str) or None
    sortedChanged = Signal(bool)  # True while sorted by a column (not the book's order)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectPanel()
        self.ui.setupUi(self)
        self.model = ProjectListModel(self)
        self.proxy = ProjectFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._chosen: str | None = None  # the project the user last made current
        self._filtering = False
        table = self.ui.table
        table.setModel(self.proxy)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDropIndicatorShown(True)
        table.setDragDropOverwriteMode(False)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the book's order until a header is clicked
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(28)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sortIndicatorChanged.connect(lambda _c, _o: self.sortedChanged.emit(self.is_sorted()))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        # The open project stays visibly highlighted while the search box or a filter has the focus
        # (the inactive highlight is a pale grey on Windows, easily taken for no selection at all).
        palette = table.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role))
        table.setPalette(palette)
        self.reset_columns()
        self._empty_label: QLabel | None = None  # made when the list is first empty (empty_label)
        self.ui.search.textChanged.connect(self._search_changed)
        # from the search box: Enter or ↓ goes to the list, Esc clears the search
        self.ui.search.returnPressed.connect(lambda: table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        watch_events(self.ui.search, self)  # at once, or after the first paint at start (ui/first_paint.py)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._filters_changed)
        self.ui.statusFilter.currentIndexChanged.connect(self._filters_changed)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        # rows come back in many small inserts when a filter is cleared: one total afterwards, not one each
        self._total_timer = QTimer(self)
        self._total_timer.setSingleShot(True)
        self._total_timer.setInterval(0)
        self._total_timer.timeout.connect(self._update_total)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged, self.proxy.dataChanged):  # fmt: skip
            signal.connect(lambda *_a: self._total_timer.start())
        self._fill_status_filter()
        self._update_total()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        search: QLineEdit = self.ui.search
        if watched is self.ui.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and search.text():
                search.clear()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.ui.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)

    def set_reorderable(self, enabled: bool) -> None:
        self.ui.table.setDragEnabled(enabled)
        self.ui.table.setAcceptDrops(enabled)

    def _combos(self) -> list[QComboBox]:
        return [self.ui.fieldFilter, self.ui.departmentFilter, self.ui.sectionFilter]

    # --- columns -----------------------------------------------------------------------------

    def reset_columns(self) -> None:
        """Default widths from the font: narrow repeated columns, the rest to 事業名."""
        table = self.ui.table
        em = QFontMetrics(table.font()).horizontalAdvance("国")
        header = table.horizontalHeader()
        for col in Column:
            header.setSectionHidden(col, col in HIDDEN_AT_FIRST)
            if col is not Column.NAME:
                table.setColumnWidth(col, round(_COLUMN_CHARS[col.name] * em + 12))
        self._stretch_name()

    @property
    def empty_label(self) -> QLabel:
        """The message over an empty list, on the table's viewport. Made when first needed: the first
        Qt-made widget that Python is handed (a viewport) makes PySide build the Python type of every
        widget class, some 12 ms that the window's first paint, with a filled list, does without."""
        if self._empty_label is None:
            label = QLabel(self.ui.table.viewport())
            label.setObjectName("emptyLabel")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet("QLabel { color: palette(placeholder-text); padding: 12px; }")
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # menus, drops pass
            label.hide()
            self._empty_label = label
        return self._empty_label

    def _stretch_name(self) -> None:
        """事業名 takes whatever the pane has beyond the other columns, so a wider pane shows longer
        names instead of blank space; the other columns keep the widths the user gave them. Below
        NAME_CHARS characters the list scrolls sideways rather than cutting names to a few characters
        (a stretched section would shrink to nothing on a 150 % laptop), unless FIT_NAME_CHARS show every
        column without scrolling."""
        table = self.ui.table
        header = table.horizontalHeader()
        em = QFontMetrics(table.font()).horizontalAdvance("国")
        others = sum(table.columnWidth(c) for c in Column if c is not Column.NAME and not header.isSectionHidden(c))
        room = header.width()  # the viewport's width (the table keeps its header as wide), see empty_label
        fits_all = room - others >= round(FIT_NAME_CHARS * em + 12)
        width = room - others if fits_all else max(round(NAME_CHARS * em + 12), room - others)
        if table.columnWidth(Column.NAME) != width:  # each change lays out every row again
            table.setColumnWidth(Column.NAME, width)

    def header_state(self) -> str:
        return bytes(self.ui.table.horizontalHeader().saveState().toBase64().data()).decode("ascii")

    def restore_header_state(self, state: str) -> bool:
        if not state:
            return False
        header = self.ui.table.horizontalHeader()
        ok = header.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        header.setSectionHidden(Column.NAME, False)  # 事業名 is never hidden
        self._stretch_name()
        # the saved state carries a sort column; the list always opens in the book's order
        self.ui.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        return ok

    def header_menu(self) -> QMenu:
        """Show or hide columns, reset widths, back to the book's order (tests use it without exec)."""
        header = self.ui.table.horizontalHeader()
        menu = QMenu(self)
        for col in Column:
            if col is Column.NAME:
                continue
            title = self.model.headerData(col, Qt.Orientation.Horizontal).replace("\n", "")
            act = menu.addAction(title)
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(col))
            act.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(self.tr("列の幅と表示を元に戻す(&R)"), self.reset_columns)
        book = menu.addAction(self.tr("シート番号の順に戻す(&S)"), self.sort_in_book_order)
        book.setEnabled(self.is_sorted())
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        menu = self.header_menu()
        menu.exec(self.ui.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def is_sorted(self) -> bool:
        return self.proxy.is_sorted()

    def sort_in_book_order(self) -> None:
        self.ui.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.ui.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.sortedChanged.emit(False)

    # --- data ----------------------------------------------------------------------------

    def set_roadmap(self, roadmap: Roadmap, reference: Month) -> None:
        keep = self.current_project_id()
        self.model.set_roadmap(roadmap, reference)
        self._fill_filters()  # which also counts the total shown
        if keep is not None:
            self.select_project(keep)
        self._ensure_current()

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
        self._update_total()  # now, not on the deferred timer: the edit may have changed a budget

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
                combo.setItemData(combo.count() - 1, v, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)
        self._filters_changed()

    def _fill_status_filter(self) -> None:
        combo = self.ui.statusFilter
        current = combo.currentData()
        counts = self.proxy.status_counts()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("すべての状況"), None)
        for status in FILTER_STATUSES:
            combo.addItem(self.tr("{status}（{n}件）").format(status=status.label, n=counts[status]), status.name)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def set_status_filter(self, status: Status | None) -> None:
        combo = self.ui.statusFilter
        combo.setCurrentIndex(max(0, combo.findData(status.name)) if status is not None else 0)

    def _search_changed(self, text: str) -> None:
        self._filter(lambda: self.proxy.set_search(text))

    def _filters_changed(self) -> None:
        f, d, s = (c.currentData() for c in self._combos())
        status = self.ui.statusFilter.currentData()

        def apply() -> None:
            self.proxy.set_filters(f, d, s)
            self.proxy.set_status(Status[status] if status else None)

        self._filter(apply)

    def _filter(self, change: Callable[[], None]) -> None:
        """Apply a filter change, then put the chosen project back (or the first row) as current."""
        self._filtering = True
        try:
            change()
            if self._chosen is not None:
                self.select_project(self._chosen)
            self._ensure_current()
        finally:
            self._filtering = False
        self._fill_status_filter()
        self._update_total()

    def _ensure_current(self) -> None:
        """While rows are shown, one is current (the first when the current one went away)."""
        table = self.ui.table
        if not table.currentIndex().isValid() and self.proxy.rowCount() > 0:
            first = self.proxy.index(0, 0)
            table.selectRow(0)
            table.setCurrentIndex(first)

    def _update_total(self, *args: object) -> None:
        self._total_timer.stop()
        shown = self.proxy.projects()
        total = sum(p.budget or 0 for p in shown)
        self.ui.totalLabel.setText(
            self.tr("表示中 {shown}／{all}事業　事業費合計 {total}千円").format(
                shown=len(shown), all=self.model.rowCount(), total=format_budget(total)
            )
        )
        self._update_empty_message()

    def _update_empty_message(self) -> None:
        if self.proxy.rowCount() > 0:
            if self._empty_label is not None:
                self._empty_label.hide()
            return
        if not self.isVisible():  # said when shown (showEvent); at start the roadmap is open by then
            return
        if self.model.rowCount() == 0:
            text = self.tr("事業がありません。「追加」で最初の事業を作成します。")
        else:
            text = self.tr("条件に合う事業はありません。検索語や絞り込みを見直してください。")
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.ui.table.viewport().rect())
        self.empty_label.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_empty_message()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._stretch_name()
        if self._empty_label is not None and self._empty_label.isVisible():
            self._empty_label.setGeometry(self.ui.table.viewport().rect())

    def empty_message(self) -> str:
        label = self._empty_label
        return label.text() if label is not None and not label.isHidden() else ""

    # --- selection ----------------------------------------------------------------------

    def current_project_id(self) -> str | None:
        index = self.ui.table.currentIndex()
        if not index.isValid():
            return None
        pid: str | None = self.proxy.data(index, ID_ROLE)  # ProjectListModel.data: the project's id
        return pid

    def selected_projects(self) -> list[Project]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.ui.table.selectionModel().selectedRows()})
        return [self.model.project_at(r) for r in rows]

    def select_project(self, project_id: str) -> bool:
        try:
            row = self.model.row_of(project_id)
        except KeyError:
            return False
        if not self._filtering:
            self._chosen = project_id
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        table = self.ui.table
        table.selectRow(index.row())
        table.setCurrentIndex(index)
        table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        pid = self.proxy.data(current, ID_ROLE) if current.isValid() else None
        if not self._filtering and pid is not None:
            self._chosen = pid
        self.currentProjectChanged.emit(pid)
