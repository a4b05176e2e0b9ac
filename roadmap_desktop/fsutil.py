"""Temporary files beside a target, for writes that end in an atomic rename.

Every temporary file (or folder) we make is named ``.~<what>.<computer tag>-<process id>-<random>``
(plus its suffix), so the next run can tell ours from anything else and remove those whose process
died on this computer (killed, crashed), or any of ours older than :data:`TEMP_STALE_S`.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import time
import zlib
from pathlib import Path

from .core.errors import RoadmapError
from .core.i18n import translate
from .core.os_errors import OsProblem, os_error_text, os_problem


def _default_mode() -> int:
    """The permissions an ordinary new file gets (0666 less the umask).

    mkstemp makes owner-only files; renamed into place they would lock colleagues out of a roadmap
    or an export on a shared Linux folder.
    """
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def is_no_space(error: OSError) -> bool:
    """The disk (or the user's quota) is full."""
    return os_problem(error) is OsProblem.NO_SPACE


def no_space_error(target: Path) -> RoadmapError:
    return RoadmapError(
        translate("file", "ディスクの空きが足りないため「{name}」を書き出せませんでした。").format(name=target.name)
    )


# Longer than any export or backup takes; a temporary file of ours this old is a leftover, whoever made it.
TEMP_STALE_S = 3600.0
_OWNED = r"(?s)^\.~.*\.([0-9a-f]{8})-(\d+)-[0-9a-f]{8}(\.[A-Za-z0-9]+)?$"  # compiled on first use


def host_name() -> str:
    """This computer's name, as socket.gethostname() gives it (which loads the socket module, ~2 ms
    of the start, where the system's uname tells the same)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # pragma: no cover - Windows

    return socket.gethostname()  # pragma: no cover


def host_tag(host: str | None = None) -> str:
    """A short, file-name-safe tag of a computer's name (a CRC: hashlib would load OpenSSL, ~3 ms of
    the start; a leftover named by an older version's tag is still removed once it is an hour old)."""
    name = host_name() if host is None else host
    return f"{zlib.crc32(name.encode('utf-8', 'replace')):08x}"


def process_alive(pid: int) -> bool:
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
    except OSError:  # e.g. a pid out of range: no such process
        return False
    return True


def owned_temp_name(what: str, suffix: str = "") -> str:
    """``.~<what>.<tag>-<pid>-<random><suffix>``; *what* cut to 40 characters (the name stays short)."""
    return f".~{what[:40]}.{host_tag()}-{os.getpid()}-{os.urandom(4).hex()}{suffix}"


def is_dead_temporary(path: Path, now: float | None = None) -> bool:
    """*path* is one of our temporary names, left by a process that is gone (or simply old)."""
    m = re.match(_OWNED, path.name)
    if m is None:
        return False
    if m.group(1) == host_tag() and not process_alive(int(m.group(2))):
        return True
    try:
        return (time.time() if now is None else now) - path.lstat().st_mtime > TEMP_STALE_S
    except OSError:
        return False


def remove_dead_temporaries(folder: Path, pattern: str = ".~*", now: float | None = None) -> list[Path]:
    """Remove our leftovers in *folder* (see :func:`is_dead_temporary`); what was removed."""
    removed = []
    try:
        candidates = list(folder.glob(pattern))
    except OSError:
        return []
    for p in candidates:
        if not is_dead_temporary(p, now):
            continue
        with contextlib.suppress(OSError):
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()
            removed.append(p)
    return removed


def temp_beside(target: Path, suffix: str) -> Path:
    """Create an empty temporary file in *target*'s folder (same file system, so rename is atomic).

    Failures become a :class:`RoadmapError` in plain Japanese.
    """
    remove_dead_temporaries(target.parent)  # leftovers of killed exports must not stay in a folder mailed out
    name = str(target.parent / owned_temp_name(target.stem, suffix))
    try:
        fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileNotFoundError:
        raise RoadmapError(translate("file", "フォルダー「{dir}」がありません。").format(dir=target.parent)) from None
    except OSError as e:
        if os_problem(e) in (OsProblem.NO_PERMISSION, OsProblem.READ_ONLY):
            raise RoadmapError(
                translate("file", "フォルダー「{dir}」に書き込む権限がありません。").format(dir=target.parent)
            ) from None
        if is_no_space(e):
            raise no_space_error(target) from None
        raise RoadmapError(os_error_text(e, target.name)) from None
    try:
        if os.name != "nt":
            os.fchmod(fd, _default_mode())
    finally:
        os.close(fd)
    return Path(name)
