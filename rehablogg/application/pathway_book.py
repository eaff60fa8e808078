"""What the GUI does with a client's care pathway (docs/care-pathway.md): episodes with their
pauses, needs assessments, and the reminders of transitions ahead.

Every write is checked first with the rules of core/care_pathway.py (today from the logbook's
clock; the client's other episodes for the one-at-a-time rule) and refused with
``PathwayProblem``, whose ``str`` is the one sentence to show. Writes go through
``guarded_write``: a database file that is gone is refused like every other write.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from rehablogg.application.guarded_write import guarded_write
from rehablogg.core.care_pathway import (
    Episode,
    NeedsAssessment,
    episode_problem,
    needs_problem,
    transition_reminders,
)
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.category import Category
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.storage import care_pathway as store
from rehablogg.storage.clients import get_client
from rehablogg.storage.database import Database
from rehablogg.storage.profile import logbook_catalogue

__all__ = ["EpisodeRecord", "PathwayBook", "PathwayProblem", "Reminder"]

NO_SUCH_CLIENT = QT_TRANSLATE_NOOP(
    "care_pathway",
    "Brukeren finnes ikke i brukerregisteret; lukk vinduet og åpne brukeren på nytt.",
)
NO_SUCH_EPISODE = QT_TRANSLATE_NOOP(
    "care_pathway",
    "Forløpet finnes ikke lenger (det kan være slettet i et annet vindu); åpne brukeren på nytt.",
)
NO_SUCH_NEEDS = QT_TRANSLATE_NOOP(
    "care_pathway",
    "Behovsvurderingen fra {day} finnes ikke lenger; åpne brukeren på nytt.",
)
NEEDS_DATE_TAKEN = QT_TRANSLATE_NOOP(
    "care_pathway",
    "Det finnes allerede en behovsvurdering datert {day}; endre den i stedet.",
)


# The name is the contract the window codes against (a problem with the input, not a fault).
class PathwayProblem(ValueError):  # noqa: N818
    """An episode or needs assessment that may not be saved; ``str`` is the one sentence."""


@dataclass(frozen=True)
class EpisodeRecord:
    """One of a client's episodes, with the first direct contact found in the entries (None
    while there is none; the wait is then still running or the episode ended without one)."""

    id: str
    client_id: int
    episode: Episode
    first_direct: date | None


@dataclass(frozen=True)
class Reminder:
    """The client ``label`` turns ``age`` in ``year`` and has neither transition planning nor
    a needs assessment recorded."""

    client_id: int
    label: str
    age: int
    year: int


def direct_codes(catalogue: Catalogue) -> frozenset[str]:
    """The codes whose entries are direct contact with the client."""
    return frozenset(c.code for c in catalogue.codes if c.category == Category.DIREKTE)


class PathwayBook:
    def __init__(self, db: Database, *, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    # -- reading -------------------------------------------------------------------------------
    def episodes(self, client_id: int, catalogue: Catalogue | None = None) -> list[EpisodeRecord]:
        """The client's episodes, oldest referral first; direct codes from ``catalogue`` (the
        logbook's by default: later versions keep every code's category)."""
        engine = self._db.engine
        stored = store.client_episodes(engine, client_id)
        codes = direct_codes(catalogue or logbook_catalogue(self._db.engine))
        first = store.first_direct_contacts(engine, [s.id for s in stored], codes)
        return [EpisodeRecord(s.id, s.client_id, s.episode, first.get(s.id)) for s in stored]

    def needs(self, client_id: int) -> list[NeedsAssessment]:
        """The client's needs assessments, newest first."""
        return store.client_needs(self._db.engine, client_id)

    def reminders(self, today: date, client_id: int | None = None) -> list[Reminder]:
        """Every active client with a birth year (or only ``client_id``) who turns 6, 16 or 18
        within the reminder horizon and has neither transition planning (I12) nor a needs
        assessment; by label."""
        found = []
        for facts in store.reminder_facts(self._db.engine, client_id):
            for turning in transition_reminders(
                facts.birth_year,
                today,
                has_transition_planning=facts.has_transition_planning,
                has_needs_assessment=facts.has_needs_assessment,
            ):
                found.append(Reminder(facts.client_id, facts.label, turning.age, turning.year))
        return found

    # -- writing -------------------------------------------------------------------------------
    def add_episode(self, client_id: int, episode: Episode) -> str:
        """Store a new episode for the client and return its id."""

        def write() -> str:
            try:
                return store.add_episode(
                    self._db.engine, client_id, episode, check=self._episode_check(episode)
                )
            except KeyError:
                raise PathwayProblem(NO_SUCH_CLIENT) from None

        return guarded_write(self._db, write)

    def change_episode(self, episode_id: str, episode: Episode) -> None:
        """Replace the episode's dates, reasons and pauses (the pause list whole)."""

        def write() -> None:
            try:
                store.update_episode(
                    self._db.engine, episode_id, episode, check=self._episode_check(episode)
                )
            except KeyError:
                raise PathwayProblem(NO_SUCH_EPISODE) from None

        guarded_write(self._db, write)

    def delete_episode(self, episode_id: str) -> None:
        """Delete the episode and its pauses; the client's entries stay as they are."""

        def write() -> None:
            try:
                store.delete_episode(self._db.engine, episode_id)
            except KeyError:
                raise PathwayProblem(NO_SUCH_EPISODE) from None

        guarded_write(self._db, write)

    def save_needs(self, client_id: int, assessment: NeedsAssessment) -> None:
        """Store a new needs assessment; refused when the client has one of that date."""
        self._write_needs(client_id, assessment, None)

    def change_needs(self, client_id: int, assessed_on: date, assessment: NeedsAssessment) -> None:
        """Replace the assessment dated ``assessed_on`` with ``assessment``, moving it when the
        date changed, in one transaction; refused when the new date is another assessment's."""
        self._write_needs(client_id, assessment, assessed_on)

    def _write_needs(
        self, client_id: int, assessment: NeedsAssessment, replaces: date | None
    ) -> None:
        def write() -> None:
            self._require_client(client_id)
            problem = needs_problem(assessment, today=self._today())
            if problem is not None:
                raise PathwayProblem(problem)
            try:
                store.save_needs(self._db.engine, client_id, assessment, replaces=replaces)
            except store.NeedsDateTakenError as exc:
                raise PathwayProblem(NEEDS_DATE_TAKEN.format(day=exc.day.isoformat())) from None
            except KeyError as exc:
                if replaces is None or exc.args == (client_id,):
                    raise PathwayProblem(NO_SUCH_CLIENT) from None
                raise PathwayProblem(NO_SUCH_NEEDS.format(day=replaces.isoformat())) from None

        guarded_write(self._db, write)

    def delete_needs(self, client_id: int, assessed_on: date) -> None:
        def write() -> None:
            try:
                store.delete_needs(self._db.engine, client_id, assessed_on)
            except KeyError:
                raise PathwayProblem(NO_SUCH_NEEDS.format(day=assessed_on.isoformat())) from None

        guarded_write(self._db, write)

    # -- checks --------------------------------------------------------------------------------
    def _require_client(self, client_id: int) -> None:
        if get_client(self._db.engine, client_id) is None:
            raise PathwayProblem(NO_SUCH_CLIENT)

    def _episode_check(self, episode: Episode) -> store.OthersCheck:
        """The rules of core/care_pathway.py, run by storage inside the write transaction with
        the client's other episodes."""

        def check(others: Sequence[Episode]) -> None:
            problem = episode_problem(episode, today=self._today(), others=others)
            if problem is not None:
                raise PathwayProblem(problem)

        return check
