"""The demo year's care pathway: episodes with waits and pauses, clients from neighbouring
municipalities, and needs ahead for children (docs/care-pathway.md).

Drawn from a random generator of its own (seeded from the demo's seed), after the year's
entries are planned, so the entries of a seed stay exactly what they were before pathways
existed. Each episode is shaped around the client's entries: referred some weeks before the
first direct session (children in habilitation wait longest), started at the first entry,
ended a few days after the last one when the client is no longer active, and paused over a
long silence in the middle (a hospital stay, an intensive training period, or the family
away). Some clients whose care ended are referred again and wait, not yet seen. Every
episode passes the same rules a therapist's does (core/care_pathway.py).
"""

from __future__ import annotations

import itertools
import random
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from rehablogg.core import care_pathway as cp
from rehablogg.core.municipalities import municipalities
from rehablogg.core.transitions import TRANSITION_AGES

# Real neighbours of the municipalities demos and screenshots use (Oslo is its own county; its
# neighbours are in Akershus); any other municipality draws from its own county.
_NEIGHBOURS = {
    "0301": ("3201", "3203", "3205", "3207", "3212", "3222", "3226"),
    "4601": ("4623", "4624", "4626", "4627", "4628", "4630", "4631"),
    "4621": ("4619", "4620", "4622", "4628", "4629", "4639", "4641"),
    "4622": ("4601", "4619", "4620", "4621", "4623", "4624"),
    "5001": ("5028", "5029", "5031", "5035", "5059"),
}
_SHARE_FROM_ELSEWHERE = 0.14
# Referral sources by who the client is: (children, adults).
_CHILD_SOURCES = (
    ("helsestasjon", 30),
    ("spesialist_habu", 22),
    ("barnehage_skole", 16),
    ("fastlege", 12),
    ("ppt", 10),
    ("sykehus", 6),
    ("selvhenvist", 3),
    ("annet", 1),
)
_ADULT_SOURCES = (
    ("fastlege", 38),
    ("sykehus", 30),
    ("spesialist_habu", 8),
    ("nav", 8),
    ("selvhenvist", 12),
    ("annet", 4),
)
_END_REASONS = (
    ("maal_naadd", 52),
    ("overfort", 16),
    ("avsluttet_av_bruker", 12),
    ("flyttet", 8),
    ("annet", 5),
)
_PAUSE_KINDS = (("spesialisthelsetjeneste", 5), ("intensiv_trening", 3), ("utilgjengelig", 4))
# A silence this long inside an episode is explained by a pause (most of the time).
_PAUSE_GAP_DAYS = 28
_PAUSE_SHARE = 0.7
# A client whose care ended this long before the year's end may be referred again.
_REFERRAL_AGAIN_AFTER = 60
_REFERRAL_AGAIN_SHARE = 0.3


class PathwayClient(Protocol):
    """What the pathway needs to know of a demo client."""

    @property
    def age(self) -> int: ...
    @property
    def birth_year(self) -> int: ...
    @property
    def service(self) -> str: ...
    @property
    def active(self) -> bool: ...
    @property
    def has_ip(self) -> bool: ...
    @property
    def is_child(self) -> bool: ...


@dataclass(frozen=True)
class DemoEpisode:
    client: int  # index into the planned clients
    episode: cp.Episode
    id: str


@dataclass
class PathwayRows:
    episodes: list[DemoEpisode]
    homes: dict[int, tuple[str, str]]  # client index -> (home municipality, arrangement)
    needs: dict[int, cp.NeedsAssessment]
    reopened: set[int] = field(default_factory=set)  # closed clients referred again


def _draw(rng: random.Random, table: Sequence[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def _neighbours(own: str) -> tuple[str, ...]:
    known = municipalities()
    if own in _NEIGHBOURS:
        return tuple(n for n in _NEIGHBOURS[own] if n in known)
    county = known[own].county_number if own in known else own[:2]
    return tuple(sorted(n for n, m in known.items() if m.county_number == county and n != own))


def plan_pathways(
    seed: int,
    clients: Sequence[PathwayClient],
    seen: Mapping[int, Sequence[tuple[date, bool]]],
    *,
    municipality: str,
    today: date,
) -> PathwayRows:
    """The pathway of each client; ``seen`` gives each client's entries as (date, direct)."""
    rng = random.Random(f"{seed}-pathway")
    rows = PathwayRows([], {}, {})
    neighbours = _neighbours(municipality)
    for index, client in enumerate(clients):
        days = sorted(seen.get(index, ()))
        if days:
            episode = _episode(rng, client, days, today)
            rows.episodes.append(DemoEpisode(index, episode, f"{rng.getrandbits(128):032x}"))
            again = _referred_again(rng, client, episode, today)
            if again is not None:
                rows.episodes.append(DemoEpisode(index, again, f"{rng.getrandbits(128):032x}"))
                rows.reopened.add(index)
        if neighbours and rng.random() < _SHARE_FROM_ELSEWHERE:
            arrangement = rng.choice(("samarbeid", "samarbeid", "kjop"))
            rows.homes[index] = (rng.choice(neighbours), arrangement)
        needs = _needs(rng, client, today)
        if needs is not None:
            rows.needs[index] = needs
    return rows


def _episode(
    rng: random.Random, client: PathwayClient, days: Sequence[tuple[date, bool]], today: date
) -> cp.Episode:
    first = days[0][0]
    first_direct = next((d for d, direct in days if direct), first)
    if client.is_child and client.service == "habilitering":
        wait = rng.choice((10, 14, 21, 28, 35, 42, 56, 70, 90, 120))
    else:
        wait = rng.choice((3, 5, 7, 10, 14, 14, 21, 28))
    # Indirect work (a call with the parents, reading papers) may come before the first session.
    referral = min(first_direct - timedelta(days=wait), first - timedelta(days=rng.randint(1, 7)))
    last = days[-1][0]
    end = None if client.active else min(last + timedelta(days=rng.randint(0, 10)), today)
    reason = None
    if end is not None:
        reason = "dod" if client.age >= 80 and rng.random() < 0.1 else _draw(rng, _END_REASONS)
    table = _CHILD_SOURCES if client.is_child else _ADULT_SOURCES
    episode = cp.Episode(referral, _draw(rng, table), first, end, reason, _pauses(rng, days))
    assert cp.episode_problem(episode, today=today) is None, episode
    return episode


def _referred_again(
    rng: random.Random, client: PathwayClient, first: cp.Episode, today: date
) -> cp.Episode | None:
    """Now and then a client whose care ended well before the year's end is referred again and
    waits, not yet seen: the waiting list at the end of the year."""
    if first.end_date is None or (today - first.end_date).days < _REFERRAL_AGAIN_AFTER:
        return None
    if first.end_reason == "dod" or rng.random() >= _REFERRAL_AGAIN_SHARE:
        return None
    latest = min(today, first.end_date + timedelta(days=_REFERRAL_AGAIN_AFTER))
    referral = today - timedelta(days=rng.randint(5, 75))
    referral = max(referral, latest)
    table = _CHILD_SOURCES if client.is_child else _ADULT_SOURCES
    episode = cp.Episode(referral, _draw(rng, table))
    assert cp.episode_problem(episode, today=today, others=[first]) is None, episode
    return episode


def _pauses(rng: random.Random, days: Sequence[tuple[date, bool]]) -> tuple[cp.Pause, ...]:
    """A pause over each long silence between two entries, most of the time."""
    pauses = []
    for (before, _), (after, _) in itertools.pairwise(days):
        if (after - before).days >= _PAUSE_GAP_DAYS and rng.random() < _PAUSE_SHARE:
            start = before + timedelta(days=rng.randint(1, 4))
            end = after - timedelta(days=rng.randint(1, 4))
            pauses.append(cp.Pause(start, end, _draw(rng, _PAUSE_KINDS)))
    return tuple(pauses)


def _needs(rng: random.Random, client: PathwayClient, today: date) -> cp.NeedsAssessment | None:
    """Children and young people near a transition are mostly assessed; a few are not yet
    (so the reminders have something to say)."""
    if client.age >= 20:
        return None
    near = any(0 <= client.birth_year + age - today.year <= 5 for age in TRANSITION_AGES)
    if rng.random() > (0.75 if near else 0.35):
        return None
    heavy = 0.55 if client.has_ip else 0.2

    def level() -> str:
        drawn = rng.random()
        return "mye" if drawn < heavy * 0.5 else "noe" if drawn < heavy + 0.25 else "ingen"

    levels = {kind: level() for kind in cp.NEED_KINDS}
    if client.age < 4:
        levels["bolig"] = "ingen"  # too early to say
    return cp.NeedsAssessment(today - timedelta(days=rng.randint(5, 300)), levels)


def insert_pathways(
    conn: sqlite3.Connection, rows: PathwayRows, client_ids: Sequence[int], stamp: str
) -> None:
    """Write the planned pathways (inside the demo's transaction)."""
    for episode_row in rows.episodes:
        episode = episode_row.episode
        conn.execute(
            "INSERT INTO episode (id, client_id, referral_date, referral_source, start_date, "
            "end_date, end_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                episode_row.id,
                client_ids[episode_row.client],
                episode.referral_date.isoformat(),
                episode.referral_source,
                _iso(episode.start_date),
                _iso(episode.end_date),
                episode.end_reason,
                stamp,
                stamp,
            ),
        )
        conn.executemany(
            "INSERT INTO episode_pause (episode_id, start_date, end_date, kind) "
            "VALUES (?, ?, ?, ?)",
            [(episode_row.id, p.start.isoformat(), _iso(p.end), p.kind) for p in episode.pauses],
        )
    conn.executemany(
        "UPDATE client SET active = 1 WHERE id = ?",
        [(client_ids[i],) for i in sorted(rows.reopened)],
    )
    conn.executemany(
        "UPDATE client SET home_municipality = ?, arrangement = ? WHERE id = ?",
        [(home, how, client_ids[i]) for i, (home, how) in sorted(rows.homes.items())],
    )
    conn.executemany(
        "INSERT INTO needs_assessment (client_id, assessed_on, "
        + ", ".join(cp.NEED_KINDS)
        + ") VALUES (?, ?, "
        + ", ".join("?" for _ in cp.NEED_KINDS)
        + ")",
        [
            (client_ids[i], n.assessed_on.isoformat(), *(n.level(k) for k in cp.NEED_KINDS))
            for i, n in sorted(rows.needs.items())
        ],
    )


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
