"""Read project sheets back from an Excel workbook: ours after a colleague edited it, or one a
department built by hand.

What counts is what the worksheet shows (see :mod:`xlsx_blocks` for fields and project blocks,
:mod:`xlsx_timeline` for the timeline and its bars, :mod:`xlsx_drawing` for bars drawn as shapes).
This module only drives the reading: worksheet by worksheet, then continuation pages joined to
their project.

Our own exports also carry a hidden ``_roadmap`` worksheet mapping worksheet titles to project ids,
so a project renamed in Excel is still recognised; without it, projects match by 事業名.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import RoadmapError
from ..core.fiscal import format_fiscal_year
from ..core.i18n import translate
from ..core.labels import FIELD_LABELS, TIMELINE_ROW_HEADER
from ..core.model import Edition
from ..core.progress import ProgressCallback, report
from ..export.xlsx_layout import LIST_SHEET, META_FORMAT, META_SHEET, OVERVIEW_SHEET
from .budgets import timed_reader
from .edition import reading_edition, year_in_texts
from .list_sheet import read_list_sheet
from .merge import ImportResult, IncomingSheet
from .xlsx_blocks import Block, join_continuations, label_key, read_worksheet
from .xlsx_cells import SheetView
from .xlsx_drawing import read_shapes
from .xlsx_package import Package, SheetData, open_package


class SheetNotRecognised(Exception):
    """A worksheet that is not a project sheet; the message says which labels are missing."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__("、".join(f"「{m}」" for m in missing))
        self.missing = missing


def read_sheet(package: Package, data: SheetData, edition: Edition, own: bool = False) -> list[Block]:
    """The project blocks of one worksheet; raise :class:`SheetNotRecognised` when it holds none."""
    view = SheetView(data)
    shapes = read_shapes(package.drawing(data), data, package.path.name) if data.drawing_part else []
    blocks = read_worksheet(view, shapes, edition, own)
    if not blocks:
        present = {label_key(v) for v in data.values.values()}
        missing = [label for attr, label in FIELD_LABELS.items() if attr not in present]
        missing.append(f"{TIMELINE_ROW_HEADER}（{format_fiscal_year(edition.fiscal_year)}〜の年度見出し）")
        raise SheetNotRecognised(missing)
    return blocks


@dataclass
class _Meta:
    """What our hidden bookkeeping sheet claims (untrusted: a clerk can unhide and edit it)."""

    export_id: str | None = None
    ids: dict[str, tuple[str, int | None]] = field(default_factory=dict)  # title → (project id, override)
    fiscal_year: int | None = None


def _meta(package: Package) -> _Meta:
    """Worksheet title → (project id, sheet_no_override), and the export id, from our hidden sheet, if any."""
    for entry in package.sheets:
        if entry.title != META_SHEET:
            continue
        data = package.sheet(entry)
        if data.values.get((1, 2)) != META_FORMAT:
            return _Meta()
        export_id = data.values.get((2, 5)) if data.values.get((2, 4)) == "export" else None
        out = _Meta(export_id if isinstance(export_id, str) and 0 < len(export_id) <= 100 else None)
        fy = data.values.get((2, 2)) if data.values.get((2, 1)) == "fiscal_year" else None
        out.fiscal_year = fy if isinstance(fy, int) and not isinstance(fy, bool) and 1900 < fy < 2200 else None
        for r in range(4, min(data.max_row, 100_000) + 1):
            title, pid, override = (data.values.get((r, c)) for c in (1, 2, 3))
            if isinstance(title, str) and isinstance(pid, str) and 0 < len(pid) <= 100 and title not in out.ids:
                ok = isinstance(override, int) and not isinstance(override, bool) and 0 < override < 100_000
                out.ids[title] = (pid, override if ok else None)
        return out
    return _Meta()


def _edition_shown(package: Package, entries: list[Any], meta: _Meta) -> tuple[int | None, str]:
    """The fiscal year the workbook shows: the hidden sheet's, else the first worksheet's budget label or
    title (its other worksheets are of the same book)."""
    if meta.fiscal_year is not None:
        return meta.fiscal_year, ""
    for entry in entries[:3]:
        year, title = year_in_texts(package.sheet(entry).values.values())
        if year is not None:
            return year, title
    return None, ""


@timed_reader
def read_xlsx(
    path: Path, edition: Edition, progress: ProgressCallback | None = None, content: bytes | None = None
) -> ImportResult:
    """Read every project worksheet of *path*; raise :class:`RoadmapError` if there is none to read.

    *content*: the workbook's bytes when they live only in memory (decrypted, unzipped or converted by
    :mod:`attachments`); *path* then only names it in messages."""
    path = Path(path)
    result = ImportResult()
    not_recognised: list[str] = []
    blocks: list[Block] = []
    sources: dict[int, str] = {}
    titles: dict[int, str] = {}  # the worksheet each block was read from (identity checks)
    with open_package(path, content) as package:
        meta = _meta(package)
        ids = meta.ids
        result.export_id = meta.export_id
        result.has_identity = bool(ids)
        result.exported = {title: pid for title, (pid, _) in ids.items()}
        for e in package.sheets:
            if e.title == LIST_SHEET and not e.hidden:
                result.list_rows = read_list_sheet(package.sheet(e), result.problems)
        entries = [
            e for e in package.sheets if not e.hidden and e.title not in (LIST_SHEET, META_SHEET, OVERVIEW_SHEET)
        ]
        result.file_year, title = _edition_shown(package, entries, meta)
        own_edition = reading_edition(result.file_year, title, edition)
        if own_edition is not edition:  # an earlier edition: read in its own window, mapped when planned
            result.read_in, edition = own_edition, own_edition
        for e in package.sheets:
            if e.hidden and e.title != META_SHEET:
                result.problems.append(
                    translate(
                        "xlsx", "非表示のワークシート「{title}」は読みませんでした（取り込むには表示してください）。"
                    ).format(title=e.title)
                )
        total = len(entries)
        for i, entry in enumerate(entries):
            report(progress, i, total)
            data = package.sheet(entry)
            if not data.values:
                continue  # an empty worksheet: nothing to say about it
            try:
                sheet_blocks = read_sheet(package, data, edition, own=bool(ids))
            except SheetNotRecognised as e:
                text = translate(
                    "xlsx",
                    "ワークシート「{title}」: 見出し {labels} が見つからないため、事業のシートとして読めませんでした。",
                ).format(title=entry.title, labels=e)
                not_recognised.append(text)
                if len(e.missing) <= len(FIELD_LABELS):  # some labels are there: a sheet we failed, not a note
                    result.problems.append(text)
                continue
            projects = [b for b in sheet_blocks if not b.continuation]
            known = ids.get(entry.title) if len(projects) == 1 else None
            for b in sheet_blocks:
                if known is not None and b is projects[0]:
                    b.project.id, b.project.sheet_no_override = known
                    b.identity_known = True
                where = translate("xlsx", "ワークシート「{title}」").format(title=entry.title)
                if len(projects) > 1:
                    where = translate("xlsx", "ワークシート「{title}」{row}行目からの事業").format(
                        title=entry.title, row=b.first_row
                    )
                sources[id(b)] = where
                titles[id(b)] = entry.title
            blocks += sheet_blocks
        report(progress, total, total)
    joined, problems = join_continuations(blocks, own=bool(ids))
    result.problems += problems
    for b in joined:
        result.sheets.append(
            IncomingSheet(
                b.project,
                sources[id(b)],
                identity_known=b.identity_known,
                sheet_no=b.sheet_no,
                warnings=b.warnings,
                unread=b.unread,
                title=titles[id(b)],
            )
        )
    if not result.sheets:
        detail = "\n".join(not_recognised + problems) or translate("xlsx", "ワークシートに何も書かれていません。")
        raise RoadmapError(
            translate("xlsx", "「{name}」にはロードマップの事業シートが見つかりませんでした。\n{detail}").format(
                name=path.name, detail=detail
            )
        )
    return result
