"""The collection file: a small SQLite database of its own (plain sqlite3, not the therapist's
schema) holding every file offered and the content of every valid submission.

One run is one transaction (``Collection.run()``): an interrupted run — a crash, Ctrl-C, a full
disk — rolls back and leaves the collection exactly as it was. Rows are kept as JSON arrays
with the column names stored once per submission, so a later 1.x file with more columns fits
without a schema change.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rehablogg.aggregate.status import Offer
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.regular_file import KINDS, NotRegularFileError, open_regular_file, shown_path
from rehablogg.storage.engine import BUSY_TIMEOUT_MS
from rehablogg.storage.faults import classify
from rehablogg.storage.owner_only import create_owner_only

# 2: submission.created (Metadata opprettet), to order the pieces of a correction chain with a
# gap (status.py); a version-1 collection gets the column, empty for what it already holds.
SCHEMA_VERSION = 2
APPLICATION_ID = 0x52484C43  # "RHLC": marks the file as a rehablogg collection
_SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database

NOT_A_COLLECTION = QT_TRANSLATE_NOOP(
    "aggregate", "{path} er ikke en samlingsfil fra rehablogg ({detail})."
)
LOCKED = QT_TRANSLATE_NOOP(
    "aggregate",
    "Samlingsfilen {path} er i bruk av en annen samling eller et annet program "
    "(ventet 5 sekunder); vent til den er ferdig og prøv igjen.",
)
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "aggregate", "{path} er ikke en vanlig fil, men {what}; oppgi en samlingsfil (.sqlite3)."
)
UNUSABLE = QT_TRANSLATE_NOOP("aggregate", "Samlingsfilen {path} kan ikke brukes ({detail}).")
NEWER_COLLECTION = QT_TRANSLATE_NOOP(
    "aggregate", "{path} er laget av en nyere rehablogg (samlingsversjon {version}); oppdater."
)

_SCHEMA = """
CREATE TABLE offer (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    eksport_id TEXT NOT NULL DEFAULT '',
    therapist TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    month TEXT NOT NULL DEFAULT '',
    replaces TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (path, sha256)
);
CREATE TABLE submission (
    eksport_id TEXT PRIMARY KEY,
    therapist TEXT NOT NULL,
    municipality TEXT NOT NULL,
    municipality_name TEXT NOT NULL,
    unit TEXT NOT NULL,
    profession TEXT NOT NULL,
    position INTEGER,
    pilot TEXT NOT NULL,
    month TEXT NOT NULL,
    replaces TEXT NOT NULL,
    entry_columns TEXT NOT NULL,
    participant_columns TEXT NOT NULL,
    created TEXT NOT NULL DEFAULT ''
);
CREATE TABLE entry (eksport_id TEXT NOT NULL, seq INTEGER NOT NULL, row TEXT NOT NULL,
                    PRIMARY KEY (eksport_id, seq)) WITHOUT ROWID;
CREATE TABLE participant (eksport_id TEXT NOT NULL, seq INTEGER NOT NULL, row TEXT NOT NULL,
                          PRIMARY KEY (eksport_id, seq)) WITHOUT ROWID;
"""

# Tables added without a schema version (docs/receipts.md): an older rehablogg ignores them and
# keeps reading the collection. They are made when first needed, never at opening (a collection
# opened only to be read stays as it was). ``submission_checksum`` holds each submission's
# sjekksum for its receipt (submissions taken by an older version have none); ``returned_month``
# the months the pilot lead sent back, with the reason the receipt carries.
_RECEIPT_TABLES = """
CREATE TABLE IF NOT EXISTS submission_checksum (
    eksport_id TEXT PRIMARY KEY,
    checksum TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS returned_month (
    eksport_id TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    returned_at TEXT NOT NULL
) WITHOUT ROWID;
"""

# The further sheets of a submission (format 1.1 on: Forløp, Opphold, Behov, …), additive like
# the receipt tables: its columns once per sheet, its rows as JSON arrays, so that a later 1.x
# sheet fits without a schema change. Made in a run's transaction; a collection without them
# holds format 1.0 submissions only.
_SHEET_TABLES = """
CREATE TABLE IF NOT EXISTS sheet (
    eksport_id TEXT NOT NULL,
    name TEXT NOT NULL,
    columns TEXT NOT NULL,
    PRIMARY KEY (eksport_id, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sheet_row (
    eksport_id TEXT NOT NULL,
    name TEXT NOT NULL,
    seq INTEGER NOT NULL,
    row TEXT NOT NULL,
    PRIMARY KEY (eksport_id, name, seq)
) WITHOUT ROWID;
"""


class CollectionError(Exception):
    """The file given as collection cannot be used; the message is the sentence to show."""


@dataclass(frozen=True, slots=True)
class SubmissionInfo:
    export_id: str
    therapist: str
    municipality: str
    municipality_name: str
    unit: str
    profession: str
    position: int | None
    pilot: str
    month: str
    replaces: str
    entry_columns: tuple[str, ...]
    participant_columns: tuple[str, ...]
    created: str = ""  # Metadata opprettet
    checksum: str = ""  # Metadata sjekksum (for the therapist's receipt)


def _date_text(value: object) -> str:
    """What the JSON encoder calls for a value it cannot write itself: a date (or date and
    time) is stored as its ISO day, anything else is a programming error."""
    if isinstance(value, date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    raise TypeError(f"{type(value).__name__} in a row")


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_date_text).encode


def row_json(row: Sequence[object]) -> str:
    """A row as the collection stores it: JSON, dates as ISO days, a whole float as an int.
    The encoder (C) writes every value and calls ``_date_text`` only for dates, and the rare
    whole float is looked for by type over the row at once: converting each value in Python
    first, as before, cost the aggregate process about as much per file as a worker spends
    verifying it."""
    if float in set(map(type, row)):
        row = [int(v) if type(v) is float and v.is_integer() else v for v in row]
    return _encode(row)


@dataclass(frozen=True)
class StoredRows:
    """Rows already as the collection stores them (:func:`row_json` texts), made in the
    process that read them: a verifying worker encodes its file's rows, so the aggregate
    process only inserts them, and texts cross the pipe far cheaper than the values they hold
    (pickling 1 008 files' rows both ways: 1.5 CPU seconds as values, 0.2 as texts)."""

    texts: tuple[str, ...] = ()

    @classmethod
    def of(cls, rows: Iterable[Sequence[object]]) -> StoredRows:
        return cls(tuple(map(row_json, rows)))


def _stored(rows: Iterable[Sequence[object]] | StoredRows) -> Iterable[str]:
    return rows.texts if isinstance(rows, StoredRows) else map(row_json, rows)


@functools.lru_cache(maxsize=64)
def _column_names(stored: str) -> tuple[str, ...]:
    """A submission's stored column names, one tuple for every submission of that layout
    (there are a few layouts, one per format version and kind): a tuple per submission made
    the summary's list of submissions, and the row-sheet worker's pickled copy of it, grow
    by about 4 kB a file."""
    return tuple(sys.intern(name) for name in json.loads(stored))


def _decoded(cursor: Iterable[tuple[str]]) -> list[list[object]]:
    """One submission's stored rows (``row_json`` texts), decoded. Joined into one JSON array
    and parsed at once: one parse per row was most of the time of reading them back. The
    count is checked, so that a damaged row cannot pass as two; then each row is parsed on
    its own, which raises for the damaged one as before."""
    texts = [text for (text,) in cursor]
    try:
        rows = json.loads("[" + ",".join(texts) + "]")
    except ValueError:
        rows = None
    if not isinstance(rows, list) or len(rows) != len(texts):
        rows = [json.loads(text) for text in texts]
    return rows


def _busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0)
    return isinstance(code, int) and code & 0xFF in (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


class Collection:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._refuse_foreign()
        # A new collection is created owner-only before SQLite opens it; a folder that cannot
        # be written is said here, in the operating system's words.
        with contextlib.suppress(FileExistsError):
            os.close(create_owner_only(path))
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise self._unusable(exc) from None
        try:
            self._prepare()
            self.conn.execute("PRAGMA journal_mode=DELETE")
            self.conn.execute("PRAGMA synchronous=FULL")
        except BaseException as exc:
            self.conn.close()
            if isinstance(exc, sqlite3.Error):
                raise self._unusable(exc) from None
            raise

    @classmethod
    def reader(cls, path: Path) -> Collection:
        """The collection opened read-only, nothing checked or changed: for a worker process
        reading what this run has committed (row_sheet_worker.py)."""
        collection = cls.__new__(cls)
        collection.path = path
        collection.conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        return collection

    def _refuse_foreign(self) -> None:
        """Refuse what is not a collection before anything opens it: a therapist's database
        given by mistake must not even be switched out of WAL mode. The header is read as
        bytes (SQLite itself would create -wal/-shm files beside a WAL database)."""
        try:
            with open_regular_file(self.path) as fh:
                head = fh.read(100)
        except FileNotFoundError:
            return
        except NotRegularFileError as exc:
            raise CollectionError(
                NOT_A_FILE.format(path=shown_path(self.path), what=KINDS[exc.kind])
            ) from None
        except OSError as exc:
            raise CollectionError(
                UNUSABLE.format(path=shown_path(self.path), detail=exc.strerror)
            ) from None
        if not head:
            return  # made by us a moment before a failure, or by hand: a new collection
        if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
            raise CollectionError(
                NOT_A_COLLECTION.format(
                    path=shown_path(self.path), detail="ikke en SQLite-database"
                )
            )
        if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
            raise CollectionError(
                NOT_A_COLLECTION.format(
                    path=shown_path(self.path), detail="en annen SQLite-database"
                )
            )

    def _unusable(self, exc: sqlite3.Error) -> Exception:
        if _busy(exc):
            return CollectionError(LOCKED.format(path=shown_path(self.path)))
        if classify(exc) is not None:
            return exc  # a full disk, a read-only folder: the caller's sentence
        return CollectionError(NOT_A_COLLECTION.format(path=shown_path(self.path), detail=exc))

    def close(self) -> None:
        self.conn.close()

    def _prepare(self) -> None:
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id == 0 and version == 0 and tables == 0:
            # One script, one transaction: a half-made collection never exists.
            self.conn.executescript(
                f"BEGIN IMMEDIATE;{_SCHEMA}PRAGMA application_id={APPLICATION_ID};"
                f"PRAGMA user_version={SCHEMA_VERSION};COMMIT;"
            )
            return
        if app_id != APPLICATION_ID:
            raise CollectionError(
                NOT_A_COLLECTION.format(
                    path=shown_path(self.path), detail="en annen SQLite-database"
                )
            )
        if version > SCHEMA_VERSION:
            raise CollectionError(
                NEWER_COLLECTION.format(path=shown_path(self.path), version=version)
            )
        if version < 2:
            self.conn.executescript(
                "BEGIN IMMEDIATE;ALTER TABLE submission ADD COLUMN created TEXT NOT NULL "
                f"DEFAULT '';PRAGMA user_version={SCHEMA_VERSION};COMMIT;"
            )

    @contextmanager
    def run(self) -> Iterator[None]:
        """One transaction for a whole run: all or nothing. Waits up to the busy timeout for
        another run (or program) that holds the collection."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._unusable(exc) from None
        try:
            # Looking a file's bytes up by their hash alone (``offer_with_content``, twice per
            # file) reads every offer without it: 0.2 ms a look-up at 10 000 offers, growing
            # with the collection (a year of a national pilot is 60 000). An index, not a
            # schema change: older versions read the file as before.
            self.conn.execute("CREATE INDEX IF NOT EXISTS offer_sha256 ON offer (sha256)")
            self._make_additive_tables()
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _make_additive_tables(self) -> None:
        for statement in (_RECEIPT_TABLES + _SHEET_TABLES).split(";"):
            if statement.strip():
                self.conn.execute(statement)

    def _has_table(self, name: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
            ).fetchone()
            is not None
        )

    # -- offers ------------------------------------------------------------------------------

    def known_offer(self, path: str, sha256: str) -> Offer | None:
        """The offer of this path with exactly these bytes, if there was one."""
        row = self.conn.execute(
            "SELECT path, eksport_id, therapist, month, replaces, reason FROM offer "
            "WHERE path = ? AND sha256 = ?",
            (path, sha256),
        ).fetchone()
        return Offer(*row) if row else None

    def offer_with_content(self, sha256: str) -> Offer | None:
        """An earlier offer of a file with exactly these bytes that was taken (its
        classification holds for a copy; a refused one is judged again)."""
        row = self.conn.execute(
            "SELECT path, eksport_id, therapist, month, replaces, reason FROM offer "
            "WHERE sha256 = ? AND reason = '' ORDER BY id LIMIT 1",
            (sha256,),
        ).fetchone()
        return Offer(*row) if row else None

    def update_offer(self, offer: Offer, *, sha256: str, municipality: str) -> None:
        """A new verdict for an offer judged again (same path, same bytes)."""
        self.conn.execute(
            "UPDATE offer SET eksport_id = ?, therapist = ?, municipality = ?, month = ?, "
            "replaces = ?, reason = ? WHERE path = ? AND sha256 = ?",
            (
                offer.export_id,
                offer.therapist,
                municipality,
                offer.month,
                offer.replaces,
                offer.reason,
                offer.path,
                sha256,
            ),
        )

    def forget_transient(self, prefix: str) -> None:
        """Drop the offers reported for one run only (their key starts with ``prefix``; the
        ``unreadable:`` keys of earlier versions were meant the same way)."""
        self.conn.execute(
            "DELETE FROM offer WHERE substr(sha256, 1, ?) = ? OR sha256 LIKE 'unreadable:%'",
            (len(prefix), prefix),
        )

    def add_offer(self, offer: Offer, *, sha256: str, size: int, municipality: str) -> None:
        self.conn.execute(
            "INSERT INTO offer (path, sha256, size, eksport_id, therapist, municipality, month, "
            "replaces, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                offer.path,
                sha256,
                size,
                offer.export_id,
                offer.therapist,
                municipality,
                offer.month,
                offer.replaces,
                offer.reason,
            ),
        )

    def offers(self) -> list[Offer]:
        """Every offer in the order offered; a valid one with its submission's ``opprettet``."""
        rows = self.conn.execute(
            "SELECT o.path, o.eksport_id, o.therapist, o.month, o.replaces, o.reason, "
            "CASE WHEN o.reason = '' THEN coalesce(s.created, '') ELSE '' END "
            "FROM offer o LEFT JOIN submission s ON s.eksport_id = o.eksport_id ORDER BY o.id"
        )
        intern = sys.intern  # therapist and month recur: kept once (held for the whole run)
        return [
            Offer(path, export_id, intern(therapist), intern(month), replaces, reason, created)
            for path, export_id, therapist, month, replaces, reason, created in rows
        ]

    def offer_municipalities(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT municipality FROM offer ORDER BY id")]

    # -- submissions -------------------------------------------------------------------------

    def has_submission(self, export_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM submission WHERE eksport_id = ?", (export_id,)
            ).fetchone()
            is not None
        )

    def add_submission(
        self,
        info: SubmissionInfo,
        entries: Iterable[Sequence[object]] | StoredRows,
        participants: Iterable[Sequence[object]] | StoredRows,
        sheets: Mapping[str, tuple[Sequence[str], Sequence[Sequence[object]]]] | None = None,
    ) -> None:
        """Keep one valid submission: its metadata, entries, participants (values, or texts
        encoded where they were read) and any further sheets (name: (columns, rows)), such as
        format 1.1's Forløp, Opphold and Behov."""
        self.conn.execute(
            "INSERT INTO submission VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                info.export_id,
                info.therapist,
                info.municipality,
                info.municipality_name,
                info.unit,
                info.profession,
                info.position,
                info.pilot,
                info.month,
                info.replaces,
                json.dumps(info.entry_columns),
                json.dumps(info.participant_columns),
                info.created,
            ),
        )
        self.conn.executemany(
            "INSERT INTO entry VALUES (?, ?, ?)",
            ((info.export_id, seq, text) for seq, text in enumerate(_stored(entries))),
        )
        self.conn.executemany(
            "INSERT INTO participant VALUES (?, ?, ?)",
            ((info.export_id, seq, text) for seq, text in enumerate(_stored(participants))),
        )
        if info.checksum:
            self.conn.execute(
                "INSERT OR REPLACE INTO submission_checksum VALUES (?, ?)",
                (info.export_id, info.checksum),
            )
        if sheets:
            self._make_additive_tables()  # made by a run; a caller outside one gets them here
        for name, (columns, rows) in (sheets or {}).items():
            self.conn.execute(
                "INSERT INTO sheet VALUES (?, ?, ?)",
                (info.export_id, name, json.dumps(list(columns), ensure_ascii=False)),
            )
            self.conn.executemany(
                "INSERT INTO sheet_row VALUES (?, ?, ?, ?)",
                ((info.export_id, name, seq, row_json(row)) for seq, row in enumerate(rows)),
            )

    def submission(self, export_id: str) -> SubmissionInfo:
        row = self.conn.execute(
            "SELECT * FROM submission WHERE eksport_id = ?", (export_id,)
        ).fetchone()
        (
            export_id,
            therapist,
            municipality,
            name,
            unit,
            profession,
            position,
            pilot,
            month,
            replaces,
            entry_columns,
            participant_columns,
            created,
        ) = row
        # The texts a therapist's twelve months share are kept once (interned): the summary
        # holds every submission's info for the whole run.
        intern = sys.intern
        return SubmissionInfo(
            export_id,
            intern(therapist),
            intern(municipality),
            intern(name),
            intern(unit),
            intern(profession),
            position,
            intern(pilot),
            intern(month),
            replaces,
            _column_names(entry_columns),
            _column_names(participant_columns),
            created,
        )

    def entries(self, export_id: str) -> Iterator[list[object]]:
        return self._rows("entry", export_id)

    def participants(self, export_id: str) -> Iterator[list[object]]:
        return self._rows("participant", export_id)

    def _rows(self, table: str, export_id: str) -> Iterator[list[object]]:
        """One submission's rows of ``table`` (a name from this module, never from a file)."""
        yield from _decoded(
            self.conn.execute(
                f"SELECT row FROM {table} WHERE eksport_id = ? ORDER BY seq",
                (export_id,),
            )
        )

    def checksums(self) -> dict[str, str]:
        """Every submission's sjekksum that the collection knows, by eksport_id."""
        if not self._has_table("submission_checksum"):
            return {}
        return dict(self.conn.execute("SELECT eksport_id, checksum FROM submission_checksum"))

    # -- months returned to the therapist (docs/receipts.md) -------------------------------

    def returned(self) -> dict[str, str]:
        """The reason of every submission sent back, by eksport_id."""
        if not self._has_table("returned_month"):
            return {}
        return dict(self.conn.execute("SELECT eksport_id, reason FROM returned_month"))

    def return_month(self, export_id: str, reason: str, at: str) -> None:
        """Record that the submission ``export_id`` is sent back with ``reason`` (a later
        return of the same submission replaces the reason). The caller checks both."""
        with self._write():
            self.conn.execute(
                "INSERT OR REPLACE INTO returned_month VALUES (?, ?, ?)", (export_id, reason, at)
            )

    def withdraw_return(self, export_id: str) -> None:
        """Take back a return made by mistake."""
        with self._write():
            self.conn.execute("DELETE FROM returned_month WHERE eksport_id = ?", (export_id,))

    @contextmanager
    def _write(self) -> Iterator[None]:
        """A small write of its own, outside a run (which holds its own transaction)."""
        if self.conn.in_transaction:
            self._make_additive_tables()
            yield
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._unusable(exc) from None
        try:
            self._make_additive_tables()
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def sheet_rows(self, export_id: str, name: str) -> list[dict[str, object]]:
        """The rows of one further sheet of a submission, each by column name; none when the
        submission has no such sheet (a format 1.0 file)."""
        columns = self.sheet_columns(export_id, name)
        if not columns:
            return []
        return [
            dict(zip(columns, json.loads(row), strict=False))
            for (row,) in self.conn.execute(
                "SELECT row FROM sheet_row WHERE eksport_id = ? AND name = ? ORDER BY seq",
                (export_id, name),
            )
        ]

    def raw_sheet_rows(self, export_id: str, name: str) -> Iterator[tuple[int, str]]:
        """(seq, the row's JSON text) of one further sheet of a submission, in order."""
        if not self._has_table("sheet_row"):
            return
        yield from self.conn.execute(
            "SELECT seq, row FROM sheet_row WHERE eksport_id = ? AND name = ? ORDER BY seq",
            (export_id, name),
        )

    def sheet_columns(self, export_id: str, name: str) -> tuple[str, ...]:
        if not self._has_table("sheet"):
            return ()
        found = self.conn.execute(
            "SELECT columns FROM sheet WHERE eksport_id = ? AND name = ?", (export_id, name)
        ).fetchone()
        return () if found is None else tuple(json.loads(found[0]))

    def dump(self) -> dict[str, list[tuple[object, ...]]]:
        """Every row of every table (for tests and checks)."""
        tables = ["offer", "submission", "entry", "participant"]
        tables += [t for t in ("sheet", "sheet_row") if self._has_table(t)]
        return {
            table: [tuple(r) for r in self.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
            for table in tables
        }
