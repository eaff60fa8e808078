"""Receipts for the therapists (docs/receipts.md): after a run, one JSON file per therapist
saying what became of each month they handed in, and the months the pilot lead sent back.

A submission's status on the receipt follows the collection's own verdict (status.py):
accepted and current is ``godtatt``, replaced by a newer correction of the month is
``erstattet``. A current submission the pilot lead returned is ``returnert`` with the reason;
so is each side of a conflict (two submissions of one month that are not a chain, neither
counted), with the collection's sentence as the reason, since the therapist has to send a
correction either way. Only valid submissions are on a receipt: a rejected file carries no
trustworthy therapist or month.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.status import Offer, Outcome, Status, resolve
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.receipt import (
    ACCEPTED,
    MAX_REASON,
    REPLACED,
    RETURNED,
    Receipt,
    ReceiptMonth,
    receipt_bytes,
    return_reason_problem,
)
from rehablogg.core.regular_file import shown_path
from rehablogg.exchange.atomic import AtomicOutput
from rehablogg.exchange.naming import receipt_file_name
from rehablogg.storage.owner_only import make_owner_only_dir

NOT_A_FOLDER = QT_TRANSLATE_NOOP("aggregate", "{path} er en fil; velg en mappe for kvitteringene.")
NO_PARENT = QT_TRANSLATE_NOOP(
    "aggregate", "Mappen {path} for kvitteringene finnes ikke; opprett den eller velg en annen."
)
UNKNOWN_EXPORT = QT_TRANSLATE_NOOP(
    "aggregate",
    "Samlingen har ingen innlevering med eksport_id {id}, så ingenting er returnert; finn "
    "eksport_id i arket Innsendinger og prøv igjen.",
)
ALREADY_REPLACED = QT_TRANSLATE_NOOP(
    "aggregate",
    "Innleveringen {id} er allerede erstattet av en nyere korreksjon, så ingenting er "
    "returnert; returner den nyeste innleveringen for måneden.",
)
RETURNABLE = (Status.ACCEPTED, Status.CONFLICT)


class ReturnError(ValueError):
    """A month that cannot be returned; ``str`` is the one sentence to show."""


def check_receipts_folder(folder: Path) -> None:
    """Before a run: the folder for the receipts is a folder, or can be made in one."""
    if folder.exists() and not folder.is_dir():
        raise ReturnError(NOT_A_FOLDER.format(path=shown_path(folder)))
    if not folder.exists() and not folder.parent.is_dir():
        raise ReturnError(NO_PARENT.format(path=shown_path(folder.parent)))


def _submissions(collection: Collection) -> list[tuple[Offer, Outcome]]:
    """Each valid submission once (its first offer), with its verdict."""
    offers = collection.offers()
    seen: set[str] = set()
    out = []
    for offer, outcome in zip(offers, resolve(offers), strict=True):
        if outcome.status in (Status.REJECTED, Status.DUPLICATE) or offer.export_id in seen:
            continue
        seen.add(offer.export_id)
        out.append((offer, outcome))
    return out


def return_month(collection: Collection, export_id: str, reason: str, now: datetime) -> None:
    """Record that the pilot lead sends the submission ``export_id`` back with ``reason``;
    ReturnError when the reason cannot be kept or the submission is unknown or replaced."""
    problem = return_reason_problem(reason)
    if problem is not None:
        raise ReturnError(problem)
    fate = {offer.export_id: outcome.status for offer, outcome in _submissions(collection)}
    if export_id not in fate:
        raise ReturnError(UNKNOWN_EXPORT.format(id=export_id))
    if fate[export_id] not in RETURNABLE:
        raise ReturnError(ALREADY_REPLACED.format(id=export_id))
    collection.return_month(export_id, reason.strip(), now.isoformat(timespec="seconds"))


def _month(offer: Offer, outcome: Outcome, checksum: str, returned: dict[str, str]) -> ReceiptMonth:
    if outcome.status is Status.SUPERSEDED:
        status, reason = REPLACED, ""
    elif offer.export_id in returned:
        status, reason = RETURNED, returned[offer.export_id]
    elif outcome.status is Status.CONFLICT:
        status, reason = RETURNED, outcome.reason[:MAX_REASON]
    else:
        status, reason = ACCEPTED, ""
    return ReceiptMonth(offer.month, offer.export_id, checksum, status, reason)


def receipts(collection: Collection, now: datetime) -> list[Receipt]:
    """One receipt per pilot and therapist, months in order (the chain oldest first)."""
    returned = collection.returned()
    checksums = collection.checksums()
    by_therapist: dict[tuple[str, str], list[tuple[str, str, ReceiptMonth]]] = defaultdict(list)
    for offer, outcome in _submissions(collection):
        info = collection.submission(offer.export_id)
        month = _month(offer, outcome, checksums.get(offer.export_id, ""), returned)
        by_therapist[(info.pilot, info.therapist)].append((info.month, info.created, month))
    written = now.astimezone(UTC).isoformat(timespec="seconds")
    return [
        Receipt(pilot, therapist, written, tuple(m for *_, m in sorted(items, key=_order)))
        for (pilot, therapist), items in sorted(by_therapist.items())
    ]


def _order(item: tuple[str, str, ReceiptMonth]) -> tuple[str, int, str, str]:
    month, created, receipt_month = item
    # Within a month: the replaced links first, then what stands (the chain in order).
    return (month, receipt_month.status != REPLACED, created, receipt_month.export_id)


def write_receipts(collection: Collection, folder: Path, now: datetime) -> list[Path]:
    """Write every receipt into ``folder`` (made owner-only when missing), each file whole or
    not at all and owner-only; returns the files written."""
    if not folder.exists():
        make_owner_only_dir(folder)
    written: list[Path] = []
    names: set[str] = set()
    for receipt in receipts(collection, now):
        name = receipt_file_name(receipt.pilot, receipt.therapist)
        if name in names:  # two codes that differ only in characters a file name cannot hold
            digest = hashlib.sha256(receipt.therapist.encode("utf-8")).hexdigest()[:8]
            name = name.removesuffix(".json") + f"_{digest}.json"
        names.add(name)
        target = folder / name
        with AtomicOutput(folder) as out:
            out.path.write_bytes(receipt_bytes(receipt))
            out.publish(target)
        written.append(target)
    return written
