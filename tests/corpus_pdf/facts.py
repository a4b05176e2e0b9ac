"""The expected facts of the sample roadmap, straight from its JSON transcription, and scoring.

A fact is one field value of one project, one initiative (its name and plan label), or one bar with
its row, first and last month, label and whether it continues. Text compares without the line breaks
and spaces typed to fit a cell (as the import's merge compares it).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roadmap_desktop.core.codepoints import fold_lookalikes
from roadmap_desktop.core.fields import FIELDS as SHEET_FIELDS

SAMPLE_JSON = Path(__file__).resolve().parents[2] / "resources" / "sample" / "r6-roadmap.json"
# Every field of the sheet but 事業名, which keys each fact.
FIELDS = tuple(f.attr for f in SHEET_FIELDS if f.attr != "name")
_ERA = {"R": 2018, "H": 1988}


def sample() -> dict[str, Any]:
    """The sample transcription as plain data (fiscal years as R5/H19 strings, months as YYYY-MM)."""
    data: dict[str, Any] = json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))
    return data


def year_number(text: str | None) -> int | None:
    """R5 -> 2023, H19 -> 2007 (what the model holds)."""
    if not text:
        return None
    return _ERA[text[0]] + int(text[1:])


def _text(value: Any) -> Any:
    if isinstance(value, str):
        # look-alike code points (〜/～ …) are one character to a reader: a fact either way
        return fold_lookalikes(re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "", unicodedata.normalize("NFC", value)).strip())
    if isinstance(value, list):
        return tuple(_text(v) for v in value)
    return value


def _bar(row: str, bar: dict[str, Any]) -> tuple[Any, ...]:
    return (row, bar["start"], bar["end"], _text(bar["label"]), bool(bar["continues"]))


def expected_facts(project: dict[str, Any]) -> set[tuple[Any, ...]]:
    """Facts of one project of the JSON transcription."""
    facts: set[tuple[Any, ...]] = set()
    name = _text(project["name"])
    for attr in FIELDS:
        value = project[attr]
        if attr in ("start_year", "end_year"):
            value = year_number(value)
        facts.add((name, attr, _text(value)))
    for ini in project["initiatives"]:
        iname = _text(ini["name"])
        facts.add((name, "initiative", iname, ini["plan_label"]))
        for row in ("plan", "actual"):
            for bar in ini[row]:
                facts.add((name, "bar", iname, *_bar(row, bar)))
    return facts


def project_facts(project: Any) -> set[tuple[Any, ...]]:
    """The same facts of a model Project (what an import produced)."""
    as_dict = {attr: getattr(project, attr) for attr in FIELDS}
    facts: set[tuple[Any, ...]] = set()
    name = _text(project.name)
    for attr, value in as_dict.items():
        facts.add((name, attr, _text(list(value) if isinstance(value, list) else value)))
    for ini in project.initiatives:
        iname = _text(ini.name)
        facts.add((name, "initiative", iname, ini.plan_label))
        for row in ("plan", "actual"):
            for bar in getattr(ini, row):
                d = {"start": str(bar.start), "end": str(bar.end), "label": bar.label, "continues": bar.continues}
                facts.add((name, "bar", iname, *_bar(row, d)))
    return facts


@dataclass
class Score:
    expected: int
    found: int  # facts read into an empty roadmap
    lost: int  # facts of the sample roadmap missing after importing into it
    missing: list[tuple[Any, ...]]
    spurious: list[tuple[Any, ...]]
    lost_facts: list[tuple[Any, ...]]

    def line(self, producer: str) -> str:
        pct = 100.0 * self.found / self.expected if self.expected else 0.0
        return (
            f"{producer}: found {self.found}/{self.expected} ({pct:.1f}%), lost {self.lost}, extra {len(self.spurious)}"
        )


def score(projects: list[dict[str, Any]], read_into_empty: list[Any], applied_to_sample: list[Any]) -> Score:
    """Compare the facts of *projects* (JSON) with a reader's result and with the sample after an import."""
    want: set[tuple[Any, ...]] = set()
    for p in projects:
        want |= expected_facts(p)
    got: set[tuple[Any, ...]] = set()
    for p in read_into_empty:
        got |= project_facts(p)
    after: set[tuple[Any, ...]] = set()
    for p in applied_to_sample:
        after |= project_facts(p)
    missing = sorted(want - got, key=str)
    lost = sorted(want - after, key=str)
    return Score(len(want), len(want & got), len(lost), missing, sorted(got - want, key=str), lost)
