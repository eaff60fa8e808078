"""The summary workbook of a collection (openpyxl, write-only, so memory stays flat).

Every analysis sheet is one table from A1 (``table_sheet.py``: an Excel table with a filter,
number formats, fitted widths, frozen header, print set-up), its notes to the right. Sheets,
in this order:
- **Oversikt**: the key figures (period, submissions, therapists, entries, minutes, direct
  share). For the pilot lead: counts are not suppressed here.
- **Tid – kommune** … **Tid – samarbeidspart**: entries, minutes, hours, direct, indirect and
  other minutes, travel and the direct share per municipality, unit, therapist, month, ISO
  week, code, category, arena, contact mode and party; **Diagram – måned** the chart of direct
  against indirect minutes per month, alone on its sheet (one printed page).
- **Brukere – aldersgruppe** (in age order, with a ``rekkefølge`` column) and **Brukere –
  tjeneste**: distinct clients, each participant counting the entry's full minutes.
- **Årsverk – terapeut**, **Årsverk – kommune**: hours per full-time equivalent.
- **Deling – kommuner**: clients and their minutes by municipality × age group and
  municipality × service, each client counted once (the municipality where most of their time
  was logged, the age group and service of their newest entry), with the small-count rule
  applied (``shared_tables.py``, ``suppression.py``); meant to leave the municipality. Its
  tables stay stacked (they are protected together) and the threshold is stated on the sheet
  and in its page header.
- **Intensitet**, **Overganger**, **Koordinering – …** and their shareable **Deling – …**
  versions: ``followup_sheets.py``.
- **Ventetid**, **Forløp**, **Forløp – per forløp**, **Kommunesamarbeid**, **Overganger –
  behov** and their **Deling – …** versions, from format 1.1 submissions: ``pathway_sheets.py``
  (empty, with a note, for 1.0 files).
- **Innsendinger**: every file offered, with its status and why.
- **Mangler**: roster therapists × months with no accepted submission (needs the pilot file),
  and months counted from a correction chain with a missing link, naming the link.
- **Registreringer**, **Deltakere** (``kommunenr``, ``terapeut``, ``enhet`` and ``måned`` in
  front): every row of the accepted submissions, one table over them, split across sheets below
  Excel's row limit; above ``csv_threshold`` rows they go to a CSV file beside the workbook
  instead.
- **Modeller**, **Modeller – måned**, **Diagram – modeller**, **Modeller – detalj** with
  ``--tariffs``: ``tariff_sheets.py``.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.followup_sheets import (
    FollowupData,
    FollowupGather,
    shared_followup_tables,
    write_followup_data,
)
from rehablogg.aggregate.pathway_figures import PathwayData
from rehablogg.aggregate.pathway_sheets import (
    PathwayGather,
    shared_pathway_tables,
    write_pathway_sheets,
)
from rehablogg.aggregate.payments import ModelTotals
from rehablogg.aggregate.row_sheet_worker import (
    ROW_KEYS,
    RowPart,
    RowSheetWorker,
    combined_rows,
    write_csv,
)
from rehablogg.aggregate.row_sheets import RenderedRows, append_rows
from rehablogg.aggregate.shared_tables import (
    SharedTable,
    people_table,
    threshold_line,
    write_tables,
)
from rehablogg.aggregate.status import Offer, Outcome, Status, name_links, resolve
from rehablogg.aggregate.submission_rows import SubmissionRows, submission_rows
from rehablogg.aggregate.suppression import DEFAULT_THRESHOLD
from rehablogg.aggregate.table_sheet import (
    MONTH,
    MUNICIPALITY_KEYS,
    Cell,
    Col,
    Kind,
    StackedSheet,
    add_chart_sheet,
    add_table,
    rows_after_save,
    set_print,
    split_key,
    write_table_sheet,
)
from rehablogg.aggregate.tariff_sheets import compute, write_tariff_sheets
from rehablogg.aggregate.tariffs import TariffFile
from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS, UNKNOWN_AGE_GROUP, AgeGroup, age_group
from rehablogg.core.category import Category
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.intensity import Target
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot
from rehablogg.core.transitions import reference_year_of
from rehablogg.exchange.atomic import AtomicOutput
from rehablogg.exchange.columns import (
    DATE_FORMAT,
    ENTRY_ADDED,
    ENTRY_ARENA,
    ENTRY_CATEGORY,
    ENTRY_CODE,
    ENTRY_CODE_LABEL,
    ENTRY_CONTACT_MODE,
    ENTRY_DATE,
    ENTRY_ID,
    ENTRY_MINUTES,
    ENTRY_TABLE,
    ENTRY_TRAVEL,
    META_EXPORT_ID,
    META_MUNICIPALITY,
    META_REPLACES,
    META_THERAPIST,
    META_UNIT,
    NOTE,
    PARTICIPANT_AGE_GROUP,
    PARTICIPANT_BIRTH_YEAR,
    PARTICIPANT_CLIENT,
    PARTICIPANT_ENTRY,
    PARTICIPANT_SERVICE,
    PARTICIPANT_TABLE,
    PARTY_PREFIX,
    YES,
)
from rehablogg.exchange.sheet_writer import (
    NeutralWorkbook,
    NeutralWorksheet,
    new_workbook,
)
from rehablogg.exchange.unsaved import discarded_on_failure, save
from rehablogg.storage.temporaries import temp_dir_prefix

if TYPE_CHECKING:
    from rehablogg.aggregate.dataset import DatasetResult

EXCEL_MAX_ROWS = 1_048_576
CSV_THRESHOLD = 1_000_000
NEEDS_PILOT = QT_TRANSLATE_NOOP(
    "aggregate",
    "Listen over manglende leveringer trenger pilotfilen (pilot.toml med "
    "terapeutlisten) blant filene som samles.",
)
NOT_DELIVERED = QT_TRANSLATE_NOOP("aggregate", "ikke levert")
IN_CONFLICT = QT_TRANSLATE_NOOP("aggregate", "konflikt mellom innleveringer")
CHAIN_GAP = QT_TRANSLATE_NOOP(
    "aggregate", "korreksjon mangler: {missing} (tallene er fra den nyeste, {id})"
)
SHEET_SHARED_MUNICIPALITIES = "Deling – kommuner"
SHARED_PEOPLE = QT_TRANSLATE_NOOP(
    "aggregate",
    "Hver bruker telles én gang: i kommunen der mest av tiden med brukeren er ført, "
    "i aldersgruppen og tjenesten fra den nyeste registreringen, med alle sine minutter.",
)
IN_CSV = QT_TRANSLATE_NOOP(
    "aggregate",
    "{rows} rader er for mange for et regneark; de ligger i {file} ved siden av "
    "denne arbeidsboken.",
)


@dataclass
class SummaryResult:
    path: Path
    outcomes: list[tuple[Offer, Outcome]]
    accepted: list[str]
    total_minutes: int = 0
    entry_rows: int = 0
    participant_rows: int = 0
    csv_files: list[Path] = field(default_factory=list)
    missing: list[tuple[str, str, str]] = field(default_factory=list)  # therapist, month, why
    offered_now: frozenset[str] = frozenset()  # the files this run was given (resolved paths)
    dataset: DatasetResult | None = None  # with --dataset (dataset.py)
    returned: dict[str, str] = field(default_factory=dict)  # eksport_id: reason (receipts.py)
    receipts: list[Path] = field(default_factory=list)  # with --receipts (receipts.py)


class _Tally:
    """Entries, minutes, travel and minutes per category for one key."""

    __slots__ = ("entries", "minutes", "per_category", "travel")

    def __init__(self) -> None:
        self.entries = 0
        self.minutes = 0
        self.travel = 0
        self.per_category: dict[str, int] = {c.value: 0 for c in Category}

    def add(self, minutes: int, travel: int, category: str) -> None:
        self.entries += 1
        self.minutes += minutes
        self.travel += travel
        if category in self.per_category:
            self.per_category[category] += minutes

    def merge(self, other: _Tally) -> None:
        """Add ``other``'s entries, as if each had been added here."""
        self.entries += other.entries
        self.minutes += other.minutes
        self.travel += other.travel
        for category, minutes in other.per_category.items():
            self.per_category[category] += minutes

    def row(self, key: object) -> list[object]:
        direct = self.per_category[Category.DIREKTE]
        indirect = self.per_category[Category.INDIREKTE]
        share = direct / self.minutes if self.minutes else None
        return [
            key,
            self.entries,
            self.minutes,
            self.minutes / 60,
            direct,
            indirect,
            self.per_category[Category.ANNET],
            self.travel,
            share,
        ]


class _Clients:
    __slots__ = ("clients", "minutes", "rows")

    def __init__(self) -> None:
        self.rows = 0
        self.minutes = 0
        self.clients: set[tuple[str, str]] = set()


class _Person:
    """One client as the shared sheet counts them: once, where most of their time was."""

    __slots__ = ("latest", "minutes_in")

    def __init__(self) -> None:
        self.minutes_in: dict[str, int] = {}
        self.latest: tuple[str, int, str, str] = ("", 0, "", "")  # day, order, group, service

    @property
    def municipality(self) -> str:
        return min(self.minutes_in, key=lambda m: (-self.minutes_in[m], m))


@dataclass
class _Totals:
    by: dict[str, dict[object, _Tally]] = field(default_factory=dict)
    clients_by: dict[str, dict[object, _Clients]] = field(default_factory=dict)
    people: dict[tuple[str, str], _Person] = field(default_factory=dict)
    fte: dict[str, list[float]] = field(default_factory=dict)  # therapist: [minutes, fte-months]
    fte_municipality: dict[str, list[float]] = field(default_factory=dict)
    all: _Tally = field(default_factory=_Tally)

    def tally(self, dimension: str, key: object) -> _Tally:
        # get before setdefault: called for every entry and dimension, and setdefault would
        # build an empty dict each time
        table = self.by.get(dimension)
        if table is None:
            table = self.by[dimension] = {}
        found = table.get(key)
        if found is None:
            found = table[key] = _Tally()
        return found

    def clients(self, dimension: str, key: object) -> _Clients:
        table = self.clients_by.get(dimension)
        if table is None:
            table = self.clients_by[dimension] = {}
        found = table.get(key)
        if found is None:
            found = table[key] = _Clients()
        return found


ENTRY_DIMENSIONS = (
    "kommune",
    "enhet",
    "terapeut",
    "måned",
    "uke",
    "kode",
    "kategori",
    "arena",
    "kontaktform",
    "samarbeidspart",
)
CLIENT_DIMENSIONS = ("aldersgruppe", "tjeneste")


class TotalsGather:
    """The totals, one submission's rows at a time (``add``, in the winners' order).
    ``groups``: the pilot's own age groups. Submissions carry the default groups (format 1.0
    checks them), so with other groups the age group is worked out again from the birth year
    and the entry's year, as the therapist's app does."""

    def __init__(self, linked: bool, groups: tuple[AgeGroup, ...] | None) -> None:
        self.totals = _Totals()
        self.linked = linked
        self.groups = groups
        self.order = 0  # participant rows in the order read: of two on one day the later counts

    def add(self, rows: SubmissionRows) -> None:
        info = rows.info
        municipality = f"{info.municipality} {info.municipality_name}".strip()
        entries = _add_entries(self.totals, info, rows.entries, municipality)
        _add_fte(self.totals, info, municipality, entries.minutes)
        self.order = _add_participants(
            self.totals,
            info,
            rows.participants,
            municipality,
            entries,
            self.linked,
            self.groups,
            self.order,
        )


@dataclass
class _Entries:
    """What the participant rows of one submission need from its entries, by entry id."""

    minutes_of: dict[str, int] = field(default_factory=dict)
    day_of: dict[str, str] = field(default_factory=dict)
    year_of: dict[str, int] = field(default_factory=dict)
    minutes: int = 0  # all of the submission's minutes


def _add_entries(
    totals: _Totals, info: SubmissionInfo, rows: Iterable[list[object]], municipality: str
) -> _Entries:
    """Tally one submission's entries in every entry dimension."""
    cols = {name: i for i, name in enumerate(info.entry_columns)}
    i_id, i_day, i_code = cols[ENTRY_ID], cols[ENTRY_DATE], cols[ENTRY_CODE]
    i_label, i_cat, i_min = cols[ENTRY_CODE_LABEL], cols[ENTRY_CATEGORY], cols[ENTRY_MINUTES]
    i_travel, i_arena, i_contact = cols[ENTRY_TRAVEL], cols[ENTRY_ARENA], cols[ENTRY_CONTACT_MODE]
    parties = [
        (i, name[len(PARTY_PREFIX) :]) for name, i in cols.items() if name.startswith(PARTY_PREFIX)
    ]
    unit = f"{info.municipality} {info.unit}".strip()
    entries = _Entries()
    minutes_of, day_of, year_of = entries.minutes_of, entries.day_of, entries.year_of
    month_minutes = 0
    # Municipality, unit, therapist and month are the submission's: its entries are tallied
    # once into ``whole`` and added to those keys (and the grand total) at the end.
    whole = _Tally()
    weeks: dict[str, str] = {}  # day -> ISO week: a month has at most 31 days
    tally = totals.tally
    for row in rows:
        minutes = int(row[i_min])  # type: ignore[call-overload]
        travel = int(row[i_travel] or 0)  # type: ignore[call-overload]
        category = str(row[i_cat])
        # The day interned: a client's newest one is kept per client (_Person.latest).
        entry_id, day = str(row[i_id]), sys.intern(str(row[i_day]))
        minutes_of[entry_id] = minutes
        day_of[entry_id] = day
        year_of[entry_id] = int(day[:4])
        month_minutes += minutes
        week = weeks.get(day)
        if week is None:
            iso = date.fromisoformat(day).isocalendar()
            week = weeks[day] = f"{iso.year}-U{iso.week:02d}"
        whole.add(minutes, travel, category)
        tally("uke", week).add(minutes, travel, category)
        tally("kode", f"{row[i_code]} {row[i_label]}").add(minutes, travel, category)
        tally("kategori", category).add(minutes, travel, category)
        tally("arena", row[i_arena] or "(tom)").add(minutes, travel, category)
        tally("kontaktform", row[i_contact] or "(tom)").add(minutes, travel, category)
        for index, party in parties:
            if row[index] == 1:
                tally("samarbeidspart", party).add(minutes, travel, category)
    if whole.entries:
        for dimension, key in (
            ("kommune", municipality),
            ("enhet", unit),
            ("terapeut", info.therapist),
            ("måned", info.month),
        ):
            tally(dimension, key).merge(whole)
        totals.all.merge(whole)
    entries.minutes = month_minutes
    return entries


def _add_fte(totals: _Totals, info: SubmissionInfo, municipality: str, month_minutes: int) -> None:
    """Add one submission's minutes and full-time equivalent to its therapist and municipality."""
    fte = (info.position or 0) / 100
    for table, key in ((totals.fte, info.therapist), (totals.fte_municipality, municipality)):
        slot = table.setdefault(key, [0.0, 0.0])
        slot[0] += month_minutes
        slot[1] += fte


def _add_participants(
    totals: _Totals,
    info: SubmissionInfo,
    rows: Iterable[list[object]],
    municipality: str,
    entries: _Entries,
    linked: bool,
    groups: tuple[AgeGroup, ...] | None,
    order: int,
) -> int:
    """Count one submission's participant rows by age group and service and for each person;
    ``order`` is the number of participant rows read before, the number after is returned."""
    minutes_of, day_of, year_of = entries.minutes_of, entries.day_of, entries.year_of
    pcols = {name: i for i, name in enumerate(info.participant_columns)}
    p_id, p_client = pcols[PARTICIPANT_ENTRY], pcols[PARTICIPANT_CLIENT]
    p_group, p_service = pcols[PARTICIPANT_AGE_GROUP], pcols[PARTICIPANT_SERVICE]
    p_born = pcols[PARTICIPANT_BIRTH_YEAR]
    for prow in rows:
        who = ("", str(prow[p_client])) if linked else (info.therapist, str(prow[p_client]))
        minutes = minutes_of.get(str(prow[p_id]), 0)
        group = prow[p_group]
        if groups is not None:
            born = prow[p_born]
            group = age_group(
                year_of.get(str(prow[p_id]), 0),
                int(born) if born not in (None, "") else None,  # type: ignore[call-overload]
                groups,
            )
        for dimension, key in (("aldersgruppe", group), ("tjeneste", prow[p_service])):
            tally = totals.clients(dimension, key)
            tally.rows += 1
            tally.minutes += minutes
            tally.clients.add(who)
        person = totals.people.get(who)
        if person is None:
            person = totals.people[who] = _Person()
        person.minutes_in[municipality] = person.minutes_in.get(municipality, 0) + minutes
        order += 1
        seen = (day_of.get(str(prow[p_id]), ""), order, str(group), str(prow[p_service]))
        if seen > person.latest:  # the texts interned: one of these is kept per client
            person.latest = (seen[0], order, sys.intern(seen[2]), sys.intern(seen[3]))
    return order


# --------------------------------------------------------------------------------------------


def write_summary(
    collection: Collection,
    out: Path,
    pilot: Pilot | None,
    *,
    sheet_rows: int = EXCEL_MAX_ROWS - 1,
    csv_threshold: int = CSV_THRESHOLD,
    tariffs: TariffFile | None = None,
    rows_in_worker: bool | None = None,
    on_gathered: Callable[[Gathered], None] | None = None,
) -> SummaryResult:
    """``rows_in_worker``: render the row sheets in a worker process while the other sheets
    are made (row_sheet_worker.py); None decides by their size, False never (``--jobs 1``).
    ``on_gathered``: given what the summary gathered from the rows, as soon as it is there (the
    council report's figures are taken from it instead of reading every row again); it is let
    go before the row sheets are written, so the callback keeps only what it makes of it."""
    offers = collection.offers()
    outcomes = resolve(offers)
    accepted = _accepted(offers, outcomes)
    winners = _winners(collection, accepted)
    result = SummaryResult(out, list(zip(offers, outcomes, strict=True)), accepted)
    plan = _row_plan(collection, winners, out, sheet_rows, csv_threshold)
    # Every text below comes from files, the pilot file or the tariff file, any of which can be
    # hostile: the workbook neutralises each cell (sheet_writer), the streamed rows too.
    with (
        discarded_on_failure(new_workbook()) as wb,
        # The date cells' style first of all, so the worker renders their number as saved.
        _rows_rendered(
            collection, winners, plan, rows_in_worker, wb.style_number(DATE_FORMAT)
        ) as rendered,
        rows_after_save(wb) as tables,
    ):
        # The models first, before the gathered data is held: their totals are small, and the
        # council report takes them too.
        models = compute(collection, winners, tariffs) if tariffs is not None else None
        groups = _own_age_groups(pilot)
        totals, followup, pathway = _gather(
            collection, winners, bool(pilot and pilot.linked_pseudonyms), groups, _targets(pilot)
        )
        if on_gathered is not None:
            on_gathered(Gathered(winners, totals, followup, pathway, models))
        result.total_minutes = totals.all.minutes
        _overview(wb, totals, winners, groups or DEFAULT_AGE_GROUPS)
        _shared(wb, totals, pilot.small_count_threshold if pilot is not None else DEFAULT_THRESHOLD)
        write_followup_data(wb, followup, pilot, episodes=pathway.by_client)
        del followup  # held per client: not kept while the row sheets are written
        write_pathway_sheets(wb, pathway, winners, pilot)
        del totals, pathway
        _submissions(wb, collection, result.outcomes)
        result.missing = _missing(wb, pilot, offers, outcomes, winners)
        if tariffs is not None and models is not None:
            write_tariff_sheets(wb, tariffs, models)
        rest: dict[str, Iterable[Sequence[object]] | RenderedRows] = dict(tables.rendered)
        result.entry_rows, result.participant_rows = _combined(
            wb, collection, winners, result.csv_files, plan, rest, rendered is None
        )
        with AtomicOutput(out.parent) as output, AtomicOutput(out.parent) as styled:
            save(wb, styled.path)
            if rendered is not None:  # the rows the worker rendered meanwhile
                rest.update(_from_worker(rendered(), collection, winners, plan))
            append_rows(styled.path, output.path, rest)
            output.publish(out)
    return result


def _gather(
    collection: Collection,
    winners: Sequence[SubmissionInfo],
    linked: bool,
    groups: tuple[AgeGroup, ...] | None,
    targets: Mapping[str, Target],
) -> tuple[_Totals, FollowupData, PathwayData]:
    """The totals, the follow-up's and the care pathway's data, in one pass over the rows
    (submission_rows.py); ``targets``: the pilot's, what the follow-up is measured against."""
    totals = TotalsGather(linked, groups)
    followup = FollowupGather(winners, linked)
    pathway = PathwayGather(collection, winners, linked)
    # A therapist is settled after their last submission: what is worked out per client is
    # then kept instead of every contact (memory flat in the number of files).
    last_of = {info.therapist: i for i, info in enumerate(winners)}
    for i, rows in enumerate(submission_rows(collection, winners)):
        totals.add(rows)
        followup.add(rows)
        pathway.add(rows)
        therapist = rows.info.therapist
        if last_of[therapist] == i:
            followup.settle(therapist, targets, pathway.data.episodes_of(therapist))
            pathway.data.settle(therapist)
    return totals.totals, followup.finish(), pathway.data


_MEASURES = (
    Col("registreringer", Kind.COUNT),
    Col("minutter", Kind.COUNT),
    Col("timer", Kind.DECIMAL),
    Col("direkte_min", Kind.COUNT),
    Col("indirekte_min", Kind.COUNT),
    Col("annet_min", Kind.COUNT),
    Col("reiseminutter", Kind.COUNT),
    Col("andel_direkte", Kind.SHARE),
)
# The key columns of each dimension's sheet; a municipality, unit or code key is split into
# its number and name (table_sheet.split_key), so every sheet has the same kommunenr, named
# as in the export format's Metadata (and the dataset).
_KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "kommune": MUNICIPALITY_KEYS,
    "enhet": (META_MUNICIPALITY, META_UNIT),
    "terapeut": (META_THERAPIST,),
    "kode": (ENTRY_CODE, ENTRY_CODE_LABEL),
}
_SPLIT = frozenset({"kommune", "enhet", "kode"})  # keys of two parts, "number name"
SHEET_OVERVIEW = "Oversikt"
SHEET_MONTH_CHART = "Diagram – måned"


def time_sheet(dimension: str) -> str:
    """The sheet of time by ``dimension`` (one of ENTRY_DIMENSIONS)."""
    return f"Tid – {dimension}"


def clients_sheet(dimension: str) -> str:
    return f"Brukere – {dimension}"


def _overview(
    wb: NeutralWorkbook,
    totals: _Totals,
    winners: Sequence[SubmissionInfo],
    groups: tuple[AgeGroup, ...],
) -> None:
    """Oversikt (the key figures), then one sheet per dimension: the tables Oversikt stacked
    until issue 21, apart so that each can be filtered, sorted and pivoted."""
    months = sorted({w.month for w in winners})
    direct = totals.all.per_category[Category.DIREKTE]
    indirect = totals.all.per_category[Category.INDIREKTE]
    both = direct + indirect
    every = totals.all.minutes
    figures: list[tuple[str, object, Kind]] = [
        ("periode", f"{months[0]} – {months[-1]}" if months else "(ingen)", Kind.TEXT),
        ("innleveringer", len(winners), Kind.COUNT),
        ("terapeuter", len({w.therapist for w in winners}), Kind.COUNT),
        ("kommuner", len({w.municipality for w in winners}), Kind.COUNT),
        ("registreringer", totals.all.entries, Kind.COUNT),
        ("minutter", every, Kind.COUNT),
        ("timer", every / 60, Kind.DECIMAL),
        ("reiseminutter (ved siden av kategoriene)", totals.all.travel, Kind.COUNT),
        ("andel direkte av all tid", direct / every if every else None, Kind.SHARE),
        ("andel direkte av direkte + indirekte", direct / both if both else None, Kind.SHARE),
    ]
    sheets = [time_sheet(d) for d in ENTRY_DIMENSIONS]
    sheets += [clients_sheet(d) for d in CLIENT_DIMENSIONS] + list(_FTE_SHEETS.values())
    write_table_sheet(
        wb,
        SHEET_OVERVIEW,
        [Col("nøkkeltall"), Col("verdi", Kind.COUNT)],
        [[name, Cell(value, kind)] for name, value, kind in figures],
        notes=[
            "Sammendrag av godtatte innleveringer. For pilotlederen: tallene her er ikke "
            "skjult for små grupper (se arkene Deling – … for tall til deling).",
            "Tabellene per dimensjon står på hvert sitt ark: " + ", ".join(sheets) + ".",
        ],
    )
    for dimension in ENTRY_DIMENSIONS:
        _time_sheet(wb, dimension, totals.by.get(dimension, {}))
    for dimension in CLIENT_DIMENSIONS:
        _clients_sheet(wb, dimension, totals.clients_by.get(dimension, {}), groups)
    _fte_sheets(wb, totals)


def _time_sheet(wb: NeutralWorkbook, dimension: str, table: dict[object, _Tally]) -> None:
    keys = _KEY_COLUMNS.get(dimension, (dimension,))
    rows = []
    for key in sorted(table, key=str):
        shown = split_key(key) if dimension in _SPLIT else (key,)
        rows.append([*shown, *table[key].row(key)[1:]])
    ws = write_table_sheet(
        wb,
        time_sheet(dimension),
        [*(Col(k) for k in keys), *_MEASURES],
        rows,
        notes=[
            f"Tid etter {dimension}, fra alle godtatte innleveringer. Reiseminutter er ved "
            "siden av kategoriene."
        ]
        + (
            ["En registrering med flere samarbeidsparter teller hos hver av dem."]
            if dimension == "samarbeidspart"
            else []
        ),
    )
    if dimension == "måned" and rows:
        _month_chart(wb, ws, len(rows))


def _month_chart(wb: NeutralWorkbook, ws: NeutralWorksheet, months: int) -> None:
    """Direct against indirect minutes per month, on a chart sheet of its own (one page)."""
    chart = BarChart()
    chart.title = "Direkte og indirekte minutter per måned"
    chart.y_axis.title = "minutter"
    chart.y_axis.numFmt = Kind.COUNT.value
    # direkte_min and indirekte_min: the 5th and 6th columns of Tid – måned
    data = Reference(ws, min_col=5, max_col=6, min_row=1, max_row=months + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=months + 1))
    add_chart_sheet(wb, SHEET_MONTH_CHART, chart)


def _age_order(groups: tuple[AgeGroup, ...]) -> dict[str, int]:
    """Each age group's place: youngest first, ``ukjent`` last (text order puts 6-12 after
    26-66)."""
    order = {g.label: i + 1 for i, g in enumerate(groups)}
    order[UNKNOWN_AGE_GROUP] = len(groups) + 1
    return order


def _clients_sheet(
    wb: NeutralWorkbook,
    dimension: str,
    table: dict[object, _Clients],
    groups: tuple[AgeGroup, ...],
) -> None:
    columns = [
        Col("ulike_brukere", Kind.COUNT),
        Col("deltakerrader", Kind.COUNT),
        Col("minutter", Kind.COUNT),
        Col("timer", Kind.DECIMAL),
    ]
    figures = {key: [len(c.clients), c.rows, c.minutes, c.minutes / 60] for key, c in table.items()}
    if dimension == "aldersgruppe":
        order = _age_order(groups)
        place = {k: order.get(str(k), len(order) + 1) for k in table}
        keys = sorted(table, key=lambda k: (place[k], str(k)))
        header = [Col("rekkefølge", Kind.COUNT), Col(dimension), *columns]
        rows = [[place[k], k, *figures[k]] for k in keys]
        note = (
            "Aldersgruppene står i aldersrekkefølge; sorter på rekkefølge for å få den "
            "tilbake (sortert som tekst kommer 6-12 etter 26-66)."
        )
    else:
        header = [Col(dimension), *columns]
        rows = [[k, *figures[k]] for k in sorted(table, key=str)]
        note = ""
    write_table_sheet(
        wb,
        clients_sheet(dimension),
        header,
        rows,
        notes=[
            f"Brukere etter {dimension}: hver deltaker teller registreringens minutter; en "
            "bruker i flere grupper telles i hver av dem.",
            *([note] if note else []),
        ],
    )


_FTE_SHEETS = {"terapeut": "Årsverk – terapeut", "kommune": "Årsverk – kommune"}


def _fte_sheets(wb: NeutralWorkbook, totals: _Totals) -> None:
    measures = [
        Col("timer", Kind.DECIMAL),
        Col("årsverk_måneder", Kind.DECIMAL),
        Col("timer_per_årsverk_per_måned", Kind.DECIMAL),
    ]
    for level, fte_table in (("terapeut", totals.fte), ("kommune", totals.fte_municipality)):
        rows = []
        for name in sorted(fte_table):
            worked, fte_months = fte_table[name]
            per = worked / 60 / fte_months if fte_months else None
            key = split_key(name) if level == "kommune" else (name,)
            rows.append([*key, worked / 60, fte_months, per])
        keys = _KEY_COLUMNS.get(level, (level,))
        write_table_sheet(
            wb,
            _FTE_SHEETS[level],
            [*(Col(k) for k in keys), *measures],
            rows,
            notes=[
                "Timer per årsverk: timer / (stillingsprosent / 100), per måned med innlevering."
            ],
        )


# Each table of *Deling – kommuner* and the part of ``_Person.latest`` it splits by.
_PEOPLE_DIMENSIONS: tuple[tuple[str, Literal[2, 3]], ...] = (("aldersgruppe", 2), ("tjeneste", 3))


def _municipality_tables(totals: _Totals) -> list[SharedTable]:
    """The two tables of *Deling – kommuner*; they share their rows (the same people)."""
    tables = []
    for dimension, index in _PEOPLE_DIMENSIONS:
        cells: dict[tuple[str, str], set[object]] = {}
        minutes: dict[tuple[str, str], int] = {}
        for who, person in totals.people.items():
            key = (person.municipality, person.latest[index])
            cells.setdefault(key, set()).add(who)
            minutes[key] = minutes.get(key, 0) + sum(person.minutes_in.values())
        rows = sorted({k[0] for k in cells})
        if rows:
            tables.append(
                people_table(
                    f"ulike brukere etter kommune og {dimension}",
                    rows,
                    sorted({k[1] for k in cells}),
                    cells,
                    minutes,
                    f"minutter etter kommune og {dimension}",
                )
            )
    return tables


def _shared(wb: NeutralWorkbook, totals: _Totals, threshold: int) -> None:
    sheet = StackedSheet(wb.create_sheet(SHEET_SHARED_MUNICIPALITIES), threshold_line(threshold))
    sheet.row("Brukere etter kommune – til deling")
    sheet.row(threshold_line(threshold))
    sheet.row(SHARED_PEOPLE)
    sheet.row()
    tables = _municipality_tables(totals)
    if tables:
        write_tables(sheet.row, sheet.header, sheet.row, tables, threshold)
    sheet.close()


@dataclass(frozen=True)
class Gathered:
    """The accepted submissions in the order the summary reads them, and what one pass over
    their rows gathers for its figures (``_gather``)."""

    winners: list[SubmissionInfo]
    totals: _Totals
    followup: FollowupData
    pathway: PathwayData
    models: Sequence[ModelTotals] | None = None  # the tariff models', when the run has them


def gather_summary(collection: Collection, pilot: Pilot | None) -> Gathered:
    """What the summary's figures are made from, for those made outside ``write_summary``
    (the shared tables' audit, the council report): one pass over the rows, as it makes."""
    offers = collection.offers()
    winners = _winners(collection, _accepted(offers, resolve(offers)))
    linked = bool(pilot and pilot.linked_pseudonyms)
    return Gathered(
        winners, *_gather(collection, winners, linked, _own_age_groups(pilot), _targets(pilot))
    )


def _accepted(offers: Sequence[Offer], outcomes: Sequence[Outcome]) -> list[str]:
    """The eksport_id of every accepted submission, in the order offered."""
    return [
        o.export_id for o, r in zip(offers, outcomes, strict=True) if r.status is Status.ACCEPTED
    ]


def _winners(collection: Collection, accepted: Iterable[str]) -> list[SubmissionInfo]:
    """The accepted submissions in the order the summary reads them."""
    return sorted(
        (collection.submission(e) for e in accepted),
        key=lambda s: (s.municipality, s.therapist, s.month),
    )


def _targets(pilot: Pilot | None) -> Mapping[str, Target]:
    """The pilot's follow-up targets by service (none without a pilot file)."""
    return pilot.targets if pilot is not None else {}


def _own_age_groups(pilot: Pilot | None) -> tuple[AgeGroup, ...] | None:
    """The pilot's age groups when they are not the default ones (see ``TotalsGather``)."""
    if pilot is None or pilot.age_groups == DEFAULT_AGE_GROUPS:
        return None
    return pilot.age_groups


def shared_tables(
    collection: Collection,
    pilot: Pilot | None,
    reference_year: int | None = None,
    gathered: Gathered | None = None,
) -> dict[str, list[SharedTable]]:
    """Every shared sheet's people tables before anything is hidden, by sheet name (what the
    sheets are made from; the tests' audit holds the written sheets against them).
    ``gathered``: what ``gather_summary`` gave for this collection, when the caller has it."""
    g = gathered if gathered is not None else gather_summary(collection, pilot)
    return {
        SHEET_SHARED_MUNICIPALITIES: _municipality_tables(g.totals),
        **shared_followup_tables(g.followup, pilot, reference_year, g.pathway.by_client),
        **shared_pathway_tables(
            g.pathway,
            reference_year
            if reference_year is not None
            else reference_year_of({w.month for w in g.winners}),
        ),
    }


STATUS_ORDER = {s: i for i, s in enumerate(Status)}


def _submissions(
    wb: NeutralWorkbook, collection: Collection, outcomes: Sequence[tuple[Offer, Outcome]]
) -> None:
    municipalities = collection.offer_municipalities()
    returned = collection.returned()
    rows = [
        [
            offer.path,
            offer.therapist,
            municipality,
            offer.month,
            offer.export_id,
            offer.replaces,
            outcome.status.value,
            outcome.reason,
            YES if offer.export_id in returned else None,
            returned.get(offer.export_id),
        ]
        for (offer, outcome), municipality in zip(outcomes, municipalities, strict=True)
    ]
    write_table_sheet(
        wb,
        "Innsendinger",
        [
            Col(name)
            for name in (
                "fil",
                META_THERAPIST,
                META_MUNICIPALITY,
                MONTH,
                META_EXPORT_ID,
                META_REPLACES,
                "status",
                "årsak",
                "returnert",
                "returårsak",
            )
        ],
        rows,
        notes=[
            "Hver fil som ble tilbudt, med status og hvorfor.",
            "Returnert: pilotlederen har sendt måneden tilbake til terapeuten med returårsaken "
            "(kvitteringen sier det samme); den telles med til en korrigering kommer og "
            "erstatter den.",
        ],
    )


def _missing(
    wb: NeutralWorkbook,
    pilot: Pilot | None,
    offers: Sequence[Offer],
    outcomes: Sequence[Outcome],
    winners: Sequence[SubmissionInfo],
) -> list[tuple[str, str, str]]:
    """Roster months with nothing accepted (needs the pilot file), then months counted from a
    correction chain with a missing link (status.py), naming the link."""
    found: list[tuple[str, str, str]] = []
    rows: list[list[object]] = []
    if pilot is not None:
        found += _not_delivered(rows, pilot, offers, outcomes, winners)
    for info, missing in _chain_gaps(offers, outcomes, winners):
        why = CHAIN_GAP.format(missing=name_links(missing), id=info.export_id)
        found.append((info.therapist, info.month, why))
        rows.append([info.therapist, info.municipality, info.unit, info.month, why])
    write_table_sheet(
        wb,
        "Mangler",
        [Col(name) for name in (META_THERAPIST, META_MUNICIPALITY, META_UNIT, MONTH, "hvorfor")],
        rows,
        notes=[NEEDS_PILOT] if pilot is None else [],
    )
    return found


def _not_delivered(
    rows: list[list[object]],
    pilot: Pilot,
    offers: Sequence[Offer],
    outcomes: Sequence[Outcome],
    winners: Sequence[SubmissionInfo],
) -> list[tuple[str, str, str]]:
    seen = [
        Month.parse(o.month)
        for o, r in zip(offers, outcomes, strict=True)
        if o.month and r.status is not Status.REJECTED
    ]
    newest = max(seen, default=None)
    delivered = {(w.therapist, w.month) for w in winners}
    conflicts = {
        (o.therapist, o.month)
        for o, r in zip(offers, outcomes, strict=True)
        if r.status is Status.CONFLICT
    }
    found: list[tuple[str, str, str]] = []
    if newest is None:
        return found
    for member in pilot.roster:
        for month in member.months():
            if month > newest or (member.therapist, str(month)) in delivered:
                continue
            why = IN_CONFLICT if (member.therapist, str(month)) in conflicts else NOT_DELIVERED
            found.append((member.therapist, str(month), why))
            rows.append([member.therapist, member.municipality, member.unit, str(month), why])
    return found


def _chain_gaps(
    offers: Sequence[Offer], outcomes: Sequence[Outcome], winners: Sequence[SubmissionInfo]
) -> list[tuple[SubmissionInfo, tuple[str, ...]]]:
    """Each accepted submission whose chain misses a link, with the missing ids."""
    by_id = {w.export_id: w for w in winners}
    gaps = [
        (by_id[o.export_id], r.missing)
        for o, r in zip(offers, outcomes, strict=True)
        if r.status is Status.ACCEPTED and r.missing and o.export_id in by_id
    ]
    return sorted(gaps, key=lambda g: (g[0].therapist, g[0].month))


# --------------------------------------------------------------------------------------------


def _union(columns: Iterable[Sequence[str]]) -> list[str]:
    out: list[str] = []
    for cols in columns:
        for name in cols:
            if name not in out:
                out.append(name)
    return out


@dataclass(frozen=True)
class _RowSheet:
    """Registreringer or Deltakere: its columns, how many rows, and the sheets they fill (none
    when they go to a CSV file)."""

    name: str
    participants: bool
    names: tuple[str, ...]
    total: int
    parts: tuple[RowPart, ...]


def _row_plan(
    collection: Collection,
    winners: Sequence[SubmissionInfo],
    out: Path,
    sheet_rows: int,
    csv_threshold: int,
) -> list[_RowSheet]:
    plan = []
    for sheet, participants in (("Registreringer", False), ("Deltakere", True)):
        names = tuple(
            _union(w.participant_columns if participants else w.entry_columns for w in winners)
        )
        table = "participant" if participants else "entry"
        total = sum(
            collection.conn.execute(
                f"SELECT count(*) FROM {table} WHERE eksport_id = ?", (w.export_id,)
            ).fetchone()[0]
            for w in winners
        )
        target = out.with_name(f"{out.stem}_{sheet.lower()}.csv")
        parts: tuple[RowPart, ...] = (RowPart(sheet, participants, names, 0, total, target),)
        if total <= csv_threshold:
            parts = tuple(
                RowPart(
                    sheet if number == 1 else f"{sheet} {number}",
                    participants,
                    names,
                    start,
                    min(start + sheet_rows, total),
                )
                for number, start in enumerate(range(0, max(total, 1), sheet_rows), start=1)
            )
        plan.append(_RowSheet(sheet, participants, names, total, parts))
    return plan


# Fewer rows than this are rendered here: starting a worker (an interpreter, the imports; up to
# a second on a busy machine) costs about as much as rendering them. With 21 600 rows (36
# submissions) the worker made the summary slower (benchmarks/README.md).
WORKER_MIN_ROWS = 100_000


@contextmanager
def _rows_rendered(
    collection: Collection,
    winners: Sequence[SubmissionInfo],
    plan: Sequence[_RowSheet],
    in_worker: bool | None,
    date_style: int,
) -> Iterator[Callable[[], dict[str, RenderedRows] | None] | None]:
    """A worker rendering the row sheets' rows, when it pays: yields what waits for its result
    (None if it failed: the rows are then rendered here), or None when there is no worker. A
    worker cannot see rows not yet committed, so a collection in a transaction has none."""
    parts = [p for sheet in plan for p in sheet.parts if p.stop - p.start > 1 or p.csv]
    if in_worker is None:
        in_worker = sum(p.stop - p.start for p in parts) >= WORKER_MIN_ROWS
    if not in_worker or not parts or collection.conn.in_transaction:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix=temp_dir_prefix("rader")) as folder:
        worker = RowSheetWorker(collection.path, winners, parts, Path(folder), date_style)
        try:
            yield worker.result
        finally:
            worker.stop()


def _combined(
    wb: NeutralWorkbook,
    collection: Collection,
    winners: Sequence[SubmissionInfo],
    csv_files: list[Path],
    plan: Sequence[_RowSheet],
    rest: dict[str, Iterable[Sequence[object]] | RenderedRows],
    csv_here: bool,
) -> tuple[int, int]:
    """Each row sheet gets its header and first row from openpyxl now; the rows after that
    are put in ``rest`` (sheet name: rows) for ``row_sheets.append_rows`` after the save
    (where those a worker rendered replace them). Rows for a CSV file are written now when
    ``csv_here``, else by the worker (``_from_worker``)."""
    for sheet in plan:
        names = list(sheet.names)
        header = [*ROW_KEYS, *names]
        first = sheet.parts[0]
        if first.csv is not None:
            if csv_here:
                write_csv(
                    first.csv, header, combined_rows(collection, winners, names, first.participants)
                )
            csv_files.append(first.csv)
            ws = wb.create_sheet(sheet.name)
            ws.append([IN_CSV.format(rows=sheet.total, file=first.csv.name)])
            continue
        for part in sheet.parts:
            ws = wb.create_sheet(part.title)
            _row_sheet_layout(ws, header, part.stop - part.start)
            ws.append(header)
            rows = islice(
                combined_rows(collection, winners, names, sheet.participants),
                part.start,
                part.stop,
            )
            template = next(rows, None)
            if template is not None:
                # The streamed rows take their date style from this row (row_sheets.py).
                ws.append(
                    [ws.styled(v, DATE_FORMAT) if isinstance(v, date) else v for v in template]
                )
                rest[part.title] = rows
    return plan[0].total, plan[1].total


def _from_worker(
    found: dict[str, RenderedRows] | None,
    collection: Collection,
    winners: Sequence[SubmissionInfo],
    plan: Sequence[_RowSheet],
) -> dict[str, RenderedRows]:
    """What the worker rendered; when it failed, its CSV files are written here now (the row
    sheets' rows are already in ``rest``, to be rendered here)."""
    if found is not None:
        return found
    for sheet in plan:
        first = sheet.parts[0]
        if first.csv is not None:
            header = [*ROW_KEYS, *sheet.names]
            write_csv(
                first.csv,
                header,
                combined_rows(collection, winners, sheet.names, first.participants),
            )
    return {}


_DECLARED_WIDTHS = {
    c.name: c.width for c in (*ENTRY_TABLE, *PARTICIPANT_TABLE, NOTE, *ENTRY_ADDED) if c.width
}


def _row_sheet_layout(ws: NeutralWorksheet, header: Sequence[str], count: int) -> None:
    """Widths, frozen header, print set-up and a table over a row sheet of ``count`` rows
    (written later, partly by row_sheets.append_rows): one rectangle a pivot can take."""
    for j, name in enumerate(header):
        width = _DECLARED_WIDTHS.get(name) or (12 if name.startswith(PARTY_PREFIX) else 0)
        ws.column_dimensions[get_column_letter(j + 1)].width = max(width, len(name) + 3, 8)
    ref = f"A1:{get_column_letter(len(header))}{max(2, count + 1)}"
    ws.freeze_panes = "A2"
    set_print(ws, ref)
    add_table(ws, ws.title, list(header), ref)
