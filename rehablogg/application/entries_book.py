"""What the GUI and the command line do with entries: saving, changing and deleting them with
undo and redo, locked-month reasons, the timer, the totals and lists the windows show, and the
presence check before every write.

Every write goes through ``guarded_write.py``: the database file must still be there (SQLite
would go on writing into an unlinked file and everything saved from then on would vanish with
it), and a database error comes back as one sentence (``WriteFailedError``), so callers catch
only ``StorageError``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

from rehablogg.application.guarded_write import WriteFailedError, guarded_write
from rehablogg.application.proposals import Proposal, save_proposal
from rehablogg.application.undo_history import Step, UndoHistory
from rehablogg.core.catalogue import Catalogue, fits, shipped_catalogue
from rehablogg.core.entry import EntryDraft, TimedSpan
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.journal_text import SETTING as JOURNAL_SETTING
from rehablogg.core.journal_text import JournalSettings, render_entries
from rehablogg.core.periods import IsoWeek
from rehablogg.core.timer_rules import elapsed_minutes
from rehablogg.core.totals import CategoryTotals
from rehablogg.storage.clients import client_labels, search_clients
from rehablogg.storage.database import Database
from rehablogg.storage.entries import StoredEntry, add_entry, delete_entry, get_entry, update_entry
from rehablogg.storage.errors import StorageError, explain_write_error
from rehablogg.storage.periods import (
    OPEN,
    LockedPeriodError,
    period_state,
    require_reason_if_locked,
)
from rehablogg.storage.pilot import joined_pilot
from rehablogg.storage.profile import get_profile, logbook_catalogue
from rehablogg.storage.queries import (
    DayTotals,
    category_totals,
    code_usage,
    count_entries,
    last_created_entry_id,
    list_entries,
    timed_spans_on,
    totals_per_day,
)
from rehablogg.storage.settings import get_setting, set_setting
from rehablogg.storage.timer import RunningTimer, clear_timer, get_timer, start_timer, stop_timer

# Re-exported: the GUI reads these types from here, never from storage.
__all__ = [
    "NO_REASON",
    "ChangeReason",
    "ClientChoice",
    "DayTotals",
    "EntriesBook",
    "EntryDefaults",
    "EntryRow",
    "LockedPeriodError",
    "RunningTimer",
    "StorageError",
    "StoredEntry",
    "WriteFailedError",
]

FAVOURITES_KEY = "favourite_codes"
# The undo steps as the Rediger menu and the status bar name them (translated by the window).
SAVE_TEXT = QT_TRANSLATE_NOOP("MainWindow", "Ny registrering")
CHANGE_TEXT = QT_TRANSLATE_NOOP("MainWindow", "Endre registrering")
DELETE_TEXT = QT_TRANSLATE_NOOP("MainWindow", "Slett registrering")

T = TypeVar("T")

if TYPE_CHECKING:
    from rehablogg.application.calendar_import import CalendarProposals


@dataclass(frozen=True)
class ChangeReason:
    """Why an entry in a submitted month is saved, changed or deleted (it goes in the audit
    log); ``text`` is None when no month involved is submitted."""

    text: str | None = None


NO_REASON = ChangeReason()


@dataclass(frozen=True)
class EntryDefaults:
    """What a new entry starts with: the profile's arena and contact mode, and the fields a
    joined pilot makes compulsory."""

    arena: str
    contact_mode: str
    required_fields: tuple[str, ...]


@dataclass(frozen=True)
class ClientChoice:
    id: int
    label: str
    birth_year: int | None


class EntryRow(Protocol):
    """One row of the day or week list (a plain SQL row: the list pages through thousands)."""

    @property
    def id(self) -> str: ...
    @property
    def date(self) -> str: ...
    @property
    def start_time(self) -> str | None: ...
    @property
    def minutes(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def contact_mode(self) -> str | None: ...
    @property
    def arena(self) -> str | None: ...
    @property
    def group_size(self) -> int | None: ...
    @property
    def travel_minutes(self) -> int: ...
    @property
    def note(self) -> str: ...
    @property
    def clients(self) -> str | None: ...
    @property
    def parties(self) -> str | None: ...


class EntriesBook:
    def __init__(
        self,
        db: Database,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self._db = db
        self._today = today
        self._now = now or (lambda: datetime.now().astimezone())
        self.history = UndoHistory()
        # The reason given for the undo or redo under way (a month submitted since the step).
        self._asked = NO_REASON

    # -- writing -----------------------------------------------------------------------------
    def _write(self, action: Callable[[], T]) -> T:
        return guarded_write(self._db, action)

    def _reason(self, given: ChangeReason) -> ChangeReason:
        """The step's own reason, else the one given for this undo or redo."""
        return given if given.text is not None else self._asked

    @staticmethod
    def _days(reason: ChangeReason, *days: date) -> tuple[date, ...]:
        return () if reason.text is not None else days

    def _undoable(self, action: Callable[[], object]) -> Callable[[], None]:
        """An undo or redo: presence-checked, and any failure (the entry is gone, the month
        was submitted since) as one sentence."""

        def run() -> None:
            try:
                self._write(action)
            except StorageError:
                raise
            except Exception as exc:
                raise WriteFailedError(explain_write_error(exc)) from exc

        return run

    def save(
        self, draft: EntryDraft, catalogue: Catalogue, reason: ChangeReason = NO_REASON
    ) -> str:
        """Saves a new entry and returns its id; undo deletes it, redo saves it again with the
        same id."""
        cat_id, cat_version = catalogue.id, catalogue.version
        entry_id = self._write(
            lambda: add_entry(self._db.engine, draft, cat_id, cat_version, reason=reason.text)
        )
        self.history.push(
            Step(
                SAVE_TEXT,
                undo=self._undoable(lambda: self._delete(entry_id, self._reason(reason))),
                redo=self._undoable(
                    lambda: self._add(draft, cat_id, cat_version, self._reason(reason), entry_id)
                ),
                days=self._days(reason, draft.date),
            )
        )
        return entry_id

    def change(
        self, entry_id: str, draft: EntryDraft, reason: ChangeReason = NO_REASON
    ) -> StoredEntry:
        """Changes a stored entry to ``draft`` and returns it as it was before."""
        before = self.get(entry_id)
        if before is None:
            raise WriteFailedError(
                QT_TRANSLATE_NOOP(
                    "MainWindow", "Registreringen finnes ikke lenger; lagre den som ny."
                )
            )
        version = self._version_after_change(before, draft)
        self._write(
            lambda: update_entry(
                self._db.engine, entry_id, draft, reason=reason.text, catalogue_version=version
            )
        )
        self.history.push(
            Step(
                CHANGE_TEXT,
                undo=self._undoable(
                    lambda: update_entry(
                        self._db.engine,
                        entry_id,
                        before.draft,
                        reason=self._reason(reason).text,
                        catalogue_version=before.catalogue_version,
                    )
                ),
                redo=self._undoable(
                    lambda: update_entry(
                        self._db.engine,
                        entry_id,
                        draft,
                        reason=self._reason(reason).text,
                        catalogue_version=version,
                    )
                ),
                days=self._days(reason, before.draft.date, draft.date),
            )
        )
        return before

    def _version_after_change(self, before: StoredEntry, draft: EntryDraft) -> int:
        """An entry keeps the catalogue version it was saved with while that version knows its
        code and parties (a version-1 entry changed in a version-2 logbook stays version 1);
        given a code or party only a newer version has, it takes the logbook's version."""
        stored = shipped_catalogue(before.catalogue_version)
        if stored is not None and fits(stored, draft.code, draft.parties):
            return before.catalogue_version
        return logbook_catalogue(self._db.engine).version

    def delete(self, entry_id: str, reason: ChangeReason = NO_REASON) -> StoredEntry:
        """Deletes an entry and returns it as it was; undo brings it back with the same id."""
        stored = self._write(lambda: self._delete(entry_id, reason))
        self.history.push(
            Step(
                DELETE_TEXT,
                undo=self._undoable(
                    lambda: self._add(
                        stored.draft,
                        stored.catalogue_id,
                        stored.catalogue_version,
                        self._reason(reason),
                        stored.id,
                    )
                ),
                redo=self._undoable(lambda: self._delete(entry_id, self._reason(reason))),
                days=self._days(reason, stored.draft.date),
            )
        )
        return stored

    def _add(
        self, draft: EntryDraft, cat_id: str, cat_version: int, reason: ChangeReason, entry_id: str
    ) -> None:
        add_entry(
            self._db.engine, draft, cat_id, cat_version, reason=reason.text, entry_id=entry_id
        )

    def _delete(self, entry_id: str, reason: ChangeReason) -> StoredEntry:
        return delete_entry(self._db.engine, entry_id, reason=reason.text)

    def undo_needs_reason(self) -> tuple[date, ...]:
        """The days of the next undo whose months are submitted now (the window asks why
        first, as for any change there), or () when it needs no reason."""
        step = self.history.next_undo
        return self._locked_days(step.days) if step is not None else ()

    def redo_needs_reason(self) -> tuple[date, ...]:
        step = self.history.next_redo
        return self._locked_days(step.days) if step is not None else ()

    def _locked_days(self, days: tuple[date, ...]) -> tuple[date, ...]:
        return tuple(d for d in days if self.locked_month(d) is not None)

    def undo(self, reason: ChangeReason = NO_REASON) -> str:
        """Undoes the last save, change or delete; returns what it was ("" when nothing).
        A step that fails is dropped and its StorageError raised; with the file gone, or a
        month submitted since the step and no ``reason``, nothing is tried and the step stays
        (LockedPeriodError), to be undone once the file is back or with a reason."""
        return self._walk(self.history.undo, self.undo_needs_reason(), reason)

    def redo(self, reason: ChangeReason = NO_REASON) -> str:
        return self._walk(self.history.redo, self.redo_needs_reason(), reason)

    def _walk(
        self, walk: Callable[[], Step | None], locked: tuple[date, ...], reason: ChangeReason
    ) -> str:
        self._db.require_present()
        if locked and reason.text is None:
            with self._db.engine.connect() as conn:
                require_reason_if_locked(conn, locked[0].strftime("%Y-%m"), None)
        self._asked = reason
        try:
            step = walk()
        finally:
            self._asked = NO_REASON
        return step.text if step is not None else ""

    def save_proposal(
        self, proposal: Proposal, catalogue: Catalogue, draft: EntryDraft | None = None
    ) -> str:
        """A confirmed proposal (calendar import, copy last week) saved as an entry."""
        return self._write(lambda: save_proposal(self._db, proposal, catalogue, draft))

    # -- locked months -----------------------------------------------------------------------
    def locked_month(self, *days: date) -> date | None:
        """The first of ``days`` whose month is submitted (a change there needs a reason), or
        None when every month involved is open."""
        with self._db.engine.connect() as conn:
            for day in days:
                if period_state(conn, day.strftime("%Y-%m")) != OPEN:
                    return day
        return None

    def month_state(self, day: date) -> str:
        """open, submitted or changed (after it was submitted), for ``day``'s month."""
        with self._db.engine.connect() as conn:
            return period_state(conn, day.strftime("%Y-%m"))

    # -- reading -----------------------------------------------------------------------------
    def get(self, entry_id: str) -> StoredEntry | None:
        return get_entry(self._db.engine, entry_id)

    def last_created(self) -> StoredEntry | None:
        """The entry saved most recently (Gjenta siste after a restart)."""
        last_id = last_created_entry_id(self._db.engine)
        return self.get(last_id) if last_id else None

    def count(self) -> int:
        return count_entries(self._db.engine)

    def page(
        self, start: date, end: date, *, limit: int = -1, offset: int = 0
    ) -> Sequence[EntryRow]:
        """The list's rows from ``start`` to ``end`` in reading order, a page at a time."""
        rows = list_entries(self._db.engine, start, end, limit=limit, offset=offset)
        return cast(Sequence[EntryRow], rows)

    def totals(self, catalogue: Catalogue, start: date, end: date) -> CategoryTotals:
        return category_totals(self._db.engine, catalogue, start, end)

    def totals_per_day(self, catalogue: Catalogue, start: date, end: date) -> dict[date, DayTotals]:
        return totals_per_day(self._db.engine, catalogue, start, end)

    def timed_spans(self, day: date) -> list[TimedSpan]:
        """The day's entries with a start time, for the overlap warning."""
        return [
            TimedSpan(i, time.fromisoformat(s), m)
            for i, s, m in timed_spans_on(self._db.engine, day)
        ]

    def entry_defaults(self) -> EntryDefaults:
        profile = get_profile(self._db.engine)
        pilot = joined_pilot(self._db.engine) or {}
        return EntryDefaults(
            profile.default_arena,
            profile.default_contact_mode,
            tuple(pilot.get("required_fields", ())),
        )

    def day_end(self) -> time:
        """When the working day ends (a forgotten timer is proposed stopped then)."""
        return time.fromisoformat(get_profile(self._db.engine).day_end)

    # -- what the entry form offers -----------------------------------------------------------
    def favourite_codes(self) -> set[str]:
        return set(get_setting(self._db.engine, FAVOURITES_KEY, []))

    def toggle_favourite(self, code: str) -> bool:
        """Marks or unmarks ``code`` as a favourite; True when it is one now."""
        favourites = self.favourite_codes() ^ {code}
        self._write(lambda: set_setting(self._db.engine, FAVOURITES_KEY, sorted(favourites)))
        return code in favourites

    def code_usage(self, days: int) -> dict[str, int]:
        """How often each code was used in the last ``days`` days."""
        return code_usage(self._db.engine, self._today() - timedelta(days=days))

    def find_clients(self, query: str, limit: int) -> list[ClientChoice]:
        """Active clients whose label matches ``query``, names starting with it first."""
        return [
            ClientChoice(
                int(r.id),
                str(r.label or r.pseudonym),
                int(r.birth_year) if r.birth_year is not None else None,
            )
            for r in search_clients(self._db.engine, query, limit)
        ]

    def client_labels(self, ids: Sequence[int]) -> dict[int, str]:
        return client_labels(self._db.engine, ids)

    # -- journal text ------------------------------------------------------------------------
    def journal_settings(self) -> JournalSettings:
        return JournalSettings.from_json(get_setting(self._db.engine, JOURNAL_SETTING))

    def save_journal_settings(self, settings: JournalSettings) -> None:
        self._write(lambda: set_setting(self._db.engine, JOURNAL_SETTING, settings.to_json()))

    def journal_text(
        self, catalogue: Catalogue, entry_ids: Sequence[str], settings: JournalSettings
    ) -> str:
        """The lines for the entries, as they go to the clipboard (entries gone are left out)."""
        items: list[tuple[EntryDraft, list[str]]] = []
        for entry_id in entry_ids:
            stored = self.get(entry_id)
            if stored is None:
                continue
            labels = self.client_labels(list(stored.draft.client_ids))
            items.append(
                (stored.draft, [labels[i] for i in stored.draft.client_ids if i in labels])
            )
        return render_entries(
            items,
            catalogue,
            language=settings.language,
            template=settings.template,
            include_client=settings.include_client,
        )

    # -- proposals ---------------------------------------------------------------------------
    def propose_from_calendar(
        self, path: Path, first: date, last: date, catalogue: Catalogue
    ) -> CalendarProposals:
        # Imported when used: reading iCalendar files is not needed to start the window.
        from rehablogg.application.calendar_import import propose_from_calendar

        return propose_from_calendar(self._db, path, first, last, catalogue)

    def propose_week_copy(self, week: IsoWeek) -> list[Proposal]:
        from rehablogg.application.week_copy import propose_week_copy

        return propose_week_copy(self._db, week)

    # -- the timer ---------------------------------------------------------------------------
    def timer(self) -> RunningTimer | None:
        return get_timer(self._db.engine)

    def start_timer(
        self,
        code: str,
        client_id: int | None,
        *,
        contact_mode: str | None = None,
        arena: str | None = None,
    ) -> RunningTimer:
        started = self._now()
        return self._write(
            lambda: start_timer(
                self._db.engine, started, code, client_id, contact_mode=contact_mode, arena=arena
            )
        )

    def stop_timer(
        self, stopped_at: datetime | None = None, *, rest_from: datetime | None = None
    ) -> RunningTimer | None:
        """Records when the timer stopped (now unless told); ``rest_from`` keeps only the part
        after it (the part before was saved as its own entry). None when no timer."""
        stop = stopped_at if stopped_at is not None else self._now()
        return self._write(lambda: stop_timer(self._db.engine, stop, rest_from=rest_from))

    def timer_entry(
        self, timer: RunningTimer, start: datetime, stop: datetime, catalogue: Catalogue
    ) -> EntryDraft:
        """The entry the timer's work from ``start`` to ``stop`` makes: the contact mode and
        arena chosen in the form when it started (which hold the code's default when it has
        one); for a timer that kept none (started before they were kept), the code's default,
        else the profile's."""
        code = catalogue.code(timer.code)
        contact, arena = timer.contact_mode, timer.arena
        if contact is None and arena is None:
            defaults = self.entry_defaults()
            contact = (
                code.contact_mode
                if code is not None and code.contact_mode is not None
                else defaults.contact_mode
            )
            # A code's arena of "" means none (a phone call has no arena).
            arena = code.arena if code is not None and code.arena is not None else defaults.arena
        return EntryDraft(
            start.date(),
            elapsed_minutes(start, stop),
            timer.code,
            start.time().replace(second=0, microsecond=0),
            (timer.client_id,) if timer.client_id is not None else (),
            contact_mode=contact or None,
            arena=arena or None,
            note=timer.note,
        )

    def clear_timer(self) -> None:
        self._write(lambda: clear_timer(self._db.engine))
