"""Every value a reader found, checked against :mod:`core.values` before it is planned.

One place for all readers (Excel, PDF, the 一覧): a budget outside 0..10^12 千円 is not read (the
roadmap keeps its value, the preview says why); control characters other than tab and line feed are
removed, with a note; a text over its cap is not read (kept from the roadmap; for a new project, cut
to the cap) and the preview names the cap.
"""

from __future__ import annotations

from typing import Any

from ..core.fields import BY_ATTR, FIELDS, FieldKind
from ..core.i18n import translate
from ..core.values import LINE_CAP, budget_in_range, budget_range_text, strip_controls, too_long_text
from .merge import IncomingSheet


def _clean(text: str, cap: int) -> tuple[str, bool, bool]:
    """(cleaned text cut to *cap*, control characters were removed, it was too long)."""
    cleaned = strip_controls(text)
    return cleaned[:cap], cleaned != text.replace("\r\n", "\n"), len(cleaned) > cap


def guard_sheet(sheet: IncomingSheet) -> None:
    """Check *sheet* (a planning copy) in place: see the module's doc."""
    p = sheet.project
    controls: list[str] = []
    for f in FIELDS:
        value = f.get(p)
        if f.kind is FieldKind.BUDGET:
            if value is not None and not budget_in_range(value):
                sheet.unread[f.attr] = budget_range_text() + f"（{str(value)[:30]}）"
                p.budget = None
            continue
        cap = f.cap
        if cap is None:
            continue
        if isinstance(value, list):
            results = [_clean(v, cap) if isinstance(v, str) else (v, False, False) for v in value]
            setattr(p, f.attr, [r[0] for r in results])
            if any(r[1] for r in results):
                controls.append(f.noun)
            longest = max((len(strip_controls(v)) for v in value if isinstance(v, str)), default=0)
            if any(r[2] for r in results):
                sheet.unread[f.attr] = too_long_text(longest, cap)
        elif isinstance(value, str):
            cleaned, had_controls, too_long = _clean(value, cap)
            setattr(p, f.attr, cleaned)
            if had_controls:
                controls.append(f.noun)
            if too_long:
                sheet.unread[f.attr] = too_long_text(len(strip_controls(value)), cap)
    for initiative in p.initiatives:
        initiative.name, had, long_ = _clean(initiative.name, LINE_CAP)
        if had:
            controls.append(translate("guard", "取組名"))
        if long_:
            sheet.warnings.append(
                translate("guard", "取組名が{cap}文字を超えているため、{cap}文字までにしました。").format(cap=LINE_CAP)
            )
        for bar in initiative.plan + initiative.actual:
            bar.label, had, long_ = _clean(bar.label, LINE_CAP)
            if had:
                controls.append(translate("guard", "バーの名前"))
            if long_:
                sheet.warnings.append(
                    translate("guard", "バーの名前が{cap}文字を超えているため、{cap}文字までにしました。").format(
                        cap=LINE_CAP
                    )
                )
    _guard_listed(sheet, controls)
    if controls:
        sheet.warnings.append(
            translate("guard", "{parts}にあった制御文字を取り除きました。").format(
                parts="、".join(dict.fromkeys(controls))
            )
        )


def _guard_listed(sheet: IncomingSheet, controls: list[str]) -> None:
    """The 一覧 row's values: a value out of range is not used (the sheet's or the roadmap's stands)."""
    for attr, value in list(sheet.listed.items()):
        f = BY_ATTR.get(attr)
        if f is None:
            continue
        why: str | None = None
        new: Any = value
        if f.kind is FieldKind.BUDGET:
            if value is not None and not budget_in_range(value):
                why = budget_range_text()
        elif f.cap is not None:
            texts = value if isinstance(value, list) else [value]
            cleaned = [_clean(v, f.cap) if isinstance(v, str) else (v, False, False) for v in texts]
            if any(c[2] for c in cleaned):
                why = too_long_text(max(len(v) for v in texts if isinstance(v, str)), f.cap)
            if any(c[1] for c in cleaned):
                controls.append(translate("guard", "一覧の{label}").format(label=f.noun))
            new = [c[0] for c in cleaned] if isinstance(value, list) else cleaned[0][0]
        if why is None:
            sheet.listed[attr] = new
        else:
            del sheet.listed[attr]
            sheet.warnings.append(translate("guard", "一覧の{label}は使いません: {why}").format(label=f.noun, why=why))
