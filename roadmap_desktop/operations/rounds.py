"""The collection round's way out: workbooks per 担当部局 (or one workbook), their bases recorded.

A session opened read-only still writes the workbooks; it cannot record what went out, so their
replies will be compared two-way, and :attr:`RoundExport.recorded` says so for the caller to tell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.model import Project
from ..core.progress import ProgressCallback
from ..export.round_export import export_per_department, export_round
from ..storage.lock import FileLockedError
from ..storage.roadmap_file import ReadOnlyPlaceError
from .session import Session


@dataclass
class RoundExport:
    written: list[Path] = field(default_factory=list)
    recorded: bool = True  # the bases are in the roadmap file: replies merge three-way


def open_for_round(path: str | Path) -> Session:
    """Writable when possible (an export records its base there); read-only when someone has the file
    or the place is read-only (the export still goes out; ``session.readonly`` tells)."""
    try:
        return Session.open(path)
    except (ReadOnlyPlaceError, FileLockedError):
        return Session.open(path, readonly=True)


def export_departments(
    session: Session,
    folder: Path,
    projects: list[Project] | None = None,
    departments: list[str] | None = None,
    progress: Callable[[int, int], bool] | None = None,
    password: str | None = None,
) -> RoundExport:
    """One workbook per 担当部局 of *projects* (default: all) into *folder*, each recorded as sent out
    (locked with *password* when given)."""
    file = None if session.readonly else session.file
    written = export_per_department(file, session.roadmap, Path(folder), projects, departments, progress, password)
    return RoundExport(written, recorded=file is not None)


def export_workbook(
    session: Session,
    projects: list[Project],
    out: Path,
    label: str = "",
    progress: ProgressCallback | None = None,
    password: str | None = None,
    progress_report: bool = False,
) -> RoundExport:
    """One workbook of *projects*, recorded as sent out (to *label*) when the session can write (locked
    with *password* when given; with the 状況 column at the file's 基準月 as a *progress_report*)."""
    file = None if session.readonly else session.file
    export_round(file, session.roadmap, projects, Path(out), label, progress, password, progress_report)
    return RoundExport([Path(out)], recorded=file is not None)
