"""The exports book: one plan for the dialog and `rehablogg export`, the hand-in rules, and a
submission that is refused before it writes anything, backs up first, and never writes into a
database file that is gone."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from rehablogg.application.exports_book import SubmissionBackupError
from rehablogg.application.logbook import Logbook
from rehablogg.core.entry import EntryDraft
from rehablogg.core.submission_timing import Timing
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.export import ExportRequest
from rehablogg.exchange.submission import Kind
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.errors import DatabaseGoneError
from rehablogg.storage.paths import DataPaths
from rehablogg.storage.periods import period_state
from rehablogg.storage.profile import update_profile

DECEMBER_4 = date(2026, 12, 4)  # November is over, December is not


def _entry(db: Database, day: date, code: str = "A02", minutes: int = 45) -> None:
    add_entry(db.engine, EntryDraft(day, minutes, code, time(9, 0)), "rehablogg-standard", 1)


def _month(start: date, end: date, out: Path, **kwargs: object) -> ExportRequest:
    return ExportRequest(start=start, end=end, out=out, whole_month=True, **kwargs)  # type: ignore[arg-type]


NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))
JANUARY = (date(2027, 1, 1), date(2027, 1, 31))


@pytest.fixture
def book(db: Database) -> Logbook:
    update_profile(db.engine, therapist_code="T01", municipality="0301")
    for day in (2, 3, 4):
        _entry(db, date(2026, 11, day))
    return Logbook(db, today=lambda: DECEMBER_4)


def _backups(db: Database) -> list[Path]:
    folder = DataPaths.of_database(db.path).backups
    return sorted(folder.glob("*.sqlite3")) if folder.exists() else []


def test_the_plan_is_what_the_export_writes(book: Logbook, tmp_path: Path) -> None:
    request = _month(*NOVEMBER, tmp_path, submit=True)
    plan = book.exports.plan(request)
    assert plan.hand_in.submitting and plan.submission.kind is Kind.FIRST
    assert plan.file_name == "rehablogg_ingen_0301_T01_2026-11.xlsx"
    assert len(plan.entry_rows) == 3 and plan.metadata is not None
    assert plan.metadata.submission and plan.metadata.entry_count == 3
    result = book.exports.export(plan.to_run)
    assert (result.path.name, result.entries, result.kind) == (plan.file_name, 3, Kind.FIRST)
    # Planned again, the unchanged month is that same submission (its id again, not a new one).
    again = book.exports.plan(request)
    assert again.submission.kind is Kind.SAME and again.file_name == plan.file_name


def test_a_week_or_a_csv_is_never_planned_as_a_submission(book: Logbook, tmp_path: Path) -> None:
    csv = book.exports.plan(_month(*NOVEMBER, tmp_path, fmt="csv", submit=True))
    assert not csv.hand_in.may_submit and not csv.to_run.submit
    assert csv.hand_in.refusal is not None and "xlsx" in str(csv.hand_in.refusal)
    week = ExportRequest(date(2026, 11, 2), date(2026, 11, 8), tmp_path, whole_month=False)
    assert not book.exports.plan(week).hand_in.may_submit


def test_the_hand_in_rules_follow_the_logbooks_day(book: Logbook, tmp_path: Path) -> None:
    future = book.exports.hand_in(_month(*JANUARY, tmp_path, submit=True))
    assert future.timing is Timing.FUTURE and not future.may_submit
    assert future.refusal is not None and "ikke begynt" in str(future.refusal)
    running = book.exports.hand_in(_month(*DECEMBER, tmp_path, submit=True))
    assert running.early and not running.confirmed
    assert running.refusal is not None and "--before-month-end" in str(running.refusal)
    assert running.days_left.left > 0
    asked = _month(*DECEMBER, tmp_path, submit=True, before_month_end=True)
    confirmed = book.exports.hand_in(asked)
    assert confirmed.refusal is None and confirmed.run(asked).before_month_end
    # A confirmation for a month that is over is dropped: it is not needed.
    ended = _month(*NOVEMBER, tmp_path, submit=True, before_month_end=True)
    assert not book.exports.hand_in(ended).run(ended).before_month_end


def test_a_refused_submission_writes_nothing_and_takes_no_backup(
    db: Database, tmp_path: Path
) -> None:
    _entry(db, date(2026, 11, 2))  # no therapist code or municipality in the profile
    book = Logbook(db, today=lambda: DECEMBER_4)
    with pytest.raises(ExportError, match="terapeutkode"):
        book.exports.export(_month(*NOVEMBER, tmp_path, submit=True))
    assert _backups(db) == [] and list(tmp_path.glob("*.xlsx")) == []


def test_a_submission_backs_up_first(book: Logbook, db: Database, tmp_path: Path) -> None:
    book.exports.export(_month(*NOVEMBER, tmp_path, submit=True))
    assert [p for p in _backups(db) if p.name.endswith("-innlevering.sqlite3")]


def test_no_backup_no_submission(book: Logbook, db: Database, tmp_path: Path) -> None:
    backups = DataPaths.of_database(db.path).backups
    backups.parent.mkdir(parents=True, exist_ok=True)
    backups.write_text("a file where the backup folder should be")
    with pytest.raises(SubmissionBackupError):
        book.exports.export(_month(*NOVEMBER, tmp_path, submit=True))
    assert list(tmp_path.glob("*.xlsx")) == []
    with db.engine.connect() as conn:
        assert period_state(conn, "2026-11") == "open"


def test_an_export_never_writes_into_a_database_that_is_gone(
    book: Logbook, db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    db.path.rename(tmp_path / "moved.sqlite3")
    with pytest.raises(DatabaseGoneError):
        book.exports.export(_month(*NOVEMBER, out, submit=True))
    assert list(out.iterdir()) == [] and _backups(db) == []


def test_the_check_finds_the_empty_working_days(book: Logbook) -> None:
    findings = book.exports.check(*NOVEMBER)
    empty = [f.day for f in findings if f.day is not None]
    assert date(2026, 11, 5) in empty and date(2026, 11, 2) not in empty
    assert date(2026, 11, 7) not in empty  # a Saturday
