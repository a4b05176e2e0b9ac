"""The 全体工程表 worksheet of the Excel export: every project on one row, from the same rows as the book.

One column per month of the edition's window; months the 計画 bars cover are filled in the plan
colour, months the 実績 bars cover in the actual colour; the 基準月 is marked by a red line; the 状況
cell is coloured by status and says it in words. Placed right after the 一覧 worksheet; the import
skips it by its title (:data:`OVERVIEW_SHEET`), as it skips the 一覧.
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
from .xlsx_layout import OVERVIEW_SHEET

FIRST_MONTH_COL = 4  # A No., B 事業名, C 状況
_HEAD_ROWS = 3  # title, legend, header


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
            "alignment": Alignment(vertical="center"),
        },
        "ov_no": {"font": Font(name=font, size=9), "border": box, "alignment": center},
        "ov_name": {
            "font": Font(name=font, size=9),
            "border": box,
            "alignment": Alignment(vertical="center", shrink_to_fit=True),
        },
        "ov_none": {"font": Font(name=font, size=9), "border": box, "alignment": center},
    }
    for status, colour in pal.status.items():
        s[f"ov_status_{status.name}"] = {
            "font": Font(name=font, size=9, bold=True, color=hex_rgb(pal.status_text)),
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


def write_overview_sheet(
    wb: Workbook, book: _Book, roadmap: Roadmap, projects: list[Project], reference: Month,
    font: str, palette: Palette,
) -> tuple[Any, bytes]:  # fmt: skip
    """Add the 全体工程表 worksheet to the (write-only) workbook *wb*; return it and its <sheetData>, which
    the export writes into the package itself as it does for the project sheets (cells through openpyxl
    cost as much as the whole book's sheets)."""
    from .xlsx import _Grid, _setup_sheet, _sheet_data  # the project sheets' grid, streamed the same way

    ed = roadmap.edition
    styles = {k: book.register(k, v) for k, v in _styles(font, palette).items()}
    rows = by_field(overview_rows(roadmap, projects, reference))
    n_months = len(ed.window_years) * MONTHS_PER_YEAR
    last_col = FIRST_MONTH_COL + n_months - 1
    grid = _Grid(last_col)
    title = translate("xlsx", "全体工程表（{title}、基準月 {month}）").format(
        title=ed.title, month=reference.japanese()
    )
    grid.put(1, 1, title, styles["ov_title"])
    c = FIRST_MONTH_COL
    for text, key in ((translate("xlsx", "計画"), "ov_m_plan_m"), (translate("xlsx", "実績"), "ov_m_actual_m")):
        grid.put(2, c, None, styles[key])
        grid.put(2, c + 1, text, styles["ov_legend"])
        c += 4
    for status in palette.status:
        grid.box(2, c, 2, c + 2, status.label, styles[f"ov_status_{status.name}"])
        c += 4
    for col, text in ((1, "No."), (2, translate("xlsx", "事業名")), (3, translate("xlsx", "状況"))):
        grid.put(_HEAD_ROWS, col, text, styles["ov_head"])
    for i, fy in enumerate(ed.window_years):
        c0 = FIRST_MONTH_COL + i * MONTHS_PER_YEAR
        grid.box(_HEAD_ROWS, c0, _HEAD_ROWS, c0 + MONTHS_PER_YEAR - 1, format_fiscal_year(fy), styles["ov_head"])
    ref = ed.month_offset(reference)
    month_edges = ["ref" if m == ref else "y" if m % 12 == 0 else "q" if m % 3 == 0 else "m" for m in range(n_months)]
    r = _HEAD_ROWS
    field: str | None = None
    for row in rows:
        if row.field != field:
            field = row.field
            r += 1
            grid.box(r, 1, r, last_col, field or translate("xlsx", "（分野なし）"), styles["ov_field"])
        r += 1
        plan = {m for a, b, _ in row.plan for m in range(a, b + 1)}
        actual = {m for a, b, _ in row.actual for m in range(a, b + 1)}
        grid.put(r, 1, row.sheet_no, styles["ov_no"])
        grid.put(r, 2, row.name, styles["ov_name"])
        status_key = "ov_none" if row.status is Status.NONE else f"ov_status_{row.status.name}"
        grid.put(r, 3, row.status.label or None, styles[status_key])
        for m in range(n_months):
            kind = "actual" if m in actual else "plan" if m in plan else "empty"
            grid.put(r, FIRST_MONTH_COL + m, None, styles[f"ov_m_{kind}_{month_edges[m]}"])
    grid.rows = r
    ws = wb.create_sheet(OVERVIEW_SHEET)
    for col, width in ((1, 6.0), (2, 44.0), (3, 8.0)):
        ws.column_dimensions[get_column_letter(col)].width = width
    for col in range(FIRST_MONTH_COL, last_col + 1):
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
