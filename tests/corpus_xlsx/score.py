"""Facts found and facts lost, per producer: the corpus read by our Excel import.

A fact is one field of a project, one initiative (its name and plan label), or one bar (row,
months, label, running on). *Found*: imported into an empty roadmap, the fact is there. *Lost*:
imported into the sample roadmap (which already holds every fact the file shows), the fact is no
longer there after apply.

    python tests/corpus_xlsx/score.py          # the per-producer table
"""

from __future__ import annotations

import copy
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus_xlsx.build import KINDS, build, load_facts
from roadmap_desktop.core.dump import project_to_dict
from roadmap_desktop.core.fields import FIELDS as SHEET_FIELDS
from roadmap_desktop.core.model import Roadmap
from roadmap_desktop.core.sample import load_sample
from roadmap_desktop.importing.merge import apply_import, plan_import
from roadmap_desktop.importing.xlsx import read_xlsx
from roadmap_desktop.paths import sample_path

FIELDS = tuple(f.attr for f in SHEET_FIELDS)  # every field of the sheet


def facts_of(project: dict[str, Any]) -> Counter[tuple[Any, ...]]:
    """Every fact of one project (a dump's or the transcription's dict), as hashable tuples."""
    name = project["name"]
    out: Counter[tuple[Any, ...]] = Counter()
    for f in FIELDS:
        v = project[f]
        out[(name, "field", f, tuple(v) if isinstance(v, list) else v)] += 1
    for ini in project["initiatives"]:
        out[(name, "initiative", ini["name"], ini["plan_label"])] += 1
        for row in ("plan", "actual"):
            for b in ini[row]:
                out[(name, "bar", ini["name"], row, b["start"], b["end"], b["label"], b["continues"])] += 1
    return out


def all_facts(projects: list[dict[str, Any]]) -> Counter[tuple[Any, ...]]:
    total: Counter[tuple[Any, ...]] = Counter()
    for p in projects:
        total += facts_of(p)
    return total


def score(path: Path) -> dict[str, Any]:
    """Found/expected and lost for one workbook, with the facts that were missed."""
    expected = all_facts(load_facts()["projects"])
    sample = load_sample(sample_path())
    result = read_xlsx(path, sample.edition)
    empty = Roadmap(copy.deepcopy(sample.edition), [])
    got = apply_import(empty, plan_import(empty, result))
    found = all_facts([project_to_dict(p) for p in got.projects])
    hit = expected & found
    into = apply_import(sample, plan_import(sample, result))
    after = all_facts([project_to_dict(p) for p in into.projects])
    held = all_facts([project_to_dict(p) for p in sample.projects])
    lost = held - after
    return {
        "expected": sum(expected.values()),
        "found": sum(hit.values()),
        "lost": sum(lost.values()),
        "missing": sorted(map(str, expected - found))[:20],
        "lost_facts": sorted(map(str, lost))[:20],
        "extra": sorted(map(str, found - expected))[:20],
        "warnings": [w for s in result.sheets for w in s.warnings],
        "problems": result.problems,
    }


def table(folder: Path) -> str:
    lines = [f"{'producer':<24} {'found':>12} {'%':>7} {'lost':>5}"]
    for kind in KINDS:
        s = score(build(kind, folder / f"{kind}.xlsx"))
        pct = 100.0 * s["found"] / s["expected"]
        lines.append(f"{kind:<24} {s['found']:>5}/{s['expected']:<6} {pct:>6.1f}% {s['lost']:>5}")
    return "\n".join(lines)


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        if verbose:
            for kind in KINDS:
                s = score(build(kind, Path(tmp) / f"{kind}.xlsx"))
                print(kind, s["found"], s["expected"], s["lost"])
                for key in ("missing", "lost_facts", "extra", "warnings", "problems"):
                    for item in s[key][:8]:
                        print("   ", key, item)
        print(table(Path(tmp)))
