"""The care pathway's sheets of the summary workbook (issue 20), each one table from A1
(``table_sheet.py``) with its rules beside it, made from ``pathway_figures.py``:

- **Ventetid**: days from referral to first direct contact per municipality, service, age group
  and referral source (count, median, 75th percentile), and the episodes still waiting.
- **Forløp**: per serving municipality and month delivered, episodes active, referred, started
  and ended (by reason), with the ended ones' median length and minutes; **Forløp – per
  forløp**: one row per episode.
- **Kommunesamarbeid**: clients, entries and time by serving municipality × home municipality ×
  arrangement (egen, samarbeid, kjøp).
- **Overganger – behov**: children with a need (noe, mye) per home municipality, kind and year
  of the next five.
- **Deling – ventetid**, **Deling – forløp**, **Deling – kommunesamarbeid**, **Deling – behov**:
  the shareable versions, counts under the pilot's threshold hidden as ``:`` with more cells
  hidden where sums would reveal them (``shared_tables.py``), medians of too small a group or
  of a hidden row hidden with it.

A collection of format 1.0 files only has no episodes, needs or home municipalities: every
sheet here then holds its header and a note, and no figure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.pathway_figures import (
    HOME,
    PATHWAY_SHEETS,
    TIME_COLUMNS_READ,
    TOTAL,
    EpisodeFigures,
    MonthRows,
    PathwayData,
    cross_rows,
    episode_figures,
    episode_months,
    median,
    needs_ahead,
    percentile,
    wait_groups,
)
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
    MONTH,
    MUNICIPALITY_KEYS,
    Col,
    Kind,
    StackedSheet,
    split_key,
    write_table_sheet,
)
from rehablogg.core.care_pathway import ARRANGEMENTS, END_REASONS, NEED_KINDS, REFERRAL_SOURCES
from rehablogg.core.municipalities import municipalities
from rehablogg.core.pilot import Pilot
from rehablogg.core.transitions import reference_year_of, years_ahead
from rehablogg.exchange.columns import HOURS_FORMAT, SHEET_EPISODES, SHEET_NEEDS, SHEET_PAUSES
from rehablogg.exchange.sheet_writer import NeutralWorkbook

SHEET_WAIT = "Ventetid"
SHEET_EPISODE_MONTHS = "Forløp"
SHEET_EPISODE_LIST = "Forløp – per forløp"
SHEET_CROSS = "Kommunesamarbeid"
SHEET_NEEDS_AHEAD = "Overganger – behov"
SHEET_SHARED_WAIT = "Deling – ventetid"
SHEET_SHARED_EPISODES = "Deling – forløp"
SHEET_SHARED_CROSS = "Deling – kommunesamarbeid"
SHEET_SHARED_NEEDS = "Deling – behov"
SHEETS = (
    SHEET_WAIT,
    SHEET_EPISODE_MONTHS,
    SHEET_EPISODE_LIST,
    SHEET_CROSS,
    SHEET_NEEDS_AHEAD,
    SHEET_SHARED_WAIT,
    SHEET_SHARED_EPISODES,
    SHEET_SHARED_CROSS,
    SHEET_SHARED_NEEDS,
)
MIN_GROUP_FOR_MEDIAN = 5  # as the Intensitet sheet: a median of 1–4 tells too much of each

NO_EPISODES = (
    "Ingen forløp i dataene: forløp, henvisninger og opphold kommer med eksportformat 1.1 "
    "(rehablogg med forløp på brukersiden)."
)
# Every month's Forløp lists the episodes active in it (PathwayData.current).
GONE_RULE = (
    "Et forløp som fortsatt var åpent i siste måned det står i, men mangler i en senere måned "
    "terapeuten har levert, er slettet eller avsluttet med ukjent dato, og er ikke med."
)
WAIT_RULES = (
    "Ventetid: dager fra henvisning til første direkte kontakt (første registrering i "
    "kategori direkte med brukeren på eller etter henvisningsdatoen), per forløp.",
    "Median og 75-persentil: lineært mellom nærmeste rangeringer (som PERCENTIL.INK i Excel).",
    "Venter: forløp uten første kontakt og uten slutt; dager ventet så langt regnes til siste "
    "dag i den nyeste leverte måneden.",
    "Tjeneste og aldersgruppe er fra brukerens nyeste registrering hos terapeuten; et forløp "
    "uten registreringer ennå står som ukjent.",
    "Hvert forløp telles én gang per inndeling, med siste kjente versjon (den nyeste måneden).",
    GONE_RULE,
)
EPISODE_RULES = (
    "Per kommune (terapeutens) og levert måned: forløp aktive i måneden, henvist, startet og "
    "avsluttet i måneden; hendelser i måneder kommunen ikke har levert, er ikke med.",
    GONE_RULE,
    "Lengde: dager fra henvisning til slutt, begge dager regnet med, minus dager i opphold.",
    "Minutter per forløp: terapeutens registreringer med brukeren fra henvisning til slutt. En "
    "indirekte registrering med flere brukere deles likt mellom dem (et foreldrekurs for fire "
    "familier gir hver en firedel); en direkte gruppeøkt teller fullt for hver deltaker.",
)
CROSS_RULES = (
    "Tid og brukere etter kommunen som gir tjenesten (terapeutens), brukerens bostedskommune og "
    "tjenesteform: egen (egen kommune), samarbeid (interkommunalt samarbeid) eller kjøp "
    "(kjøpsavtale).",
    "En indirekte registrering med flere brukere deles likt mellom dem; en direkte gruppeøkt "
    "teller fullt for hver deltaker. En bruker med flere bostedskommuner eller tjenesteformer "
    "i perioden telles i hver av dem.",
    "Bare registreringer fra eksportformat 1.1 har bostedskommune; eldre filer er ikke med.",
)
NEEDS_RULES = (
    "Barn og unge med behov «noe» eller «mye» i den nyeste behovsvurderingen, etter "
    "bostedskommune, behov og år.",
    "Året: barnehage_skole året barnet fyller 6 (skolestart), bolig året det fyller 18; de "
    "andre behovene (hjelpemidler, transport, ip_koordinator) året etter vurderingen, eller det "
    "første året i tabellen når det er senere (en vurdering gjelder til en nyere finnes).",
    "Brukere uten fødselsår er ikke med for barnehage_skole og bolig.",
)


# -- reading the collection --------------------------------------------------------------------


def _rows(
    columns: Sequence[str], rows: Iterable[list[object]], read: Sequence[str]
) -> Iterator[dict[str, object]]:
    """Each row by column name, with only the columns of ``read`` the rows have, not all
    forty (at 1 008 files the time figures took 1.31 s instead of 1.40). A name the rows lack
    stays missing, as in a mapping of the whole row (format 1.0 has no HOME)."""
    wanted = [(name, columns.index(name)) for name in read if name in columns]
    names = tuple(name for name, _ in wanted)
    width = len(columns)
    if not wanted:
        for _ in rows:
            yield {}
        return
    at = [index for _, index in wanted]
    for row in rows:
        if len(row) >= width:
            yield dict(zip(names, [row[i] for i in at], strict=True))
        else:  # a short row: its missing cells are missing, as zip over the whole row left them
            yield {name: row[i] for name, i in wanted if i < len(row)}


class PathwayGather:
    """The pathway figures' data, one submission's rows at a time (``add``, each of
    ``winners`` in order). With format 1.0 files only there is no episode, need or home
    municipality to count: ``pathway`` is False and the rows are not looked at."""

    def __init__(
        self, collection: Collection, winners: Sequence[SubmissionInfo], linked: bool
    ) -> None:
        self.collection = collection
        self.data = PathwayData(linked=linked)
        self.pathway = any(HOME in w.participant_columns for w in winners) or any(
            collection.sheet_columns(w.export_id, name) for w in winners for name in PATHWAY_SHEETS
        )

    def add(self, rows: SubmissionRows) -> None:
        info = rows.info
        if not self.pathway:
            self.data.add(MonthRows(info.therapist, month_rows_key(info), info.month, (), ()))
            return
        sheets = {name: self.collection.sheet_rows(info.export_id, name) for name in PATHWAY_SHEETS}
        self.data.add(
            MonthRows(
                info.therapist,
                month_rows_key(info),
                info.month,
                _rows(info.entry_columns, rows.entries, TIME_COLUMNS_READ["entries"]),
                _rows(
                    info.participant_columns,
                    rows.participants,
                    TIME_COLUMNS_READ["participants"],
                ),
                sheets[SHEET_EPISODES],
                sheets[SHEET_PAUSES],
                sheets[SHEET_NEEDS],
            )
        )


def month_rows_key(info: SubmissionInfo) -> str:
    """How the pathway figures name a submission's (serving) municipality."""
    return f"{info.municipality} {info.municipality_name}".strip()


# -- the sheets for the pilot lead -------------------------------------------------------------


def _municipality_name(number: str) -> str:
    found = municipalities().get(number)
    return found.name if found is not None else ""


def _home_label(number: str) -> str:
    """A home municipality as the shared sheets name municipalities: "0301 Oslo"."""
    return f"{number} {_municipality_name(number)}".strip()


def _wait_sheet(wb: NeutralWorkbook, figures: Sequence[EpisodeFigures]) -> None:
    rows = []
    for g in wait_groups(figures):
        rows.append(
            [
                g.dimension,
                g.key,
                g.episodes,
                g.with_contact,
                g.median_days,
                g.p75_days,
                g.waiting,
                g.waiting_median_days,
                g.waiting_longest_days,
            ]
        )
    write_table_sheet(
        wb,
        SHEET_WAIT,
        [
            Col("inndeling"),
            Col("gruppe"),
            Col("forløp", Kind.COUNT),
            Col("med_første_kontakt", Kind.COUNT),
            Col("median_dager_til_kontakt", Kind.DECIMAL),
            Col("p75_dager_til_kontakt", Kind.DECIMAL),
            Col("venter_uten_kontakt", Kind.COUNT),
            Col("median_dager_ventet_så_langt", Kind.DECIMAL),
            Col("lengste_ventet_så_langt", Kind.COUNT),
        ],
        rows,
        notes=[*WAIT_RULES, *([] if figures else [NO_EPISODES])],
    )


def _reasons(figures: Sequence[EpisodeFigures]) -> list[str]:
    present = {f.row.reason for f in figures if f.row.end is not None}
    return [r for r in END_REASONS if r in present] + sorted(present - set(END_REASONS))


def _episode_month_sheet(
    wb: NeutralWorkbook, data: PathwayData, figures: Sequence[EpisodeFigures]
) -> None:
    reasons = _reasons(figures)
    rows = []
    if figures:
        for m in episode_months(data, figures):
            rows.append(
                [
                    *split_key(m.municipality),
                    m.month,
                    m.active,
                    m.referred,
                    m.started,
                    m.ended,
                    *(m.by_reason.get(r, 0) for r in reasons),
                    median(m.lengths),
                    median(m.direct),
                    median(m.indirect),
                ]
            )
    write_table_sheet(
        wb,
        SHEET_EPISODE_MONTHS,
        [
            *(Col(k) for k in MUNICIPALITY_KEYS),
            Col(MONTH),
            Col("aktive", Kind.COUNT),
            Col("henvist", Kind.COUNT),
            Col("startet", Kind.COUNT),
            Col("avsluttet", Kind.COUNT),
            *(Col(f"avsluttet_{r}", Kind.COUNT) for r in reasons),
            Col("median_lengde_dager", Kind.DECIMAL),
            Col("median_direkte_min", Kind.DECIMAL),
            Col("median_indirekte_min", Kind.DECIMAL),
        ],
        rows,
        notes=[
            *EPISODE_RULES,
            "Median lengde og minutter gjelder forløpene som ble avsluttet i måneden.",
            f"Ett forløp per rad står på arket {SHEET_EPISODE_LIST}.",
            *([] if figures else [NO_EPISODES]),
        ],
    )


def _episode_list_sheet(wb: NeutralWorkbook, figures: Sequence[EpisodeFigures]) -> None:
    rows = []
    for f in figures:
        r = f.row
        rows.append(
            [
                *split_key(r.municipality),
                r.therapist,
                r.client,
                f.service,
                f.age_group,
                r.source,
                r.referral,
                f.row.first_direct,
                f.wait_days,
                f.waiting_days,
                r.start,
                r.end,
                r.reason or None,
                len(r.pauses),
                f.pause_days,
                f.length_days,
                f.direct_minutes,
                f.indirect_minutes,
                r.home,
                r.arrangement,
            ]
        )
    write_table_sheet(
        wb,
        SHEET_EPISODE_LIST,
        [
            *(Col(k) for k in MUNICIPALITY_KEYS),
            Col("terapeut"),
            Col("bruker"),
            Col("tjeneste"),
            Col("aldersgruppe"),
            Col("henvist_fra"),
            Col("henvist", Kind.DATE),
            Col("første_direkte_kontakt", Kind.DATE),
            Col("dager_til_kontakt", Kind.COUNT),
            Col("dager_ventet_så_langt", Kind.COUNT),
            Col("startdato", Kind.DATE),
            Col("sluttdato", Kind.DATE),
            Col("sluttårsak"),
            Col("opphold", Kind.COUNT),
            Col("oppholdsdager", Kind.COUNT),
            Col("lengde_dager", Kind.COUNT),
            Col("direkte_min", Kind.DECIMAL),
            Col("indirekte_min", Kind.DECIMAL),
            Col("bostedskommune"),
            Col("tjenesteform"),
        ],
        rows,
        notes=[*EPISODE_RULES, *([] if figures else [NO_EPISODES])],
    )


def _cross_sheet(wb: NeutralWorkbook, data: PathwayData) -> None:
    rows = []
    for c in cross_rows(data):
        rows.append(
            [
                *split_key(c.serving),
                c.home,
                _municipality_name(c.home),
                c.arrangement,
                "ja" if c.home == split_key(c.serving)[0] else "nei",
                c.clients,
                c.entries,
                c.minutes,
                c.minutes / 60,
                c.share_of_serving,
            ]
        )
    write_table_sheet(
        wb,
        SHEET_CROSS,
        [
            *(Col(k) for k in MUNICIPALITY_KEYS),
            Col("bostedskommune"),
            Col("bostedskommune_navn"),
            Col("tjenesteform"),
            Col("bor_i_kommunen"),
            Col("brukere", Kind.COUNT),
            Col("registreringer", Kind.COUNT),
            Col("minutter", Kind.DECIMAL),
            Col("timer", Kind.DECIMAL),
            Col("andel_av_kommunens_brukertid", Kind.SHARE),
        ],
        rows,
        notes=[
            *CROSS_RULES,
            *([] if rows else ["Ingen registreringer med bostedskommune (eksportformat 1.1)."]),
        ],
    )


def _needs_sheet(wb: NeutralWorkbook, data: PathwayData, year: int | None) -> None:
    years = years_ahead(year) if year is not None else ()
    cells = needs_ahead(data, years) if years else {}
    keys = sorted({(home, kind, level) for home, kind, level, _y in cells})
    order = {k: i for i, k in enumerate(NEED_KINDS)}
    keys.sort(key=lambda k: (k[0], order.get(k[1], len(order)), k[2]))
    rows = []
    for home, kind, level in keys:
        counts = [len(cells.get((home, kind, level, y), ())) for y in years]
        rows.append([home, _municipality_name(home), kind, level, *counts, sum(counts)])
    write_table_sheet(
        wb,
        SHEET_NEEDS_AHEAD,
        [
            Col("bostedskommune"),
            Col("bostedskommune_navn"),
            Col("behov"),
            Col("nivå"),
            *(Col(str(y), Kind.COUNT) for y in years),
            Col("i_alt", Kind.COUNT),
        ],
        rows,
        notes=[
            *NEEDS_RULES,
            (
                f"Årene {years[0]}–{years[-1]}: de fem årene etter referanseåret {year} (året "
                "for den nyeste måneden i dataene)."
                if years
                else "Ingen godtatte innleveringer."
            ),
            *([] if rows else ["Ingen behovsvurderinger med behov i disse årene."]),
        ],
    )


# -- the shared sheets -------------------------------------------------------------------------


@dataclass
class _SharedWait:
    tables: list[SharedTable] = field(default_factory=list)
    waits: dict[str, list[int]] = field(default_factory=dict)  # municipality: waits


def _episode_key(f: EpisodeFigures) -> tuple[str, str]:
    return (f.row.therapist, f.row.id)


def _ordered(present: set[str], known: Sequence[str]) -> list[str]:
    return [k for k in known if k in present] + sorted(present - set(known))


WAIT_STATES = ("fikk kontakt", "venter", "avsluttet uten kontakt")


def _wait_state(f: EpisodeFigures) -> str:
    if f.wait_days is not None:
        return WAIT_STATES[0]
    return WAIT_STATES[1] if f.row.end is None else WAIT_STATES[2]


def _shared_wait(figures: Sequence[EpisodeFigures]) -> _SharedWait:
    out = _SharedWait()
    if not figures:
        return out
    rows = sorted({f.row.municipality for f in figures})
    by_source: dict[tuple[str, str], set[object]] = {}
    by_state: dict[tuple[str, str], set[object]] = {}
    for f in figures:
        by_source.setdefault((f.row.municipality, f.row.source), set()).add(_episode_key(f))
        by_state.setdefault((f.row.municipality, _wait_state(f)), set()).add(_episode_key(f))
        if f.wait_days is not None:
            out.waits.setdefault(f.row.municipality, []).append(f.wait_days)
    sources = _ordered({f.row.source for f in figures}, REFERRAL_SOURCES)
    states = _ordered({_wait_state(f) for f in figures}, WAIT_STATES)
    out.tables = [
        people_table("forløp etter kommune og hvem som henviste", rows, sources, by_source),
        people_table(
            "forløp etter kommune og om brukeren har fått kontakt", rows, states, by_state
        ),
    ]
    return out


def _ended_in_period(data: PathwayData, f: EpisodeFigures) -> bool:
    end = f.row.end
    return end is not None and f"{end:%Y-%m}" in data.months.get(f.row.municipality, set())


def _shared_episode_table(
    data: PathwayData, figures: Sequence[EpisodeFigures]
) -> list[SharedTable]:
    ended = [f for f in figures if _ended_in_period(data, f)]
    if not ended:
        return []
    cells: dict[tuple[str, str], set[object]] = {}
    minutes: dict[tuple[str, str], int] = {}
    for f in ended:
        key = (f.row.municipality, f.row.reason)
        cells.setdefault(key, set()).add(_episode_key(f))
        minutes[key] = minutes.get(key, 0) + round(f.direct_minutes + f.indirect_minutes)
    return [
        people_table(
            "avsluttede forløp etter kommune og sluttårsak",
            sorted({f.row.municipality for f in ended}),
            _ordered({f.row.reason for f in ended}, END_REASONS),
            cells,
            minutes,
            "direkte og indirekte minutter i de avsluttede forløpene",
        )
    ]


@dataclass
class _CrossPerson:
    minutes_in: dict[str, float] = field(default_factory=dict)
    latest: tuple[str, str] = ("", "")  # (home, arrangement) of the largest share


def _cross_column(serving: str, home: str, arrangement: str) -> str:
    if home == split_key(serving)[0]:
        return "bor i kommunen"
    return f"bor i annen kommune: {arrangement}"


CROSS_COLUMNS = ("bor i kommunen", *(f"bor i annen kommune: {a}" for a in ARRANGEMENTS))


def _shared_cross_table(data: PathwayData) -> list[SharedTable]:
    """Each client once: in the serving municipality, home and arrangement where most of their
    time with clients was (ties: the first in order), with all their minutes."""
    people = data.cross_people
    if not people:
        return []
    cells: dict[tuple[str, str], set[object]] = {}
    minutes: dict[tuple[str, str], int] = {}
    for client, where in people.items():
        serving, home, arrangement = min(where, key=lambda k: (-where[k], k))
        at = (serving, _cross_column(serving, home, arrangement))
        cells.setdefault(at, set()).add(client)
        minutes[at] = minutes.get(at, 0) + round(sum(where.values()))
    columns = _ordered({k[1] for k in cells}, CROSS_COLUMNS)
    return [
        people_table(
            "brukere etter kommunen som gir tjenesten og hvor de bor",
            sorted({k[0] for k in cells}),
            columns,
            cells,
            minutes,
            "minutter etter kommunen som gir tjenesten og hvor brukerne bor",
        )
    ]


def _shared_needs_tables(data: PathwayData, year: int | None) -> list[SharedTable]:
    if year is None:
        return []
    years = years_ahead(year)
    cells = needs_ahead(data, years)
    tables = []
    for kind in NEED_KINDS:
        of_kind: dict[tuple[str, str], set[object]] = {}
        for (home, k, _level, y), clients in cells.items():
            if k == kind:
                of_kind.setdefault((_home_label(home), str(y)), set()).update(clients)
        if of_kind:
            tables.append(
                people_table(
                    f"barn og unge med behov for {kind} (noe eller mye) etter bostedskommune og år",
                    sorted({k[0] for k in of_kind}),
                    [str(y) for y in years],
                    of_kind,
                )
            )
    return tables


def shared_pathway_tables(
    data: PathwayData, reference_year: int | None
) -> dict[str, list[SharedTable]]:
    """The people tables of the shared pathway sheets before anything is hidden (what the
    sheets are made from; the audit holds the written sheets against them)."""
    figures = episode_figures(data)
    return {
        SHEET_SHARED_WAIT: _shared_wait(figures).tables,
        SHEET_SHARED_EPISODES: _shared_episode_table(data, figures),
        SHEET_SHARED_CROSS: _shared_cross_table(data),
        SHEET_SHARED_NEEDS: _shared_needs_tables(data, reference_year),
    }


Measure = tuple[str, Callable[[list[int]], float | None]]
MedianRow = tuple[str, tuple[float | str | None, ...]]
WAIT_MEASURES: tuple[Measure, ...] = (
    ("median_dager", median),
    ("p75_dager", lambda v: percentile(v, 0.75)),
)


def median_rows(
    values: dict[str, list[int]], labels: Sequence[str], smallest: int, measures: Sequence[Measure]
) -> list[MedianRow]:
    """Medians (or other figures of a distribution) of ``values`` per row label and in total:
    ``:`` for a group of fewer than ``smallest`` (a median of a few tells too much of each; it
    says nothing of how many there are, so a row whose count is hidden to protect another
    keeps it), None for none."""
    out: list[MedianRow] = []
    for label in [*labels, TOTAL]:
        group = [v for vs in values.values() for v in vs] if label == TOTAL else values.get(label)
        cells: list[float | str | None] = []
        for _name, measure in measures:
            if not group:
                cells.append(None)
            elif len(group) < smallest:
                cells.append(HIDDEN)
            else:
                cells.append(measure(group))
        out.append((label, tuple(cells)))
    return out


def shared_wait_medians(data: PathwayData, threshold: int) -> list[MedianRow]:
    """The median and 75th percentile wait per municipality as *Deling – ventetid* shows them."""
    shared = _shared_wait(episode_figures(data))
    if not shared.tables:
        return []
    smallest = max(MIN_GROUP_FOR_MEDIAN, threshold)
    return median_rows(shared.waits, shared.tables[0].rows, smallest, WAIT_MEASURES)


def _write_medians(
    sheet: StackedSheet, title: str, rows: Sequence[MedianRow], measures: Sequence[Measure]
) -> None:
    sheet.title(title)
    sheet.header("kommune", *(name for name, _ in measures))
    for label, cells in rows:
        sheet.row(
            label,
            *(v if v is None or v == HIDDEN else sheet.fmt(v, HOURS_FORMAT) for v in cells),
        )
    sheet.row()


def _write_shared_wait(
    sheet: StackedSheet, figures: Sequence[EpisodeFigures], threshold: int
) -> None:
    sheet.title("Ventetid etter kommune – til deling")
    sheet.row(threshold_line(threshold))
    for rule in WAIT_RULES[:3]:
        sheet.row(rule)
    sheet.row()
    shared = _shared_wait(figures)
    if not shared.tables:
        sheet.row(NO_EPISODES)
        return
    # The same episodes by referral source and by contact: protected together.
    protected = protect_tables(shared.tables, threshold)
    write_table(sheet.title, sheet.header, sheet.row, shared.tables[0], protected, 0)
    write_table(sheet.title, sheet.header, sheet.row, shared.tables[1], protected, 1)
    smallest = max(MIN_GROUP_FOR_MEDIAN, threshold)
    _write_medians(
        sheet,
        "median og 75-persentil dager fra henvisning til første direkte kontakt",
        median_rows(shared.waits, shared.tables[0].rows, smallest, WAIT_MEASURES),
        WAIT_MEASURES,
    )


def _write_shared_episodes(
    sheet: StackedSheet, data: PathwayData, figures: Sequence[EpisodeFigures], threshold: int
) -> None:
    sheet.title("Avsluttede forløp etter kommune – til deling")
    sheet.row(threshold_line(threshold))
    for rule in EPISODE_RULES[1:]:
        sheet.row(rule)
    sheet.row()
    tables = _shared_episode_table(data, figures)
    if not tables:
        sheet.row(NO_EPISODES if not figures else "Ingen forløp ble avsluttet i perioden.")
        return
    write_tables(sheet.title, sheet.header, sheet.row, tables, threshold)
    lengths: dict[str, list[int]] = {}
    for f in figures:
        if _ended_in_period(data, f) and f.length_days is not None:
            lengths.setdefault(f.row.municipality, []).append(f.length_days)
    measures: tuple[Measure, ...] = (("median_lengde_dager", median),)
    _write_medians(
        sheet,
        "median lengde (dager, minus opphold) for avsluttede forløp",
        median_rows(lengths, tables[0].rows, max(MIN_GROUP_FOR_MEDIAN, threshold), measures),
        measures,
    )


def _write_shared_cross(sheet: StackedSheet, data: PathwayData, threshold: int) -> None:
    sheet.title("Kommunesamarbeid – til deling")
    sheet.row(threshold_line(threshold))
    sheet.row(
        "Hver bruker telles én gang: i kommunen, bostedskommunen og tjenesteformen der mest av "
        "tiden med brukeren er ført, med alle sine minutter. En indirekte registrering med "
        "flere brukere deles likt mellom dem."
    )
    sheet.row()
    tables = _shared_cross_table(data)
    if not tables:
        sheet.row("Ingen registreringer med bostedskommune (eksportformat 1.1).")
        return
    write_tables(sheet.title, sheet.header, sheet.row, tables, threshold)


def _write_shared_needs(
    sheet: StackedSheet, data: PathwayData, year: int | None, threshold: int
) -> None:
    sheet.title("Behov fremover etter bostedskommune – til deling")
    sheet.row(threshold_line(threshold))
    for rule in NEEDS_RULES:
        sheet.row(rule)
    sheet.row()
    tables = _shared_needs_tables(data, year)
    if not tables:
        sheet.row("Ingen behovsvurderinger med behov i de neste fem årene.")
        return
    for table in tables:
        write_tables(sheet.title, sheet.header, sheet.row, [table], threshold)


def write_pathway_sheets(
    wb: NeutralWorkbook,
    data: PathwayData,
    winners: Sequence[SubmissionInfo],
    pilot: Pilot | None,
    reference_year: int | None = None,
) -> None:
    """Add the pathway sheets (see the module text) to ``wb``, made from ``data`` (gathered
    from ``winners`` by :class:`PathwayGather`)."""
    year = (
        reference_year
        if reference_year is not None
        else reference_year_of({w.month for w in winners})
    )
    figures = episode_figures(data)
    _wait_sheet(wb, figures)
    _episode_month_sheet(wb, data, figures)
    _episode_list_sheet(wb, figures)
    _cross_sheet(wb, data)
    _needs_sheet(wb, data, year)
    threshold = pilot.small_count_threshold if pilot is not None else DEFAULT_THRESHOLD
    note = threshold_line(threshold)
    writers: tuple[tuple[str, Callable[[StackedSheet], None]], ...] = (
        (SHEET_SHARED_WAIT, lambda s: _write_shared_wait(s, figures, threshold)),
        (SHEET_SHARED_EPISODES, lambda s: _write_shared_episodes(s, data, figures, threshold)),
        (SHEET_SHARED_CROSS, lambda s: _write_shared_cross(s, data, threshold)),
        (SHEET_SHARED_NEEDS, lambda s: _write_shared_needs(s, data, year, threshold)),
    )
    for name, write in writers:
        sheet = StackedSheet(wb.create_sheet(name), note)
        write(sheet)
        sheet.close()
