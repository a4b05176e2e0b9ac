"""PDF export speed: a 150-project roadmap into one PDF; prints ms per sheet (target ≤ 15 ms).

python bench/bench_pdf.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_roadmap  # also puts the project on sys.path

from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.layout.fonts import register_font
from roadmap_desktop.layout.sheet import layout_projects


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    roadmap = generate_roadmap(n)
    register_font()  # loading the TTF once per process is not per-sheet work
    pages = sum(len(s.pages) for s in layout_projects(roadmap, roadmap.projects[:1]))  # warm caches
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "book.pdf"
        t0 = time.perf_counter()
        sheets = layout_projects(roadmap, roadmap.projects)
        t1 = time.perf_counter()
        problems = export_pdf(roadmap, roadmap.projects, out)
        t2 = time.perf_counter()
        size = out.stat().st_size
    pages = sum(len(s.pages) for s in sheets)
    print(f"projects: {n}, pages: {pages}, fitting problems reported: {len(problems)}, file: {size / 1e6:.1f} MB")
    print(f"layout only:        {(t1 - t0) * 1000 / n:6.2f} ms per sheet")
    print(f"export_pdf (total): {(t2 - t1) * 1000 / n:6.2f} ms per sheet  ({(t2 - t1):.2f} s)  target <= 15 ms")


if __name__ == "__main__":
    main()
