"""The rows an export needs, read with plain SQL inside the caller's transaction.

Client labels are never selected here: the export must not be able to leak what it never
read. Notes are read because the user may choose to include them; the exchange layer drops
them otherwise. Entries come in a fixed order (date, timed before untimed, start time, when
they were created, id), so exporting an unchanged month twice gives the same rows in the same
order, which is what makes its checksum and export id stable.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, text


class ExportClient(NamedTuple):
    pseudonym: str
    birth_year: int | None
    service: str
    has_ip: int
    has_coordinator: int
    has_child_coordinator: int
    therapist_is_coordinator: int


class ExportEntry(NamedTuple):
    id: str
    date: str  # ISO yyyy-mm-dd, as stored
    start_time: str | None  # HH:MM
    minutes: int
    code: str
    contact_mode: str | None
    arena: str | None
    group_size: int | None
    travel_minutes: int
    note: str
    parties: tuple[str, ...]
    clients: tuple[ExportClient, ...]


_ENTRIES = text(
    """
    SELECT id, date, start_time, minutes, code, contact_mode, arena, group_size,
           travel_minutes, note
      FROM entry
     WHERE date BETWEEN :start AND :end
     ORDER BY date, start_time IS NULL, start_time, created_at, id
    """
)

# Participants in pseudonym order: stable whatever order the user picked them in.
_CLIENTS = text(
    """
    SELECT ec.entry_id, c.pseudonym, c.birth_year, c.service, c.has_ip, c.has_coordinator,
           c.has_child_coordinator, c.therapist_is_coordinator
      FROM entry e
      JOIN entry_client ec ON ec.entry_id = e.id
      JOIN client c ON c.id = ec.client_id
     WHERE e.date BETWEEN :start AND :end
     ORDER BY ec.entry_id, c.pseudonym
    """
)

_PARTIES = text(
    """
    SELECT ep.entry_id, ep.party
      FROM entry e
      JOIN entry_party ep ON ep.entry_id = e.id
     WHERE e.date BETWEEN :start AND :end
    """
)


def read_export_entries(conn: Connection, start: date, end: date) -> list[ExportEntry]:
    """Every entry from ``start`` to ``end`` inclusive with its clients and parties.

    Run it inside one transaction (the caller's) so entries, clients and parties come from
    the same snapshot of the database.
    """
    span = {"start": start.isoformat(), "end": end.isoformat()}
    clients: dict[str, list[ExportClient]] = {}
    for row in conn.execute(_CLIENTS, span):
        clients.setdefault(row[0], []).append(
            ExportClient(row[1], row[2], row[3], int(row[4]), int(row[5]), int(row[6]),
                         int(row[7]))
        )
    parties: dict[str, list[str]] = {}
    for entry_id, party in conn.execute(_PARTIES, span):
        parties.setdefault(entry_id, []).append(party)
    no_clients: tuple[ExportClient, ...] = ()
    no_parties: tuple[str, ...] = ()
    return [
        ExportEntry(
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
            tuple(parties[row[0]]) if row[0] in parties else no_parties,
            tuple(clients[row[0]]) if row[0] in clients else no_clients,
        )
        for row in conn.execute(_ENTRIES, span)
    ]
