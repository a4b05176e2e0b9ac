"""Temporary files beside a target, for writes that end in an atomic rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .core.errors import RoadmapError
from .core.i18n import translate
from .core.os_errors import OsProblem, os_problem


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


def temp_beside(target: Path, suffix: str) -> Path:
    """Create an empty temporary file in *target*'s folder (same file system, so rename is atomic).

    Failures become a :class:`RoadmapError` in plain Japanese.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=".~" + target.stem, suffix=suffix, dir=target.parent)
    except FileNotFoundError:
        raise RoadmapError(translate("file", "フォルダー「{dir}」がありません。").format(dir=target.parent)) from None
    except OSError as e:
        if os_problem(e) in (OsProblem.NO_PERMISSION, OsProblem.READ_ONLY):
            raise RoadmapError(
                translate("file", "フォルダー「{dir}」に書き込む権限がありません。").format(dir=target.parent)
            ) from None
        if is_no_space(e):
            raise no_space_error(target) from None
        raise
    try:
        if os.name != "nt":
            os.fchmod(fd, _default_mode())
    finally:
        os.close(fd)
    return Path(name)
