"""The collection round: 20 replies of 10 projects each merged into the 150-project roadmap (target: preview ≤ 2 s).

    python bench/bench_collection.py

Each reply is one of 20 workbooks exported with its base recorded (export_round), edited by a clerk
(openpyxl changes a budget and a text; not timed). Timed, through the operations layer as the window
and the command line do it (Session.plan_import): reading the 20 replies (each marked returned), and
planning them together (identity checks, 一覧, three-way merge, conflicts between replies, superseding)
— what the preview waits for. Applying (backup, write, replies marked) is printed apart.
"""

from __future__ import annotations

import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl
from generate import generate_roadmap

from roadmap_desktop.export.round_export import export_round
from roadmap_desktop.importing.merge import ChangeKind
from roadmap_desktop.operations.imports import plan_import, read_replies
from roadmap_desktop.operations.session import Session
from roadmap_desktop.storage import RoadmapFile

REPLIES, PER_REPLY, RUNS = 20, 10, int(__import__("os").environ.get("BENCH_RUNS", 3))


def _clerk_edits(path: Path, out: Path, k: int) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["一覧"]
    ws.cell(3 + k % PER_REPLY, 6).value = 1000 + k  # a budget corrected on 一覧
    sheets = [w for w in wb.worksheets if w.sheet_state == "visible" and w.title not in ("一覧", "全体工程表")]
    sheet = sheets[(k + 1) % PER_REPLY]  # a project sheet
    for row in sheet.iter_rows(max_row=8):
        for cell in row:
            if cell.value == "概要":
                target = sheet.cell(cell.row, cell.column + 1)
                target.value = f"{target.value}（第{k}回の修正）"
    wb.save(out)


def main() -> None:
    roadmap = generate_roadmap(n=150, seed=0)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with RoadmapFile.create(root / "bench.roadmap", roadmap) as f:
            replies = []
            for k in range(REPLIES):
                projects = roadmap.projects[(k * 7) % 140 : (k * 7) % 140 + PER_REPLY]  # overlapping groups
                book = root / f"dept{k}.xlsx"
                export_round(f, roadmap, projects, book, f"部局{k}")
                _clerk_edits(book, root / f"reply{k}.xlsx", k)
                replies.append(root / f"reply{k}.xlsx")
            here = copy.deepcopy(roadmap)  # changed here meanwhile: the office corrected a few budgets
            for p in here.projects[::15]:
                p.budget = (p.budget or 0) + 1
            f.save_all(here)
        with Session.open(root / "bench.roadmap") as session:
            reads, plans_t, totals, cpus = [], [], [], []
            for _ in range(RUNS):
                c0 = time.process_time()  # the CPU the preview takes, whatever else the machine runs
                t0 = time.perf_counter()
                read = read_replies(session.file, session.roadmap.edition, replies)
                assert read is not None
                t1 = time.perf_counter()
                plan = plan_import(session.roadmap, read, session.file)
                plan.describe()
                t2 = time.perf_counter()
                reads.append(t1 - t0)
                plans_t.append(t2 - t1)
                totals.append(t2 - t0)
                cpus.append(time.process_time() - c0)
            t3 = time.perf_counter()
            session.apply_import(plan)
            apply_s = time.perf_counter() - t3
            plans = plan.plans
        changes = plan.changes
        changed = sum(1 for c in changes if c.kind is ChangeKind.CHANGED)
        conflicts = sum(len(c.conflicts) for c in changes)
        print(
            f"collection round: {REPLIES} replies × {PER_REPLY} projects into {len(roadmap.projects)} projects:"
            f" read {statistics.median(reads):.2f} s, plan+describe {statistics.median(plans_t):.2f} s,"
            f" preview total {statistics.median(totals):.2f} s (best {min(totals):.2f} s; target ≤ 2 s),"
            f" of which CPU {statistics.median(cpus):.2f} s"
        )
        print(f"  {changed} projects changed, {conflicts} conflicts, all three-way: {all(p.three_way for p in plans)}")
        print(f"  apply as one step (backup, write, {REPLIES} replies marked): {apply_s:.2f} s")


if __name__ == "__main__":
    main()
