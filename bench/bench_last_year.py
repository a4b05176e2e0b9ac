"""Last year's book PDF imported into this year: the 150-sheet R6 book read and planned into the R7 file
(read in its own window, mapped by identity) against the same book into its own R6 file. Prints both;
the target is that the R7 import is no slower than the R6 one.

    python bench/bench_last_year.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_roadmap  # also puts the project on sys.path

from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.rollover import rollover
from roadmap_desktop.export.book import export_book
from roadmap_desktop.importing.merge import ChangeKind, apply_import
from roadmap_desktop.importing.pdf import read_pdf
from roadmap_desktop.importing.round_plan import all_changes, plan_round


def _import(roadmap: Roadmap, book: Path) -> tuple[float, float, int, int]:
    t0 = time.perf_counter()
    result = read_pdf(book, roadmap.edition)
    t1 = time.perf_counter()
    plans = plan_round(roadmap, [(book.name, result, None)])
    apply_import(roadmap, all_changes(plans))
    t2 = time.perf_counter()
    changes = all_changes(plans)
    taken = sum(len(c.changes) for c in changes if c.accepted and c.kind is ChangeKind.CHANGED)
    return t1 - t0, t2 - t1, len(result.sheets), taken


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    r6 = generate_roadmap(n)
    r7 = rollover(r6).roadmap
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "r6book.pdf"
        export_book(r6, r6.projects, book)
        _import(r6, book)  # warm caches (fonts, modules) before timing either
        own = _import(r6, book)
        later = _import(r7, book)
    for name, (read, plan, sheets, taken) in (("R6 book into R6", own), ("R6 book into R7", later)):
        print(
            f"{name}: read {read:.2f} s, plan+apply {plan:.2f} s, total {read + plan:.2f} s "
            f"({sheets} sheets, {taken} changes taken by default)"
        )
    ratio = (later[0] + later[1]) / (own[0] + own[1])
    print(f"into the next edition / into its own: {ratio:.2f}  target <= 1.0 (noise of a few % aside)")


if __name__ == "__main__":
    main()
