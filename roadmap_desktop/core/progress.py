"""Progress reporting for long runs (export, import) without tying the core to Qt."""

from __future__ import annotations

from collections.abc import Callable

from .errors import RoadmapError
from .i18n import translate

# Called as progress(done, total); returning False asks the run to stop.
ProgressCallback = Callable[[int, int], bool]


class Cancelled(RoadmapError):
    def __init__(self) -> None:
        super().__init__(translate("progress", "中止しました。"))


def report(progress: ProgressCallback | None, done: int, total: int) -> None:
    """Tell *progress* how far we are; raise :class:`Cancelled` if it says stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled
