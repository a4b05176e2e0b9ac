"""A session over one roadmap file: the file, the model and the history of operations.

Every change goes through one of the session's primitives, which write the file first (one
transaction) and only then change memory and tell the listeners; so a failed write leaves the model
exactly as the file is. An :class:`Operation` is a plain object with ``do`` and ``undo`` over the
session; :meth:`Session.run` does one and keeps it in the history, :meth:`undo` and :meth:`redo` walk
it. The command line uses this history directly; the window drives the same calls from its
QUndoStack (ui/commands.py), so both undo exactly the same way.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..core.errors import RoadmapError
from ..core.i18n import translate
from ..core.model import Edition, Project, Roadmap
from ..storage.roadmap_file import RoadmapFile

if TYPE_CHECKING:
    from ..importing.attachments import PasswordPrompt
    from .imports import ApplyImport, ImportPlan, Reader
    from .rollover import Rollover
    from .rounds import RoundExport


class Operation(Protocol):
    """One undoable step. ``do`` and ``undo`` change the session only through its primitives."""

    text: str

    def do(self, session: Session) -> None: ...

    def undo(self, session: Session) -> None: ...


# What changed, for the listeners: a project's content (its id), or the structure (None).
Listener = Callable[[str | None], None]


class Session:
    """The open roadmap: file + model + history. Listeners hear of every change after it is written."""

    def __init__(self, file: RoadmapFile, roadmap: Roadmap | None = None) -> None:
        self.file = file
        self.roadmap = roadmap if roadmap is not None else file.load()
        self.done: list[Operation] = []
        self.undone: list[Operation] = []
        self.listeners: list[Listener] = []

    @classmethod
    def open(cls, path: str | os.PathLike[str], readonly: bool = False) -> Session:
        """Open *path* (see RoadmapFile.open for the errors); close the session to release the file."""
        file = RoadmapFile.open(path, readonly=readonly)
        try:
            return cls(file)
        except BaseException:
            file.close()
            raise

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def readonly(self) -> bool:
        return self.file.readonly

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the history -----------------------------------------------------------------------

    def run(self, operation: Operation) -> None:
        """Do *operation* and keep it for undo; a RoadmapError leaves file, model and history as they were."""
        operation.do(self)
        self.done.append(operation)
        self.undone.clear()

    def undo(self, expected: Operation | None = None) -> Operation | None:
        """Undo the last operation (None when there is none). *expected*: the caller's idea of it."""
        if not self.done:
            return None
        operation = self.done[-1]
        self._check(operation, expected)
        operation.undo(self)
        self.undone.append(self.done.pop())
        return operation

    def redo(self, expected: Operation | None = None) -> Operation | None:
        if not self.undone:
            return None
        operation = self.undone[-1]
        self._check(operation, expected)
        operation.do(self)
        self.done.append(self.undone.pop())
        return operation

    def clear_history(self) -> None:
        """After a failed undo or redo the history no longer matches the file: it is dropped."""
        self.done.clear()
        self.undone.clear()

    @staticmethod
    def _check(operation: Operation, expected: Operation | None) -> None:
        if expected is not None and operation is not expected:
            raise RoadmapError(translate("session", "元に戻す履歴が食い違っています。"))

    def _tell(self, project_id: str | None) -> None:
        for listener in list(self.listeners):
            listener(project_id)

    # --- primitives: write the file first, then memory, then tell the listeners -----------------

    def set_project(self, project: Project) -> None:
        index = self.roadmap.index_of(project.id)
        self.file.save_project(project, index)
        self.roadmap.projects[index] = copy.deepcopy(project)
        self._tell(project.id)

    def insert_projects(self, entries: list[tuple[int, Project]]) -> None:
        """Put *entries* (index, project) in, in ascending index order, as one write."""
        projects = list(self.roadmap.projects)
        for index, project in entries:
            projects.insert(index, copy.deepcopy(project))
        new = {project.id for _, project in entries}
        with self.file.transaction():
            for index, project in enumerate(projects):
                if project.id in new:
                    self.file.save_project(project, index)
            self.file.save_order([p.id for p in projects])
        self.roadmap.projects = projects
        self._tell(None)

    def remove_projects(self, project_ids: list[str]) -> None:
        gone = set(project_ids)
        with self.file.transaction():
            for project_id in project_ids:
                self.file.delete_project(project_id)
            self.file.save_order([p.id for p in self.roadmap.projects if p.id not in gone])
        self.roadmap.projects = [p for p in self.roadmap.projects if p.id not in gone]
        self._tell(None)

    def move_project(self, project_id: str, to_index: int) -> None:
        projects = list(self.roadmap.projects)
        project = projects.pop(self.roadmap.index_of(project_id))
        projects.insert(to_index, project)
        self.file.save_order([p.id for p in projects])
        self.roadmap.projects = projects
        self._tell(None)

    def set_edition(self, edition: Edition) -> None:
        self.file.save_edition(edition)
        self.roadmap.edition = copy.deepcopy(edition)
        self._tell(None)

    def replace_roadmap(self, roadmap: Roadmap, also: Callable[[], None] | None = None) -> None:
        """Make file and model hold *roadmap*; *also* writes bookkeeping in the same transaction."""
        with self.file.transaction():
            self.file.save_all(roadmap)
            if also is not None:
                also()
        self.roadmap = copy.deepcopy(roadmap)
        self._tell(None)

    # --- what the session offers besides edits (each in its own module, loaded when used) ------

    def plan_import(
        self,
        paths: list[Path],
        read: Reader | None = None,
        on_error: Callable[[Path, Exception], None] | None = None,
        password: PasswordPrompt | None = None,
    ) -> ImportPlan | None:
        """Read and plan *paths* together (operations/imports.py); None: cancelled or nothing read.
        *password* answers for locked files when no *read* is given."""
        from .imports import plan_files

        return plan_files(self, paths, read, on_error, password)

    def apply_import(self, plan: ImportPlan, text: str = "") -> ApplyImport:
        """Apply *plan* as one undoable step: backup, then the roadmap and the replies' marks."""
        from .imports import apply_plan

        return apply_plan(self, plan, text)

    def rollover(self, keep_ended: bool = False) -> Rollover:
        """The next edition of this roadmap, to be written to another file (operations/rollover.py)."""
        from .rollover import Rollover

        return Rollover(self.path, self.roadmap, keep_ended)

    def export_departments(
        self,
        folder: Path,
        projects: list[Project] | None = None,
        departments: list[str] | None = None,
        progress: Callable[[int, int], bool] | None = None,
        password: str | None = None,
    ) -> RoundExport:
        """The collection round: one workbook per 担当部局, each recorded as sent out (operations/rounds.py)."""
        from .rounds import export_departments

        return export_departments(self, folder, projects, departments, progress, password)
