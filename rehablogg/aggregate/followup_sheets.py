"""Follow-up sheets of the summary workbook: intensity and continuity, transitions ahead and
coordination load (issue 12), for the pilot lead, plus two shared versions with the small-count
rule applied.

Sheets, in this order, each one table from A1 (``table_sheet.py``) with its rules beside it:
- **Intensitet**: per municipality × service the clients, how many reached the pilot's target
  intensity, median direct sessions and minutes per week, clients who lost contact over the
  summer and the longest gaps; **Intensitet – per bruker**: one row per client. The rules are
  in ``core.intensity`` and repeated beside the table.
- **Overganger**: per municipality and unit, clients turning 6, 16 and 18 in each of the next
  five years (from the birth year), with the transition-planning minutes (I12) spent on them.
- **Koordinering – terapeut**, **– kommune**, **– bruker**: coordination minutes per code
  (I06, I07, I08, I04, I09), their share of all time, and clients coordinated.
- **Deling – intensitet**, **Deling – overganger**: counts by municipality for sharing outside
  it, each person counted once: counts under the pilot's threshold show as ``:``, with more
  cells hidden where sums would reveal them (``shared_tables.py``, ``suppression.py``);
  medians and minutes of a hidden group are hidden with it.

A client is (therapist, pseudonym) without linked pseudonyms, the pseudonym alone with them (as
in the Oversikt sheet). Rows are read through the Collection API, by column name, so a later
1.x file with more columns fits.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from openpyxl.styles import Font

from rehablogg.aggregate.collection import SubmissionInfo
from rehablogg.aggregate.pathway_figures import EpisodeRow
from rehablogg.aggregate.shared_tables import (
    SharedTable,
    people_table,
    protect_tables,
    threshold_line,
    write_table,
    write_tables,
)
from rehablogg.aggregate.submission_rows import SubmissionRows
from rehablogg.aggregate.suppression import DEFAULT_THRESHOLD, HIDDEN
from rehablogg.aggregate.table_sheet import (
    MUNICIPALITY_KEYS,
    Col,
    Kind,
    StackedSheet,
    split_key,
    write_table_sheet,
)
from rehablogg.core.category import USER_TIME, Category
from rehablogg.core.coordination import (
    COORDINATION_CODES,
    CoordinationLoad,
    is_coordinated_by,
)
from rehablogg.core.intensity import (
    SUMMER_WEEKS,
    Contact,
    Continuity,
    Target,
    client_continuity,
    median,
)
from rehablogg.core.periods import Month
from rehablogg.core.pilot import SERVICES, Pilot
from rehablogg.core.transitions import (
    TRANSITION_AGES,
    TRANSITION_CODE,
    TransitionCell,
    TransitionClient,
    reference_year_of,
    transitions_ahead,
    years_ahead,
)
from rehablogg.exchange.columns import (
    DATE_FORMAT,
    ENTRY_CATEGORY,
    ENTRY_CODE,
    ENTRY_DATE,
    ENTRY_ID,
    ENTRY_MINUTES,
    HOURS_FORMAT,
    PARTICIPANT_BIRTH_YEAR,
    PARTICIPANT_CLIENT,
    PARTICIPANT_COORDINATED,
    PARTICIPANT_ENTRY,
    PARTICIPANT_SERVICE,
    PERCENT_FORMAT,
)
from rehablogg.exchange.sheet_writer import NeutralWorkbook

SHEET_INTENSITY = "Intensitet"
SHEET_TRANSITIONS = "Overganger"
SHEET_INTENSITY_CLIENTS = "Intensitet – per bruker"
SHEET_COORDINATION = "Koordinering – terapeut"
SHEET_COORDINATION_MUNICIPALITIES = "Koordinering – kommune"
SHEET_COORDINATION_CLIENTS = "Koordinering – bruker"
SHEET_SHARED_INTENSITY = "Deling – intensitet"
SHEET_SHARED_TRANSITIONS = "Deling – overganger"
SHEETS = (
    SHEET_INTENSITY,
    SHEET_INTENSITY_CLIENTS,
    SHEET_TRANSITIONS,
    SHEET_COORDINATION,
    SHEET_COORDINATION_MUNICIPALITIES,
    SHEET_COORDINATION_CLIENTS,
    SHEET_SHARED_INTENSITY,
    SHEET_SHARED_TRANSITIONS,
)
MIN_GROUP_FOR_MEDIAN = 5  # a median of 1–4 people tells too much about each of them
_BOLD = Font(bold=True)

INTENSITY_RULES = (
    "Periode for en bruker: fra dagen for første kontakt til siste dag i måneden med siste "
    "kontakt (et forløp; eksporten har ingen avslutningsdato). Se kolonnen siste_kontakt for "
    "brukere som ikke er sett på lenge. Måneder uten levering inne i perioden telles som uker "
    "uten kontakt; se arket Mangler.",
    "Kontakt er en registrering i kategori direkte eller indirekte med brukeren; «annet» "
    "(avlyst/ikke møtt) er ikke kontakt. En direkte økt er én direkte registrering.",
    "Uker er ISO-uker. En uke som bare delvis ligger i perioden, telles når minst 4 av dagene "
    "ligger i perioden eller brukeren hadde kontakt den uken. Per uke = sum i perioden / "
    "antall uker som telles.",
    "Lengste opphold: flest dager på rad i perioden uten direkte kontakt, regnet fra periodens "
    "første til siste dag.",
    f"Sommer er ukene {SUMMER_WEEKS.start}–{SUMMER_WEEKS.stop - 1}. Mistet kontakt i sommer: "
    "kontakt før uke 26 og etter uke 33 samme år, men ingen kontakt i ukene imellom.",
    "Med forløp (eksportformat 1.1): perioden går til slutten av brukerens siste forløp, "
    "eller til siste dag i den nyeste leverte måneden når et forløp er åpent, så en bruker "
    "med avsluttet forløp har ikke mistet kontakten, mens en bruker med åpent forløp som ikke "
    "er sett, vises med lange opphold. Dager i et opphold i forløpet (sykehus, intensiv "
    "trening, utilgjengelig) og dager mellom to forløp regnes ikke som dager uten kontakt, og "
    "uker som mest består av dem, telles ikke.",
    "Målet er pilotens intensitetsmål for tjenesten (intensity_targets i pilotfilen): nådd "
    "når både direkte økter og direkte minutter per uke er minst målet.",
)
COORDINATION_RULES = (
    "Koordineringsarbeid er tid på kodene "
    + ", ".join(f"{code} ({role})" for code, role in COORDINATION_CODES.items())
    + ".",
    "For terapeut og kommune teller hver registrering én gang; for en bruker teller hver "
    "registrering med brukeren hele sin tid. Andel = koordineringsminutter / alle minutter.",
    "En terapeut koordinerer en bruker når brukeren er merket «jeg er koordinator» "
    "(terapeut_er_koordinator) eller terapeuten har ført tid på I06 eller I07 for brukeren.",
)


# -- reading the collection --------------------------------------------------------------------


_CATEGORIES = tuple(Category)
# Keyed by text: a StrEnum member and its value hash alike, and rows hold the text.
_CATEGORY_INDEX: dict[str, int] = {name: i for i, name in enumerate(_CATEGORIES)}


# What a settled client holds instead of its contacts: shared, and never added to (a client is
# settled after the last month that could add to it).
_NONE_I: array[int] = array("i")
_NONE_B: array[int] = array("b")


@dataclass(slots=True)
class _Client:
    key: tuple[str, str]
    # One entry's share per item, kept as three packed arrays instead of a Contact object per
    # participant row: a collection of 1 000 files holds ~300 000 of them, and as objects they
    # made peak memory grow with the number of files.
    days: array[int] = field(default_factory=lambda: array("i"))
    minutes: array[int] = field(default_factory=lambda: array("i"))
    categories: array[int] = field(default_factory=lambda: array("b"))
    first_day: date | None = None  # the first and last day with contact
    last_day: date | None = None
    last_month: Month | None = None  # the newest month delivered by a therapist who saw them
    service: tuple[str, str] = ("", "")  # (month, service): the newest wins
    birth_year: tuple[str, int | None] = ("", None)
    # Tuples, not sets: nearly every client has one therapist, and an empty set alone takes
    # more room than a client's one-element tuple.
    therapists: tuple[str, ...] = ()
    minutes_in: Counter[str] = field(default_factory=Counter)  # municipality: minutes
    units: dict[tuple[str, str], int] = field(default_factory=dict)  # (mun, unit): I12 minutes
    load: CoordinationLoad = field(default_factory=CoordinationLoad)
    coordinated_by: tuple[str, ...] = ()

    def add_contact(self, day: date, minutes: int, category: str) -> None:
        self.days.append(day.toordinal())
        self.minutes.append(minutes)
        self.categories.append(_CATEGORY_INDEX.get(category, len(_CATEGORIES)))

    def add_user_time(self, day: date) -> None:
        """Widen the span of days with contact to ``day``."""
        self.first_day = day if self.first_day is None else min(self.first_day, day)
        self.last_day = day if self.last_day is None else max(self.last_day, day)

    def let_go_of_contacts(self) -> None:
        """Drop the contacts once the client's Intensitet row is worked out (settled)."""
        self.days, self.minutes, self.categories = _NONE_I, _NONE_I, _NONE_B

    def contacts(self) -> list[Contact]:
        return [
            Contact(date.fromordinal(d), m, _CATEGORIES[c] if c < len(_CATEGORIES) else "")
            for d, m, c in zip(self.days, self.minutes, self.categories, strict=True)
        ]

    @property
    def municipality(self) -> str:
        # With linked pseudonyms a client may be seen in two municipalities: where most of
        # their time was spent (then the smallest number) is theirs.
        return min(self.minutes_in, key=lambda m: (-self.minutes_in[m], m))


@dataclass
class _Therapist:
    municipality: str
    load: CoordinationLoad = field(default_factory=CoordinationLoad)
    coordinates: set[tuple[str, str]] = field(default_factory=set)


@dataclass
class _Data:
    clients: dict[tuple[str, str], _Client] = field(default_factory=dict)
    therapists: dict[str, _Therapist] = field(default_factory=dict)
    municipalities: dict[str, CoordinationLoad] = field(default_factory=dict)
    months: set[str] = field(default_factory=set)
    # A settled client's Intensitet row (None: never in contact), worked out when the last
    # month of their therapist was in (FollowupGather.settle), their contacts then let go.
    settled: dict[tuple[str, str], ClientIntensity | None] = field(default_factory=dict)
    settled_targets: Mapping[str, Target] | None = None  # what they were worked out with


FollowupData = _Data  # what write_followup_data takes, gathered by FollowupGather


def _municipality(info: SubmissionInfo) -> str:
    return f"{info.municipality} {info.municipality_name}".strip()


def _int(value: object) -> int:
    return int(value) if isinstance(value, (int, float, str)) and str(value).strip() else 0


class FollowupGather:
    """What the follow-up sheets need, one submission's rows at a time (``add``, each of
    ``winners`` in order), then ``finish``."""

    def __init__(self, winners: Sequence[SubmissionInfo], linked: bool) -> None:
        self.data = _Data()
        self.linked = linked
        self.newest = _newest_months(winners, self.data)
        self.signs = _CoordinatorSigns()
        self.clients_of: dict[str, list[tuple[str, str]]] = {}  # therapist: their clients

    def add(self, rows: SubmissionRows) -> None:
        info = rows.info
        entries = _add_entries(info, rows.entries, self.data)
        new = _add_participants(
            info,
            rows.participants,
            entries,
            self.newest[info.therapist],
            self.linked,
            self.data,
            self.signs,
        )
        if not self.linked:  # linked clients are never settled (see settle)
            self.clients_of.setdefault(info.therapist, []).extend(new)

    def settle(self, therapist: str, targets: Mapping[str, Target], episodes: Episodes) -> None:
        """Every month of ``therapist`` has been added: work out their clients' Intensitet
        rows now (``targets`` and ``episodes`` as the sheet will be written with) and let their
        contacts go, so the summary does not hold every client's year of contacts at once.
        Only without linked pseudonyms: a linked client's later contacts may come from any
        therapist, so they are worked out at the end, as before."""
        if self.linked:
            return
        data = self.data
        if data.settled_targets is None:
            data.settled_targets = targets
        elif data.settled_targets != targets:
            raise ValueError("clients settled with other targets")
        for key in self.clients_of.pop(therapist, ()):
            client = data.clients[key]
            data.settled[key] = _intensity(
                client, targets.get(client.service[1]), episodes.get(key)
            )
            client.let_go_of_contacts()

    def finish(self) -> FollowupData:
        self.signs.mark(self.data, self.linked)
        return self.data


def _newest_months(winners: Sequence[SubmissionInfo], data: _Data) -> dict[str, Month]:
    """The newest month each therapist delivered; every month goes into ``data.months``."""
    newest: dict[str, Month] = {}
    for info in winners:
        month = Month.parse(info.month)
        newest[info.therapist] = max(month, newest.get(info.therapist, month))
        data.months.add(info.month)
    return newest


@dataclass
class _CoordinatorSigns:
    """Per (therapist, client): the coordinator codes used, and the "jeg er koordinator" flag.
    The codes' time is kept here only with linked pseudonyms: without, a client is one
    therapist's and its load (``_Client.load``) is that time (a second load per client made the
    summary's memory grow with the clients)."""

    time: dict[tuple[str, tuple[str, str]], CoordinationLoad] = field(default_factory=dict)
    flagged: set[tuple[str, tuple[str, str]]] = field(default_factory=set)

    def mark(self, data: _Data, linked: bool) -> None:
        loads = (
            self.time.items()
            if linked
            else (((key[0], key), client.load) for key, client in data.clients.items())
        )
        for (therapist_code, key), load in loads:
            if is_coordinated_by((therapist_code, key) in self.flagged, load):
                data.therapists[therapist_code].coordinates.add(key)
                client = data.clients[key]
                if therapist_code not in client.coordinated_by:
                    client.coordinated_by += (therapist_code,)


def _add_entries(
    info: SubmissionInfo, rows: Iterable[list[object]], data: _Data
) -> dict[str, tuple[date, str, str, int]]:
    """Count one submission's entries in its therapist's and municipality's coordination load;
    every entry by id as (day, code, category, minutes)."""
    municipality = _municipality(info)
    therapist = data.therapists.setdefault(info.therapist, _Therapist(municipality))
    in_municipality = data.municipalities.setdefault(municipality, CoordinationLoad())
    cols = {name: i for i, name in enumerate(info.entry_columns)}
    i_id, i_day, i_code = cols[ENTRY_ID], cols[ENTRY_DATE], cols[ENTRY_CODE]
    i_cat, i_min = cols[ENTRY_CATEGORY], cols[ENTRY_MINUTES]
    entries: dict[str, tuple[date, str, str, int]] = {}
    for row in rows:
        code, minutes = str(row[i_code]), _int(row[i_min])
        entries[str(row[i_id])] = (
            date.fromisoformat(str(row[i_day])),
            code,
            str(row[i_cat]),
            minutes,
        )
        therapist.load.add(code, minutes)
        in_municipality.add(code, minutes)
    return entries


def _add_participants(
    info: SubmissionInfo,
    rows: Iterable[list[object]],
    entries: dict[str, tuple[date, str, str, int]],
    last: Month,
    linked: bool,
    data: _Data,
    signs: _CoordinatorSigns,
) -> list[tuple[str, str]]:
    """Add one submission's participant rows to their clients; ``last`` is the newest month
    the submission's therapist delivered. Returns the clients seen for the first time."""
    new: list[tuple[str, str]] = []
    municipality = _municipality(info)
    pcols = {name: i for i, name in enumerate(info.participant_columns)}
    p_id, p_client = pcols[PARTICIPANT_ENTRY], pcols[PARTICIPANT_CLIENT]
    p_birth, p_service = pcols.get(PARTICIPANT_BIRTH_YEAR), pcols.get(PARTICIPANT_SERVICE)
    p_flag = pcols.get(PARTICIPANT_COORDINATED)
    unit = (municipality, info.unit)  # one key for every client of the submission
    for prow in rows:
        found = entries.get(str(prow[p_id]))
        if found is None:
            continue
        day, code, category, minutes = found
        key = ("", str(prow[p_client])) if linked else (info.therapist, str(prow[p_client]))
        client = data.clients.get(key)
        if client is None:
            client = data.clients[key] = _Client(key)
            new.append(key)
        client.add_contact(day, minutes, category)
        if category in USER_TIME:
            client.add_user_time(day)
        client.last_month = last if client.last_month is None else max(client.last_month, last)
        if p_service is not None and prow[p_service] and info.month >= client.service[0]:
            client.service = (info.month, sys.intern(str(prow[p_service])))
        if (
            p_birth is not None
            and prow[p_birth] not in (None, "")
            and info.month >= client.birth_year[0]
        ):
            client.birth_year = (info.month, _int(prow[p_birth]))
        if info.therapist not in client.therapists:
            client.therapists += (info.therapist,)
        client.minutes_in[municipality] += minutes
        client.units[unit] = client.units.get(unit, 0) + (minutes if code == TRANSITION_CODE else 0)
        client.load.add(code, minutes)
        if linked:  # else the client is the therapist's alone: their load is client.load
            own_load = signs.time.get((info.therapist, key))  # not setdefault: one per row
            if own_load is None:
                own_load = signs.time[(info.therapist, key)] = CoordinationLoad()
            own_load.add(code, minutes)
        if p_flag is not None and _int(prow[p_flag]) == 1:
            signs.flagged.add((info.therapist, key))
    return new


# -- computing continuity ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientIntensity:
    """One client's row of the Intensitet sheet (also what a report view needs)."""

    key: tuple[str, str]
    municipality: str
    service: str
    therapists: tuple[str, ...]
    first: date
    last: date
    last_contact: date
    target: Target | None
    continuity: Continuity  # without its weeks (see ``counted_weeks``)
    episode: str | None = None  # "aktivt" or "avsluttet: <reason>"; None without episodes
    # How many weeks the averages are over. The continuity's own tuple of those weeks is not
    # kept: an IsoWeek per week per client was most of what the summary held per client, and
    # made its peak memory grow with the number of clients.
    counted_weeks: int = 0


Episodes = Mapping[tuple[str, str], Sequence[EpisodeRow]]
# The episodes, or how to get them when a client turns out not to be settled (the summary
# settles every client without linked pseudonyms, and need not make the mapping at all).
EpisodesSource = Episodes | Callable[[], Episodes]


def _in_episodes(
    episodes: Sequence[EpisodeRow], first: date, newest: date
) -> tuple[date, frozenset[date], str]:
    """The end of a client's follow-up when their episodes are known, the days in it the
    client was not to be seen (paused, or between episodes) and the newest episode's state.
    With an open episode the follow-up runs to the newest month delivered: a client not seen
    for months then shows as such (lost contact); when every episode has ended it ends with
    the last of them, so a client whose care ended is not one who lost contact."""
    ends = [e.end for e in episodes if e.end is not None]
    last = max(first, max(ends) if len(ends) == len(episodes) else newest)
    # Whole days as ordinals until the few resting ones are known: a client followed for a
    # year has a year of days in their episodes, and most of them are not resting.
    inside: set[int] = set()
    paused: set[int] = set()
    for e in episodes:
        stop = min(e.end or last, last)
        inside.update(range(max(e.referral, first).toordinal(), stop.toordinal() + 1))
        for start, end in e.paused_spans(last):
            paused.update(range(start.toordinal(), end.toordinal() + 1))
    span = range(first.toordinal(), last.toordinal() + 1)
    resting = frozenset(date.fromordinal(d) for d in span if d not in inside or d in paused)
    newest_episode = max(episodes, key=lambda e: e.referral)
    state = "aktivt" if newest_episode.end is None else f"avsluttet: {newest_episode.reason}"
    return last, resting, state


def _intensities(
    data: _Data, pilot: Pilot | None, episodes: EpisodesSource | None = None
) -> list[ClientIntensity]:
    targets = pilot.targets if pilot is not None else {}
    if data.settled and data.settled_targets != targets:
        raise ValueError("clients settled with other targets")
    out = []
    for key in sorted(data.clients):
        if key in data.settled:
            row = data.settled[key]
        else:
            if callable(episodes):
                episodes = episodes()
            client = data.clients[key]
            row = _intensity(
                client,
                targets.get(client.service[1]),
                episodes.get(key) if episodes is not None else None,
            )
        if row is not None:
            out.append(row)
    return out


def _intensity(
    client: _Client, target: Target | None, own: Sequence[EpisodeRow] | None
) -> ClientIntensity | None:
    """One client's Intensitet row; None for a client never in contact (only cancelled
    sessions, ANNET). ``own``: the client's episodes of care (format 1.1), if any."""
    if client.first_day is None or client.last_day is None or client.last_month is None:
        return None
    first = client.first_day
    # The follow-up ends with the month of the last contact: a rehabilitation episode of
    # eight dense weeks in spring is not diluted over the rest of the year.
    last = min(Month.of(client.last_day).last_day, client.last_month.last_day)
    resting: frozenset[date] = frozenset()
    state = None
    if own:  # format 1.1: the episodes say when the follow-up ends and rests
        last, resting, state = _in_episodes(own, first, client.last_month.last_day)
    continuity = client_continuity(client.contacts(), first, last, target, resting=resting)
    return ClientIntensity(
        client.key,
        client.municipality,
        client.service[1],
        tuple(sorted(client.therapists)),
        first,
        last,
        client.last_day,
        target,
        # The week-by-week loads are for charts; the sheets need only the figures.
        replace(continuity, weeks=(), counted_weeks=()),
        state,
        len(continuity.counted_weeks),
    )


# -- writing ------------------------------------------------------------------------------------


_Sheet = StackedSheet


class _Table:
    """What one table sheet gets: notes (the text before the header), the header and rows;
    written by ``write`` as one table from A1 (table_sheet.py). ``fmt`` keeps the value: the
    column's kind gives the number format."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.columns: tuple[str, ...] | None = None
        self.rows: list[list[object]] = []

    def row(self, *values: object) -> None:
        if self.columns is None:
            if values:
                self.notes.append(str(values[0]))
        elif values:
            self.rows.append(list(values))

    def header(self, *names: str) -> None:
        self.columns = names

    def title(self, text: str) -> None:
        self.notes.append(text)

    def fmt(self, value: object, number_format: str) -> object:
        return value

    def write(self, wb: NeutralWorkbook, name: str) -> None:
        if self.columns is None:  # nothing to show: the notes say why
            write_table_sheet(wb, name, [Col("")], [], notes=self.notes)
            return
        columns: list[Col] = []
        split = [c == "kommune" for c in self.columns]
        for j, column in enumerate(self.columns):
            if split[j]:
                columns += [Col(k) for k in MUNICIPALITY_KEYS]
            else:
                columns.append(Col(column, _kind(column, [r[j] for r in self.rows if j < len(r)])))
        # A table is written once: its rows are handed on, each split in place, never held
        # twice (three of these tables have a row per client).
        rows, self.rows = self.rows, []
        if any(split):
            for i, r in enumerate(rows):
                rows[i] = _split_row(r, split)
        write_table_sheet(wb, name, columns, rows, notes=self.notes)


def _split_row(row: Sequence[object], split: Sequence[bool]) -> list[object]:
    """``row`` with each municipality key split into number and name."""
    out: list[object] = []
    for j, value in enumerate(row):
        if j < len(split) and split[j]:
            out += ["i alt", ""] if value == "i alt" else split_key(value)
        else:
            out.append(value)
    return out


def _kind(name: str, values: Sequence[object]) -> Kind:
    if name.startswith("andel"):
        return Kind.SHARE
    for value in values:
        if isinstance(value, date):
            return Kind.DATE
        if isinstance(value, float):
            return Kind.DECIMAL
    if any(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return Kind.COUNT
    return Kind.TEXT


def write_followup_data(
    wb: NeutralWorkbook,
    data: FollowupData,
    pilot: Pilot | None,
    reference_year: int | None = None,
    episodes: EpisodesSource | None = None,
) -> None:
    """Add the follow-up sheets (see the module text) to the write-only workbook ``wb``, made
    from what :class:`FollowupGather` gathered (``workbook._gather``). ``reference_year`` is the
    year the transitions look ahead from; by default the year of the newest month gathered.
    ``episodes``: each client's episodes of care (format 1.1), within which intensity and lost
    contact are computed; or the function that makes them, called if a client is not settled."""
    rows = _intensities(data, pilot, episodes)
    year = reference_year if reference_year is not None else reference_year_of(data.months)
    groups, clients = _Table(), _Table()
    _write_intensity(groups, rows, pilot)
    groups.write(wb, SHEET_INTENSITY)
    _write_intensity_clients(clients, rows)
    clients.write(wb, SHEET_INTENSITY_CLIENTS)
    transitions = _Table()
    _write_transitions(transitions, data, year)
    transitions.write(wb, SHEET_TRANSITIONS)
    for name, table in zip(
        (SHEET_COORDINATION, SHEET_COORDINATION_MUNICIPALITIES, SHEET_COORDINATION_CLIENTS),
        _coordination_tables(data),
        strict=True,
    ):
        table.write(wb, name)
    threshold = pilot.small_count_threshold if pilot is not None else DEFAULT_THRESHOLD
    note = threshold_line(threshold)
    sheet = _Sheet(wb.create_sheet(SHEET_SHARED_INTENSITY), note)
    _write_shared_intensity(sheet, rows, threshold)
    sheet.close()
    sheet = _Sheet(wb.create_sheet(SHEET_SHARED_TRANSITIONS), note)
    _write_shared_transitions(sheet, data, year, threshold)
    sheet.close()


def _target_text(target: Target | None) -> str:
    if target is None:
        return "(ingen mål)"
    parts = []
    if target.sessions_per_week:
        number = f"{target.sessions_per_week:g}".replace(".", ",")
        parts.append(f"{number} {'økt' if target.sessions_per_week == 1 else 'økter'}")
    if target.minutes_per_week:
        parts.append(f"{target.minutes_per_week} min")
    return " og ".join(parts) + " direkte per uke"


def _services(rows: Sequence[ClientIntensity]) -> list[str]:
    present = {r.service for r in rows}
    return [s for s in SERVICES if s in present] + sorted(present - set(SERVICES))


def _write_intensity(sheet: _Table, rows: Sequence[ClientIntensity], pilot: Pilot | None) -> None:
    sheet.title("Intensitet og kontinuitet per bruker")
    for rule in INTENSITY_RULES:
        sheet.row(rule)
    if pilot is None or not pilot.targets:
        sheet.row("Pilotfilen setter ingen intensitetsmål; kolonnene om målet er tomme.")
    sheet.row(f"Én rad per bruker står på arket {SHEET_INTENSITY_CLIENTS}.")
    _write_intensity_groups(sheet, rows, pilot.targets if pilot is not None else {})


def _write_intensity_groups(
    sheet: _Table, rows: Sequence[ClientIntensity], targets: Mapping[str, Target]
) -> None:
    """Per municipality × service, then per service for all municipalities ("i alt")."""
    sheet.title("Etter kommune og tjeneste")
    sheet.header(
        "kommune",
        "tjeneste",
        "mål",
        "brukere",
        "nådde_målet",
        "nådde_ikke",
        "andel_nådd",
        "median_direkte_økter_per_uke",
        "median_direkte_min_per_uke",
        "median_uker_uten_kontakt",
        "fulgt_over_sommeren",
        "mistet_kontakt_i_sommer",
        "median_lengste_opphold_dager",
        "lengste_opphold_dager",
    )
    groups: dict[tuple[str, str], list[ClientIntensity]] = {}
    for r in rows:
        groups.setdefault((r.municipality, r.service), []).append(r)
        groups.setdefault(("i alt", r.service), []).append(r)
    order = [
        (m, s)
        for m in [*sorted({r.municipality for r in rows}), "i alt"]
        for s in _services(rows)
        if (m, s) in groups
    ]
    for municipality, service in order:
        _write_intensity_group(
            sheet, municipality, service, groups[(municipality, service)], targets.get(service)
        )


def _write_intensity_group(
    sheet: _Table,
    municipality: str,
    service: str,
    group: Sequence[ClientIntensity],
    target: Target | None,
) -> None:
    reached = sum(1 for r in group if r.continuity.reached_target is True)
    missed = sum(1 for r in group if r.continuity.reached_target is False)
    share = reached / (reached + missed) if reached + missed else None
    cs = [r.continuity for r in group]
    sheet.row(
        municipality,
        service,
        _target_text(target),
        len(group),
        reached if target else None,
        missed if target else None,
        sheet.fmt(share, PERCENT_FORMAT),
        sheet.fmt(median(x.direct_sessions_per_week for x in cs), HOURS_FORMAT),
        sheet.fmt(median(x.direct_minutes_per_week for x in cs), HOURS_FORMAT),
        median(x.weeks_without_contact for x in cs),
        sum(x.followed_over_summer for x in cs),
        sum(x.lost_contact_over_summer for x in cs),
        median(x.longest_gap_days for x in cs),
        max(x.longest_gap_days for x in cs),
    )


def _write_intensity_clients(sheet: _Table, rows: Sequence[ClientIntensity]) -> None:
    sheet.title("Per bruker")
    sheet.header(
        "kommune",
        "terapeut",
        "bruker",
        "tjeneste",
        "fra",
        "til",
        "siste_kontakt",
        "uker",
        "direkte_økter_per_uke",
        "direkte_min_per_uke",
        "mål_nådd",
        "lengste_opphold_dager",
        "uker_uten_kontakt",
        "sommeruker_uten_kontakt",
        "mistet_kontakt_i_sommer",
        "forløp",
    )
    for r in sorted(rows, key=lambda r: (r.municipality, r.key)):
        c = r.continuity
        sheet.row(
            r.municipality,
            ", ".join(r.therapists),
            r.key[1],
            r.service,
            sheet.fmt(r.first, DATE_FORMAT),
            sheet.fmt(r.last, DATE_FORMAT),
            sheet.fmt(r.last_contact, DATE_FORMAT),
            r.counted_weeks,
            sheet.fmt(c.direct_sessions_per_week, HOURS_FORMAT),
            sheet.fmt(c.direct_minutes_per_week, HOURS_FORMAT),
            _yes_no(c.reached_target),
            c.longest_gap_days,
            c.weeks_without_contact,
            c.summer_weeks_without_contact,
            _summer_text(c),
            r.episode,
        )


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("ja" if value else "nei")


def _summer_text(c: Continuity) -> str | None:
    """Lost contact over the summer: "ja", "nei" when followed over it, else empty."""
    return "ja" if c.lost_contact_over_summer else ("nei" if c.followed_over_summer else None)


def _transition_cells(
    data: _Data, year: int
) -> tuple[dict[tuple[str, int, int], TransitionCell], dict[tuple[str, int, int], TransitionCell]]:
    """(by unit, by municipality); a unit group is ``municipality\\tunit``. Each client is made
    into a TransitionClient as it is counted, never all at once (two per client, held in
    lists, made the summary's peak grow with the clients)."""
    by_unit = (
        TransitionClient(
            c.key, c.birth_year[1], {f"{m}\t{u}": i12 for (m, u), i12 in c.units.items()}
        )
        for c in data.clients.values()
    )
    return transitions_ahead(by_unit, year), transitions_ahead(
        (_per_municipality(c) for c in data.clients.values()), year
    )


def _per_municipality(client: _Client) -> TransitionClient:
    per: dict[str, int] = {}
    for (m, _unit), i12 in client.units.items():
        per[m] = per.get(m, 0) + i12
    return TransitionClient(client.key, client.birth_year[1], per)


def _write_transitions(sheet: _Table, data: _Data, year: int | None) -> None:
    sheet.title("Overganger de neste fem årene")
    if year is None:
        sheet.row("Ingen godtatte innleveringer.")
        return
    years = years_ahead(year)
    sheet.row(
        f"Brukere som fyller 6 (skolestart), 16 (videregående) og 18 (voksen) i årene "
        f"{years[0]}–{years[-1]}, regnet fra fødselsåret (referanseår {year}, året for "
        "den nyeste måneden i dataene). En bruker som følges av to enheter, telles i "
        "begge; brukere uten fødselsår er ikke med."
    )
    sheet.row(
        f"I12-minutter så langt: tid ført på {TRANSITION_CODE} (planlegging av "
        "overganger) for brukerne i raden, i alle leverte måneder (hver registrering med "
        "brukeren teller hele sin tid)."
    )
    sheet.row(
        "Behov fremover (tilrettelagt barnehage/skole, bolig og annet) etter bostedskommune og "
        "år, fra behovsvurderingene i eksportformat 1.1, står på arket Overganger – behov."
    )
    sheet.row()
    by_unit, by_municipality = _transition_cells(data, year)
    sheet.title("Etter kommune og enhet")
    sheet.header("kommune", "enhet", "fyller", *map(str, years), "i alt", "I12_minutter_så_langt")
    units = sorted({tuple(k[0].split("\t", 1)) for k in by_unit})
    municipalities = sorted({k[0] for k in by_municipality})
    for municipality in municipalities:
        for unit_key in [u for u in units if u[0] == municipality]:
            group = "\t".join(unit_key)
            for age in TRANSITION_AGES:
                _transition_row(sheet, by_unit, group, municipality, unit_key[1], age, years)
        for age in TRANSITION_AGES:
            _transition_row(
                sheet, by_municipality, municipality, municipality, "(alle enheter)", age, years
            )


def _transition_row(
    sheet: _Table,
    cells: dict[tuple[str, int, int], TransitionCell],
    group: str,
    municipality: str,
    unit: str,
    age: int,
    years: Sequence[int],
) -> None:
    found = [cells.get((group, age, y)) for y in years]
    counts = [len(c.clients) if c else 0 for c in found]
    minutes = sum(c.planning_minutes for c in found if c)
    sheet.row(municipality, unit, age, *counts, sum(counts), minutes)


def _coordination_tables(data: _Data) -> tuple[_Table, _Table, _Table]:
    """Per therapist, per municipality, per client: one table (sheet) each."""
    codes = [f"{code}_min" for code in COORDINATION_CODES]
    load_header = (*codes, "koordinering_min", "alle_min", "andel_koordinering")

    def load_cells(load: CoordinationLoad) -> list[object]:
        return [*load.by_code.values(), load.coordination_minutes, load.total_minutes, load.share]

    therapists, municipalities, clients = _Table(), _Table(), _Table()
    for table, title in (
        (therapists, "Koordineringsarbeid per terapeut"),
        (municipalities, "Koordineringsarbeid per kommune"),
        (
            clients,
            "Koordineringsarbeid per bruker (brukere med koordineringstid eller koordinator)",
        ),
    ):
        table.title(title)
        for rule in COORDINATION_RULES:
            table.row(rule)
    therapists.header("terapeut", "kommune", *load_header, "brukere_koordinert")
    for code in sorted(data.therapists):
        t = data.therapists[code]
        therapists.row(code, t.municipality, *load_cells(t.load), len(t.coordinates))
    municipalities.header("kommune", *load_header, "brukere_koordinert")
    for municipality in sorted(data.municipalities):
        coordinated = {
            key
            for t in data.therapists.values()
            if t.municipality == municipality
            for key in t.coordinates
        }
        municipalities.row(
            municipality, *load_cells(data.municipalities[municipality]), len(coordinated)
        )
    clients.header("kommune", "terapeut", "bruker", *load_header, "koordinert_av")
    for key in sorted(data.clients, key=lambda k: (data.clients[k].municipality, k)):
        c = data.clients[key]
        if not c.load.coordination_minutes and not c.coordinated_by:
            continue
        clients.row(
            c.municipality,
            ", ".join(sorted(c.therapists)),
            key[1],
            *load_cells(c.load),
            ", ".join(sorted(c.coordinated_by)),
        )
    return therapists, municipalities, clients


# -- shared sheets ------------------------------------------------------------------------------


OUTCOMES = ("nådde målet", "nådde ikke", "uten mål")


def _outcome(c: Continuity) -> str:
    return {True: OUTCOMES[0], False: OUTCOMES[1], None: OUTCOMES[2]}[c.reached_target]


def _intensity_columns(rows: Sequence[ClientIntensity]) -> list[str]:
    present = {(r.service, _outcome(r.continuity)) for r in rows}
    return [f"{s}: {o}" for s in _services(rows) for o in OUTCOMES if (s, o) in present]


def _intensity_tables(rows: Sequence[ClientIntensity]) -> list[SharedTable]:
    """The people tables of *Deling – intensitet*: by outcome, and followed over the summer."""
    if not rows:
        return []
    municipalities = sorted({r.municipality for r in rows})
    cells: dict[tuple[str, str], set[object]] = {}
    for r in rows:
        cells.setdefault((r.municipality, f"{r.service}: {_outcome(r.continuity)}"), set()).add(
            r.key
        )
    tables = [
        people_table(
            "brukere etter kommune, tjeneste og om intensitetsmålet er nådd",
            municipalities,
            _intensity_columns(rows),
            cells,
        )
    ]
    summer: dict[tuple[str, str], set[object]] = {}
    for r in rows:
        if r.continuity.followed_over_summer:
            column = (
                "mistet kontakt i sommer"
                if r.continuity.lost_contact_over_summer
                else "hadde kontakt i sommer"
            )
            summer.setdefault((r.municipality, column), set()).add(r.key)
    summer_rows = sorted({k[0] for k in summer})
    if summer_rows:
        tables.append(
            people_table(
                f"brukere fulgt over sommeren (kontakt før uke {SUMMER_WEEKS.start} og etter uke "
                f"{SUMMER_WEEKS.stop - 1})",
                summer_rows,
                ["mistet kontakt i sommer", "hadde kontakt i sommer"],
                summer,
            )
        )
    return tables


def _age_groups_apart(ages: Sequence[int], horizon: int) -> list[list[int]]:
    """The transition ages in groups whose years ahead can hold the same birth year (16 and
    18: who turns 16 in 2027 turns 18 in 2029); each group gets one table, so that no person
    is in two tables and no cell of one table can be read off another."""
    groups: list[list[int]] = []
    for age in sorted(ages):
        if groups and age - groups[-1][-1] < horizon:
            groups[-1].append(age)
        else:
            groups.append([age])
    return groups


def _transition_tables(data: _Data, year: int) -> list[SharedTable]:
    """The tables of *Deling – overganger*: one per age, or per group of ages that share
    birth years (then one column per birth year). Each client counts once, in the
    municipality where most of their time was spent, with all their I12 minutes."""
    ahead = years_ahead(year)
    groups = _age_groups_apart(TRANSITION_AGES, len(ahead))
    cells: list[dict[tuple[str, str], set[object]]] = [{} for _ in groups]
    minutes: list[dict[tuple[str, str], int]] = [{} for _ in groups]
    municipalities: set[str] = set()
    for c in data.clients.values():
        born = c.birth_year[1]
        for g, ages in enumerate(groups):
            if born is None or not any(born + a in ahead for a in ages):
                continue
            key = (c.municipality, _cohort_label(born, ages, ahead))
            cells[g].setdefault(key, set()).add(c.key)
            minutes[g][key] = minutes[g].get(key, 0) + sum(c.units.values())
            municipalities.add(c.municipality)
    if not municipalities:
        return []
    tables = []
    for g, ages in enumerate(groups):
        births = sorted({y - a for a in ages for y in ahead})
        columns = [_cohort_label(b, ages, ahead) for b in births]
        name = " eller ".join(map(str, ages))
        tables.append(
            people_table(
                f"brukere som fyller {name}"
                + (" (én kolonne per fødselsår)" if len(ages) > 1 else ""),
                sorted(municipalities),
                columns,
                cells[g],
                minutes[g],
                f"{TRANSITION_CODE}-minutter for brukere som fyller {name}",
            )
        )
    return tables


def _cohort_label(born: int, ages: Sequence[int], ahead: Sequence[int]) -> str:
    if len(ages) == 1:
        return str(born + ages[0])
    return " og ".join(f"{a} i {born + a}" for a in ages if born + a in ahead)


def shared_followup_tables(
    data: FollowupData,
    pilot: Pilot | None,
    reference_year: int | None = None,
    episodes: EpisodesSource | None = None,
) -> dict[str, list[SharedTable]]:
    """The people tables of the two shared follow-up sheets before anything is hidden (what
    the sheets are made from; the tests' audit compares the written sheets with them)."""
    year = reference_year if reference_year is not None else reference_year_of(data.months)
    return {
        SHEET_SHARED_INTENSITY: _intensity_tables(_intensities(data, pilot, episodes)),
        SHEET_SHARED_TRANSITIONS: [] if year is None else _transition_tables(data, year),
    }


def _write_shared_intensity(sheet: _Sheet, rows: Sequence[ClientIntensity], threshold: int) -> None:
    sheet.title("Intensitet etter kommune – til deling")
    sheet.row(threshold_line(threshold))
    for rule in INTENSITY_RULES:
        sheet.row(rule)
    sheet.row()
    if not rows:
        sheet.row("Ingen brukere.")
        return
    tables = _intensity_tables(rows)
    # Those followed over the summer are some of the clients above them: a reader who sees
    # them can bound the clients, so both tables are protected together.
    protected = protect_tables(tables, threshold, within=len(tables) > 1)
    write_table(sheet.title, sheet.header, sheet.row, tables[0], protected, 0)
    hidden = protected.counts[0]
    columns = tables[0].columns
    services = _services(rows)
    # Medians: hidden for a group too small, or when every count of the group is hidden.
    smallest = max(MIN_GROUP_FOR_MEDIAN, threshold)
    municipalities = sorted({r.municipality for r in rows})
    sheet.title("median direkte minutter per uke etter kommune og tjeneste")
    sheet.header("kommune", *services)
    for i, m in enumerate([*municipalities, "i alt"]):
        values: list[object] = []
        for s in services:
            group = [
                r.continuity.direct_minutes_per_week
                for r in rows
                if r.service == s and (m == "i alt" or r.municipality == m)
            ]
            own = [j for j, col in enumerate(columns) if col.startswith(f"{s}: ")]
            covered = bool(own) and all((i, j) in hidden for j in own)
            if not group:
                values.append(None)
            elif len(group) < smallest or covered:
                values.append(HIDDEN)
            else:
                values.append(sheet.fmt(median(group), HOURS_FORMAT))
        sheet.row(m, *values)
    sheet.row()
    if len(tables) > 1:
        write_table(sheet.title, sheet.header, sheet.row, tables[1], protected, 1)
    else:
        sheet.row("Ingen brukere er fulgt over en hel sommer i disse dataene.")


def _write_shared_transitions(sheet: _Sheet, data: _Data, year: int | None, threshold: int) -> None:
    sheet.title("Overganger etter kommune – til deling")
    sheet.row(threshold_line(threshold))
    if year is None:
        sheet.row("Ingen godtatte innleveringer.")
        return
    years = [str(y) for y in years_ahead(year)]
    sheet.row(
        f"Brukere som fyller 6, 16 og 18 år i {years[0]}–{years[-1]} (referanseår "
        f"{year}), og minutter ført på {TRANSITION_CODE} for dem så langt. Hver bruker "
        "telles én gang, i kommunen der mest av tiden med brukeren er ført, med alle "
        f"sine {TRANSITION_CODE}-minutter. 16 og 18 år står i samme tabell, én kolonne "
        "per fødselsår, siden den som fyller 16 i ett år, fyller 18 to år senere."
    )
    sheet.row()
    tables = _transition_tables(data, year)
    if not tables:
        sheet.row("Ingen brukere med fødselsår fyller 6, 16 eller 18 i disse årene.")
        return
    for table in tables:
        write_tables(sheet.title, sheet.header, sheet.row, [table], threshold)
