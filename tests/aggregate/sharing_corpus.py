"""Small synthetic collections for the sharing sheets' interval audit: a few municipalities,
therapists and clients, with birth years that make transitions ahead, I12 minutes on some
clients (most have none: the zeros that gave hidden minutes away), sessions spread over May to
September 2026 (so some clients are followed over the summer) and, with linked pseudonyms,
clients seen in two municipalities. Built straight into a Collection with offers, so that
``write_summary`` makes every sheet as ``aggregate`` would.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.status import Offer
from rehablogg.core.agegroups import age_group
from rehablogg.core.intensity import Target
from rehablogg.core.periods import IsoWeek, Month
from rehablogg.core.pilot import Pilot, RosterEntry
from rehablogg.exchange.columns import ENTRY_BASE_COLUMNS, PARTICIPANT_TABLE, of_version

MUNICIPALITIES = (
    ("4601", "Bergen"),
    ("0301", "Oslo"),
    ("1103", "Stavanger"),
    ("5001", "Trondheim"),
)
FIRST = date(2026, 5, 4)  # a Monday; the data run to September, reference year 2026
DAYS = 150
CATEGORY = {"D02": "direkte", "I12": "indirekte", "A04": "annet"}
# Turning 6 (2021–2025), 16 (2011–2015) or 18 (2009–2013) in 2027–2031, or none of them.
BIRTH_YEARS = (2021, 2022, 2023, 2025, 2011, 2012, 2013, 2015, 2009, 2010, 2000, 1980)
KEY = "ab" * 32


@dataclass(frozen=True)
class Client:
    therapist: int  # index into the therapists
    service: str
    born: int | None
    days: tuple[int, ...]  # days after FIRST with a direct session
    i12: int  # transition-planning minutes (0 for most)
    also: int | None = None  # another therapist who sees the client once (linked only)
    # Format 1.1 (with Spec.pathway): an episode from ``referral`` (days after FIRST, may be
    # before it), ended ``end`` days after FIRST with ``reason``; a pause (from, to) in days
    # after FIRST; the home municipality (index into MUNICIPALITIES, None: the therapist's)
    # and arrangement; needs (kind, level) assessed on FIRST.
    referral: int | None = None
    end: int | None = None
    reason: str = "maal_naadd"
    source: str = "fastlege"
    pause: tuple[int, int] | None = None
    home: int | None = None
    arrangement: str = "egen"
    needs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Spec:
    therapists: tuple[int, ...]  # each therapist's municipality (index into MUNICIPALITIES)
    clients: tuple[Client, ...]
    linked: bool = False
    threshold: int = 5
    pathway: bool = False  # format 1.1 files: episodes, pauses, needs, home municipalities


def pilot_of(spec: Spec) -> Pilot:
    roster = tuple(
        RosterEntry(
            f"T{i}", MUNICIPALITIES[m][0], "Enhet", "fysioterapeut", Month(2026, 5), Month(2026, 9)
        )
        for i, m in enumerate(spec.therapists)
    )
    pilot = Pilot(
        id="pilot-deling",
        name="Pilot Deling",
        catalogue_id="rehablogg-standard",
        catalogue_version=1,
        roster=roster,
        linked_pseudonyms=spec.linked,
        key=KEY if spec.linked else None,
        targets={"habilitering": Target(sessions_per_week=1, minutes_per_week=45)},
    )
    if spec.threshold != 5:  # older versions of Pilot have no such field
        pilot = replace(pilot, small_count_threshold=spec.threshold)
    return pilot


EPISODE_COLUMNS = (
    "forlop_id",
    "bruker",
    "henvist",
    "henvist_fra",
    "startdato",
    "sluttdato",
    "sluttarsak",
    "forste_direkte_kontakt",
    "antall_opphold",
    "oppholdsdager",
    "bostedskommune",
    "tjenesteform",
)
PAUSE_COLUMNS = ("forlop_id", "fra", "til", "type")
NEEDS_COLUMNS = (
    "bruker",
    "fodselsar",
    "bostedskommune",
    "vurdert",
    "barnehage_skole",
    "bolig",
    "hjelpemidler",
    "transport",
    "ip_koordinator",
)
# Deltakere of a 1.0 and of a 1.1 file (1.1 adds bostedskommune and tjenesteform).
PARTICIPANT_COLUMNS = tuple(c.name for c in of_version(PARTICIPANT_TABLE, 0))
PARTICIPANT_COLUMNS_11 = tuple(c.name for c in of_version(PARTICIPANT_TABLE, 1))


def _home(spec: Spec, c: Client) -> str:
    index = spec.therapists[c.therapist % len(spec.therapists)] if c.home is None else c.home
    return MUNICIPALITIES[index][0]


def _pathway_sheets(
    spec: Spec, therapist: int, month: str, clients: set[int]
) -> dict[str, tuple[tuple[str, ...], list[list[object]]]]:
    """The 1.1 sheets of one therapist's month: the episodes active in it, their pauses, and
    the needs of the clients on the file."""
    first, last = Month.parse(month).first_day, Month.parse(month).last_day
    episodes: list[list[object]] = []
    pauses: list[list[object]] = []
    needs: list[list[object]] = []
    n = len(spec.therapists)
    for i, c in enumerate(spec.clients):
        if c.therapist % n != therapist:
            continue
        on_file = i in clients
        if c.referral is not None:
            referral = FIRST + timedelta(days=c.referral)
            end = FIRST + timedelta(days=c.end) if c.end is not None else None
            if referral <= last and (end is None or end >= first):
                on_file = True
                direct = [
                    FIRST + timedelta(days=d)
                    for d in c.days
                    if FIRST + timedelta(days=d) >= referral
                    and (end is None or FIRST + timedelta(days=d) <= end)
                    and FIRST + timedelta(days=d) <= last
                ]
                pause_rows = []
                if c.pause is not None:
                    p_from = FIRST + timedelta(days=c.pause[0])
                    p_to = FIRST + timedelta(days=c.pause[1])
                    pause_rows.append([f"f{i:04d}", p_from, p_to, "utilgjengelig"])
                e = {
                    "forlop_id": f"f{i:04d}",
                    "bruker": f"K-{i:03d}",
                    "henvist": referral,
                    "henvist_fra": c.source,
                    "startdato": min(direct) if direct else None,
                    "sluttdato": end if end is not None and end <= last else None,
                    "sluttarsak": c.reason if end is not None and end <= last else None,
                    "forste_direkte_kontakt": min(direct) if direct else None,
                    "antall_opphold": len(pause_rows),
                    "oppholdsdager": 0,
                    "bostedskommune": _home(spec, c),
                    "tjenesteform": c.arrangement,
                }
                episodes.append([e[col] for col in EPISODE_COLUMNS])
                pauses += pause_rows
        if on_file and c.needs:
            levels = dict(c.needs)
            row = {
                "bruker": f"K-{i:03d}",
                "fodselsar": c.born,
                "bostedskommune": _home(spec, c),
                "vurdert": FIRST,
            }
            needs.append([row.get(col, levels.get(col, "ingen")) for col in NEEDS_COLUMNS])
    return {
        "Forløp": (EPISODE_COLUMNS, episodes),
        "Opphold": (PAUSE_COLUMNS, pauses),
        "Behov": (NEEDS_COLUMNS, needs),
    }


def build(collection: Collection, spec: Spec) -> None:
    ids = itertools.count(1)
    months: dict[tuple[int, str], tuple[list[list[object]], list[list[object]]]] = {}
    seen: dict[tuple[int, str], set[int]] = {}  # the clients on each file
    participant_columns = PARTICIPANT_COLUMNS_11 if spec.pathway else PARTICIPANT_COLUMNS

    def entry(therapist: int, day: date, code: str, minutes: int, client: int, c: Client) -> None:
        entries, participants = months.setdefault((therapist, str(Month.of(day))), ([], []))
        entry_id = f"e{next(ids):05d}"
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
            "antall_brukere": 1,
        }
        entries.append([values.get(col) for col in ENTRY_BASE_COLUMNS])
        seen.setdefault((therapist, str(Month.of(day))), set()).add(client)
        p = {
            "registrering_id": entry_id,
            "bruker": f"K-{client:03d}",
            "fodselsar": c.born,
            "aldersgruppe": age_group(day.year, c.born),
            "tjeneste": c.service,
            "har_ip": 0,
            "har_koordinator": 0,
            "har_barnekoordinator": 0,
            "terapeut_er_koordinator": 0,
            "bostedskommune": _home(spec, c),
            "tjenesteform": c.arrangement,
        }
        participants.append([p.get(col) for col in participant_columns])

    n = len(spec.therapists)
    for i, c in enumerate(spec.clients):
        therapist = c.therapist % n
        for offset in c.days:
            entry(therapist, FIRST + timedelta(days=offset), "D02", 45, i, c)
        if c.i12:
            entry(therapist, FIRST + timedelta(days=c.days[0]), "I12", c.i12, i, c)
        if spec.linked and c.also is not None and c.also % n != therapist:
            entry(c.also % n, FIRST + timedelta(days=c.days[-1]), "D02", 30, i, c)
    with collection.run():
        for (therapist, month), (entries, participants) in sorted(months.items()):
            number, name = MUNICIPALITIES[spec.therapists[therapist]]
            export_id = f"x-T{therapist}-{month}"
            info = SubmissionInfo(
                export_id,
                f"T{therapist}",
                number,
                name,
                "Enhet",
                "fysioterapeut",
                100,
                "pilot-deling",
                month,
                "",
                ENTRY_BASE_COLUMNS,
                participant_columns,
            )
            collection.add_offer(
                Offer(f"{export_id}.xlsx", export_id, f"T{therapist}", month),
                sha256=hashlib.sha256(export_id.encode()).hexdigest(),
                size=1,
                municipality=number,
            )
            sheets = (
                _pathway_sheets(spec, therapist, month, seen.get((therapist, month), set()))
                if spec.pathway
                else None
            )
            collection.add_submission(info, entries, participants, sheets)


def new_collection(folder: Path, spec: Spec) -> Collection:
    collection = Collection(folder / "samling.sqlite3")
    build(collection, spec)
    return collection
