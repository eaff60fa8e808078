"""The follow-up sheets (intensity, transitions, coordination) on a hand-made collection.

Municipality 4601 (therapist T1, unit Barn) follows fifteen clients from May to September
2026: A1–A5 get two 45-minute sessions every week (the habilitation target of 2 sessions and 90
minutes a week is reached), A6–A10 the same except in the summer weeks 26–33 (target missed,
contact lost over the summer), A11–A15 are rehabilitation clients with one hour a week (no
target for rehabilitation). Municipality 0301 (T2) has two clients, B1 and B2, who reach the target:
a small municipality whose counts the shared sheets must hide.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.followup_sheets import SHEETS, write_followup_data
from rehablogg.aggregate.suppression import HIDDEN, is_small
from rehablogg.aggregate.workbook import _gather
from rehablogg.core.intensity import SUMMER_WEEKS, Target
from rehablogg.core.periods import IsoWeek, Month
from rehablogg.core.pilot import Pilot, RosterEntry
from rehablogg.exchange.columns import ENTRY_BASE_COLUMNS, PARTICIPANT_COLUMNS
from rehablogg.exchange.sheet_writer import new_workbook

CATEGORY = {
    "D02": "direkte",
    "I04": "indirekte",
    "I06": "indirekte",
    "I12": "indirekte",
    "A04": "annet",
}
FIRST, LAST = date(2026, 5, 4), date(2026, 9, 30)  # Monday of week 19; end of the data
PILOT = Pilot(
    id="pilot-vest",
    name="Pilot Vest",
    catalogue_id="rehablogg-standard",
    catalogue_version=1,
    roster=(
        RosterEntry("T1", "4601", "Barn", "fysioterapeut", Month(2026, 5), Month(2026, 9)),
        RosterEntry("T2", "0301", "Frogner", "fysioterapeut", Month(2026, 5), Month(2026, 9)),
    ),
    targets={"habilitering": Target(sessions_per_week=2, minutes_per_week=90)},
)

# pseudonym: (therapist, service, birth year, terapeut_er_koordinator, summer break)
CLIENTS = {
    "K-A1": ("T1", "habilitering", 2011, 0, False),
    "K-A2": ("T1", "habilitering", 2011, 1, False),
    "K-A3": ("T1", "habilitering", 2021, 0, False),
    "K-A4": ("T1", "habilitering", 2009, 0, False),
    "K-A5": ("T1", "habilitering", 1990, 0, False),
    **{f"K-A{i}": ("T1", "habilitering", 2000, 0, True) for i in range(6, 11)},
    **{f"K-A{i}": ("T1", "rehabilitering", 1980, 0, False) for i in range(11, 16)},
    "K-B1": ("T2", "habilitering", 2011, 0, False),
    "K-B2": ("T2", "habilitering", 2021, 0, False),
}
MUNICIPALITY = {"T1": ("4601", "Bergen", "Barn"), "T2": ("0301", "Oslo", "Frogner")}


class _Builder:
    def __init__(self) -> None:
        self.ids = itertools.count(1)
        # (therapist, month): (entry rows, participant rows)
        self.months: dict[tuple[str, str], tuple[list[list[object]], list[list[object]]]] = {}

    def entry(self, therapist: str, day: date, code: str, minutes: int, clients: list[str]) -> None:
        entries, participants = self.months.setdefault((therapist, str(Month.of(day))), ([], []))
        entry_id = f"e{next(self.ids):05d}"
        values = {
            "registrering_id": entry_id,
            "dato": day.isoformat(),
            "uke": IsoWeek.of(day).week,
            "kode": code,
            "kodenavn": code,
            "kategori": CATEGORY[code],
            "minutter": minutes,
            "timer": minutes / 60,
            "reiseminutter": 0,
            "antall_brukere": len(clients),
        }
        entries.append([values.get(c) for c in ENTRY_BASE_COLUMNS])
        for pseudonym in clients:
            _t, service, born, flag, _summer = CLIENTS[pseudonym]
            p = {
                "registrering_id": entry_id,
                "bruker": pseudonym,
                "fodselsar": born,
                "aldersgruppe": "x",
                "tjeneste": service,
                "har_ip": 0,
                "har_koordinator": 0,
                "har_barnekoordinator": 0,
                "terapeut_er_koordinator": flag,
            }
            participants.append([p.get(c) for c in PARTICIPANT_COLUMNS])

    def into(self, collection: Collection) -> list[SubmissionInfo]:
        infos = []
        with collection.run():
            for (therapist, month), (entries, participants) in sorted(self.months.items()):
                number, name, unit = MUNICIPALITY[therapist]
                info = SubmissionInfo(
                    f"x-{therapist}-{month}",
                    therapist,
                    number,
                    name,
                    unit,
                    "fysioterapeut",
                    100,
                    "pilot-vest",
                    month,
                    "",
                    ENTRY_BASE_COLUMNS,
                    PARTICIPANT_COLUMNS,
                )
                collection.add_submission(info, entries, participants)
                infos.append(info)
        return infos


def _standard_data(
    extra: list[tuple[str, date, str, int, list[str]]] = (),  # type: ignore[assignment]
) -> _Builder:
    b = _Builder()
    monday = FIRST
    while monday <= LAST:
        for pseudonym, (therapist, service, _born, _flag, summer_break) in CLIENTS.items():
            if summer_break and IsoWeek.of(monday).week in SUMMER_WEEKS:
                continue
            if service == "rehabilitering":
                b.entry(therapist, monday, "D02", 60, [pseudonym])
                continue
            for day in (monday, monday + timedelta(days=1)):
                b.entry(therapist, day, "D02", 45, [pseudonym])
        monday += timedelta(days=7)
    # Coordination and transition work, all in May (outside the summer).
    b.entry("T1", date(2026, 5, 6), "I06", 30, ["K-A1"])
    b.entry("T1", date(2026, 5, 7), "I04", 60, ["K-A1", "K-A2"])
    b.entry("T1", date(2026, 5, 8), "I12", 60, ["K-A1"])
    b.entry("T1", date(2026, 5, 8), "A04", 45, ["K-A3"])  # cancelled: not contact
    for item in extra:
        b.entry(*item)
    return b


def _workbook(
    tmp_path: Path,
    builder: _Builder,
    pilot: Pilot | None = PILOT,
    linked: bool = False,
    reference_year: int | None = None,
) -> dict[str, list[list[object]]]:
    collection = Collection(tmp_path / "samling.sqlite3")
    try:
        winners = builder.into(collection)
        wb = new_workbook()
        # Gathered as the summary gathers them (each therapist settled after their last month).
        targets = pilot.targets if pilot is not None else {}
        _totals, followup, pathway = _gather(collection, winners, linked, None, targets)
        write_followup_data(wb, followup, pilot, reference_year, pathway.by_client())
        wb.save(tmp_path / "s.xlsx")
    finally:
        collection.close()
    book = load_workbook(tmp_path / "s.xlsx", read_only=True)
    sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    book.close()
    return sheets


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[object]]]:
    return _workbook(tmp_path_factory.mktemp("followup"), _standard_data())


def table(rows: list[list[object]]) -> Iterator[list[object]]:
    """The table of a sheet (header row included): from A1, as wide as its header (the notes
    beside it left out), with kommunenr and kommunenavn joined into "kommune" as the keys
    were before the sheets split them."""
    header = rows[0]
    width = header.index(None) if None in header else len(header)
    join = header[:2] == ["kommunenr", "kommunenavn"]
    for r in rows:
        r = r[:width]
        if join:
            r = [r[0] if r is header else f"{r[0]} {r[1] or ''}".strip(), *r[2:]]
            r[0] = "kommune" if r[0] == "kommunenr" else r[0]
        yield r


def block(rows: list[list[object]], title: str) -> Iterator[list[object]]:
    """The rows of a shared sheet's table whose title row starts with ``title`` (header row
    included): the shared sheets stack their tables."""
    start = next(
        i for i, r in enumerate(rows) if r and isinstance(r[0], str) and r[0].startswith(title)
    )
    for r in rows[start + 1 :]:
        if not r or all(v is None for v in r):
            return
        yield r


def by_key(rows: Iterator[list[object]], width: int = 1) -> dict[object, dict[str, object]]:
    header, *body = list(rows)
    return {
        tuple(r[:width]) if width > 1 else r[0]: dict(zip(map(str, header), r, strict=False))
        for r in body
    }


def test_sheets_in_order(sheets: dict[str, list[list[object]]]) -> None:
    assert list(sheets) == list(SHEETS)


def test_intensity_per_municipality_and_service(sheets: dict[str, list[list[object]]]) -> None:
    groups = by_key(table(sheets["Intensitet"]), width=2)
    bergen = groups[("4601 Bergen", "habilitering")]
    assert bergen["brukere"] == 10
    assert bergen["nådde_målet"] == 5
    assert bergen["nådde_ikke"] == 5
    assert bergen["andel_nådd"] == pytest.approx(0.5)
    assert bergen["mål"] == "2 økter og 90 min direkte per uke"
    assert bergen["fulgt_over_sommeren"] == 10
    assert bergen["mistet_kontakt_i_sommer"] == 5
    assert bergen["median_lengste_opphold_dager"] == pytest.approx((5 + 61) / 2)
    rehab = groups[("4601 Bergen", "rehabilitering")]
    assert rehab["brukere"] == 5 and rehab["nådde_målet"] is None
    assert rehab["mål"] == "(ingen mål)"
    everyone = groups[("i alt", "habilitering")]
    assert (everyone["brukere"], everyone["nådde_målet"]) == (12, 7)


def test_intensity_per_client(sheets: dict[str, list[list[object]]]) -> None:
    clients = by_key(table(sheets["Intensitet – per bruker"]), width=3)
    a1 = clients[("4601 Bergen", "T1", "K-A1")]
    assert a1["direkte_økter_per_uke"] == pytest.approx(2)
    assert a1["mål_nådd"] == "ja"
    assert a1["uker_uten_kontakt"] == 0
    assert a1["mistet_kontakt_i_sommer"] == "nei"
    a5 = clients[("4601 Bergen", "T1", "K-A6")]
    assert a5["mål_nådd"] == "nei"
    assert a5["sommeruker_uten_kontakt"] == 8
    assert a5["mistet_kontakt_i_sommer"] == "ja"
    # Tuesday of week 25 (16 June) to Sunday of week 33 (16 August) without direct contact.
    assert a5["lengste_opphold_dager"] == 61
    assert a5["fra"].date() == FIRST and a5["til"].date() == LAST  # type: ignore[attr-defined]
    assert clients[("4601 Bergen", "T1", "K-A11")]["mål_nådd"] is None


def test_transitions(sheets: dict[str, list[list[object]]]) -> None:
    rows = by_key(table(sheets["Overganger"]), width=3)
    barn16 = rows[("4601 Bergen", "Barn", 16)]
    assert (barn16["2027"], barn16["i alt"], barn16["I12_minutter_så_langt"]) == (2, 2, 60)
    barn18 = rows[("4601 Bergen", "Barn", 18)]
    assert (barn18["2027"], barn18["2029"], barn18["i alt"]) == (1, 2, 3)
    assert rows[("4601 Bergen", "Barn", 6)]["2027"] == 1
    assert rows[("0301 Oslo", "(alle enheter)", 18)]["2029"] == 1


def test_transitions_from_another_reference_year(tmp_path: Path) -> None:
    sheets = _workbook(tmp_path, _standard_data(), reference_year=2024)
    rows = by_key(table(sheets["Overganger"]), width=3)
    assert rows[("4601 Bergen", "Barn", 16)]["2027"] == 2
    assert "2030" not in rows[("4601 Bergen", "Barn", 16)]
    assert rows[("4601 Bergen", "Barn", 18)]["2027"] == 1


def test_coordination(sheets: dict[str, list[list[object]]]) -> None:
    therapists = by_key(table(sheets["Koordinering – terapeut"]))
    t1 = therapists["T1"]
    assert (t1["I06_min"], t1["I04_min"], t1["koordinering_min"]) == (30, 60, 90)
    assert t1["brukere_koordinert"] == 2  # A1 by I06 time, A2 marked "jeg er koordinator"
    assert t1["andel_koordinering"] == pytest.approx(90 / t1["alle_min"])  # type: ignore[operator]
    assert therapists["T2"]["koordinering_min"] == 0
    municipalities = by_key(table(sheets["Koordinering – kommune"]))
    assert municipalities["4601 Bergen"]["brukere_koordinert"] == 2
    clients = by_key(table(sheets["Koordinering – bruker"]), width=3)
    # For a client the meeting counts its full hour: A1 30 + 60, A2 60.
    assert clients[("4601 Bergen", "T1", "K-A1")]["koordinering_min"] == 90
    assert clients[("4601 Bergen", "T1", "K-A2")]["koordinering_min"] == 60
    assert clients[("4601 Bergen", "T1", "K-A2")]["koordinert_av"] == "T1"


def _count_tables(rows: list[list[object]]) -> list[list[list[object]]]:
    """Every people-count table of a shared sheet (titles starting «brukere»)."""
    out = []
    for i, r in enumerate(rows):
        if r and isinstance(r[0], str) and r[0].startswith("brukere"):
            out.append(list(block(rows[i:], r[0]))[1:])
    return out


@pytest.mark.parametrize("name", ["Deling – intensitet", "Deling – overganger"])
def test_shared_sheets_show_no_small_counts(
    sheets: dict[str, list[list[object]]], name: str
) -> None:
    tables = _count_tables(sheets[name])
    assert tables
    for rows in tables:
        for r in rows:
            assert not any(isinstance(v, int) and is_small(v) for v in r[1:]), r


def test_small_municipality_is_hidden_but_the_large_one_shown(
    sheets: dict[str, list[list[object]]],
) -> None:
    rows = sheets["Deling – intensitet"]
    counts = by_key(block(rows, "brukere etter kommune"))
    assert counts["0301 Oslo"]["habilitering: nådde målet"] == HIDDEN
    assert counts["0301 Oslo"]["i alt"] == HIDDEN
    # Oslo's 2 could be worked out from Bergen's 5 and the column total 7: one more hidden.
    assert HIDDEN in (
        counts["4601 Bergen"]["habilitering: nådde målet"],
        counts["i alt"]["habilitering: nådde målet"],
    )
    assert counts["4601 Bergen"]["rehabilitering: uten mål"] == 5
    # Protected together with those followed over the summer (all 17 of them), the table
    # shows Bergen's 15 and hides the grand total instead of the other way round.
    assert counts["4601 Bergen"]["i alt"] == 15
    medians = by_key(block(rows, "median direkte minutter"))
    assert medians["0301 Oslo"]["habilitering"] == HIDDEN  # two clients
    assert medians["4601 Bergen"]["rehabilitering"] == pytest.approx(60)
    summer = by_key(block(rows, "brukere fulgt over sommeren"))
    assert summer["i alt"]["mistet kontakt i sommer"] == 5
    # Minutes of a hidden group are hidden with it.
    shared = sheets["Deling – overganger"]
    people = by_key(block(shared, "brukere som fyller 16 eller 18"))
    minutes = by_key(block(shared, "I12-minutter for brukere som fyller 16 eller 18"))
    for municipality, cells in people.items():
        for column, value in cells.items():
            if value == HIDDEN:
                assert minutes[municipality][column] == HIDDEN


def test_linked_pseudonyms_make_one_client_of_two_therapists(tmp_path: Path) -> None:
    extra = [("T2", date(2026, 9, 29), "D02", 45, ["K-A1"])]
    (tmp_path / "u").mkdir()
    (tmp_path / "l").mkdir()
    unlinked = _workbook(tmp_path / "u", _standard_data(extra), linked=False)
    linked = _workbook(tmp_path / "l", _standard_data(extra), linked=True)
    rows_u = by_key(table(unlinked["Intensitet – per bruker"]), width=3)
    rows_l = by_key(table(linked["Intensitet – per bruker"]), width=3)
    assert ("0301 Oslo", "T2", "K-A1") in rows_u and len(rows_u) == 18
    assert ("4601 Bergen", "T1, T2", "K-A1") in rows_l and len(rows_l) == 17


def test_without_a_pilot_no_target_is_judged(tmp_path: Path) -> None:
    sheets = _workbook(tmp_path, _standard_data(), pilot=None)
    assert any("ingen intensitetsmål" in str(v) for r in sheets["Intensitet"] for v in r if v)
    groups = by_key(table(sheets["Intensitet"]), width=2)
    assert groups[("4601 Bergen", "habilitering")]["nådde_målet"] is None


def test_an_episode_ends_with_the_month_of_the_last_contact(tmp_path: Path) -> None:
    b = _Builder()
    for week in range(22):  # K-A1 every Monday from 4 May to 28 September: the data's end
        b.entry("T1", FIRST + timedelta(weeks=week), "D02", 45, ["K-A1"])
    for week in range(6):  # K-A11: Monday and Tuesday of weeks 19–24, last on 9 June
        for extra in (0, 1):
            b.entry("T1", FIRST + timedelta(weeks=week, days=extra), "D02", 45, ["K-A11"])
    sheets = _workbook(tmp_path, b)
    clients = by_key(table(sheets["Intensitet – per bruker"]), width=3)
    episode = clients[("4601 Bergen", "T1", "K-A11")]
    assert episode["til"].date() == date(2026, 6, 30)  # type: ignore[attr-defined]
    assert episode["siste_kontakt"].date() == date(2026, 6, 9)  # type: ignore[attr-defined]
    # Weeks 19–26 count (week 27 has two days in June and no contact): 12 sessions / 8 weeks.
    assert episode["uker"] == 8
    assert episode["direkte_økter_per_uke"] == pytest.approx(1.5)
    assert episode["uker_uten_kontakt"] == 2
    assert clients[("4601 Bergen", "T1", "K-A1")]["til"].date() == date(2026, 9, 30)  # type: ignore[attr-defined]


def test_an_empty_collection_gives_every_sheet_with_a_sentence(tmp_path: Path) -> None:
    sheets = _workbook(tmp_path, _Builder())
    assert list(sheets) == list(SHEETS)
    assert "Ingen godtatte innleveringer." in [v for r in sheets["Overganger"] for v in r]
    assert ["Ingen brukere."] in [r[:1] for r in sheets["Deling – intensitet"]]
