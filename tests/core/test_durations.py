from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehablogg.core.durations import parse_duration
from rehablogg.core.numbers import format_hours_minutes


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("90", 90),
        (" 45 ", 45),
        ("1:30", 90),
        ("0:45", 45),
        ("1,5t", 90),
        ("1.5t", 90),
        ("1t 30m", 90),
        ("1t30m", 90),
        ("2t", 120),
        ("2 timer", 120),
        ("45m", 45),
        ("45 min", 45),
        ("1h 15min", 75),
        ("1,25 t", 75),
        ("1T 30M", 90),
        ("0,5t", 30),
    ],
)
def test_forgiving_forms(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["", "abc", "1:75", "t", "1,5,5", "-30", "1t 30", "30m 1t"])
def test_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(ValueError, match="er ikke en varighet"):
        parse_duration(text)


@given(st.integers(min_value=0, max_value=24 * 60))
def test_clock_form_round_trips(minutes: int) -> None:
    assert parse_duration(format_hours_minutes(minutes)) == minutes
