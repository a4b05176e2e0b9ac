from __future__ import annotations

import json

import pytest

from roadmap_desktop.core.dump import dumps, loads
from roadmap_desktop.core.errors import ValidationError
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap


def small() -> Roadmap:
    bars = [Bar(Month(2025, 4), Month(2026, 3), "b"), Bar(Month(2024, 4), Month(2024, 9), "a")]
    p = Project(name="事業", items=["x", "y"], start_year=2023, end_year=2029, budget=1234,
                initiatives=[Initiative("取組\n（注）", "目標", plan=bars, actual=[])])  # fmt: skip
    return Roadmap(Edition(first_sheet_no=3), [p])


def test_canonical_form() -> None:
    text = dumps(small())
    data = json.loads(text)
    project = data["projects"][0]
    assert project["start_year"] == "R5" and project["end_year"] == "R11"
    assert [b["start"] for b in project["initiatives"][0]["plan"]] == ["2024-04", "2025-04"]  # sorted
    assert project["sheet_no"] == 3
    assert text == json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def test_round_trip() -> None:
    r = small()
    assert dumps(loads(dumps(r))) == dumps(r)


def test_foreign_json_refused() -> None:
    with pytest.raises(ValidationError):
        loads('{"format": "other"}')
    with pytest.raises(ValidationError, match="新しいバージョン"):
        loads('{"format": "roadmap-desktop", "version": 99, "edition": {}, "projects": []}')
