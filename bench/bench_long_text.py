"""A hostile 事業名 (tens of thousands of characters, as a file may carry) through the book's layout and
`roadmap export --book`: the cost must grow linearly with the text's length, not with its square.

    python bench/bench_long_text.py [LENGTH ...]   (default 1000 4000 30000)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.layout.book import layout_book
from roadmap_desktop.layout.fonts import register_font
from roadmap_desktop.paths import sample_path
from roadmap_desktop.storage import RoadmapFile

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    lengths = [int(a) for a in argv] or [1000, 4000, 30000]
    register_font()
    for n in lengths:
        roadmap = load_sample(sample_path())
        roadmap.projects[0].name = ("長い事業名の例です。" * (n // 10 + 1))[:n]  # an older file: no cap then
        t = time.perf_counter()
        book = layout_book(roadmap, roadmap.projects, Month(2025, 3))
        layout_s = time.perf_counter() - t
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "long.roadmap"
            RoadmapFile.create(src, roadmap).close()
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "roadmap_desktop.cli", "export", str(src), "--pdf", str(Path(tmp) / "b.pdf"),
                 "--book", "--reference-month", "2025-03"],
                check=True, capture_output=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            )  # fmt: skip
            command_s = time.perf_counter() - t
        print(
            f"事業名 {n:>6,} characters: layout of the 20-project book {layout_s:.2f} s "
            f"({len(book.pages)} pages), `roadmap export --book` {command_s:.2f} s"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
