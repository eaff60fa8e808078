"""The receipt format (docs/receipts.md) read as hostile input: each refusal is one bokmål
sentence, and a receipt written by the workbench reads back exactly."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from rehablogg.core.identity import IdKind
from rehablogg.core.receipt import (
    MAX_BYTES,
    Receipt,
    ReceiptError,
    ReceiptMonth,
    parse_receipt,
    receipt_bytes,
    receipt_document,
    receipt_hash,
    return_reason_problem,
)
from tests.identity_factory import example

NUMBER = example(IdKind.FODSELSNUMMER, date(1988, 11, 2))
RECEIPT = Receipt(
    pilot="pilot-vest",
    therapist="FYS01",
    written="2026-04-02T08:15:00+00:00",
    months=(
        ReceiptMonth("2026-02", "a" * 16, "b" * 64, "godtatt"),
        ReceiptMonth("2026-03", "c" * 16, "d" * 64, "erstattet"),
        ReceiptMonth("2026-03", "e" * 16, "f" * 64, "returnert", "Mangler uke 11; lever på nytt."),
    ),
)


def _rehashed(document: dict[str, Any]) -> bytes:
    """A document changed and given a matching hash (what a careful forger would do)."""
    document = dict(document)
    document["hash"] = receipt_hash(document)
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def test_written_receipt_reads_back_exactly() -> None:
    assert parse_receipt(receipt_bytes(RECEIPT)) == RECEIPT


def test_written_is_read_as_utc() -> None:
    document = receipt_document(RECEIPT)
    document["skrevet"] = "2026-04-02T10:15:00+02:00"
    assert parse_receipt(_rehashed(document)).written == "2026-04-02T08:15:00+00:00"


def test_the_hash_does_not_depend_on_layout_or_key_order() -> None:
    document = receipt_document(RECEIPT)
    shuffled = dict(reversed(list(document.items())))
    assert parse_receipt(json.dumps(shuffled, indent=7).encode("utf-8")) == RECEIPT


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"x" * (MAX_BYTES + 1), "aldri større enn 256 KiB"),
        (b"\xff\xfe not utf-8", "ikke gyldig JSON"),
        (b"{not json", "ikke gyldig JSON"),
        (b"[1, 2, 3]", "ikke gyldig JSON"),
        (b'{"a": NaN}', "ikke gyldig JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "ikke gyldig JSON"),
        (b'{"format": "noe-annet"}', "format «noe-annet»"),
        (b'{"format": "rehablogg-kvittering", "versjon": 2}', "versjon 2"),
        (b'{"format": "rehablogg-kvittering", "versjon": true}', "versjon True"),
    ],
)
def test_what_is_not_a_receipt_is_refused_in_one_sentence(data: bytes, sentence: str) -> None:
    with pytest.raises(ReceiptError, match=sentence) as refused:
        parse_receipt(data)
    assert str(refused.value).count(". ") == 0 and str(refused.value).endswith(".")


def test_a_changed_receipt_is_refused_by_its_hash() -> None:
    document = receipt_document(RECEIPT)
    document["maneder"][2]["status"] = "godtatt"
    with pytest.raises(ReceiptError, match="kontrollsummen stemmer ikke"):
        parse_receipt(json.dumps(document).encode("utf-8"))


def test_a_duplicated_key_is_refused() -> None:
    text = receipt_bytes(RECEIPT).decode("utf-8")
    doubled = text.replace('"terapeut": "FYS01",', '"terapeut": "FYS01", "terapeut": "ERG02",')
    with pytest.raises(ReceiptError, match="to ganger"):
        parse_receipt(doubled.encode("utf-8"))


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (lambda d: d.update(ekstra=1), "feltene"),
        (lambda d: d.pop("pilot"), "feltene"),
        (lambda d: d.update(hash="ABC"), "64 heksadesimale"),
        (lambda d: d.update(maneder={}), "ikke en liste"),
        (lambda d: d.update(terapeut=7), "«terapeut» er ikke en tekst"),
        (lambda d: d.update(terapeut="T" * 201), "«terapeut» er ikke en tekst"),
        (lambda d: d["maneder"][0].update(status="slettet"), "ukjent status «slettet»"),
        (lambda d: d["maneder"][0].update(maned="2026-13"), "ikke en måned"),
        (lambda d: d["maneder"][0].pop("arsak"), "måned nr. 1"),
        (lambda d: d["maneder"][1].update(arsak="x" * 501), "«arsak» er ikke en tekst"),
        (lambda d: d["maneder"].append("2026-04"), "måned nr. 4"),
        (lambda d: d.update(skrevet="i går"), "«skrevet» er ikke et tidspunkt"),
        (lambda d: d.update(skrevet="2026-04-02T08:15:00"), "«skrevet» er ikke et tidspunkt"),
        # Moments that exist but fall off the calendar in UTC.
        (lambda d: d.update(skrevet="0001-01-01T00:00:00+05:00"), "«skrevet» er ikke et tidspunkt"),
        (lambda d: d.update(skrevet="9999-12-31T23:59:59-05:00"), "«skrevet» er ikke et tidspunkt"),
        # Only a pilot id and a therapist code, never free text.
        (lambda d: d.update(pilot=f"Gjelder {NUMBER}"), "«pilot» er ikke en pilot-id"),
        (lambda d: d.update(terapeut="Kari Nordmann"), "«terapeut» er ikke en terapeutkode"),
    ],
)
def test_a_malformed_receipt_is_refused_even_with_a_matching_hash(
    change: Any, sentence: str
) -> None:
    document = receipt_document(RECEIPT)
    change(document)
    if "hash" in document and document["hash"] != "ABC":
        data = _rehashed(document)
    else:
        data = json.dumps(document).encode("utf-8")
    with pytest.raises(ReceiptError, match=sentence):
        parse_receipt(data)


def test_a_reason_with_an_identity_number_is_refused_when_read() -> None:
    document = receipt_document(RECEIPT)
    document["maneder"][2]["arsak"] = f"Gjelder {NUMBER}."
    with pytest.raises(ReceiptError, match=r"fødselsnummer.*\(2026-03\)"):
        parse_receipt(_rehashed(document))


@pytest.mark.parametrize(
    ("reason", "sentence"),
    [
        ("", "Skriv hvorfor"),
        ("\n\t ", "Skriv hvorfor"),
        ("y" * 501, "501 tegn"),
        (f"Bruker {NUMBER[:6]} {NUMBER[6:]} mangler", "fødselsnummer"),
    ],
)
def test_a_return_reason_is_bounded_and_holds_no_identity_number(
    reason: str, sentence: str
) -> None:
    problem = return_reason_problem(reason)
    assert problem is not None and sentence in problem


def test_an_ordinary_reason_passes() -> None:
    assert return_reason_problem("Ring 22 33 44 55 om uke 11; 12 timer mangler.") is None
    assert return_reason_problem("z" * 500) is None
