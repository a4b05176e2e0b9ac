"""Preview and apply an import: which sheets are new, which change what, which are unchanged.

Readers (Excel, PDF) produce an :class:`ImportResult`; :func:`plan_import` compares it with the
roadmap; the user accepts per project; :func:`apply_import` builds the new roadmap, which the
caller saves as one step (after a backup). Nothing here touches a file.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..core.codepoints import fold_lookalikes
from ..core.dump import project_to_dict
from ..core.fields import BY_ATTR, FIELDS
from ..core.fiscal import Month, format_budget
from ..core.i18n import translate
from ..core.model import Edition, Project, Roadmap


@dataclass
class IncomingSheet:
    """One project read from a file, with where it came from and what could not be read surely."""

    project: Project
    source: str  # e.g. "ワークシート「No.56」" or "3ページ目", for messages
    identity_known: bool = False  # project.id came from the file (our own export)
    sheet_no: int | None = None
    warnings: list[str] = field(default_factory=list)
    # Parts the reader could not read, each with where and why, in words. The roadmap keeps what it
    # holds for them: keys are a project attribute (``budget`` …), :data:`TIMELINE` (the whole
    # timeline), or :func:`initiative_key` (one 取組's bars, matched by name).
    unread: dict[str, str] = field(default_factory=dict)
    title: str = ""  # the worksheet's tab title (Excel), for the identity checks
    # What the 一覧 row of this sheet's No. shows (attr → value); set when a reply is planned.
    listed: dict[str, Any] = field(default_factory=dict)


TIMELINE = "initiatives"


def initiative_key(name: str) -> str:
    """The :attr:`IncomingSheet.unread` key for the bars of the 取組 named *name*."""
    return "initiative:" + _norm_name(name)


@dataclass
class ImportResult:
    """What a reader found: the sheets it could read, and the parts it could not (named)."""

    sheets: list[IncomingSheet] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    export_id: str | None = None  # our export's id, as the hidden sheet claims (untrusted)
    has_identity: bool = False  # the file carries our hidden identity sheet
    list_rows: dict[int, list[Any]] = field(default_factory=dict)  # No. → list_sheet.ListRow(s) of 一覧
    exported: dict[str, str] = field(default_factory=dict)  # worksheet title → project id, as the hidden sheet claims
    notes: list[str] = field(default_factory=list)  # how the file was opened (decrypted, unzipped, converted)
    file_year: int | None = None  # the fiscal year of the edition the file shows, when it could be told
    read_in: Edition | None = None  # the file's own (earlier) edition it was read in; None: the roadmap's
    digest: str = ""  # our PDF's claimed digest of what it was exported from (checked against the record)


class ChangeKind(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass
class FieldChange:
    label: str  # e.g. 概要, or 取組「…」
    old: str
    new: str


@dataclass
class Option:
    """One side of a conflict: where the value comes from, in words, and the value."""

    source: str
    text: str
    value: Any


@dataclass
class Conflict:
    """The same field changed differently on two sides: shown side by side, the user chooses.

    Option 0 is always what the roadmap holds now (the default: nothing is reverted unasked)."""

    key: str  # stable across re-merges, e.g. ``budget`` or ``ini:2:plan``
    label: str
    base: str  # the value as exported, in words
    options: list[Option]
    choice: int = 0
    # A file without a base (two-way) would delete or empty this: shown, never taken by default
    # (only ``--allow-deletions`` or the user's choice takes it). See three_way.merge_project.
    destructive: bool = False


@dataclass
class ProjectChange:
    kind: ChangeKind
    incoming: IncomingSheet
    existing: Project | None
    changes: list[FieldChange] = field(default_factory=list)
    accepted: bool = True
    kept: list[str] = field(default_factory=list)  # unread parts for which the roadmap's value is kept
    # Merge inputs (three-way; in the two-way fallback, base is the roadmap as it was when planned).
    base: Project | None = None
    reply: Project | None = None  # the sheet as read, unread parts masked, typed breaks adopted
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # identity, refused values, unlabelled bars …
    file: str = ""  # the reply's file name (a multi-file import groups by it)
    applied: list[str] = field(default_factory=list)  # labels of the clerk's changes applied as planned
    guarded: bool = False  # two-way: a deletion or an emptier value is a choice that defaults to keeping
    past: bool = False  # the reply was mapped from an earlier edition: its past years are merged too

    def proposed_on(self, current: Project) -> Project:
        """A fresh copy of *current* with this change applied (the user's conflict choices included)."""
        if self.reply is None or self.base is None:
            if self.existing is None:
                return copy.deepcopy(self.incoming.project)
            return keep_unread(current, self.incoming)
        from .three_way import merge_project

        choices = {c.key: c.choice for c in self.conflicts}
        return merge_project(
            self.base, self.reply, current, self.incoming.listed, choices, guarded=self.guarded, past=self.past
        ).project

    @property
    def proposed(self) -> Project:
        """A fresh copy of the project as applying this change leaves it (unread parts kept from the roadmap)."""
        if self.existing is None:
            return copy.deepcopy(self.incoming.project)
        return self.proposed_on(self.existing)

    def refresh(self) -> None:
        """Recompute the listed changes after a conflict choice changed."""
        if self.existing is not None and self.reply is not None:
            self.changes = diff_projects(self.existing, self.proposed)

    @property
    def name(self) -> str:
        return self.incoming.project.name


def _norm_name(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", fold_lookalikes(name)).split())


def _bars_text(bars: list[dict[str, Any]]) -> str:
    """E.g. 内容検討（令和6年4月〜令和6年9月）; a bar running on past the window says so."""
    if not bars:
        return translate("import", "なし")
    parts = []
    for b in bars:
        period = f"{Month.parse(b['start']).japanese()}〜{Month.parse(b['end']).japanese()}"
        if b["continues"]:
            period += translate("import", "、以降も継続")
        parts.append(f"{b['label'] or translate('import', '（無題）')}（{period}）")
    return "、".join(parts)


def _initiative_text(i: dict[str, Any]) -> str:
    return f"{i['plan_label']}: {_bars_text(i['plan'])} ／ 実績: {_bars_text(i['actual'])}"


def diff_projects(old: Project, new: Project) -> list[FieldChange]:
    """Every visible difference between two versions of a sheet, old → new, in words."""
    changes = [
        FieldChange(f.label, f.format(f.get(old)), f.format(f.get(new))) for f in FIELDS if f.get(old) != f.get(new)
    ]
    a, b = project_to_dict(old, with_id=False), project_to_dict(new, with_id=False)
    ia, ib = a["initiatives"], b["initiatives"]
    pairs = [(n, n) for n in range(max(len(ia), len(ib)))]
    moved = _reordered(old, new)
    if moved is not None:  # a reordering: both orders, then each 取組 against itself
        changes.append(FieldChange(translate("import", "取組の順序"), _order(ia), _order(ib)))
        pairs = [(i, j) for i, j in moved.items()] + [(n, -1) for n in range(len(ia)) if n not in moved]
        pairs += [(-1, j) for j in range(len(ib)) if j not in moved.values()]
    for i, j in pairs:
        x = ia[i] if 0 <= i < len(ia) else None
        y = ib[j] if 0 <= j < len(ib) else None
        if x == y:
            continue
        n = j if y is not None else i
        name = (y or x or {}).get("name", "")
        label = translate("import", "取組{n}「{name}」").format(n=n + 1, name=name.replace("\n", ""))
        if x is not None and y is not None and x["name"] != y["name"]:
            changes.append(FieldChange(translate("import", "取組{n}の名前").format(n=n + 1), x["name"], y["name"]))
            if {**x, "name": ""} == {**y, "name": ""}:
                continue
        changes.append(
            FieldChange(
                label,
                _initiative_text(x) if x else translate("import", "（なし）"),
                _initiative_text(y) if y else translate("import", "（削除）"),
            )
        )
    changes += _past_changes(a, b)
    return changes


def _order(inis: list[dict[str, Any]]) -> str:
    return "／".join(f"{n + 1}. {i['name'].replace(chr(10), '')}" for n, i in enumerate(inis))


def _reordered(old: Project, new: Project) -> dict[int, int] | None:
    """Old index → new index of each 取組 matched by name, when their order differs; else None."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for i, x in enumerate(old.initiatives):
        j = next(
            (j for j, y in enumerate(new.initiatives) if j not in used and _norm_name(x.name) == _norm_name(y.name)),
            None,
        )
        if j is not None:
            pairs[i] = j
            used.add(j)
    order = [pairs[i] for i in sorted(pairs)]
    return pairs if order != sorted(order) else None


def _past_changes(a: dict[str, Any], b: dict[str, Any]) -> list[FieldChange]:
    """Earlier years' budgets and history bars (only an earlier edition's file speaks of them)."""
    out: list[FieldChange] = []
    pa, pb = a.get("past_budgets", {}), b.get("past_budgets", {})
    for year in sorted(set(pa) | set(pb)):
        if pa.get(year) != pb.get(year):
            out.append(
                FieldChange(
                    translate("import", "{year}事業費（千円）").format(year=year),
                    format_budget(pa.get(year)),
                    format_budget(pb.get(year)),
                )
            )
    ha = {(i["name"], i["plan_label"]): i for i in a.get("history", [])}
    hb = {(i["name"], i["plan_label"]): i for i in b.get("history", [])}
    for key in [k for k in ha if k in hb] + [k for k in ha if k not in hb] + [k for k in hb if k not in ha]:
        x, y = ha.get(key), hb.get(key)
        if x != y:
            out.append(
                FieldChange(
                    translate("import", "過去の工程「{name}」").format(name=key[0].replace("\n", "")),
                    _initiative_text(x) if x else translate("import", "（なし）"),
                    _initiative_text(y) if y else translate("import", "（削除）"),
                )
            )
    return out


_TYPED_BREAK = re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*")


def _same_text(a: str, b: str) -> bool:
    """Equal but for line breaks typed only to fit a cell (a wrapped 事業名, a label on two lines) and
    look-alike code points another machine maps the other way (〜/～: core/codepoints.py)."""
    return fold_lookalikes(_TYPED_BREAK.sub("", a)) == fold_lookalikes(_TYPED_BREAK.sub("", b))


def _adopt_spelling(existing: Project, project: Project) -> None:
    """Where the file's text differs from the roadmap's only by typed line breaks or spaces, keep the roadmap's."""
    for f in FIELDS:
        attr = f.attr
        old, new = getattr(existing, attr), getattr(project, attr)
        if isinstance(old, str) and isinstance(new, str) and old != new and _same_text(old, new):
            setattr(project, attr, old)
        elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
            setattr(project, attr, [o if _same_text(o, n) else n for o, n in zip(old, new, strict=True)])
    old_inis = list(existing.initiatives)
    for ini in project.initiatives:
        twin = next((o for o in old_inis if _same_text(o.name, ini.name)), None)
        if twin is None:
            continue
        old_inis.remove(twin)
        ini.name = twin.name
        for old_bars, new_bars in ((twin.plan, ini.plan), (twin.actual, ini.actual)):
            for bar in new_bars:
                twin_bar = next((o for o in old_bars if _same_text(o.label, bar.label)), None)
                if twin_bar is not None:
                    bar.label = twin_bar.label


def keep_unread(existing: Project, sheet: IncomingSheet) -> Project:
    """The incoming project as it would replace *existing*: what the file did not visibly change is kept.

    A failure to read is never a deletion: a field, a timeline or one 取組's bars that the file did
    not yield keep what the roadmap holds. Line breaks typed only to fit a cell are not a change.
    """
    project = copy.deepcopy(sheet.project)
    # No sheet shows past years (年度更新's history and earlier budgets): always the roadmap's.
    project.history, project.past_budgets = copy.deepcopy(existing.history), dict(existing.past_budgets)
    _adopt_spelling(existing, project)
    if not sheet.unread:
        return project
    for f in FIELDS:
        if f.attr in sheet.unread:
            setattr(project, f.attr, copy.deepcopy(f.get(existing)))
    if TIMELINE in sheet.unread:
        project.initiatives = copy.deepcopy(existing.initiatives)
        return project
    old_by_name = {_norm_name(i.name): i for i in existing.initiatives}
    for ini in project.initiatives:
        old = old_by_name.get(_norm_name(ini.name))
        if old is not None and initiative_key(ini.name) in sheet.unread:
            ini.plan, ini.actual = copy.deepcopy(old.plan), copy.deepcopy(old.actual)
    return project


def _part_name(key: str, sheet: IncomingSheet) -> str:
    """What an :attr:`IncomingSheet.unread` key names: a field's label, the 工程表, or a 取組's name
    (as the sheet spells it, not the folded key)."""
    if key in BY_ATTR:
        return BY_ATTR[key].label
    if key == TIMELINE:
        return translate("import", "工程表")
    name = next((i.name for i in sheet.project.initiatives if initiative_key(i.name) == key), key.split(":", 1)[-1])
    return translate("import", "取組「{name}」").format(name=name.replace("\n", ""))


def _kept_texts(sheet: IncomingSheet, new: bool = False) -> list[str]:
    """The preview's line for each part the reader could not read surely: kept from the roadmap, or, for
    a project the roadmap does not have yet, taken as read and left for the user to check."""
    if new:
        text = translate(
            "import", "{part}: 確実には読み取れませんでした。読めた内容で取り込みます。確かめてください（{why}）"
        )
    else:
        text = translate("import", "{part}: 読み取れなかったため、ロードマップの内容を維持します（{why}）")
    return [text.format(part=_part_name(key, sheet), why=why) for key, why in sheet.unread.items()]


def plan_import(roadmap: Roadmap, result: ImportResult, base: dict[str, Any] | None = None) -> list[ProjectChange]:
    """Match each incoming sheet to a project and list what applying it would change.

    With *base* (project id → storage.rounds.BaseEntry, the workbook as exported) the merge is
    three-way: only what the clerk changed is proposed. Without, the roadmap as it is stands in
    for the base (two-way). See :func:`round_plan.plan_reply`.
    """
    from .round_plan import plan_reply

    return plan_reply(roadmap, result, base).changes


def apply_import(roadmap: Roadmap, plan: list[ProjectChange]) -> Roadmap:
    """A new roadmap with every accepted change applied; *roadmap* itself is left as it was."""
    result = copy.deepcopy(roadmap)
    for change in plan:
        if not change.accepted or change.kind is ChangeKind.UNCHANGED:
            continue
        if change.kind is ChangeKind.NEW:
            if not change.incoming.project.name.strip():
                continue  # 事業名 is required: a sheet without one is no new project, ticked or not
            incoming = change.proposed
            if any(p.id == incoming.id for p in result.projects):
                incoming.id = Project().id
            result.projects.append(incoming)
            continue
        assert change.existing is not None
        try:
            index = result.index_of(change.existing.id)
        except KeyError:
            continue  # deleted meanwhile: nothing to change
        current = result.projects[index]
        incoming = change.proposed_on(current)
        incoming.id = current.id
        incoming.sheet_no_override = current.sheet_no_override
        result.projects[index] = incoming
    return result


def describe_plan(plan: list[ProjectChange], result: ImportResult) -> str:
    """The preview as plain text (command line, logs)."""
    kind_text = {
        ChangeKind.NEW: translate("import", "新規"),
        ChangeKind.CHANGED: translate("import", "変更"),
        ChangeKind.UNCHANGED: translate("import", "変更なし"),
    }
    lines: list[str] = []
    for c in plan:
        lines.append(f"[{kind_text[c.kind]}] {c.name}（{c.incoming.source}）")
        for f in c.changes:
            lines.append(f"    {f.label}: {f.old or '（空）'} → {f.new or '（空）'}")
        for w in c.incoming.warnings:
            lines.append("    " + translate("import", "注意: {w}").format(w=w))
        for k in c.kept:
            lines.append("    " + k)
    for p in result.problems:
        lines.append(translate("import", "読み込めなかった部分: {p}").format(p=p))
    counts = {k: sum(1 for c in plan if c.kind is k) for k in ChangeKind}
    lines.append(
        translate("import", "新規{new}件、変更{changed}件、変更なし{unchanged}件").format(
            new=counts[ChangeKind.NEW], changed=counts[ChangeKind.CHANGED], unchanged=counts[ChangeKind.UNCHANGED]
        )
    )
    return "\n".join(lines)
