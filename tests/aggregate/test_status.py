"""Chains, duplicates and conflicts as a pure function of the offers."""

from __future__ import annotations

from rehablogg.aggregate.status import Offer, Status, resolve, winners


def sub(
    path: str, eid: str, replaces: str = "", therapist: str = "T", month: str = "2025-01"
) -> Offer:
    return Offer(path, eid, therapist, month, replaces)


def statuses(offers: list[Offer]) -> list[Status]:
    return [r.status for r in resolve(offers)]


def test_newest_in_a_chain_wins_in_any_order() -> None:
    chain = [sub("b", "2", "1"), sub("c", "3", "2"), sub("a", "1")]
    assert statuses(chain) == [Status.SUPERSEDED, Status.ACCEPTED, Status.SUPERSEDED]
    assert winners(chain) == ["3"]


def test_same_id_twice_is_a_duplicate_and_same_path_is_not_counted_twice() -> None:
    offers = [sub("a", "1"), sub("b", "1")]
    assert statuses(offers) == [Status.ACCEPTED, Status.DUPLICATE]


def test_two_unrelated_submissions_conflict_and_neither_wins() -> None:
    offers = [sub("a", "1"), sub("b", "2"), sub("c", "3", "1")]
    assert statuses(offers) == [Status.SUPERSEDED, Status.CONFLICT, Status.CONFLICT]
    assert winners(offers) == []


def test_other_months_and_therapists_do_not_interfere() -> None:
    offers = [sub("a", "1"), sub("b", "2", month="2025-02"), sub("c", "3", therapist="U")]
    assert statuses(offers) == [Status.ACCEPTED] * 3


def test_rejected_files_keep_their_reason() -> None:
    offers = [Offer("x", reason="Filen er ikke en xlsx-arbeidsbok."), sub("a", "1")]
    out = resolve(offers)
    assert out[0].status is Status.REJECTED and out[0].reason.startswith("Filen er ikke")
    assert out[1].status is Status.ACCEPTED


def test_correction_of_a_missing_original_is_accepted() -> None:
    assert statuses([sub("b", "2", "1")]) == [Status.ACCEPTED]


# -- chains with a gap (docs/export-format.md, "Submissions and correction chains") ----------

T0 = "2025-04-02T09:00:00+02:00"
T1 = "2025-04-09T10:00:00+02:00"
T2 = "2025-04-16T11:00:00+02:00"
T3 = "2025-04-23T12:00:00+02:00"
T4 = "2025-04-30T13:00:00+02:00"


def made(
    path: str, eid: str, replaces: str = "", created: str = "", month: str = "2025-03"
) -> Offer:
    return Offer(path, eid, "T", month, replaces, created=created)


def test_original_and_korr2_without_korr1_counts_korr2_and_names_the_gap() -> None:
    offers = [made("a", "orig", created=T0), made("c", "korr2", "korr1", T2)]
    out = resolve(offers)
    assert [r.status for r in out] == [Status.SUPERSEDED, Status.ACCEPTED]
    assert winners(offers) == ["korr2"]
    assert out[1].missing == ("korr1",) and "korr1" in out[1].reason
    assert "korr1" in out[0].reason and "korr2" in out[0].reason
    # the same in the other order offered
    assert winners(list(reversed(offers))) == ["korr2"]


def test_the_gap_is_bridged_without_timestamps_when_only_the_original_is_older() -> None:
    """A correction always comes after the original it ultimately corrects: no clock needed
    (collections made before the timestamp was kept have none)."""
    offers = [made("a", "orig"), made("c", "korr2", "korr1")]
    assert winners(offers) == ["korr2"]


def test_korr1_arriving_later_completes_the_chain() -> None:
    before = [made("a", "orig", created=T0), made("c", "korr2", "korr1", T2)]
    after = [*before, made("b", "korr1", "orig", T1)]
    assert winners(before) == winners(after) == ["korr2"]
    out = resolve(after)
    assert [r.status for r in out] == [Status.SUPERSEDED, Status.ACCEPTED, Status.SUPERSEDED]
    assert all(r.missing == () for r in out)
    assert out[1].reason == ""


def test_two_different_korr2_for_the_same_month_stay_a_conflict() -> None:
    for with_korr1 in (False, True):
        offers = [
            made("a", "orig", created=T0),
            made("c", "korr2a", "korr1", T2),
            made("d", "korr2b", "korr1", T3),
        ]
        if with_korr1:
            offers.append(made("b", "korr1", "orig", T1))
        out = resolve(offers)
        assert winners(offers) == [], with_korr1
        assert out[1].status is out[2].status is Status.CONFLICT
        if not with_korr1:
            assert "korr1" in out[1].reason  # the conflict names the missing link too


def test_a_correction_of_a_month_with_no_original_is_counted_and_names_the_original() -> None:
    out = resolve([made("b", "korr1", "orig", T1)])
    assert out[0].status is Status.ACCEPTED
    assert out[0].missing == ("orig",) and "orig" in out[0].reason


def test_two_gaps_the_newest_correction_wins_and_both_gaps_are_named() -> None:
    offers = [
        made("a", "orig", created=T0),
        made("c", "korr2", "korr1", T2),
        made("e", "korr4", "korr3", T4),
    ]
    out = resolve(offers)
    assert winners(offers) == ["korr4"]
    assert out[2].missing == ("korr1", "korr3")
    assert out[1].status is Status.SUPERSEDED and "korr3" in out[1].reason


def test_two_gaps_without_timestamps_cannot_be_ordered() -> None:
    offers = [made("a", "orig"), made("c", "korr2", "korr1"), made("e", "korr4", "korr3")]
    assert winners(offers) == []
    assert {r.status for r in resolve(offers)} == {Status.CONFLICT}


def test_two_gaps_made_in_the_same_second_cannot_be_ordered() -> None:
    offers = [made("c", "korr2", "korr1", T2), made("e", "korr4", "korr3", T2)]
    assert winners(offers) == []


def test_a_correction_older_than_the_original_is_not_its_continuation() -> None:
    """A chain is made on one machine in order; a correction made before the original it
    would continue belongs to another history (another database): a conflict."""
    offers = [made("a", "orig", created=T3), made("c", "korr2", "korr1", T1)]
    assert winners(offers) == []
    assert all(r.status is Status.CONFLICT for r in resolve(offers))


def test_two_originals_and_a_gap_stay_a_conflict() -> None:
    offers = [
        made("a", "orig", created=T0),
        made("b", "annen", created=T1),
        made("c", "korr2", "korr1", T2),
    ]
    assert winners(offers) == []


def test_a_gap_in_another_month_or_for_another_therapist_does_not_interfere() -> None:
    offers = [
        made("a", "orig", created=T0),
        made("c", "korr2", "korr1", T2),
        made("x", "feb", created=T0, month="2025-02"),
    ]
    out = resolve(offers)
    assert winners(offers) == ["korr2", "feb"]
    assert out[2].missing == () and out[2].reason == ""


def test_a_chain_that_points_in_a_circle_counts_nothing_and_does_not_hang() -> None:
    offers = [made("a", "x", "y", T0), made("b", "y", "x", T1)]
    assert winners(offers) == []


def test_an_unreadable_timestamp_is_an_unknown_time() -> None:
    offers = [made("c", "korr2", "korr1", "igår"), made("e", "korr4", "korr3", T4)]
    assert winners(offers) == []
    offers = [
        made("a", "orig", created="2025-04-02T09:00:00"),  # no UTC offset
        made("c", "korr2", "korr1", T2),
    ]
    assert winners(offers) == ["korr2"]  # the original is older by structure anyway
