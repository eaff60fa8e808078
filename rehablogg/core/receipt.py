"""The receipt (kvittering): what the pilot lead's workbench says back to a therapist about
each month handed in — accepted, replaced by a newer correction, or returned with a reason.

A receipt is a small JSON file (docs/receipts.md)::

    {"format": "rehablogg-kvittering", "versjon": 1, "pilot": "...", "terapeut": "...",
     "skrevet": "2026-04-02T08:15:00+00:00",
     "maneder": [{"maned": "2026-03", "eksport_id": "...", "sjekksum": "...",
                  "status": "godtatt" | "erstattet" | "returnert", "arsak": "..."}],
     "hash": "<sha256 hex of the canonical JSON of every other key>"}

The canonical JSON is the document without ``hash``, with sorted keys, no spaces and UTF-8
(``canonical_bytes``). The hash catches a file changed by accident or by hand, not forgery.

Both sides use this module: the workbench writes (``receipt_document``), the app reads
(``parse_receipt``). A receipt comes from outside the app, so reading treats it as hostile:
bounded before parsing, every key and type checked, and a reason holding an identity number
refused (the reason is free text the pilot lead typed, and such numbers are never stored).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.identity import contains_identity_number
from rehablogg.core.pilot_ids import PILOT_ID_PATTERN, THERAPIST_PATTERN

FORMAT = "rehablogg-kvittering"
VERSION = 1
MAX_BYTES = 256 * 1024  # refused above this before anything parses it
MAX_REASON = 500  # characters of a pilot lead's reason for returning a month
MAX_TEXT = 200  # characters of every other text field (ids, codes, checksums)

ACCEPTED = "godtatt"
REPLACED = "erstattet"
RETURNED = "returnert"
STATUSES = (ACCEPTED, REPLACED, RETURNED)

_KEYS = frozenset({"format", "versjon", "pilot", "terapeut", "skrevet", "maneder", "hash"})
_MONTH_KEYS = frozenset({"maned", "eksport_id", "sjekksum", "status", "arsak"})
_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
_HEX64 = re.compile(r"[0-9a-f]{64}")

TOO_LARGE = QT_TRANSLATE_NOOP(
    "receipt",
    "Filen er {size} KiB, men en kvittering er aldri større enn {limit} KiB; velg "
    "kvitteringsfilen (.json) du fikk fra pilotlederen.",
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "receipt",
    "Filen er ikke en kvittering (ikke gyldig JSON); velg kvitteringsfilen (.json) du fikk "
    "fra pilotlederen.",
)
WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "receipt",
    "Filen er ikke en kvittering fra rehablogg (format «{found}»); velg kvitteringsfilen du "
    "fikk fra pilotlederen.",
)
WRONG_VERSION = QT_TRANSLATE_NOOP(
    "receipt",
    "Kvitteringen har versjon {found}, som denne rehablogg ikke kan lese; oppdater rehablogg.",
)
MALFORMED = QT_TRANSLATE_NOOP(
    "receipt",
    "Kvitteringen er ikke bygd som en kvittering skal ({detail}); be pilotlederen om en ny.",
)
HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "receipt",
    "Kvitteringen er endret etter at den ble skrevet (kontrollsummen stemmer ikke); be "
    "pilotlederen om en ny.",
)
REASON_EMPTY = QT_TRANSLATE_NOOP(
    "receipt", "Skriv hvorfor måneden sendes tilbake, så terapeuten vet hva som skal rettes."
)
REASON_TOO_LONG = QT_TRANSLATE_NOOP(
    "receipt",
    "Årsaken er {length} tegn, men kan være høyst {limit}; skriv den kortere.",
)
REASON_IDENTITY = QT_TRANSLATE_NOOP(
    "receipt",
    "Årsaken inneholder et fødselsnummer, D-nummer eller H-nummer, og slike numre lagres "
    "aldri; fjern nummeret.",
)
RECEIVED_IDENTITY = QT_TRANSLATE_NOOP(
    "receipt",
    "Kvitteringen har en årsak med et fødselsnummer, D-nummer eller H-nummer ({month}), og "
    "slike numre lagres aldri; be pilotlederen om en ny kvittering uten nummeret.",
)


class ReceiptError(ValueError):
    """A receipt that cannot be read; ``str`` is the one sentence to show."""


@dataclass(frozen=True)
class ReceiptMonth:
    month: str  # YYYY-MM
    export_id: str
    checksum: str  # the submission's sjekksum ("" when the collection does not know it)
    status: str  # one of STATUSES
    reason: str = ""  # the pilot lead's reason, for a returned month


@dataclass(frozen=True)
class Receipt:
    pilot: str
    therapist: str
    written: str  # ISO 8601 with offset, when the workbench wrote it
    months: tuple[ReceiptMonth, ...]


def canonical_bytes(body: Mapping[str, Any]) -> bytes:
    """The canonical JSON the hash is taken over: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def receipt_hash(body: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of every key but ``hash``."""
    return hashlib.sha256(
        canonical_bytes({k: v for k, v in body.items() if k != "hash"})
    ).hexdigest()


def receipt_document(receipt: Receipt) -> dict[str, Any]:
    """The receipt as the JSON object written to the file, hash included."""
    body: dict[str, Any] = {
        "format": FORMAT,
        "versjon": VERSION,
        "pilot": receipt.pilot,
        "terapeut": receipt.therapist,
        "skrevet": receipt.written,
        "maneder": [
            {
                "maned": m.month,
                "eksport_id": m.export_id,
                "sjekksum": m.checksum,
                "status": m.status,
                "arsak": m.reason,
            }
            for m in receipt.months
        ],
    }
    body["hash"] = receipt_hash(body)
    return body


def receipt_bytes(receipt: Receipt) -> bytes:
    """The file's bytes: the document, indented for a person who opens it (the hash does not
    depend on the layout)."""
    text = json.dumps(receipt_document(receipt), ensure_ascii=False, indent=2, sort_keys=False)
    return (text + "\n").encode("utf-8")


def return_reason_problem(reason: str) -> str | None:
    """Why a pilot lead's reason for returning a month cannot be kept, or None."""
    text = reason.strip()
    if not text:
        return REASON_EMPTY
    if len(text) > MAX_REASON:
        return REASON_TOO_LONG.format(length=len(text), limit=MAX_REASON)
    if contains_identity_number(text):
        return REASON_IDENTITY
    return None


# -- reading --------------------------------------------------------------------------------


def _no_duplicates(pairs: Sequence[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ReceiptError(MALFORMED.format(detail="en nøkkel står to ganger"))
    return dict(pairs)


def _refuse_constant(name: str) -> None:
    raise ReceiptError(NOT_JSON)


def _text(value: object, what: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ReceiptError(MALFORMED.format(detail=f"«{what}» er ikke en tekst på høyst {limit}"))
    return value


def _load(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_BYTES:
        raise ReceiptError(TOO_LARGE.format(size=-(-len(data) // 1024), limit=MAX_BYTES // 1024))
    try:
        text = data.decode("utf-8")
        document = json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant
        )
    except ReceiptError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ReceiptError(NOT_JSON) from None
    if not isinstance(document, dict):
        raise ReceiptError(NOT_JSON)
    return document


def _month(item: object, index: int) -> ReceiptMonth:
    if not isinstance(item, dict) or set(item) != _MONTH_KEYS:
        raise ReceiptError(MALFORMED.format(detail=f"måned nr. {index} har ikke de rette feltene"))
    month = _text(item["maned"], "maned")
    if not _MONTH.fullmatch(month):
        raise ReceiptError(MALFORMED.format(detail=f"«{month[:20]}» er ikke en måned (ÅÅÅÅ-MM)"))
    status = _text(item["status"], "status")
    if status not in STATUSES:
        raise ReceiptError(MALFORMED.format(detail=f"ukjent status «{status[:20]}»"))
    reason = _text(item["arsak"], "arsak", MAX_REASON)
    if contains_identity_number(reason):
        raise ReceiptError(RECEIVED_IDENTITY.format(month=month))
    return ReceiptMonth(
        month,
        _text(item["eksport_id"], "eksport_id"),
        _text(item["sjekksum"], "sjekksum"),
        status,
        reason,
    )


def parse_receipt(data: bytes) -> Receipt:
    """The receipt in ``data``; ReceiptError with one sentence for anything else."""
    document = _load(data)
    found_format = document.get("format")
    if found_format != FORMAT:
        shown = found_format if isinstance(found_format, str) else type(found_format).__name__
        raise ReceiptError(WRONG_FORMAT.format(found=str(shown)[:40]))
    version = document.get("versjon")
    if version != VERSION or isinstance(version, bool):
        raise ReceiptError(WRONG_VERSION.format(found=str(version)[:20]))
    if set(document) != _KEYS:
        raise ReceiptError(MALFORMED.format(detail="feltene er ikke de en kvittering har"))
    given = document["hash"]
    if not isinstance(given, str) or not _HEX64.fullmatch(given):
        raise ReceiptError(MALFORMED.format(detail="«hash» er ikke 64 heksadesimale tegn"))
    try:
        computed = receipt_hash(document)
    except (ValueError, RecursionError):  # nested too deep to write back out
        raise ReceiptError(MALFORMED.format(detail="for dypt nøstet")) from None
    if computed != given:
        raise ReceiptError(HASH_MISMATCH)
    months = document["maneder"]
    if not isinstance(months, list):
        raise ReceiptError(MALFORMED.format(detail="«maneder» er ikke en liste"))
    return Receipt(
        pilot=_pilot(document["pilot"]),
        therapist=_therapist(document["terapeut"]),
        written=_moment(document["skrevet"]),
        months=tuple(_month(item, i) for i, item in enumerate(months, start=1)),
    )


def _pilot(value: object) -> str:
    """The pilot's id, or '' for no pilot: never free text (it is stored with the months)."""
    text = _text(value, "pilot")
    if text and not PILOT_ID_PATTERN.fullmatch(text):
        raise ReceiptError(MALFORMED.format(detail="«pilot» er ikke en pilot-id"))
    return text


def _therapist(value: object) -> str:
    text = _text(value, "terapeut")
    if not THERAPIST_PATTERN.fullmatch(text):
        raise ReceiptError(MALFORMED.format(detail="«terapeut» er ikke en terapeutkode"))
    return text


def _moment(value: object) -> str:
    """``skrevet`` as UTC ISO 8601 to the second: receipts are compared by it (a newer one
    wins), so it must be a moment with an offset."""
    text = _text(value, "skrevet")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    not_a_moment = MALFORMED.format(detail="«skrevet» er ikke et tidspunkt med tidssone")
    if moment is None or moment.tzinfo is None:
        raise ReceiptError(not_a_moment)
    try:
        return moment.astimezone(UTC).isoformat(timespec="seconds")
    except OverflowError:  # year 1 or 9999 with an offset: off the calendar in UTC
        raise ReceiptError(not_a_moment) from None
