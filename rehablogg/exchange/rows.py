"""Database rows → the values of Registreringer, Deltakere and (1.1) the care pathway's sheets
Forløp, Opphold, Behov, Forankring and Endringer as they are written.

Both writers (xlsx and csv) and the checksum use these values, so what is hashed is exactly
what is written: text already neutralised, dates as ``date``, hours as a float. Client labels
never reach this module (storage does not read them); notes only when they were asked for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter, itemgetter
from typing import NamedTuple, TypeVar, cast

from rehablogg.core.agegroups import age_group
from rehablogg.core.care_pathway import NEED_KINDS, OWN_ARRANGEMENT, Episode, Pause
from rehablogg.core.catalogue import Catalogue, Code
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import format_date
from rehablogg.exchange.canonical import CanonicalHash
from rehablogg.exchange.columns import (
    CHANGE_WHOLE_ENTRY,
    DERIVED_COLUMNS,
    ENTRY_ADDED,
    ENTRY_CATEGORY,
    ENTRY_CLIENTS,
    ENTRY_CODE,
    ENTRY_CODE_LABEL,
    ENTRY_DATE,
    ENTRY_HOURS,
    ENTRY_ID,
    ENTRY_TABLE,
    ENTRY_WEEK,
    FORMAT_MINOR,
    PARTICIPANT_AGE_GROUP,
    PARTICIPANT_BIRTH_YEAR,
    PARTICIPANT_CLIENT,
    PARTICIPANT_COORDINATED,
    PARTICIPANT_ENTRY,
    PARTICIPANT_SERVICE,
    PARTICIPANT_TABLE,
    PARTY_PREFIX,
    SHEET_ANCHORS,
    SHEET_ENTRIES,
    SHEET_EPISODES,
    SHEET_METADATA,
    SHEET_NEEDS,
    SHEET_PARTICIPANTS,
    SHEET_PAUSES,
    SHEET_TABLE,
    Column,
    Kind,
    added_tables,
    entry_table,
    of_version,
)
from rehablogg.exchange.errors import ExportError
from rehablogg.exchange.metadata import ExportMetadata
from rehablogg.exchange.neutralise import cell_text
from rehablogg.storage.export_rows import (
    ExportChange,
    ExportClient,
    ExportEntry,
    ExportEpisode,
    ExportNeeds,
)

_UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringen {date} har koden «{code}», som ikke finnes i kodeverket {catalogue}; "
    "rett koden før du eksporterer.",
)
_UNKNOWN_PARTY = QT_TRANSLATE_NOOP(
    "exchange",
    "Registreringen {date} ({code}) har samarbeidsparten «{party}», som ikke finnes i "
    "kodeverket {catalogue}; rett registreringen før du eksporterer.",
)

Row = list[object]
_T = TypeVar("_T")


class EntryFacts(NamedTuple):
    """What an entry's cells are made of besides the entry: its day, that day's ISO week and
    its code's ``(kodenavn, kategori)``."""

    day: date
    week: int
    code: tuple[str, str]


class ClientFacts(NamedTuple):
    """What a Deltakere row is made of besides the client: the entry's id as written, the
    year of its day and the therapist's kommunenr."""

    entry_id: str
    year: int
    municipality: str = ""


def _optional_text(value: str | None) -> str | None:
    return cell_text(value) if value else None


EntryValue = Callable[[ExportEntry, EntryFacts], object]

# The value of each declared column (exchange/columns.py) of Registreringer that is not an
# entry field written as stored (those name theirs, ``Column.entry_field``), and of Deltakere:
# a new derived or computed column is its declaration plus its line here.
ENTRY_VALUES: dict[str, EntryValue] = {
    ENTRY_ID: lambda e, f: cell_text(e.id),
    ENTRY_DATE: lambda e, f: f.day,
    ENTRY_WEEK: lambda e, f: f.week,
    ENTRY_CODE: lambda e, f: cell_text(e.code),
    ENTRY_CODE_LABEL: lambda e, f: f.code[0],
    ENTRY_CATEGORY: lambda e, f: f.code[1],
    ENTRY_HOURS: lambda e, f: e.minutes / 60,
    ENTRY_CLIENTS: lambda e, f: len(e.clients),
}
ENTRY_FIELDS = frozenset(f.name for f in dataclasses.fields(ExportEntry))


class MissingValueError(LookupError):
    """A declared Registreringer column with no value: a programming error, caught by the tests."""


def entry_value(column: Column) -> EntryValue:
    """How a Registreringer cell of ``column`` is made: its line in ENTRY_VALUES, or else the
    entry field it names, as stored (text neutralised, empty text as an empty cell)."""
    found = ENTRY_VALUES.get(column.name)
    if found is not None:
        return found
    if column.entry_field not in ENTRY_FIELDS:
        raise MissingValueError(
            f"Registreringer column {column.name!r} has no value: give it a line in "
            "exchange/rows.py ENTRY_VALUES or name its entry field (Column.entry_field)"
        )
    get = attrgetter(column.entry_field)
    if column.kind is Kind.TEXT:
        return lambda e, f: _optional_text(get(e))
    return lambda e, f: get(e)


PARTICIPANT_VALUES: dict[str, Callable[[ExportClient, ClientFacts], object]] = {
    PARTICIPANT_ENTRY: lambda c, f: f.entry_id,
    PARTICIPANT_CLIENT: lambda c, f: cell_text(c.pseudonym),
    PARTICIPANT_BIRTH_YEAR: lambda c, f: c.birth_year,
    PARTICIPANT_AGE_GROUP: lambda c, f: age_group(f.year, c.birth_year),
    PARTICIPANT_SERVICE: lambda c, f: c.service,
    "har_ip": lambda c, f: c.has_ip,
    "har_koordinator": lambda c, f: c.has_coordinator,
    "har_barnekoordinator": lambda c, f: c.has_child_coordinator,
    PARTICIPANT_COORDINATED: lambda c, f: c.therapist_is_coordinator,
    "bostedskommune": lambda c, f: _home(c.home_municipality, f.municipality),
    "tjenesteform": lambda c, f: c.arrangement,
}
# What a file of an older 1.x said of a Deltakere column it did not have, when the value is
# that (docs/export-format.md, "Versions"): every client lived in the therapist's municipality
# and was served by it. Another value is something the older file cannot hold.
PARTICIPANT_IMPLIED: dict[str, Callable[[ClientFacts], object]] = {
    "bostedskommune": lambda f: _home("", f.municipality),
    "tjenesteform": lambda f: OWN_ARRANGEMENT,
}


def _home(home_municipality: str, therapist_municipality: str) -> str | None:
    """The client's home municipality as written: its own, or the therapist's when ''."""
    return cell_text(home_municipality or therapist_municipality) or None


def _day(iso: str | None, end: date) -> date | None:
    """A stored date, or None when there is none or it is after the period's end ``end``: the
    care pathway's sheets say how things stood when the period ended."""
    if not iso:
        return None
    day = date.fromisoformat(iso)
    return day if day <= end else None


@dataclass(frozen=True)
class PathwayFacts:
    """What an episode's, a needs assessment's or a change's row is made of besides it."""

    end: date  # the period's last day
    municipality: str  # the therapist's kommunenr


@dataclass(frozen=True)
class ShownEpisode:
    """An episode as the period's end saw it: dates after it left out, with the pauses that
    had begun by then."""

    stored: ExportEpisode
    episode: Episode
    first_direct: date | None


def shown_episode(stored: ExportEpisode, end: date) -> ShownEpisode:
    ended = _day(stored.end_date, end)
    pauses = tuple(
        Pause(date.fromisoformat(p.start), _day(p.end, end), p.kind)
        for p in stored.pauses
        if date.fromisoformat(p.start) <= end
    )
    episode = Episode(
        referral_date=date.fromisoformat(stored.referral_date),
        referral_source=stored.referral_source,
        start_date=_day(stored.start_date, end),
        end_date=ended,
        end_reason=stored.end_reason if ended is not None else None,
        pauses=pauses,
    )
    return ShownEpisode(stored, episode, _day(stored.first_direct, end))


EPISODE_VALUES: dict[str, Callable[[ShownEpisode, PathwayFacts], object]] = {
    "forlop_id": lambda e, f: cell_text(e.stored.id),
    "bruker": lambda e, f: cell_text(e.stored.pseudonym),
    "henvist": lambda e, f: e.episode.referral_date,
    "henvist_fra": lambda e, f: cell_text(e.episode.referral_source),
    "startdato": lambda e, f: e.episode.start_date,
    "sluttdato": lambda e, f: e.episode.end_date,
    "sluttarsak": lambda e, f: _optional_text(e.episode.end_reason),
    "forste_direkte_kontakt": lambda e, f: e.first_direct,
    "antall_opphold": lambda e, f: len(e.episode.pauses),
    "oppholdsdager": lambda e, f: e.episode.pause_days(f.end),
    "bostedskommune": lambda e, f: _home(e.stored.home_municipality, f.municipality),
    "tjenesteform": lambda e, f: cell_text(e.stored.arrangement),
}
PAUSE_VALUES: dict[str, Callable[[tuple[str, Pause], PathwayFacts], object]] = {
    "forlop_id": lambda p, f: cell_text(p[0]),
    "fra": lambda p, f: p[1].start,
    "til": lambda p, f: p[1].end,
    "type": lambda p, f: cell_text(p[1].kind),
}


def _level(kind: str) -> Callable[[ExportNeeds, PathwayFacts], object]:
    get = attrgetter(kind)
    return lambda n, f: cell_text(get(n))


NEEDS_VALUES: dict[str, Callable[[ExportNeeds, PathwayFacts], object]] = {
    "bruker": lambda n, f: cell_text(n.pseudonym),
    "fodselsar": lambda n, f: n.birth_year,
    "bostedskommune": lambda n, f: _home(n.home_municipality, f.municipality),
    "vurdert": lambda n, f: date.fromisoformat(n.assessed_on),
    **{kind: _level(kind) for kind in NEED_KINDS},
}


ANCHOR_VALUES: dict[str, Callable[[tuple[Code, tuple[str, str]], PathwayFacts], object]] = {
    "kode": lambda a, f: cell_text(a[0].code),
    "system": lambda a, f: cell_text(a[1][0]),
    "ankerkode": lambda a, f: _optional_text(a[1][1]),
}

# The entry's fields as the audit trail names them (storage/entries.py) → the Registreringer
# column an Endringer row names. The note is free text and never leaves (docs/export-format.md,
# "Privacy"); a field with no line here is not told.
_AUDIT_NAMES = {ENTRY_DATE: "date", ENTRY_CODE: "code"}  # the columns not named by entry_field
CHANGED_FIELDS: dict[str, str] = {
    **{
        c.entry_field or _AUDIT_NAMES[c.name]: c.name
        for c in ENTRY_TABLE
        if c.entry_field or c.name in _AUDIT_NAMES
    },
    "clients": PARTICIPANT_CLIENT,
}
CREATED = "ny"
DELETED = "slettet"
REASON_SEPARATOR = "; "


def _as_text(value: object) -> str | None:
    """A changed field's value as Endringer writes it: text, empty for none."""
    if value is None or value == "":
        return None
    if isinstance(value, list | tuple):
        return cell_text("; ".join(str(v) for v in value)) or None
    return cell_text(str(value))


def change_rows(change: ExportChange, party_keys: Sequence[str]) -> list[Row]:
    """Endringer's rows for one changed entry: ``*`` for one created or deleted, else one per
    field that differs, in Registreringer's column order, then the parties'."""
    reason = cell_text(REASON_SEPARATOR.join(change.reasons)) or None
    entry = cell_text(change.entry_id)
    before, after = change.before, change.after
    if before is None or after is None:
        return [[entry, CHANGE_WHOLE_ENTRY, None, CREATED if before is None else DELETED, reason]]
    rows: list[Row] = []
    for name, felt in CHANGED_FIELDS.items():
        old, new = _as_text(before.get(name)), _as_text(after.get(name))
        if old != new:
            rows.append([entry, felt, old, new, reason])
    had, has = set(before.get("parties", ())), set(after.get("parties", ()))
    known = [k for k in party_keys if k in had ^ has]
    for key in known + sorted((had ^ has) - set(known)):
        rows.append(
            [
                entry,
                cell_text(PARTY_PREFIX + key),
                str(int(key in had)),
                str(int(key in has)),
                reason,
            ]
        )
    return rows


@dataclass(frozen=True)
class PathwayData:
    """What the care pathway's sheets of one export hold: the episodes active in the period,
    the needs of the clients on the file and (a correction's) the changes since the submission
    it replaces. Forankring comes from the catalogue."""

    episodes: Sequence[ExportEpisode] = ()
    needs: Sequence[ExportNeeds] = ()
    changes: Sequence[ExportChange] = ()


NO_PATHWAY = PathwayData()


def entry_label(entry: ExportEntry) -> str:
    """How a sentence names an entry: its date, start time when there is one."""
    day = format_date(date.fromisoformat(entry.date))
    return f"{day} kl. {entry.start_time}" if entry.start_time else day


def _hashed(columns: Sequence[str]) -> Callable[[Sequence[object]], tuple[object, ...]]:
    """A fast picker of a row's hashed values (every column but the derived ones)."""
    keep = [i for i, name in enumerate(columns) if name not in DERIVED_COLUMNS]
    if len(keep) == 1:  # itemgetter with one index returns the value, not a tuple
        only = keep[0]
        return lambda row: (row[only],)
    return cast(Callable[[Sequence[object]], tuple[object, ...]], itemgetter(*keep))


class RowBuilder:
    """Builds the rows of one export; one instance per export (it caches per date)."""

    def __init__(
        self,
        catalogue: Catalogue,
        include_notes: bool,
        minor: int = FORMAT_MINOR,
        *,
        municipality: str = "",
    ) -> None:
        self.catalogue = catalogue
        self.include_notes = include_notes
        self.minor = minor  # the rows of a file of format 1.<minor>
        # The therapist's kommunenr: a client's home municipality when it is the same ('').
        self.municipality = municipality
        self.entry_table = entry_table(catalogue.party_keys, include_notes, minor)
        self.entry_columns = tuple(c.name for c in self.entry_table)
        participants = of_version(PARTICIPANT_TABLE, minor)
        self.participant_columns = tuple(c.name for c in participants)
        self.hashed_entry = _hashed(self.entry_columns)
        self.hashed_participant = _hashed(self.participant_columns)
        self._party_index = {key: i for i, key in enumerate(catalogue.party_keys)}
        self._codes = {c.code: (cell_text(c.label.nb), c.category) for c in catalogue.codes}
        self._days: dict[str, tuple[date, int]] = {}
        # Looked up here, not at import: what the declaration says is what gets written.
        self._entry_cells = tuple(entry_value(c) for c in ENTRY_TABLE)
        self._added_cells = tuple(entry_value(c) for c in of_version(ENTRY_ADDED, minor))
        # Only hashed ones: a derived column is computed from columns the older file holds.
        self._later_cells = tuple(
            entry_value(c) for c in ENTRY_ADDED if c.since > minor and c.hashed
        )
        self._participant_cells = tuple(PARTICIPANT_VALUES[n] for n in self.participant_columns)
        # Deltakere's hashed columns added after 1.<minor>, with what an older file implied.
        self._later_participants = tuple(
            (PARTICIPANT_VALUES[c.name], PARTICIPANT_IMPLIED.get(c.name))
            for c in PARTICIPANT_TABLE
            if c.since > minor and c.hashed
        )
        self.added = added_tables(minor)  # (sheet, columns) after Metadata

    def with_catalogue(self, catalogue: Catalogue) -> RowBuilder:
        """The same export's rows written with another catalogue (an older shipped version)."""
        return RowBuilder(catalogue, self.include_notes, self.minor, municipality=self.municipality)

    def as_minor(self, minor: int) -> RowBuilder:
        """The same export's rows as a file of format 1.``minor``."""
        if minor == self.minor:
            return self
        return RowBuilder(self.catalogue, self.include_notes, minor, municipality=self.municipality)

    def leaves_out_values(
        self, entries: Sequence[ExportEntry], pathway: PathwayData = NO_PATHWAY
    ) -> bool:
        """Whether the export says something a file of format 1.``minor`` cannot hold: a value
        in a hashed column added later (other than what the older file implied), or a row in a
        sheet added later whose rows are new content (docs/export-format.md, "Versions")."""
        later_sheets = {s.name for s in SHEET_TABLE if s.since > self.minor and s.new_content}
        if (SHEET_EPISODES in later_sheets and pathway.episodes) or (
            SHEET_NEEDS in later_sheets and pathway.needs
        ):
            return True
        if self._later_participants:
            client_facts = ClientFacts("", 0, self.municipality)
            for entry in entries:
                for client in entry.clients:
                    for cell, implied in self._later_participants:
                        value = cell(client, client_facts)
                        if value is None or value == "":
                            continue
                        if implied is None or value != implied(client_facts):
                            return True
        if not self._later_cells:
            return False
        for entry in entries:
            day, week = self.day(entry.date)
            facts = EntryFacts(day, week, self.code(entry))
            if any(cell(entry, facts) not in (None, "") for cell in self._later_cells):
                return True
        return False

    def added_rows(
        self, pathway: PathwayData, end: date
    ) -> Iterable[tuple[str, tuple[Column, ...], list[Row]]]:
        """``(sheet, columns, rows)`` of each sheet after Metadata in this version, in order;
        ``end`` is the period's last day."""
        facts = PathwayFacts(end, self.municipality)
        shown = [shown_episode(e, end) for e in pathway.episodes]
        for sheet, columns in self.added:
            if sheet == SHEET_EPISODES:
                rows = _rows(columns, EPISODE_VALUES, shown, facts)
            elif sheet == SHEET_PAUSES:
                pauses = [(e.stored.id, p) for e in shown for p in e.episode.pauses]
                rows = _rows(columns, PAUSE_VALUES, pauses, facts)
            elif sheet == SHEET_NEEDS:
                rows = _rows(columns, NEEDS_VALUES, pathway.needs, facts)
            elif sheet == SHEET_ANCHORS:
                anchors = [(c, (a.system, a.code)) for c in self.catalogue.codes for a in c.anchors]
                rows = _rows(columns, ANCHOR_VALUES, anchors, facts)
            else:
                keys = self.catalogue.party_keys
                rows = [row for change in pathway.changes for row in change_rows(change, keys)]
            yield sheet, columns, rows

    def day(self, iso: str) -> tuple[date, int]:
        """The date and its ISO week number (cached: a month has a few hundred entries a day)."""
        found = self._days.get(iso)
        if found is None:
            day = date.fromisoformat(iso)
            found = self._days[iso] = (day, day.isocalendar().week)
        return found

    def code(self, entry: ExportEntry) -> tuple[str, str]:
        """``(kodenavn, kategori)`` of the entry's code."""
        found = self._codes.get(entry.code)
        if found is None:
            raise ExportError(
                _UNKNOWN_CODE.format(
                    date=entry_label(entry), code=entry.code, catalogue=self.catalogue.id
                )
            )
        return found

    def entry_row(self, entry: ExportEntry) -> Row:
        day, week = self.day(entry.date)
        facts = EntryFacts(day, week, self.code(entry))
        row: Row = [cell(entry, facts) for cell in self._entry_cells]
        row += self._parties(entry)
        if self.include_notes:
            row.append(_optional_text(entry.note))
        if self._added_cells:
            row += [cell(entry, facts) for cell in self._added_cells]
        return row

    def _parties(self, entry: ExportEntry) -> list[int]:
        """One flag per party of the catalogue, in its order."""
        parties = [0] * len(self._party_index)
        for party in entry.parties:
            index = self._party_index.get(party)
            if index is None:
                raise ExportError(
                    _UNKNOWN_PARTY.format(
                        date=entry_label(entry),
                        code=entry.code,
                        party=party,
                        catalogue=self.catalogue.id,
                    )
                )
            parties[index] = 1
        return parties

    def participant_rows(self, entry: ExportEntry) -> list[Row]:
        """One Deltakere row per client of the entry."""
        if not entry.clients:
            return []
        facts = ClientFacts(cell_text(entry.id), self.day(entry.date)[0].year, self.municipality)
        cells = self._participant_cells
        return [[cell(client, facts) for cell in cells] for client in entry.clients]


def _rows(
    columns: Sequence[Column],
    values: dict[str, Callable[[_T, PathwayFacts], object]],
    items: Iterable[_T],
    facts: PathwayFacts,
) -> list[Row]:
    cells = [values[c.name] for c in columns]
    return [[cell(item, facts) for cell in cells] for item in items]


def hash_metadata(hasher: CanonicalHash, meta: ExportMetadata, sheets_checksum: str) -> None:
    for name, value in meta.hashed_fields(sheets_checksum):
        hasher.add(SHEET_METADATA, (name, value))


def content_checksum(
    meta: ExportMetadata,
    entries: Sequence[ExportEntry],
    builder: RowBuilder,
    hasher: CanonicalHash | None = None,
    pathway: PathwayData = NO_PATHWAY,
    sheets_hasher: CanonicalHash | None = None,
) -> str:
    """The checksum a file with ``meta`` and ``entries`` would get, without writing it.

    The submission logic uses it to tell whether a month still holds what was submitted (and
    the format document's worked example prints the lines ``hasher`` and ``sheets_hasher``
    are fed). The sheets after Metadata go into ark_sjekksum first, a Metadata field; then
    Metadata, and Registreringer lines all before Deltakere lines, hence the two passes.
    """
    sheets = sheets_hasher or CanonicalHash()
    for sheet, columns, rows in builder.added_rows(pathway, meta.end):
        hash_table(sheets, sheet, columns, rows)
    hasher = hasher or CanonicalHash()
    hash_metadata(hasher, meta, sheets.hexdigest())
    hasher.add(SHEET_ENTRIES, builder.hashed_entry(builder.entry_columns))
    for entry in entries:
        hasher.add(SHEET_ENTRIES, builder.hashed_entry(builder.entry_row(entry)))
    hasher.add(SHEET_PARTICIPANTS, builder.hashed_participant(builder.participant_columns))
    for entry in entries:
        for prow in builder.participant_rows(entry):
            hasher.add(SHEET_PARTICIPANTS, builder.hashed_participant(prow))
    return hasher.hexdigest()


def hash_table(
    hasher: CanonicalHash, sheet: str, columns: Sequence[Column], rows: Iterable[Row]
) -> None:
    """A sheet after Metadata into ark_sjekksum's hash: its header and rows, derived columns
    left out (these sheets have none yet)."""
    pick = _hashed([c.name for c in columns])
    hasher.add(sheet, pick([c.name for c in columns]))
    for row in rows:
        hasher.add(sheet, pick(row))
