"""基準月 and other months typed in every form the year fields accept; dates shown in 和暦."""

from __future__ import annotations

import pytest

from roadmap_desktop.core.errors import ValidationError
from roadmap_desktop.core.fiscal import Month, japanese_date, japanese_datetime_text, parse_month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03", Month(2025, 3)),
        ("2025-3", Month(2025, 3)),
        ("2025/3", Month(2025, 3)),
        ("2025.03", Month(2025, 3)),
        ("2025年3月", Month(2025, 3)),
        ("２０２５年３月", Month(2025, 3)),
        ("令和7年3月", Month(2025, 3)),
        ("令和元年5月", Month(2019, 5)),
        ("R7.3", Month(2025, 3)),
        ("r7/12", Month(2025, 12)),
        ("R7年3月", Month(2025, 3)),
        ("Ｒ７年３月", Month(2025, 3)),
        (" 令和 7 年 3 月 ", Month(2025, 3)),
        ("H31.4", Month(2019, 4)),
        ("平成30年12月", Month(2018, 12)),
    ],
)
def test_month_forms(text: str, expected: Month) -> None:
    assert parse_month(text) == expected


@pytest.mark.parametrize(
    "text", ["", "2025", "R7", "令和7年", "2025-13", "R7.0", "H40.1", "三月", "2025-03-01", "R7.3.1"]
)
def test_not_a_month_is_refused_in_japanese(text: str) -> None:
    with pytest.raises(ValidationError) as e:
        parse_month(text)
    assert "年" in str(e.value)


def test_parse_month_reads_what_month_japanese_writes() -> None:
    for index in range(2019 * 12, 2032 * 12):
        m = Month.from_index(index)
        assert parse_month(m.japanese()) == m
        assert parse_month(str(m)) == m


def test_dates_in_japanese_era_words() -> None:
    assert japanese_datetime_text("2026-11-29 14:05") == "令和8年11月29日 14:05"
    assert japanese_datetime_text("2019-04-30 09:00") == "平成31年4月30日 9:00"
    assert japanese_datetime_text("2019-05-01") == "令和元年5月1日"
    assert japanese_datetime_text("2026-02-30 10:00") == "2026-02-30 10:00"  # not a date: shown as is
    assert japanese_datetime_text("昨日") == "昨日"
    assert japanese_date(1989, 1, 7) == "昭和64年1月7日"
