"""A corpus of monthly files from demo data, with every kind of bad file mixed in.

Four therapist databases in three municipalities (one of them is a second database that
claims another therapist's code, then is used for the foreign-pilot and unknown-therapist
files). Months January–March 2025; the roster is FYS01 (4601), ERG02 (4601), FYS03 (0301).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from rehablogg.core.catalogue import DEFAULT_VERSION
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry, pilot_toml
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, ExportResult, export
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.entries import get_entry, update_entry
from rehablogg.storage.profile import update_profile

PILOT = "pilot-vest"
END = date(2025, 3, 31)
MONTHS = {
    "2025-01": (date(2025, 1, 1), date(2025, 1, 31)),
    "2025-02": (date(2025, 2, 1), date(2025, 2, 28)),
    "2025-03": (date(2025, 3, 1), date(2025, 3, 31)),
}


@dataclass
class Corpus:
    root: Path  # the folder handed to aggregate
    pilot_file: Path
    dbs: dict[str, Database] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)  # label: file
    accepted: list[tuple[str, str]] = field(default_factory=list)  # (db label, month)
    positions: dict[str, int] = field(default_factory=dict)

    def minutes(self, label: str, month: str) -> int:
        start, end = Month.parse(month).first_day, Month.parse(month).last_day
        conn = sqlite3.connect(self.dbs[label].path)
        try:
            (total,) = conn.execute(
                "SELECT coalesce(sum(minutes), 0) FROM entry WHERE date BETWEEN ? AND ?",
                (start.isoformat(), end.isoformat()),
            ).fetchone()
        finally:
            conn.close()
        return int(total)


def _db(
    folder: Path,
    therapist: str,
    municipality: str,
    unit: str,
    seed: int,
    position: int,
    profession: str = "fysioterapeut",
) -> Database:
    folder.mkdir(parents=True)
    db = open_database_file(folder / "rehablogg.sqlite3")
    write_demo(
        db,
        DemoSpec(
            entries=400,
            clients=12,
            seed=seed,
            end=END,
            therapist=therapist,
            municipality=municipality,
            unit=unit,
        ),
    )
    update_profile(db.engine, pilot_id=PILOT, position_percent=position, profession=profession)
    return db


def _export(
    db: Database, out: Path, month: str, *, submit: bool = True, fmt: str = "xlsx"
) -> ExportResult:
    out.mkdir(parents=True, exist_ok=True)
    start, end = Month.parse(month).first_day, Month.parse(month).last_day
    return export(
        db.engine, ExportRequest(start, end, out, whole_month=True, fmt=fmt, submit=submit)
    )


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (24 * 1024 * 1024))


def build(base: Path) -> Corpus:
    root = base / "innboks"
    root.mkdir(parents=True)
    pilot = Pilot(
        id=PILOT,
        name="Pilot Vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=DEFAULT_VERSION,  # the catalogue the app exports with
        roster=(
            RosterEntry(
                "FYS01",
                "4601",
                "Habilitering barn",
                "fysioterapeut",
                Month(2025, 1),
                Month(2025, 3),
            ),
            # Later months than any file: Mangler stops at the newest month seen.
            RosterEntry("ERG02", "4601", "Voksne", "ergoterapeut", Month(2025, 1), Month(2025, 12)),
            RosterEntry(
                "FYS03", "0301", "Bydel Frogner", "fysioterapeut", Month(2025, 1), Month(2025, 3)
            ),
        ),
    )
    pilot_file = root / "pilot.toml"
    pilot_file.write_text(pilot_toml(pilot), encoding="utf-8")
    c = Corpus(root, pilot_file)
    dbs = base / "dbs"
    c.dbs["FYS01"] = _db(dbs / "fys01", "FYS01", "4601", "Habilitering barn", 1, 80)
    c.dbs["ERG02"] = _db(dbs / "erg02", "ERG02", "4601", "Voksne", 2, 50, "ergoterapeut")
    c.dbs["FYS03"] = _db(dbs / "fys03", "FYS03", "0301", "Bydel Frogner", 3, 100)
    # The same therapist code and municipality from a second database: a conflict, not a
    # roster mismatch.
    c.dbs["OTHER"] = _db(dbs / "other", "FYS03", "0301", "Bydel Frogner", 4, 100)
    c.positions = {"FYS01": 80, "ERG02": 50, "FYS03": 100}

    f = c.files
    for month in MONTHS:
        f[f"FYS01 {month}"] = _export(c.dbs["FYS01"], root / "a-fys01", month).path
    for month in ("2025-01", "2025-03"):
        f[f"ERG02 {month}"] = _export(c.dbs["ERG02"], root / "b-erg02", month).path
        f[f"FYS03 {month}"] = _export(c.dbs["FYS03"], root / "c-fys03", month).path
    # Held back: ERG02 February is exported, but not handed in.
    f["ERG02 2025-02 utkast"] = _export(
        c.dbs["ERG02"], root / "b-erg02", "2025-02", submit=False
    ).path
    # FYS03 February from two databases: a conflict.
    f["FYS03 2025-02"] = _export(c.dbs["FYS03"], root / "c-fys03", "2025-02").path
    f["FYS03 2025-02 annen"] = _export(c.dbs["OTHER"], root / "d-annen", "2025-02").path
    # A correction of FYS01 February.
    conn = sqlite3.connect(c.dbs["FYS01"].path)
    (entry_id,) = conn.execute(
        "SELECT id FROM entry WHERE date BETWEEN '2025-02-01' AND "
        "'2025-02-28' ORDER BY date, id LIMIT 1"
    ).fetchone()
    conn.close()
    stored = get_entry(c.dbs["FYS01"].engine, entry_id)
    assert stored is not None
    draft = replace(stored.draft, minutes=stored.draft.minutes + 7)
    update_entry(c.dbs["FYS01"].engine, entry_id, draft, reason="Feil varighet")
    f["FYS01 2025-02 korr1"] = _export(c.dbs["FYS01"], root / "a-fys01", "2025-02").path
    assert f["FYS01 2025-02 korr1"] != f["FYS01 2025-02"]
    # Another pilot, and a therapist code not on the roster (the same spare database).
    update_profile(c.dbs["OTHER"].engine, pilot_id="pilot-nord")
    f["annen pilot"] = _export(c.dbs["OTHER"], root / "d-annen" / "nord", "2025-01").path
    update_profile(c.dbs["OTHER"].engine, pilot_id=PILOT, therapist_code="FYS99")
    f["ukjent terapeut"] = _export(c.dbs["OTHER"], root / "d-annen" / "ukjent", "2025-03").path
    # A roster therapist's code sent from a municipality the roster does not give them.
    update_profile(c.dbs["OTHER"].engine, therapist_code="FYS01", municipality="5001")
    f["feil kommune"] = _export(c.dbs["OTHER"], root / "d-annen" / "kommune", "2025-01").path
    # A month before the therapist's period in the pilot.
    f["utenfor perioden"] = _export(c.dbs["FYS01"], root / "a-fys01", "2024-12").path
    # The same file twice (a copy under another name).
    junk = root / "z-diverse"
    junk.mkdir()
    f["kopi"] = junk / "kopi av januar.xlsx"
    shutil.copyfile(f["FYS01 2025-01"], f["kopi"])
    # Edited in a spreadsheet: one minute value changed.
    f["endret"] = junk / "endret.xlsx"
    wb = load_workbook(f["FYS01 2025-03"])
    wb["Registreringer"]["H2"] = int(wb["Registreringer"]["H2"].value) + 1
    wb.save(f["endret"])
    # A future format version.
    f["format 2"] = junk / "format2.xlsx"
    wb = load_workbook(f["ERG02 2025-01"])
    wb["Metadata"]["B3"] = "2.0"
    wb.save(f["format 2"])
    f["csv"] = _export(c.dbs["FYS01"], junk / "csv", "2025-03", submit=False, fmt="csv").path
    f["avkuttet"] = junk / "avkuttet.xlsx"
    data = f["FYS03 2025-01"].read_bytes()
    f["avkuttet"].write_bytes(data[: len(data) // 2])
    f["søppel"] = junk / "søppel.xlsx"
    f["søppel"].write_bytes(random.Random(5).randbytes(5000))
    f["zipbombe"] = junk / "bombe.xlsx"
    _zip_bomb(f["zipbombe"])
    f["for stor"] = junk / "stor.xlsx"
    with open(f["for stor"], "wb") as fh:
        fh.truncate(60 * 1024 * 1024)  # sparse: costs no disk
    c.accepted = [
        ("FYS01", "2025-01"),
        ("FYS01", "2025-02"),
        ("FYS01", "2025-03"),
        ("ERG02", "2025-01"),
        ("ERG02", "2025-03"),
        ("FYS03", "2025-01"),
        ("FYS03", "2025-03"),
    ]
    return c
