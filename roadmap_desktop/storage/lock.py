"""Who has a roadmap file open: a small lock file beside it, so there are never two writers.

SQLite's own locks last one transaction and do not work across computers on a shared folder, so
the writer leaves ``<file>.lock`` holding its user, computer, process and a unique token.

Three rules make the lock impossible to steal:

- It appears with its content already written: a temporary file is written and synced, then
  hard-linked into place (POSIX) or renamed without replacing (Windows); both fail if a lock exists.
  A lock file is therefore never seen empty or half-written, and an unreadable one is not taken
  for stale (only after :data:`STALE_AFTER_S` without a heartbeat).
- It is stale only when its process is dead on this computer, or when its heartbeat (the holder
  rewrites it every :data:`HEARTBEAT_S`) is older than :data:`STALE_AFTER_S` for another computer,
  whose processes we cannot see. Ages are measured against a file we just wrote in the same folder,
  so the file server's clock is compared with itself, not with another PC's.
- Taking over a stale lock happens under a short-lived ``.takeover`` guard, so two processes that
  both judged one lock stale cannot both remove it (the second would remove the first's new lock).
  And every write transaction checks, inside ``BEGIN IMMEDIATE``, that the lock still holds our
  token (:meth:`FileLock.verify`): a writer that lost its lock cannot write.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from .. import fsutil
from ..core.errors import RoadmapError
from ..core.fiscal import japanese_datetime_text
from ..core.i18n import translate
from ..fsutil import owned_temp_name, process_alive, remove_dead_temporaries

HEARTBEAT_S = 60.0
# Ten missed heartbeats: a PC asleep or cut off that long loses its claim (its writes are then refused).
STALE_AFTER_S = 600.0
# Taking over lasts milliseconds; a guard this old was left by a process that died while doing it.
GUARD_STALE_S = 30.0


class LockHolder(NamedTuple):  # a NamedTuple, not a dataclass: architecture.md, Start-up
    user: str
    host: str
    pid: int
    since: str
    token: str = ""

    def describe(self) -> str:
        since = japanese_datetime_text(self.since)  # stored as ISO; shown in 和暦 (令和8年11月29日 14:05)
        return translate("lock", "{user}（{host}、{since}から）").format(user=self.user, host=self.host, since=since)


class FileLockedError(RoadmapError):
    """The file is open for writing elsewhere; :attr:`holder` says by whom."""

    def __init__(self, path: Path, holder: LockHolder | None, lost: bool = False) -> None:
        who = holder.describe() if holder else translate("lock", "不明な利用者")
        if lost:
            text = translate(
                "lock",
                "「{name}」の編集の権利が失われました（現在は{who}が編集中です）。保存していません。"
                "開き直してください。",
            )
        else:
            text = translate("lock", "「{name}」は{who}が編集中です。読み取り専用で開くことができます。")
        super().__init__(text.format(name=path.name, who=who))
        self.path = path
        self.holder = holder


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _host() -> str:
    return fsutil.host_name()


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except Exception:
        user = "?"
    token = os.urandom(16).hex()  # random as a uuid4's hex, without loading uuid at the window's start
    return LockHolder(user, _host(), os.getpid(), datetime.now().strftime("%Y-%m-%d %H:%M"), token)


def _parse(data: bytes) -> LockHolder | None:
    try:
        d = json.loads(data.decode("utf-8"))
        return LockHolder(str(d["user"]), str(d["host"]), int(d["pid"]), str(d["since"]), str(d.get("token", "")))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_holder(path: Path) -> LockHolder | None:
    try:
        return _parse(lock_path(path).read_bytes())
    except OSError:
        return None


def _stale(holder: LockHolder | None, age: float) -> bool:
    """A lock we may take over: left by a dead process on this computer, or silent for too long."""
    if holder is not None and holder.host == _host():
        return not process_alive(holder.pid)
    return age > STALE_AFTER_S  # another computer's, or unreadable: only its heartbeat can tell


def _write_temp(target: Path, data: bytes) -> tuple[Path, float]:
    """A synced temporary file beside *target* holding *data*; its path and its mtime (the folder's now)."""
    tmp = target.with_name(owned_temp_name(target.name, ".tmp"))
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)
        now = os.fstat(fd).st_mtime
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    return tmp, now


def _place(target: Path, data: bytes) -> tuple[bool, float]:
    """Make *target* appear holding *data* in one step, unless it exists; (placed, the folder's now)."""
    tmp, now = _write_temp(target, data)
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows: rename never replaces an existing file
            try:
                os.rename(tmp, target)
            except FileExistsError:
                return False, now
            return True, now
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False, now
        except OSError:  # a file system without hard links (FAT, some network shares)
            return _create_exclusive(target, data), now
        return True, now
    finally:
        tmp.unlink(missing_ok=True)


def _create_exclusive(target: Path, data: bytes) -> bool:
    """Fallback without hard links: for an instant the file is empty, which is why empty is never stale."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        target.unlink(missing_ok=True)
        raise
    os.close(fd)
    return True


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return b""  # there but unreadable (e.g. held open on Windows): treated as unreadable, not absent


class FileLock:
    """The writer's claim on a roadmap file; release it with :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._held = False
        self._data = b""
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> None:
        lp = lock_path(self.path)
        me = _me()
        data = json.dumps(me._asdict(), ensure_ascii=False).encode("utf-8")
        for _attempt in range(3):
            placed, now = _place(lp, data)
            if placed:
                self._data = data
                self._held = True
                self._start_heartbeat()
                remove_dead_temporaries(lp.parent, ".~*", now)
                return
            seen = _read(lp)
            if seen is None:
                continue  # released between our try and our look: try again
            holder = _parse(seen)
            if holder is not None and holder.host == me.host and holder.pid == me.pid:
                raise FileLockedError(self.path, holder)  # this process already has it open
            if not _stale(holder, _age(lp, now)):
                raise FileLockedError(self.path, holder)
            if not self._take_over(lp, seen, data):
                raise FileLockedError(self.path, holder)
        raise FileLockedError(self.path, read_holder(self.path))

    def _take_over(self, lp: Path, seen: bytes, data: bytes) -> bool:
        """Remove the stale lock whose content was *seen*, unless someone else is doing it or did it."""
        guard = lp.with_name(lp.name + ".takeover")
        placed, now = _place(guard, data)
        if not placed:
            content = _read(guard)
            owner = _parse(content) if content else None
            dead = owner is not None and owner.host == _host() and not process_alive(owner.pid)
            if not (dead or _age(guard, now) > GUARD_STALE_S):
                return False  # another process is taking over right now
            if _read(guard) == content:
                guard.unlink(missing_ok=True)
            placed, _now = _place(guard, data)
            if not placed:
                return False
        try:
            if _read(lp) == seen:  # still the very lock we judged stale (tokens make each one unique)
                lp.unlink(missing_ok=True)
        except OSError:
            return False
        finally:
            guard.unlink(missing_ok=True)
        return True

    def verify(self) -> bool:
        """Whether the lock file still holds our claim (checked inside every write transaction)."""
        if not self._held:
            return False
        for attempt in range(3):  # a network folder that hiccups is not a lost lock
            try:
                return lock_path(self.path).read_bytes() == self._data
            except FileNotFoundError:
                return False
            except OSError:
                time.sleep(0.05 * (attempt + 1))
        return False

    def release(self) -> None:
        self._stop.set()
        if self._beat is not None:
            self._beat.join()
            self._beat = None
        if self._held:
            lp = lock_path(self.path)
            if _read(lp) == self._data:  # never remove a lock someone else took over
                lp.unlink(missing_ok=True)
            self._held = False

    # --- heartbeat: the holder rewrites its lock now and then, so other computers see it is alive ------

    def _start_heartbeat(self) -> None:
        self._stop.clear()
        self._beat = threading.Thread(target=self._heartbeat, name="roadmap-lock-heartbeat", daemon=True)
        self._beat.start()

    def _heartbeat(self) -> None:
        lp = lock_path(self.path)
        while not self._stop.wait(HEARTBEAT_S):
            try:
                with lp.open("r+b") as f:
                    if f.read() != self._data:
                        return  # no longer ours: verify() will refuse our writes
                    f.seek(0)
                    f.write(self._data)  # the same bytes: readers never see a changed or partial lock
            except OSError:
                pass  # a network folder gone for a moment: try again at the next beat
