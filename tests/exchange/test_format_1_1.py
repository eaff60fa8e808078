"""Format 1.1, the care pathway's sheets (docs/export-format.md, "The care pathway's sheets"):
what verify refuses in them, what a correction's Endringer says, and which months stay the
submission they are across the bump from 1.0."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl.workbook import Workbook

from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.identity import IdKind
from rehablogg.exchange.errors import ExportBlockedError
from rehablogg.exchange.export import ExportRequest, ExportResult, base_metadata, export
from rehablogg.exchange.reader import read_export
from rehablogg.exchange.rows import RowBuilder
from rehablogg.exchange.submission import Kind
from rehablogg.exchange.verify import SHEETS_CHECKSUM_MISMATCH, verify_file
from rehablogg.exchange.writer_xlsx import write_xlsx
from rehablogg.storage.clients import add_client
from rehablogg.storage.clock import Clock
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry, delete_entry, get_entry, update_entry
from rehablogg.storage.export_rows import (
    read_export_entries,
    read_export_episodes,
    read_export_needs,
)
from rehablogg.storage.profile import get_profile
from rehablogg.storage.submissions import SubmissionRecord, record_submission
from tests.exchange.edits import rehash
from tests.exchange.helpers import (
    CATALOGUE,
    MARCH,
    edited,
    export_month,
    sheet_rows,
    v1_catalogue,
    worked_example,
)
from tests.identity_factory import example

FIRST = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"
SECOND = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
EPISODE = "5e1f0c2a9b8d4e7f8a6b3c2d1e0f9a8b"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    found = worked_example(tmp_path / "db")
    yield found
    found.close()


@dataclasses.dataclass(frozen=True)
class Ticking(Clock):
    """A clock a minute later at every reading: the audit trail and the submissions keep the
    second, and a test makes its changes and submissions within one."""

    ticks: list[int] = dataclasses.field(default_factory=lambda: [0])

    def now(self) -> datetime:
        self.ticks[0] += 1
        start = datetime(2025, 4, 2, 10, 0).astimezone()
        return start + timedelta(minutes=self.ticks[0])


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Ticking:
    ticking = Ticking()
    monkeypatch.setattr("rehablogg.storage.entries.now_iso", ticking.now_iso)
    return ticking


def _submit(db: Database, folder: Path, clock: Clock) -> ExportResult:
    folder.mkdir(parents=True, exist_ok=True)
    request = ExportRequest(*MARCH, folder, whole_month=True, submit=True)
    return export(db.engine, request, clock=clock)


@pytest.fixture
def correction(db: Database, tmp_path: Path, clock: Ticking) -> Path:
    """March submitted, then one entry's minutes changed and the other deleted, submitted
    again: korr1."""
    _submit(db, tmp_path / "first", clock)
    stored = get_entry(db.engine, FIRST)
    assert stored is not None
    changed = dataclasses.replace(stored.draft, minutes=60, parties=("foreldre",))
    update_entry(db.engine, FIRST, changed, reason="feil varighet")
    delete_entry(db.engine, SECOND, reason="ført to ganger")
    return _submit(db, tmp_path / "korr1", clock).path


def _refused(path: Path) -> str:
    report = verify_file(path)
    assert not report.ok
    return report.problems[0]


def _changed(source: Path, target: Path, change: object) -> Path:
    return rehash(edited(source, target, change))  # type: ignore[arg-type]


# -- verify refuses ------------------------------------------------------------------------


def test_a_1_1_file_without_a_new_sheet_is_refused(correction: Path, tmp_path: Path) -> None:
    def drop(wb: Workbook) -> None:
        del wb["Opphold"]

    assert _refused(_changed(correction, tmp_path / "x.xlsx", drop)) == "Arket «Opphold» mangler."


def test_an_unknown_referral_source_is_refused(correction: Path, tmp_path: Path) -> None:
    def source(wb: Workbook) -> None:
        wb["Forløp"]["D2"] = "nabo"

    sentence = _refused(_changed(correction, tmp_path / "x.xlsx", source))
    assert sentence.startswith(
        "Forløp, rad 2, kolonne D (henvist_fra): «nabo» er ikke en henvisningskilde (annet, "
    )


def test_an_episode_ending_before_its_referral_is_refused(correction: Path, tmp_path: Path) -> None:
    def ended(wb: Workbook) -> None:
        wb["Forløp"]["F2"] = datetime(2025, 3, 1)  # referred 10.02, started 04.03
        wb["Forløp"]["G2"] = "maal_naadd"

    sentence = _refused(_changed(correction, tmp_path / "x.xlsx", ended))
    assert sentence == (
        "Forløp, rad 2, kolonne F (sluttdato): 01.03.2025 er før startdato (04.03.2025)."
    )


def test_an_end_without_a_reason_is_refused(correction: Path, tmp_path: Path) -> None:
    def ended(wb: Workbook) -> None:
        wb["Forløp"]["F2"] = datetime(2025, 3, 28)

    sentence = _refused(_changed(correction, tmp_path / "x.xlsx", ended))
    assert sentence.startswith(
        "Forløp, rad 2, kolonne G (sluttarsak): et forløp med sluttdato må ha en sluttårsak"
    )


def test_an_identity_number_in_a_reason_is_refused(correction: Path, tmp_path: Path) -> None:
    number = example(IdKind.FODSELSNUMMER, date(1990, 5, 17))

    def told(wb: Workbook) -> None:
        wb["Endringer"]["E2"] = f"gjaldt {number}"

    sentence = _refused(_changed(correction, tmp_path / "x.xlsx", told))
    assert sentence.startswith(
        "Endringer, rad 2, kolonne E (arsak): teksten ser ut til å inneholde et fødselsnummer"
    )
    assert number not in sentence


def test_an_anchor_of_a_code_not_in_koder_is_refused(correction: Path, tmp_path: Path) -> None:
    def anchored(wb: Workbook) -> None:
        wb["Forankring"]["A2"] = "X99"

    sentence = _refused(_changed(correction, tmp_path / "x.xlsx", anchored))
    assert sentence == (
        "Forankring, rad 2, kolonne A (kode): koden «X99» finnes ikke i arket Koder."
    )


def test_a_pause_of_an_unknown_episode_and_a_wrong_count_are_refused(
    correction: Path, tmp_path: Path
) -> None:
    def moved(wb: Workbook) -> None:
        wb["Opphold"]["A2"] = "0" * 32

    report = verify_file(_changed(correction, tmp_path / "x.xlsx", moved))
    assert report.problems == [
        f"Opphold, rad 2, kolonne A (forlop_id): forlop_id {'0' * 32} finnes ikke i arket Forløp.",
        "Forløp, rad 2: antall_opphold er 1, men Opphold har 0 rader for forløpet.",
    ]


@pytest.mark.parametrize(
    ("cells", "pause"),
    [
        ({("Opphold", "B2"): datetime(2025, 2, 1)}, "01.02.2025–23.03.2025"),  # before henvist
        (  # the episode ends inside the pause
            {("Forløp", "F2"): datetime(2025, 3, 20), ("Forløp", "G2"): "maal_naadd"},
            "17.03.2025–23.03.2025",
        ),
        (  # an open pause in an ended episode
            {
                ("Forløp", "F2"): datetime(2025, 3, 28),
                ("Forløp", "G2"): "maal_naadd",
                ("Opphold", "C2"): None,
            },
            "17.03.2025–",
        ),
    ],
)
def test_a_pause_outside_its_episode_is_refused(
    correction: Path, tmp_path: Path, cells: dict[tuple[str, str], object], pause: str
) -> None:
    """Referred 10.02.2025, paused 17.03–23.03: a pause outside its episode would give the
    summary negative lengths (and, from a distant year, a long count of paused days)."""

    def moved(wb: Workbook) -> None:
        for (sheet, cell), value in cells.items():
            wb[sheet][cell] = value

    ended = next((v for (s, c), v in cells.items() if c == "F2"), None)
    episode = "10.02.2025–" + (ended.strftime("%d.%m.%Y") if isinstance(ended, datetime) else "")
    sentence = _refused(_changed(correction, tmp_path / "x.xlsx", moved))
    assert sentence == (
        f"Opphold, rad 2, kolonne C (til): oppholdet {pause} ligger ikke innenfor forløpet "
        f"{episode}; et opphold begynner tidligst på henvist og slutter senest på sluttdato."
    )


def test_a_home_municipality_not_on_the_list_is_refused(correction: Path, tmp_path: Path) -> None:
    def moved(wb: Workbook) -> None:
        wb["Deltakere"]["J2"] = "9999"

    sentence = _refused(_changed(correction, tmp_path / "x.xlsx", moved))
    assert sentence.startswith(
        "Deltakere, rad 2, kolonne J (bostedskommune): «9999» er ikke et kommunenummer i "
        "kommunelista for 2024"
    )


def test_changes_in_a_first_submission_are_refused(db: Database, tmp_path: Path) -> None:
    first = export_month(db, tmp_path / "first", submit=True).path

    def told(wb: Workbook) -> None:
        wb["Endringer"].append([FIRST, "minutter", "45", "60", "feil"])

    sentence = _refused(_changed(first, tmp_path / "x.xlsx", told))
    assert sentence.startswith("Endringer har 1 rader, men filen korrigerer ingen innlevering")


def test_a_value_changed_in_a_new_sheet_breaks_the_checksum(
    correction: Path, tmp_path: Path
) -> None:
    def later(wb: Workbook) -> None:
        wb["Behov"]["E2"] = "noe"  # barnehage_skole was mye

    path = edited(correction, tmp_path / "x.xlsx", later)
    # ark_sjekksum, which hashes the sheets after Metadata, says so; sjekksum still matches.
    assert _refused(path) == SHEETS_CHECKSUM_MISMATCH.format(
        sheets="Forløp, Opphold, Behov, Forankring, Endringer"
    )


# -- what the sheets hold ------------------------------------------------------------------


def test_a_correction_says_what_changed_field_by_field(correction: Path) -> None:
    assert verify_file(correction).ok
    assert sheet_rows(correction, "Endringer") == [
        ("registrering_id", "felt", "for", "etter", "arsak"),
        (FIRST, "minutter", "45", "60", "feil varighet"),
        (FIRST, "part_skole_sfo", "1", "0", "feil varighet"),
        (SECOND, "*", None, "slettet", "ført to ganger"),
    ]


def test_a_second_correction_tells_only_what_changed_since_the_first(
    db: Database, correction: Path, tmp_path: Path, clock: Ticking
) -> None:
    stored = get_entry(db.engine, FIRST)
    assert stored is not None
    update_entry(
        db.engine, FIRST, dataclasses.replace(stored.draft, code="D01"), reason="feil kode"
    )
    korr2 = _submit(db, tmp_path / "korr2", clock)
    assert korr2.correction == 2
    assert sheet_rows(korr2.path, "Endringer")[1:] == [(FIRST, "kode", "D02", "D01", "feil kode")]


def test_a_new_entry_and_changed_clients_in_a_correction(
    db: Database, tmp_path: Path, clock: Ticking
) -> None:
    _submit(db, tmp_path / "first", clock)
    other = add_client(db.engine, "Kari", birth_year=2016, pseudonym="K-22222A")
    stored = get_entry(db.engine, SECOND)
    assert stored is not None
    client_ids = (*stored.draft.client_ids, other)
    update_entry(
        db.engine, SECOND, dataclasses.replace(stored.draft, client_ids=client_ids), reason="også"
    )
    draft = dataclasses.replace(stored.draft, date=date(2025, 3, 20), note="glemt")
    added = add_entry(db.engine, draft, *CATALOGUE, reason="glemt å føre")
    korr1 = _submit(db, tmp_path / "korr1", clock)
    assert sheet_rows(korr1.path, "Endringer")[1:] == [
        (SECOND, "bruker", "K-7Q2M9X", "K-22222A; K-7Q2M9X", "også"),
        (added, "*", None, "ny", "glemt å føre"),
    ]
    assert "glemt" not in {v for row in sheet_rows(korr1.path, "Endringer") for v in row}


def test_the_reader_gives_the_new_sheets(correction: Path) -> None:
    content = read_export(correction)
    episodes = content.tables["Forløp"]
    assert episodes.columns[:3] == ("forlop_id", "bruker", "henvist")
    assert [row[0] for row in episodes.rows] == [EPISODE]
    assert len(content.tables["Endringer"].rows) == 3
    assert len(content.tables["Forankring"].rows) == 27


def test_dates_after_the_period_are_not_written(db: Database, tmp_path: Path) -> None:
    """An episode that ended in April is open in March's file, and the pause that began in
    April is not in it: March exported again later is the same file."""
    conn = sqlite3.connect(db.path)
    with conn:
        conn.execute(
            "UPDATE episode SET end_date = '2025-04-20', end_reason = 'maal_naadd' WHERE id = ?",
            (EPISODE,),
        )
        conn.execute(
            "INSERT INTO episode_pause VALUES (?, '2025-04-01', NULL, 'utilgjengelig')",
            (EPISODE,),
        )
    conn.close()
    path = export_month(db, tmp_path / "out").path
    rows = sheet_rows(path, "Forløp")
    assert rows[1][5:8] == (None, None, datetime(2025, 3, 4))  # sluttdato, sluttarsak, first
    assert len(sheet_rows(path, "Opphold")) == 2
    assert verify_file(path).ok


# -- the bump from 1.0: an unchanged month stays its submission ----------------------------


def _submit_as_1_0(db: Database, folder: Path) -> str:
    """March handed in by a rehablogg that wrote 1.0 (with catalogue version 1, the default
    then): its file and its submission record."""
    catalogue = v1_catalogue()
    start, end = date(2025, 3, 1), date(2025, 3, 31)
    request = ExportRequest(start, end, folder, whole_month=True, submit=True)
    profile = get_profile(db.engine)
    with db.engine.begin() as conn:
        entries = read_export_entries(conn, start, end)
        meta = dataclasses.replace(
            base_metadata(profile, catalogue, request, created="2025-04-01T09:00:00+02:00"),
            submission=True,
            entry_count=len(entries),
            minor=0,
            kostra_function="",
        )
        folder.mkdir(parents=True, exist_ok=True)
        builder = RowBuilder(catalogue, False, 0, municipality=profile.municipality)
        written = write_xlsx(folder / "v10.xlsx", meta, entries, catalogue, builder)
        record = SubmissionRecord(
            export_id=written.export_id,
            month="2025-03",
            created_at=meta.created,
            checksum=written.checksum,
            replaces=None,
            correction_number=0,
            file_name="v10.xlsx",
        )
        record_submission(conn, record, new=True)
    assert verify_file(folder / "v10.xlsx").ok
    return written.export_id


def _without_pathway(db: Database) -> None:
    conn = sqlite3.connect(db.path)
    with conn:
        conn.execute("DELETE FROM episode_pause")
        conn.execute("DELETE FROM episode")
        conn.execute("DELETE FROM needs_assessment")
    conn.close()


def test_a_month_submitted_in_1_0_is_the_same_submission_after_the_bump(
    db: Database, tmp_path: Path
) -> None:
    _without_pathway(db)
    ident = _submit_as_1_0(db, tmp_path / "v10")
    again = export_month(db, tmp_path / "again", submit=True)  # now 1.1 and catalogue 2
    assert (again.kind, again.export_id, again.correction) == (Kind.SAME, ident, 0)
    meta = dict(r[:2] for r in sheet_rows(again.path, "Metadata")[1:])
    assert (meta["format_versjon"], meta["katalog_versjon"]) == ("1.0", 1)
    assert verify_file(again.path).ok


def test_a_month_handed_in_with_catalogue_1_stays_that_submission(
    db: Database, tmp_path: Path
) -> None:
    """Handed in as 1.1 under catalogue version 1, exported again under version 2 (the
    default now): the same file, not a correction; changed, a correction under version 2."""
    request = ExportRequest(*MARCH, tmp_path, whole_month=True, submit=True)
    first = export(db.engine, request, catalogue=v1_catalogue())
    again = export(db.engine, dataclasses.replace(request, out=tmp_path / "again.xlsx"))
    assert (again.kind, again.export_id) == (Kind.SAME, first.export_id)
    meta = dict(r[:2] for r in sheet_rows(again.path, "Metadata")[1:])
    assert (meta["format_versjon"], meta["katalog_versjon"]) == ("1.1", 1)
    assert verify_file(again.path).ok
    stored = get_entry(db.engine, FIRST)
    assert stored is not None
    update_entry(db.engine, FIRST, dataclasses.replace(stored.draft, minutes=50), reason="feil")
    korr = export(db.engine, dataclasses.replace(request, out=tmp_path / "korr.xlsx"))
    assert (korr.kind, korr.replaces) == (Kind.CORRECTION, first.export_id)
    meta = dict(r[:2] for r in sheet_rows(korr.path, "Metadata")[1:])
    assert meta["katalog_versjon"] == 2


@pytest.mark.parametrize(
    "change",
    [
        "INSERT INTO episode (id, client_id, referral_date, referral_source, created_at, "
        "updated_at) SELECT 'e1', id, '2025-02-01', 'fastlege', '', '' FROM client",
        "INSERT INTO needs_assessment (client_id, assessed_on, bolig) "
        "SELECT id, '2025-03-02', 'mye' FROM client",
        "UPDATE client SET home_municipality = '4602'",
        "UPDATE client SET arrangement = 'kjop'",
    ],
    ids=["episode", "needs", "home municipality", "arrangement"],
)
def test_what_a_1_0_file_cannot_hold_makes_a_correction(
    db: Database, tmp_path: Path, change: str
) -> None:
    _without_pathway(db)
    ident = _submit_as_1_0(db, tmp_path / "v10")
    conn = sqlite3.connect(db.path)
    with conn:
        conn.execute(change)
    conn.close()
    again = export_month(db, tmp_path / "again", submit=True)
    assert (again.kind, again.correction, again.replaces) == (Kind.CORRECTION, 1, ident)
    assert verify_file(again.path).ok


def test_the_kostra_function_alone_is_no_change(db: Database, tmp_path: Path) -> None:
    """The profile had it all along; a 1.0 file just did not carry it."""
    _without_pathway(db)
    ident = _submit_as_1_0(db, tmp_path / "v10")
    assert get_profile(db.engine).kostra_function == "241"
    again = export(
        db.engine,
        ExportRequest(date(2025, 3, 1), date(2025, 3, 31), tmp_path, whole_month=True, submit=True),
    )
    assert (again.kind, again.export_id) == (Kind.SAME, ident)


# -- what storage reads for the sheets ------------------------------------------------------


def _run(db: Database, *statements: str) -> None:
    conn = sqlite3.connect(db.path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_episodes_active_in_the_period_and_their_first_direct_contact(db: Database) -> None:
    """Active: referred by the end, not ended before the start. First direct contact: a
    direkte entry naming the client, from the referral, not after the end nor the period's."""
    _run(
        db,
        "DELETE FROM episode_pause",
        "DELETE FROM episode",
        "INSERT INTO client (pseudonym, created_at) VALUES ('K-22222A', ''), ('K-33333B', '')",
        # Ended before March, referred after March: neither is read.
        "INSERT INTO episode VALUES ('old', 1, '2024-10-01', 'nav', '2024-10-02', "
        "'2025-02-28', 'overfort', '', '')",
        "INSERT INTO episode VALUES ('later', 1, '2025-04-01', 'nav', NULL, NULL, NULL, '', '')",
        # Ended on 1 March: active; its client's D02 of 4 March is after its end.
        "INSERT INTO episode VALUES ('ended', 2, '2025-01-05', 'ppt', NULL, '2025-03-01', "
        "'flyttet', '', '')",
        # Referred on 5 March: the D02 of 4 March (before it) and the I10 of 6 March (not
        # direkte) do not count; no contact yet.
        "INSERT INTO episode VALUES ('waiting', 3, '2025-03-05', 'fastlege', NULL, NULL, NULL, "
        "'', '')",
        "INSERT INTO entry_client VALUES ('3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b', 2)",
        "INSERT INTO entry_client VALUES ('3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b', 3)",
        "INSERT INTO entry_client VALUES ('a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 3)",
    )
    direct = {c.code for c in default_catalogue().codes if c.category == "direkte"}
    with db.engine.connect() as conn:
        found = read_export_episodes(conn, *MARCH, direct)
        april = read_export_episodes(conn, date(2025, 4, 1), date(2025, 4, 30), direct)
    assert [(e.id, e.pseudonym, e.first_direct) for e in found] == [
        ("ended", "K-22222A", None),
        ("waiting", "K-33333B", None),
    ]
    assert [(e.id, e.first_direct) for e in april] == [("waiting", None), ("later", None)]


def test_the_first_contact_is_not_after_the_period(db: Database) -> None:
    """Exported for February, the episode referred on 10 February has no contact yet: the
    session of 4 March is after February (an export of a month never looks past it)."""
    direct = {c.code for c in default_catalogue().codes if c.category == "direkte"}
    with db.engine.connect() as conn:
        february = read_export_episodes(conn, date(2025, 2, 1), date(2025, 2, 28), direct)
        march = read_export_episodes(conn, *MARCH, direct)
    assert [e.first_direct for e in february] == [None]
    assert [e.first_direct for e in march] == ["2025-03-04"]


def test_needs_of_the_clients_on_the_file_newest_by_the_period_end(db: Database) -> None:
    _run(
        db,
        "INSERT INTO client (pseudonym, birth_year, created_at, home_municipality) VALUES "
        "('K-22222A', 2015, '', '0301'), ('K-33333B', 2014, '', '')",
        # The worked example's client: a newer one in March, one after March (not read).
        "INSERT INTO needs_assessment (client_id, assessed_on, bolig) VALUES "
        "(1, '2025-03-10', 'noe'), (1, '2025-04-02', 'mye')",
        # On the file by an episode alone.
        "INSERT INTO episode VALUES ('e2', 2, '2025-03-20', 'ppt', NULL, NULL, NULL, '', '')",
        "INSERT INTO needs_assessment (client_id, assessed_on, transport) VALUES "
        "(2, '2025-03-21', 'mye')",
        # Not on the file: no entry, no episode.
        "INSERT INTO needs_assessment (client_id, assessed_on) VALUES (3, '2025-03-01')",
    )
    with db.engine.connect() as conn:
        needs = read_export_needs(conn, *MARCH)
    assert [
        (n.pseudonym, n.home_municipality, n.assessed_on, n.bolig, n.transport) for n in needs
    ] == [
        ("K-22222A", "0301", "2025-03-21", "ingen", "mye"),
        ("K-7Q2M9X", "", "2025-03-10", "noe", "ingen"),
    ]


def test_a_reason_with_an_identity_number_never_leaves(
    db: Database, correction: Path, tmp_path: Path, clock: Ticking
) -> None:
    """Reasons are refused where they are typed; one saved before that rule (written here
    behind the app's back) stops the correction before anything is written."""
    stored = get_entry(db.engine, FIRST)
    assert stored is not None
    update_entry(db.engine, FIRST, dataclasses.replace(stored.draft, minutes=50), reason="igjen")
    number = example(IdKind.D_NUMMER, date(1988, 2, 3))
    _run(db, f"UPDATE audit SET reason = 'gjaldt {number}' WHERE reason = 'igjen'")
    with pytest.raises(ExportBlockedError) as refused:
        _submit(db, tmp_path / "korr2", clock)
    assert str(refused.value) == (
        "Feltet «begrunnelsen for en endring» ser ut til å inneholde et fødselsnummer eller "
        "D-nummer; rett det før du eksporterer."
    )
    assert not list((tmp_path / "korr2").iterdir())
