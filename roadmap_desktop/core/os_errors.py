"""What an operating-system error means to the user: the one place an OSError becomes words.

Every layer that touches files (storage, exports, importers, the UI's message box and crash
handler) asks :func:`os_problem` what kind of failure it met and :func:`os_error_text` how to say
it, so "the disk is full" or "Excel has the file open" reads the same wherever it happens.
"""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path

from .i18n import translate


class OsProblem(Enum):
    IN_USE = "in_use"  # another program (Excel, another user) holds the file open
    NO_SPACE = "no_space"  # the disk or the user's quota is full
    READ_ONLY = "read_only"  # a read-only share or medium
    NO_PERMISSION = "no_permission"
    NOT_FOUND = "not_found"


# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: a file held open elsewhere, not a permission.
_SHARING_WINERRORS = (32, 33)


def os_problem(error: BaseException) -> OsProblem | None:
    """The kind of failure a user can understand and act on, or None (a bug, or something rare)."""
    if not isinstance(error, OSError):
        return None
    if getattr(error, "winerror", None) in _SHARING_WINERRORS or error.errno == errno.EBUSY:
        return OsProblem.IN_USE
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return OsProblem.NO_SPACE
    if error.errno == errno.EROFS:
        return OsProblem.READ_ONLY
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return OsProblem.NO_PERMISSION
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        return OsProblem.NOT_FOUND
    return None


def os_error_text(error: OSError, name: str | None = None) -> str:
    """One plain sentence for *error*; *name* is the file it concerns (default: the error's own)."""
    if name is None:
        name = Path(error.filename).name if isinstance(error.filename, str) and error.filename else ""
    problem = os_problem(error)
    if problem is OsProblem.IN_USE:
        return translate("messages", "他のプログラム（Excel など）が使用中のため使えません: {name}").format(name=name)
    if problem is OsProblem.NO_SPACE:
        return translate("messages", "ディスクの空きが足りません。")
    if problem is OsProblem.READ_ONLY:
        return translate("messages", "読み取り専用の場所のため書き込めません: {name}").format(name=name)
    if problem is OsProblem.NO_PERMISSION:
        return translate("messages", "アクセスする権限がありません: {name}").format(name=name)
    if problem is OsProblem.NOT_FOUND:
        return translate("messages", "ファイルが見つかりません: {name}").format(name=name)
    return translate("messages", "「{name}」を扱えませんでした（{reason}）").format(
        name=name, reason=error.strerror or error
    )
