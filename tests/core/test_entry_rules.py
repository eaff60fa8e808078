"""Every entry validation rule, each with its own sentence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from rehablogg.core.catalogue import Catalogue, parse_catalogue
from rehablogg.core.entry import (
    EntryDraft,
    Severity,
    TimedSpan,
    errors,
    find_overlaps,
    validate_entry,
)

TODAY = date(2026, 11, 20)


def ok_draft(**changes: object) -> EntryDraft:
    base = EntryDraft(TODAY, 45, "D02", time(9, 0), (1,), "oppmote", "klinikk", ("foreldre",))
    return replace(base, **changes)  # type: ignore[arg-type]


def fields(problems: list) -> list[str]:  # type: ignore[type-arg]
    return [p.field for p in problems]


def test_a_valid_entry_has_no_problems(catalogue: Catalogue) -> None:
    assert validate_entry(ok_draft(), catalogue, TODAY) == []


@pytest.mark.parametrize("minutes", [0, -5, 721, 10_000])
def test_minutes_outside_1_to_720(catalogue: Catalogue, minutes: int) -> None:
    problems = validate_entry(ok_draft(minutes=minutes, start_time=None), catalogue, TODAY)
    assert fields(problems) == ["minutes"]
    assert "mellom 1 og 720" in problems[0].message


@pytest.mark.parametrize("minutes", [1, 720])
def test_minutes_at_the_bounds(catalogue: Catalogue, minutes: int) -> None:
    assert validate_entry(ok_draft(minutes=minutes, start_time=None), catalogue, TODAY) == []


def test_code_that_needs_a_client(catalogue: Catalogue) -> None:
    problems = validate_entry(ok_draft(client_ids=()), catalogue, TODAY)
    assert fields(problems) == ["clients"]
    assert "D02 gjelder en bruker" in problems[0].message


def test_admin_code_without_client_is_fine_and_with_client_is_not(catalogue: Catalogue) -> None:
    assert validate_entry(ok_draft(code="A03", client_ids=()), catalogue, TODAY) == []
    problems = validate_entry(ok_draft(code="A03"), catalogue, TODAY)
    assert fields(problems) == ["clients"]


def test_cancelled_code_takes_a_client_or_none(catalogue: Catalogue) -> None:
    assert validate_entry(ok_draft(code="A04", client_ids=()), catalogue, TODAY) == []
    assert validate_entry(ok_draft(code="A04"), catalogue, TODAY) == []


def test_several_clients_only_for_group_codes(catalogue: Catalogue) -> None:
    problems = validate_entry(ok_draft(client_ids=(1, 2)), catalogue, TODAY)
    assert fields(problems) == ["clients"]
    group = ok_draft(code="D03", client_ids=(1, 2, 3), group_size=5)
    assert validate_entry(group, catalogue, TODAY) == []


@pytest.mark.parametrize("size", [None, 0, 1])
def test_group_code_needs_group_size_of_two(catalogue: Catalogue, size: int | None) -> None:
    problems = validate_entry(ok_draft(code="D03", group_size=size), catalogue, TODAY)
    assert fields(problems) == ["group_size"]
    assert "minst 2" in problems[0].message


def test_group_size_below_the_clients_chosen(catalogue: Catalogue) -> None:
    draft = ok_draft(code="D03", client_ids=(1, 2, 3), group_size=2)
    assert fields(validate_entry(draft, catalogue, TODAY)) == ["group_size"]


def test_group_size_on_a_single_client_code(catalogue: Catalogue) -> None:
    assert fields(validate_entry(ok_draft(group_size=4), catalogue, TODAY)) == ["group_size"]


def test_same_client_twice(catalogue: Catalogue) -> None:
    draft = ok_draft(code="D03", client_ids=(1, 1), group_size=4)
    assert fields(validate_entry(draft, catalogue, TODAY)) == ["clients"]


def test_dates_more_than_seven_days_ahead(catalogue: Catalogue) -> None:
    assert validate_entry(ok_draft(date=TODAY + timedelta(days=7)), catalogue, TODAY) == []
    problems = validate_entry(ok_draft(date=TODAY + timedelta(days=8)), catalogue, TODAY)
    assert fields(problems) == ["date"]
    assert "7 dager" in problems[0].message


@pytest.mark.parametrize(("travel", "valid"), [(0, True), (600, True), (-1, False), (601, False)])
def test_travel_minutes(catalogue: Catalogue, travel: int, valid: bool) -> None:
    problems = validate_entry(ok_draft(travel_minutes=travel), catalogue, TODAY)
    assert (problems == []) is valid
    if not valid:
        assert fields(problems) == ["travel_minutes"]


def test_unknown_code(catalogue: Catalogue) -> None:
    problems = validate_entry(ok_draft(code="X99"), catalogue, TODAY)
    assert fields(problems) == ["code"]
    assert "X99" in problems[0].message


@pytest.mark.parametrize(
    ("field", "value"),
    [("contact_mode", "brevdue"), ("arena", "mars"), ("parties", ("foreldre", "romvesen"))],
)
def test_unknown_choices(catalogue: Catalogue, field: str, value: object) -> None:
    assert fields(validate_entry(ok_draft(**{field: value}), catalogue, TODAY)) == [field]


def test_entry_crossing_midnight(catalogue: Catalogue) -> None:
    problems = validate_entry(ok_draft(start_time=time(23, 30), minutes=60), catalogue, TODAY)
    assert fields(problems) == ["minutes"]
    assert "midnatt" in problems[0].message


def test_every_problem_is_one_sentence(catalogue: Catalogue) -> None:
    wrong = EntryDraft(TODAY + timedelta(days=30), 0, "D03", None, (1, 1), "x", "y", ("z",), 1, 900)
    problems = validate_entry(wrong, catalogue, TODAY)
    assert len(problems) >= 7
    for p in problems:
        assert p.severity is Severity.ERROR
        assert p.message.endswith(".") and p.message[0].isupper()
        assert p.message.count(". ") == 0


def test_retired_code_refused_for_new_entries_allowed_for_old() -> None:
    from rehablogg.resources_dir import resource_path

    text = resource_path("catalogue", "rehablogg-standard-1.toml").read_text(encoding="utf-8")
    text = text.replace("version = 1", "version = 2", 1)
    text = text.replace('code = "D07"', 'code = "D07"\nretired_in = 2', 1)
    v2 = parse_catalogue(text, "v2.toml")
    draft = ok_draft(code="D07")
    assert fields(validate_entry(draft, v2, TODAY)) == ["code"]
    assert validate_entry(draft, v2, TODAY, allow_retired=True) == []


class TestOverlaps:
    def test_overlap_is_a_warning_not_an_error(self) -> None:
        draft = ok_draft(start_time=time(9, 30), minutes=30)
        problems = find_overlaps(draft, [TimedSpan("other", time(9, 0), 45)])
        assert [p.severity for p in problems] == [Severity.WARNING]
        assert "09:00" in problems[0].message
        assert errors(problems) == []

    def test_touching_entries_do_not_overlap(self) -> None:
        draft = ok_draft(start_time=time(9, 45), minutes=30)
        assert find_overlaps(draft, [TimedSpan("other", time(9, 0), 45)]) == []

    def test_the_entry_itself_and_untimed_drafts_are_ignored(self) -> None:
        span = TimedSpan("me", time(9, 0), 45)
        assert find_overlaps(ok_draft(), [span], own_id="me") == []
        assert find_overlaps(ok_draft(start_time=None), [span]) == []


def test_fields_a_pilot_requires(catalogue: Catalogue) -> None:
    bare = ok_draft(start_time=None, arena=None, contact_mode=None, parties=())
    required = ("start_time", "arena", "contact_mode", "parties")
    problems = validate_entry(bare, catalogue, TODAY, required=required)
    assert fields(problems) == ["start_time", "arena", "contact_mode", "parties"]
    assert problems[1].message == "Piloten krever arena på hver registrering; fyll det ut."
    assert (
        validate_entry(ok_draft(start_time=time(9, 0)), catalogue, TODAY, required=required) == []
    )
    admin = ok_draft(code="A03", client_ids=())
    assert validate_entry(admin, catalogue, TODAY, required=("clients",)) == []
