"""Write an output file under a temporary name and rename it, so the target is never half-written."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import RoadmapError
from ..core.i18n import translate
from ..core.os_errors import OsProblem, os_problem
from ..fsutil import is_no_space, no_space_error, temp_beside


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside *target*; on success it replaces *target*, on any error it is removed.

    A cancelled or failed export therefore leaves whatever was at *target* before (or nothing).
    """
    target = Path(target)
    tmp = temp_beside(target, target.suffix)
    try:
        yield tmp
        with tmp.open("rb+") as f:
            os.fsync(f.fileno())
        try:
            os.replace(tmp, target)
        except OSError as e:
            if os_problem(e) not in (OsProblem.IN_USE, OsProblem.NO_PERMISSION):
                raise
            raise RoadmapError(
                translate(
                    "export",
                    "「{name}」に書き込めません。他のプログラム（Excel など）で開いていないか確認してください。",
                ).format(name=target.name)
            ) from None
    except OSError as e:
        tmp.unlink(missing_ok=True)
        if is_no_space(e):
            raise no_space_error(target) from None
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
