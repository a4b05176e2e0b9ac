"""Three-way merge of one project: base (as exported) → reply (the clerk's) onto current (the roadmap now).

Only what the clerk changed (base → reply) is applied; what changed here since (base → current)
stays; the same field changed on both sides differently is a :class:`Conflict` whose default keeps
the roadmap's value. The 一覧 row is a second reading of the reply: an edit there counts, and a
disagreement with the project sheet is a conflict as well. Pure functions, no Qt, no files.

Bars are compared per row (an initiative's 計画 or 実績 bars as one value); initiatives are matched
by name, then by order. Before merging, :func:`normalize_reply` reads the reply the way its clerk
meant it: a filled run without a label touching a base bar extends that bar (Excel readers return
each differently coloured run as a bar of its own); a separate one is named.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..core.dump import bar_to_dict
from ..core.fields import FIELDS, Field, FieldKind
from ..core.fiscal import format_budget, format_fiscal_year
from ..core.i18n import translate
from ..core.model import Bar, Initiative, Project
from .merge import (
    TIMELINE,
    Conflict,
    IncomingSheet,
    Option,
    _adopt_spelling,
    _bars_text,
    _norm_name,
    _same_text,
    initiative_key,
)

_SUBFIELDS = ("name", "plan_label", "plan", "actual")


def _here() -> str:
    return translate("merge", "このロードマップ（現在）")


def _sheet() -> str:
    return translate("merge", "返信のシート")


def _listed() -> str:
    return translate("merge", "返信の一覧")


@dataclass
class Outcome:
    project: Project
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)  # keys the clerk's change was applied to
    guarded: bool = False  # two-way: a deletion or an emptier value becomes a choice defaulting to keep
    hold: bool = False  # two-way from an earlier edition: every change is a choice defaulting to keep


def clone_bars(bars: list[Bar]) -> list[Bar]:
    return [Bar(b.start, b.end, b.label, b.continues) for b in bars]  # Month is immutable


def clone_initiative(i: Initiative) -> Initiative:
    return Initiative(i.name, i.plan_label, clone_bars(i.plan), clone_bars(i.actual))


def clone(p: Project) -> Project:
    """A deep copy of a project, ten times as fast as copy.deepcopy (a preview clones hundreds).

    Every attribute is kept (``dataclasses.replace``); only the mutable ones are copied, so a field
    added to the model is never silently dropped here (年度更新's history and earlier budgets were)."""
    # Named at run time, so mypy cannot match them to the fields' types.
    lists: dict[str, Any] = {f.attr: list(f.get(p)) for f in FIELDS if f.kind is FieldKind.LIST}
    return dataclasses.replace(
        p,
        **lists,
        initiatives=[clone_initiative(i) for i in p.initiatives],
        history=[clone_initiative(i) for i in p.history],
        past_budgets=dict(p.past_budgets),
    )


def _copy_value(v: Any) -> Any:
    if isinstance(v, Initiative):
        return clone_initiative(v)
    if isinstance(v, list):
        return clone_bars(v) if v and isinstance(v[0], Bar) else list(v)
    return v


def _eq(a: Any, b: Any) -> bool:
    if isinstance(a, Initiative) and isinstance(b, Initiative):
        return _ini_eq(a, b)
    if isinstance(a, str) and isinstance(b, str):
        return _same_text(a, b)
    if isinstance(a, list) and isinstance(b, list):
        if (a and isinstance(a[0], Bar)) or (b and isinstance(b[0], Bar)):
            return _bars_key(a) == _bars_key(b)
        return len(a) == len(b) and all(_eq(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _bars_key(bars: list[Bar]) -> list[dict[str, Any]]:
    return [bar_to_dict(b) for b in sorted(bars, key=Bar.sort_key)]


def _ini_eq(a: Initiative, b: Initiative) -> bool:
    return all(_eq(getattr(a, s), getattr(b, s)) for s in _SUBFIELDS)


def _text(value: Any, sub: str = "") -> str:
    if sub in ("plan", "actual"):
        return _bars_text([bar_to_dict(b) for b in sorted(value, key=Bar.sort_key)])
    if isinstance(value, Initiative):
        return (
            f"{value.name}（{value.plan_label}: {_text(value.plan, 'plan')} ／ 実績: {_text(value.actual, 'actual')}）"
        )
    if value is None:
        return translate("merge", "（削除）")
    return str(value)


def _field_text(f: Field, value: Any) -> str:
    """A field's value as the sheet prints it (core/fields.py); an emptied value says so."""
    return translate("merge", "（削除）") if value is None else f.format(value)


def align(a: list[Initiative], b: list[Initiative]) -> dict[int, int]:
    """Index in *a* → index in *b* of the same 取組: same name first, then the rest in order."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if j not in used and _norm_name(x.name) == _norm_name(y.name):
                out[i] = j
                used.add(j)
                break
    rest_a = [i for i in range(len(a)) if i not in out]
    rest_b = [j for j in range(len(b)) if j not in used]
    for i, j in zip(rest_a, rest_b, strict=False):
        out[i] = j
    return out


def _touches(a: Bar, b: Bar) -> bool:
    return a.start.index <= b.end.index + 1 and b.start.index <= a.end.index + 1


def extend_touching(base_row: list[Bar], row: list[Bar]) -> tuple[list[Bar], list[Bar]]:
    """*row* with each unlabelled run that touches a bar of the base (found by label, or by place)
    merged into it; and the unlabelled runs left standing alone (new, to be named)."""
    bars = sorted(clone_bars(row), key=Bar.sort_key)
    base_keys = {(b.start.index, b.end.index, b.label) for b in base_row}
    base_labels = {b.label for b in base_row if b.label}

    def is_base_bar(b: Bar) -> bool:
        return (b.label and b.label in base_labels) or (b.start.index, b.end.index, b.label) in base_keys

    merged = True
    while merged:
        merged = False
        for u in bars:
            if u.label or (u.start.index, u.end.index, u.label) in base_keys:
                continue
            host = next((b for b in bars if b is not u and is_base_bar(b) and _touches(u, b)), None)
            if host is not None:
                if u.start < host.start:
                    host.start = u.start
                if u.end > host.end:
                    host.end, host.continues = u.end, u.continues or host.continues
                bars.remove(u)
                merged = True
                break
    alone = [b for b in bars if not b.label and (b.start.index, b.end.index, b.label) not in base_keys]
    return bars, alone


def normalize_reply(sheet: IncomingSheet, base: Project) -> tuple[Project, list[str]]:
    """The reply as its clerk meant it, against *base*: parts the reader could not read take the base's
    value (so they change nothing), typed line breaks take the base's spelling, and unlabelled runs
    touching a bar extend it. Returns the project and notes (unlabelled bars standing alone)."""
    reply = clone(sheet.project)
    for f in FIELDS:
        if f.attr in sheet.unread:
            setattr(reply, f.attr, _copy_value(f.get(base)))
    if TIMELINE in sheet.unread:
        reply.initiatives = [clone_initiative(i) for i in base.initiatives]
    else:
        old_by_name = {_norm_name(i.name): i for i in base.initiatives}
        for ini in reply.initiatives:
            old = old_by_name.get(_norm_name(ini.name))
            if old is not None and initiative_key(ini.name) in sheet.unread:
                ini.plan, ini.actual = clone_bars(old.plan), clone_bars(old.actual)
    _adopt_spelling(base, reply)
    notes: list[str] = []
    pairs = {j: i for i, j in align(base.initiatives, reply.initiatives).items()}
    for j, ini in enumerate(reply.initiatives):
        b = base.initiatives[pairs[j]] if j in pairs else Initiative()
        for row, row_name in (("plan", ini.plan_label), ("actual", translate("merge", "実績"))):
            bars, alone = extend_touching(getattr(b, row), getattr(ini, row))
            setattr(ini, row, bars)
            for u in alone:
                notes.append(
                    translate(
                        "merge",
                        "取組「{name}」の{row}に名前のないバー（{period}）があります。バーの名前を確認してください。",
                    ).format(name=ini.name.replace("\n", ""), row=row_name, period=u.period_text())
                )
    return reply, notes


def _three(
    out: Outcome,
    key: str,
    label: str,
    b: Any,
    c: Any,
    proposals: list[tuple[str, Any]],
    choices: dict[str, int],
    text: Any = _text,
) -> tuple[bool, Any]:
    """Decide one value. (True, v): set it to v; (False, _): keep the current value."""
    uniq: list[tuple[str, Any]] = []
    for src, v in proposals:
        if not _eq(v, b) and not any(_eq(v, u) for _, u in uniq):
            uniq.append((src, v))
    if not uniq:
        return False, None
    destructive = out.guarded and any(emptier(c, v) for _, v in uniq)
    if len(uniq) == 1 and (_eq(c, b) or _eq(c, uniq[0][1])) and not destructive and not out.hold:
        if _eq(c, uniq[0][1]):
            return False, None
        out.applied.append(label)
        return True, _copy_value(uniq[0][1])
    options = [Option(_here(), text(c), c)] + [Option(src, text(v), v) for src, v in uniq]
    choice = choices.get(key, 0)
    choice = choice if 0 <= choice < len(options) else 0
    out.conflicts.append(Conflict(key, label, text(b), options, choice, destructive))
    return choice != 0, _copy_value(options[choice].value)


def emptier(current: Any, value: Any) -> bool:
    """Would *value* replacing *current* remove something: a deletion, an emptied field, a list item or a
    bar fewer. From a file without a base this is never taken by default (it may be a reading gap, or an
    old copy, not an edit)."""
    if value is None or value == "" or (isinstance(value, str) and not value.strip()):
        return current is not None and not (isinstance(current, str) and not current.strip()) and current != []
    if isinstance(current, str) and isinstance(value, str):  # a part of the text left out (an older copy)
        a, b = "".join(value.split()), "".join(current.split())
        return len(a) < len(b) and a in b
    if isinstance(current, list) and isinstance(value, list):
        if (current and isinstance(current[0], Bar)) or (value and isinstance(value[0], Bar)):
            return len(value) < len(current)
        return any(not any(_eq(x, y) for y in value) for x in current)
    if isinstance(current, Initiative) and isinstance(value, Initiative):
        return len(value.plan) < len(current.plan) or len(value.actual) < len(current.actual)
    return False


def merge_project(
    base: Project,
    reply: Project,
    current: Project,
    listed: dict[str, Any] | None = None,
    choices: dict[str, int] | None = None,
    guarded: bool = False,
    past: bool = False,
) -> Outcome:
    """*current* with the clerk's changes (base → reply, and base → 一覧 row *listed*) applied.

    *guarded* (a file without a base, so *base* is *current*): whatever would delete or empty a value
    is a conflict whose default keeps the roadmap's (``Conflict.destructive``). *past*: the reply was
    mapped from an earlier edition (core.rollover.map_into), so it speaks of past years too: its earlier
    budgets and history bars are merged like any value."""
    choices = choices or {}
    listed = listed or {}
    # From an earlier edition's file without its base, nothing says which side is newer: the roadmap (a
    # later edition) is presumed to be, so no value of it is replaced unless chosen.
    out = Outcome(clone(current), guarded=guarded, hold=guarded and past)
    for f in FIELDS:
        attr, label = f.attr, f.label
        proposals = [(_sheet(), getattr(reply, attr))]
        if attr in listed:
            proposals.append((_listed(), listed[attr]))
        if attr == "name":
            empty = [src for src, v in proposals if not str(v).strip()]
            if empty and str(base.name).strip():
                out.notes.append(
                    translate(
                        "merge", "{where}の事業名が空欄です。事業名は必須のため、この変更は取り込みません。"
                    ).format(where="・".join(empty))
                )
            proposals = [(src, v) for src, v in proposals if str(v).strip()]
        b, c = getattr(base, attr), getattr(current, attr)
        take, value = _three(out, attr, label, b, c, proposals, choices, lambda v, f=f: _field_text(f, v))
        if take:
            setattr(out.project, attr, value)
    _merge_initiatives(base, reply, current, out, choices)
    if past:
        _merge_past(base, reply, current, out, choices)
    return out


def _history_rows(p: Project) -> dict[tuple[str, str, str], list[Bar]]:
    return {(i.name, i.plan_label, row): getattr(i, row) for i in p.history for row in ("plan", "actual")}


def _merge_past(base: Project, reply: Project, current: Project, out: Outcome, choices: dict[str, int]) -> None:
    """Earlier years' budgets and history bars, as a file of an earlier edition showed them."""
    for fy in sorted(set(base.past_budgets) | set(reply.past_budgets)):
        label = translate("merge", "{year}事業費（千円）").format(year=format_fiscal_year(fy))
        b, r, c = base.past_budgets.get(fy), reply.past_budgets.get(fy), current.past_budgets.get(fy)
        take, value = _three(out, f"past:{fy}", label, b, c, [(_sheet(), r)], choices, format_budget_text)
        if take:
            if value is None:
                out.project.past_budgets.pop(fy, None)
            else:
                out.project.past_budgets[fy] = value
    rb, rr, rc = _history_rows(base), _history_rows(reply), _history_rows(current)
    for key in sorted(set(rb) | set(rr), key=lambda k: (k[0], k[1], k[2])):
        name, plan_label, row = key
        label = translate("merge", "過去の工程「{name}」の{row}").format(
            name=name.replace("\n", ""), row=plan_label if row == "plan" else translate("merge", "実績")
        )
        take, value = _three(
            out, f"hist:{name}:{plan_label}:{row}", label, rb.get(key, []), rc.get(key, []),
            [(_sheet(), rr.get(key, []))], choices, lambda v, s=row: _text(v, s),
        )  # fmt: skip
        if take:
            group = next((i for i in out.project.history if (i.name, i.plan_label) == (name, plan_label)), None)
            if group is None:
                group = Initiative(name, plan_label)
                out.project.history.append(group)
            setattr(group, row, value)


def format_budget_text(value: Any) -> str:
    return translate("merge", "（削除）") if value is None else format_budget(value)


def _ini_label(n: int, name: str) -> str:
    return translate("merge", "取組「{name}」").format(name=name.replace("\n", "")) if name else f"取組{n + 1}"


def _merge_initiatives(base: Project, reply: Project, current: Project, out: Outcome, choices: dict[str, int]) -> None:
    bi, ri, ci = base.initiatives, reply.initiatives, current.initiatives
    r_of, c_of = align(bi, ri), align(bi, ci)
    result: list[Initiative] = out.project.initiatives  # deep copies of ci, same order
    orig = list(result)  # index ck → that 取組, before anything is inserted
    removed: set[int] = set()  # ids of objects in result to drop
    placed: dict[int, Initiative] = {}  # reply index → its initiative in result
    sub_labels = {"name": translate("merge", "の名前"), "plan_label": translate("merge", "の計画行の見出し"),
                  "plan": translate("merge", "の計画"), "actual": translate("merge", "の実績")}  # fmt: skip
    for k, b_ini in enumerate(bi):
        rk, ck = r_of.get(k), c_of.get(k)
        key = f"ini:{k}"
        label = _ini_label(k, b_ini.name)
        if rk is None:  # the clerk deleted it
            if ck is None:
                continue
            take, _ = _three(out, key, label, b_ini, ci[ck], [(_sheet(), None)], choices, _ini_text)
            if take:
                removed.add(id(result[ck]))
            continue
        if ck is None:  # deleted here meanwhile
            take, value = _three(out, key, label, b_ini, None, [(_sheet(), ri[rk])], choices, _ini_text)
            if take:
                result.append(value)
                placed[rk] = value
            continue
        target = result[ck]
        placed[rk] = target
        for sub in _SUBFIELDS:
            b, r, c = getattr(b_ini, sub), getattr(ri[rk], sub), getattr(ci[ck], sub)
            take, value = _three(
                out,
                f"{key}:{sub}",
                label + sub_labels[sub],
                b,
                c,
                [(_sheet(), r)],
                choices,
                lambda v, s=sub: _text(v, s),
            )
            if take:
                setattr(target, sub, value)
    matched_r = set(r_of.values())
    for j, r_ini in enumerate(ri):
        if j in matched_r:
            continue
        twin = next((x for x in result if _ini_eq(x, r_ini)), None)  # added on both sides alike
        if twin is not None:
            placed[j] = twin
            continue
        new = clone_initiative(r_ini)
        prev = next((placed[p] for p in range(j - 1, -1, -1) if p in placed), None)
        at = next((n + 1 for n, x in enumerate(result) if x is prev), 0 if j == 0 else len(result))
        result.insert(at, new)
        placed[j] = new
        out.applied.append(_ini_label(j, r_ini.name))
    _merge_order(bi, ri, ci, r_of, c_of, orig, result, out, choices)
    out.project.initiatives = [x for x in result if id(x) not in removed]


def _merge_order(
    bi: list[Initiative],
    ri: list[Initiative],
    ci: list[Initiative],
    r_of: dict[int, int],
    c_of: dict[int, int],
    orig: list[Initiative],
    result: list[Initiative],
    out: Outcome,
    choices: dict[str, int],
) -> None:
    """A clerk's reordering of 取組 (cut and insert) comes in: the order of the 取組 all three sides have."""
    common = [k for k in range(len(bi)) if k in r_of and k in c_of]
    if len(common) < 2:
        return
    b_order = [bi[k].name for k in common]
    r_order = [bi[k].name for k in sorted(common, key=lambda k: r_of[k])]
    c_order = [bi[k].name for k in sorted(common, key=lambda k: c_of[k])]
    take, _ = _three(
        out, "order", translate("merge", "取組の順序"), b_order, c_order, [(_sheet(), r_order)], choices, _order_text
    )
    if not take:
        return
    items = [orig[c_of[k]] for k in common]
    slots = sorted(next(n for n, x in enumerate(result) if x is item) for item in items)
    for slot, k in zip(slots, sorted(common, key=lambda k: r_of[k]), strict=True):
        result[slot] = orig[c_of[k]]


def _order_text(value: Any) -> str:
    return "／".join(f"{n + 1}. {str(name).replace(chr(10), '')}" for n, name in enumerate(value or []))


def _ini_text(value: Any) -> str:
    return _text(value)
