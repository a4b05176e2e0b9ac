"""The window's open document: a thin Qt adapter over the operations layer's session.

:class:`RoadmapDocument` holds a :class:`~roadmap_desktop.operations.Session` (the file, the model,
the history of operations) and turns its change notices into Qt signals. Every undoable step is an
operation of ``operations/``; :class:`OperationCommand` is the QUndoCommand that forwards redo and
undo to it through the session, so the window's Undo menu and the session's history walk the same
steps, and a failed write leaves the model exactly as the file is (``writeFailed``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import RoadmapError
from ..core.model import Edition, Project, Roadmap
from ..operations.session import Operation, Session
from ..storage import RoadmapFile


class RoadmapDocument(QObject):
    """The open roadmap: a session + the undo stack. Views listen to its signals."""

    projectChanged = Signal(str)  # one project's content changed (its id)
    structureChanged = Signal()  # projects added, removed, reordered or the whole roadmap replaced
    writeFailed = Signal(object)  # a RoadmapError from the file; the model was left as the file is

    def __init__(self, file: RoadmapFile, roadmap: Roadmap | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = Session(file, roadmap)
        self.session.listeners.append(self._changed)
        self.undo_stack = QUndoStack(self)

    def _changed(self, project_id: str | None) -> None:
        if project_id is None:
            self.structureChanged.emit()
        else:
            self.projectChanged.emit(project_id)

    @property
    def file(self) -> RoadmapFile:
        return self.session.file

    @property
    def roadmap(self) -> Roadmap:
        return self.session.roadmap

    @property
    def readonly(self) -> bool:
        return self.session.readonly

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def run(self, operation: Operation) -> bool:
        """Push *operation* as one undoable step; True when it was applied (written and in the model)."""
        command = OperationCommand(self, operation)
        self.push(command)
        return command.applied

    # --- the session's primitives, for callers that write without a step in the history ------

    def set_project(self, project: Project) -> None:
        self.session.set_project(project)

    def insert_projects(self, entries: list[tuple[int, Project]]) -> None:
        self.session.insert_projects(entries)

    def remove_projects(self, project_ids: list[str]) -> None:
        self.session.remove_projects(project_ids)

    def move_project(self, project_id: str, to_index: int) -> None:
        self.session.move_project(project_id, to_index)

    def set_edition(self, edition: Edition) -> None:
        self.session.set_edition(edition)

    def replace_roadmap(self, roadmap: Roadmap) -> None:
        self.session.replace_roadmap(roadmap)


class OperationCommand(QUndoCommand):
    """One operation on the QUndoStack: redo/undo go through the session's history.

    A failed first run is reported and the command does not enter the history; a failed undo or
    redo later drops the whole history (it no longer matches the file)."""

    def __init__(self, document: RoadmapDocument, operation: Operation) -> None:
        super().__init__(operation.text)
        self.document = document
        self.operation = operation
        self._done_once = False

    def _run(self, step: str) -> None:
        session = self.document.session
        try:
            if step == "undo":
                session.undo(self.operation)
            elif self._done_once:
                session.redo(self.operation)
            else:
                session.run(self.operation)
        except RoadmapError as e:
            if not self._done_once:
                self.setObsolete(True)  # QUndoStack.push drops an obsolete command
            else:
                session.clear_history()
                QTimer.singleShot(0, self.document.undo_stack.clear)  # after this call returns
            self.document.writeFailed.emit(e)
            return
        self._done_once = True

    @property
    def applied(self) -> bool:
        """Whether the step was written and is in the model (a failed first write leaves it out)."""
        return self._done_once

    def redo(self) -> None:
        self._run("redo")

    def undo(self) -> None:
        self._run("undo")


# --- the window's steps by name: each an operation of operations/edits.py on the stack ----------------
# (edits.py loads with the first step: the window's first paint makes none)


class SetProject(OperationCommand):
    """Any change within one project: a form field, a bar, an initiative."""

    def __init__(self, document: RoadmapDocument, old: Project, new: Project, text: str, owned: bool = False) -> None:
        """*owned*: *new* is handed over (the caller never changes it again), so it is kept uncopied."""
        from ..operations import edits

        super().__init__(document, edits.SetProject.of(old, new, text, owned))


def push_project_edit(document: RoadmapDocument | None, text: str, new: Project) -> bool:
    """The timeline's edit sink: push *new* (a changed copy of one project, already validated by the
    edit that made it) as one undoable step. True when it was applied: written to the file and in
    the model. No document (none open, or read-only: the caller has said why) applies nothing.

    The document's projectChanged refreshes the views once; the caller needs no second refresh."""
    if document is None:
        return False
    try:
        old = document.roadmap.project(new.id)
    except KeyError:
        return False
    command = SetProject(document, old, new, text, owned=True)  # edits make new projects, never change them
    document.push(command)
    return command.applied


class AddProject(OperationCommand):
    def __init__(self, document: RoadmapDocument, project: Project, index: int, text: str) -> None:
        from ..operations import edits

        super().__init__(document, edits.AddProject(project, index, text))


class DeleteProject(OperationCommand):
    """Delete one project, or several (the list's selection) as one step."""

    def __init__(self, document: RoadmapDocument, project_ids: str | list[str], text: str) -> None:
        from ..operations import edits

        super().__init__(document, edits.DeleteProjects.of(document.roadmap, project_ids, text))


class MoveProject(OperationCommand):
    def __init__(self, document: RoadmapDocument, project_id: str, to_index: int, text: str) -> None:
        from ..operations import edits

        super().__init__(document, edits.MoveProject.of(document.roadmap, project_id, to_index, text))


class ReplaceRoadmap(OperationCommand):
    """The whole roadmap at once (an applied import goes through operations.imports.ApplyImport)."""

    def __init__(self, document: RoadmapDocument, old: Roadmap, new: Roadmap, text: str) -> None:
        from ..operations import edits

        super().__init__(document, edits.ReplaceRoadmap(old, new, text))


class SetEdition(OperationCommand):
    """The edition's title, fiscal year or first sheet number."""

    def __init__(self, document: RoadmapDocument, old: Edition, new: Edition, text: str) -> None:
        from ..operations import edits

        super().__init__(document, edits.SetEdition(old, new, text))
