"""A small inbox for the receipt tests: one therapist (FYS01), February and March 2025
handed in, March corrected once, and a second therapist (ERG02) with February."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from rehablogg.core.periods import Month
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, ExportResult, export
from rehablogg.storage.database import open_database_file
from rehablogg.storage.entries import get_entry, update_entry
from rehablogg.storage.profile import update_profile

PILOT = "pilot-kv"


@dataclass
class Inbox:
    folder: Path
    feb: ExportResult  # FYS01 2025-02
    march: ExportResult  # FYS01 2025-03, replaced by march_korr
    march_korr: ExportResult
    other_feb: ExportResult  # ERG02 2025-02
    fys01_db: Path  # FYS01's database (the app side reads receipts into it)


def _submit(engine: object, month: str, out: Path) -> ExportResult:
    m = Month.parse(month)
    return export(
        engine,  # type: ignore[arg-type]
        ExportRequest(m.first_day, m.last_day, out, whole_month=True, submit=True),
    )


def make_inbox(base: Path) -> Inbox:
    folder = base / "innboks"
    folder.mkdir(parents=True)
    results: dict[str, ExportResult] = {}
    for therapist, seed in (("FYS01", 11), ("ERG02", 12)):
        (base / therapist).mkdir()
        db = open_database_file(base / therapist / "rehablogg.sqlite3")
        try:
            write_demo(
                db,
                DemoSpec(
                    entries=80,
                    clients=4,
                    seed=seed,
                    end=date(2025, 3, 31),
                    therapist=therapist,
                    municipality="4601",
                    unit="Barn",
                ),
            )
            update_profile(db.engine, pilot_id=PILOT)
            results[f"{therapist}-feb"] = _submit(db.engine, "2025-02", folder)
            if therapist == "FYS01":
                results["march"] = _submit(db.engine, "2025-03", folder)
                conn = sqlite3.connect(db.path)
                (entry_id,) = conn.execute(
                    "SELECT id FROM entry WHERE date BETWEEN '2025-03-01' AND '2025-03-31' "
                    "ORDER BY date, id LIMIT 1"
                ).fetchone()
                conn.close()
                stored = get_entry(db.engine, entry_id)
                assert stored is not None
                update_entry(
                    db.engine,
                    entry_id,
                    replace(stored.draft, minutes=stored.draft.minutes + 5),
                    reason="Feil varighet",
                )
                results["march_korr"] = _submit(db.engine, "2025-03", folder)
        finally:
            db.close()
    return Inbox(
        folder,
        results["FYS01-feb"],
        results["march"],
        results["march_korr"],
        results["ERG02-feb"],
        base / "FYS01" / "rehablogg.sqlite3",
    )
