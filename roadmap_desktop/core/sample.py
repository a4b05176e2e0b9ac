"""The sample roadmap that ships with the application (sheets No. 56–75 of the 令和６年度 book)."""

from __future__ import annotations

from pathlib import Path

from .dump import loads
from .model import Roadmap


def load_sample(path: Path) -> Roadmap:
    """Read the sample data file; each call gives fresh project identities."""
    return loads(path.read_text(encoding="utf-8"))
