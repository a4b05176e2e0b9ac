"""A worksheet as project blocks: each 事業名 with the fields around it and the timeline under it.

One sheet may hold one project (ours), several stacked one under another (a department's sheet),
or pages of one project (（続き）). Fields are found by their label words wherever they are
(spaced, split over lines, full-width); a label that is not there, a value that does not parse or
a timeline whose header does not parse is *unread*: the merge keeps what the roadmap holds.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..core.errors import ValidationError
from ..core.fields import BY_ATTR, FieldKind
from ..core.fiscal import normalize
from ..core.i18n import translate
from ..core.labels import FIELD_LABELS, squeeze
from ..core.model import Edition, Project, new_id
from .merge import TIMELINE
from .xlsx_cells import Box, SheetView, cell_name, cell_text, word
from .xlsx_drawing import Shape
from .xlsx_timeline import KIND_HEADERS, NAME_HEADERS, Timeline, find_timelines, is_kind, read_body, window_warning

_LABEL_KEYS = {normalize(squeeze(label)): attr for attr, label in FIELD_LABELS.items() if attr != "budget"}
_LABEL_KEYS.update(  # other words departments' own templates use for the same fields
    {
        "事業名称": "name",
        "事業期間始期": "start_year",
        "事業期間終期": "end_year",
        "開始年度": "start_year",
        "終了年度": "end_year",
        "担当課": "sections",
        "所管課": "sections",
        "担当部": "departments",
        "所管部局": "departments",
        "現状と課題": "issues",
        "現状及び課題": "issues",
    }
)
_SHEET_NO = re.compile(r"^No\.?\s*(\d+)", re.IGNORECASE)
_CONTINUED = re.compile(r"[（(]\s*続き?\s*[）)]\s*$|^\s*続き\s*$")
# R6事業費（千円）, 令和6年度事業費, 事業費(単位:千円) … (after NFKC and without spaces)
_BUDGET = re.compile(r"^(?:[RH]\d{1,2}(?:年度)?|令和\d{1,2}年度|20\d\d年度)?事業費(?:\((?:単位:)?千円\))?$")
_TITLE_WORDS = ("ロードマップ",)
# A roadmap sheet's timeline says what its rows are (a project without 取組 yet still has the header)
_TIMELINE_WORDS = KIND_HEADERS | NAME_HEADERS


def label_key(value: Any) -> str | None:
    """The field attribute whose label *value* is (budget for any R?事業費（千円）), or None."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    return _label_of(value)


@lru_cache(maxsize=8192)
def _label_of(value: str) -> str | None:
    key = normalize(squeeze(value))
    if key in _LABEL_KEYS:
        return _LABEL_KEYS[key]
    if _BUDGET.match(key):
        return "budget"
    return None


@dataclass
class Block:
    """One project read from a worksheet (or a continuation of one)."""

    project: Project
    sheet: str
    first_row: int
    sheet_no: int | None = None
    continuation: bool = False
    warnings: list[str] = field(default_factory=list)
    unread: dict[str, str] = field(default_factory=dict)
    budget_label: str = ""
    has_timeline: bool = False
    identity_known: bool = False


def _value_cell(view: SheetView, label: Box) -> tuple[int, int]:
    """Where a label's value is: the box right of it, or the box below it when the right is another
    label (shaded like this one), the edge, or an empty single cell above a value under the label."""
    data = view.data
    r0, c0, r1, c1 = label
    below = view.box(r1 + 1, c0)
    if c1 + 1 > data.max_col:
        return below[0], below[1]
    right = view.box(r0, c1 + 1)
    right_value = data.values.get(right[:2])
    if label_key(right_value) is not None and data.style(right[:2]).fill == data.style((r0, c0)).fill:
        return below[0], below[1]
    below_value = data.values.get(below[:2])
    if (
        right_value is None
        and right[:2] == right[2:]
        and below[1] == c0
        and below_value is not None
        and label_key(below_value) is None
    ):
        return below[0], below[1]
    return right[0], right[1]


def _fields(view: SheetView, first: int, last: int) -> tuple[dict[str, Any], set[tuple[int, int]], str]:
    """Field attribute → raw value in rows *first* … *last*, the cells used, and the budget's label."""
    found: dict[str, Any] = {}
    used: set[tuple[int, int]] = set()
    budget_label = ""
    for r in view.value_rows(first, last):
        for c, v in view.row_cells(r):
            if (r, c) in used:
                continue
            attr = label_key(v)
            if attr is None or attr in found or view.box(r, c)[:2] != (r, c):
                continue
            vr, vc = _value_cell(view, view.box(r, c))
            used.update({(r, c), (vr, vc)})
            found[attr] = view.data.values.get((vr, vc))
            if attr == "budget":
                budget_label = cell_text(v)
    return found, used, budget_label


def _field_value(attr: str, value: Any, block: Block, label: str) -> Any:
    """A field's cell as its value, parsed as the field table says (core/fields.py); a value that is
    none (R99年, 五千) is named and left unread, so the roadmap keeps what it holds."""
    f = BY_ATTR[attr]
    if f.kind is FieldKind.BUDGET and isinstance(value, int | float) and not isinstance(value, bool):
        if value >= 0 and float(value).is_integer():  # Excel keeps a typed number as a number
            return int(value)
        text = translate("xlsx", "{label}: 0以上の整数でない事業費は取り込みません（{v}）。").format(
            label=label, v=value
        )
        block.warnings.append(text)
        block.unread[attr] = text
        return None
    if f.kind in (FieldKind.LINE, FieldKind.PARAGRAPH):
        return cell_text(value)  # exactly as written: the sheet's text is the value
    try:
        return f.parse(cell_text(value))
    except ValidationError as e:
        block.warnings.append(translate("xlsx", "{label}: {err}").format(label=label, err=e))
        block.unread[attr] = str(e)
        return None


def _sheet_no(view: SheetView, first: int, last: int) -> int | None:
    for r in view.value_rows(first, last):
        for _c, v in reversed(view.row_cells(r)):  # No. sits at the right
            if isinstance(v, str) and not _CONTINUED.search(v):
                m = _SHEET_NO.match(normalize(v).strip())
                if m:
                    return int(m[1])
    return None


def _is_title(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    text = normalize(value)
    return (
        any(w in text for w in _TITLE_WORDS)
        or bool(_SHEET_NO.match(text.strip()))
        or bool(_CONTINUED.fullmatch(squeeze(text)))
    )


def _continued(view: SheetView, first: int, last: int) -> bool:
    """The worksheet's title or its heading rows mark it as a sheet's continuation page （続き）."""
    if _CONTINUED.search(view.data.title):
        return True
    return any(
        isinstance(v, str) and len(v) < 80 and bool(_CONTINUED.search(normalize(v)))
        for r in range(first, last + 1)
        for _c, v in view.row_cells(r)
    )


def _block(view: SheetView, edition: Edition, first: int, last: int, tl: Timeline | None) -> Block:
    """The project whose fields lie in rows *first* … *last* (its timeline, if any, read later)."""
    sheet = view.data.title
    found, used, budget_label = _fields(view, first, last)
    block = Block(Project(id=new_id()), sheet, first, _sheet_no(view, first, last), budget_label=budget_label)
    block.continuation = any(
        isinstance(v, str) and len(v) < 80 and _CONTINUED.search(normalize(v)) and label_key(v) is None
        for r in view.value_rows(first, last)
        for c, v in view.row_cells(r)
        if (r, c) not in used
    ) or bool(_CONTINUED.search(sheet))
    for attr, label in FIELD_LABELS.items():
        shown = edition.budget_label if attr == "budget" else label
        if attr not in found:
            if not block.continuation:
                block.unread[attr] = translate(
                    "xlsx", "ワークシート「{sheet}」に見出し「{label}」が見つかりません"
                ).format(sheet=sheet, label=shown)
            continue
        setattr(block.project, attr, _field_value(attr, found[attr], block, shown))
    budget = normalize(squeeze(budget_label))
    if budget and budget != normalize(squeeze(edition.budget_label)) and not block.continuation:
        block.warnings.append(
            translate("xlsx", "事業費の見出しが「{found}」で、このロードマップの「{ours}」と違います。").format(
                found=budget_label, ours=edition.budget_label
            )
        )
    first_label = min((r for r, c in used if label_key(view.data.values.get((r, c))) is not None), default=first)
    for r in view.value_rows(first_label, last):  # rows above the first label are the title lines
        for c, v in view.row_cells(r):
            if (r, c) in used or _is_title(v) or view.box(r, c)[:2] != (r, c) or label_key(v) is not None:
                continue
            block.warnings.append(_stray_text(sheet, r, c, v))
    return block


_LABEL_NOTE = re.compile(r"^※\d+\s+(.+)$", re.DOTALL)


def _flat(text: str) -> str:
    return "".join(text.split())


def _is_label_note(v: Any, labels: set[str]) -> bool:
    """A numbered note under the timeline that repeats a bar's label (「※1 事例集作成」, as the printed
    book and our export write a label too long for its bar): the bar holds it, nothing is lost."""
    m = _LABEL_NOTE.match(cell_text(v).strip())
    return m is not None and _flat(m.group(1)) in labels


def _stray_text(sheet: str, r: int, c: int, v: Any) -> str:
    return translate(
        "xlsx", "ワークシート「{sheet}」のセル{cell}「{text}」はロードマップに置き場所がないため読みませんでした。"
    ).format(sheet=sheet, cell=cell_name(r, c), text=cell_text(v).replace("\n", ""))


def _no_timeline(block: Block, why: str) -> None:
    block.unread[TIMELINE] = why


def read_worksheet(view: SheetView, shapes: list[Shape], edition: Edition, own: bool = False) -> list[Block]:
    """Every project block of a worksheet, top to bottom; [] when it holds no project (a notes sheet)."""
    data = view.data
    sheet = data.title
    # A project has a field's label or a 計画/実績 row; a sheet without either (someone's table of
    # figures, often large) holds none, and looking for timelines in it would cost seconds.
    if not any(label_key(v) is not None or is_kind(v) for v in data.values.values()):
        return []
    if not own and not any(is_kind(v) or word(v) in _TIMELINE_WORDS for v in data.values.values()):
        return []  # no 計画, 実績, 区分 or 取組 anywhere: a table of figures by year, a notes sheet, no roadmap
    names = sorted(
        view.box(r, c)[0]
        for (r, c), v in data.values.items()
        if label_key(v) == "name" and view.box(r, c)[:2] == (r, c)
    )
    timelines = find_timelines(view, own)
    blocks: list[Block] = []
    bodies: list[tuple[int, int]] = []  # row units covered by timeline bodies: where shapes are bars
    cursor = 1
    for i, tl in enumerate(timelines):
        pending = [r for r in names if cursor <= r < tl.row]
        for a, b in itertools.pairwise(pending):  # a project whose timeline is not there
            start = _block_start(view, b)
            block = _block(view, edition, cursor, start - 1, None)
            _no_timeline(block, _missing_timeline(sheet, a))
            blocks.append(block)
            cursor = start
        later_names = [r for r in names if r > tl.row and (i + 1 == len(timelines) or r < timelines[i + 1].row)]
        if later_names:
            stop = _block_start(view, later_names[0])
        else:
            stop = timelines[i + 1].row if i + 1 < len(timelines) else view.last_row + 1
        if pending:
            block = _block(view, edition, cursor, tl.row - 1, tl)
        elif blocks:  # a timeline header repeated without 事業名: the previous project's next page
            block = Block(Project(id=new_id()), sheet, tl.row, sheet_no=blocks[-1].sheet_no, continuation=True)
            block.project.name = blocks[-1].project.name
        elif own or _continued(view, 1, tl.row - 1):
            # our own sheet whose 事業名 label was cleared (the hidden sheet says which project it is),
            # or a worksheet marked （続き）: the timeline of a project named elsewhere
            block = Block(
                Project(id=new_id()), sheet, tl.row, sheet_no=_sheet_no(view, 1, tl.row - 1), continuation=not own
            )
            block.unread["name"] = translate(
                "xlsx", "ワークシート「{sheet}」に見出し「事業名」が見つかりません"
            ).format(sheet=sheet)
        else:  # years over rows without 事業名: no project's sheet, whatever the rows hold
            cursor = stop if later_names else tl.row + 1
            continue
        body = read_body(view, tl, shapes, edition, stop, own)
        bodies.append((tl.body_top - 1, body.end_row))
        block.has_timeline = True
        block.project.initiatives = body.initiatives
        block.unread.update(body.unread)
        block.warnings += body.warnings
        w = window_warning(tl, edition)
        if w:
            block.warnings.append(w)
        if not body.initiatives and _unparsed_rows(view, tl, stop):
            _no_timeline(
                block,
                translate(
                    "xlsx", "ワークシート「{sheet}」の{cell}からの工程表の行（計画・実績）を読み取れません"
                ).format(sheet=sheet, cell=cell_name(tl.body_top, tl.name_col)),
            )
        labels = {_flat(b.label) for ini in body.initiatives for b in ini.plan + ini.actual}
        for r in view.value_rows(max(body.end_row + 1, tl.body_top), stop - 1):  # a note under the timeline
            for c, v in view.row_cells(r):
                if view.box(r, c)[:2] == (r, c) and not _is_title(v) and not _is_label_note(v, labels):
                    block.warnings.append(_stray_text(sheet, r, c, v))
        # years side by side over no 計画/実績 row, with no 事業名 anywhere above: a table of figures
        # by year (a budget, statistics), no project; proposing it as a new nameless one would be noise
        if not (pending or blocks) and not body.initiatives:
            bodies.pop()
        else:
            blocks.append(block)
        cursor = stop if later_names else max(body.end_row, tl.row) + 1
    rest = [r for r in names if r >= cursor]
    for k, r in enumerate(rest):
        last = _block_start(view, rest[k + 1]) - 1 if k + 1 < len(rest) else view.last_row
        block = _block(view, edition, cursor, last, None)
        _no_timeline(block, _missing_timeline(sheet, r))
        blocks.append(block)
        cursor = last + 1
    _shapes_outside(blocks, shapes, bodies, sheet)
    return blocks


def _shapes_outside(blocks: list[Block], shapes: list[Shape], bodies: list[tuple[int, int]], sheet: str) -> None:
    """Words in shapes drawn outside every timeline: named, since the roadmap has no place for them."""
    if not blocks:
        return
    for s in shapes:
        if not s.text or any(top <= s.cy < end for top, end in bodies):
            continue
        owner = next((b for b in reversed(blocks) if b.first_row <= s.cy + 1), blocks[0])
        owner.warnings.append(
            translate(
                "xlsx",
                "ワークシート「{sheet}」の図形「{name}」の文字「{text}」はロードマップに置き場所がないため読みませんでした。",
            ).format(sheet=sheet, name=s.name, text=s.text.replace("\n", ""))
        )


def _block_start(view: SheetView, name_row: int) -> int:
    """The first row of the block whose 事業名 is on *name_row*: its title line and field rows above."""
    r = name_row
    while r > 1:
        cells = view.row_cells(r - 1)
        if not cells or not any(label_key(v) is not None or _is_title(v) for _c, v in cells):
            break
        r -= 1
    return r


def _unparsed_rows(view: SheetView, tl: Timeline, stop: int) -> bool:
    return any(view.row_cells(r) for r in range(tl.body_top, min(stop, tl.body_top + 4)))


def _missing_timeline(sheet: str, row: int) -> str:
    return translate(
        "xlsx", "ワークシート「{sheet}」の{row}行目からの事業の工程表に、読み取れる年度の見出しがありません"
    ).format(sheet=sheet, row=row)


def join_continuations(blocks: list[Block], own: bool = False) -> tuple[list[Block], list[str]]:
    """Continuation blocks (（続き）, or the same No. and 事業名) joined to their project; a No. claimed by
    two different projects is named, never guessed. In our own files (*own*) a page marked （続き）
    continues the project above it on the same worksheet, and nothing else joins."""
    out: list[Block] = []
    problems: list[str] = []
    for b in blocks:
        target = None
        if own:
            if b.continuation and out and out[-1].sheet == b.sheet:
                _append(out[-1], b)
            else:
                out.append(b)
            continue
        same_no = [o for o in out if b.sheet_no is not None and o.sheet_no == b.sheet_no]
        if b.continuation:
            named = [o for o in same_no if not b.project.name or _same(o.project.name, b.project.name)]
            by_name = [o for o in out if b.project.name and _same(o.project.name, b.project.name)]
            candidates = (
                named or (by_name if b.sheet_no is None else []) or ([] if b.sheet_no is not None else out[-1:])
            )
            if len(candidates) >= 1:
                target = candidates[-1]
        elif same_no:
            twins = [o for o in same_no if _same(o.project.name, b.project.name)]
            if twins and b.project.name:
                target = twins[-1]
            else:
                text = translate(
                    "xlsx",
                    "No.{no} が「{a}」（ワークシート「{sa}」）と「{b}」（ワークシート「{sb}」）の両方にあります。別の事業として読みました。",
                ).format(no=b.sheet_no, a=same_no[0].project.name, sa=same_no[0].sheet, b=b.project.name, sb=b.sheet)
                same_no[0].warnings.append(text)
                b.warnings.append(text)
        if target is None:
            if b.continuation:
                problems.append(
                    translate(
                        "xlsx",
                        "ワークシート「{sheet}」の{row}行目からの続きのページは、どの事業の続きか分からないため読みませんでした。",
                    ).format(sheet=b.sheet, row=b.first_row)
                )
                continue
            out.append(b)
            continue
        _append(target, b)
    return out, problems


def _same(a: str, b: str) -> bool:
    return "".join(normalize(a).split()) == "".join(normalize(b).split())


def _append(target: Block, page: Block) -> None:
    target.project.initiatives += page.project.initiatives
    target.warnings += [w for w in page.warnings if w not in target.warnings]
    for key, why in page.unread.items():
        if key in FIELD_LABELS:
            continue  # a continuation page repeats only a few fields
        target.unread.setdefault(key, why)
    target.has_timeline = target.has_timeline or page.has_timeline
