from __future__ import annotations

import pytest

from roadmap_desktop.core.errors import ValidationError
from roadmap_desktop.core.fiscal import Month
from roadmap_desktop.core.model import Bar, Edition, Initiative, Project, Roadmap, default_title, validate_project

E = Edition(fiscal_year=2024)


def project_with(bar: Bar) -> Project:
    return Project(name="x", initiatives=[Initiative("i", plan=[bar])])


def test_window_is_five_fiscal_years() -> None:
    assert E.window_years == [2024, 2025, 2026, 2027, 2028]
    assert E.first_month == Month(2024, 4) and E.last_month == Month(2029, 3)
    assert E.month_offset(Month(2029, 3)) == 59
    assert E.budget_label == "R6事業費（千円）"
    assert default_title(2024) == "令和６年度DX関連事業ロードマップ"


@pytest.mark.parametrize(
    ("bar", "fragment"),
    [
        (Bar(Month(2024, 9), Month(2024, 4)), "より前"),
        (Bar(Month(2024, 3), Month(2024, 6)), "外"),
        (Bar(Month(2028, 4), Month(2029, 4)), "外"),
        (Bar(Month(2024, 4), Month(2025, 3), continues=True), "最終月"),
    ],
)
def test_bad_bars_are_refused_with_a_message(bar: Bar, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        validate_project(project_with(bar), E)


def test_bars_on_first_and_last_month_are_fine() -> None:
    validate_project(project_with(Bar(Month(2024, 4), Month(2029, 3), continues=True)), E)


@pytest.mark.parametrize("budget", [-1, 1.5, True])
def test_bad_budget(budget: object) -> None:
    with pytest.raises(ValidationError) as info:
        validate_project(Project(budget=budget), E)  # type: ignore[arg-type]
    assert info.value.field == "budget"


def test_end_before_start() -> None:
    with pytest.raises(ValidationError, match="事業終期"):
        validate_project(Project(start_year=2025, end_year=2024), E)
    validate_project(Project(start_year=2024, end_year=2029), E)  # ends past the window (R11): fine


def test_sheet_numbers_follow_order_unless_fixed() -> None:
    r = Roadmap(Edition(first_sheet_no=56), [Project(), Project(), Project(sheet_no_override=80), Project()])
    assert r.sheet_numbers() == [56, 57, 80, 81]
