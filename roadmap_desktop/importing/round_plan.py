"""Plan the import of one reply, or of several at once (the collection round), and describe it in words.

A reply whose export this roadmap recorded merges three-way against that base; any other file
(made elsewhere, an export of another roadmap file, a damaged or forged export id) falls back to
the two-way comparison with the roadmap as it is, and the plan says so. Several replies are planned
in the order given, each on the roadmap as the ones before it would leave it, so two replies
changing one field differently show as a conflict naming both files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.i18n import translate
from ..core.model import Roadmap
from ..storage.rounds import revision_of
from .identity import Ref, resolve
from .merge import (
    ChangeKind,
    ImportResult,
    IncomingSheet,
    ProjectChange,
    _kept_texts,
    _norm_name,
    diff_projects,
)
from .text_diff import is_long, marked
from .three_way import clone, merge_project, normalize_reply
from .value_guard import guard_sheet


@dataclass
class ReplyPlan:
    """One file's part of an import: its project changes and what is to be said about the file."""

    file: str
    result: ImportResult
    changes: list[ProjectChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    three_way: bool = False
    export_id: str | None = None  # set only when the export is one this roadmap recorded


def _list_row(rows: list[Any], sheet: IncomingSheet, used: set[int]) -> Any | None:
    """The 一覧 row of *sheet* among the rows showing its No.: the only one, or, when two sheets share a
    No. (fixed by hand), the one with its 事業名; None when that cannot be told."""
    free = [r for r in rows if r.row not in used]
    named = [r for r in free if _norm_name(str(r.values.get("name", ""))) == _norm_name(sheet.project.name)]
    if named:
        return named[0]
    return free[0] if len(rows) == 1 and free else None


def _copy_sheets(result: ImportResult) -> list[IncomingSheet]:
    sheets = [
        IncomingSheet(
            clone(s.project),
            s.source,
            s.identity_known,
            s.sheet_no,
            list(s.warnings),
            dict(s.unread),
            s.title,
            dict(s.listed),
        )
        for s in result.sheets
    ]
    for s in sheets:
        guard_sheet(s)  # budgets in range, texts within their caps and without control characters
    return sheets


def plan_reply(
    roadmap: Roadmap,
    result: ImportResult,
    base: dict[str, Any] | None = None,
    file: str = "",
    revision: str | None = None,
) -> ReplyPlan:
    """What applying *result* (read from *file*) to *roadmap* would change; *base*: see plan_import."""
    based = base is not None
    sheets = _copy_sheets(result)  # identities are settled on copies: planning twice gives the same
    plan = ReplyPlan(file, result, three_way=based, export_id=result.export_id if based else None)
    if based:
        assert base is not None
        rest = translate(
            "round",
            "の内容と比べ、返信で変えられた所だけを取り込みます（この間にロードマップで変えた所は戻しません）。",
        )
        record = getattr(base, "record", None)
        if record is None:
            text = translate("round", "書き出した時") + rest
        else:
            text = (
                translate("round", "「{label}」宛てに書き出した時（{when}）").format(
                    when=record.created.replace("T", " ")[:16], label=record.label or record.file_name
                )
                + rest
            )
            if record.revision != (revision or revision_of(roadmap)):
                text += translate("round", "書き出した後、このロードマップは変更されています。")
        plan.notes.append(text)
        refs = {pid: Ref(e.sheet_no, e.project.name, e.title) for pid, e in base.items()}
    else:
        if result.export_id:
            why = translate("round", "このファイルを書き出した記録がこのロードマップにありません")
        elif result.has_identity:
            why = translate("round", "書き出した時の内容を持たない（以前の版で書き出した）ファイルです")
        else:
            why = translate("round", "ほかで作られたファイルです")
        plan.notes.append(
            translate(
                "round",
                "{why}。現在のロードマップと直接比べます（2者比較）。シートの内容が現在と違う所はすべて変更として示します。",
            ).format(why=why)
        )
        refs = {p.id: Ref(no, p.name) for p, no in zip(roadmap.projects, roadmap.sheet_numbers(), strict=True)}
    plan.notes += result.notes  # how the file was opened: decrypted, taken from a zip, converted
    identity_notes = resolve(sheets, refs, by_number=based)
    used_rows: set[int] = set()  # spreadsheet rows of 一覧 already given to a sheet
    for s in sorted(sheets, key=lambda s: not s.identity_known):  # a copy never takes the original's row
        row = _list_row(result.list_rows.get(s.sheet_no, []) if s.sheet_no is not None else [], s, used_rows)
        if row is not None:
            s.listed = dict(row.values)
            used_rows.add(row.row)

    by_id = {p.id: p for p in roadmap.projects}
    matched: dict[int, Any] = {}
    taken: set[str] = set()
    for n, s in enumerate(sheets):
        existing = by_id.get(s.project.id) if s.identity_known else None
        if existing is not None and existing.id not in taken:
            matched[n] = existing
            taken.add(existing.id)
    if not based:  # without a base, a sheet without identity may still be one of ours by its 事業名
        by_name: dict[str, list[Any]] = {}
        for p in roadmap.projects:
            by_name.setdefault(_norm_name(p.name), []).append(p)
        for n, s in enumerate(sheets):
            if n in matched or s.identity_known:
                continue
            candidates = [p for p in by_name.get(_norm_name(s.project.name), []) if p.id not in taken]
            if candidates:
                matched[n] = candidates[0]
                taken.add(candidates[0].id)

    for n, s in enumerate(sheets):
        existing = matched.get(n)
        notes = list(identity_notes[n])
        if existing is None:
            change = ProjectChange(ChangeKind.NEW, s, None, kept=_kept_texts(s, new=True), notes=notes, file=file)
            if based and s.identity_known and base is not None and s.project.id in base:
                change.accepted = False
                notes.append(
                    translate(
                        "round",
                        "この事業は書き出した後にロードマップから削除されています。戻す場合だけチェックしてください。",
                    )
                )
            if not s.project.name.strip():
                change.accepted = False
                notes.append(
                    translate("round", "事業名が空欄のため、新しい事業としては取り込めません（事業名は必須です）。")
                )
            plan.changes.append(change)
            continue
        b = base[existing.id].project if based and base is not None else existing
        reply, bar_notes = normalize_reply(s, b)
        outcome = merge_project(b, reply, existing, s.listed)
        changes = diff_projects(existing, outcome.project)
        kind = ChangeKind.CHANGED if changes or outcome.conflicts else ChangeKind.UNCHANGED
        change = ProjectChange(
            kind, s, existing, changes, accepted=kind is ChangeKind.CHANGED, kept=_kept_texts(s),
            base=b, reply=reply, conflicts=outcome.conflicts, notes=notes + outcome.notes + bar_notes, file=file,
        )  # fmt: skip
        change.applied = outcome.applied
        plan.changes.append(change)

    for no, row in ((no, row) for no, rows in sorted(result.list_rows.items()) for row in rows):
        if row.row not in used_rows and row.values:
            plan.notes.append(
                translate(
                    "round", "一覧の No.{no} の行（{row}行目）に当たる事業のシートがないため、その行は取り込みません。"
                ).format(no=no, row=row.row)
            )
    if not based:  # an older export: its hidden sheet still says which sheets went out
        titles = {s.title for s in sheets}
        for title, pid in result.exported.items():
            if title not in titles and pid in by_id and pid not in taken:
                plan.notes.append(
                    translate(
                        "round",
                        "ワークシート「{title}」（「{name}」）がこの返信にありません。ロードマップの内容はそのままです。",
                    ).format(title=title, name=by_id[pid].name.replace("\n", ""))
                )
    if based and base is not None:
        shown = {s.project.id for s in sheets if s.identity_known}
        for pid, e in sorted(base.items(), key=lambda kv: kv[1].sheet_no):
            if pid not in shown:
                plan.notes.append(
                    translate(
                        "round",
                        "No.{no}「{name}」のシート（ワークシート「{title}」）がこの返信にありません。ロードマップの内容はそのままです。",
                    ).format(no=e.sheet_no, name=e.project.name.replace("\n", ""), title=e.title)
                )
    return plan


def plan_round(roadmap: Roadmap, replies: list[tuple[str, ImportResult, dict[str, Any] | None]]) -> list[ReplyPlan]:
    """Plan several replies at once, in order: each on the roadmap the earlier ones would leave."""
    running = roadmap
    revision = revision_of(roadmap) if any(base is not None for _, _, base in replies) else None
    changed_by: dict[tuple[str, str], str] = {}
    plans: list[ReplyPlan] = []
    for name, result, base in replies:
        plan = plan_reply(running, result, base, name, revision)
        for ch in plan.changes:
            if ch.existing is None:
                continue
            for c in ch.conflicts:
                earlier = changed_by.get((ch.existing.id, c.label))
                if earlier is not None:
                    c.options[0].source = translate("round", "「{file}」（先の返信）").format(file=earlier)
                    ch.notes.append(
                        translate(
                            "round",
                            "「{a}」と「{b}」が「{label}」を違う内容に変えています。どちらを採るか選んでください。",
                        ).format(a=earlier, b=name, label=c.label)
                    )
            for label in ch.applied:
                changed_by[(ch.existing.id, label)] = name
        plans.append(plan)
        if len(replies) > 1:
            running = _applied(running, plan.changes)
    return plans


def _applied(roadmap: Roadmap, changes: list[ProjectChange]) -> Roadmap:
    """The roadmap as *changes* (as planned) would leave it, for planning the next reply on: only the
    changed projects are new objects (a full copy per reply would cost more than the merging)."""
    projects = list(roadmap.projects)
    index = {p.id: i for i, p in enumerate(projects)}
    for c in changes:
        if not c.accepted or c.kind is ChangeKind.UNCHANGED:
            continue
        if c.kind is ChangeKind.NEW:
            projects.append(c.proposed)
            continue
        assert c.existing is not None
        i = index.get(c.existing.id)
        if i is not None:
            new = c.proposed_on(projects[i])
            new.id, new.sheet_no_override = projects[i].id, projects[i].sheet_no_override
            projects[i] = new
    return Roadmap(roadmap.edition, projects)


def all_changes(plans: list[ReplyPlan]) -> list[ProjectChange]:
    return [c for p in plans for c in p.changes]


def _kind_text(kind: ChangeKind) -> str:
    return {
        ChangeKind.NEW: translate("import", "新規"),
        ChangeKind.CHANGED: translate("import", "変更"),
        ChangeKind.UNCHANGED: translate("import", "変更なし"),
    }[kind]


def describe_change(c: ProjectChange) -> list[str]:
    lines = [f"[{_kind_text(c.kind)}] {c.name.replace(chr(10), '')}（{c.incoming.source}）"]
    empty = translate("import", "（空）")
    for f in c.changes:
        if is_long(f.old, f.new):
            lines.append(f"    {f.label}: " + marked(f.old, f.new).replace("\n", "\n      "))
        else:
            lines.append(f"    {f.label}: {f.old or empty} → {f.new or empty}")
    for k in c.conflicts:
        sides = " ／ ".join(f"{o.source}: {o.text or empty}" for o in k.options)
        text = (
            translate("import", "［競合］{label}: 書き出し時: {base} ／ {sides}（--apply では現在の値のまま）")
            if k.choice == 0
            else translate("import", "［競合］{label}: 書き出し時: {base} ／ {sides}（採る: {chosen}）")
        )
        chosen = k.options[k.choice].source if 0 <= k.choice < len(k.options) else ""
        lines.append("    " + text.format(label=k.label, base=k.base or empty, sides=sides, chosen=chosen))
    for w in c.incoming.warnings:
        lines.append("    " + translate("import", "注意: {w}").format(w=w))
    for note in c.notes + c.kept:
        lines.append("    " + note)
    return lines


def describe_round(plans: list[ReplyPlan], show_unchanged: bool = False) -> str:
    """The preview as plain text, grouped by file; unchanged projects counted, listed only if asked."""
    lines: list[str] = []
    for plan in plans:
        if len(plans) > 1 or plan.file:
            lines.append(f"== {plan.file} ==")
        lines += plan.notes
        for c in plan.changes:
            if c.kind is ChangeKind.UNCHANGED and not show_unchanged and not (c.notes or c.kept or c.incoming.warnings):
                continue
            lines += describe_change(c)
        for p in plan.result.problems:
            lines.append(translate("import", "読み込めなかった部分: {p}").format(p=p))
    changes = all_changes(plans)
    counts = {k: sum(1 for c in changes if c.kind is k) for k in ChangeKind}
    conflicts = sum(len(c.conflicts) for c in changes)
    lines.append(
        translate("import", "新規{new}件、変更{changed}件、変更なし{unchanged}件").format(
            new=counts[ChangeKind.NEW], changed=counts[ChangeKind.CHANGED], unchanged=counts[ChangeKind.UNCHANGED]
        )
        + (translate("import", "、競合{n}件").format(n=conflicts) if conflicts else "")
    )
    return "\n".join(lines)
