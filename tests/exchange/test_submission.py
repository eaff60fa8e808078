"""Submitting a month: locking, the same id for unchanged content, correction chains, and the
file and database never disagreeing."""

from __future__ import annotations

import errno
import sqlite3
import threading
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.exchange import export as export_module
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.exchange.naming import export_file_name
from rehablogg.exchange.submission import Kind
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry, get_entry, update_entry
from rehablogg.storage.periods import LockedPeriodError
from rehablogg.storage.profile import update_profile
from rehablogg.storage.submissions import ConcurrentChangeError
from tests.exchange.helpers import CATALOGUE, MARCH, demo_db, export_month, sheet_rows

FIRST_NAME = "rehablogg_ingen_0301_DEMO01_2025-03.xlsx"


@pytest.fixture
def month_db(tmp_path: Path) -> Iterator[Database]:
    db = demo_db(tmp_path / "db", entries=400, clients=12)
    yield db
    db.close()


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db.path)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def _meta(path: Path) -> dict[str, Any]:
    return dict(r[:2] for r in sheet_rows(path, "Metadata")[1:])


def _state(db: Database) -> str:
    return _rows(db, "SELECT state FROM period WHERE month = '2025-03'")[0][0]


def _late_entry(db: Database, reason: str | None = "glemt å føre") -> str:
    draft = EntryDraft(date=date(2025, 3, 12), start_time=time(15, 0), minutes=30, code="A03")
    return add_entry(db.engine, draft, *CATALOGUE, reason=reason)


def test_first_submission_locks_the_month(month_db: Database, tmp_path: Path) -> None:
    result = export_month(month_db, tmp_path / "out", submit=True)
    assert result.kind is Kind.FIRST
    assert result.path.name == FIRST_NAME
    meta = _meta(result.path)
    assert (meta["innlevering"], meta["korrigerer"]) == ("ja", None)
    assert verify_file(result.path).ok
    assert _rows(
        month_db,
        "SELECT export_id, month, checksum, replaces, correction_number, file_name FROM submission",
    ) == [(result.export_id, "2025-03", result.checksum, None, 0, FIRST_NAME)]
    assert _state(month_db) == "submitted"
    with pytest.raises(LockedPeriodError):
        _late_entry(month_db, reason=None)


def test_unchanged_month_gives_the_same_id(month_db: Database, tmp_path: Path) -> None:
    first = export_month(month_db, tmp_path / "a", submit=True)
    again = export_month(month_db, tmp_path / "b", submit=True)
    plain = export_month(month_db, tmp_path / "c")
    for result in (again, plain):
        assert result.kind is Kind.SAME
        assert (result.export_id, result.checksum) == (first.export_id, first.checksum)
        assert result.path.name == FIRST_NAME
        assert verify_file(result.path).ok
    assert _meta(plain.path)["innlevering"] == "ja"
    assert len(_rows(month_db, "SELECT * FROM submission")) == 1


def test_a_change_makes_a_correction_that_names_what_it_replaces(
    month_db: Database, tmp_path: Path
) -> None:
    first = export_month(month_db, tmp_path / "a", submit=True)
    _late_entry(month_db)
    assert _state(month_db) == "changed"

    draft = export_month(month_db, tmp_path / "b")
    assert draft.kind is Kind.DRAFT
    assert draft.path.name == "rehablogg_ingen_0301_DEMO01_2025-03_utkast.xlsx"
    assert _meta(draft.path)["innlevering"] == "nei"

    korr1 = export_month(month_db, tmp_path / "c", submit=True)
    assert korr1.kind is Kind.CORRECTION
    assert korr1.path.name == "rehablogg_ingen_0301_DEMO01_2025-03_korr1.xlsx"
    assert korr1.entries == first.entries + 1
    assert _meta(korr1.path)["korrigerer"] == first.export_id
    assert verify_file(korr1.path).ok
    assert _state(month_db) == "submitted"

    _late_entry(month_db, reason="enda en")
    korr2 = export_month(month_db, tmp_path / "d", submit=True)
    assert korr2.path.name.endswith("_korr2.xlsx")
    assert _meta(korr2.path)["korrigerer"] == korr1.export_id
    chain = _rows(
        month_db,
        "SELECT export_id, replaces, correction_number FROM submission ORDER BY correction_number",
    )
    assert chain == [
        (first.export_id, None, 0),
        (korr1.export_id, first.export_id, 1),
        (korr2.export_id, korr1.export_id, 2),
    ]

    # The newest in the chain is what an unchanged month reproduces.
    again = export_month(month_db, tmp_path / "e")
    assert (again.kind, again.export_id, again.path.name) == (
        Kind.SAME,
        korr2.export_id,
        korr2.path.name,
    )


def test_an_undone_change_needs_no_correction(month_db: Database, tmp_path: Path) -> None:
    first = export_month(month_db, tmp_path / "a", submit=True)
    entry_id = sheet_rows(first.path, "Registreringer")[1][0]
    stored = get_entry(month_db.engine, entry_id)
    assert stored is not None
    changed = EntryDraft(**{**stored.draft.__dict__, "minutes": stored.draft.minutes + 5})
    update_entry(month_db.engine, entry_id, changed, reason="feil")
    update_entry(month_db.engine, entry_id, stored.draft, reason="angret")
    assert _state(month_db) == "changed"
    again = export_month(month_db, tmp_path / "b", submit=True)
    assert (again.kind, again.export_id) == (Kind.SAME, first.export_id)
    assert _state(month_db) == "submitted"
    assert len(_rows(month_db, "SELECT * FROM submission")) == 1


def test_a_note_change_without_notes_needs_no_correction(
    month_db: Database, tmp_path: Path
) -> None:
    first = export_month(month_db, tmp_path / "a", submit=True)
    entry_id = sheet_rows(first.path, "Registreringer")[1][0]
    stored = get_entry(month_db.engine, entry_id)
    assert stored is not None
    noted = EntryDraft(**{**stored.draft.__dict__, "note": "Ny lokal merknad."})
    update_entry(month_db.engine, entry_id, noted, reason="notat")
    assert export_month(month_db, tmp_path / "b", submit=True).export_id == first.export_id


def test_submission_needs_therapist_and_municipality(month_db: Database, tmp_path: Path) -> None:
    update_profile(month_db.engine, therapist_code="")
    with pytest.raises(ExportError, match="terapeutkode og kommunenummer"):
        export_month(month_db, tmp_path / "a", submit=True)
    assert not _rows(month_db, "SELECT * FROM submission")


@pytest.mark.parametrize(
    ("whole_month", "fmt", "fragment"),
    [(False, "xlsx", "hel måned"), (True, "csv", "alltid en xlsx-fil")],
)
def test_submission_is_a_month_in_xlsx(
    month_db: Database, tmp_path: Path, whole_month: bool, fmt: str, fragment: str
) -> None:
    request = ExportRequest(*MARCH, out=tmp_path, whole_month=whole_month, fmt=fmt, submit=True)
    with pytest.raises(ExportError, match=fragment):
        export(month_db.engine, request)


def test_a_range_is_never_a_submission(month_db: Database, tmp_path: Path) -> None:
    export_month(month_db, tmp_path / "a", submit=True)
    result = export(month_db.engine, ExportRequest(date(2025, 3, 3), date(2025, 3, 9), tmp_path))
    assert result.kind is Kind.DRAFT
    assert result.path.name == "rehablogg_ingen_0301_DEMO01_2025-03-03_2025-03-09_utkast.xlsx"
    assert _meta(result.path)["innlevering"] == "nei"
    assert verify_file(result.path).ok


def test_a_save_during_a_submission_waits_for_it(
    month_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone saves an entry while the file is being written: the submission holds the write
    lock from its start, so the save waits (busy timeout) until the month is handed in and is
    then judged against the locked month, instead of either of them failing."""
    real = export_module.write_xlsx
    saved: list[object] = []

    def save() -> None:
        try:
            saved.append(_late_entry(month_db, reason=None))
        except Exception as exc:  # what the save met is the result
            saved.append(exc)

    saver = threading.Thread(target=save)

    def write_and_meanwhile(*args: Any, **kwargs: Any) -> Any:
        written = real(*args, **kwargs)
        saver.start()
        saver.join(0.3)
        assert saver.is_alive(), "the save did not wait for the submission"
        return written

    monkeypatch.setattr(export_module, "write_xlsx", write_and_meanwhile)
    result = export_month(month_db, tmp_path / "out", submit=True)
    saver.join(10)
    assert result.kind is Kind.FIRST and result.path.exists()
    assert [type(s) for s in saved] == [LockedPeriodError]
    assert _rows(month_db, "SELECT month FROM submission") == [("2025-03",)]


def test_a_change_between_read_and_write_keeps_nothing(
    month_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should a submission's transaction ever begin as a read, a save committed in between
    refuses it: no file appears and the month stays open."""
    real = export_module.write_xlsx

    def write_and_meanwhile(*args: Any, **kwargs: Any) -> Any:
        written = real(*args, **kwargs)
        _late_entry(month_db, reason=None)
        return written

    monkeypatch.setattr(export_module, "write_xlsx", write_and_meanwhile)
    monkeypatch.setattr(export_module, "writer", lambda engine: engine)  # a plain BEGIN
    out = tmp_path / "out"
    with pytest.raises(ConcurrentChangeError, match="kjør eksporten på nytt"):
        export_month(month_db, out, submit=True)
    assert list(out.iterdir()) == []
    assert not _rows(month_db, "SELECT * FROM submission")
    assert not _rows(month_db, "SELECT * FROM period")


def test_a_failed_write_leaves_the_old_file(
    month_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = export_month(month_db, out)
    before = first.path.read_bytes()

    def disk_full(path: Path, *args: Any, **kwargs: Any) -> Any:
        path.write_bytes(b"PK\x03\x04 half a file")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module, "write_xlsx", disk_full)
    with pytest.raises(ExportError, match=r"Disken er full.*eksporten ble ikke skrevet"):
        export_month(month_db, out)
    assert first.path.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == [first.path.name]


def test_out_may_be_a_file_name(month_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "mars.xlsx"
    result = export(
        month_db.engine, ExportRequest(*MARCH, out=target, whole_month=True, submit=True)
    )
    assert result.path == target
    assert _rows(month_db, "SELECT file_name FROM submission") == [("mars.xlsx",)]
    with pytest.raises(ExportError, match="finnes ikke"):
        export(month_db.engine, ExportRequest(*MARCH, out=tmp_path / "nei" / "x.xlsx"))


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (
            {"pilot": "", "municipality": "", "therapist": ""},
            "rehablogg_ingen_0000_ukjent_2025-03_korr2.xlsx",
        ),
        (
            {"pilot": "Pilot Vest/2025", "municipality": "4601", "therapist": "FYS01"},
            "rehablogg_Pilot-Vest-2025_4601_FYS01_2025-03_korr2.xlsx",
        ),
        (
            {"pilot": "pilot_a", "municipality": "4601", "therapist": "FYS01"},
            "rehablogg_pilot-a_4601_FYS01_2025-03_korr2.xlsx",
        ),
    ],
)
def test_file_names(parts: dict[str, str], expected: str) -> None:
    assert (
        export_file_name(
            **parts, start=MARCH[0], end=MARCH[1], extension="xlsx", submission=True, correction=2
        )
        == expected
    )
