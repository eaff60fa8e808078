"""PathwayBook: a client's episodes, pauses and needs as the window saves them, refused in one
sentence when they break a rule, and the transition reminders. Hostile cases first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from rehablogg.application.guarded_write import WriteFailedError
from rehablogg.application.logbook import Logbook
from rehablogg.application.pathway_book import (
    EpisodeRecord,
    PathwayBook,
    PathwayProblem,
    Reminder,
)
from rehablogg.core.care_pathway import Episode, NeedsAssessment, Pause
from rehablogg.core.entry import EntryDraft
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry, delete_entry
from rehablogg.storage.errors import DatabaseGoneError, StorageError

TODAY = date(2026, 11, 18)
CAT = ("rehablogg-standard", 1)


def logbook(db: Database) -> Logbook:
    return Logbook(db, today=lambda: TODAY)


@pytest.fixture
def book(db: Database) -> PathwayBook:
    return logbook(db).pathway


@pytest.fixture
def ada(db: Database) -> int:
    return logbook(db).clients.add("Ada Test", birth_year=2015)


def episode(
    referral: date = date(2026, 3, 2),
    *,
    start: date | None = date(2026, 3, 20),
    end: date | None = None,
    reason: str | None = None,
    pauses: tuple[Pause, ...] = (),
    source: str = "fastlege",
) -> Episode:
    return Episode(referral, source, start, end, reason, pauses)


def entry(db: Database, day: date, code: str, *clients: int) -> str:
    return add_entry(db.engine, EntryDraft(day, 45, code, None, clients), *CAT)


# -- refused --------------------------------------------------------------------------------


def test_an_episode_overlapping_another_of_the_client_is_refused(
    book: PathwayBook, ada: int
) -> None:
    book.add_episode(ada, episode(end=date(2026, 6, 30), reason="maal_naadd"))
    with pytest.raises(PathwayProblem, match="allerede et forløp fra 2026-03-02") as refused:
        book.add_episode(ada, episode(date(2026, 6, 1), start=None))
    assert isinstance(refused.value, ValueError)
    assert len(book.episodes(ada)) == 1
    # A second open episode while the first is open is the same overlap.
    second = book.add_episode(ada, episode(date(2026, 7, 1), start=None))
    with pytest.raises(PathwayProblem, match="allerede et forløp fra 2026-07-01"):
        book.add_episode(ada, episode(date(2026, 9, 1), start=None))
    # Moving the first over the second is refused as well, and the first stays as it was.
    first = book.episodes(ada)[0]
    with pytest.raises(PathwayProblem, match="allerede et forløp fra 2026-07-01"):
        book.change_episode(first.id, replace(first.episode, end_date=date(2026, 7, 2)))
    assert book.episodes(ada)[0] == first
    assert [r.id for r in book.episodes(ada)] == [first.id, second]


def test_an_episode_does_not_overlap_itself_when_changed(book: PathwayBook, ada: int) -> None:
    episode_id = book.add_episode(ada, episode())
    book.change_episode(episode_id, episode(start=date(2026, 3, 25)))
    assert book.episodes(ada)[0].episode.start_date == date(2026, 3, 25)


def test_another_clients_episode_is_no_overlap(book: PathwayBook, db: Database, ada: int) -> None:
    bo = logbook(db).clients.add("Bo Test")
    book.add_episode(ada, episode())
    book.add_episode(bo, episode())
    assert len(book.episodes(bo)) == 1


@pytest.mark.parametrize(
    ("pause", "sentence"),
    [
        (Pause(date(2026, 2, 1), date(2026, 2, 10), "utilgjengelig"), "innenfor forløpet"),
        (Pause(date(2026, 6, 20), date(2026, 7, 10), "utilgjengelig"), "innenfor forløpet"),
        (Pause(date(2026, 6, 20), None, "utilgjengelig"), "innenfor forløpet"),
        (Pause(date(2026, 5, 10), date(2026, 5, 1), "utilgjengelig"), "slutter før"),
        (Pause(date(2026, 5, 1), date(2026, 5, 10), "ferie"), "hva slags opphold"),
    ],
)
def test_a_pause_outside_the_episode_backwards_or_of_no_known_kind_is_refused(
    book: PathwayBook, ada: int, pause: Pause, sentence: str
) -> None:
    bad = episode(end=date(2026, 6, 30), reason="overfort", pauses=(pause,))
    with pytest.raises(PathwayProblem, match=sentence):
        book.add_episode(ada, bad)
    assert book.episodes(ada) == []


def test_overlapping_pauses_are_refused_and_the_stored_list_stays(
    book: PathwayBook, ada: int
) -> None:
    kept = (Pause(date(2026, 4, 1), date(2026, 4, 14), "spesialisthelsetjeneste"),)
    episode_id = book.add_episode(ada, episode(pauses=kept))
    clash = (*kept, Pause(date(2026, 4, 14), date(2026, 4, 20), "intensiv_trening"))
    with pytest.raises(PathwayProblem, match="2026-04-01 og 2026-04-14 overlapper"):
        book.change_episode(episode_id, episode(pauses=clash))
    assert book.episodes(ada)[0].episode.pauses == kept


@pytest.mark.parametrize(
    ("bad", "sentence"),
    [
        (episode(source="lege"), "hvem som henviste"),
        (episode(end=date(2026, 6, 1), reason="ferdig"), "hvorfor forløpet ble avsluttet"),
        (episode(end=date(2026, 6, 1)), "hvorfor forløpet ble avsluttet"),
        (episode(reason="maal_naadd"), "krever en sluttdato"),
        (episode(date(2026, 11, 19), start=None), "etter i dag"),
        (episode(start=date(2026, 11, 19)), "etter i dag"),
        (episode(start=date(2026, 3, 1)), "før henvisningsdatoen"),
        (episode(end=date(2026, 3, 10), reason="annet"), "før henvisningen eller oppstarten"),
    ],
)
def test_unknown_keys_and_dates_out_of_order_are_refused(
    book: PathwayBook, ada: int, bad: Episode, sentence: str
) -> None:
    with pytest.raises(PathwayProblem, match=sentence):
        book.add_episode(ada, bad)
    assert book.episodes(ada) == []


def test_an_episode_id_or_client_that_does_not_exist_is_refused(
    book: PathwayBook, ada: int
) -> None:
    with pytest.raises(PathwayProblem, match="Forløpet finnes ikke lenger"):
        book.change_episode("0" * 32, episode())
    with pytest.raises(PathwayProblem, match="Forløpet finnes ikke lenger"):
        book.delete_episode("0" * 32)
    with pytest.raises(PathwayProblem, match="finnes ikke i brukerregisteret"):
        book.add_episode(ada + 99, episode())
    with pytest.raises(PathwayProblem, match="finnes ikke i brukerregisteret"):
        book.save_needs(ada + 99, NeedsAssessment(date(2026, 5, 1)))
    with pytest.raises(PathwayProblem, match="Behovsvurderingen fra 2026-05-01 finnes ikke"):
        book.delete_needs(ada, date(2026, 5, 1))
    with pytest.raises(PathwayProblem, match="Behovsvurderingen fra 2026-05-01 finnes ikke"):
        book.change_needs(ada, date(2026, 5, 1), NeedsAssessment(date(2026, 5, 2)))
    assert book.needs(ada) == []
    with pytest.raises(PathwayProblem, match="finnes ikke i brukerregisteret"):
        book.change_needs(ada + 99, date(2026, 5, 1), NeedsAssessment(date(2026, 5, 2)))


TAKEN = "Det finnes allerede en behovsvurdering datert 2026-03-05; endre den i stedet."


def _two_assessments(book: PathwayBook, client: int) -> list[NeedsAssessment]:
    book.save_needs(client, NeedsAssessment(date(2026, 3, 1), {"bolig": "noe"}))
    book.save_needs(client, NeedsAssessment(date(2026, 3, 5), {"transport": "mye"}))
    return book.needs(client)


def test_a_change_onto_the_date_of_another_assessment_is_refused(
    book: PathwayBook, ada: int
) -> None:
    before = _two_assessments(book, ada)
    moved = NeedsAssessment(date(2026, 3, 5), {"hjelpemidler": "mye"})
    with pytest.raises(PathwayProblem) as refused:
        book.change_needs(ada, date(2026, 3, 1), moved)
    assert str(refused.value) == TAKEN
    assert book.needs(ada) == before


def test_a_new_assessment_on_a_date_already_taken_is_refused(book: PathwayBook, ada: int) -> None:
    before = _two_assessments(book, ada)
    with pytest.raises(PathwayProblem) as refused:
        book.save_needs(ada, NeedsAssessment(date(2026, 3, 5), {"ip_koordinator": "mye"}))
    assert str(refused.value) == TAKEN
    assert book.needs(ada) == before


def test_a_move_is_one_transaction(book: PathwayBook, db: Database, ada: int) -> None:
    _two_assessments(book, ada)
    commits: list[object] = []
    count = commits.append  # one bound method, so remove finds what listen registered
    event.listen(db.engine, "commit", count)
    try:
        book.change_needs(
            ada, date(2026, 3, 1), NeedsAssessment(date(2026, 3, 9), {"bolig": "mye"})
        )
    finally:
        event.remove(db.engine, "commit", count)
    assert len(commits) == 1
    assert book.needs(ada) == [
        NeedsAssessment(date(2026, 3, 9), _levels(bolig="mye")),
        NeedsAssessment(date(2026, 3, 5), _levels(transport="mye")),
    ]


def test_a_move_that_fails_halfway_leaves_the_assessment_where_it_was(
    book: PathwayBook, db: Database, ada: int
) -> None:
    """Written behind rehablogg's back: the old date's row cannot go, as on a failing disk."""
    before = _two_assessments(book, ada)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER stuck BEFORE DELETE ON needs_assessment "
            "WHEN OLD.assessed_on = '2026-03-01' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
    with pytest.raises(WriteFailedError):
        book.change_needs(
            ada, date(2026, 3, 1), NeedsAssessment(date(2026, 3, 9), {"bolig": "mye"})
        )
    assert book.needs(ada) == before


@pytest.mark.parametrize(
    ("levels", "sentence"),
    [
        ({"bolig": "litt"}, "«bolig» må være ingen, noe eller mye"),
        ({"skole": "mye"}, "«skole» må være ingen, noe eller mye"),
    ],
)
def test_needs_with_unknown_kinds_or_levels_are_refused(
    book: PathwayBook, ada: int, levels: dict[str, str], sentence: str
) -> None:
    with pytest.raises(PathwayProblem, match=sentence):
        book.save_needs(ada, NeedsAssessment(date(2026, 5, 1), levels))
    with pytest.raises(PathwayProblem, match="Vurderingsdatoen kan ikke være etter i dag"):
        book.save_needs(ada, NeedsAssessment(date(2026, 11, 19), {"bolig": "noe"}))
    assert book.needs(ada) == []


def a_pause() -> tuple[Pause, ...]:
    return (Pause(date(2026, 4, 1), None, "utilgjengelig"),)


WRITES: dict[str, Callable[[PathwayBook, int, str], object]] = {
    "add_episode": lambda b, c, _e: b.add_episode(c, episode(date(2026, 9, 1), start=None)),
    "change_episode": lambda b, _c, e: b.change_episode(e, episode(pauses=a_pause())),
    "delete_episode": lambda b, _c, e: b.delete_episode(e),
    "save_needs": lambda b, c, _e: b.save_needs(c, NeedsAssessment(date(2026, 5, 1))),
    "delete_needs": lambda b, c, _e: b.delete_needs(c, date(2026, 4, 1)),
    "change_needs": lambda b, c, _e: b.change_needs(
        c, date(2026, 4, 1), NeedsAssessment(date(2026, 4, 2))
    ),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_every_write_is_refused_when_the_file_is_gone(
    write: str, book: PathwayBook, db: Database, ada: int, tmp_path: Path
) -> None:
    episode_id = book.add_episode(ada, episode(end=date(2026, 8, 31), reason="maal_naadd"))
    book.save_needs(ada, NeedsAssessment(date(2026, 4, 1), {"bolig": "mye"}))
    moved = tmp_path / "moved.sqlite3"
    db.path.rename(moved)  # the data folder was moved or unplugged
    try:
        with pytest.raises(DatabaseGoneError, match="finnes ikke lenger") as refused:
            WRITES[write](book, ada, episode_id)
        assert isinstance(refused.value, StorageError)
    finally:
        moved.rename(db.path)
    # Nothing half-done: the episode and the assessment as they were.
    records = book.episodes(ada)
    assert [(r.id, r.episode.pauses, r.episode.end_date) for r in records] == [
        (episode_id, (), date(2026, 8, 31))
    ]
    assert book.needs(ada) == [NeedsAssessment(date(2026, 4, 1), _levels(bolig="mye"))]


# -- saved ----------------------------------------------------------------------------------


def _levels(**given: str) -> dict[str, str]:
    levels = dict.fromkeys(
        ("barnehage_skole", "bolig", "hjelpemidler", "transport", "ip_koordinator"), "ingen"
    )
    levels.update(given)
    return levels


def test_an_episode_round_trips_with_its_pauses_replaced_whole(book: PathwayBook, ada: int) -> None:
    pauses = (
        Pause(date(2026, 3, 5), date(2026, 3, 12), "spesialisthelsetjeneste"),  # in the wait
        Pause(date(2026, 5, 1), None, "utilgjengelig"),
    )
    episode_id = book.add_episode(ada, episode(pauses=pauses))
    assert len(episode_id) == 32 and int(episode_id, 16) >= 0  # uuid4 hex
    assert book.episodes(ada) == [EpisodeRecord(episode_id, ada, episode(pauses=pauses), None)]
    ended = episode(
        end=date(2026, 10, 31),
        reason="flyttet",
        pauses=(Pause(date(2026, 6, 1), date(2026, 6, 30), "intensiv_trening"),),
    )
    book.change_episode(episode_id, ended)
    assert book.episodes(ada)[0].episode == ended
    book.delete_episode(episode_id)
    assert book.episodes(ada) == []


def test_the_first_direct_contact_is_the_first_direct_entry_inside_the_episode(
    book: PathwayBook, db: Database, ada: int
) -> None:
    bo = logbook(db).clients.add("Bo Test")
    first_id = book.add_episode(
        ada, episode(date(2026, 1, 5), start=None, end=date(2026, 2, 27), reason="annet")
    )
    second_id = book.add_episode(ada, episode(date(2026, 3, 2), start=None))
    entry(db, date(2026, 1, 2), "D02", ada)  # before the first referral
    entry(db, date(2026, 1, 7), "I04", ada)  # indirect: not contact
    entry(db, date(2026, 1, 8), "D02", bo)  # someone else
    entry(db, date(2026, 1, 20), "D03", bo, ada)  # a group: names Ada
    entry(db, date(2026, 3, 1), "D01", ada)  # between the episodes
    assert [(r.id, r.first_direct) for r in book.episodes(ada)] == [
        (first_id, date(2026, 1, 20)),
        (second_id, None),
    ]
    later = entry(db, date(2026, 3, 20), "D05", ada)
    earlier = entry(db, date(2026, 3, 2), "D07", ada)  # on the referral day counts
    assert book.episodes(ada)[1].first_direct == date(2026, 3, 2)
    delete_entry(db.engine, earlier)  # deleting an entry moves the date, never the episode
    assert book.episodes(ada)[1].first_direct == date(2026, 3, 20)
    delete_entry(db.engine, later)
    assert [r.id for r in book.episodes(ada)] == [first_id, second_id]


def test_an_entry_after_the_end_is_not_the_first_contact(
    book: PathwayBook, db: Database, ada: int
) -> None:
    book.add_episode(
        ada, episode(date(2026, 1, 5), start=None, end=date(2026, 1, 31), reason="annet")
    )
    entry(db, date(2026, 1, 31), "D02", ada)
    entry(db, date(2026, 2, 1), "D02", ada)
    assert book.episodes(ada)[0].first_direct == date(2026, 1, 31)


def test_needs_newest_first_and_a_change_replaces_or_moves(book: PathwayBook, ada: int) -> None:
    book.save_needs(ada, NeedsAssessment(date(2026, 2, 1), {"bolig": "noe"}))
    book.save_needs(ada, NeedsAssessment(date(2026, 9, 1), {"transport": "mye"}))
    # A change on its own date replaces it.
    book.change_needs(
        ada, date(2026, 2, 1), NeedsAssessment(date(2026, 2, 1), {"ip_koordinator": "mye"})
    )
    assert book.needs(ada) == [
        NeedsAssessment(date(2026, 9, 1), _levels(transport="mye")),
        NeedsAssessment(date(2026, 2, 1), _levels(ip_koordinator="mye")),
    ]
    # A change to a free date moves it: still two assessments.
    book.change_needs(ada, date(2026, 2, 1), NeedsAssessment(date(2026, 3, 1), {"bolig": "mye"}))
    assert book.needs(ada) == [
        NeedsAssessment(date(2026, 9, 1), _levels(transport="mye")),
        NeedsAssessment(date(2026, 3, 1), _levels(bolig="mye")),
    ]
    book.delete_needs(ada, date(2026, 9, 1))
    assert [n.assessed_on for n in book.needs(ada)] == [date(2026, 3, 1)]


def test_reminders_name_active_clients_turning_6_16_or_18_without_planning_or_needs(
    db: Database,
) -> None:
    lb = logbook(db)
    clients = lb.clients
    six = clients.add("Seks", birth_year=2021)  # turns 6 in 2027
    both = clients.add("Atten", birth_year=2010)  # turns 16 in 2026, 18 in 2028
    planned = clients.add("Planlagt", birth_year=2021)
    assessed = clients.add("Vurdert", birth_year=2021)
    closed = clients.add("Lukket", birth_year=2021)
    clients.add("Uten år")
    clients.add("Voksen", birth_year=1980)
    entry(db, date(2026, 4, 1), "I12", planned)
    lb.pathway.save_needs(assessed, NeedsAssessment(date(2026, 4, 1)))
    clients.set_active(closed, False)
    assert lb.pathway.reminders(TODAY) == [
        Reminder(both, "Atten", 16, 2026),
        Reminder(both, "Atten", 18, 2028),
        Reminder(six, "Seks", 6, 2027),
    ]
    # One client's page asks for that client only.
    assert lb.pathway.reminders(TODAY, six) == [Reminder(six, "Seks", 6, 2027)]
    assert lb.pathway.reminders(TODAY, planned) == []
    # From the next year on, the 16th birthday year is behind and 2028 is still within reach.
    assert lb.pathway.reminders(date(2027, 1, 1)) == [
        Reminder(both, "Atten", 18, 2028),
        Reminder(six, "Seks", 6, 2027),
    ]


def test_home_municipality_and_arrangement_are_kept_and_refused_when_unknown(
    db: Database,
) -> None:
    from rehablogg.application.clients_book import ClientFieldError

    clients = logbook(db).clients
    with pytest.raises(ClientFieldError, match="«9999» finnes ikke i kommunelisten") as refused:
        clients.add("Ada", home_municipality="9999")
    assert refused.value.field == "home_municipality"
    with pytest.raises(ClientFieldError, match="Tjenesteformen «privat» er ukjent"):
        clients.add("Ada", arrangement="privat")
    assert clients.register() == []
    ada = clients.add("Ada", home_municipality="0301", arrangement="kjop")
    with pytest.raises(ClientFieldError, match="«301» finnes ikke"):
        clients.change(ada, home_municipality="301")
    with pytest.raises(ClientFieldError, match="Tjenesteformen «» er ukjent"):
        clients.change(ada, arrangement="")
    stored = clients.get(ada)
    assert stored is not None
    assert (stored.home_municipality, stored.arrangement) == ("0301", "kjop")
    clients.change(ada, home_municipality="", arrangement="samarbeid")
    row = clients.register()[0]
    assert (row.home_municipality, row.arrangement) == ("", "samarbeid")
