"""Reading the pilot lead's receipt (docs/receipts.md) into the logbook, and what each month
was told: ``logbook.receipts``.

A receipt file comes from outside, so it is hostile input: read as a regular file of at most
256 KiB before anything parses it (core/regular_file.py), parsed and checked by
core/receipt.py (JSON, format, version, hash, every field, no identity number in a reason),
then checked against this logbook: it must be this therapist's, and only months this database
handed in are kept (the others are counted and said). Each refusal is one bokmål sentence
(``ReceiptProblem``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rehablogg.application.guarded_write import guarded_write
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.receipt import (
    MAX_BYTES,
    RETURNED,
    TOO_LARGE,
    Receipt,
    ReceiptError,
    parse_receipt,
)
from rehablogg.core.regular_file import (
    KINDS,
    FileChangedError,
    FileTooLargeError,
    NotRegularFileError,
    read_regular_file,
    shown_path,
)
from rehablogg.storage.database import Database
from rehablogg.storage.profile import get_profile
from rehablogg.storage.receipts import (
    StoredReceipt,
    known_submissions,
    month_receipt,
    store_receipts,
    stored_receipts,
)

OTHER_THERAPIST = QT_TRANSLATE_NOOP(
    "receipts",
    "Kvitteringen gjelder terapeut {found}, men denne loggboken er {own}; les inn "
    "kvitteringen med din egen terapeutkode.",
)
NO_THERAPIST = QT_TRANSLATE_NOOP(
    "receipts",
    "Profilen har ingen terapeutkode, så kvitteringen kan ikke knyttes til deg; fyll inn "
    "terapeutkoden i Fil → Profil og innstillinger først.",
)
NONE_KNOWN = QT_TRANSLATE_NOOP(
    "receipts",
    "Ingen av de {count} månedene i kvitteringen er levert fra denne loggboken, så ingenting "
    "er lest inn; er det riktig loggbok?",
)
EMPTY = QT_TRANSLATE_NOOP(
    "receipts", "Kvitteringen nevner ingen måneder, så det er ingenting å lese inn."
)
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "receipts", "{path} er ikke en vanlig fil, men {what}; velg kvitteringsfilen (.json)."
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "receipts", "Kvitteringen {path} kan ikke leses ({reason}); sjekk at filen finnes."
)
CHANGED = QT_TRANSLATE_NOOP(
    "receipts",
    "Kvitteringen ble endret mens den ble lest; prøv igjen når den er ferdig kopiert.",
)


class ReceiptProblem(ValueError):  # noqa: N818 - a sentence for the user, like PathwayProblem
    """A receipt that is not read; ``str`` is the one sentence to show."""


@dataclass(frozen=True)
class ReceiptRead:
    """What reading one receipt did."""

    therapist: str
    written: str  # the receipt's skrevet (UTC)
    months: tuple[StoredReceipt, ...]  # the months recognised, as the receipt says them
    unknown: int  # months the receipt names that this database did not hand in
    changed: int  # rows stored or replaced (0: nothing newer than what was read before)

    @property
    def returned(self) -> tuple[StoredReceipt, ...]:
        return tuple(m for m in self.months if m.status == RETURNED)


class ReceiptsBook:
    def __init__(self, db: Database, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def _bytes(self, path: Path) -> bytes:
        try:
            return read_regular_file(path, MAX_BYTES)
        except FileTooLargeError as exc:
            raise ReceiptProblem(
                TOO_LARGE.format(size=-(-exc.size // 1024), limit=MAX_BYTES // 1024)
            ) from None
        except NotRegularFileError as exc:
            raise ReceiptProblem(
                NOT_REGULAR.format(path=shown_path(path), what=KINDS[exc.kind])
            ) from None
        except FileChangedError:
            raise ReceiptProblem(CHANGED) from None
        except OSError as exc:
            raise ReceiptProblem(
                UNREADABLE.format(path=shown_path(path), reason=exc.strerror or type(exc).__name__)
            ) from None

    def parse(self, path: Path) -> Receipt:
        """The receipt in ``path``, checked as a receipt (not yet against this logbook)."""
        try:
            return parse_receipt(self._bytes(path))
        except ReceiptError as exc:
            raise ReceiptProblem(str(exc)) from None

    def read(self, path: Path) -> ReceiptRead:
        """Read the receipt in ``path`` and keep what it says of this database's submissions;
        ReceiptProblem (nothing stored) for a receipt that cannot be read or is not this
        therapist's, or that names none of this database's submissions."""
        receipt = self.parse(path)
        own = get_profile(self._db.engine).therapist_code.strip()
        if not own:
            raise ReceiptProblem(NO_THERAPIST)
        if receipt.therapist != own:
            raise ReceiptProblem(OTHER_THERAPIST.format(found=receipt.therapist[:40], own=own))
        if not receipt.months:
            raise ReceiptProblem(EMPTY)
        with self._db.engine.connect() as conn:
            known = known_submissions(conn)
        read_at = self._now().isoformat(timespec="seconds")
        rows = tuple(
            StoredReceipt(
                m.export_id, m.month, m.status, m.reason, receipt.pilot, receipt.written, read_at
            )
            for m in receipt.months
            if _recognised(known.get(m.export_id), m.month, m.checksum)
        )
        if not rows:
            raise ReceiptProblem(NONE_KNOWN.format(count=len(receipt.months)))
        changed = guarded_write(self._db, lambda: store_receipts(self._db.engine, rows))
        return ReceiptRead(
            receipt.therapist, receipt.written, rows, len(receipt.months) - len(rows), changed
        )

    def month(self, month: str) -> StoredReceipt | None:
        """What the month's latest submission was told (None: no receipt speaks of it)."""
        return month_receipt(self._db.engine, month)

    def all(self) -> list[StoredReceipt]:
        return stored_receipts(self._db.engine)

    def current(self) -> list[StoredReceipt]:
        """Per month with a receipt, what its latest submission was told, by month."""
        months = sorted({r.month for r in self.all()})
        found = (self.month(m) for m in months)
        return [r for r in found if r is not None]


def _recognised(known: tuple[str, str] | None, month: str, checksum: str) -> bool:
    """The receipt's month is this database's submission: the eksport_id is ours, for that
    month, and with our sjekksum (when the receipt has one)."""
    if known is None:
        return False
    own_month, own_checksum = known
    return own_month == month and (not checksum or checksum == own_checksum)
