"""Erase means erased (issue 16 item 6): after erasing a client, neither the label, nor the
notes about them, nor an identity number stored with them by an older version is anywhere in
the database file, its WAL or its free pages; not even when another connection was reading
while the erase ran. The counts, the pseudonym and the audit trail's rows stay."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from rehablogg.core.entry import EntryDraft
from rehablogg.core.identity import IdKind
from rehablogg.storage.clients import add_client, get_client
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry, delete_entry, update_entry
from rehablogg.storage.erase import (
    LABEL_REMOVED,
    EraseOutcome,
    erase_client,
    erase_pending,
    finish_pending_erase,
)
from rehablogg.storage.periods import mark_submitted
from rehablogg.storage.timer import start_timer
from tests.identity_factory import every_form, example
from tests.legacy_text import set_label, set_note

CAT = ("rehablogg-standard", 1)
LABEL = "Zebulon Unikesen"
# Long enough to spill into overflow pages, which an erase frees: the free-page check needs some.
NOTE = "Zebulon gikk i trappa med hjelp av mor. " * 150
GROUP_NOTE = "Gruppe: Zebulon og Ada balanserte på benken."
KEEP = "Beholdes: Ada hoppet paa ett bein"
FNR = example(IdKind.FODSELSNUMMER, date(2014, 9, 30))
DNR = example(IdKind.D_NUMMER, date(2014, 9, 30))
# The label and a distinctive piece of every note and reason written about the client.
SECRETS = (
    LABEL,
    "trappa med hjelp",
    "balanserte",
    "ville endre",
    "feil bruker her",
    "syk med feber",
    "Mor til Zebulon",
    "taxi",
)


@dataclass
class Scene:
    zeb: int
    ada: int
    minutes: int
    audit_rows: int


def _draft(
    day: int, minutes: int, clients: tuple[int, ...], note: str = "", code: str = "D02"
) -> EntryDraft:
    group = len(clients) if len(clients) > 1 else None
    return EntryDraft(
        date(2026, 3, day),
        minutes,
        "D03" if group else code,
        None,
        clients,
        note=note,
        group_size=group,
    )


def build(db: Database) -> Scene:
    """A client with a history: notes, a group entry, corrections after submission (one moved
    to another client, one deleted), an old identity number, a running timer, and many
    versions of the same note in the WAL."""
    engine = db.engine
    zeb = add_client(engine, "placeholder", birth_year=2014)
    set_label(engine, zeb, f"{LABEL}")
    ada = add_client(engine, "Ada Testesen", birth_year=2016)
    first = add_entry(engine, _draft(2, 45, (zeb,), NOTE), *CAT)
    add_entry(engine, _draft(3, 60, (zeb, ada), GROUP_NOTE), *CAT)
    moved = add_entry(engine, _draft(4, 30, (zeb,), "Zebulon: feil bruker her"), *CAT)
    gone = add_entry(engine, _draft(5, 20, (zeb,), "Zebulon var syk med feber"), *CAT)
    legacy = add_entry(engine, _draft(6, 15, (zeb,)), *CAT)
    set_note(engine, legacy, f"Mor til Zebulon, fnr {FNR[:6]} {FNR[6:]}")  # an older version
    add_entry(engine, _draft(9, 30, (ada,), KEEP), *CAT)
    add_entry(engine, _draft(10, 30, (ada,), f"Møtte {LABEL.upper()} i gangen"), *CAT)
    add_entry(engine, _draft(11, 30, (ada,), "Zebulonia-leken"), *CAT)  # not the label
    for version in range(30):  # every version of the long note lands in the WAL
        update_entry(engine, first, _draft(2, 45, (zeb,), f"{NOTE} v{version}"))
    with engine.begin() as conn:
        mark_submitted(conn, "2026-03", "x", "2026-04-01")
    update_entry(
        engine, first, _draft(2, 50, (zeb,), NOTE + " rettet"), reason="Zebulon ville endre tiden"
    )
    update_entry(engine, moved, _draft(4, 30, (ada,), "Ada"), reason="feil bruker valgt")
    delete_entry(engine, gone, reason="dobbelt")
    add_entry(engine, _draft(12, 10, (ada,), "Ada alene"), *CAT, reason=f"glemt {LABEL}")
    with engine.begin() as conn:  # a reason stored by an older version, identity number and all
        conn.execute(
            text("UPDATE audit SET reason = :r WHERE reason = 'dobbelt'"),
            {"r": f"dobbelt, D-nr {DNR}"},
        )
    start_timer(engine, datetime(2026, 3, 20, 9), "D02", zeb, "Zebulon venter på taxi")
    with engine.connect() as conn:
        minutes = int(conn.execute(text("SELECT sum(minutes) FROM entry")).scalar_one())
        audit_rows = int(conn.execute(text("SELECT count(*) FROM audit")).scalar_one())
    return Scene(zeb, ada, minutes, audit_rows)


def files(db: Database) -> dict[str, bytes]:
    out = {}
    for suffix in ("", "-wal", "-shm"):
        path = db.path.with_name(db.path.name + suffix)
        if path.exists():
            out[path.name] = path.read_bytes()
    return out


def free_pages(path: Path) -> dict[int, bytes]:
    """The database file's free pages, read from the file's own freelist (trunk pages list the
    leaf pages; see the SQLite file format)."""
    raw = path.read_bytes()
    page_size = int.from_bytes(raw[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size

    def page(number: int) -> bytes:
        return raw[(number - 1) * page_size : number * page_size]

    pages: dict[int, bytes] = {}
    trunk = int.from_bytes(raw[32:36], "big")
    while trunk:
        data = page(trunk)
        count = int.from_bytes(data[4:8], "big")
        for i in range(count):
            leaf = int.from_bytes(data[8 + 4 * i : 12 + 4 * i], "big")
            pages[leaf] = page(leaf)
        trunk = int.from_bytes(data[0:4], "big")
    return pages


def traces(blob: bytes) -> list[str]:
    """Which secrets ``blob`` still holds: the label, note text, identity numbers in any form."""
    found = [s for s in SECRETS if any(v.encode() in blob for v in (s, s.lower(), s.upper()))]
    for number in (FNR, DNR):
        found += [form for form in every_form(number) if form.encode() in blob]
    return found


@pytest.fixture
def scene_and_reader(db: Database) -> Iterator[tuple[Scene, sqlite3.Connection]]:
    """The scene, and another connection with a read transaction open on it (as a backup, an
    export or a database tool in another process would have): a snapshot from before the
    erase."""
    scene = build(db)
    conn = sqlite3.connect(db.path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN")
    assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] > 0
    yield scene, conn
    conn.close()


def _assert_erased(db: Database, scene: Scene, outcome: EraseOutcome) -> None:
    for name, blob in files(db).items():
        assert traces(blob) == [], name
    free = free_pages(db.path)
    assert free, "the scene frees overflow pages; there must be some to check"
    for number, data in free.items():
        assert data == bytes(len(data)), f"free page {number} is not zeroed"
    assert outcome.files_clean and not erase_pending(db.engine)
    assert outcome.entries == 3  # the entry moved to Ada and the deleted one are not his now
    client = get_client(db.engine, scene.zeb)
    assert client is not None and client.label is None and client.erased_at
    assert client.pseudonym.startswith("K-") and client.birth_year == 2014
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT sum(minutes) FROM entry")).scalar_one() == scene.minutes
        audit = conn.execute(
            text("SELECT action, reason, before_json, after_json FROM audit ORDER BY id")
        ).all()
        notes = dict(conn.execute(text("SELECT note, 1 FROM entry")).all())
        timer_note = conn.execute(text("SELECT note FROM timer")).scalar_one()
    assert len(audit) == scene.audit_rows  # the rows stay; what they said about Zeb does not
    assert [(a, r) for a, r, _b, _a in audit] == [
        ("update", ""),
        ("update", ""),
        ("delete", ""),
        ("create", f"glemt {LABEL_REMOVED}"),
    ]
    for _action, _reason, before, after in audit:
        for copy in (before, after):
            if copy is not None and set(json.loads(copy)["client_ids"]) & {scene.zeb}:
                assert json.loads(copy)["note"] == ""
    assert KEEP in notes and "Zebulonia-leken" in notes  # a longer word is not the label …
    assert f"Møtte {LABEL_REMOVED} i gangen" in notes
    assert timer_note == ""


def test_erase_leaves_nothing_in_the_file_wal_or_free_pages(db: Database) -> None:
    scene = build(db)
    before = b"".join(files(db).values())
    assert LABEL.encode() in before and FNR[:6].encode() in before
    assert before.count(b"trappa med hjelp") > 30  # the WAL's many copies of the note
    outcome = erase_client(db.engine, scene.zeb)
    _assert_erased(db, scene, outcome)
    assert outcome.label_elsewhere == 2  # Ada's note and a reason


def test_erase_while_another_connection_reads(
    db: Database, scene_and_reader: tuple[Scene, sqlite3.Connection]
) -> None:
    """The reader's snapshot keeps the old pages alive; the erase waits for it to finish (here
    after a moment, on another thread) and then empties the WAL."""
    scene, reader = scene_and_reader
    release = threading.Timer(0.5, lambda: reader.execute("COMMIT"))
    release.start()
    try:
        outcome = erase_client(db.engine, scene.zeb, wait_seconds=60)
    finally:
        release.join()
    assert reader.execute("SELECT label FROM client WHERE id = ?", (scene.zeb,)).fetchone() == (
        None,
    )  # a new read sees the erase
    _assert_erased(db, scene, outcome)


def test_a_reader_that_holds_on_is_reported_and_finished_later(
    db: Database, scene_and_reader: tuple[Scene, sqlite3.Connection]
) -> None:
    """A reader that does not let go within the wait: the erase is done in the tables, says
    the files are not clean yet (true: the old pages are still there), and is finished once
    the reader is gone."""
    scene, reader = scene_and_reader
    outcome = erase_client(db.engine, scene.zeb, wait_seconds=0.3)
    assert not outcome.files_clean and erase_pending(db.engine)
    assert traces(b"".join(files(db).values()))  # honest: the old copies are still on disk
    assert reader.execute("SELECT label FROM client WHERE id = ?", (scene.zeb,)).fetchone() == (
        LABEL,
    )  # its snapshot is older
    assert not finish_pending_erase(db.engine, wait_seconds=0.2)
    reader.execute("COMMIT")
    assert finish_pending_erase(db.engine)
    _assert_erased(db, scene, EraseOutcome(3, 0, 0, files_clean=True))


def test_the_next_erase_finishes_a_pending_one(
    db: Database, scene_and_reader: tuple[Scene, sqlite3.Connection]
) -> None:
    scene, reader = scene_and_reader
    assert not erase_client(db.engine, scene.zeb, wait_seconds=0.2).files_clean
    reader.execute("COMMIT")
    other = add_client(db.engine, "Per Annen")
    assert erase_client(db.engine, other).files_clean
    assert not erase_pending(db.engine)
    for name, blob in files(db).items():
        assert traces(blob) == [], name


def test_erasing_an_unknown_client_is_a_key_error(db: Database) -> None:
    with pytest.raises(KeyError):
        erase_client(db.engine, 999)
