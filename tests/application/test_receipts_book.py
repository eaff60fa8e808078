"""Reading the pilot lead's receipt into the logbook (docs/receipts.md), as hostile input:
every refusal is one bokmål sentence and stores nothing; a receipt of this therapist's months
is kept, unknown months are counted, and a month the pilot lead returned is handed in again as
a correction even when nothing changed."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from rehablogg.application.logbook import Logbook
from rehablogg.application.receipts_book import ReceiptProblem
from rehablogg.core.identity import IdKind
from rehablogg.core.periods import Month
from rehablogg.core.receipt import receipt_hash
from rehablogg.exchange.export import ExportRequest
from rehablogg.exchange.submission import Kind
from rehablogg.storage.database import open_database_file
from rehablogg.storage.profile import update_profile
from tests.aggregate.receipt_inbox import PILOT, RETURN_REASON, Receipts, make_receipts
from tests.identity_factory import example

TODAY = date(2025, 4, 10)
NOW = datetime(2025, 4, 10, 12, 0, tzinfo=UTC)
REASON = RETURN_REASON


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Receipts:
    return make_receipts(tmp_path_factory.mktemp("kvittering-app"))


@pytest.fixture
def logbook(prepared: Receipts, tmp_path: Path) -> Iterator[Logbook]:
    copy = tmp_path / "rehablogg.sqlite3"
    shutil.copyfile(prepared.inbox.fys01_db, copy)
    db = open_database_file(copy)
    book = Logbook(db, today=lambda: TODAY, now=lambda: NOW)
    yield book
    book.close()


def _file(tmp_path: Path, data: bytes, name: str = "kvittering.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _rehashed(data: bytes, change: Any) -> bytes:
    document = json.loads(data)
    change(document)
    document["hash"] = receipt_hash(document)
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


# -- hostile receipts: one sentence each, nothing stored ----------------------------------------


def _refused(logbook: Logbook, path: Path, sentence: str) -> None:
    with pytest.raises(ReceiptProblem) as refused:
        logbook.receipts.read(path)
    assert sentence in str(refused.value)
    assert logbook.receipts.all() == []


def test_a_file_over_256_kib_is_refused_before_it_is_parsed(
    logbook: Logbook, tmp_path: Path
) -> None:
    path = _file(tmp_path, b"{" + b" " * (256 * 1024))
    _refused(logbook, path, "aldri større enn 256 KiB")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_never_opened_for_reading(logbook: Logbook, tmp_path: Path) -> None:
    fifo = tmp_path / "kvittering.json"
    os.mkfifo(fifo)
    _refused(logbook, fifo, "ikke en vanlig fil")


def test_a_missing_file_is_said(logbook: Logbook, tmp_path: Path) -> None:
    _refused(logbook, tmp_path / "borte.json", "kan ikke leses")


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"", "ikke gyldig JSON"),
        (b"PK\x03\x04 an xlsx file", "ikke gyldig JSON"),
        (b'{"format": "rehablogg-eksport"}', "format «rehablogg-eksport»"),
        (b'{"format": "rehablogg-kvittering", "versjon": 9}', "versjon 9"),
    ],
)
def test_what_is_not_a_receipt_is_refused(
    logbook: Logbook, tmp_path: Path, data: bytes, sentence: str
) -> None:
    _refused(logbook, _file(tmp_path, data), sentence)


def test_a_receipt_changed_after_it_was_written_is_refused(
    logbook: Logbook, prepared: Receipts, tmp_path: Path
) -> None:
    changed = prepared.returned.replace(b'"returnert"', b'"godtatt"')
    assert changed != prepared.returned
    _refused(logbook, _file(tmp_path, changed), "kontrollsummen stemmer ikke")


def test_another_therapists_receipt_is_refused(
    logbook: Logbook, prepared: Receipts, tmp_path: Path
) -> None:
    _refused(
        logbook,
        _file(tmp_path, prepared.other),
        "Kvitteringen gjelder terapeut ERG02, men denne loggboken er FYS01",
    )


def test_a_profile_without_therapist_code_reads_no_receipt(
    logbook: Logbook, prepared: Receipts, tmp_path: Path
) -> None:
    update_profile(logbook._db.engine, therapist_code="")
    _refused(logbook, _file(tmp_path, prepared.receipt), "Profilen har ingen terapeutkode")


def test_a_reason_with_an_identity_number_is_refused(
    logbook: Logbook, prepared: Receipts, tmp_path: Path
) -> None:
    number = example(IdKind.D_NUMMER, date(2012, 3, 4))

    def change(d: dict[str, Any]) -> None:
        d["maneder"][0]["status"] = "returnert"
        d["maneder"][0]["arsak"] = f"Gjelder brukeren med {number}."

    _refused(logbook, _file(tmp_path, _rehashed(prepared.receipt, change)), "D-nummer")


def test_a_receipt_of_none_of_our_months_is_refused(
    logbook: Logbook, prepared: Receipts, tmp_path: Path
) -> None:
    def change(d: dict[str, Any]) -> None:
        for i, month in enumerate(d["maneder"]):
            month["eksport_id"] = f"ukjent{i}"

    _refused(
        logbook,
        _file(tmp_path, _rehashed(prepared.receipt, change)),
        "Ingen av de 3 månedene i kvitteringen er levert fra denne loggboken",
    )


def test_unknown_months_are_counted_and_the_rest_kept(
    logbook: Logbook, prepared: Receipts, tmp_path: Path
) -> None:
    def change(d: dict[str, Any]) -> None:
        d["maneder"].append(dict(d["maneder"][0], eksport_id="fra-en-annen-maskin"))
        # Our eksport_id with another sjekksum is not ours either.
        d["maneder"].append(dict(d["maneder"][0], sjekksum="0" * 64))
        d["maneder"][0]["maned"] = d["maneder"][0]["maned"]

    read = logbook.receipts.read(_file(tmp_path, _rehashed(prepared.receipt, change)))
    assert (len(read.months), read.unknown) == (3, 2)
    assert len(logbook.receipts.all()) == 3


# -- what is kept -------------------------------------------------------------------------------


def test_each_month_is_godtatt_or_returnert_with_the_reason(
    logbook: Logbook, prepared: Receipts, tmp_path: Path
) -> None:
    inbox = prepared.inbox
    read = logbook.receipts.read(_file(tmp_path, prepared.receipt))
    assert (read.therapist, read.unknown, read.changed) == ("FYS01", 0, 3)
    feb, march = logbook.receipts.month("2025-02"), logbook.receipts.month("2025-03")
    assert feb is not None and (feb.export_id, feb.status) == (inbox.feb.export_id, "godtatt")
    assert march is not None and (march.export_id, march.status, march.pilot) == (
        inbox.march_korr.export_id,
        "godtatt",
        PILOT,
    )
    assert logbook.receipts.month("2025-01") is None

    read = logbook.receipts.read(_file(tmp_path, prepared.returned, "ny.json"))
    assert [(m.month, m.reason) for m in read.returned] == [("2025-03", REASON)]
    march = logbook.receipts.month("2025-03")
    assert march is not None and (march.status, march.reason) == ("returnert", REASON)
    assert [r.month for r in logbook.receipts.current()] == ["2025-02", "2025-03"]


def test_an_older_receipt_read_later_changes_nothing(
    logbook: Logbook, prepared: Receipts, tmp_path: Path
) -> None:
    logbook.receipts.read(_file(tmp_path, prepared.returned, "ny.json"))
    read = logbook.receipts.read(_file(tmp_path, prepared.receipt, "gammel.json"))
    assert read.changed == 0
    march = logbook.receipts.month("2025-03")
    assert march is not None and march.status == "returnert"


def _submit_march(logbook: Logbook, out: Path) -> Any:
    m = Month.parse("2025-03")
    return logbook.exports.export(
        ExportRequest(m.first_day, m.last_day, out, whole_month=True, submit=True)
    )


def test_a_returned_month_is_handed_in_again_as_a_correction_with_nothing_changed(
    logbook: Logbook, prepared: Receipts, tmp_path: Path
) -> None:
    inbox = prepared.inbox
    out = tmp_path / "ut"
    out.mkdir()
    # Not returned: the unchanged month is the same submission again.
    assert _submit_march(logbook, out).kind is Kind.SAME
    logbook.receipts.read(_file(tmp_path, prepared.returned))
    m = Month.parse("2025-03")
    plan = logbook.exports.plan(
        ExportRequest(m.first_day, m.last_day, out, whole_month=True, submit=True)
    )
    assert (plan.submission.kind, plan.submission.correction) == (Kind.CORRECTION, 2)
    result = _submit_march(logbook, out)
    assert (result.kind, result.correction, result.replaces) == (
        Kind.CORRECTION,
        2,
        inbox.march_korr.export_id,
    )
    assert result.export_id != inbox.march_korr.export_id
    assert result.path.name.endswith("_korr2.xlsx")
    # Handed in again: no receipt speaks of the new submission yet, and once more is SAME.
    assert logbook.receipts.month("2025-03") is None
    assert _submit_march(logbook, out).kind is Kind.SAME
