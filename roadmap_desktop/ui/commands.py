"""Every edit as an undoable command over the plain model, written to the file as it is made.

:class:`RoadmapDocument` owns the open file, the in-memory :class:`Roadmap` and the undo stack.
Each command's redo/undo goes through one of the document's primitives, which first writes the
file (one transaction) and only then changes memory and tells the views; so if a write fails the
model stays exactly as the file is, and the user is told (``writeFailed``).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import RoadmapError
from ..core.model import Edition, Project, Roadmap
from ..storage import RoadmapFile


class RoadmapDocument(QObject):
    """The open roadmap: file + model + undo stack. Views listen to its signals."""

    projectChanged = Signal(str)  # one project's content changed (its id)
    structureChanged = Signal()  # projects added, removed, reordered or the whole roadmap replaced
    writeFailed = Signal(object)  # a RoadmapError from the file; the model was left as the file is

    def __init__(self, file: RoadmapFile, roadmap: Roadmap | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.roadmap = roadmap if roadmap is not None else file.load()
        self.undo_stack = QUndoStack(self)

    @property
    def readonly(self) -> bool:
        return self.file.readonly

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    # --- primitives: write the file first, then memory, then tell the views ----------------

    def set_project(self, project: Project) -> None:
        index = self.roadmap.index_of(project.id)
        self.file.save_project(project, index)
        self.roadmap.projects[index] = copy.deepcopy(project)
        self.projectChanged.emit(project.id)

    def insert_project(self, project: Project, index: int) -> None:
        self.insert_projects([(index, project)])

    def insert_projects(self, entries: list[tuple[int, Project]]) -> None:
        """Put *entries* (index, project) back, in ascending index order, as one write."""
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
        self.structureChanged.emit()

    def remove_project(self, project_id: str) -> None:
        self.remove_projects([project_id])

    def remove_projects(self, project_ids: list[str]) -> None:
        gone = set(project_ids)
        with self.file.transaction():
            for project_id in project_ids:
                self.file.delete_project(project_id)
            self.file.save_order([p.id for p in self.roadmap.projects if p.id not in gone])
        self.roadmap.projects = [p for p in self.roadmap.projects if p.id not in gone]
        self.structureChanged.emit()

    def move_project(self, project_id: str, to_index: int) -> None:
        projects = list(self.roadmap.projects)
        project = projects.pop(self.roadmap.index_of(project_id))
        projects.insert(to_index, project)
        self.file.save_order([p.id for p in projects])
        self.roadmap.projects = projects
        self.structureChanged.emit()

    def set_edition(self, edition: Edition) -> None:
        self.file.save_edition(edition)
        self.roadmap.edition = copy.deepcopy(edition)
        self.structureChanged.emit()

    def replace_roadmap(self, roadmap: Roadmap) -> None:
        self.file.save_all(roadmap)
        self.roadmap = copy.deepcopy(roadmap)
        self.structureChanged.emit()


class _Command(QUndoCommand):
    """Runs its step; a failed write is reported, and the command does not enter the history."""

    def __init__(self, document: RoadmapDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._done_once = False

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError

    def _run(self, step: str) -> None:
        try:
            self._forward() if step == "redo" else self._backward()
        except RoadmapError as e:
            if not self._done_once:
                self.setObsolete(True)  # QUndoStack.push drops an obsolete command
            else:
                # The history no longer matches the file from here on: drop it (after this call returns).
                QTimer.singleShot(0, self.document.undo_stack.clear)
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


class SetProject(_Command):
    """Any change within one project: a form field, a bar, an initiative."""

    def __init__(self, document: RoadmapDocument, old: Project, new: Project, text: str, owned: bool = False) -> None:
        """*owned*: *new* is handed over (the caller never changes it again), so it is kept uncopied."""
        super().__init__(document, text)
        self.old = copy.deepcopy(old)
        self.new = new if owned else copy.deepcopy(new)

    def _forward(self) -> None:
        self.document.set_project(self.new)

    def _backward(self) -> None:
        self.document.set_project(self.old)


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


class AddProject(_Command):
    def __init__(self, document: RoadmapDocument, project: Project, index: int, text: str) -> None:
        super().__init__(document, text)
        self.project = copy.deepcopy(project)
        self.index = index

    def _forward(self) -> None:
        self.document.insert_project(self.project, self.index)

    def _backward(self) -> None:
        self.document.remove_project(self.project.id)


class DeleteProject(_Command):
    """Delete one project, or several (the list's selection) as one step."""

    def __init__(self, document: RoadmapDocument, project_ids: str | list[str], text: str) -> None:
        super().__init__(document, text)
        ids = {project_ids} if isinstance(project_ids, str) else set(project_ids)
        self.entries = [(i, copy.deepcopy(p)) for i, p in enumerate(document.roadmap.projects) if p.id in ids]

    def _forward(self) -> None:
        self.document.remove_projects([p.id for _, p in self.entries])

    def _backward(self) -> None:
        self.document.insert_projects(self.entries)


class MoveProject(_Command):
    def __init__(self, document: RoadmapDocument, project_id: str, to_index: int, text: str) -> None:
        super().__init__(document, text)
        self.project_id = project_id
        self.from_index = document.roadmap.index_of(project_id)
        self.to_index = to_index

    def _forward(self) -> None:
        self.document.move_project(self.project_id, self.to_index)

    def _backward(self) -> None:
        self.document.move_project(self.project_id, self.from_index)


class ReplaceRoadmap(_Command):
    """The whole roadmap at once (an applied import)."""

    def __init__(self, document: RoadmapDocument, old: Roadmap, new: Roadmap, text: str) -> None:
        super().__init__(document, text)
        self.old = copy.deepcopy(old)
        self.new = copy.deepcopy(new)

    def _forward(self) -> None:
        self.document.replace_roadmap(self.new)

    def _backward(self) -> None:
        self.document.replace_roadmap(self.old)


class SetEdition(_Command):
    """The edition's title, fiscal year or first sheet number."""

    def __init__(self, document: RoadmapDocument, old: Edition, new: Edition, text: str) -> None:
        super().__init__(document, text)
        self.old = copy.deepcopy(old)
        self.new = copy.deepcopy(new)

    def _forward(self) -> None:
        self.document.set_edition(self.new)

    def _backward(self) -> None:
        self.document.set_edition(self.old)
