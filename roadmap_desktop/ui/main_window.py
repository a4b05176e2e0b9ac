"""The editor's main window: the project list, the sheet form beside it, the timeline below the form.

Every change goes through an undoable command (ui/commands.py) that writes the roadmap file as it
is made, so there is nothing to save. The window is assembled from mixins, each one thing: its
actions and toolbar (actions.py), its files and recent files (window_files.py), the entry points to
import, export and printing (window_transfers.py, whose modules load only when used so that start-up
stays fast), drops and keys (window_events.py), its remembered size (window_state.py).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RoadmapError, ValidationError
from ..core.fiscal import Month
from ..core.model import Edition, Project, Roadmap, new_id, validate_project
from ..core.status import this_month
from ..settings import Settings, load_settings, save_settings
from .actions import WindowActions
from .commands import (
    AddProject,
    DeleteProject,
    MoveProject,
    RoadmapDocument,
    SetEdition,
    SetProject,
    push_project_edit,
)
from .first_paint import on_first_paint, watch_events
from .messages import show_error
from .project_list import ProjectListPanel
from .sheet_form import SheetForm
from .timeline import TimelineView
from .window_events import WindowEvents
from .window_files import WindowFiles
from .window_state import WindowState
from .window_transfers import WindowTransfers

if TYPE_CHECKING:
    from .readonly_banner import ReadOnlyBanner
    from .welcome_banner import WelcomeBanner

APP_TITLE = "Roadmap Desktop"


class MainWindow(WindowActions, WindowFiles, WindowTransfers, WindowEvents, WindowState, QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.first_paint_hooks: list[Callable[[], None]] | None = []  # see ui/first_paint.py
        self.settings = settings if settings is not None else load_settings()
        self.document: RoadmapDocument | None = None
        self.undo_group = QUndoGroup(self)
        self._last_index = 0  # undo stack index, to tell undo from redo in the status bar
        self._shows = 0
        self._opening = False  # a document being set (window_files.py): it updates the actions itself

        self.list_panel = ProjectListPanel(self)
        self.form = SheetForm()
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form)
        # The view adds scrolling and the zoom buttons; edits go through the widget inside it.
        self.timeline_view = TimelineView(self)
        self.timeline = self.timeline_view.timeline
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.form_scroll)
        self.right_splitter.addWidget(self.timeline_view)
        self.right_splitter.setStretchFactor(0, 2)
        self.right_splitter.setStretchFactor(1, 3)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.list_panel)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 3)
        # The bands above the list (the sample's, the read-only one) are made when first shown.
        self._readonly_banner: ReadOnlyBanner | None = None
        self._readonly_reason = ""
        self._welcome_banner: WelcomeBanner | None = None
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(2)
        self._column.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self.reference_label = QLabel(self)
        self.reference_label.setToolTip(
            self.tr("状況とタイムラインの赤い印を判定する月です（表示 →「基準月を設定」で変更）")
        )
        self.statusBar().addPermanentWidget(self.reference_label)

        self._build_actions()
        self.toolbar = self._build_toolbar()
        self.addToolBar(self.toolbar)
        self._build_menus()
        self._build_list_menu()
        ui = self.list_panel.ui
        for button, action in ((ui.addButton, self.add_action), (ui.duplicateButton, self.duplicate_action),
                               (ui.deleteButton, self.delete_action)):  # fmt: skip
            button.setToolTip(action.toolTip())
        ui.addButton.clicked.connect(self.add_project)
        ui.duplicateButton.clicked.connect(self.duplicate_project)
        ui.deleteButton.clicked.connect(self.delete_project)
        ui.upButton.clicked.connect(lambda: self.move_project(-1))
        ui.downButton.clicked.connect(lambda: self.move_project(1))
        self.list_panel.currentProjectChanged.connect(self._current_changed)
        # Deferred: the move resets the list, which must not happen inside the view's drop handling.
        self.list_panel.model.moveRequested.connect(
            lambda pid, index: QTimer.singleShot(0, lambda: self.move_project_to(pid, index))
        )
        self.form.changeRequested.connect(self.request_change)
        # The timeline's edits come back with their result (applied or not), not through a signal.
        self.timeline.set_edit_sink(lambda text, new: push_project_edit(self._writable_document(), text, new))
        self.timeline.refused.connect(lambda message: self.statusBar().showMessage(message, 6000))
        # Text fields would take a dropped file as its path in text, and Ctrl+Z or Ctrl+E for themselves:
        # the window's event filter decides (window_events.py). Named rather than searched for in the
        # whole window: the search would hand Python the combo boxes' inner views too, and PySide6 would
        # build their classes before the first paint. At start from just after the first paint (nothing is
        # typed or dropped before it, and the ~240 events of making and showing the fields need not pass
        # Python: ui/first_paint.py).
        for editor in [self.list_panel.ui.search, *self.form.editors()]:
            watch_events(editor, self)
        # A text box takes drops on its viewport, which Qt made: asked for before the first paint, it
        # would cost the start ~12 ms (ui/viewports.py says why); nothing can be dropped before it.
        self.text_drops_watched = False
        on_first_paint(self, lambda: QTimer.singleShot(0, self.watch_text_drops))

        self.setAcceptDrops(True)
        self._restore_state()
        # after the list's header is restored (it may say "sorted"): the end of __init__ updates the actions
        self.list_panel.sortedChanged.connect(lambda _sorted: self._update_enabled())
        if self.settings.compact_form:
            self.compact_action.setChecked(True)
            self.form.set_compact(True)
        self._update_title()
        self._update_enabled()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        hooks = self.first_paint_hooks
        if hooks is not None:  # the first paint (ui/first_paint.py): once, the last added first
            self.first_paint_hooks = None
            for hook in reversed(hooks):
                hook()

    def watch_text_drops(self) -> None:
        """The text boxes' viewports pass dropped files to the window (see __init__); once."""
        if not self.text_drops_watched:
            self.text_drops_watched = True
            for editor in self.form.editors():
                if isinstance(editor, QPlainTextEdit):
                    editor.viewport().installEventFilter(self)

    # --- menus (one method per menu, so that a new entry goes in one obvious place) ---------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = self._build_file_menu(bar)
        self.edit_menu = self._build_edit_menu(bar)
        self.view_menu = self._build_view_menu(bar)
        self.help_menu = self._build_help_menu(bar)
        self._rebuild_recent_menu()

    def _build_file_menu(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("ファイル(&F)"))
        menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu(self.tr("最近使ったファイル(&R)"), self)
        menu.addMenu(self.recent_menu)
        menu.addActions([self.save_action, self.save_as_action])
        menu.addSeparator()
        menu.addActions([self.import_action, self.export_action])
        menu.addActions([self.import_many_action, self.export_departments_action, self.collection_status_action])
        menu.addSeparator()
        menu.addActions([self.rollover_action, self.compare_action])
        menu.addSeparator()
        menu.addActions([self.print_action, self.preview_action, self.preflight_action])
        menu.addSeparator()
        menu.addAction(self.quit_action)
        return menu

    def _build_edit_menu(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("編集(&E)"))
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions([self.add_action, self.duplicate_action, self.delete_action])
        menu.addSeparator()
        menu.addActions([self.up_action, self.down_action])
        menu.addSeparator()
        menu.addAction(self.add_initiative_action)
        menu.addSeparator()
        menu.addAction(self.find_action)
        menu.addSeparator()
        menu.addAction(self.edition_action)
        return menu

    def _build_view_menu(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("表示(&V)"))
        menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_fit_action])
        menu.addSeparator()
        menu.addAction(self.compact_action)
        menu.addAction(self.reference_action)
        menu.addAction(self.overview_action)
        menu.addSeparator()
        self.toolbar_action = self.toolbar.toggleViewAction()
        self.toolbar_action.setText(self.tr("ツールバーを表示(&T)"))
        menu.addAction(self.toolbar_action)
        return menu

    def _build_help_menu(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("ヘルプ(&H)"))
        menu.addActions([self.help_action, self.keys_action])
        menu.addSeparator()
        menu.addActions([self.log_folder_action, self.about_action])
        return menu

    def _build_list_menu(self) -> None:
        """The list's context menu: the list's own actions, with their shortcuts shown."""
        table = self.list_panel.ui.table
        table.addActions([self.add_action, self.duplicate_action, self.delete_action, self._separator(),
                          self.up_action, self.down_action, self._separator(), self.export_action,
                          self.print_action])  # fmt: skip

    # --- state -------------------------------------------------------------------------------

    @property
    def roadmap(self) -> Roadmap | None:
        return self.document.roadmap if self.document else None

    def reference_month(self) -> Month:
        return this_month(self.settings.reference_date())

    def current_project(self) -> Project | None:
        pid = self.list_panel.current_project_id()
        if self.document is None or pid is None:
            return None
        try:
            return self.document.roadmap.project(pid)
        except KeyError:
            return None

    def set_compact_form(self, compact: bool) -> None:
        """Fold the form to its short fields and give the timeline the height (kept between sessions)."""
        self.compact_action.setChecked(compact)
        self.form.set_compact(compact)
        total = sum(self.right_splitter.sizes())
        form_h = min(self.form.sizeHint().height() + 4, round(total * 0.6))
        self.right_splitter.setSizes([form_h, max(0, total - form_h)])
        if self.settings.compact_form != compact:
            self.settings.compact_form = compact
            save_settings(self.settings)

    def keep_sample(self) -> None:
        """「このまま使う」: the sample's copy becomes the user's own roadmap (no band, no mark)."""
        if self.document is None:
            return
        self.settings.set_sample(self.document.file.path, False)
        save_settings(self.settings)
        self._update_title()
        self.welcome_banner.hide()

    @property
    def readonly_banner(self) -> ReadOnlyBanner:
        """The band over the list while the file is open read-only (made when first asked for)."""
        if self._readonly_banner is None:
            from .readonly_banner import ReadOnlyBanner

            self._readonly_banner = ReadOnlyBanner(self)
            self._readonly_banner.reopenRequested.connect(self.reopen_writable)
            self._column.insertWidget(self._column.count() - 1, self._readonly_banner)  # right above the list
        return self._readonly_banner

    @property
    def welcome_banner(self) -> WelcomeBanner:
        """The band that says the open file is the sample's copy (made when first asked for)."""
        if self._welcome_banner is None:
            from .welcome_banner import WelcomeBanner

            self._welcome_banner = WelcomeBanner(self)
            self._welcome_banner.newRequested.connect(self.new_file_dialog)
            self._welcome_banner.openRequested.connect(self.open_file_dialog)
            self._welcome_banner.keepRequested.connect(self.keep_sample)
            self._column.insertWidget(0, self._welcome_banner)  # above everything
        return self._welcome_banner

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(APP_TITLE)
            return
        name = self.document.file.path.name
        ro = self.tr(" [読み取り専用]") if self.document.readonly else ""
        sample = self.tr("（サンプル）") if self.settings.is_sample(self.document.file.path) else ""
        self.setWindowTitle(f"{name}{sample}{ro} — {APP_TITLE}")

    def _update_enabled(self) -> None:
        has_doc = self.document is not None
        writable = self.document is not None and not self.document.readonly
        has_current = self.current_project() is not None
        ui = self.list_panel.ui
        for w in (self.add_action, ui.addButton):
            w.setEnabled(writable)
        for w in (self.duplicate_action, self.delete_action, self.add_initiative_action,
                  ui.duplicateButton, ui.deleteButton):  # fmt: skip
            w.setEnabled(writable and has_current)
        # Sorted by a column, 上へ/下へ would move in the book's order where nothing visibly moves.
        sorted_ = self.list_panel.is_sorted()
        for w in (self.up_action, self.down_action, ui.upButton, ui.downButton):
            w.setEnabled(writable and has_current and not sorted_)
        why = self.tr("一覧を列で並べ替えている間は使えません（見出しの右クリック →「シート番号の順に戻す」）")
        ui.upButton.setToolTip(why if sorted_ else self.tr("選択した事業を1つ上へ移動します（シート番号の順）  Alt+↑"))
        ui.downButton.setToolTip(
            why if sorted_ else self.tr("選択した事業を1つ下へ移動します（シート番号の順）  Alt+↓")
        )
        for a in (
            self.save_as_action,
            self.save_action,
            self.export_action,
            self.print_action,
            self.preview_action,
            self.overview_action,
        ):
            a.setEnabled(has_doc)
        self.import_action.setEnabled(writable)
        for a in (self.rollover_action, self.compare_action):  # both only read the open roadmap
            a.setEnabled(has_doc)
        self.import_many_action.setEnabled(writable)
        self.export_departments_action.setEnabled(has_doc)
        self.collection_status_action.setEnabled(has_doc)
        self.list_panel.set_reorderable(writable and not sorted_)
        self.edition_action.setEnabled(writable)
        self.form.set_readonly(not writable)
        self._update_undo_actions()
        if has_doc and not writable:
            self.readonly_banner.show_reason(self._readonly_reason)
        elif self._readonly_banner is not None:
            self._readonly_banner.hide()
        if self.document is not None and self.settings.is_sample(self.document.file.path):
            self.welcome_banner.show_for(self.document.file.path)
        elif self._welcome_banner is not None:
            self._welcome_banner.hide()
        # The timeline stays enabled when read-only (to scroll and read); its edits are refused in request_change.

    def closeEvent(self, event: QCloseEvent) -> None:
        self.form.commit_pending()
        self.save_window_state()
        self._close_document()
        super().closeEvent(event)

    # --- showing -------------------------------------------------------------------------------

    def _current_changed(self, project_id: str | None) -> None:
        self._show_current()
        if not self._opening:
            self._update_enabled()

    def _update_suggestions(self) -> None:
        projects = self.roadmap.projects if self.roadmap else []
        self.form.set_suggestions(
            sorted({p.field for p in projects if p.field}),
            sorted({d for p in projects for d in p.departments}),
            sorted({s for p in projects for s in p.sections}),
            sorted({i for p in projects for i in p.items}),
        )

    def _show_current(self) -> None:
        self._shows += 1  # counted: opening a file shows its first project once (window_files.py)
        project = self.current_project()
        roadmap = self.roadmap
        auto = None
        if project is not None and roadmap is not None:
            index = roadmap.index_of(project.id)
            auto = roadmap.edition.first_sheet_no if index == 0 else roadmap.sheet_numbers()[index - 1] + 1
        self.form.set_project(project, roadmap.edition if roadmap else None, auto)
        self.timeline.set_project(project)  # the timeline keeps a copy of its own (TimelineController)

    def _project_changed(self, project_id: str) -> None:
        self.list_panel.refresh_project(project_id)  # its row only: an edit stays within one frame
        self._update_suggestions()
        self._show_current()

    def _structure_changed(self) -> None:
        assert self.document is not None
        # the edition may have changed
        self.timeline.set_context(self.document.roadmap.edition, self.reference_month())
        self.list_panel.set_roadmap(self.document.roadmap, self.reference_month())
        if self.current_project() is None and self.document.roadmap.projects:
            self.list_panel.select_project(self.document.roadmap.projects[0].id)
        self._update_suggestions()
        self._show_current()
        self._update_enabled()

    def _write_failed(self, error: RoadmapError) -> None:
        show_error(self, error, self.tr("保存できませんでした"))
        QTimer.singleShot(0, self._show_current)

    def _stack_changed(self, index: int) -> None:
        stack = self.document.undo_stack if self.document else None
        last, self._last_index = self._last_index, index
        if stack is None:
            return
        if index < last and index < stack.count():
            message = self.tr("元に戻して保存しました: {what}").format(what=stack.text(index))
        elif index > 0:
            message = self.tr("保存しました: {what}").format(what=stack.text(index - 1))
        else:
            return
        self.statusBar().showMessage(message, 4000)

    # --- edits ---------------------------------------------------------------------------------

    def _writable_document(self) -> RoadmapDocument | None:
        if self.document is None:
            return None
        if self.document.readonly:
            # no box: the band above the form says why; it flashes and the status bar repeats it
            self.readonly_banner.flash()
            self.statusBar().showMessage(self.tr("読み取り専用で開いているため変更できません。"), 6000)
            return None
        return self.document

    def request_change(self, text: str, new: object) -> None:
        """A changed copy of a project from the form or the timeline becomes one undoable step."""
        doc = self._writable_document()
        if doc is None or not isinstance(new, Project):
            self._show_current()
            return
        try:
            old = doc.roadmap.project(new.id)
            validate_project(new, doc.roadmap.edition)
        except KeyError:
            return
        except ValidationError as e:
            show_error(self, e)
            self._show_current()
            return
        doc.push(SetProject(doc, old, new, text))
        self._show_current()

    def undo(self) -> None:
        self.form.commit_pending()
        self.undo_group.undo()

    def redo(self) -> None:
        self.form.commit_pending()
        self.undo_group.redo()

    def _insert(self, project: Project, text: str) -> None:
        doc = self._writable_document()
        if doc is None:
            return
        self.form.commit_pending()
        current = self.current_project()
        index = doc.roadmap.index_of(current.id) + 1 if current is not None else len(doc.roadmap.projects)
        doc.push(AddProject(doc, project, index, text))
        if any(p.id == project.id for p in doc.roadmap.projects):
            self.list_panel.select_project(project.id)

    def add_project(self) -> None:
        current = self.current_project()
        project = Project(name=self.tr("新しい事業"), field=current.field if current else "")
        self._insert(project, self.tr("事業を追加"))
        added = self.current_project()
        if added is not None and added.id == project.id:
            self.form.field_widget("name").setFocus()
            self.form.field_widget("name").selectAll()

    def duplicate_project(self) -> None:
        current = self.current_project()
        if current is None:
            return
        project = copy.deepcopy(current)
        project.id = new_id()
        project.name = self.tr("{name}（複製）").format(name=current.name)
        project.sheet_no_override = None
        self._insert(project, self.tr("事業を複製"))

    def delete_project(self) -> None:
        """Delete the selected projects (or the current one), after asking; one undoable step."""
        doc = self._writable_document()
        current = self.current_project()
        if doc is None or current is None:
            return
        chosen = self.list_panel.selected_projects() or [current]
        if len(chosen) == 1:
            question = self.tr("事業「{name}」を削除しますか？").format(name=chosen[0].name)
        else:
            question = self.tr("選択した{n}件の事業を削除しますか？").format(n=len(chosen))
        from PySide6.QtWidgets import QMessageBox  # built on first use (window_files.py)

        answer = QMessageBox.question(
            self,
            self.tr("事業の削除"),
            question + "\n" + self.tr("（「元に戻す」で取り消せます）"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        gone = {p.id for p in chosen}
        index = min(doc.roadmap.index_of(pid) for pid in gone)
        text = self.tr("事業を削除") if len(chosen) == 1 else self.tr("{n}件の事業を削除").format(n=len(chosen))
        doc.push(DeleteProject(doc, [p.id for p in chosen], text))
        if doc.roadmap.projects and all(p.id not in gone for p in doc.roadmap.projects):
            self.list_panel.select_project(doc.roadmap.projects[min(index, len(doc.roadmap.projects) - 1)].id)

    def move_project_to(self, project_id: str, index: int) -> None:
        doc = self._writable_document()
        if doc is None:
            return
        self.form.commit_pending()
        try:
            current = doc.roadmap.index_of(project_id)
        except KeyError:
            return
        if current == index or not 0 <= index < len(doc.roadmap.projects):
            return
        doc.push(MoveProject(doc, project_id, index, self.tr("事業の順番を変更")))
        self.list_panel.select_project(project_id)

    def move_project(self, delta: int) -> None:
        doc = self._writable_document()
        current = self.current_project()
        if doc is None or current is None:
            return
        self.form.commit_pending()
        index = doc.roadmap.index_of(current.id)
        target = index + delta
        if not 0 <= target < len(doc.roadmap.projects):
            return
        text = self.tr("事業を上へ移動") if delta < 0 else self.tr("事業を下へ移動")
        doc.push(MoveProject(doc, current.id, target, text))
        self.list_panel.select_project(current.id)

    def edition_dialog(self) -> None:
        from .edition_dialog import EditionDialog

        doc = self._writable_document()
        if doc is None:
            return
        self.form.commit_pending()
        dialog = EditionDialog(self, doc.roadmap, self.settings.title_template)
        if dialog.exec() == EditionDialog.DialogCode.Accepted:
            new = dialog.edition()
            if new is not None:
                self.set_edition(new)
        elif dialog.rollover_requested:  # a change of year refused: the next edition in a new file
            self.rollover_dialog()

    def set_edition(self, new: Edition) -> None:
        doc = self._writable_document()
        if doc is not None and new != doc.roadmap.edition:
            doc.push(SetEdition(doc, doc.roadmap.edition, new, self.tr("版の設定を変更")))

    def reference_dialog(self) -> None:
        from .reference_dialog import ReferenceDialog

        dialog = ReferenceDialog(self, self.settings.reference_month, this_month())
        if dialog.exec() == ReferenceDialog.DialogCode.Accepted:
            self.set_reference_month(dialog.value())

    def set_reference_month(self, value: str | None) -> None:
        self.settings.reference_month = value
        save_settings(self.settings)
        if self.document is not None:
            self._set_reference()

    def _set_reference(self) -> None:
        assert self.document is not None
        reference = self.reference_month()
        self.reference_label.setText(self.tr("基準月: {month}").format(month=reference.japanese()))
        self.timeline.set_context(self.document.roadmap.edition, reference)
        self.list_panel.set_roadmap(self.document.roadmap, reference)
        self._show_current()
