"""Excel export and import of a 150-project roadmap: milliseconds per sheet (target ≤ 20 ms each way).

    python bench/bench_xlsx.py [N]

Also times, for comparison, openpyxl's normal (non-streaming) load of the same file, and a
LibreOffice re-save when soffice is installed.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generate import generate_roadmap

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.export.xlsx import export_xlsx
from roadmap_desktop.importing.xlsx import read_xlsx

RUNS = 5


def _best(func: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        func()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)  # type: ignore[return-value]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    roadmap = generate_roadmap(n=n, seed=0)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.xlsx"
        best, median = _best(lambda: export_xlsx(roadmap, roadmap.projects, out))
        print(
            f"export_xlsx: {n} sheets, best {best * 1000 / n:.1f} ms/sheet, median {median * 1000 / n:.1f} ms/sheet"
            f" ({out.stat().st_size / 1024:.0f} KiB)"
        )
        best, median = _best(lambda: read_xlsx(out, roadmap.edition))
        print(f"read_xlsx:   {n} sheets, best {best * 1000 / n:.1f} ms/sheet, median {median * 1000 / n:.1f} ms/sheet")
        back = Roadmap(roadmap.edition, [s.project for s in read_xlsx(out, roadmap.edition).sheets])
        print(f"round trip identical: {dumps(back) == dumps(roadmap)}")

        import openpyxl

        best, _ = _best(lambda: openpyxl.load_workbook(out), runs=1)
        print(f"(for comparison) openpyxl.load_workbook: {best * 1000 / n:.1f} ms/sheet")
        soffice = shutil.which("soffice")
        if soffice:
            profile = (Path(tmp) / "lo-profile").as_uri()
            t = time.perf_counter()
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--convert-to",
                    "xlsx",
                    "--outdir",
                    str(Path(tmp) / "lo"),
                    str(out),
                ],
                check=True,
                capture_output=True,
                timeout=600,
            )
            print(
                f"(for comparison) LibreOffice re-save incl. start-up: {(time.perf_counter() - t) * 1000 / n:.1f} ms/sheet"
            )
            lo = Path(tmp) / "lo" / "bench.xlsx"
            best, _ = _best(lambda: read_xlsx(lo, roadmap.edition), runs=3)
            back = Roadmap(roadmap.edition, [s.project for s in read_xlsx(lo, roadmap.edition).sheets])
            print(
                f"read_xlsx of the LibreOffice file: {best * 1000 / n:.1f} ms/sheet, identical: {dumps(back) == dumps(roadmap)}"
            )


if __name__ == "__main__":
    main()
