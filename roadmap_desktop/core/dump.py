"""The roadmap as canonical JSON: sorted keys, stable order, months as ``YYYY-MM``.

Two dumps of the same roadmap are byte-identical, so ``diff`` shows exactly what changed. The
same format is the sample roadmap's data file (where ``id`` may be left out).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .errors import ValidationError
from .fields import FIELDS, Field, FieldKind
from .fiscal import Month, format_fiscal_year, parse_optional_fiscal_year
from .i18n import translate
from .model import Bar, Edition, Initiative, Project, Roadmap, new_id

FORMAT = "roadmap-desktop"
VERSION = 1


def _year(fy: int | None) -> str | None:
    return None if fy is None else format_fiscal_year(fy)


def bar_to_dict(bar: Bar) -> dict[str, Any]:
    return {"start": str(bar.start), "end": str(bar.end), "label": bar.label, "continues": bar.continues}


def _bars(bars: list[Bar]) -> list[dict[str, Any]]:
    return [bar_to_dict(b) for b in sorted(bars, key=Bar.sort_key)]


def _initiative_to_dict(i: Initiative) -> dict[str, Any]:
    return {"name": i.name, "plan_label": i.plan_label, "plan": _bars(i.plan), "actual": _bars(i.actual)}


def _plain(f: Field, value: Any) -> Any:
    """A field's value as JSON holds it: years as R5, lists as lists."""
    if f.kind is FieldKind.YEAR:
        return _year(value)
    if f.kind is FieldKind.LIST:
        return list(value)
    return value


def _from_plain(f: Field, value: Any) -> Any:
    if f.kind is FieldKind.YEAR:
        return parse_optional_fiscal_year(value)
    if f.kind is FieldKind.LIST:
        return list(value or [])
    if f.kind is FieldKind.BUDGET:
        return value
    return value or ""


def project_to_dict(project: Project, sheet_no: int | None = None, with_id: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {f.attr: _plain(f, f.get(project)) for f in FIELDS}
    d["sheet_no_override"] = project.sheet_no_override
    d["initiatives"] = [_initiative_to_dict(i) for i in project.initiatives]
    # Present only once a 年度更新 made them, so the dump of a roadmap without history is unchanged.
    if project.history:
        d["history"] = [_initiative_to_dict(i) for i in project.history]
    if project.past_budgets:
        d["past_budgets"] = {format_fiscal_year(fy): project.past_budgets[fy] for fy in sorted(project.past_budgets)}
    if with_id:
        d["id"] = project.id
    if sheet_no is not None:
        d["sheet_no"] = sheet_no
    return d


def to_dict(roadmap: Roadmap, with_ids: bool = True) -> dict[str, Any]:
    e = roadmap.edition
    numbers = roadmap.sheet_numbers()
    edition: dict[str, Any] = {
        "title": e.title,
        "fiscal_year": format_fiscal_year(e.fiscal_year),
        "first_sheet_no": e.first_sheet_no,
    }
    # 基準月 and 発行 only once set, so the dump of an edition without them is unchanged.
    if e.reference_month is not None:
        edition["reference_month"] = str(e.reference_month)
    if e.issuer:
        edition["issuer"] = e.issuer
    if e.issued is not None:
        edition["issued"] = e.issued.isoformat()
    return {
        "format": FORMAT,
        "version": VERSION,
        "edition": edition,
        "projects": [project_to_dict(p, n, with_ids) for p, n in zip(roadmap.projects, numbers, strict=True)],
    }


def dumps(roadmap: Roadmap, with_ids: bool = True) -> str:
    """The canonical JSON text (ends with a newline)."""
    return json.dumps(to_dict(roadmap, with_ids), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def _bar(d: dict[str, Any]) -> Bar:
    return Bar(Month.parse(d["start"]), Month.parse(d["end"]), d.get("label", ""), bool(d.get("continues", False)))


def _initiative(i: dict[str, Any]) -> Initiative:
    return Initiative(
        name=i.get("name", ""),
        plan_label=i.get("plan_label", "計画"),
        plan=[_bar(b) for b in i.get("plan", [])],
        actual=[_bar(b) for b in i.get("actual", [])],
    )


def _past_budgets(d: dict[str, Any]) -> dict[int, int]:
    result: dict[int, int] = {}
    for year, amount in d.items():
        fy = parse_optional_fiscal_year(year)
        if fy is not None:
            result[fy] = amount
    return result


def project_from_dict(d: dict[str, Any]) -> Project:
    return Project(
        id=d.get("id") or new_id(),
        **{f.attr: _from_plain(f, d.get(f.attr)) for f in FIELDS},
        sheet_no_override=d.get("sheet_no_override"),
        initiatives=[_initiative(i) for i in d.get("initiatives", [])],
        history=[_initiative(i) for i in d.get("history", [])],
        past_budgets=_past_budgets(d.get("past_budgets", {})),
    )


def from_dict(d: dict[str, Any]) -> Roadmap:
    """Build a roadmap from :func:`to_dict` output (or the sample file)."""
    if d.get("format") != FORMAT:
        raise ValidationError(translate("dump", "Roadmap Desktop のデータではありません。"))
    if int(d.get("version", 0)) > VERSION:
        raise ValidationError(translate("dump", "新しいバージョンの Roadmap Desktop で作られたデータです。"))
    e = d["edition"]
    fy = parse_optional_fiscal_year(e["fiscal_year"])
    assert fy is not None
    edition = Edition(title=e["title"], fiscal_year=fy, first_sheet_no=int(e.get("first_sheet_no", 1)))
    if e.get("reference_month"):
        edition.reference_month = Month.parse(e["reference_month"])
    edition.issuer = e.get("issuer", "")
    if e.get("issued"):
        try:
            edition.issued = date.fromisoformat(e["issued"])
        except ValueError:
            raise ValidationError(
                translate("dump", "発行日「{text}」は 2025-03-31 の形で書いてください。").format(text=e["issued"])
            ) from None
    return Roadmap(edition, [project_from_dict(p) for p in d.get("projects", [])])


def loads(text: str) -> Roadmap:
    return from_dict(json.loads(text))
