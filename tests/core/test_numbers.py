"""Numbers as Norwegian and English readers expect them."""

from __future__ import annotations

import pytest

from rehablogg.core.numbers import (
    NBSP,
    format_count,
    format_decimal_hours,
    format_hours_minutes,
    format_number,
    format_percent,
    format_spreadsheet_number,
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
    assert format_count(12345, "nn") == f"12{NBSP}345"
    assert format_count(12345, "en") == "12,345"
    assert format_decimal_hours(95, "nb") == "1,6"
    assert format_decimal_hours(95, "en") == "1.6"
    assert format_decimal_hours(60 * 1500, "nb", 0) == f"1{NBSP}500"
    assert format_percent(45.2, "nb") == f"45{NBSP}%"
    assert format_percent(45.26, "en", 1) == "45.3%"
    assert format_percent(100, "en") == "100%"


def test_ties_round_half_up_as_people_round_by_hand() -> None:
    # 2.25 and 0.125 are exact in binary, so Python's own rounding would give 2,2 and 0,12.
    assert format_number(2.25, "nb", 1) == "2,3"
    assert format_number(0.125, "en", 2) == "0.13"
    assert format_number(-2.5, "en") == "-3"


def test_hours_and_minutes_are_a_clock_form_not_a_count() -> None:
    assert format_hours_minutes(95) == "1:35"
    assert format_hours_minutes(5) == "0:05"
    assert format_count(95, "nb") == "95"


def test_not_a_number_is_shown_not_raised() -> None:
    assert format_number(float("inf"), "en") == "inf"
    assert format_number(float("nan"), "nb", 1) == "nan"


def test_a_spreadsheet_number_has_a_decimal_comma_and_no_grouping() -> None:
    assert format_spreadsheet_number(1234.56, 1) == "1234,6"
    assert format_spreadsheet_number(2.25, 1) == "2,3"  # half up, as on screen
    assert format_spreadsheet_number(1234567) == "1234567"
