"""The 一覧 worksheet read back: a clerk corrects a budget or a name there, the natural place.

Columns are found by their header words (No., 事業名, 担当部局, 担当課等, 期間, …事業費（千円）), rows by
the No. they show; the 合計 row and anything without a No. is no project. Values that cannot be read
are left out (the sheet's value stands) and named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import ValidationError
from ..core.fiscal import normalize, parse_budget, parse_fiscal_year
from ..core.i18n import translate
from ..core.labels import LIST_SEPARATOR, squeeze
from ..core.values import budget_in_range, budget_range_text
from .xlsx_package import SheetData

_HEADERS = {
    "no.": "no",
    "no": "no",
    "事業名": "name",
    "担当部局": "departments",
    "担当課等": "sections",
    "期間": "period",
}
_BUDGET = re.compile(r"事業費")
_PERIOD_SPLIT = re.compile(r"[〜～~\-－]")


@dataclass
class ListRow:
    """One project's row of 一覧: the values it shows, by project attribute."""

    no: int
    row: int
    values: dict[str, Any] = field(default_factory=dict)


def _text(v: Any) -> str:
    return "" if v is None else str(v)


def _header(data: SheetData) -> tuple[int, dict[int, str]] | None:
    for r in range(1, min(data.max_row, 6) + 1):
        cols: dict[int, str] = {}
        for c in range(1, min(data.max_col, 20) + 1):
            v = data.values.get((r, c))
            if not isinstance(v, str):
                continue
            key = normalize(squeeze(v)).lower()
            if key in _HEADERS:
                cols[c] = _HEADERS[key]
            elif _BUDGET.search(key):
                cols[c] = "budget"
        if "no" in cols.values() and "name" in cols.values():
            return r, cols
    return None


def _no(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    m = re.fullmatch(r"\s*(?:no\.?\s*)?(\d{1,6})\s*", normalize(_text(v)), re.IGNORECASE)
    return int(m[1]) if m else None


def _years(text: str) -> tuple[int | None, int | None]:
    parts = _PERIOD_SPLIT.split(text, maxsplit=1) if text.strip() else ["", ""]
    if len(parts) != 2:
        raise ValidationError(translate("list", "期間「{t}」は「R5〜R10」の形で書いてください。").format(t=text))
    a, b = (p.strip() for p in parts)
    return (parse_fiscal_year(a) if a else None, parse_fiscal_year(b) if b else None)


def read_list_sheet(data: SheetData, warnings: list[str]) -> dict[int, list[ListRow]]:
    """No. → rows of the 一覧 sheet *data* showing it, in sheet order (empty if it has no recognisable
    header). A roadmap may number two sheets alike (a No. fixed by hand), so a No. may have two rows:
    the import tells them apart by 事業名 (round_plan)."""
    found = _header(data)
    if found is None:
        return {}
    head, cols = found
    rows: dict[int, list[ListRow]] = {}
    for r in sorted({r for r, _c in data.values if r > head}):  # the rows written, never up to a declared last row
        cells = {attr: data.values.get((r, c)) for c, attr in cols.items()}
        no = _no(cells.get("no"))
        if no is None:
            continue
        row = ListRow(no, r)
        for attr, v in cells.items():
            try:
                if attr == "name":
                    row.values["name"] = _text(v)
                elif attr in ("departments", "sections"):
                    row.values[attr] = [p.strip() for p in _text(v).split(LIST_SEPARATOR) if p.strip()]
                elif attr == "period":
                    row.values["start_year"], row.values["end_year"] = _years(_text(v))
                elif attr == "budget":
                    row.values["budget"] = _budget(v)
            except ValidationError as e:
                warnings.append(
                    translate("list", "一覧 {row}行目: {err}（一覧のこの値は使いません）").format(row=r, err=e)
                )
        rows.setdefault(no, []).append(row)
    return rows


def _budget(v: Any) -> int | None:
    if v is None or v == "":
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int) and not isinstance(v, bool):
        if v < 0:
            raise ValidationError(translate("list", "負の事業費は取り込みません（{v}）。").format(v=v))
        if not budget_in_range(v):
            raise ValidationError(f"{budget_range_text()}（{str(v)[:30]}）")
        return v
    return parse_budget(_text(v))
