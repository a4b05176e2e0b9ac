"""What an applied reply said, and the round's marks as they were before an import (for its undo).

A department may send a corrected second reply to the same export. To let it supersede the first
where the two differ, the first reply's projects (as the reply showed them) are kept per export when
it is applied. The marks of storage.rounds (returned, reply file, applied) are snapshotted before an
import so that its undo puts them back exactly, including this table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ..core.dump import project_from_dict, project_to_dict
from ..core.model import Project
from .roadmap_file import RoadmapFile


@dataclass
class AppliedReply:
    export_id: str
    reply_file: str
    applied: str
    projects: dict[str, Project]  # roadmap project id -> the project as the reply showed it


@dataclass
class MarksSnapshot:
    """One export's bookkeeping before an import: restored as it was by the import's undo."""

    export_id: str
    returned: object
    reply_file: object
    applied: object
    applied_reply: tuple[object, ...] | None  # the applied_reply row, or None


def load_applied_reply(file: RoadmapFile, export_id: str | None) -> AppliedReply | None:
    if not export_id:
        return None
    rows = file.read_rows(
        "SELECT export_id, reply_file, applied, projects FROM applied_reply WHERE export_id = ?", (export_id,)
    )
    if not rows:
        return None
    try:
        data = json.loads(str(rows[0][3]))
        projects = {str(pid): project_from_dict(d) for pid, d in data.items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # unreadable: the reply is planned as if it were the first
    return AppliedReply(str(rows[0][0]), str(rows[0][1]), str(rows[0][2]), projects)


def record_applied_reply(file: RoadmapFile, export_id: str, reply_file: str, projects: dict[str, Project]) -> None:
    """Remember what the reply to *export_id* showed for *projects* (joins the caller's transaction)."""
    data = {pid: project_to_dict(p) for pid, p in projects.items()}
    with file.transaction() as c:
        c.execute(
            "INSERT OR REPLACE INTO applied_reply(export_id, reply_file, applied, projects) VALUES (?, ?, ?, ?)",
            (export_id, reply_file, datetime.now().isoformat(timespec="seconds"), json.dumps(data, ensure_ascii=False)),
        )


def snapshot_marks(file: RoadmapFile, export_ids: list[str]) -> list[MarksSnapshot]:
    out = []
    for export_id in export_ids:
        rows = file.read_rows("SELECT returned, reply_file, applied FROM xlsx_export WHERE id = ?", (export_id,))
        if not rows:
            continue
        kept = file.read_rows(
            "SELECT export_id, reply_file, applied, projects FROM applied_reply WHERE export_id = ?", (export_id,)
        )
        returned, reply_file, applied = rows[0]
        out.append(MarksSnapshot(export_id, returned, reply_file, applied, kept[0] if kept else None))
    return out


def restore_marks(file: RoadmapFile, snapshots: list[MarksSnapshot]) -> None:
    """Put each export's marks back as *snapshots* recorded them (joins the caller's transaction)."""
    with file.transaction() as c:
        for s in snapshots:
            c.execute(
                "UPDATE xlsx_export SET returned = ?, reply_file = ?, applied = ? WHERE id = ?",
                (s.returned, s.reply_file, s.applied, s.export_id),
            )
            c.execute("DELETE FROM applied_reply WHERE export_id = ?", (s.export_id,))
            if s.applied_reply is not None:
                c.execute(
                    "INSERT INTO applied_reply(export_id, reply_file, applied, projects) VALUES (?, ?, ?, ?)",
                    s.applied_reply,
                )
