"""Our PDFs' export record: the export id, edition and digest in the document information, and the base
(what was exported) kept in the roadmap file like a workbook's (storage/rounds.py), so our own PDF
imports three-way against what it was exported from. The metadata is untrusted like a workbook's
hidden sheet: it only names a record; the record (and its digest) is ours.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.dump import project_to_dict
from ..core.model import Edition, Project, Roadmap
from ..storage.roadmap_file import RoadmapFile
from ..storage.rounds import BaseEntry, ExportRecord, record_export, revision_of

PDF_INFO_KEY = "RoadmapExport"  # our entry in the PDF's document information dictionary
PDF_FORMAT = "roadmap-desktop-pdf"


@dataclass(frozen=True)
class PdfStamp:
    """What our PDF's metadata claims (untrusted, like a workbook's hidden sheet)."""

    export_id: str | None
    fiscal_year: int
    title: str
    digest: str


def pdf_stamp(value: Any) -> PdfStamp | None:
    if not isinstance(value, str) or len(value) > 2000:
        return None
    try:
        data = json.loads(value)
        if data.get("format") != PDF_FORMAT:
            return None
        fy = int(data["fiscal_year"])
        export_id = data.get("export")
        return PdfStamp(
            export_id if isinstance(export_id, str) and 0 < len(export_id) <= 100 else None,
            fy,
            str(data.get("title", "")),
            str(data.get("digest", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def stamp_text(export_id: str | None, edition: Edition, digest: str) -> str:
    return json.dumps(
        {"format": PDF_FORMAT, "export": export_id, "fiscal_year": edition.fiscal_year, "title": edition.title,
         "digest": digest},
        ensure_ascii=False,
    )  # fmt: skip


def digest_of(numbered: list[tuple[int, Project]]) -> str:
    """A digest of the sheets as exported (numbers and content)."""
    text = json.dumps([[no, project_to_dict(p)] for no, p in numbered], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def new_stamp(roadmap: Roadmap, numbered: list[tuple[int, Project]], file: RoadmapFile | None, out: Path) -> str:
    """The metadata text for a PDF of *numbered*; with a writable *file*, its base is recorded there."""
    digest = digest_of(numbered)
    export_id = str(uuid.uuid4()) if file is not None and not file.readonly else None
    if file is not None and export_id is not None:
        record = ExportRecord(export_id, "PDF", Path(out).name, "", revision_of(roadmap), len(numbered))
        base = [BaseEntry("", no, p) for no, p in numbered]
        record_export(file, record, base, roadmap.edition.fiscal_year, kind="pdf", digest=digest)
    return stamp_text(export_id, roadmap.edition, digest)
