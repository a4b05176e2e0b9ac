"""The everyday edits as operations: a project changed, added, deleted or moved, the edition's settings.

Each keeps what it needs to undo itself (copies, so later changes of the caller's objects do not
reach the history) and goes through the session's primitives.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from ..core.model import Edition, Project, Roadmap
from .session import Session


@dataclass
class SetProject:
    """Any change within one project: a form field, a bar, an initiative."""

    old: Project
    new: Project
    text: str = ""

    @classmethod
    def of(cls, old: Project, new: Project, text: str, owned: bool = False) -> SetProject:
        """*owned*: *new* is handed over (the caller never changes it again), so it is kept uncopied."""
        return cls(copy.deepcopy(old), new if owned else copy.deepcopy(new), text)

    def do(self, session: Session) -> None:
        session.set_project(self.new)

    def undo(self, session: Session) -> None:
        session.set_project(self.old)


@dataclass
class AddProject:
    project: Project
    index: int
    text: str = ""

    def __post_init__(self) -> None:
        self.project = copy.deepcopy(self.project)

    def do(self, session: Session) -> None:
        session.insert_projects([(self.index, self.project)])

    def undo(self, session: Session) -> None:
        session.remove_projects([self.project.id])


@dataclass
class DeleteProjects:
    """Delete one project or several (the list's selection) as one step; undo puts each back in its place."""

    entries: list[tuple[int, Project]]
    text: str = ""

    @classmethod
    def of(cls, roadmap: Roadmap, project_ids: str | list[str], text: str) -> DeleteProjects:
        ids = {project_ids} if isinstance(project_ids, str) else set(project_ids)
        return cls([(i, copy.deepcopy(p)) for i, p in enumerate(roadmap.projects) if p.id in ids], text)

    def do(self, session: Session) -> None:
        session.remove_projects([p.id for _, p in self.entries])

    def undo(self, session: Session) -> None:
        session.insert_projects(self.entries)


@dataclass
class MoveProject:
    project_id: str
    from_index: int
    to_index: int
    text: str = ""

    @classmethod
    def of(cls, roadmap: Roadmap, project_id: str, to_index: int, text: str) -> MoveProject:
        return cls(project_id, roadmap.index_of(project_id), to_index, text)

    def do(self, session: Session) -> None:
        session.move_project(self.project_id, self.to_index)

    def undo(self, session: Session) -> None:
        session.move_project(self.project_id, self.from_index)


@dataclass
class SetEdition:
    """The edition's title, fiscal year or first sheet number."""

    old: Edition
    new: Edition
    text: str = ""

    def __post_init__(self) -> None:
        self.old, self.new = copy.deepcopy(self.old), copy.deepcopy(self.new)

    def do(self, session: Session) -> None:
        session.set_edition(self.new)

    def undo(self, session: Session) -> None:
        session.set_edition(self.old)


@dataclass
class ReplaceRoadmap:
    """The whole roadmap at once (an import's result, when its bookkeeping is the caller's)."""

    old: Roadmap
    new: Roadmap
    text: str = ""

    def __post_init__(self) -> None:
        self.old, self.new = copy.deepcopy(self.old), copy.deepcopy(self.new)

    def do(self, session: Session) -> None:
        session.replace_roadmap(self.new)

    def undo(self, session: Session) -> None:
        session.replace_roadmap(self.old)
