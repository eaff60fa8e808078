"""What the GUI and the command line do with clients and their pages: the register (list, add,
change, close or reopen, erase), a client's page (time per month and category, their entries)
and the pseudonym a pilot with linked pseudonyms derives from an identity number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rehablogg.application.guarded_write import guarded_write
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.category import Category
from rehablogg.core.pseudonym import linked_pseudonym, parse_pilot_key
from rehablogg.storage import clients, erase
from rehablogg.storage.clients import ClientData, ClientFieldError, PseudonymTakenError
from rehablogg.storage.database import Database
from rehablogg.storage.erase import EraseOutcome
from rehablogg.storage.pilot import joined_pilot

__all__ = [
    "ERASE_WAIT_SECONDS",
    "ClientData",
    "ClientEntry",
    "ClientFieldError",
    "ClientsBook",
    "EraseOutcome",
    "MonthFigures",
    "PseudonymTakenError",
    "RegisterRow",
]

# How long an erase waits for another program's read to finish before it says so.
ERASE_WAIT_SECONDS = erase.WAIT_SECONDS


@dataclass(frozen=True)
class RegisterRow:
    """One line of the client register, with the number of entries the client is on."""

    id: int
    label: str | None
    pseudonym: str
    birth_year: int | None
    service: str
    has_ip: bool
    has_coordinator: bool
    has_child_coordinator: bool
    therapist_is_coordinator: bool
    active: bool
    erased_at: str | None
    n: int
    home_municipality: str = ""  # '' is the therapist's own municipality
    arrangement: str = "egen"


@dataclass(frozen=True)
class MonthFigures:
    """A client's minutes in one month (``YYYY-MM``) by category, and how many entries."""

    month: str
    direct: int
    indirect: int
    other: int
    entries: int

    @property
    def total(self) -> int:
        return self.direct + self.indirect + self.other


@dataclass(frozen=True)
class ClientEntry:
    """One of the client's entries as their page lists it."""

    id: str
    date: str
    start_time: str | None
    minutes: int
    code: str
    note: str


def month_figures(
    totals: list[tuple[str, str, int, int]], catalogue: Catalogue
) -> list[MonthFigures]:
    """``(month, code, entries, minutes)`` rows summed per month into the three categories; a
    code the catalogue does not know counts as "annet"."""
    by_month: dict[str, list[int]] = {}
    for month, code, n, minutes in totals:
        found = catalogue.code(code)
        slot = {Category.DIREKTE: 0, Category.INDIREKTE: 1}.get(
            found.category if found else Category.ANNET, 2
        )
        sums = by_month.setdefault(month, [0, 0, 0, 0])
        sums[slot] += minutes
        sums[3] += n
    return [MonthFigures(m, s[0], s[1], s[2], s[3]) for m, s in by_month.items()]


class ClientsBook:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------------
    def register(self, search: str = "", *, include_closed: bool = False) -> list[RegisterRow]:
        """The register's rows matching ``search`` (name or pseudonym), active ones first."""
        rows = clients.register_rows(self._db.engine, search, include_closed=include_closed)
        return [
            RegisterRow(
                id=int(r.id),
                label=r.label,
                pseudonym=str(r.pseudonym),
                birth_year=r.birth_year,
                service=str(r.service),
                has_ip=bool(r.has_ip),
                has_coordinator=bool(r.has_coordinator),
                has_child_coordinator=bool(r.has_child_coordinator),
                therapist_is_coordinator=bool(r.therapist_is_coordinator),
                active=bool(r.active),
                erased_at=r.erased_at,
                n=int(r.n),
                home_municipality=str(r.home_municipality),
                arrangement=str(r.arrangement),
            )
            for r in rows
        ]

    def get(self, client_id: int) -> ClientData | None:
        return clients.get_client(self._db.engine, client_id)

    def month_figures(self, client_id: int, catalogue: Catalogue) -> list[MonthFigures]:
        """The client page's table: minutes per month and category, newest month first."""
        return month_figures(clients.client_month_totals(self._db.engine, client_id), catalogue)

    def entries(self, client_id: int, *, limit: int = -1, offset: int = 0) -> list[ClientEntry]:
        """The client's entries, newest first; ``limit`` -1 is all of them."""
        rows = clients.client_entries(self._db.engine, client_id, limit=limit, offset=offset)
        return [
            ClientEntry(
                str(r.id), str(r.date), r.start_time, int(r.minutes), str(r.code), str(r.note or "")
            )
            for r in rows
        ]

    def pilot_key(self) -> bytes | None:
        """The joined pilot's key when its pseudonyms are linked (the register then asks for
        the identity number when a client is added); None otherwise, or when it is unusable."""
        pilot = joined_pilot(self._db.engine) or {}
        key = pilot.get("key")
        if not (pilot.get("linked_pseudonyms") and isinstance(key, str)):
            return None
        try:
            return parse_pilot_key(key)
        except ValueError:
            return None

    @staticmethod
    def linked_pseudonym(identity_number: str, pilot_key: bytes) -> str:
        """The pseudonym every therapist in the pilot derives for this person; the number is
        only hashed, never stored. ValueError (its sentence) for a number that is not valid."""
        return linked_pseudonym(identity_number, pilot_key)

    # -- writing -------------------------------------------------------------------------------
    def add(self, label: str, *, pseudonym: str | None = None, **fields: Any) -> int:
        """A new client; ``pseudonym`` a linked one (PseudonymTakenError when a client has it
        already), else a random one. IdentityNumberError when the label holds a number;
        ClientFieldError for a ``home_municipality`` not on the 2024 list ('' is the
        therapist's own) or an ``arrangement`` not in core.care_pathway.ARRANGEMENTS."""
        return guarded_write(
            self._db,
            lambda: clients.add_client(self._db.engine, label, pseudonym=pseudonym, **fields),
        )

    def change(self, client_id: int, **changes: Any) -> None:
        """Change the client's fields (``home_municipality=``, ``arrangement=`` among them),
        with the same refusals as :meth:`add`; KeyError for an unknown client."""
        guarded_write(
            self._db, lambda: clients.update_client(self._db.engine, client_id, **changes)
        )

    def set_active(self, client_id: int, active: bool) -> None:
        """Close (False) or reopen (True) a client; a closed one is not offered for new
        entries."""
        guarded_write(self._db, lambda: clients.set_active(self._db.engine, client_id, active))

    def erase(self, client_id: int, *, wait_seconds: float = ERASE_WAIT_SECONDS) -> EraseOutcome:
        """Erase the client's name and every note about them for good (storage/erase.py)."""
        return guarded_write(
            self._db,
            lambda: erase.erase_client(self._db.engine, client_id, wait_seconds=wait_seconds),
        )

    def finish_pending_erase(self, *, wait_seconds: float = 1.0) -> bool:
        """Clear an earlier erase's old copies out of the WAL if a reader kept them; True when
        nothing is pending any more."""
        if not erase.erase_pending(self._db.engine):
            return True
        return guarded_write(
            self._db, lambda: erase.finish_pending_erase(self._db.engine, wait_seconds=wait_seconds)
        )
