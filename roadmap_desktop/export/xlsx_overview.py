"""The 全体工程表 worksheet of the Excel export: every project on two rows, from the same rows as the book.

One column per month of the edition's window; a project's 計画 row fills the months its 計画 bars
cover, its 実績 row (under it) the months its 実績 bars cover, each row named in the 区分 column, so
the plan stays visible under the actual and the two read apart in grey as well as in colour. The
edition's 基準月 (when the file sets one) is marked by a line. The 状況 column is the progress
report's only (``progress_report``). Placed right after the 一覧 worksheet; the import skips it by its
title (:data:`OVERVIEW_SHEET`), as it skips the 一覧.
"""

from __future__ import annotations

from typing import Any, Protocol

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.properties import PageSetupProperties

from ..core.fiscal import Month, format_fiscal_year
from ..core.i18n import translate
from ..core.model import Project, Roadmap
from ..core.status import Status
from ..layout.geometry import MONTHS_PER_YEAR
from ..layout.overview import by_field, overview_rows
from ..layout.palette import Palette, hex_rgb
from .xlsx_layout import OVERVIEW_SHEET, PX_PER_MM, TEXT_INDENT, text_height_points, width_px

FIRST_MONTH_COL = 4  # A No., B 事業名, C 区分 (the publication)
_HEAD_ROWS = 3  # title, legend, header
_ROW_PT = 13.0  # each of a project's two rows: one 9 pt line in the tallest common Japanese font
_NAME_WIDTH = 44.0  # the 事業名 column (stored width)
_NAME_PT = 9.0


def first_month_col(progress_report: bool) -> int:
    """The column of the window's first month: after No., 事業名, (状況,) 区分."""
    return FIRST_MONTH_COL + (1 if progress_report else 0)


class _Book(Protocol):
    xf: dict[str, int]  # style key -> the workbook's cell-format index

    def register(self, key: str, attrs: dict[str, Any]) -> str: ...

    def cell(self, ws: Any, value: Any, style: str) -> Any: ...

    def quoted_xf(self, key: str) -> int: ...


def _styles(font: str, pal: Palette) -> dict[str, dict[str, Any]]:
    thin = Side(style="thin", color=hex_rgb(pal.ink))
    hair = Side(style="hair", color=hex_rgb(pal.grid_month))
    red = Side(style="medium", color=hex_rgb(pal.reference))
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center")
    s: dict[str, dict[str, Any]] = {
        "ov_title": {"font": Font(name=font, size=12, bold=True)},
        "ov_legend": {"font": Font(name=font, size=8), "alignment": Alignment(vertical="center")},
        "ov_head": {
            "font": Font(name=font, size=9, bold=True),
            "fill": PatternFill("solid", fgColor=hex_rgb(pal.label_fill)),
            "border": box,
            "alignment": center,
        },
        "ov_field": {
            "font": Font(name=font, size=9, bold=True),
            "fill": PatternFill("solid", fgColor=hex_rgb(pal.band_fill)),
            "border": box,
            "alignment": Alignment(horizontal="left", vertical="center", indent=TEXT_INDENT),
        },
        "ov_no": {"font": Font(name=font, size=9), "border": box, "alignment": center},
        "ov_name": {
            "font": Font(name=font, size=_NAME_PT),
            "border": box,
            # wrapped, never shrunk: a long name takes a second line (the cell spans the plan and actual rows)
            # or taller rows, rather than printing below the minimum
            "alignment": Alignment(horizontal="left", vertical="center", wrap_text=True, indent=TEXT_INDENT),
        },
        "ov_none": {"font": Font(name=font, size=9), "border": box, "alignment": center},
        "ov_kind": {
            "font": Font(name=font, size=8),
            "fill": PatternFill("solid", fgColor=hex_rgb(pal.label_fill)),
            "border": box,
            "alignment": center,
        },
    }
    for status, colour in pal.status.items():
        s[f"ov_status_{status.name}"] = {
            "font": Font(name=font, size=9, bold=True, color=hex_rgb(pal.status_ink(status))),
            "fill": PatternFill("solid", fgColor=hex_rgb(colour)),
            "border": box,
            "alignment": center,
        }
    quarter = Side(style="thin", color=hex_rgb(pal.grid_quarter))
    for kind, fill in (("empty", None), ("plan", hex_rgb(pal.overview_plan)), ("actual", hex_rgb(pal.overview_actual))):
        for edge in ("y", "q", "m", "ref"):
            left = {"y": thin, "q": quarter, "m": hair, "ref": red}[edge]
            attrs: dict[str, Any] = {"border": Border(left=left, top=thin, bottom=thin)}
            if fill:
                attrs["fill"] = PatternFill("solid", fgColor=fill)
            s[f"ov_m_{kind}_{edge}"] = attrs
    return s


def _name_mm() -> float:
    return width_px(_NAME_WIDTH) / PX_PER_MM


def write_overview_sheet(
    wb: Workbook, book: _Book, roadmap: Roadmap, projects: list[Project], reference: Month | None,
    font: str, palette: Palette, progress_report: bool = False,
) -> tuple[Any, bytes]:  # fmt: skip
    """Add the 全体工程表 worksheet to the (write-only) workbook *wb*; return it and its <sheetData>, which
    the export writes into the package itself as it does for the project sheets (cells through openpyxl
    cost as much as the whole book's sheets). *reference*: the edition's 基準月 (its line, and the
    progress report's reading); *progress_report*: with the 状況 column."""
    from .xlsx import (  # the project sheets' grid, streamed the same way
        _Grid,
        _setup_sheet,
        _sheet_data,
        printed_row_pt,
    )

    ed = roadmap.edition
    styles = {k: book.register(k, v) for k, v in _styles(font, palette).items()}
    rows = by_field(overview_rows(roadmap, projects, reference if progress_report else None))
    n_months = len(ed.window_years) * MONTHS_PER_YEAR
    first = first_month_col(progress_report)
    kind_col = first - 1
    last_col = first + n_months - 1
    grid = _Grid(last_col)
    if reference is not None:
        title = translate("xlsx", "全体工程表（{title}、基準月 {month}）").format(
            title=ed.title, month=reference.japanese()
        )
    else:
        title = translate("xlsx", "全体工程表（{title}）").format(title=ed.title)
    grid.put(1, 1, title, styles["ov_title"])
    c = first
    for text, key in (
        (translate("xlsx", "計画（上の行）"), "ov_m_plan_m"),
        (translate("xlsx", "実績（下の行）"), "ov_m_actual_m"),
    ):
        grid.put(2, c, None, styles[key])
        grid.put(2, c + 1, text, styles["ov_legend"])
        c += 8
    if progress_report:
        for status in palette.status:
            grid.box(2, c, 2, c + 2, status.label, styles[f"ov_status_{status.name}"])
            c += 4
    heads = [(1, "No."), (2, translate("xlsx", "事業名")), (kind_col, translate("xlsx", "区分"))]
    if progress_report:
        heads.append((3, translate("xlsx", "状況")))
    for col, text in heads:
        grid.put(_HEAD_ROWS, col, text, styles["ov_head"])
    for i, fy in enumerate(ed.window_years):
        c0 = first + i * MONTHS_PER_YEAR
        grid.box(_HEAD_ROWS, c0, _HEAD_ROWS, c0 + MONTHS_PER_YEAR - 1, format_fiscal_year(fy), styles["ov_head"])
    ref = ed.month_offset(reference) if reference is not None else None
    month_edges = ["ref" if m == ref else "y" if m % 12 == 0 else "q" if m % 3 == 0 else "m" for m in range(n_months)]
    r = _HEAD_ROWS
    field: str | None = None
    for row in rows:
        if row.field != field:
            field = row.field
            r += 1
            grid.box(r, 1, r, last_col, field or translate("xlsx", "（分野なし）"), styles["ov_field"])
            grid.heights[r] = _ROW_PT
        plan_r, actual_r = r + 1, r + 2
        # the two rows share the name's height: two lines of 9 pt fit them as they are
        row_pt = max(_ROW_PT, printed_row_pt(text_height_points(row.name, _name_mm(), _NAME_PT, TEXT_INDENT) / 2))
        grid.box(plan_r, 1, actual_r, 1, row.sheet_no, styles["ov_no"])
        grid.box(plan_r, 2, actual_r, 2, row.name, styles["ov_name"])
        if progress_report:
            status_key = "ov_none" if row.status is Status.NONE else f"ov_status_{row.status.name}"
            grid.box(plan_r, 3, actual_r, 3, row.status.label or None, styles[status_key])
        for rr, kind, spans, label in (
            (plan_r, "plan", row.plan, translate("xlsx", "計画")),
            (actual_r, "actual", row.actual, translate("xlsx", "実績")),
        ):
            grid.put(rr, kind_col, label, styles["ov_kind"])
            grid.heights[rr] = row_pt
            covered = {m for a, b, _ in spans for m in range(a, b + 1)}
            for m in range(n_months):
                fill = kind if m in covered else "empty"
                grid.put(rr, first + m, None, styles[f"ov_m_{fill}_{month_edges[m]}"])
        r = actual_r
    grid.rows = r
    ws = wb.create_sheet(OVERVIEW_SHEET)
    widths = [(1, 6.0), (2, _NAME_WIDTH), (kind_col, 5.0)] + ([(3, 8.0)] if progress_report else [])
    for col, width in widths:
        ws.column_dimensions[get_column_letter(col)].width = width
    for col in range(first, last_col + 1):
        ws.column_dimensions[get_column_letter(col)].width = 1.9
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"1:{_HEAD_ROWS}"
    ws.print_area = f"A1:{get_column_letter(last_col)}{r}"
    _setup_sheet(ws, grid)
    letters = ["", *(get_column_letter(col) for col in range(1, last_col + 1))]
    return ws, _sheet_data(grid, book.xf, letters, book.quoted_xf)
