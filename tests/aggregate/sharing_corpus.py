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
from rehablogg.exchange.columns import ENTRY_BASE_COLUMNS, PARTICIPANT_COLUMNS

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


@dataclass(frozen=True)
class Spec:
    therapists: tuple[int, ...]  # each therapist's municipality (index into MUNICIPALITIES)
    clients: tuple[Client, ...]
    linked: bool = False
    threshold: int = 5


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


def build(collection: Collection, spec: Spec) -> None:
    ids = itertools.count(1)
    months: dict[tuple[int, str], tuple[list[list[object]], list[list[object]]]] = {}

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
        }
        participants.append([p.get(col) for col in PARTICIPANT_COLUMNS])

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
                PARTICIPANT_COLUMNS,
            )
            collection.add_offer(
                Offer(f"{export_id}.xlsx", export_id, f"T{therapist}", month),
                sha256=hashlib.sha256(export_id.encode()).hexdigest(),
                size=1,
                municipality=number,
            )
            collection.add_submission(info, entries, participants)


def new_collection(folder: Path, spec: Spec) -> Collection:
    collection = Collection(folder / "samling.sqlite3")
    build(collection, spec)
    return collection
