"""A small inbox for the receipt tests: one therapist (FYS01), February and March 2025
handed in, March corrected once, and a second therapist (ERG02) with February; and the
receipts the workbench writes for it (``make_receipts``)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.receipts import return_month, write_receipts
from rehablogg.aggregate.run import Options, aggregate
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


RETURN_REASON = "Uke 9 mangler; legg den inn og lever på nytt."


@dataclass
class Receipts:
    inbox: Inbox
    receipt: bytes  # FYS01's receipt, nothing returned (written 2025-04-02)
    returned: bytes  # FYS01's receipt with the corrected March returned (2025-04-03)
    other: bytes  # ERG02's receipt


def make_receipts(base: Path) -> Receipts:
    """The inbox aggregated, FYS01's receipt before and after the pilot lead returned March."""
    inbox = make_inbox(base)
    collection_path = base / "samling.sqlite3"
    aggregate(Options((inbox.folder,), base / "s.xlsx", collection_path, jobs=1), progress=None)
    collection = Collection(collection_path)
    try:
        write_receipts(collection, base / "før", datetime(2025, 4, 2, tzinfo=UTC))
        assert inbox.march_korr.export_id is not None
        return_month(
            collection,
            inbox.march_korr.export_id,
            RETURN_REASON,
            datetime(2025, 4, 3, tzinfo=UTC),
        )
        write_receipts(collection, base / "etter", datetime(2025, 4, 3, tzinfo=UTC))
    finally:
        collection.close()
    name, other = f"kvittering_{PILOT}_FYS01.json", f"kvittering_{PILOT}_ERG02.json"
    return Receipts(
        inbox,
        (base / "før" / name).read_bytes(),
        (base / "etter" / name).read_bytes(),
        (base / "før" / other).read_bytes(),
    )
