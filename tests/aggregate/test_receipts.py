"""Receipts and returned months in the collection (docs/receipts.md): one receipt per
therapist after a run, every submitted month godtatt, erstattet or returnert, the hash over the
canonical JSON, files owner-only; a month returned with a reason, refused when the reason or
the eksport_id cannot be kept."""

from __future__ import annotations

import hashlib
import json
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.receipts import ReturnError, return_month, write_receipts
from rehablogg.aggregate.run import AggregateUsageError, Options, aggregate
from rehablogg.core.identity import IdKind
from rehablogg.core.receipt import parse_receipt
from tests.aggregate.receipt_inbox import PILOT, Inbox, make_inbox
from tests.identity_factory import example

NOW = datetime(2025, 4, 3, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Inbox:
    return make_inbox(tmp_path_factory.mktemp("kvittering"))


def _run(inbox: Inbox, tmp_path: Path, **extra: object) -> Path:
    collection = tmp_path / "samling.sqlite3"
    aggregate(
        Options(
            (inbox.folder,),
            tmp_path / "sammendrag.xlsx",
            collection,
            jobs=1,
            now=lambda: NOW,
            **extra,  # type: ignore[arg-type]
        ),
        progress=None,
    )
    return collection


def _months(path: Path) -> dict[str, tuple[str, str, str]]:
    receipt = parse_receipt(path.read_bytes())
    return {m.export_id: (m.month, m.status, m.reason) for m in receipt.months}


def test_one_receipt_per_therapist_with_every_month_and_its_status(
    inbox: Inbox, tmp_path: Path
) -> None:
    folder = tmp_path / "kvitteringer"
    _run(inbox, tmp_path, receipts=folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"kvittering_{PILOT}_ERG02.json", f"kvittering_{PILOT}_FYS01.json"]
    fys = _months(folder / f"kvittering_{PILOT}_FYS01.json")
    assert fys == {
        inbox.feb.export_id: ("2025-02", "godtatt", ""),
        inbox.march.export_id: ("2025-03", "erstattet", ""),
        inbox.march_korr.export_id: ("2025-03", "godtatt", ""),
    }
    receipt = parse_receipt((folder / f"kvittering_{PILOT}_FYS01.json").read_bytes())
    assert (receipt.pilot, receipt.therapist, receipt.written) == (
        PILOT,
        "FYS01",
        "2025-04-03T09:30:00+00:00",
    )
    # The chain in order: the replaced March before its correction.
    assert [m.export_id for m in receipt.months] == [
        inbox.feb.export_id,
        inbox.march.export_id,
        inbox.march_korr.export_id,
    ]
    # Each month carries the submission's own sjekksum.
    assert {m.checksum for m in receipt.months} == {
        inbox.feb.checksum,
        inbox.march.checksum,
        inbox.march_korr.checksum,
    }
    assert _months(folder / f"kvittering_{PILOT}_ERG02.json") == {
        inbox.other_feb.export_id: ("2025-02", "godtatt", "")
    }


def test_hash_is_sha256_of_the_canonical_json_of_every_other_key(
    inbox: Inbox, tmp_path: Path
) -> None:
    folder = tmp_path / "kvitteringer"
    _run(inbox, tmp_path, receipts=folder)
    document = json.loads((folder / f"kvittering_{PILOT}_FYS01.json").read_text("utf-8"))
    body = {k: v for k, v in document.items() if k != "hash"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert document["hash"] == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert (document["format"], document["versjon"]) == ("rehablogg-kvittering", 1)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_receipts_and_their_folder_are_owner_only(inbox: Inbox, tmp_path: Path) -> None:
    folder = tmp_path / "ny" / "kvitteringer"
    (tmp_path / "ny").mkdir()
    _run(inbox, tmp_path, receipts=folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporaries left


def test_returned_month_says_returnert_with_the_reason(inbox: Inbox, tmp_path: Path) -> None:
    folder = tmp_path / "kvitteringer"
    reason = "Mangler registreringer i uke 7; legg dem inn og lever på nytt."
    assert inbox.feb.export_id is not None
    _run(inbox, tmp_path, receipts=folder, returns=((inbox.feb.export_id, reason),))
    fys = _months(folder / f"kvittering_{PILOT}_FYS01.json")
    assert fys[inbox.feb.export_id] == ("2025-02", "returnert", reason)
    assert fys[inbox.march_korr.export_id][1] == "godtatt"
    # The pilot lead reads the same from the summary: which months went back, and why.
    sheet = load_workbook(tmp_path / "sammendrag.xlsx", read_only=True)["Innsendinger"]
    rows = [(*row, None, None, None) for row in sheet.iter_rows(values_only=True)]
    header = rows[0]
    shown = {
        row[header.index("eksport_id")]: (
            row[header.index("returnert")],
            row[header.index("returårsak")],
        )
        for row in rows[1:]
        if row[0]
    }
    assert shown[inbox.feb.export_id] == ("ja", reason)
    assert shown[inbox.march_korr.export_id] == (None, None)


def test_a_return_is_kept_and_a_correction_replaces_the_returned_month(
    inbox: Inbox, tmp_path: Path
) -> None:
    """Returned March (the original), then the correction arrives: the original is erstattet
    and the correction godtatt."""
    only_original = tmp_path / "forst"
    only_original.mkdir()
    assert inbox.march.path is not None and inbox.march.export_id is not None
    (only_original / inbox.march.path.name).write_bytes(inbox.march.path.read_bytes())
    collection = tmp_path / "samling.sqlite3"
    folder = tmp_path / "kvitteringer"
    options = Options(
        (only_original,),
        tmp_path / "s.xlsx",
        collection,
        jobs=1,
        now=lambda: NOW,
        receipts=folder,
        returns=((inbox.march.export_id, "Feil varighet på en time."),),
    )
    result = aggregate(options, progress=None)
    assert result.returned == {inbox.march.export_id: "Feil varighet på en time."}
    fys = _months(folder / f"kvittering_{PILOT}_FYS01.json")
    assert fys == {inbox.march.export_id: ("2025-03", "returnert", "Feil varighet på en time.")}
    aggregate(
        Options((inbox.folder,), tmp_path / "s.xlsx", collection, jobs=1, receipts=folder),
        progress=None,
    )
    fys = _months(folder / f"kvittering_{PILOT}_FYS01.json")
    assert fys[inbox.march.export_id] == ("2025-03", "erstattet", "")
    assert fys[inbox.march_korr.export_id] == ("2025-03", "godtatt", "")


def test_return_of_an_unknown_or_replaced_submission_is_refused(
    inbox: Inbox, tmp_path: Path
) -> None:
    collection_path = _run(inbox, tmp_path)
    collection = Collection(collection_path)
    try:
        with pytest.raises(ReturnError, match="ingen innlevering med eksport_id feil-id"):
            return_month(collection, "feil-id", "Mangler uke 7.", NOW)
        assert inbox.march.export_id is not None
        with pytest.raises(ReturnError, match="allerede erstattet"):
            return_month(collection, inbox.march.export_id, "Mangler uke 7.", NOW)
        assert collection.returned() == {}
    finally:
        collection.close()


@pytest.mark.parametrize(
    ("reason", "sentence"),
    [
        ("", "Skriv hvorfor måneden sendes tilbake"),
        ("   ", "Skriv hvorfor måneden sendes tilbake"),
        ("x" * 501, "Årsaken er 501 tegn, men kan være høyst 500"),
        (
            "Gjelder " + example(IdKind.FODSELSNUMMER, datetime(1990, 5, 17).date()),
            "fødselsnummer",
        ),
    ],
)
def test_a_reason_that_cannot_be_kept_is_refused_before_the_run(
    inbox: Inbox, tmp_path: Path, reason: str, sentence: str
) -> None:
    collection = tmp_path / "samling.sqlite3"
    assert inbox.feb.export_id is not None
    with pytest.raises(ReturnError, match=sentence):
        aggregate(
            Options(
                (inbox.folder,),
                tmp_path / "s.xlsx",
                collection,
                jobs=1,
                returns=((inbox.feb.export_id, reason),),
            ),
            progress=None,
        )
    assert not collection.exists()  # nothing was taken


def test_a_reason_of_500_characters_is_kept(inbox: Inbox, tmp_path: Path) -> None:
    collection_path = _run(inbox, tmp_path)
    collection = Collection(collection_path)
    try:
        assert inbox.feb.export_id is not None
        return_month(collection, inbox.feb.export_id, "å" * 500, NOW)
        assert collection.returned() == {inbox.feb.export_id: "å" * 500}
        written = write_receipts(collection, tmp_path / "kv", NOW)
    finally:
        collection.close()
    fys = next(p for p in written if "FYS01" in p.name)
    assert _months(fys)[inbox.feb.export_id][2] == "å" * 500


def test_return_without_a_kept_collection_is_wrong_use(inbox: Inbox, tmp_path: Path) -> None:
    with pytest.raises(AggregateUsageError, match="--collection"):
        aggregate(
            Options((inbox.folder,), tmp_path / "s.xlsx", None, jobs=1, returns=(("x", "Grunn."),)),
            progress=None,
        )


def test_receipts_folder_that_is_a_file_is_refused_before_the_run(
    inbox: Inbox, tmp_path: Path
) -> None:
    blocker = tmp_path / "kv"
    blocker.write_text("")
    with pytest.raises(AggregateUsageError, match="er en fil"):
        _run(inbox, tmp_path, receipts=blocker)
    assert not (tmp_path / "samling.sqlite3").exists()


def test_an_older_collection_without_the_receipt_tables_reads_as_nothing_returned(
    inbox: Inbox, tmp_path: Path
) -> None:
    """The tables are additive (no schema version): a collection made before them has no
    returns and no checksums, and gets them at its next run."""
    collection_path = _run(inbox, tmp_path)
    collection = Collection(collection_path)
    try:
        collection.conn.executescript("DROP TABLE returned_month; DROP TABLE submission_checksum;")
        assert collection.returned() == {} and collection.checksums() == {}
        written = write_receipts(collection, tmp_path / "kv", NOW)
        assert len(written) == 2
        assert inbox.feb.export_id is not None
        return_month(collection, inbox.feb.export_id, "Mangler uke 7.", NOW)
        assert collection.returned() == {inbox.feb.export_id: "Mangler uke 7."}
    finally:
        collection.close()
