"""Read project sheets back from an Excel workbook: ours after a colleague edited it, or one made alike.

What counts is what the worksheet shows. Fields are found by their label words (wherever the
label cell is; its value is the cell right of it, or below it when the right is another label or
the edge); bars are the filled month cells under the year headers (R6 … R10), one merged range or
one run of filled cells per bar, a new label or a strong border starting the next; the label of a
bar ending in the last month with "→" means the bar continues past the window.

Our own exports also carry a hidden ``_roadmap`` worksheet mapping worksheet titles to project ids,
so a project renamed in Excel is still recognised; without it, projects match by 事業名.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import RoadmapError, ValidationError
from ..core.fiscal import Month, format_fiscal_year, normalize, parse_budget, parse_fiscal_year
from ..core.i18n import translate
from ..core.labels import (
    ACTUAL_LABEL,
    CONTINUED_MARK,
    FIELD_LABELS,
    LIST_SEPARATOR,
    TIMELINE_NAME_HEADER,
    TIMELINE_ROW_HEADER,
    squeeze,
)
from ..core.model import PLAN_LABELS, WINDOW_YEARS, Bar, Edition, Initiative, Project, new_id, validate_bar
from ..core.progress import ProgressCallback, report
from ..export.xlsx_layout import CONTINUES_MARK, LIST_SHEET, META_FORMAT, META_SHEET, OVERVIEW_SHEET
from .list_sheet import read_list_sheet
from .merge import ImportResult, IncomingSheet
from .xlsx_package import CellKey, Package, SheetData, open_package

MONTHS = WINDOW_YEARS * 12
_BUDGET_SUFFIX = normalize(squeeze(FIELD_LABELS["budget"]))  # 事業費(千円), after NFKC
_LABEL_KEYS = {normalize(squeeze(label)): attr for attr, label in FIELD_LABELS.items() if attr != "budget"}
_SHEET_NO = re.compile(r"No\.?\s*(\d+)", re.IGNORECASE)
_LIST_ATTRS = ("items", "departments", "sections")
_TEXT_ATTRS = ("name", "field", "overview", "issues", "approach", "change")
_REQUIRED = ("name",)


class SheetNotRecognised(Exception):
    """A worksheet that is not a project sheet; the message says which labels are missing."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__("、".join(f"「{m}」" for m in missing))
        self.missing = missing


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def _label_key(value: Any) -> str | None:
    """The field attribute whose label *value* is (budget for any R?事業費（千円）), or None."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    key = normalize(squeeze(value))
    if key in _LABEL_KEYS:
        return _LABEL_KEYS[key]
    if key.endswith(_BUDGET_SUFFIX):
        return "budget"
    return None


@dataclass
class _Block:
    """One timeline header (取組 | 区分 | R6 … R10) and the columns it locates."""

    row: int
    name_col: int
    kind_col: int
    month_cols: list[int]  # one per month of the five years, left to right
    first_year: int


@dataclass
class _Sheet:
    """A worksheet with its merged ranges indexed, and helpers to read it like a person does."""

    data: SheetData
    anchor_of: dict[CellKey, tuple[int, int, int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for rng in self.data.merges:
            r0, c0, r1, c1 = rng
            if (r1 - r0 + 1) * (c1 - c0 + 1) > 20000:
                continue  # a whole-column merge is no field of ours
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    self.anchor_of[(r, c)] = rng

    def box(self, r: int, c: int) -> tuple[int, int, int, int]:
        return self.anchor_of.get((r, c), (r, c, r, c))

    def value(self, r: int, c: int) -> Any:
        r0, c0, _, _ = self.box(r, c)
        return self.data.values.get((r0, c0))

    def text(self, r: int, c: int) -> str:
        return _text(self.value(r, c))


def _year_of(value: Any) -> int | None:
    if not isinstance(value, str) or len(value) > 12:
        return None
    try:
        return parse_fiscal_year(value)
    except ValidationError:
        return None


def _find_blocks(sheet: _Sheet) -> list[_Block]:
    blocks: list[_Block] = []
    kinds = [key for key, v in sheet.data.values.items() if isinstance(v, str) and squeeze(v) == TIMELINE_ROW_HEADER]
    for r, kc in sorted(kinds):
        _, kc0, _, kc1 = sheet.box(r, kc)
        headers: list[tuple[int, int, int]] = []  # (first col, last col, fiscal year)
        c = kc1 + 1
        while c <= sheet.data.max_col:
            r0, c0, _, c1 = sheet.box(r, c)
            fy = _year_of(sheet.data.values.get((r0, c0)))
            if fy is not None:
                headers.append((c0, c1, fy))
            c = c1 + 1
        if not headers:
            continue
        month_cols: list[int] = []
        for i, (c0, c1, fy) in enumerate(headers[:WINDOW_YEARS]):
            if fy != headers[0][2] + i:
                break
            if c1 == c0:  # not merged: the year runs up to the next year's header
                c1 = headers[i + 1][0] - 1 if i + 1 < len(headers) else c0 + 11
            if c1 - c0 + 1 != 12:
                break
            month_cols += range(c0, c1 + 1)
        if len(month_cols) != MONTHS:
            continue
        name_col = 1
        for c in range(1, kc0):
            if squeeze(sheet.text(r, c)) == TIMELINE_NAME_HEADER:
                name_col = sheet.box(r, c)[1]
                break
        blocks.append(_Block(r, name_col, kc0, month_cols, headers[0][2]))
    return blocks


def _value_cell(sheet: _Sheet, label: tuple[int, int, int, int]) -> tuple[int, int]:
    """Where a label's value is: the box right of it, or the box below it when the right is another
    label (a label word, shaded like this one), the edge, or an empty single cell above a value that
    starts under the label (an unmerged sheet made by hand)."""
    r0, c0, r1, c1 = label
    below = sheet.box(r1 + 1, c0)
    if c1 + 1 > sheet.data.max_col:
        return below[0], below[1]
    right = sheet.box(r0, c1 + 1)
    right_value = sheet.data.values.get(right[:2])
    if _label_key(right_value) is not None and sheet.data.style(right[:2]).fill == sheet.data.style((r0, c0)).fill:
        return below[0], below[1]
    below_value = sheet.data.values.get(below[:2])
    if (
        right_value is None
        and right[:2] == right[2:]
        and below[1] == c0
        and below_value is not None
        and _label_key(below_value) is None
    ):
        return below[0], below[1]
    return right[0], right[1]


def _find_fields(sheet: _Sheet, last_row: int) -> dict[str, Any]:
    """Field attribute → value, by label, scanning rows 1 … *last_row* (the first label found wins)."""
    values = sheet.data.values
    keys = sorted(k for k in values if k[0] <= last_row)
    consumed: set[tuple[int, int]] = set()  # value cells already claimed: not labels, whatever they say
    found: dict[str, Any] = {}
    budget_label = ""
    for r, c in keys:
        if (r, c) in consumed:
            continue
        attr = _label_key(values[(r, c)])
        if attr is None or attr in found:
            continue
        r0, c0, r1, c1 = sheet.box(r, c)
        if (r0, c0) != (r, c):
            continue
        vr, vc = _value_cell(sheet, (r0, c0, r1, c1))
        consumed.add((vr, vc))
        found[attr] = values.get((vr, vc))
        if attr == "budget":
            budget_label = _text(values[(r, c)])
    found["_budget_label"] = budget_label
    return found


def _bars_in_row(sheet: _Sheet, r: int, block: _Block) -> list[tuple[int, int, str]]:
    """(first month offset, last month offset, label) of each bar in row *r*."""
    bars: list[tuple[int, int, str]] = []
    cols = block.month_cols
    col_index = {c: i for i, c in enumerate(cols)}
    values = sheet.data.values
    m = 0
    run: list[int] | None = None  # [first offset, last offset]
    run_label: str | None = None
    run_fill: str | None = None

    def close() -> None:
        nonlocal run, run_label
        if run is not None:
            bars.append((run[0], run[1], run_label or ""))
        run, run_label = None, None

    while m < MONTHS:
        c = cols[m]
        r0, c0, r1, c1 = sheet.box(r, c)
        if c1 > c0 and r0 == r1 and c0 in col_index:  # a merged bar: one bar, whatever is inside
            close()
            last = col_index.get(c1, MONTHS - 1)
            style = sheet.data.style((r0, c0))
            label = _text(values.get((r0, c0)))
            if style.fill is not None or label:
                bars.append((m, last, label))
            m = last + 1
            continue
        style = sheet.data.style((r, c))
        raw = values.get((r, c)) if (r0, c0) == (r, c) else None
        label = _text(raw)
        occupied = style.fill is not None or bool(label)
        if not occupied:
            close()
            m += 1
            continue
        prev_right_edge = m > 0 and sheet.data.style((r, cols[m - 1])).right_edge
        starts_new = (
            run is None
            or style.left_edge
            or prev_right_edge
            or (bool(label) and run_label is not None)
            or style.fill != run_fill
        )
        if starts_new:
            close()
            run, run_fill = [m, m], style.fill
        assert run is not None
        run[1] = m
        if label:
            run_label = label if run_label is None else run_label + label
        m += 1
    close()
    return bars


def _initiatives(sheet: _Sheet, blocks: list[_Block], edition: Edition, warnings: list[str]) -> list[Initiative]:
    initiatives: list[Initiative] = []
    window_first = edition.first_month
    for bi, block in enumerate(blocks):
        end_row = blocks[bi + 1].row if bi + 1 < len(blocks) else sheet.data.max_row + 1
        block_first = Month.fiscal(block.first_year, 0)
        if block.first_year != edition.fiscal_year:
            warnings.append(
                translate(
                    "xlsx",
                    "年度の見出しが {file}〜 で、このロードマップ（{ours}〜）と違います。月はそのまま読みました。",
                ).format(file=format_fiscal_year(block.first_year), ours=format_fiscal_year(edition.fiscal_year))
            )
        current: Initiative | None = None
        current_name_box: tuple[int, int, int, int] | None = None
        has_actual = False
        for r in range(block.row + 1, end_row):
            kind = squeeze(sheet.text(r, block.kind_col))
            if kind not in PLAN_LABELS and kind != ACTUAL_LABEL:
                break  # the end of this block (e.g. a continuation page's title)
            name_box = sheet.box(r, block.name_col)
            name = sheet.text(r, block.name_col)
            is_plan = kind in PLAN_LABELS
            new = current is None or (is_plan and (has_actual or (name_box != current_name_box and bool(name))))
            if new:
                current = Initiative(name=name, plan_label=kind if is_plan else PLAN_LABELS[0])
                current_name_box, has_actual = name_box, False
                initiatives.append(current)
            assert current is not None
            if is_plan:
                current.plan_label = kind
            else:
                has_actual = True
            for first, last, label in _bars_in_row(sheet, r, block):
                continues = False
                if last == MONTHS - 1 and label.endswith(CONTINUES_MARK):
                    label, continues = label[: -len(CONTINUES_MARK)], True
                bar = Bar(block_first.shifted(first), block_first.shifted(last), label, continues)
                if block_first != window_first and continues:
                    bar.continues = bar.end == edition.last_month
                try:
                    validate_bar(bar, edition)
                except ValidationError as e:
                    warnings.append(translate("xlsx", "{row}行目: {err}（このバーは取り込みません）").format(row=r, err=e))
                    continue
                (current.plan if is_plan else current.actual).append(bar)
    return initiatives


def _field_value(attr: str, value: Any, warnings: list[str], label: str) -> Any:
    if attr in _LIST_ATTRS:
        return [part.strip() for part in _text(value).split(LIST_SEPARATOR) if part.strip()]
    if attr in ("start_year", "end_year"):
        text = _text(value).strip()
        if not text:
            return None
        try:
            return parse_fiscal_year(text)
        except ValidationError as e:
            warnings.append(translate("xlsx", "{label}: {err}").format(label=label, err=e))
            return None
    if attr == "budget":
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            if value >= 0:
                return value
            warnings.append(translate("xlsx", "{label}: 負の事業費は取り込みません（{v}）。").format(label=label, v=value))
            return None
        try:
            return parse_budget(_text(value))
        except ValidationError as e:
            warnings.append(translate("xlsx", "{label}: {err}").format(label=label, err=e))
            return None
    return _text(value)


def read_sheet(data: SheetData, edition: Edition) -> tuple[Project, int | None, list[str]]:
    """One worksheet as a project (id not yet set), its sheet No. if shown, and warnings."""
    sheet = _Sheet(data)
    blocks = _find_blocks(sheet)
    first_block_row = blocks[0].row if blocks else data.max_row
    fields = _find_fields(sheet, first_block_row - 1)
    if not blocks or any(a not in fields for a in _REQUIRED):
        missing = [label for attr, label in FIELD_LABELS.items() if attr not in fields]
        if not blocks:
            missing.append(f"{TIMELINE_ROW_HEADER}（{format_fiscal_year(edition.fiscal_year)}〜の年度見出し）")
        raise SheetNotRecognised(missing)
    warnings: list[str] = []
    project = Project(id=new_id())
    for attr, label in FIELD_LABELS.items():
        if attr not in fields:
            warnings.append(translate("xlsx", "見出し「{label}」が見つからないため、空として読みました。").format(label=label))
            continue
        setattr(project, attr, _field_value(attr, fields[attr], warnings, label))
    budget_label = squeeze(normalize(fields.get("_budget_label", "")))
    if budget_label and budget_label != normalize(squeeze(edition.budget_label)):
        warnings.append(
            translate("xlsx", "事業費の見出しが「{found}」で、このロードマップの「{ours}」と違います。").format(
                found=fields["_budget_label"], ours=edition.budget_label
            )
        )
    project.initiatives = _initiatives(sheet, blocks, edition, warnings)
    sheet_no = None
    for (r, _c), v in sorted(data.values.items(), key=lambda kv: (kv[0][0], -kv[0][1])):  # No. sits at the right
        if r >= first_block_row:
            break
        if isinstance(v, str) and CONTINUED_MARK not in v:
            m = _SHEET_NO.search(normalize(v))
            if m and normalize(v).lstrip().upper().startswith("NO"):
                sheet_no = int(m[1])
                break
    return project, sheet_no, warnings


@dataclass
class _Meta:
    """What our hidden bookkeeping sheet claims (untrusted: a clerk can unhide and edit it)."""

    export_id: str | None = None
    ids: dict[str, tuple[str, int | None]] = field(default_factory=dict)  # title → (project id, override)


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
        for r in range(4, min(data.max_row, 100_000) + 1):
            title, pid, override = (data.values.get((r, c)) for c in (1, 2, 3))
            if isinstance(title, str) and isinstance(pid, str) and 0 < len(pid) <= 100 and title not in out.ids:
                ok = isinstance(override, int) and not isinstance(override, bool) and 0 < override < 100_000
                out.ids[title] = (pid, override if ok else None)
        return out
    return _Meta()


def read_xlsx(path: Path, edition: Edition, progress: ProgressCallback | None = None) -> ImportResult:
    """Read every project worksheet of *path*; raise :class:`RoadmapError` if there is none to read."""
    path = Path(path)
    result = ImportResult()
    not_recognised: list[str] = []
    with open_package(path) as package:
        meta = _meta(package)
        ids = meta.ids
        result.export_id = meta.export_id
        result.has_identity = bool(ids)
        result.exported = {title: pid for title, (pid, _) in ids.items()}
        for e in package.sheets:
            if e.title == LIST_SHEET and not e.hidden:
                result.list_rows = read_list_sheet(package.sheet(e), result.problems)
        entries = [e for e in package.sheets if not e.hidden and e.title not in (LIST_SHEET, META_SHEET, OVERVIEW_SHEET)]
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
                project, sheet_no, warnings = read_sheet(data, edition)
            except SheetNotRecognised as e:
                text = translate(
                    "xlsx",
                    "ワークシート「{title}」: 見出し {labels} が見つからないため、事業のシートとして読めませんでした。",
                ).format(title=entry.title, labels=e)
                result.problems.append(text)
                not_recognised.append(text)
                continue
            known = ids.get(entry.title)
            if known is not None:
                project.id, project.sheet_no_override = known
            result.sheets.append(
                IncomingSheet(
                    project,
                    translate("xlsx", "ワークシート「{title}」").format(title=entry.title),
                    identity_known=known is not None,
                    sheet_no=sheet_no,
                    warnings=warnings,
                    title=entry.title,
                )
            )
        report(progress, total, total)
    if not result.sheets:
        detail = "\n".join(not_recognised) or translate("xlsx", "ワークシートに何も書かれていません。")
        raise RoadmapError(
            translate("xlsx", "「{name}」にはロードマップの事業シートが見つかりませんでした。\n{detail}").format(
                name=path.name, detail=detail
            )
        )
    return result
