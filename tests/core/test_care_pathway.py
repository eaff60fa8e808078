"""The care pathway's rules: an episode's dates, its pauses, overlapping episodes, needs, and
the reminders for a client about to turn 6, 16 or 18."""

from __future__ import annotations

from datetime import date

import pytest

from rehablogg.core import care_pathway as cp
from rehablogg.core.care_pathway import Episode, NeedsAssessment, Pause, Turning

TODAY = date(2026, 12, 5)


def _episode(**changes: object) -> Episode:
    fields: dict[str, object] = {
        "referral_date": date(2026, 3, 2),
        "referral_source": "helsestasjon",
        "start_date": date(2026, 3, 20),
        "end_date": date(2026, 9, 30),
        "end_reason": "maal_naadd",
        "pauses": (Pause(date(2026, 5, 4), date(2026, 5, 22), "intensiv_trening"),),
    }
    fields.update(changes)
    return Episode(**fields)  # type: ignore[arg-type]


def test_a_whole_episode_may_be_saved() -> None:
    assert cp.episode_problem(_episode(), today=TODAY) is None
    assert cp.episode_problem(_episode(end_date=None, end_reason=None), today=TODAY) is None


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"referral_source": "naboen"}, cp.UNKNOWN_SOURCE),
        ({"referral_date": date(2026, 12, 6)}, cp.REFERRAL_IN_FUTURE),
        ({"start_date": date(2026, 3, 1)}, cp.START_BEFORE_REFERRAL),
        ({"end_date": date(2026, 3, 19)}, cp.END_BEFORE_START),
        ({"end_date": date(2027, 1, 1)}, cp.DATE_IN_FUTURE),
        ({"end_reason": None}, cp.END_WITHOUT_REASON),
        ({"end_reason": "lei"}, cp.END_WITHOUT_REASON),
        ({"end_date": None}, cp.REASON_WITHOUT_END),
        ({"pauses": (Pause(date(2026, 5, 4), None, "ferie"),)}, cp.UNKNOWN_PAUSE),
    ],
)
def test_each_fault_gets_its_sentence(changes: dict[str, object], sentence: str) -> None:
    assert cp.episode_problem(_episode(**changes), today=TODAY) == sentence


def test_pauses_stay_inside_the_episode_and_apart() -> None:
    before_start = _episode(pauses=(Pause(date(2026, 3, 1), date(2026, 3, 25), "utilgjengelig"),))
    assert "2026-03-01" in str(cp.episode_problem(before_start, today=TODAY))
    open_in_ended = _episode(pauses=(Pause(date(2026, 9, 1), None, "utilgjengelig"),))
    assert "innenfor" in str(cp.episode_problem(open_in_ended, today=TODAY))
    backwards = _episode(pauses=(Pause(date(2026, 6, 10), date(2026, 6, 1), "utilgjengelig"),))
    assert "slutter før" in str(cp.episode_problem(backwards, today=TODAY))
    overlapping = _episode(
        pauses=(
            Pause(date(2026, 6, 1), date(2026, 6, 10), "utilgjengelig"),
            Pause(date(2026, 6, 10), date(2026, 6, 20), "intensiv_trening"),
        )
    )
    assert "overlapper" in str(cp.episode_problem(overlapping, today=TODAY))


def test_a_client_has_one_episode_at_a_time() -> None:
    earlier = _episode()
    later = _episode(
        referral_date=date(2026, 10, 1), start_date=None, end_date=None, end_reason=None, pauses=()
    )
    assert cp.episode_problem(later, today=TODAY, others=[earlier]) is None
    overlapping = _episode(
        referral_date=date(2026, 9, 1), start_date=None, end_date=None, end_reason=None, pauses=()
    )
    assert "2026-03-02" in str(cp.episode_problem(overlapping, today=TODAY, others=[earlier]))
    assert cp.episode_problem(earlier, today=TODAY, others=[overlapping]) is not None


def test_pause_days_count_to_the_end_or_the_day_asked() -> None:
    episode = _episode(
        end_date=None,
        end_reason=None,
        pauses=(
            Pause(date(2026, 5, 4), date(2026, 5, 8), "intensiv_trening"),
            Pause(date(2026, 11, 1), None, "utilgjengelig"),
        ),
    )
    assert episode.pause_days(date(2026, 11, 10)) == 5 + 10
    assert episode.paused_on(date(2026, 11, 30)) and not episode.paused_on(date(2026, 5, 9))
    assert _episode().pause_days(TODAY) == 19


def test_needs_levels_are_checked() -> None:
    fine = NeedsAssessment(date(2026, 11, 1), {"bolig": "mye", "transport": "noe"})
    assert cp.needs_problem(fine, today=TODAY) is None
    assert fine.level("barnehage_skole") == "ingen"
    assert cp.needs_problem(NeedsAssessment(date(2026, 11, 1), {"bolig": "litt"}), today=TODAY)
    assert cp.needs_problem(NeedsAssessment(date(2026, 12, 6)), today=TODAY) == cp.NEEDS_IN_FUTURE


def test_reminders_within_24_months_unless_planned_or_assessed() -> None:
    # Turns 6 in 2028 (first day within 24 months of 2026-12-05) and 18 in 2028 for 2010.
    assert cp.transition_reminders(
        2022, TODAY, has_transition_planning=False, has_needs_assessment=False
    ) == (Turning(6, 2028),)
    assert cp.transition_reminders(
        2010, TODAY, has_transition_planning=False, has_needs_assessment=False
    ) == (Turning(16, 2026), Turning(18, 2028))
    assert not cp.transition_reminders(
        2023, TODAY, has_transition_planning=False, has_needs_assessment=False
    )
    assert not cp.transition_reminders(
        2022, TODAY, has_transition_planning=True, has_needs_assessment=False
    )
    assert not cp.transition_reminders(
        2022, TODAY, has_transition_planning=False, has_needs_assessment=True
    )
    assert not cp.transition_reminders(
        None, TODAY, has_transition_planning=False, has_needs_assessment=False
    )
