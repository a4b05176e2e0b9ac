"""Write an output file under a temporary name and rename it, so the target is never half-written."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import RoadmapError
from ..core.i18n import translate
from ..core.os_errors import OsProblem, os_error_text, os_problem
from ..fsutil import is_no_space, no_space_error, temp_beside


def free_name(target: Path) -> Path:
    """The first of 名前_2.xlsx, 名前_3.xlsx … that does not exist beside *target* (a name to offer)."""
    n = 2
    while True:
        candidate = target.with_name(f"{target.stem}_{n}{target.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


class TargetInUseError(RoadmapError):
    """The target is open in another program (Excel holds it: Windows refuses to replace it).

    The old file is kept; :attr:`suggestion` is a free name beside it to offer instead.
    """

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.suggestion = free_name(self.target)
        super().__init__(
            translate(
                "export",
                "「{name}」は他のプログラム（Excel など）で開かれているため書き込めません。元のファイルはそのままです。"
                "閉じてからやり直すか、「{other}」など別の名前で書き出してください。",
            ).format(name=self.target.name, other=self.suggestion.name)
        )


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
            raise TargetInUseError(target) from None
    except OSError as e:
        tmp.unlink(missing_ok=True)
        if is_no_space(e):
            raise no_space_error(target) from None
        raise RoadmapError(os_error_text(e, target.name)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
