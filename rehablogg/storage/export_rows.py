"""The rows an export needs, read as plain rows inside the caller's transaction.

Client labels are never selected here: the export must not be able to leak what it never
read. Notes are read because the user may choose to include them; the exchange layer drops
them otherwise. Entries come in a fixed order (date, timed before untimed, start time, when
they were created, id), so exporting an unchanged month twice gives the same rows in the same
order, which is what makes its checksum and export id stable.

The statements are SQLAlchemy Core on the table classes (``schema.py``, compiled to
``tables_compiled.py``). ``ExportEntry`` is the compiled ``EntryRow`` (every column of the entry
table, by name) plus its links, so a new entry column reaches the export with no edit here; a
field of ``ExportClient`` is the client column of that name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection, Integer, Select, select, type_coerce

from rehablogg.storage.column_types import Flag
from rehablogg.storage.queries import in_span, reading_order
from rehablogg.storage.tables_compiled import (
    CLIENT,
    ENTRY,
    ENTRY_CLIENT,
    ENTRY_PARTY,
    EntryRow,
)


class ExportClient(NamedTuple):
    pseudonym: str
    birth_year: int | None
    service: str
    has_ip: int
    has_coordinator: int
    has_child_coordinator: int
    therapist_is_coordinator: int


@dataclass(kw_only=True)
class ExportEntry(EntryRow):
    """An entry as an export reads it: every column of ``entry`` (``date`` is ISO yyyy-mm-dd,
    ``start_time`` HH:MM, as stored) with its parties and its clients."""

    parties: tuple[str, ...] = ()
    clients: tuple[ExportClient, ...] = ()


_ENTRY_COLUMNS = tuple(ENTRY.c.keys())
_ENTRIES: Select[Any] = select(ENTRY).where(in_span(ENTRY)).order_by(*reading_order(ENTRY))

# Yes/no columns as the 0/1 the file writes (the table class reads them as bool).
_CLIENT_COLUMNS = tuple(
    type_coerce(CLIENT.c[name], Integer)
    if isinstance(CLIENT.c[name].type, Flag)
    else CLIENT.c[name]
    for name in ExportClient._fields
)

# Participants in pseudonym order: stable whatever order the user picked them in.
_CLIENTS: Select[Any] = (
    select(ENTRY_CLIENT.c.entry_id, *_CLIENT_COLUMNS)
    .select_from(ENTRY.join(ENTRY_CLIENT).join(CLIENT))
    .where(in_span(ENTRY))
    .order_by(ENTRY_CLIENT.c.entry_id, CLIENT.c.pseudonym)
)

_PARTIES: Select[Any] = (
    select(ENTRY_PARTY.c.entry_id, ENTRY_PARTY.c.party)
    .select_from(ENTRY.join(ENTRY_PARTY))
    .where(in_span(ENTRY))
)


def read_export_entries(conn: Connection, start: date, end: date) -> list[ExportEntry]:
    """Every entry from ``start`` to ``end`` inclusive with its clients and parties.

    Run it inside one transaction (the caller's) so entries, clients and parties come from
    the same snapshot of the database.
    """
    span = {"start": start.isoformat(), "end": end.isoformat()}
    clients: dict[str, list[ExportClient]] = {}
    for entry_id, *client in conn.execute(_CLIENTS, span):
        clients.setdefault(entry_id, []).append(ExportClient._make(client))
    parties: dict[str, list[str]] = {}
    for entry_id, party in conn.execute(_PARTIES, span):
        parties.setdefault(entry_id, []).append(party)
    no_clients: tuple[ExportClient, ...] = ()
    no_parties: tuple[str, ...] = ()
    found = []
    for row in conn.execute(_ENTRIES, span):
        columns = dict(zip(_ENTRY_COLUMNS, row, strict=True))
        entry_id = columns["id"]
        found.append(
            ExportEntry(
                **columns,
                parties=tuple(parties[entry_id]) if entry_id in parties else no_parties,
                clients=tuple(clients[entry_id]) if entry_id in clients else no_clients,
            )
        )
    return found
