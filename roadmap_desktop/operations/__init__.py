"""The operations layer: one roadmap file's session and everything done to it, without Qt.

The command line and every window call it: edits (``edits.py``), import (``imports.py``: plan, then
apply as one undoable step), the new edition (``rollover.py``), the collection round's export
(``rounds.py``), undo and redo (``session.py``). Below it: importing, export, layout, storage and
core; above it: ui/ and cli.py (see docs/architecture.md). Only the session and the edits are loaded
here: the readers and writers weigh on start-up and load when an import or export is made.
"""

from .edits import AddProject, DeleteProjects, MoveProject, ReplaceRoadmap, SetEdition, SetProject
from .session import Operation, Session

__all__ = [
    "AddProject",
    "DeleteProjects",
    "MoveProject",
    "Operation",
    "ReplaceRoadmap",
    "Session",
    "SetEdition",
    "SetProject",
]
