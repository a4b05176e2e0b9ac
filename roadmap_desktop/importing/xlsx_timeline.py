"""A worksheet's timeline: its header (years in any era form, any columns per year, an optional
区分 column and sub-header row, a trailing 以降 column), its 取組 rows, and its bars, whether filled
cells (merged, or runs split by a label, a strong border or a change of fill) or drawn shapes. In our
own workbooks a bar's label may stand on a label line, a row of words over the bar's months just above
or below it (export/xlsx_labels.py): read as that bar's label, never as a bar.

A part that cannot be read surely is named, never guessed: shapes of a kind that is not a bar or
a line in an initiative's rows, and bar edges far from every month boundary, keep the roadmap's
bars for that 取組 (``unread``); text with no place on the roadmap is named in ``warnings``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import ValidationError
from ..core.fiscal import Month, format_fiscal_year, normalize
from ..core.i18n import translate
from ..core.model import PLAN_LABELS, Bar, Edition, Initiative, validate_bar
from ..export.xlsx_layout import CONTINUES_MARK
from .budgets import MAX_TIMELINE_CELLS, check_time, current_file, over_budget
from .grid_reading import CONTINUES_MARKS, MonthAxis, is_trailing_header, split_continues, year_of_header
from .merge import TIMELINE, initiative_key
from .xlsx_cells import Box, SheetView, cell_name, cell_text, word
from .xlsx_drawing import Shape

ACTUAL_WORD = "実績"
NAME_HEADERS = frozenset({"取組", "取組内容", "取組項目", "取り組み", "取組み", "主な取組"})
KIND_HEADERS = frozenset({"区分"})
_BODY_SEARCH = 6  # rows under the year header in which the first 計画/実績 row is looked for


@dataclass
class Timeline:
    """One timeline header and the columns it locates."""

    row: int
    body_top: int
    name_col: int
    kind_col: int | None
    grid_first: int  # first column of the first year
    grid_last: int  # last column of the last year
    trailing: int | None  # last column of a trailing 以降/→ column
    axis: MonthAxis  # in column units: column c spans [c - 1, c]
    first_year: int

    @property
    def right(self) -> int:
        return self.trailing or self.grid_last


def _kind(value: Any) -> str | None:
    w = word(value)
    if w in PLAN_LABELS or w == ACTUAL_WORD:
        return w
    return None


def is_kind(value: Any) -> bool:
    """A 区分 cell: 計画 (or another plan label) or 実績."""
    return _kind(value) is not None


def _year_runs(view: SheetView, r: int) -> list[list[tuple[int, int, int]]]:
    """Runs of consecutive fiscal-year headers in row *r*: [(first col, last col, fiscal year)]."""
    cells: list[tuple[int, int, int]] = []
    prev_word = ""
    for c, v in view.row_cells(r):
        r0, c0, _, c1 = view.box(r, c)
        fy = year_of_header(v) if (r0, c0) == (r, c) else None
        field_value = prev_word.startswith("事業") or prev_word.endswith(("始期", "終期", "開始年度", "終了年度"))
        if fy is not None and not field_value:  # 事業始期 R5 is a field, not a header
            cells.append((c0, c1, fy))
        prev_word = word(v)
    runs: list[list[tuple[int, int, int]]] = []
    for cell in cells:
        if runs and runs[-1][-1][2] + 1 == cell[2]:
            runs[-1].append(cell)
        else:
            runs.append([cell])
    return [run for run in runs if len(run) >= 2]


def _header_word_left(view: SheetView, r: int, before: int, words: frozenset[str]) -> int | None:
    for c, v in view.row_cells(r):
        if c >= before:
            break
        if word(v) in words:
            return view.box(r, c)[1]
    # a header merged down from the row above (取組 over two header rows)
    for c in range(1, before):
        r0, c0, _, _ = view.box(r, c)
        if r0 < r and word(view.data.values.get((r0, c0))) in words:
            return c0
    return None


def find_timelines(view: SheetView, own: bool = False) -> list[Timeline]:
    """Every timeline header of the worksheet, top to bottom (in our own files, headed 区分)."""
    found: list[Timeline] = []
    for r in sorted(view.by_row):
        if found and r < found[-1].body_top:
            continue
        for run in _year_runs(view, r):
            if own and _header_word_left(view, r, run[0][0], KIND_HEADERS) is None:
                continue
            if len(run) < 3 and _header_word_left(view, r, run[0][0], NAME_HEADERS | KIND_HEADERS) is None:
                continue  # two years side by side may be fields (始期 R6, 終期 R7); a timeline says so
            tl = _timeline(view, r, run)
            if tl is not None:
                found.append(tl)
                break
    return found


def _timeline(view: SheetView, r: int, run: list[tuple[int, int, int]]) -> Timeline | None:
    spans: list[tuple[int, int]] = []
    for i, (c0, c1, _fy) in enumerate(run):
        if c1 == c0 and i + 1 < len(run):
            c1 = run[i + 1][0] - 1  # not merged: the year runs up to the next year's header
        elif c1 == c0 and spans:
            c1 = c0 + (spans[-1][1] - spans[-1][0])
        spans.append((c0, c1))
    grid_first, grid_last = spans[0][0], spans[-1][1]
    name_col = _header_word_left(view, r, grid_first, NAME_HEADERS)
    kind_col = _header_word_left(view, r, grid_first, KIND_HEADERS)
    body_top = None
    for rr in range(r + 1, r + 1 + _BODY_SEARCH):
        for c, v in view.row_cells(rr):
            if c >= grid_first:
                break
            if _kind(v) is not None and view.box(rr, c)[0] == rr:
                body_top = rr
                if kind_col is None or kind_col == name_col:
                    kind_col = view.box(rr, c)[1]
                break
        if body_top is not None:
            break
    if body_top is None:
        if name_col is None and kind_col is None and len(run) < 3:
            return None
        body_top = view.box(r, grid_first)[2] + 1
    trailing = None
    r0, c0, _, c1 = view.box(r, grid_last + 1)
    if is_trailing_header(view.data.values.get((r0, c0))):
        trailing = c1
    axis = MonthAxis.from_year_spans(run[0][2], [(c0 - 1.0, float(c1)) for c0, c1 in spans])
    if name_col is None:  # no 取組 header: the names are in the leftmost column the body writes in
        limit = kind_col or grid_first
        used = [c for rr in (body_top, body_top + 1) for c, _v in view.row_cells(rr) if c < limit]
        name_col = min(used) if used else max(1, limit - 1)
    return Timeline(r, body_top, name_col, kind_col, grid_first, grid_last, trailing, axis, run[0][2])


@dataclass
class _Piece:
    """A bar as drawn, before its months are known: x in column units, its label and where it is."""

    x0: float
    x1: float
    label: str
    where: str


def _is_mark(label: str) -> bool:
    text = normalize(label).replace(" ", "")
    return bool(text) and all(ch in CONTINUES_MARKS for ch in text)


def _cell_pieces(view: SheetView, r: int, tl: Timeline, own: bool = False) -> list[_Piece]:
    """Bars of filled cells in row *r*: a merged range is one bar; an unmerged run of filled cells is
    one bar until a new label, a strong border or another fill starts the next."""
    data = view.data
    pieces: list[_Piece] = []
    run: list[int] | None = None  # [first col, last col]
    run_label: str | None = None
    run_fill: str | None = None

    def close() -> None:
        nonlocal run, run_label
        if run is not None:
            pieces.append(_Piece(run[0] - 1.0, float(run[1]), run_label or "", cell_name(r, run[0])))
        run, run_label = None, None

    c = tl.grid_first
    while c <= tl.right:
        r0, c0, r1, c1 = view.box(r, c)
        if c1 > c0 and r0 == r1 and c0 == c:  # a merged bar: one bar, whatever is inside
            close()
            label = cell_text(data.values.get((r0, c0)))
            if data.style((r0, c0)).fill is not None or label:
                pieces.append(_Piece(c0 - 1.0, float(min(c1, tl.right)), label, cell_name(r, c0)))
            c = c1 + 1
            continue
        style = data.style((r, c))
        label = cell_text(data.values.get((r, c))) if (r0, c0) == (r, c) else ""
        if style.fill is None and not label:
            close()
            c += 1
            continue
        mark = not own and run is not None and _is_mark(label)  # ▶ or → typed after a bar: its arrow tip
        if mark and style.fill is None:  # an arrow head typed in the next cell: the bar goes on, no further
            run_label = (run_label or "") + label
            close()
            c += 1
            continue
        starts_new = not mark and (
            run is None
            or style.left_edge
            or (c > tl.grid_first and data.style((r, c - 1)).right_edge)
            or (bool(label) and run_label is not None)
            or style.fill != run_fill
        )
        if starts_new:
            close()
            run, run_fill = [c, c], style.fill
        assert run is not None
        run[1] = c
        if label:
            run_label = label if run_label is None else run_label + label
        c += 1
    close()
    return pieces


@dataclass
class BodyResult:
    initiatives: list[Initiative] = field(default_factory=list)
    unread: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    end_row: int = 0  # the last row of the body


@dataclass
class _Row:
    initiative: int
    plan: bool


def _label_shapes(shapes: list[Shape], cells: dict[int, list[_Piece]], warnings: list[str], sheet: str) -> list[Shape]:
    """Give text boxes to the bars and lines they label (a drawn bar or a filled run under the box, or a
    line below it); the drawn bars and lines, labelled."""
    bars = [s for s in shapes if s.kind in ("bar", "line")]
    for lab in (s for s in shapes if s.kind == "label"):
        if not lab.text:
            continue
        cx, cy = (lab.x0 + lab.x1) / 2, lab.cy
        inside = [b for b in bars if b.kind == "bar" and not b.text and b.x0 <= cx <= b.x1 and b.y0 <= cy <= b.y1]
        if inside:
            inside[0].text = lab.text
            continue
        runs = [p for p in cells.get(int(cy) + 1, []) if not p.label and p.x0 <= cx <= p.x1]
        if runs:
            runs[0].label = lab.text
            continue
        above = [
            b
            for b in bars
            if b.kind == "line"
            and not b.text
            and lab.y1 <= b.cy + 0.2
            and b.cy - lab.y1 < 1.5
            and b.x0 - 0.5 <= cx <= b.x1 + 0.5
        ]
        if above:
            min(above, key=lambda b: b.cy - lab.y1).text = lab.text
            continue
        warnings.append(
            translate(
                "xlsx",
                "ワークシート「{sheet}」のテキストボックス「{text}」は置き場所が工程表にないため読みませんでした。",
            ).format(sheet=sheet, text=lab.text.replace("\n", ""))
        )
    return bars


def read_body(
    view: SheetView, tl: Timeline, shapes: list[Shape], edition: Edition, stop_row: int, own: bool = False
) -> BodyResult:
    """The 取組 rows under *tl* (up to *stop_row*, exclusive) and their bars. In our own files (*own*)
    only our own mark (→ at the window's end) means "continues"; elsewhere any arrow after a label does."""
    out = BodyResult(end_row=tl.body_top - 1)
    rows: dict[int, _Row] = {}
    line_rows: list[int] = []
    current: Initiative | None = None
    current_box: Box | None = None
    has_actual = False
    prev_plan = True
    kind_col = tl.kind_col or tl.name_col
    occupied = view.rows_in(tl.body_top, stop_row - 1)
    width = tl.right - tl.grid_first + 1
    r = tl.body_top - 1
    visited = 0
    while r + 1 < stop_row:
        r += 1
        check_time()
        visited += 1  # each row's month cells are looked at for fills: rows × columns is the cost
        if visited * width > MAX_TIMELINE_CELLS:
            raise over_budget(
                current_file(),
                translate("xlsx", "ワークシート「{sheet}」の工程表の行と月の列のセルの数").format(
                    sheet=view.data.title
                ),
                MAX_TIMELINE_CELLS,
            )
        if own and _is_label_line(view, r, tl, kind_col):
            line_rows.append(r)  # a label line of the bars above or below it: read with those bars
            out.end_row = r
            continue
        kind = _kind(view.value(r, kind_col))
        name_box = view.box(r, tl.name_col)
        name = cell_text(view.data.values.get(name_box[:2]))
        if kind is None:
            lane = current is not None and (
                (name_box == current_box and name_box[2] > name_box[0])
                or (not name.strip() and view.box(r, kind_col)[0] < r)
            )
            if not lane and current is not None and not own and not name.strip() and not view.text(r, kind_col).strip():
                if _blank_row(view, r, tl):  # a spacer row between 取組: the body goes on below it
                    # so do the rows after it that hold nothing: go on at the next that holds something
                    i = bisect.bisect_right(occupied, r)
                    r = (occupied[i] if i < len(occupied) else stop_row) - 1
                    continue
                # an extra row of filled bars under the previous one, its 区分 left blank (words alone are a note)
                lane = any(view.data.style((r, c)).fill is not None for c in range(tl.grid_first, tl.right + 1))
            if not lane:
                later = next(
                    (rr for rr in view.rows_in(r + 1, stop_row - 1) if _kind(view.value(rr, kind_col)) is not None),
                    None,
                )
                if later is not None and not own:  # rows of 取組 below one we cannot read: keep the whole timeline
                    out.unread[TIMELINE] = translate(
                        "xlsx",
                        "ワークシート「{sheet}」の{cell}の行が取組の行として読めず、その下の取組を読み取れません",
                    ).format(sheet=view.data.title, cell=cell_name(r, kind_col))
                break
            is_plan = prev_plan
        else:
            is_plan = kind != ACTUAL_WORD
        if current is None or (
            kind is not None and is_plan and (has_actual or (name_box != current_box and bool(name)))
        ):
            current = Initiative(name=name, plan_label=kind if kind in PLAN_LABELS else PLAN_LABELS[0])
            current_box, has_actual = name_box, False
            out.initiatives.append(current)
        if is_plan and kind in PLAN_LABELS:
            current.plan_label = kind
        has_actual = has_actual or not is_plan
        prev_plan = is_plan
        rows[r] = _Row(len(out.initiatives) - 1, is_plan)
        out.end_row = r
    if not rows:
        return out
    sheet = view.data.title
    body = [s for s in shapes if tl.body_top - 1 <= s.cy < out.end_row]
    for s in body:
        row = rows.get(int(s.cy) + 1)
        if s.kind == "line" and s.y1 - s.y0 > 0.5 and s.x1 - s.x0 < 0.5 * tl.axis.month_width(0):
            s.kind, s.geom = "unknown", s.geom + "（縦線）"  # a milestone or a marker line, not a bar
        if row is None and s.kind != "label":
            out.warnings.append(
                translate(
                    "xlsx",
                    "ワークシート「{sheet}」の{cell}付近の図形「{name}」は取組の行の外にあるため読みませんでした。",
                ).format(sheet=sheet, cell=cell_name(int(s.cy) + 1, int(s.x0) + 1), name=s.name)
            )
        if s.kind == "unknown" and row is not None:
            ini = out.initiatives[row.initiative]
            out.unread[initiative_key(ini.name)] = translate(
                "xlsx", "ワークシート「{sheet}」の{cell}付近の図形「{name}」（{geom}）はバーとして読めません"
            ).format(sheet=sheet, cell=cell_name(int(s.cy) + 1, int(s.x0) + 1), name=s.name, geom=s.geom)
    pieces: dict[int, list[_Piece]] = {r: _cell_pieces(view, r, tl, own) for r in rows}
    for r in line_rows:
        _read_label_line(view, r, tl, kind_col, pieces, out.warnings)
    drawn = _label_shapes(body, pieces, out.warnings, sheet)
    for s in drawn:
        r = int(s.cy) + 1
        if r not in pieces:
            continue
        twin = next((p for p in pieces[r] if _same_span(p, s.x0, s.x1) and not (p.label and s.text)), None)
        if twin is not None:  # a shape drawn over its own filled cells: one bar, labelled by either
            twin.label = twin.label or s.text
            continue
        pieces[r].append(_Piece(s.x0, s.x1, s.text, cell_name(r, int(s.x0) + 1)))
    for r, row in rows.items():
        ini = out.initiatives[row.initiative]
        for piece in pieces[r]:
            bar = _bar(piece, tl, edition, ini, out, sheet, own)
            if bar is not None:
                (ini.plan if row.plan else ini.actual).append(bar)
        for c, v in view.row_cells(r):
            if c > tl.right and view.box(r, c)[:2] == (r, c):
                out.warnings.append(_stray(sheet, r, c, v))
        left = max(kind_col, tl.name_col) + 1
        for c in range(left, tl.grid_first):  # cells under no year header: months we cannot place
            if view.box(r, c)[:2] == (r, c) and (
                view.data.style((r, c)).fill is not None or (r, c) in view.data.values
            ):
                out.unread[initiative_key(ini.name)] = translate(
                    "xlsx", "ワークシート「{sheet}」のセル{cell}は年度の見出しのない列にあり、月を読み取れません"
                ).format(sheet=sheet, cell=cell_name(r, c))
                break
    return out


def _is_label_line(view: SheetView, r: int, tl: Timeline, kind_col: int) -> bool:
    """Row *r* of our own workbook is a label line (export/xlsx_labels.py): words over a bar's months,
    no fill in any month, and a 区分 cell it shares with its bars' row (merged over both) or none.
    A row with a 区分 of its own is a row of bars, whatever it holds."""
    r0, c0, r1, _ = view.box(r, kind_col)
    if r0 == r1 and word(view.data.values.get((r0, c0))):
        return False
    texts = [c for c, v in view.row_cells(r) if tl.grid_first <= c <= tl.right and cell_text(v).strip()]
    if not texts:
        return False
    return all(view.data.style((r, c)).fill is None for c in range(tl.grid_first, tl.right + 1))


def _read_label_line(
    view: SheetView, r: int, tl: Timeline, kind_col: int, pieces: dict[int, list[_Piece]], warnings: list[str]
) -> None:
    """Give each label of label line *r* to the bar it stands over or under: a bar of the row whose 区分
    cell the line shares (else of the row below, then above) that covers the label's middle. A bar that
    has words of its own keeps them (a clerk typed the label into the bar); a label with no bar under it
    is named, never taken for a bar."""
    r0, _, r1, _ = view.box(r, kind_col)
    partners = [rr for rr in range(r0, r1 + 1) if rr != r and rr in pieces] or [
        rr for rr in (r + 1, r - 1) if rr in pieces
    ]
    sheet = view.data.title
    for c, v in view.row_cells(r):
        text = cell_text(v)
        if not (tl.grid_first <= c <= tl.right) or not text.strip() or view.box(r, c)[:2] != (r, c):
            continue
        _, c0, _, c1 = view.box(r, c)
        mid = (c0 - 1.0 + min(c1, tl.right)) / 2
        owner = next((p for rr in partners for p in pieces[rr] if p.x0 <= mid <= p.x1), None)
        if owner is None:
            warnings.append(_stray(sheet, r, c, v))
        elif not owner.label:
            owner.label = text
        elif owner.label != text:
            warnings.append(
                translate(
                    "xlsx",
                    "ワークシート「{sheet}」のセル{cell}「{text}」は、バーに書かれた「{label}」をラベルとして読みました。",
                ).format(sheet=sheet, cell=cell_name(r, c), text=text.replace("\n", ""), label=owner.label)
            )


def _same_span(piece: _Piece, x0: float, x1: float) -> bool:
    """A filled run and a shape that cover the same stretch of a row (each at least 80 % of the other)."""
    overlap = min(piece.x1, x1) - max(piece.x0, x0)
    return overlap > 0 and overlap >= 0.8 * max(piece.x1 - piece.x0, x1 - x0)


def _blank_row(view: SheetView, r: int, tl: Timeline) -> bool:
    """Nothing written or filled in row *r* of the timeline."""
    if any(c <= tl.right for c, _v in view.row_cells(r)):
        return False
    return all(view.data.style((r, c)).fill is None for c in range(tl.grid_first, tl.right + 1))


def _stray(sheet: str, r: int, c: int, value: Any) -> str:
    return translate(
        "xlsx", "ワークシート「{sheet}」のセル{cell}「{text}」はロードマップに置き場所がないため読みませんでした。"
    ).format(sheet=sheet, cell=cell_name(r, c), text=cell_text(value).replace("\n", ""))


def _bar(
    piece: _Piece, tl: Timeline, edition: Edition, ini: Initiative, out: BodyResult, sheet: str, own: bool
) -> Bar | None:
    axis = tl.axis
    past = axis.bounds[-1] + 0.1 * axis.month_width(axis.months - 1) if tl.trailing else None
    snapped = axis.snap(piece.x0, piece.x1, past)
    if piece.x0 > axis.bounds[-1] - 0.5 * axis.month_width(axis.months - 1):
        out.warnings.append(
            translate(
                "xlsx", "ワークシート「{sheet}」の{cell}: 「{label}」は年度の欄より右にあるため読みませんでした"
            ).format(sheet=sheet, cell=piece.where, label=piece.label)
        )
        return None
    if piece.x0 < axis.bounds[0] - 0.5 * axis.month_width(0):
        out.unread[initiative_key(ini.name)] = translate(
            "xlsx", "ワークシート「{sheet}」の{cell}: バー「{label}」が年度の見出しより左から始まり、月を読み取れません"
        ).format(sheet=sheet, cell=piece.where, label=piece.label)
        return None
    if own:
        marked = piece.label.endswith(CONTINUES_MARK) and snapped.last == axis.months - 1
        label = piece.label[: -len(CONTINUES_MARK)] if marked else piece.label
    else:
        label, marked = split_continues(piece.label)
    first = Month.fiscal(tl.first_year, 0)
    continues = snapped.continues or (marked and snapped.last == axis.months - 1)
    bar = Bar(first.shifted(snapped.first), first.shifted(snapped.last), label, continues)
    if tl.first_year != edition.fiscal_year and continues:
        bar.continues = bar.end == edition.last_month
    if snapped.off_edges:
        edge = "、".join(
            translate("xlsx", "開始") if e == "start" else translate("xlsx", "終了") for e in snapped.off_edges
        )
        # the roadmap keeps its bars for that 取組 (the preview says why); a new project takes the nearest months
        out.unread[initiative_key(ini.name)] = translate(
            "xlsx",
            "ワークシート「{sheet}」の{cell}: バー「{label}」の{edge}が月の区切りから離れています（近い月では{period}）",
        ).format(sheet=sheet, cell=piece.where, label=label, edge=edge, period=bar.period_text())
    try:
        validate_bar(bar, edition)
    except ValidationError as e:
        out.warnings.append(
            translate("xlsx", "{cell}: {err}（このバーは取り込みません）").format(cell=piece.where, err=e)
        )
        if tl.first_year == edition.fiscal_year:
            out.unread[initiative_key(ini.name)] = str(e)
        return None
    return bar


def window_warning(tl: Timeline, edition: Edition) -> str | None:
    if tl.first_year == edition.fiscal_year:
        return None
    return translate(
        "xlsx", "年度の見出しが {file}〜 で、このロードマップ（{ours}〜）と違います。月はそのまま読みました。"
    ).format(file=format_fiscal_year(tl.first_year), ours=format_fiscal_year(edition.fiscal_year))
