"""Excel import of a department's hand-built workbook: 150 projects, every bar a drawn shape
(rectangles and arrows, long projects continued on （続き） sheets). Target ≤ 20 ms per sheet.

    python bench/bench_xlsx_foreign.py [N]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpus_xlsx.build import build
from corpus_xlsx.score import all_facts
from generate import generate_roadmap

from roadmap_desktop.core.dump import dumps, project_to_dict
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.importing.xlsx_package import open_package

RUNS = 5


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    roadmap = generate_roadmap(n=n, seed=0)
    facts = json.loads(dumps(roadmap, with_ids=False))
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("shapes_rect", "shapes_grouped"):
            path = build(kind, Path(tmp) / f"{kind}.xlsx", facts)
            with open_package(path) as package:
                sheets = len(package.sheets)
                shapes = sum(1 for e in package.archive.namelist() if e.startswith("xl/drawings/drawing"))
            times = []
            for _ in range(RUNS):
                t = time.perf_counter()
                result = read_xlsx(path, roadmap.edition)
                times.append(time.perf_counter() - t)
            got = all_facts([project_to_dict(s.project, with_id=False) for s in result.sheets])
            want = all_facts(facts["projects"])
            print(
                f"read_xlsx {kind}: {n} projects on {sheets} worksheets ({shapes} drawings, "
                f"{path.stat().st_size / 1024:.0f} KiB): best {min(times) * 1000 / sheets:.1f} ms/sheet, "
                f"median {statistics.median(times) * 1000 / sheets:.1f} ms/sheet "
                f"({min(times) * 1000 / n:.1f} ms/project); "
                f"facts found {sum((got & want).values())}/{sum(want.values())}"
            )


if __name__ == "__main__":
    main()
