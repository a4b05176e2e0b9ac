"""The collection round's bookkeeping in the roadmap file: each workbook sent out and its base.

Why the base lives here and not in the workbook: the workbook travels through the clerk's hands and
its hidden sheet can be unhidden and edited, so anything it carries is untrusted. It carries only a
random export id (and each worksheet's project id); what was exported — the values and bars, the
worksheet titles and sheet numbers, the roadmap's revision — stays in this file, where nobody but us
writes. A forged id finds no base (the reply falls back to the two-way preview and says so); a
reused one finds a real base that the identity checks hold against what each sheet shows.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..core.dump import dumps, project_from_dict, project_to_dict
from ..core.errors import RoadmapError
from ..core.model import Project, Roadmap
from .roadmap_file import RoadmapFile

_log = logging.getLogger(__name__)


@dataclass
class BaseEntry:
    """One project as exported: where it went in the workbook, and its content then."""

    title: str  # worksheet title
    sheet_no: int
    project: Project


@dataclass
class ExportRecord:
    id: str
    label: str
    file_name: str
    created: str
    revision: str
    project_count: int = 0
    returned: str | None = None
    reply_file: str | None = None
    applied: str | None = None

    @property
    def state(self) -> str:
        """out (回収待ち), back (返信あり), applied (取り込み済み)."""
        return "applied" if self.applied else ("back" if self.returned else "out")


class ExportBase(dict[str, BaseEntry]):
    """Project id → base entry of one export, with the export's record (when, to whom, which revision)."""

    record: ExportRecord | None = None
    fiscal_year: int | None = None  # the edition it was exported from (a reply may come back after 年度更新)
    kind: str = "xlsx"  # or "pdf": our PDF carries the export id in its metadata (export/pdf.py)
    digest: str = ""  # what the PDF's metadata must claim for this base to be its own


def revision_of(roadmap: Roadmap) -> str:
    """A short digest of the roadmap's whole content: the revision an export was made from."""
    return hashlib.sha256(dumps(roadmap).encode("utf-8")).hexdigest()[:16]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def record_export(
    file: RoadmapFile,
    record: ExportRecord,
    base: list[BaseEntry],
    fiscal_year: int | None = None,
    kind: str = "xlsx",
    digest: str = "",
) -> None:
    """Remember a workbook (or our PDF) sent out, with its base and its edition (one transaction)."""
    data: dict[str, Any] = {
        "revision": record.revision,
        "projects": [{"title": e.title, "sheet_no": e.sheet_no, "project": project_to_dict(e.project)} for e in base],
    }
    if fiscal_year is not None:
        data["fiscal_year"] = fiscal_year
    if kind != "xlsx":
        data["kind"], data["digest"] = kind, digest
    with file.transaction() as c:
        c.execute(
            "INSERT OR REPLACE INTO xlsx_export(id, label, file_name, created, revision, base) VALUES (?, ?, ?, ?, ?, ?)",
            (record.id, record.label, record.file_name, record.created or _now(), record.revision,
             json.dumps(data, ensure_ascii=False)),
        )  # fmt: skip


def load_base(file: RoadmapFile, export_id: Any) -> ExportBase | None:
    """Project id → base entry of the export *export_id*; None when this file never made it."""
    if not isinstance(export_id, str) or not export_id or len(export_id) > 100:
        return None
    rows = file.read_rows(
        "SELECT base, id, label, file_name, created, revision, returned, reply_file, applied FROM xlsx_export WHERE id = ?",
        (export_id,),
    )
    if not rows:
        return None
    try:
        data = json.loads(str(rows[0][0]))
        out = ExportBase()
        i, label, name, created, revision, returned, reply, applied = rows[0][1:]
        out.record = ExportRecord(
            str(i), str(label), str(name), str(created), str(revision), len(data.get("projects", [])),
            returned, reply, applied,  # type: ignore[arg-type]
        )  # fmt: skip
        for e in data.get("projects", []):
            p = project_from_dict(e["project"])
            out[p.id] = BaseEntry(str(e["title"]), int(e["sheet_no"]), p)
        fy = data.get("fiscal_year")
        out.fiscal_year = fy if isinstance(fy, int) else None
        out.kind, out.digest = str(data.get("kind", "xlsx")), str(data.get("digest", ""))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # a record we cannot read is no base: the reply is compared two-way
    return out


def list_exports(file: RoadmapFile) -> list[ExportRecord]:
    rows = file.read_rows(
        "SELECT id, label, file_name, created, revision, json_array_length(base, '$.projects'), returned, reply_file,"
        " applied FROM xlsx_export WHERE json_extract(base, '$.kind') IS NOT 'pdf' ORDER BY created, label"
    )
    return [ExportRecord(*row) for row in rows]  # type: ignore[arg-type]  # the columns as declared


def mark_returned(file: RoadmapFile, export_id: str, reply_file: str) -> None:
    """A reply to *export_id* was read (the first time counts as its return)."""
    with file.transaction() as c:
        c.execute(
            "UPDATE xlsx_export SET returned = COALESCE(returned, ?), reply_file = ? WHERE id = ?",
            (_now(), reply_file, export_id),
        )


def mark_applied(file: RoadmapFile, export_id: str, reply_file: str) -> None:
    with file.transaction() as c:
        c.execute(
            "UPDATE xlsx_export SET returned = COALESCE(returned, ?), reply_file = ?, applied = ? WHERE id = ?",
            (_now(), reply_file, _now(), export_id),
        )


def carry_exports(source: RoadmapFile, target: RoadmapFile, fiscal_year: int) -> int:
    """年度更新: the export records of *source* (an edition of *fiscal_year*) into the new edition's file, so a
    late reply to last year's export still merges three-way against its base (mapped into the new
    edition when planned). Returns how many were carried."""
    try:
        rows = source.read_rows(
            "SELECT id, label, file_name, created, revision, base, returned, reply_file, applied FROM xlsx_export"
        )
    except sqlite3.OperationalError:  # a file of a version before the collection round: nothing sent out
        return 0
    carried = []
    for row in rows:
        try:
            data = json.loads(str(row[5]))
        except ValueError:
            continue  # a record we cannot read is no base either way
        if isinstance(data, dict):
            data.setdefault("fiscal_year", fiscal_year)
            carried.append((*row[:5], json.dumps(data, ensure_ascii=False), *row[6:]))
    with target.transaction() as c:
        c.executemany(
            "INSERT OR REPLACE INTO xlsx_export(id, label, file_name, created, revision, base, returned, reply_file,"
            " applied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            carried,
        )
    return len(carried)


def carry_exports_from(source: str | os.PathLike[str], target: RoadmapFile, fiscal_year: int) -> int:
    """:func:`carry_exports` from the file at *source*, opened read-only. Best effort: a source that cannot
    be read now only means a late reply is compared two-way (which deletes nothing by default)."""
    try:
        with RoadmapFile.open(source, readonly=True) as old:
            return carry_exports(old, target, fiscal_year)
    except (RoadmapError, OSError, sqlite3.Error):
        _log.warning("export records not carried over from %s", source, exc_info=True)
        return 0
