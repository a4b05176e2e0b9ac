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

from ..core.fiscal import format_fiscal_year
from ..core.i18n import translate
from ..core.model import Edition, Roadmap
from ..core.rollover import map_into
from ..storage.rounds import revision_of
from .edition import edition_line
from .identity import Ref, resolve
from .merge import (
    TIMELINE,
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
    if base is not None and getattr(base, "kind", "xlsx") == "pdf" and getattr(base, "digest", "") != result.digest:
        base = None  # our PDF's metadata names a record whose sheets are not the ones it claims: two-way
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
            when = record.created.replace("T", " ")[:16]
            if getattr(base, "kind", "xlsx") == "pdf":
                head = translate("round", "PDF「{file}」を書き出した時（{when}）").format(
                    file=record.file_name, when=when
                )
            else:
                head = translate("round", "「{label}」宛てに書き出した時（{when}）").format(
                    when=when, label=record.label or record.file_name
                )
            text = head + rest
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
    numbers = dict(zip((p.id for p in roadmap.projects), roadmap.sheet_numbers(), strict=True))
    by_shown: dict[tuple[int, str], list[Any]] = {}
    for p in roadmap.projects:
        by_shown.setdefault((numbers[p.id], _norm_name(p.name)), []).append(p)
    unbased: set[int] = set()  # sheets matched without a base of their own: compared two-way, guarded
    for n, s in enumerate(sheets):  # the No. and 事業名 it shows are a project's: it is that project
        if n in matched or s.sheet_no is None:
            continue
        candidates = [p for p in by_shown.get((s.sheet_no, _norm_name(s.project.name)), []) if p.id not in taken]
        if len(candidates) == 1:
            matched[n] = candidates[0]
            taken.add(candidates[0].id)
            if based:
                unbased.add(n)
                identity_notes[n].append(
                    translate(
                        "round",
                        "シートの No.{no} と事業名から、このロードマップの「{name}」と判断しました（このブックで書き出した事業ではないため、現在の内容と直接比べます）。",
                    ).format(no=s.sheet_no, name=candidates[0].name.replace("\n", ""))
                )
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

    source = result.read_in  # an earlier edition's file: mapped into this one (core.rollover.map_into)
    target = roadmap.edition
    base_source = _base_edition(base, result, target) if based else None
    ended: list[str] = []
    for n, s in enumerate(sheets):
        existing = matched.get(n)
        notes = list(identity_notes[n])
        if source is not None:
            s.listed.pop("budget", None)  # the 一覧's 事業費 is the file's year's
            if "budget" in s.unread:
                s.project.budget = None
        if existing is None:
            if source is not None and s.project.end_year is not None and s.project.end_year < target.fiscal_year:
                ended.append(s.project.name.replace("\n", ""))  # ended before this edition: never revived
                continue
            if source is not None:
                s.project = map_into(s.project, source, target)
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
            if source is not None and not based and change.accepted:
                change.accepted = False  # an earlier edition's project this one lacks may have been dropped here
                notes.append(
                    translate(
                        "round",
                        "前の年度版のファイルにあり、このロードマップにない事業です。追加する場合だけチェックしてください。",
                    )
                )
            twin = _shown_twin(s, matched, sheets, numbers)
            if twin is not None:  # a copy that does not visibly differ is no new project
                change.accepted = False
                notes.append(
                    translate(
                        "round",
                        "{other}と同じ No. と事業名のシートです。新しい事業としては取り込みません（必要な場合だけチェックしてください）。",
                    ).format(other=twin)
                )
            plan.changes.append(change)
            continue
        three = based and base is not None and n not in unbased and existing.id in base
        b = base[existing.id].project if three and base is not None else existing
        if three and base_source is not None:
            b = map_into(b, base_source, target)
        if source is not None:
            s.project = map_into(s.project, source, target, past=b if three else existing)
            if not three:
                s.project.budget = existing.budget  # this year's 事業費 is not in an earlier edition's file
            if TIMELINE in s.unread:
                s.project.history = clone(b).history
        reply, bar_notes = normalize_reply(s, b)
        guarded = not three
        outcome = merge_project(b, reply, existing, s.listed, guarded=guarded, past=source is not None)
        changes = diff_projects(existing, outcome.project)
        kind = ChangeKind.CHANGED if changes or outcome.conflicts else ChangeKind.UNCHANGED
        change = ProjectChange(
            kind, s, existing, changes, accepted=kind is ChangeKind.CHANGED, kept=_kept_texts(s),
            base=b, reply=reply, conflicts=outcome.conflicts, notes=notes + outcome.notes + bar_notes, file=file,
        )  # fmt: skip
        change.applied = outcome.applied
        change.guarded, change.past = guarded, source is not None
        if guarded and source is not None and outcome.conflicts:
            change.notes.append(
                translate(
                    "round",
                    "前の年度版のファイルで書き出した時の内容もないため、どちらが新しいか分かりません。既定ではこのロードマップの内容のままです（選べば取り込めます）。",
                )
            )
        elif any(c.destructive for c in outcome.conflicts):
            change.notes.append(
                translate(
                    "round",
                    "削除や空欄にする変更は、書き出した時の内容がないファイルからは既定では取り込みません（選べば取り込めます）。",
                )
            )
        plan.changes.append(change)
    if ended:
        plan.notes.append(
            translate(
                "round", "事業終期を過ぎ、このロードマップ（{year}〜）にない事業は取り込みません: {names}"
            ).format(year=format_fiscal_year(target.fiscal_year), names="、".join(f"「{n}」" for n in ended))
        )
    if result.file_year is not None and result.file_year > target.fiscal_year:
        for c in plan.changes:  # a later edition cannot be mapped back: nothing of it is proposed
            c.kind, c.changes, c.conflicts, c.accepted = ChangeKind.UNCHANGED, [], [], False
        plan.notes.append(
            translate("round", "このロードマップ（{ours}版）より後の版のため、内容は取り込みません。").format(
                ours=format_fiscal_year(target.fiscal_year, "long")
            )
        )
    if result.file_year is not None:
        head = edition_line(result.file_year)
        if source is not None:
            head += translate(
                "round",
                "{ours}版に読み替えて比べます（事業費は{year}の事業費に、表示期間より前のバーは過去の工程にします。{ours}の事業費は変えません）。",
            ).format(ours=format_fiscal_year(target.fiscal_year, "long"), year=format_fiscal_year(result.file_year))
        plan.notes[0] = head + plan.notes[0]

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


def _shown_twin(
    sheet: IncomingSheet, matched: dict[int, Any], sheets: list[IncomingSheet], numbers: dict[str, int]
) -> str | None:
    """Where the project this unmatched *sheet* shows (its 事業名, and its No. when it shows one) was
    already matched, or None: two sheets of one project in one file."""
    for n, project in matched.items():
        same_name = _norm_name(project.name) == _norm_name(sheet.project.name)
        if same_name and (sheet.sheet_no is None or sheet.sheet_no == numbers.get(project.id)):
            return sheets[n].source
    return None


def _base_edition(base: Any, result: ImportResult, target: Edition) -> Edition | None:
    """The edition an export's base was made in, when earlier than *target* (a reply to last year's export)."""
    year = getattr(base, "fiscal_year", None) or result.file_year
    if not isinstance(year, int) or year >= target.fiscal_year:
        return None
    return Edition(fiscal_year=year, first_sheet_no=target.first_sheet_no)


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


def allow_deletions(plans: list[ReplyPlan]) -> int:
    """Take every deletion and emptied value a file without a base proposes (``--allow-deletions``);
    returns how many. By default they are shown and the roadmap's value is kept."""
    n = 0
    for c in all_changes(plans):
        for k in c.conflicts:
            if k.destructive and k.choice == 0:
                k.choice, n = 1, n + 1
        if n:
            c.refresh()
    return n


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
        if k.destructive:
            taken = k.choice != 0
            lines.append(
                "    "
                + (
                    translate("import", "［削除・空欄］{label}: {old} → {new}（取り込みます）")
                    if taken
                    else translate(
                        "import",
                        "［削除・空欄］{label}: {old} → {new}（既定では現在の値のまま。--allow-deletions で取り込み）",
                    )
                ).format(label=k.label, old=k.options[0].text or empty, new=k.options[1].text or empty)
            )
            continue
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
