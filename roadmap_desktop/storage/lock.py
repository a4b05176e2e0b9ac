"""Who has a roadmap file open: a small lock file beside it, so there are never two writers.

SQLite's own locks last one transaction and do not work across computers on a shared folder, so
the writer leaves ``<file>.lock`` holding its user, computer and process. The lock file exists
only while the roadmap is open; a lock left by a crashed process on this computer is taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..core.errors import RoadmapError
from ..core.fiscal import japanese_datetime_text
from ..core.i18n import translate


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        since = japanese_datetime_text(self.since)  # stored as ISO; shown in 和暦 (令和8年11月29日 14:05)
        return translate("lock", "{user}（{host}、{since}から）").format(user=self.user, host=self.host, since=since)


class FileLockedError(RoadmapError):
    """The file is open for writing elsewhere; :attr:`holder` says by whom."""

    def __init__(self, path: Path, holder: LockHolder | None) -> None:
        who = holder.describe() if holder else translate("lock", "不明な利用者")
        super().__init__(
            translate("lock", "「{name}」は{who}が編集中です。読み取り専用で開くことができます。").format(
                name=path.name, who=who
            )
        )
        self.path = path
        self.holder = holder


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except Exception:
        user = "?"
    return LockHolder(user, socket.gethostname(), os.getpid(), datetime.now().strftime("%Y-%m-%d %H:%M"))


def read_holder(path: Path) -> LockHolder | None:
    try:
        d = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockHolder(str(d["user"]), str(d["host"]), int(d["pid"]), str(d["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows (the guard mypy understands: ctypes.windll)
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale(holder: LockHolder | None) -> bool:
    """A lock we may take over: unreadable, or left by a dead process on this computer."""
    if holder is None:
        return True
    return holder.host == socket.gethostname() and not _alive(holder.pid)


class FileLock:
    """The writer's claim on a roadmap file; release it with :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._held = False

    def acquire(self) -> None:
        lp = lock_path(self.path)
        me = _me()
        for _attempt in range(2):
            try:
                fd = os.open(lp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_holder(self.path)
                if holder is not None and holder.host == me.host and holder.pid == me.pid:
                    raise FileLockedError(self.path, holder) from None
                if not _stale(holder):
                    raise FileLockedError(self.path, holder) from None
                lp.unlink(missing_ok=True)
                continue
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(me.__dict__, f, ensure_ascii=False)
            except OSError:  # e.g. disk full: leave no empty lock file behind
                lp.unlink(missing_ok=True)
                raise
            self._held = True
            return
        raise FileLockedError(self.path, read_holder(self.path))

    def release(self) -> None:
        if self._held:
            lock_path(self.path).unlink(missing_ok=True)
            self._held = False
