"""Foreign PDF import speed: 150 pages drawn in another program's style (tests/corpus_pdf/drawn.py:
thin line bars with arrow heads, labels above, lanes, spaced labels, （続き） pages), read back.

Target: as our own PDFs (bench_pdf_import.py): about 0.035 s per page of sheet reading on one core.

Then, with LibreOffice installed, each kind of hand-built department workbook (tests/corpus_xlsx)
printed by LibreOffice and read back: seconds per page, facts found into an empty roadmap and lost
importing into the sample (the per-producer table of issue 10).

    python bench/bench_pdf_foreign.py [PAGES] [--font NAME ...]   (target: <= 0.1 s per page)
"""

from __future__ import annotations

import copy
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests")]
import pdfplumber  # noqa: E402
from corpus_pdf import drawn  # noqa: E402
from corpus_pdf.facts import sample, score  # noqa: E402
from corpus_xlsx.build import KINDS  # noqa: E402
from lo_print import MATRIX_FONTS, build_corpus, convert  # noqa: E402

from roadmap_desktop.core.model import Roadmap  # noqa: E402
from roadmap_desktop.core.sample import load_sample  # noqa: E402
from roadmap_desktop.importing import pdf as pdf_import  # noqa: E402
from roadmap_desktop.importing.merge import ChangeKind, apply_import, plan_import  # noqa: E402
from roadmap_desktop.importing.pdf_page import extract_page  # noqa: E402
from roadmap_desktop.importing.pdf_sheet import read_page  # noqa: E402
from roadmap_desktop.paths import sample_path  # noqa: E402


def _projects(pages: int) -> list[dict]:
    base = sample()["projects"]
    out: list[dict] = []
    count = 0
    while count < pages:
        p = copy.deepcopy(base[len(out) % len(base)])
        p["name"] += f"（{len(out) + 1}）"
        out.append(p)
        count += -(-max(1, len(p["initiatives"])) // drawn.ROWS_PER_PAGE)
    return out


ONLY_FONTS = sys.argv[sys.argv.index("--font") + 1 :] if "--font" in sys.argv else []


def main() -> None:
    args = sys.argv[1 : sys.argv.index("--font")] if "--font" in sys.argv else sys.argv[1:]
    pages_wanted = int(args[0]) if args else 150
    edition = load_sample(sample_path()).edition
    projects = _projects(pages_wanted)
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "foreign.pdf"
        drawn.draw(book, projects=projects, extra_pages=False)
        with pdfplumber.open(book) as doc:
            pages = len(doc.pages)
            t0 = time.perf_counter()
            data = []
            for page in doc.pages:
                data.append(extract_page(page, page.page_number))
                page.close()
            t1 = time.perf_counter()
        for d in data:
            read_page(d, edition)
        t2 = time.perf_counter()

        saved = pdf_import.PARALLEL_MIN_PAGES
        pdf_import.PARALLEL_MIN_PAGES = 10**9  # one core
        t3, c3 = time.perf_counter(), time.process_time()
        serial = pdf_import.read_pdf(book, edition)
        t4, c4 = time.perf_counter(), time.process_time()
        pdf_import.PARALLEL_MIN_PAGES = saved
        parallel = pdf_import.read_pdf(book, edition)
        t5, c5 = time.perf_counter(), time.process_time()

    empty = Roadmap(copy.deepcopy(edition), [])
    back = apply_import(empty, plan_import(empty, parallel)).projects
    s = score(projects, back, back)
    print(f"projects: {len(projects)}, pages: {pages}, sheets read: {len(serial.sheets)}; {s.line('facts')}")
    print(f"pdfplumber parse only:     {(t1 - t0) / pages:.4f} s per page")
    print(f"sheet reading only:        {(t2 - t1) / pages:.4f} s per page  (own PDFs: about 0.035)")
    print(
        f"read_pdf, one core:        {(t4 - t3) / pages:.4f} s per page wall, {(c4 - c3) / pages:.4f} s CPU "
        f"({t4 - t3:.2f} s)  target <= 0.1 s CPU"
    )
    print(
        f"read_pdf, two processes:   {(t5 - t4) / pages:.4f} s per page wall ({t5 - t4:.2f} s, {c5 - c4:.2f} s CPU here)"
    )
    if hasattr(os, "getloadavg"):
        print(
            f"load average (1 min) at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores "
            "(the figures mean something only on an otherwise idle machine)"
        )

    printed_workbooks(edition)


def printed_workbooks(edition: Any) -> None:
    """Our export of the sample and every hand-built workbook kind, printed by LibreOffice in each font of
    the matrix (one soffice run per font, the font pinned: tests/lo_print.py), read on one core, scored."""
    if not shutil.which("soffice"):
        print("LibreOffice not installed: the printed workbooks are left out")
        return
    fonts = [f for f in MATRIX_FONTS if not ONLY_FONTS or f in ONLY_FONTS]
    with tempfile.TemporaryDirectory() as tmp:
        sources = build_corpus(Path(tmp) / "xlsx", KINDS)
        print("LibreOffice prints (found into an empty roadmap / lost into the sample, projects changed):")
        for font in fonts:
            t0 = time.perf_counter()
            pdfs = convert(list(sources.values()), Path(tmp) / font.replace(" ", "_"), font=font)
            print(f"{font}: printed {len(pdfs)} workbooks in {time.perf_counter() - t0:.1f} s")
            total_pages = total_time = total_cpu = 0.0
            for kind, pdf in zip(sources, pdfs, strict=True):
                with pdfplumber.open(pdf) as doc:
                    pages = len(doc.pages)
                saved = pdf_import.PARALLEL_MIN_PAGES
                pdf_import.PARALLEL_MIN_PAGES = 10**9  # one core: seconds per page of reading
                t1, c1 = time.perf_counter(), time.process_time()
                result = pdf_import.read_pdf(pdf, edition)
                t2, c2 = time.perf_counter(), time.process_time()
                pdf_import.PARALLEL_MIN_PAGES = saved
                total_pages += pages
                total_time += t2 - t1
                total_cpu += c2 - c1
                sample_roadmap = load_sample(sample_path())
                plan = plan_import(sample_roadmap, result)
                changed = sum(1 for c in plan if c.kind is not ChangeKind.UNCHANGED)
                empty = Roadmap(copy.deepcopy(edition), [])
                into_empty = apply_import(empty, plan_import(empty, result)).projects
                into_sample = apply_import(sample_roadmap, plan).projects
                s = score(sample()["projects"], into_empty, into_sample)
                unread = sum(len(sh.unread) for sh in result.sheets)
                print(
                    f"  {s.line(kind)}, changed {changed}, named unread {unread}; "
                    f"{(t2 - t1) / pages:.4f} s per page, {(c2 - c1) / pages:.4f} s CPU ({pages} pages)"
                )
            print(
                f"  {font}: {total_time / total_pages:.4f} s per page, {total_cpu / total_pages:.4f} s CPU, "
                f"over {int(total_pages)} pages (one core; target <= 0.1 s CPU)"
            )


if __name__ == "__main__":
    main()
