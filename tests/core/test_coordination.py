"""Coordination load per client or therapist."""

from __future__ import annotations

from rehablogg.core.coordination import (
    COORDINATION_CODES,
    coordination_load,
    is_coordinated_by,
)


def test_codes_and_roles() -> None:
    assert list(COORDINATION_CODES) == ["I06", "I07", "I08", "I04", "I09"]
    assert COORDINATION_CODES["I04"] == "ansvarsgruppe"


def test_load_sums_coordination_codes_against_all_time() -> None:
    load = coordination_load([("I04", 60), ("I06", 30), ("D02", 45), ("I09", 15), ("I01", 30)])
    assert load.by_code == {"I06": 30, "I07": 0, "I08": 0, "I04": 60, "I09": 15}
    assert load.coordination_minutes == 105
    assert load.total_minutes == 180
    assert load.share == 105 / 180
    assert load.coordinates


def test_who_coordinates() -> None:
    meeting_only = coordination_load([("I04", 60)])
    assert not meeting_only.coordinates
    assert not is_coordinated_by(False, meeting_only)
    assert is_coordinated_by(True, meeting_only)
    assert is_coordinated_by(False, coordination_load([("I07", 20)]))
    assert coordination_load([]).share is None
