"""Import as one operation: read the files, plan them together, then apply as ONE undoable step.

The order of applying is the rule for every caller (command line, 取り込み window, collection round):
a backup first; then, in one transaction, the new roadmap and the marks of the replies applied (and
what each reply said, for a later reply to the same export). Undo writes the old roadmap back and
puts the marks back as they were, in one transaction.

A department's later reply to the same export supersedes its earlier one: where the later reply
changed a field differently from the earlier one (applied before, or earlier in the same import), the
later reply's value is taken by default, and the preview says so. What the later reply left as it
was exported keeps the earlier reply's value: nothing is reverted unasked.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..core.dump import project_to_dict
from ..core.errors import RoadmapError
from ..core.i18n import translate
from ..core.model import Edition, Project, Roadmap
from ..core.os_errors import os_error_text
from ..core.progress import ProgressCallback
from ..importing.merge import ChangeKind, ImportResult, ProjectChange, apply_import
from ..importing.round_plan import ReplyPlan, all_changes, describe_round, plan_round
from ..importing.three_way import merge_project
from ..storage.replies import (
    MarksSnapshot,
    load_applied_reply,
    record_applied_reply,
    restore_marks,
    snapshot_marks,
)
from ..storage.roadmap_file import RoadmapFile
from ..storage.rounds import ExportBase, load_base, mark_applied, mark_returned
from .session import Session

if TYPE_CHECKING:
    from ..importing.attachments import PasswordPrompt

# (name, what was read) per file a path holds (a zip holds several); None: the user cancelled the reading
Reader = Callable[[Path, Edition], list[tuple[str, ImportResult]] | None]
Side = Literal["reply", "roadmap"]


def check_format(path: Path) -> None:
    """A RoadmapError for a file the import cannot take, told by its name before anything is read."""
    from ..importing.attachments import IMPORT_SUFFIXES

    if Path(path).suffix.lower() not in IMPORT_SUFFIXES:
        raise RoadmapError(
            translate(
                "import",
                "「{name}」は取り込めない形式です（.xlsx・.xlsm・.xls・.ods・.pdf、またはそれを入れた .zip を指定してください）。",
            ).format(name=Path(path).name)
        )


def read_file(
    path: Path, edition: Edition, password: PasswordPrompt | None = None, progress: ProgressCallback | None = None
) -> list[tuple[str, ImportResult]]:
    """Every readable file *path* holds (a workbook, a PDF, a zip of them; locked ones opened with
    *password*), read (importing/attachments.py: the one way in)."""
    from ..importing.attachments import read_attachment

    return read_attachment(path, edition, password, progress)


@dataclass
class Reply:
    """One file read for an import, with the base its export recorded (None: compared two-way)."""

    path: Path
    result: ImportResult
    base: ExportBase | None = None
    label: str = ""  # the name in the preview when the path holds several files (「添付.zip 内の X.xlsx」)

    @property
    def name(self) -> str:
        return self.label or self.path.name


@dataclass
class ImportPlan:
    """What an import would do: the roadmap it was planned on and one plan per file, in the order applied."""

    roadmap: Roadmap
    replies: list[Reply]
    plans: list[ReplyPlan]

    @property
    def changes(self) -> list[ProjectChange]:
        return all_changes(self.plans)

    @property
    def conflicts(self) -> int:
        return sum(len(c.conflicts) for c in self.changes)

    def has_accepted(self) -> bool:
        return any(c.accepted and c.kind is not ChangeKind.UNCHANGED for c in self.changes)

    def describe(self, show_unchanged: bool = False) -> str:
        return describe_round(self.plans, show_unchanged)

    def result(self) -> Roadmap:
        """The roadmap with every accepted change (and conflict choice) applied; self.roadmap is untouched."""
        return apply_import(self.roadmap, self.changes)

    def take(self, side: Side, sheet_numbers: Sequence[int] | None = None) -> int:
        """Choose *side* in every conflict (of the projects shown as *sheet_numbers*, else all); the count."""
        numbers = dict(zip((p.id for p in self.roadmap.projects), self.roadmap.sheet_numbers(), strict=True))
        wanted = set(sheet_numbers) if sheet_numbers else None
        if wanted is not None:
            missing = sorted(wanted - set(numbers.values()))
            if missing:
                raise RoadmapError(
                    translate("import", "No.{nos} の事業はありません。").format(nos=", ".join(map(str, missing)))
                )
        n = 0
        for change in self.changes:
            if not change.conflicts or change.existing is None:
                continue
            if wanted is not None and numbers.get(change.existing.id) not in wanted:
                continue
            for conflict in change.conflicts:
                # the reply's side: its sheet (option 1); a sheet and 一覧 that disagree take the sheet
                conflict.choice = 1 if side == "reply" else 0
                n += 1
            _refresh(change)
        return n

    def applied_replies(self) -> list[tuple[str, str, dict[str, Project]]]:
        """(export id, file, projects as the reply showed them) of each reply this import applies.

        A reply is applied unless the user left out every change it proposed; its projects are those
        taken (or unchanged), so a later reply is compared with what really came in."""
        out = []
        for plan in self.plans:
            if not plan.export_id:
                continue
            proposing = [c for c in plan.changes if c.kind is not ChangeKind.UNCHANGED]
            if proposing and not any(c.accepted for c in proposing):
                continue
            projects = {
                c.existing.id: c.reply
                for c in plan.changes
                if c.existing is not None and c.reply is not None and (c.accepted or c.kind is ChangeKind.UNCHANGED)
            }
            out.append((plan.export_id, plan.file, projects))
        return out


def _refresh(change: ProjectChange) -> None:
    change.refresh()
    if change.kind is not ChangeKind.NEW and (change.changes or change.conflicts):
        change.kind = ChangeKind.CHANGED


def read_replies(
    file: RoadmapFile | None,
    edition: Edition,
    paths: Sequence[Path],
    read: Reader | None = None,
    on_error: Callable[[Path, Exception], None] | None = None,
    password: PasswordPrompt | None = None,
) -> list[Reply] | None:
    """Read every file; each reply to an export *file* recorded gets its base and is marked returned.

    Without *on_error* every format is checked before anything is read and the first error is raised;
    with it, a file that cannot be read is reported and left out. None: the user cancelled a reading.
    *password* answers for locked files when no *read* is given (the command line's)."""
    paths = [Path(p) for p in paths]
    if on_error is None:
        for path in paths:
            check_format(path)
    replies: list[Reply] = []
    for path in paths:
        try:
            check_format(path)
            read_ = read(path, edition) if read is not None else read_file(path, edition, password)
        except (RoadmapError, OSError) as e:
            if on_error is None:
                raise
            on_error(path, e)
            continue
        if read_ is None:
            return None
        for name, result in read_:
            base = load_base(file, result.export_id) if file is not None else None
            replies.append(Reply(path, result, base, name if name != path.name else ""))
    returned = [r for r in replies if r.base is not None and r.result.export_id]
    if file is not None and not file.readonly and returned:
        with contextlib.suppress(RoadmapError), file.transaction():  # bookkeeping only: the import goes on
            for r in returned:  # one durable write for all: each would cost a sync of its own
                mark_returned(file, str(r.result.export_id), r.name)
    return replies


def _in_time_order(replies: list[Reply]) -> list[Reply]:
    """Replies to the same export in the order they were saved (the file's time), others where they are."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(replies):
        if r.base is not None and r.result.export_id:
            groups.setdefault(r.result.export_id, []).append(i)
    out = list(replies)
    for positions in groups.values():
        if len(positions) > 1:
            ordered = sorted((replies[i] for i in positions), key=_saved_at)  # stable: ties keep the order given
            for i, r in zip(positions, ordered, strict=True):
                out[i] = r
    return out


def _saved_at(reply: Reply) -> float:
    try:
        return os.stat(reply.path).st_mtime
    except OSError:
        return 0.0


def plan_import(roadmap: Roadmap, replies: list[Reply], file: RoadmapFile | None = None) -> ImportPlan:
    """Plan *replies* together on *roadmap* (which is not changed); *file* holds earlier applied replies."""
    replies = _in_time_order(replies)
    plans = plan_round(roadmap, [(r.name, r.result, r.base) for r in replies])
    _supersede(plans, file)
    return ImportPlan(roadmap, replies, plans)


def _supersede(plans: list[ReplyPlan], file: RoadmapFile | None) -> None:
    """A later reply to the same export takes the fields it changed differently from the earlier one."""
    seen: dict[str, tuple[str, dict[str, Project], ReplyPlan | None]] = {}
    for plan in plans:
        export_id = plan.export_id
        if not export_id:
            continue
        earlier = seen.get(export_id)
        if earlier is None and file is not None:
            stored = load_applied_reply(file, export_id)
            if stored is not None:
                earlier = (stored.reply_file, stored.projects, None)
        if earlier is not None and _same_reply(plan, earlier[1]):
            plan.notes.append(translate("round", "先の回答「{earlier}」と同じ内容です。").format(earlier=earlier[0]))
        elif earlier is not None:
            name, projects, earlier_plan = earlier
            plan.notes.append(
                translate(
                    "round",
                    "「{earlier}」と同じ書き出しへの後の回答です。先の回答と違う所は、この回答（後の回答）で置き換えます。",
                ).format(earlier=name)
            )
            if earlier_plan is not None:
                earlier_plan.notes.append(
                    translate(
                        "round", "同じ書き出しへの後の回答「{later}」があります。違う所は後の回答で置き換えます。"
                    ).format(later=plan.file)
                )
            for change in plan.changes:
                _supersede_change(change, projects.get(change.existing.id) if change.existing else None, name)
        projects = dict(earlier[1]) if earlier is not None else {}
        projects.update(
            {c.existing.id: c.reply for c in plan.changes if c.existing is not None and c.reply is not None}
        )
        seen[export_id] = (plan.file, projects, plan)


def _same_reply(plan: ReplyPlan, earlier: dict[str, Project]) -> bool:
    """The reply shows every project as the earlier reply did (the same file imported again)."""
    shown = [(c.existing.id, c.reply) for c in plan.changes if c.existing is not None and c.reply is not None]
    return bool(shown) and all(
        pid in earlier and project_to_dict(earlier[pid], with_id=False) == project_to_dict(p, with_id=False)
        for pid, p in shown
    )


def _supersede_change(change: ProjectChange, earlier: Project | None, earlier_file: str) -> None:
    """Where the roadmap holds what the earlier reply said and this reply says otherwise, take this reply."""
    if earlier is None or change.base is None or change.reply is None or not change.conflicts:
        return
    # the conflicts this reply would have with the earlier reply alone: the values the earlier reply gave
    against_earlier = merge_project(change.base, change.reply, earlier, change.incoming.listed).conflicts
    earlier_values = {k.key: k.options[0].value for k in against_earlier}
    taken = False
    for conflict in change.conflicts:
        if len(conflict.options) != 2 or conflict.key not in earlier_values:
            continue
        if conflict.options[0].value != earlier_values[conflict.key]:
            continue  # changed here since the earlier reply: a real conflict, the roadmap's value stays
        conflict.choice = 1
        taken = True
        change.notes.append(
            translate(
                "round", "「{label}」: 同じ書き出しへの後の回答で置き換えます（先の回答「{file}」: {old} → {new}）。"
            ).format(
                label=conflict.label, file=earlier_file, old=conflict.options[0].text, new=conflict.options[1].text
            )
        )
    if taken:
        _refresh(change)


@dataclass
class ApplyImport:
    """The roadmap replaced by an import's result, and the replies it applied marked so; one undoable step."""

    old: Roadmap
    new: Roadmap
    replies: list[tuple[str, str, dict[str, Project]]] = field(default_factory=list)
    text: str = ""
    backup: Path | None = None
    _marks: list[MarksSnapshot] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, session: Session, plan: ImportPlan, text: str = "") -> ApplyImport:
        if not text:
            names = "、".join(r.name for r in plan.replies)
            text = (
                translate("import", "取り込み（{name}）").format(name=names)
                if names
                else translate("import", "取り込み")
            )
        return cls(session.roadmap, plan.result(), plan.applied_replies(), text)

    def do(self, session: Session) -> None:
        file = session.file
        if self.backup is None:  # the first time: nothing is written unless the backup was made
            if file.readonly:
                raise RoadmapError(translate("file", "読み取り専用で開いているため保存できません。"))
            try:
                self.backup = file.backup()
            except (RoadmapError, OSError) as e:
                why = str(e) if isinstance(e, RoadmapError) else os_error_text(e)
                raise RoadmapError(
                    translate("import", "バックアップを作れないため取り込みを中止しました: {why}").format(why=why)
                ) from None
            self._marks = snapshot_marks(file, [export_id for export_id, _, _ in self.replies])

        def mark() -> None:
            for export_id, reply_file, projects in self.replies:
                mark_applied(file, export_id, reply_file)
                known = load_applied_reply(file, export_id)
                merged = dict(known.projects) if known is not None else {}
                merged.update(projects)
                record_applied_reply(file, export_id, reply_file, merged)

        session.replace_roadmap(self.new, also=mark)

    def undo(self, session: Session) -> None:
        marks = self._marks or []
        session.replace_roadmap(self.old, also=lambda: restore_marks(session.file, marks))


def plan_files(
    session: Session,
    paths: Sequence[Path],
    read: Reader | None = None,
    on_error: Callable[[Path, Exception], None] | None = None,
    password: PasswordPrompt | None = None,
) -> ImportPlan | None:
    """Read and plan *paths* against the session's roadmap; None if the user cancelled or nothing was read."""
    replies = read_replies(session.file, session.roadmap.edition, paths, read, on_error, password)
    if not replies:
        return None
    return plan_import(session.roadmap, replies, session.file)


def apply_plan(session: Session, plan: ImportPlan, text: str = "") -> ApplyImport:
    """Apply *plan* as one step in the session's history (command line); the operation done."""
    operation = ApplyImport.of(session, plan, text)
    session.run(operation)
    return operation
