"""PDF import speed: the 150-project roadmap exported to PDF, read back; prints seconds per page.

Targets: <= 0.15 s per page on one core, <= 0.08 s per page wall time with two worker processes.

    python bench/bench_pdf_import.py [N]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pdfplumber
from generate import generate_roadmap  # also puts the project on sys.path

from roadmap_desktop.core.dump import dumps
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.export.pdf import export_pdf
from roadmap_desktop.importing import pdf as pdf_import
from roadmap_desktop.importing.merge import apply_import, plan_import
from roadmap_desktop.importing.pdf_page import extract_page
from roadmap_desktop.importing.pdf_sheet import read_page


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    roadmap = generate_roadmap(n)
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "book.pdf"
        problems = export_pdf(roadmap, roadmap.projects, book)
        with pdfplumber.open(book) as doc:
            pages = len(doc.pages)
            t0 = time.perf_counter()
            data = []
            for page in doc.pages:
                data.append(extract_page(page, page.page_number))
                page.close()
            t1 = time.perf_counter()
        for d in data:
            read_page(d, roadmap.edition)
        t2 = time.perf_counter()

        saved = pdf_import.PARALLEL_MIN_PAGES
        pdf_import.PARALLEL_MIN_PAGES = 10**9  # one core
        t3, c3 = time.perf_counter(), time.process_time()
        serial = pdf_import.read_pdf(book, roadmap.edition)
        t4, c4 = time.perf_counter(), time.process_time()
        pdf_import.PARALLEL_MIN_PAGES = saved
        parallel = pdf_import.read_pdf(book, roadmap.edition)
        t5, c5 = time.perf_counter(), time.process_time()

    empty = Roadmap(roadmap.edition, [])
    back = apply_import(empty, plan_import(empty, parallel))
    same = sum(
        dumps(Roadmap(roadmap.edition, [a]), with_ids=False) == dumps(Roadmap(roadmap.edition, [b]), with_ids=False)
        for a, b in zip(roadmap.projects, back.projects, strict=False)
    )
    warned = sum(1 for s in serial.sheets if s.warnings)
    cut = len({m for m in problems if "のバー「" in m})
    print(
        f"projects: {n}, pages: {pages}, sheets read: {len(parallel.sheets)}, identical after import: {same}/{n} "
        f"(bar labels the export reported as cut: {cut}), sheets with warnings: {warned}"
    )
    print(f"pdfplumber parse only:     {(t1 - t0) / pages:.4f} s per page")
    print(f"sheet reading only:        {(t2 - t1) / pages:.4f} s per page")
    print(
        f"read_pdf, one core:        {(t4 - t3) / pages:.4f} s per page wall, {(c4 - c3) / pages:.4f} s CPU "
        f"({t4 - t3:.2f} s)  target <= 0.15"
    )
    print(
        f"read_pdf, two processes:   {(t5 - t4) / pages:.4f} s per page wall ({t5 - t4:.2f} s, "
        f"{c5 - c4:.2f} s CPU in this process)  target <= 0.08"
    )
    if hasattr(os, "getloadavg"):
        print(
            f"load average (1 min) at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores "
            "(the figures mean something only on an otherwise idle machine)"
        )


if __name__ == "__main__":
    main()
