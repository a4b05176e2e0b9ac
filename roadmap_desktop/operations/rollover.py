"""新年度版を作成 as an operation: the next edition in a new file, its guards in one place.

The open roadmap is only read (operations/targets.py has the guards of the new file). Nothing is
written unless every guard passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.model import Roadmap
from ..core.rollover import RolloverResult, rollover
from ..storage.roadmap_file import RoadmapFile
from ..storage.rounds import carry_exports_from
from .targets import check_target


@dataclass
class Rollover:
    """The next edition of *roadmap* (read from the file at *source*), to be written to another file."""

    source: Path
    roadmap: Roadmap
    keep_ended: bool = False

    def preview(self) -> RolloverResult:
        """What the new edition will hold (a RoadmapError when the roadmap cannot be rolled over)."""
        return rollover(self.roadmap, keep_ended=self.keep_ended)

    def write(self, target: Path, overwrite: bool = False, result: RolloverResult | None = None) -> RolloverResult:
        """Check *target* (TargetError), then write the new edition there; *result*: a preview already made."""
        check_target(self.source, Path(target), overwrite)
        result = result if result is not None else self.preview()
        with RoadmapFile.create(Path(target), result.roadmap, overwrite=overwrite) as new:
            # the old edition's export records go along, so a late reply still merges three-way
            carry_exports_from(self.source, new, result.old_edition.fiscal_year)
        return result
