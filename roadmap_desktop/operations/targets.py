"""Where a new roadmap file may be written (新年度版, 新規作成, 名前を付けて保存): one set of guards.

Not over the file it comes from (that one is open or only read), not over a file someone has open
(its lock file), and over any other existing file only when the caller says so (the window asks,
the command line refuses).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from ..core.errors import RoadmapError
from ..core.i18n import translate
from ..storage.lock import lock_path


class TargetProblem(Enum):
    SAME_FILE = "same"
    IN_USE = "in_use"
    EXISTS = "exists"


class TargetError(RoadmapError):
    """The file cannot be written at the target (why: :attr:`problem`); nothing was written."""

    def __init__(self, problem: TargetProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


def check_target(source: Path | None, target: Path, overwrite: bool = False) -> None:
    """Raise :class:`TargetError` unless a new roadmap file may be written to *target*."""
    target = Path(target)
    if source is not None and target.exists() and target.resolve() == Path(source).resolve():
        raise TargetError(
            TargetProblem.SAME_FILE,
            translate("files", "元のファイルと同じ名前です。別の名前を指定してください。"),
        )
    if lock_path(target).exists():
        raise TargetError(
            TargetProblem.IN_USE,
            translate("files", "「{name}」は他の人が使用中のため上書きできません。").format(name=target.name),
        )
    if target.exists() and not overwrite:
        raise TargetError(
            TargetProblem.EXISTS, translate("files", "「{name}」は既に存在します。").format(name=target.name)
        )
