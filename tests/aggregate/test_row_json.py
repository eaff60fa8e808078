"""The collection's row text (collection.row_json) is the text the per-value conversion wrote
before it was made fast: JSON of the row with each date or date and time as its ISO day and each
whole float as an int. Old collections hold that text, and the summary reads both alike."""

from __future__ import annotations

import json
import math
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehablogg.aggregate.collection import row_json


def _before(value: object) -> object:
    """The conversion each value went through before, one Python call per cell."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _old(row: list[object]) -> str:
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    return encode([_before(v) for v in row])


CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False),
    st.floats(min_value=-1e6, max_value=1e6).map(float.__floor__).map(float),  # whole floats
    st.text(max_size=20),
    st.dates(),
    st.datetimes(),
)


@given(st.lists(CELLS, max_size=25))
def test_the_same_text_as_the_per_value_conversion(row: list[object]) -> None:
    assert row_json(row) == _old(row)


def test_the_cases_by_name() -> None:
    row: list[object] = [
        "E1",
        date(2025, 3, 4),
        datetime(2025, 3, 4, 23, 59),
        30,
        30.0,
        2.5,
        True,
        None,
        "Tromsø «x»",
    ]
    assert row_json(row) == '["E1","2025-03-04","2025-03-04",30,30,2.5,true,null,"Tromsø «x»"]'
    assert row_json([math.inf]) == _old([math.inf])


def test_a_value_json_cannot_hold_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="set in a row"):
        row_json([{1, 2}])
