"""Checking a database without changing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from rehablogg.core.care_pathway import END_REASONS, PAUSE_KINDS, REFERRAL_SOURCES
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.municipalities import municipalities
from rehablogg.storage.database import read_schema_version, refuse_newer
from rehablogg.storage.engine import read_only
from rehablogg.storage.migrations.v003_care_pathway import VERSION as PATHWAY_VERSION
from rehablogg.storage.schema_match import first_difference


@dataclass
class CheckReport:
    schema_version: int = 0
    entries: int = 0
    clients: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db_path: Path, catalogue: Catalogue) -> CheckReport:
    """Integrity, foreign keys and codes, read-only. Raises StorageError for an unreadable or
    newer file."""
    report = CheckReport(schema_version=read_schema_version(db_path))
    refuse_newer(db_path, report.schema_version)
    conn = read_only(db_path)
    try:
        _check_pages(conn, report)
        if report.ok:
            _check_schema(conn, report)
        if report.ok:
            _check_contents(conn, catalogue, report)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        report.problems.append(
            QT_TRANSLATE_NOOP("storage", "Databasen kan ikke leses: {error}.").format(error=exc)
        )
    finally:
        conn.close()
    return report


def _check_pages(conn: sqlite3.Connection, report: CheckReport) -> None:
    result = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        report.problems.append(
            QT_TRANSLATE_NOOP("storage", "Databasefilen er skadet: {detail}.").format(
                detail="; ".join(result[:3])
            )
        )


def _check_schema(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Exactly the schema rehablogg's migrations make for this version: a trigger, view, extra
    index or loosened table is not rehablogg's (schema_match.py)."""
    problem = first_difference(conn, report.schema_version)
    if problem is not None:
        report.problems.append(
            QT_TRANSLATE_NOOP(
                "storage",
                "Databasen er ikke slik rehablogg lager den ({problem}); gjenopprett en "
                "sikkerhetskopi som rehablogg godtar, eller be den som drifter appen om hjelp.",
            ).format(problem=problem)
        )


def _check_contents(conn: sqlite3.Connection, catalogue: Catalogue, report: CheckReport) -> None:
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        report.problems.append(
            QT_TRANSLATE_NOOP(
                "storage",
                "Databasen har koblinger til brukere eller registreringer som ikke finnes.",
            )
        )
    report.entries = conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    report.clients = conn.execute("SELECT count(*) FROM client").fetchone()[0]
    unknown = [
        code
        for (code,) in conn.execute("SELECT DISTINCT code FROM entry ORDER BY code")
        if catalogue.code(code) is None
    ]
    if unknown:
        report.problems.append(
            QT_TRANSLATE_NOOP(
                "storage", "Registreringer bruker koder som ikke finnes i kodeverket: {codes}."
            ).format(codes=", ".join(unknown))
        )
    _check_pathway(conn, report)


def _check_pathway(conn: sqlite3.Connection, report: CheckReport) -> None:
    """The care pathway's keys are plain text in the schema (a new key must not need a
    migration), so a value this version does not know is found here rather than exported."""
    if report.schema_version < PATHWAY_VERSION:
        return
    known: list[tuple[str, frozenset[str]]] = [
        ("SELECT DISTINCT referral_source FROM episode", frozenset(REFERRAL_SOURCES)),
        (
            "SELECT DISTINCT end_reason FROM episode WHERE end_reason IS NOT NULL",
            frozenset(END_REASONS),
        ),
        ("SELECT DISTINCT kind FROM episode_pause", frozenset(PAUSE_KINDS)),
        (
            "SELECT DISTINCT home_municipality FROM client WHERE home_municipality != ''",
            frozenset(municipalities()),
        ),
    ]
    unknown = sorted(
        {str(v) for query, keys in known for (v,) in conn.execute(query) if v not in keys}
    )
    if unknown:
        report.problems.append(
            QT_TRANSLATE_NOOP(
                "storage",
                "Brukernes forløp eller bostedskommuner har verdier som denne versjonen av "
                "rehablogg ikke kjenner: {values}; oppdater rehablogg eller be den som drifter "
                "appen om hjelp.",
            ).format(values=", ".join(f"«{v}»" for v in unknown))
        )


def quick_check(db_path: Path) -> bool:
    """SQLite's quick check, read-only; False for a file that is damaged or not a database."""
    try:
        conn = read_only(db_path)
        try:
            return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False
