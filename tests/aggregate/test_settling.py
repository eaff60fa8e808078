"""The summary settles each therapist after their last submission (workbook._gather): the
follow-up works out their clients' Intensitet rows and the care pathway their episodes' minutes
there and then, and both let the contacts go. Held until the end, every client's year of
contacts made the summary's memory grow with the number of files. Settled or not, the figures
must be the same."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehablogg.aggregate.followup_sheets import FollowupData, FollowupGather, _intensities
from rehablogg.aggregate.pathway_figures import EpisodeRow, PathwayData, episode_figures
from rehablogg.aggregate.pathway_sheets import PathwayGather
from rehablogg.aggregate.status import resolve
from rehablogg.aggregate.submission_rows import submission_rows
from rehablogg.aggregate.workbook import _accepted, _gather, _winners
from rehablogg.core.pilot import Pilot
from tests.aggregate.sharing_corpus import Client, Spec, new_collection, pilot_of


def _spec(linked: bool) -> Spec:
    clients = [
        Client(0, "habilitering", 2019, (12, 30, 44, 58), 0, referral=3, pause=(20, 27)),
        Client(0, "habilitering", 2016, (2, 9, 70), 15, referral=-20),
        Client(1, "rehabilitering", 1960, (5, 41), 0, referral=1, end=45, reason="flyttet"),
        Client(1, "habilitering", 2012, (8, 100), 0, referral=2, home=1, arrangement="kjop"),
        Client(2, "habilitering", 2010, (3, 17, 31, 120), 0, also=0 if linked else None),
    ]
    return Spec(therapists=(0, 1, 0), clients=tuple(clients), linked=linked, pathway=True)


def _settled_and_not(
    linked: bool,
) -> Iterator[tuple[Pilot, FollowupData, PathwayData, FollowupData, PathwayData]]:
    """The follow-up and pathway data of one collection gathered by the summary (settling)
    and, for comparison, by the gatherers alone (never settled)."""
    spec = _spec(linked)
    pilot = pilot_of(spec)
    with tempfile.TemporaryDirectory() as folder:
        collection = new_collection(Path(folder), spec)
        try:
            offers = collection.offers()
            winners = _winners(collection, _accepted(offers, resolve(offers)))
            _totals, followup, pathway = _gather(collection, winners, linked, None, pilot.targets)
            plain_followup = FollowupGather(winners, linked)
            plain_pathway = PathwayGather(collection, winners, linked)
            for rows in submission_rows(collection, winners):
                plain_followup.add(rows)
                plain_pathway.add(rows)
            yield pilot, followup, pathway, plain_followup.finish(), plain_pathway.data
        finally:
            collection.close()


@pytest.mark.parametrize("linked", [False, True], ids=["own", "linked"])
def test_settled_therapists_give_the_same_figures(linked: bool) -> None:
    for pilot, followup, pathway, plain_followup, plain_pathway in _settled_and_not(linked):
        figures = episode_figures(pathway)
        assert figures == episode_figures(plain_pathway)
        assert any(f.direct_minutes > 0 for f in figures)
        assert any(f.indirect_minutes > 0 for f in figures)
        rows = _intensities(followup, pilot, pathway.by_client())
        assert len(rows) == len(_spec(linked).clients)
        # Linked, the client another therapist saw once is one client of two therapists.
        assert any(len(r.therapists) == 2 for r in rows) == linked
        assert rows == _intensities(plain_followup, pilot, plain_pathway.by_client())


def test_settled_therapists_hold_no_contacts() -> None:
    for _pilot, followup, pathway, plain_followup, plain_pathway in _settled_and_not(False):
        assert pathway.contacts == {}
        assert set(followup.settled) == set(followup.clients)
        assert all(len(c.days) == 0 for c in followup.clients.values())
        # What the gatherers alone hold (and the summary held for every client until now).
        assert sum(len(c.days) for c in plain_followup.clients.values()) > 10
        assert any(plain_pathway.contacts.values())


def test_linked_clients_are_worked_out_at_the_end() -> None:
    """A linked client's later contacts may come from any therapist: not settled early."""
    for pilot, followup, pathway, _plain_followup, _plain_pathway in _settled_and_not(True):
        assert followup.settled == {}
        assert sum(len(c.days) for c in followup.clients.values()) > 10
        assert pathway.contacts == {}  # the episodes' contacts are the therapist's own
        assert _intensities(followup, pilot, pathway.by_client())


@pytest.mark.parametrize("linked", [False, True], ids=["own", "linked"])
def test_the_episodes_by_client_are_made_only_for_clients_not_settled(linked: bool) -> None:
    # Made for every client, the mapping was most of what writing the follow-up sheets
    # added to the summary's peak; settled clients already carry their episodes' state.
    for pilot, followup, pathway, _plain_followup, _plain_pathway in _settled_and_not(linked):
        made: list[int] = []

        def by_client(
            made: list[int] = made, pathway: PathwayData = pathway
        ) -> dict[tuple[str, str], list[EpisodeRow]]:
            made.append(1)
            return pathway.by_client()

        rows = _intensities(followup, pilot, by_client)
        assert made == ([1] if linked else [])
        assert rows == _intensities(followup, pilot, pathway.by_client())


def test_the_sheets_are_never_written_with_other_targets_than_settled_with() -> None:
    for pilot, followup, pathway, _plain_followup, _plain_pathway in _settled_and_not(False):
        with pytest.raises(ValueError, match="other targets"):
            _intensities(followup, None, pathway.by_client())
        assert _intensities(followup, pilot, pathway.by_client())
