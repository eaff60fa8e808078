"""The per-client intensity table in the export's Oversikt sheet."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.exchange.export import ExportResult
from rehablogg.storage.clients import add_client
from rehablogg.storage.entries import add_entry
from tests.exchange.helpers import CATALOGUE, export_month, new_db, sheet_rows

HEADER = (
    "Bruker",
    "Fra",
    "Uker",
    "Direkte økter per uke",
    "Direkte min per uke",
    "Lengste opphold (dager)",
    "Uker uten kontakt",
    "Sommeruker uten kontakt",
)


def intensity_rows(path: Path) -> dict[str, tuple[object, ...]]:
    rows = sheet_rows(path, "Oversikt")
    start = rows.index(HEADER)
    out = {}
    for row in rows[start + 1 :]:
        if not row or row[0] is None:
            break
        out[str(row[0])] = row
    return out


def test_intensity_per_client_in_a_hand_made_month(tmp_path: Path) -> None:
    db = new_db(tmp_path / "db")
    try:
        weekly = add_client(
            db.engine, "Ola", birth_year=2017, service="habilitering", pseudonym="K-AAAAAA"
        )
        once = add_client(
            db.engine, "Kari", birth_year=2015, service="habilitering", pseudonym="K-BBBBBB"
        )
        cancelled = add_client(
            db.engine, "Per", birth_year=2016, service="habilitering", pseudonym="K-CCCCCC"
        )
        # Mondays 3, 10, 24 and 31 March 2025 (weeks 10, 11, 13, 14); week 12 only a call.
        for day in (3, 10, 24, 31):
            add_entry(
                db.engine,
                EntryDraft(date=date(2025, 3, day), minutes=45, code="D02", client_ids=(weekly,)),
                *CATALOGUE,
            )
        add_entry(
            db.engine,
            EntryDraft(date=date(2025, 3, 19), minutes=20, code="I10", client_ids=(weekly,)),
            *CATALOGUE,
        )
        add_entry(
            db.engine,
            EntryDraft(date=date(2025, 3, 5), minutes=60, code="D02", client_ids=(once,)),
            *CATALOGUE,
        )
        add_entry(
            db.engine,
            EntryDraft(date=date(2025, 3, 12), minutes=45, code="A04", client_ids=(cancelled,)),
            *CATALOGUE,
        )
        result = export_month(db, tmp_path / "out")
    finally:
        db.close()
    rows = intensity_rows(result.path)
    assert set(rows) == {"K-AAAAAA", "K-BBBBBB"}  # a cancelled session is not contact
    _, first, weeks, sessions, minutes, gap, empty, summer = rows["K-AAAAAA"]
    assert first == datetime(2025, 3, 3)
    # Weeks 10–14; week 14 has one day in March but a session, so it counts.
    assert weeks == 5
    assert sessions == pytest.approx(4 / 5)
    assert minutes == pytest.approx(180 / 5)
    assert gap == 13  # 11–23 March
    assert (empty, summer) == (0, 0)  # week 12 had indirect contact
    _, first, weeks, sessions, minutes, gap, empty, summer = rows["K-BBBBBB"]
    assert first == datetime(2025, 3, 5)
    # Weeks 10–13 count; week 14 (only 31 March, no contact) does not.
    assert (weeks, empty, gap) == (4, 3, 26)
    assert sessions == pytest.approx(0.25)


def test_demo_month_lists_every_client_in_contact(march: ExportResult) -> None:
    rows = intensity_rows(march.path)
    entries = sheet_rows(march.path, "Registreringer")
    participants = sheet_rows(march.path, "Deltakere")
    e_header, p_header = entries[0], participants[0]
    category = {
        r[e_header.index("registrering_id")]: r[e_header.index("kategori")] for r in entries[1:]
    }
    in_contact: dict[str, int] = {}
    for r in participants[1:]:
        kind = category[r[p_header.index("registrering_id")]]
        if kind in ("direkte", "indirekte"):
            who = r[p_header.index("bruker")]
            in_contact[who] = in_contact.get(who, 0) + (kind == "direkte")
    assert rows and set(rows) == set(in_contact)
    for pseudonym, direct in in_contact.items():
        _, _first, weeks, sessions, *_ = rows[pseudonym]
        assert sessions * weeks == pytest.approx(direct)
