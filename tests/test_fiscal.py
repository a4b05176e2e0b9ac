from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roadmap_desktop.core.errors import FiscalYearError, ValidationError
from roadmap_desktop.core.fiscal import (
    MAX_FISCAL_YEAR,
    MIN_FISCAL_YEAR,
    Month,
    format_budget,
    format_fiscal_year,
    parse_budget,
    parse_fiscal_year,
    parse_optional_fiscal_year,
    period_in_words,
)


@pytest.mark.parametrize(
    ("text", "fy"),
    [
        ("R5", 2023),
        ("r5", 2023),
        ("Ｒ５", 2023),
        ("令和5年度", 2023),
        ("令和５年度", 2023),
        ("令和元年度", 2019),
        ("R1", 2019),
        ("H31", 2019),
        ("平成31年度", 2019),
        ("H19", 2007),
        ("平成19年度", 2007),
        ("2023年度", 2023),
        ("２０２３年度", 2023),
        ("2023", 2023),
        (" R6 ", 2024),
        ("S64", 1989),
    ],
)
def test_parse_known_forms(text: str, fy: int) -> None:
    assert parse_fiscal_year(text) == fy


@pytest.mark.parametrize(
    "text", ["", "R", "R0", "H32", "H0", "令和", "X5", "R5R6", "5", "R-1", "23年度", "R5.5", "令和6年度末"]
)
def test_unparseable_is_an_error_not_a_guess(text: str) -> None:
    with pytest.raises(FiscalYearError):
        parse_fiscal_year(text)


def test_reiwa6_is_april_2024_to_march_2025() -> None:
    fy = parse_fiscal_year("令和6年度")
    assert Month.fiscal(fy, 0) == Month(2024, 4)
    assert Month.fiscal(fy, 11) == Month(2025, 3)
    assert Month(2025, 3).fiscal_year == fy
    assert Month(2024, 3).fiscal_year == fy - 1


def test_format() -> None:
    assert format_fiscal_year(2024) == "R6"
    assert format_fiscal_year(2019) == "R1"
    assert format_fiscal_year(2019, "long") == "令和元年度"
    assert format_fiscal_year(2007) == "H19"
    assert format_fiscal_year(2007, "long") == "平成19年度"


@given(st.integers(MIN_FISCAL_YEAR, MAX_FISCAL_YEAR), st.sampled_from(["short", "long"]))
def test_format_then_parse_round_trips(fy: int, style: str) -> None:
    assert parse_fiscal_year(format_fiscal_year(fy, style)) == fy


@given(st.integers(1, 31))
def test_heisei_maps_onto_reiwa_at_31(n: int) -> None:
    fy = parse_fiscal_year(f"H{n}")
    assert fy == 1988 + n
    assert parse_fiscal_year(format_fiscal_year(fy)) == fy


@given(st.integers(MIN_FISCAL_YEAR, MAX_FISCAL_YEAR))
def test_full_width_digits_mean_the_same(fy: int) -> None:
    short = format_fiscal_year(fy)
    wide = short.translate(str.maketrans("0123456789RHS", "０１２３４５６７８９ＲＨＳ"))
    assert parse_fiscal_year(wide) == fy


def test_optional_and_budget() -> None:
    assert parse_optional_fiscal_year("  ") is None
    assert parse_budget("５,１４４") == 5144
    assert parse_budget("176,289") == 176289
    assert parse_budget("") is None
    assert format_budget(853117) == "853,117"
    for bad in ["-5", "1.5", "abc", "5,144円x"]:
        with pytest.raises(ValidationError):
            parse_budget(bad)


def test_months_and_words() -> None:
    assert Month.parse("2024-04") == Month(2024, 4)
    assert Month(2024, 4).fiscal_month == 0 and Month(2025, 3).fiscal_month == 11
    assert Month(2024, 12).shifted(3) == Month(2025, 3)
    assert period_in_words(Month(2024, 4), Month(2025, 3)) == "令和6年4月〜令和7年3月"
    assert Month(2019, 4).japanese() == "平成31年4月"
    assert Month(2019, 5).japanese() == "令和元年5月"
    with pytest.raises(ValidationError):
        Month.parse("2024/04")
