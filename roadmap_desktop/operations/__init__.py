"""The operations layer: one roadmap file's session and everything done to it, without Qt.

The command line and every window call it: edits (``edits.py``), import (``imports.py``: plan, then
apply as one undoable step), the new edition (``rollover.py``), the collection round's export
(``rounds.py``), undo and redo (``session.py``). Below it: importing, export, layout, storage and
core; above it: ui/ and cli.py (see docs/architecture.md). Nothing is loaded here: the window's
first paint needs the session (opening the file) but no edit yet, and the readers and writers weigh
on start-up; each module loads when first used, and the names below on first access.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .edits import AddProject, DeleteProjects, MoveProject, ReplaceRoadmap, SetEdition, SetProject
    from .session import Operation, Session

_HOME = {"Operation": "session", "Session": "session"}

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


def __getattr__(name: str) -> Any:
    """``from roadmap_desktop.operations import SetProject`` loads edits.py then (PEP 562)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_HOME.get(name, 'edits')}", __name__), name)
