"""The collection round's way out: workbooks that remember what they were exported from.

Each workbook gets a fresh export id in its hidden sheet; the roadmap file keeps the base (the
projects as exported, see :mod:`storage.rounds`), so a reply merges three-way. One step writes one
workbook per 担当部局, named for it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path

from ..core.i18n import translate
from ..core.model import Project, Roadmap
from ..core.progress import ProgressCallback
from ..storage.roadmap_file import RoadmapFile
from ..storage.rounds import BaseEntry, ExportRecord, record_export, revision_of
from .xlsx import export_xlsx

NO_DEPARTMENT = "担当部局なし"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def export_round(
    file: RoadmapFile | None,
    roadmap: Roadmap,
    projects: list[Project],
    out: Path,
    label: str = "",
    progress: ProgressCallback | None = None,
    progress_report: bool = False,
) -> str | None:
    """Write *projects* to *out*; with a writable *file*, record the base and return the export id.

    Without one (read-only roadmap), the workbook is written all the same and its reply will be
    previewed two-way (the preview says so).
    """
    writable = file is not None and not file.readonly
    export_id = str(uuid.uuid4()) if writable else None
    sheets = export_xlsx(roadmap, projects, Path(out), progress, export_id=export_id, progress_report=progress_report)
    if file is None or export_id is None:
        return None
    by_id = {p.id: p for p in projects}
    base = [BaseEntry(title, no, by_id[pid]) for title, no, pid in sheets]
    record_export(file, ExportRecord(export_id, label, Path(out).name, "", revision_of(roadmap), len(base)), base)
    return export_id


def by_department(projects: list[Project]) -> dict[str, list[Project]]:
    """Department → its projects, in roadmap order; a project of two departments goes to both."""
    groups: dict[str, list[Project]] = {}
    for p in projects:
        for dept in p.departments or [translate("round", NO_DEPARTMENT)]:
            groups.setdefault(dept.strip() or translate("round", NO_DEPARTMENT), []).append(p)
    return groups


def department_file_name(roadmap: Roadmap, department: str) -> str:
    """E.g. 令和６年度DX関連事業ロードマップ_総務部.xlsx (characters Windows refuses replaced)."""
    return _UNSAFE.sub("_", f"{roadmap.edition.title}_{department}")[:150] + ".xlsx"


def export_per_department(
    file: RoadmapFile | None,
    roadmap: Roadmap,
    folder: Path,
    projects: list[Project] | None = None,
    departments: list[str] | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> list[Path]:
    """One workbook per 担当部局 of *projects* (default: all) into *folder*; the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    groups = by_department(list(roadmap.projects) if projects is None else projects)
    if departments is not None:
        groups = {d: ps for d, ps in groups.items() if d in departments}
    written: list[Path] = []
    for i, (dept, members) in enumerate(groups.items()):
        if progress is not None and not progress(i, len(groups)):
            break
        out = folder / department_file_name(roadmap, dept)
        export_round(file, roadmap, members, out, dept)
        written.append(out)
    if progress is not None:
        progress(len(groups), len(groups))
    return written
