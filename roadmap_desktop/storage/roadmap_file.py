"""Open, check, load and save a roadmap file.

Every write is one transaction with ``synchronous=FULL`` in rollback-journal mode: a crash or power
cut leaves the file as it was before or after that edit, never in between. WAL is not used: it needs
shared memory, which does not work on the shared network folders where staff keep files, and it
would leave side files next to the roadmap.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import Any

from .. import __version__
from ..core.errors import RoadmapError
from ..core.fields import FIELDS, Field, FieldKind
from ..core.fiscal import Month
from ..core.i18n import translate
from ..core.model import Bar, Edition, Initiative, Project, Roadmap, Row
from ..core.os_errors import OsProblem, os_error_text, os_problem
from ..fsutil import temp_beside
from .lock import FileLock, FileLockedError, read_holder
from .schema import APPLICATION_ID, HISTORY_VERSION, PUBLICATION_VERSION, SCHEMA_VERSION, migrate

SUFFIX = ".roadmap"
_SQLITE_MAGIC = b"SQLite format 3\x00"

__all__ = ["SUFFIX", "FileLockedError", "RoadmapFile", "backup_dir"]


class NotARoadmapError(RoadmapError):
    pass


class NewerVersionError(RoadmapError):
    pass


class CorruptFileError(RoadmapError):
    pass


class ReadOnlyPlaceError(RoadmapError):
    """The file or its folder cannot be written (read-only file or share, full disk): it can be read."""


def backup_dir(path: Path) -> Path:
    """Backups go beside the file, in a folder the user can find."""
    return path.parent / "roadmap-backups"


def sqlite_uri(path: PurePath) -> str:
    """SQLite's URI for the absolute *path*, also on a network share.

    ``as_uri()`` makes ``\\\\server\\share\\r.roadmap`` into ``file://server/share/r.roadmap``, whose
    authority SQLite refuses ("invalid uri authority"); and ``Path.resolve()`` turns a mapped drive (Z:)
    into exactly such a UNC path on Windows. An empty authority with the UNC path, ``file:////server/share/…``,
    hands SQLite ``//server/share/…``, which Windows opens as the share.
    """
    uri = path.as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://") :]
    return uri


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    uri = sqlite_uri(path.resolve()) + ("?mode=ro" if readonly else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _check(path: Path) -> int:
    """Check, without changing a byte, that *path* is a healthy roadmap we can read; return its version."""
    name = path.name
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except OSError as e:
        raise RoadmapError(os_error_text(e, name)) from None
    if head != _SQLITE_MAGIC:
        raise NotARoadmapError(
            translate("file", "「{name}」はロードマップのファイルではありません。").format(name=name)
        )
    # A journal left by a crash must be rolled back (restoring the last saved state) before the
    # file can be read; a read-only connection cannot do that.
    hot_journal = path.with_name(path.name + "-journal").exists()
    try:
        conn = _connect(path, readonly=not hot_journal)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotARoadmapError(
                    translate(
                        "file", "「{name}」はロードマップのファイルではありません（別のデータベースです）。"
                    ).format(name=name)
                )
            if version > SCHEMA_VERSION:
                raise NewerVersionError(
                    translate(
                        "file",
                        "「{name}」は新しいバージョンの Roadmap Desktop で保存されています。"
                        "アプリケーションを更新してから開いてください。",
                    ).format(name=name)
                )
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise CorruptFileError(
                    translate("file", "「{name}」は壊れています（{detail}）。").format(name=name, detail=result)
                )
            return int(version)
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise CorruptFileError(
            translate("file", "「{name}」は壊れているため開けません（{detail}）。").format(name=name, detail=e)
        ) from None


class RoadmapFile:
    """An open roadmap file. Writable unless opened read-only; close it to release the lock."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: FileLock | None, version: int = SCHEMA_VERSION
    ) -> None:
        self.path = path
        self._version = version  # an older file opened read-only is read as it is, not migrated
        self._conn = conn
        self._lock = lock
        self.last_backup: Path | None = None
        self._stamped = False  # written_by recorded in this session

    @property
    def readonly(self) -> bool:
        return self._lock is None

    # --- opening and creating -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], readonly: bool = False) -> RoadmapFile:
        """Open an existing roadmap; raise a :class:`RoadmapError` (file untouched) if it cannot be used.

        :class:`FileLockedError` means another user or instance has it open, :class:`ReadOnlyPlaceError`
        that it cannot be written here: retry with ``readonly=True``.
        """
        path = Path(path)
        version = _check(path)
        if readonly:
            return cls(path, _connect(path, readonly=True), None, version)
        if not os.access(path, os.W_OK):  # say so now, not at the user's first edit
            raise ReadOnlyPlaceError(
                translate("file", "「{name}」は読み取り専用のファイルです。読み取り専用で開いてください。").format(
                    name=path.name
                )
            )
        lock = FileLock(path)
        try:
            lock.acquire()
        except OSError as e:
            if os_problem(e) is OsProblem.NO_SPACE:
                raise ReadOnlyPlaceError(
                    translate(
                        "file",
                        "ディスクの空きが足りないため「{name}」を編集用に開けません。空きを作るか、読み取り専用で開いてください。",
                    ).format(name=path.name)
                ) from None
            if os_problem(e) in (OsProblem.NO_PERMISSION, OsProblem.READ_ONLY):
                raise ReadOnlyPlaceError(
                    translate("file", "「{name}」のフォルダーに書き込めません。読み取り専用で開いてください。").format(
                        name=path.name
                    )
                ) from None
            raise
        try:
            conn = _connect(path, readonly=False)
            self = cls(path, conn, lock)
            if version < SCHEMA_VERSION:
                self.backup()
                with self.transaction():
                    migrate(conn, version)
                self._version = SCHEMA_VERSION
            return self
        except sqlite3.DatabaseError as e:
            lock.release()
            raise RoadmapError(
                translate("file", "「{name}」を開けません: {err}").format(name=path.name, err=e)
            ) from None
        except BaseException:
            lock.release()
            raise

    @classmethod
    def create(cls, path: str | os.PathLike[str], roadmap: Roadmap, overwrite: bool = False) -> RoadmapFile:
        """Write *roadmap* as a new file (built under a temporary name, then renamed) and open it."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise RoadmapError(translate("file", "「{name}」は既に存在します。").format(name=path.name))
        tmp = temp_beside(path, ".tmp")
        try:
            conn = _connect(tmp, readonly=False)
            try:
                conn.execute("BEGIN IMMEDIATE")
                migrate(conn, 0)
                _write_all(conn, roadmap)
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    def close(self) -> None:
        self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> RoadmapFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading --------------------------------------------------------------------------

    def load(self) -> Roadmap:
        """The roadmap the file holds. A value no program of ours writes (a month 13, a row other than
        計画/実績, a list that is not JSON: edited by hand, or damaged where SQLite's check does not look)
        is refused with a message, as a file damaged at open is, never a traceback."""
        try:
            return self._load()
        except (RoadmapError, sqlite3.DatabaseError, ValueError, KeyError, TypeError, IndexError) as e:
            detail = str(e) if isinstance(e, RoadmapError) else f"{type(e).__name__}: {e}"
            raise CorruptFileError(
                translate("file", "「{name}」は中身が壊れているため開けません（{detail}）。").format(
                    name=self.path.name, detail=detail
                )
            ) from None

    def _load(self) -> Roadmap:
        c = self._conn
        # an older file opened read-only has no 基準月 nor 発行 columns: read as not set
        extras = "reference_month, issuer, issued" if self._version >= PUBLICATION_VERSION else "NULL, '', NULL"
        title, fy, first, reference, issuer, issued = c.execute(
            f"SELECT title, fiscal_year, first_sheet_no, {extras} FROM edition"
        ).fetchone()
        projects: dict[str, Project] = {}
        columns = [(f.attr, f.kind is FieldKind.LIST) for f in FIELDS]  # decided once, not per project
        for row in c.execute(f"SELECT id, sheet_no_override, {_FIELD_COLUMNS} FROM project ORDER BY position"):
            values = {
                attr: json.loads(v) if is_list else v for (attr, is_list), v in zip(columns, row[2:], strict=True)
            }
            projects[row[0]] = Project(id=row[0], sheet_no_override=row[1], **values)
        initiatives: dict[int, Initiative] = {}
        for iid, pid, name, plan_label in c.execute(
            "SELECT id, project_id, name, plan_label FROM initiative ORDER BY project_id, position"
        ):
            initiative = Initiative(name=name, plan_label=plan_label)
            initiatives[iid] = initiative
            projects[pid].initiatives.append(initiative)
        # thousands of bars: the rows by value (the schema allows only these) rather than an enum call each
        rows, month = {r.value: r for r in Row}, Month.parse
        for iid, row_name, start, end, label, continues in c.execute(
            "SELECT initiative_id, row, start_month, end_month, label, continues FROM bar ORDER BY id"
        ):
            initiatives[iid].bars(rows[row_name]).append(Bar(month(start), month(end), label, bool(continues)))
        if self._version >= HISTORY_VERSION:
            _load_history(c, projects)
        edition = Edition(title, fy, first, **_edition_extras(reference, issuer, issued))  # type: ignore[arg-type]
        return Roadmap(edition, list(projects.values()))

    def read_rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """Rows of a read-only query (for bookkeeping tables kept beside the roadmap, e.g. storage.rounds)."""
        return list(self._conn.execute(sql, params))

    # --- writing: each call is one durable transaction ------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic, durable write; nested use joins the outer transaction."""
        if self.readonly:
            raise RoadmapError(translate("file", "読み取り専用で開いているため保存できません。"))
        if self._conn.in_transaction:
            yield self._conn
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            # Under SQLite's write lock, so no other writer can slip in between this check and COMMIT.
            if self._lock is not None and not self._lock.verify():
                raise FileLockedError(self.path, read_holder(self.path), lost=True)
            yield self._conn
            if not self._stamped:  # which version wrote the file: once a session, not on every edit
                self._conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('written_by', ?)",
                    (f"Roadmap Desktop {__version__}",),
                )
            self._conn.execute("COMMIT")
            self._stamped = True
        except sqlite3.OperationalError as e:
            self._rollback()
            raise _write_error(self.path, e) from None
        except OverflowError:  # a number beyond SQLite's 64 bits: validation should have stopped it
            self._rollback()
            raise RoadmapError(
                translate(
                    "file", "大きすぎる数値があるため「{name}」に保存できませんでした。ファイルは直前の状態のままです。"
                ).format(name=self.path.name)
            ) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def save_edition(self, edition: Edition) -> None:
        with self.transaction() as c:
            _write_edition(c, edition)

    def save_project(self, project: Project, position: int) -> None:
        """Insert or replace one project (with its initiatives and bars) at *position*."""
        with self.transaction() as c:
            _write_project(c, project, position)

    def delete_project(self, project_id: str) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM project WHERE id = ?", (project_id,))

    def save_order(self, project_ids: list[str]) -> None:
        with self.transaction() as c:
            c.executemany(
                "UPDATE project SET position = ? WHERE id = ?", [(i, pid) for i, pid in enumerate(project_ids)]
            )

    def save_all(self, roadmap: Roadmap) -> None:
        """Make the file hold exactly *roadmap* (used by import and by undo of a whole-roadmap step)."""
        with self.transaction() as c:
            c.execute("DELETE FROM project")
            c.execute("DELETE FROM edition")
            _write_all(c, roadmap)

    def backup(self) -> Path:
        """Copy the file, consistently, into :func:`backup_dir`; return the copy's path.

        Any failure (disk full, folder not writable) is a :class:`RoadmapError` in plain Japanese;
        the roadmap is untouched and no partial backup is left.
        """
        try:
            return self._backup()
        except sqlite3.Error as e:
            # SQLite says "database or disk is full" (SQLITE_FULL) where the OS said ENOSPC: same words.
            full = "full" in str(e).lower()
            detail = os_error_text(OSError(errno.ENOSPC, str(e))) if full else str(e)
            raise RoadmapError(_backup_failed(detail)) from None
        except OSError as e:
            raise RoadmapError(_backup_failed(os_error_text(e, backup_dir(self.path).name))) from None

    def _backup(self) -> Path:
        folder = backup_dir(self.path)
        folder.mkdir(exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{self.path.stem}-{stamp}{SUFFIX}"
        # Written under a temporary name and renamed when complete: a backup cut short (crash, power cut)
        # must not sit among the backups as a broken roadmap. Such a leftover is removed by a later backup.
        _remove_old_temporaries(folder)
        tmp = folder / f".~{target.stem}.tmp"
        try:
            dest = sqlite3.connect(tmp)
            try:
                dest.execute("PRAGMA journal_mode = OFF")  # a scratch file: no journal beside it
                self._conn.backup(dest)
            finally:
                dest.close()
            with tmp.open("rb+") as f:
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self.last_backup = target
        return target


def _backup_failed(detail: str) -> str:
    return translate("file", "変更前のバックアップを作れなかったため、何も変更していません（{detail}）。").format(
        detail=detail
    )


def _remove_old_temporaries(folder: Path, age_s: float = 3600) -> None:
    """Remove backups cut short by a crash (a backup takes well under a minute; an hour is safely stale)."""
    now = datetime.now().timestamp()
    for p in folder.glob(".~*.tmp"):
        try:
            if now - p.stat().st_mtime > age_s:
                p.unlink()
        except OSError:
            pass


def _write_error(path: Path, error: sqlite3.Error) -> RoadmapError:
    text = str(error).lower()
    if "full" in text:
        return RoadmapError(
            translate(
                "file", "ディスクの空きが足りないため「{name}」に保存できませんでした。ファイルは直前の状態のままです。"
            ).format(name=path.name)
        )
    if "readonly" in text or "read-only" in text:
        return RoadmapError(
            translate("file", "「{name}」に書き込む権限がありません。ファイルは直前の状態のままです。").format(
                name=path.name
            )
        )
    if "disk i/o error" in text:  # a write the OS refused: file-size limit, quota, a network folder gone
        return RoadmapError(
            translate(
                "file",
                "ディスクへの書き込みに失敗したため「{name}」に保存できませんでした（空き容量やネットワークの接続を確認してください）。ファイルは直前の状態のままです。",
            ).format(name=path.name)
        )
    if "locked" in text or "busy" in text:
        return RoadmapError(
            translate("file", "「{name}」は他のプログラムが使用中のため保存できませんでした。").format(name=path.name)
        )
    return RoadmapError(
        translate("file", "「{name}」に保存できませんでした（{err}）。ファイルは直前の状態のままです。").format(
            name=path.name, err=error
        )
    )


def _write_edition(c: sqlite3.Connection, e: Edition) -> None:
    c.execute(
        "INSERT OR REPLACE INTO edition(id, title, fiscal_year, first_sheet_no, reference_month, issuer, issued)"
        " VALUES (1, ?, ?, ?, ?, ?, ?)",
        (e.title, e.fiscal_year, e.first_sheet_no, _month_text(e.reference_month), e.issuer,
         e.issued.isoformat() if e.issued else None),
    )  # fmt: skip


def _month_text(month: Month | None) -> str | None:
    return None if month is None else f"{month.year:04d}-{month.month:02d}"


def _edition_extras(reference: str | None, issuer: str | None, issued: str | None) -> dict[str, object]:
    """The edition's 基準月 and 発行 as stored; a value another program garbled reads as not set."""
    month: Month | None = None
    day: date | None = None
    with contextlib.suppress(ValueError, TypeError, RoadmapError):
        month = Month.parse(reference) if reference else None
    with contextlib.suppress(ValueError, TypeError):
        day = date.fromisoformat(issued) if issued else None
    return {"reference_month": month, "issuer": issuer or "", "issued": day}


# The project table has one column per field, named for its attribute; lists are stored as JSON.
_FIELD_COLUMNS = ", ".join(f.attr for f in FIELDS)
_UPSERT_PROJECT = (
    f"INSERT INTO project(id, position, sheet_no_override, {_FIELD_COLUMNS})"
    f" VALUES ({', '.join('?' * (3 + len(FIELDS)))})"
    " ON CONFLICT(id) DO UPDATE SET position = excluded.position, sheet_no_override = excluded.sheet_no_override, "
    + ", ".join(f"{f.attr} = excluded.{f.attr}" for f in FIELDS)
)


def _to_column(f: Field, value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if f.kind is FieldKind.LIST else value


def _write_project(c: sqlite3.Connection, p: Project, position: int) -> None:
    c.execute("DELETE FROM initiative WHERE project_id = ?", (p.id,))
    c.execute(_UPSERT_PROJECT, (p.id, position, p.sheet_no_override, *(_to_column(f, f.get(p)) for f in FIELDS)))
    for i, initiative in enumerate(p.initiatives):
        iid = c.execute(
            "INSERT INTO initiative(project_id, position, name, plan_label) VALUES (?, ?, ?, ?)",
            (p.id, i, initiative.name, initiative.plan_label),
        ).lastrowid
        c.executemany(
            "INSERT INTO bar(initiative_id, row, start_month, end_month, label, continues) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (iid, row.value, str(b.start), str(b.end), b.label, int(b.continues))
                for row in Row
                for b in sorted(initiative.bars(row), key=Bar.sort_key)
            ],
        )
    _write_history(c, p)


def _load_history(c: sqlite3.Connection, projects: dict[str, Project]) -> None:
    past: dict[tuple[str, int], Initiative] = {}
    for pid, position, name, plan_label, row_name, start, end, label, continues in c.execute(
        "SELECT project_id, position, name, plan_label, row, start_month, end_month, label, continues"
        " FROM history_bar ORDER BY project_id, position, id"
    ):
        initiative = past.get((pid, position))
        if initiative is None:
            initiative = past[(pid, position)] = Initiative(name=name, plan_label=plan_label)
            projects[pid].history.append(initiative)
        initiative.bars(Row(row_name)).append(Bar(Month.parse(start), Month.parse(end), label, bool(continues)))
    for pid, fy, budget in c.execute(
        "SELECT project_id, fiscal_year, budget FROM past_budget ORDER BY project_id, fiscal_year"
    ):
        projects[pid].past_budgets[fy] = budget


def _write_history(c: sqlite3.Connection, p: Project) -> None:
    c.execute("DELETE FROM history_bar WHERE project_id = ?", (p.id,))
    c.execute("DELETE FROM past_budget WHERE project_id = ?", (p.id,))
    c.executemany(
        "INSERT INTO history_bar(project_id, position, name, plan_label, row, start_month, end_month, label, continues)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (p.id, i, past.name, past.plan_label, row.value, str(b.start), str(b.end), b.label, int(b.continues))
            for i, past in enumerate(p.history)
            for row in Row
            for b in sorted(past.bars(row), key=Bar.sort_key)
        ],
    )
    c.executemany(
        "INSERT INTO past_budget(project_id, fiscal_year, budget) VALUES (?, ?, ?)",
        sorted((p.id, fy, amount) for fy, amount in p.past_budgets.items()),
    )


def _write_all(c: sqlite3.Connection, roadmap: Roadmap) -> None:
    _write_edition(c, roadmap.edition)
    for position, project in enumerate(roadmap.projects):
        _write_project(c, project, position)
