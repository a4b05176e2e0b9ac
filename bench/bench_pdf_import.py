"""PDF import speed: the 150-project roadmap exported to PDF, read back; prints seconds per page.

Targets: <= 0.15 s per page on one core, <= 0.08 s per page wall time with two worker processes.

    python bench/bench_pdf_import.py [N]
"""

from __future__ import annotations

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
        export_pdf(roadmap, roadmap.projects, book)
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
        t3 = time.perf_counter()
        serial = pdf_import.read_pdf(book, roadmap.edition)
        t4 = time.perf_counter()
        pdf_import.PARALLEL_MIN_PAGES = saved
        parallel = pdf_import.read_pdf(book, roadmap.edition)
        t5 = time.perf_counter()

    empty = Roadmap(roadmap.edition, [])
    back = apply_import(empty, plan_import(empty, parallel))
    same = sum(
        dumps(Roadmap(roadmap.edition, [a]), with_ids=False) == dumps(Roadmap(roadmap.edition, [b]), with_ids=False)
        for a, b in zip(roadmap.projects, back.projects, strict=False)
    )
    warned = sum(1 for s in serial.sheets if s.warnings)
    print(f"projects: {n}, pages: {pages}, sheets read: {len(parallel.sheets)}, identical after import: {same}/{n}, "
          f"sheets with warnings: {warned}")
    print(f"pdfplumber parse only:     {(t1 - t0) / pages:.4f} s per page")
    print(f"sheet reading only:        {(t2 - t1) / pages:.4f} s per page")
    print(f"read_pdf, one core:        {(t4 - t3) / pages:.4f} s per page ({t4 - t3:.2f} s)  target <= 0.15")
    print(f"read_pdf, two processes:   {(t5 - t4) / pages:.4f} s per page ({t5 - t4:.2f} s)  target <= 0.08 (wall)")


if __name__ == "__main__":
    main()
