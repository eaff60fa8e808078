"""What each tariff model pays for the entries of a collection (``docs/tariff-models.md``).

Pure computation over simple records: :func:`entry_records` reads them from a collection's
accepted submissions, :func:`pay` applies one model to them and :func:`summarise` adds the
payments up per municipality, unit, therapist, month, code and category. Every amount is an
``int`` of øre; the only rounding is of each entry's amount to whole øre (half up), so sums are
exact.

The order, for one model and one entry:

1. a code in the model's ``cancelled_codes`` is not paid (status *avlyst*);
2. the rule is the one for the entry's code valid on its date, else the one for its category
   valid on its date, else nothing is paid (status *ingen regel*);
3. time = minutes (+ travel minutes when ``travel = "as_time"``); the time part is started
   blocks of ``block_minutes`` (or minutes) beyond ``included_minutes``, times the rate;
4. per participant: (fee + time part) × min(participants, ``max_participants``);
5. travel paid separately (``travel = "separate"``): travel minutes × the rate, once per entry;
6. rounded to whole øre: the entry's *gross* amount;
7. the client cap: the gross amount is divided equally across the entry's clients (whole øre;
   the remainder øre go one each to the first clients in pseudonym order), and each share is
   cut to what is left under that client's cap for the month;
8. the therapist cap: what is left is cut to what is left under the therapist's cap.

Caps are used up in date order (then start time, then entry id) within a therapist's month.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.tariffs import Model, TariffFile
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.exchange.columns import (
    ENTRY_CATEGORY,
    ENTRY_CODE,
    ENTRY_CODE_LABEL,
    ENTRY_DATE,
    ENTRY_GROUP_SIZE,
    ENTRY_ID,
    ENTRY_MINUTES,
    ENTRY_START,
    ENTRY_TRAVEL,
    PARTICIPANT_CLIENT,
    PARTICIPANT_ENTRY,
)


@dataclass(frozen=True)
class EntryRecord:
    """One accepted entry with what a tariff needs to know about it."""

    entry_id: str
    day: date
    code: str
    category: str
    minutes: int
    travel: int = 0
    clients: tuple[str, ...] = ()  # pseudonyms of the registered clients
    group_size: int | None = None  # gruppestorrelse: participants, registered or not
    therapist: str = ""
    municipality: str = ""  # "4601 Bergen" as the summary shows it
    unit: str = ""  # "4601 Habilitering barn"
    month: str = ""  # YYYY-MM of the submission
    start: str = ""  # starttid, only to order entries on the same day
    label: str = ""  # kodenavn, for the sheets

    @property
    def participants(self) -> int:
        """Participants a per-participant rule counts: the group size when the entry has one,
        otherwise its registered clients, and at least one."""
        if self.group_size:
            return self.group_size
        return max(len(self.clients), 1)


class PayStatus(Enum):
    PAID = QT_TRANSLATE_NOOP("tariffs", "betalt")
    NO_RULE = QT_TRANSLATE_NOOP("tariffs", "ingen regel")
    CANCELLED = QT_TRANSLATE_NOOP("tariffs", "avlyst")


@dataclass(frozen=True)
class Payment:
    """What one model pays for one entry, in øre."""

    record: EntryRecord
    status: PayStatus
    gross: int = 0  # before caps
    client_cut: int = 0  # taken off by the client cap
    therapist_cut: int = 0  # taken off by the therapist cap
    rule: int | None = None  # the paying rule's number in its model

    @property
    def amount(self) -> int:
        return self.gross - self.client_cut - self.therapist_cut


def _round(amount: Decimal) -> int:
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def gross_amount(model: Model, record: EntryRecord) -> tuple[PayStatus, int, int | None]:
    """Steps 1–6 of the module docstring: (status, gross øre, rule number)."""
    if record.code in model.cancelled_codes:
        return PayStatus.CANCELLED, 0, None
    rule = model.rule_for(record.code, record.category, record.day)
    if rule is None:
        return PayStatus.NO_RULE, 0, None
    time = record.minutes + (record.travel if model.travel == "as_time" else 0)
    beyond = max(0, time - rule.included_minutes)
    amount = Decimal(rule.fee)
    if rule.rate_per_block is not None:
        amount += math.ceil(beyond / rule.block_minutes) * rule.rate_per_block
    elif rule.rate_per_minute is not None:
        amount += beyond * rule.rate_per_minute
    if rule.per_participant:
        count = record.participants
        if rule.max_participants is not None:
            count = min(count, rule.max_participants)
        amount *= count
    if model.travel == "separate":
        amount += record.travel * model.travel_rate_per_minute
    return PayStatus.PAID, _round(amount), rule.index


def split_equally(amount: int, clients: Sequence[str]) -> list[tuple[str, int]]:
    """``amount`` øre shared by ``clients`` in whole øre that add up exactly: the remainder
    goes one øre each to the first clients in pseudonym order."""
    ordered = sorted(clients)
    share, rest = divmod(amount, len(ordered))
    return [(c, share + (1 if i < rest else 0)) for i, c in enumerate(ordered)]


def _order(record: EntryRecord) -> tuple[date, str, str]:
    return record.day, record.start, record.entry_id


@dataclass
class _Caps:
    """What is used of each cap so far: per (therapist, month) and (therapist, client, month)."""

    therapist: dict[tuple[str, str], int] = field(default_factory=dict)
    client: dict[tuple[str, str, str], int] = field(default_factory=dict)


def _pay_one(model: Model, record: EntryRecord, caps: _Caps) -> Payment:
    status, gross, rule = gross_amount(model, record)
    if gross == 0:
        return Payment(record, status, rule=rule)
    left = gross
    client_cut = 0
    if model.cap_per_client_month is not None and record.clients:
        for client, share in split_equally(gross, record.clients):
            # A client's pseudonym is only unique within one therapist's files unless the
            # pilot links them, and caps are per provider, so the therapist is in the key.
            key = (record.therapist, client, record.month)
            used = caps.client.get(key, 0)
            allowed = min(share, max(0, model.cap_per_client_month - used))
            caps.client[key] = used + allowed
            client_cut += share - allowed
        left -= client_cut
    therapist_cut = 0
    if model.cap_per_therapist_month is not None:
        tkey = (record.therapist, record.month)
        used = caps.therapist.get(tkey, 0)
        allowed = min(left, max(0, model.cap_per_therapist_month - used))
        caps.therapist[tkey] = used + allowed
        therapist_cut = left - allowed
    return Payment(record, status, gross, client_cut, therapist_cut, rule)


def pay(model: Model, records: Iterable[EntryRecord]) -> Iterator[Payment]:
    """The model's payment for every record. Records of one therapist's month should come
    together (as :func:`entry_records` gives them); each such run is put in date order before
    the caps are used up, so the result does not depend on the order within it."""
    caps = _Caps()
    batch: list[EntryRecord] = []
    for record in records:
        if batch and (batch[-1].therapist, batch[-1].month) != (record.therapist, record.month):
            yield from (_pay_one(model, r, caps) for r in sorted(batch, key=_order))
            batch = []
        batch.append(record)
    yield from (_pay_one(model, r, caps) for r in sorted(batch, key=_order))


# --------------------------------------------------------------------------------------------
# Totals
# --------------------------------------------------------------------------------------------

DIMENSIONS: tuple[str, ...] = ("kommune", "enhet", "terapeut", "måned", "kode", "kategori")


@dataclass
class Tally:
    """Sums for one key under one model, in øre."""

    entries: int = 0
    paid: int = 0  # entries with a paying rule
    no_rule: int = 0
    cancelled: int = 0
    gross: int = 0
    client_cut: int = 0
    therapist_cut: int = 0

    @property
    def amount(self) -> int:
        return self.gross - self.client_cut - self.therapist_cut

    def add(self, payment: Payment) -> None:
        self.entries += 1
        if payment.status is PayStatus.PAID:
            self.paid += 1
        elif payment.status is PayStatus.NO_RULE:
            self.no_rule += 1
        else:
            self.cancelled += 1
        self.gross += payment.gross
        self.client_cut += payment.client_cut
        self.therapist_cut += payment.therapist_cut


@dataclass
class ModelTotals:
    model: str
    total: Tally = field(default_factory=Tally)
    by: dict[str, dict[str, Tally]] = field(default_factory=dict)

    def key_of(self, dimension: str, key: str) -> Tally:
        table = self.by.setdefault(dimension, {})
        found = table.get(key)
        if found is None:
            found = table[key] = Tally()
        return found


def _keys(record: EntryRecord) -> dict[str, str]:
    return {
        "kommune": record.municipality,
        "enhet": record.unit,
        "terapeut": record.therapist,
        "måned": record.month,
        "kode": f"{record.code} {record.label}".strip(),
        "kategori": record.category,
    }


def summarise(model: Model, payments: Iterable[Payment]) -> ModelTotals:
    """The payments of one model added up in total and per :data:`DIMENSIONS` key."""
    totals = ModelTotals(model.name)
    for payment in payments:
        totals.total.add(payment)
        for dimension, key in _keys(payment.record).items():
            totals.key_of(dimension, key).add(payment)
    return totals


def apply_models(tariffs: TariffFile, records: Sequence[EntryRecord]) -> list[ModelTotals]:
    """Every model of the file applied to the same records, in file order (the records are
    walked once per model; for a large collection pass a fresh :func:`entry_records` to
    :func:`pay` per model instead, as the summary workbook does)."""
    return [summarise(model, pay(model, records)) for model in tariffs.models]


# --------------------------------------------------------------------------------------------
# Reading the records of a collection
# --------------------------------------------------------------------------------------------


def _int_or_none(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return int(value)
    return int(str(value))


def entry_records(
    collection: Collection, winners: Iterable[SubmissionInfo]
) -> Iterator[EntryRecord]:
    """The accepted entries, one submission (one therapist's month) after the other."""
    for info in winners:
        cols = {name: i for i, name in enumerate(info.entry_columns)}
        pcols = {name: i for i, name in enumerate(info.participant_columns)}
        clients: dict[str, list[str]] = {}
        p_id, p_client = pcols[PARTICIPANT_ENTRY], pcols[PARTICIPANT_CLIENT]
        for prow in collection.participants(info.export_id):
            clients.setdefault(str(prow[p_id]), []).append(str(prow[p_client]))
        municipality = f"{info.municipality} {info.municipality_name}".strip()
        unit = f"{info.municipality} {info.unit}".strip()
        i_start = cols.get(ENTRY_START)
        i_group = cols.get(ENTRY_GROUP_SIZE)
        i_label = cols.get(ENTRY_CODE_LABEL)
        for row in collection.entries(info.export_id):
            entry_id = str(row[cols[ENTRY_ID]])
            yield EntryRecord(
                entry_id=entry_id,
                day=date.fromisoformat(str(row[cols[ENTRY_DATE]])),
                code=str(row[cols[ENTRY_CODE]]),
                category=str(row[cols[ENTRY_CATEGORY]]),
                minutes=_int_or_none(row[cols[ENTRY_MINUTES]]) or 0,
                travel=_int_or_none(row[cols[ENTRY_TRAVEL]]) or 0,
                clients=tuple(clients.get(entry_id, ())),
                group_size=None if i_group is None else _int_or_none(row[i_group]),
                therapist=info.therapist,
                municipality=municipality,
                unit=unit,
                month=info.month,
                start="" if i_start is None or row[i_start] is None else str(row[i_start]),
                label="" if i_label is None or row[i_label] is None else str(row[i_label]),
            )
