"""Chains, duplicates and conflicts as a pure function of the offers."""

from __future__ import annotations

from rehablogg.aggregate.status import Offer, Status, resolve, winners


def sub(path: str, eid: str, replaces: str = "", therapist: str = "T", month: str = "2025-01"
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
