"""Numbers as Norwegian and English readers expect them."""

from __future__ import annotations

import pytest

from rehablogg.core.numbers import (
    NBSP,
    format_hours,
    format_minutes,
    format_number,
    format_percent,
)


@pytest.mark.parametrize("language", ["nb", "nn", "nn_NO", "nb-NO", "xx"])
def test_norwegian_groups_with_a_no_break_space_and_writes_a_decimal_comma(language: str) -> None:
    assert format_number(1234567.891, language, 2) == f"1{NBSP}234{NBSP}567,89"
    assert format_number(999, language) == "999"
    assert format_number(-1234.5, language, 1) == f"-1{NBSP}234,5"


@pytest.mark.parametrize("language", ["en", "en_GB", "en-US"])
def test_english_groups_with_commas_and_writes_a_decimal_point(language: str) -> None:
    assert format_number(1234567.891, language, 2) == "1,234,567.89"


def test_rounding_to_zero_drops_the_minus_sign() -> None:
    assert format_number(-0.04, "nb", 1) == "0,0"
    assert format_number(-0.4, "en") == "0"


def test_minutes_hours_and_percent() -> None:
    assert format_minutes(12345, "nn") == f"12{NBSP}345"
    assert format_minutes(12345, "en") == "12,345"
    assert format_hours(95, "nb") == "1,6"
    assert format_hours(95, "en") == "1.6"
    assert format_hours(60 * 1500, "nb", 0) == f"1{NBSP}500"
    assert format_percent(45.2, "nb") == f"45{NBSP}%"
    assert format_percent(45.26, "en", 1) == "45.3%"
    assert format_percent(100, "en") == "100%"
