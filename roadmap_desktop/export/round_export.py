"""The collection round's way out: workbooks that remember what they were exported from.

Each workbook gets a fresh export id in its hidden sheet; the roadmap file keeps the base (the
projects as exported, see :mod:`storage.rounds`), so a reply merges three-way. One step writes one
workbook per 担当部局, named for it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from ..core.errors import RoadmapError
from ..core.i18n import translate
from ..core.model import Project, Roadmap
from ..core.os_errors import OsProblem, os_error_text, os_problem
from ..core.progress import ProgressCallback
from ..fsutil import owned_temp_name, remove_dead_temporaries
from ..storage.roadmap_file import RoadmapFile
from ..storage.rounds import BaseEntry, ExportRecord, record_export, revision_of
from .atomic import TargetInUseError
from .file_names import unique_names
from .xlsx import export_xlsx

NO_DEPARTMENT = "担当部局なし"


def export_round(
    file: RoadmapFile | None,
    roadmap: Roadmap,
    projects: list[Project],
    out: Path,
    label: str = "",
    progress: ProgressCallback | None = None,
    password: str | None = None,
    progress_report: bool = False,
) -> str | None:
    """Write *projects* to *out*; with a writable *file*, record the base and return the export id.
    *password*: the workbook is locked with it (its reply is read after asking for it).

    Without one (read-only roadmap), the workbook is written all the same and its reply will be
    previewed two-way (the preview says so).
    """
    writable = file is not None and not file.readonly
    export_id = str(uuid.uuid4()) if writable else None
    sheets = export_xlsx(
        roadmap, projects, Path(out), progress, export_id=export_id, password=password, progress_report=progress_report
    )
    if file is None or export_id is None:
        return None
    by_id = {p.id: p for p in projects}
    base = [BaseEntry(title, no, by_id[pid]) for title, no, pid in sheets]
    record = ExportRecord(export_id, label, Path(out).name, "", revision_of(roadmap), len(base))
    record_export(file, record, base, roadmap.edition.fiscal_year)
    return export_id


def by_department(projects: list[Project]) -> dict[str, list[Project]]:
    """Department → its projects, in roadmap order; a project of two departments goes to both."""
    groups: dict[str, list[Project]] = {}
    for p in projects:
        for dept in p.departments or [translate("round", NO_DEPARTMENT)]:
            groups.setdefault(dept.strip() or translate("round", NO_DEPARTMENT), []).append(p)
    return groups


def department_file_names(roadmap: Roadmap, departments: list[str]) -> dict[str, str]:
    """Department → e.g. 令和６年度DX関連事業ロードマップ_総務部.xlsx: safe on Windows, no two alike.

    Decided for all departments at once, before anything is written (see :mod:`export.file_names`).
    """
    texts = {d: f"{roadmap.edition.title}_{d}" for d in departments}
    names = unique_names(texts.values(), ".xlsx")
    return {d: names[t] for d, t in texts.items()}


def department_file_name(roadmap: Roadmap, department: str) -> str:
    """The file name of one department's workbook (alone: see :func:`department_file_names`)."""
    return department_file_names(roadmap, [department])[department]


def _staging(folder: Path) -> Path:
    """A folder of ours beside *folder* for the workbooks being written, on the same disk.

    Nothing half-written ever sits in the folder that is mailed out, even if the export is killed;
    a staging folder left by a killed export is removed by the next one.
    """
    parent = folder.resolve().parent
    if parent != folder.resolve():
        remove_dead_temporaries(parent)
        staging = parent / owned_temp_name("roadmap-export")
        try:
            staging.mkdir()
        except OSError:
            pass
        else:
            if staging.stat().st_dev == folder.stat().st_dev:
                return staging
            staging.rmdir()
    staging = folder / owned_temp_name("roadmap-export")  # a drive's root or a read-only parent
    staging.mkdir()
    return staging


def export_per_department(
    file: RoadmapFile | None,
    roadmap: Roadmap,
    folder: Path,
    projects: list[Project] | None = None,
    departments: list[str] | None = None,
    progress: Callable[[int, int], bool] | None = None,
    password: str | None = None,
) -> list[Path]:
    """One workbook per 担当部局 of *projects* (default: all) into *folder*; the paths written.

    Planned first (names decided, none alike on Windows), written complete into a staging folder,
    moved into *folder*, and only then recorded in 回収状況, in one transaction. On any failure or
    cancel nothing is recorded and no temporary file is left in *folder*. Each workbook is locked
    with *password* when given.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise RoadmapError(os_error_text(e, folder.name)) from None
    remove_dead_temporaries(folder)  # leftovers of exports killed before this design
    groups = by_department(list(roadmap.projects) if projects is None else projects)
    if departments is not None:
        groups = {d: ps for d, ps in groups.items() if d in departments}
    names = department_file_names(roadmap, list(groups))
    writable = file is not None and not file.readonly
    try:
        staging = _staging(folder)
    except OSError as e:
        raise RoadmapError(os_error_text(e, folder.name)) from None
    planned: list[tuple[str, Path, Path, str | None, list[tuple[str, int, str]]]] = []
    written: list[Path] = []
    try:
        for i, (dept, members) in enumerate(groups.items()):
            if progress is not None and not progress(i, len(groups)):
                return []
            export_id = str(uuid.uuid4()) if writable else None
            staged = staging / f"{i}.xlsx"
            sheets = export_xlsx(roadmap, members, staged, export_id=export_id, password=password)
            planned.append((dept, staged, folder / names[dept], export_id, sheets))
        for _dept, staged, out, _id, _sheets in planned:
            _move_into_place(staged, out)
            written.append(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if file is not None and writable:
        with file.transaction():  # all of them or none
            for dept, _staged, out, export_id, sheets in planned:
                assert export_id is not None
                by_id = {p.id: p for p in groups[dept]}
                base = [BaseEntry(title, no, by_id[pid]) for title, no, pid in sheets]
                record = ExportRecord(export_id, dept, out.name, "", revision_of(roadmap), len(base))
                record_export(file, record, base)
    if progress is not None:
        progress(len(groups), len(groups))
    return written


def _move_into_place(staged: Path, out: Path) -> None:
    try:
        os.replace(staged, out)
    except OSError as e:
        if os_problem(e) in (OsProblem.IN_USE, OsProblem.NO_PERMISSION):
            raise TargetInUseError(out) from None
        raise RoadmapError(os_error_text(e, out.name)) from None
