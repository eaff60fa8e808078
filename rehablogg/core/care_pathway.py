"""The care pathway of a client: episodes of care (forløp) with their pauses, the client's home
municipality and how the service reaches them, and coarse needs ahead.

The keys below are a contract: they are stored in the database and written into exports
(docs/care-pathway.md, docs/export-format.md). Never rename one; a new kind is a new key.
Their labels live in the activity-code catalogue (version 2), so a pilot can translate them.

An episode runs from the referral to its end. The first direct contact is not stored: it is
the first entry of a direct code naming the client on or after the referral date, so the
waiting time can never disagree with what was logged.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.transitions import TRANSITION_AGES

REFERRAL_SOURCES = (
    "fastlege",
    "helsestasjon",
    "barnehage_skole",
    "ppt",
    "spesialist_habu",
    "sykehus",
    "nav",
    "selvhenvist",
    "annet",
)
END_REASONS = ("maal_naadd", "overfort", "flyttet", "avsluttet_av_bruker", "dod", "annet")
PAUSE_KINDS = ("spesialisthelsetjeneste", "intensiv_trening", "utilgjengelig")
# How the service reaches the client: from the therapist's own municipality, under
# inter-municipal cooperation, or bought by the client's municipality.
ARRANGEMENTS = ("egen", "samarbeid", "kjop")
OWN_ARRANGEMENT = "egen"
NEED_KINDS = ("barnehage_skole", "bolig", "hjelpemidler", "transport", "ip_koordinator")
NEED_LEVELS = ("ingen", "noe", "mye")
NO_NEED = "ingen"

# Reminders look this far ahead for a client turning 6, 16 or 18.
REMINDER_MONTHS = 24

REFERRAL_IN_FUTURE = QT_TRANSLATE_NOOP(
    "care_pathway", "Henvisningsdatoen kan ikke være etter i dag."
)
UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("care_pathway", "Velg hvem som henviste brukeren.")
START_BEFORE_REFERRAL = QT_TRANSLATE_NOOP(
    "care_pathway", "Tjenesten kan ikke starte før henvisningsdatoen."
)
END_BEFORE_START = QT_TRANSLATE_NOOP(
    "care_pathway", "Sluttdatoen kan ikke være før henvisningen eller oppstarten."
)
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("care_pathway", "Datoene i et forløp kan ikke være etter i dag.")
END_WITHOUT_REASON = QT_TRANSLATE_NOOP("care_pathway", "Velg hvorfor forløpet ble avsluttet.")
REASON_WITHOUT_END = QT_TRANSLATE_NOOP(
    "care_pathway",
    "En avslutningsårsak krever en sluttdato; fyll inn sluttdatoen eller fjern årsaken.",
)
UNKNOWN_PAUSE = QT_TRANSLATE_NOOP("care_pathway", "Velg hva slags opphold det er.")
PAUSE_OUTSIDE = QT_TRANSLATE_NOOP(
    "care_pathway", "Et opphold fra {start} må ligge innenfor forløpet, fra henvisning til slutt."
)
PAUSE_BACKWARDS = QT_TRANSLATE_NOOP(
    "care_pathway", "Oppholdet fra {start} slutter før det begynner."
)
PAUSES_OVERLAP = QT_TRANSLATE_NOOP(
    "care_pathway", "Oppholdene fra {first} og {second} overlapper; rett datoene."
)
EPISODES_OVERLAP = QT_TRANSLATE_NOOP(
    "care_pathway",
    "Brukeren har allerede et forløp fra {referral} i samme tidsrom; avslutt det først.",
)
NEEDS_IN_FUTURE = QT_TRANSLATE_NOOP("care_pathway", "Vurderingsdatoen kan ikke være etter i dag.")
UNKNOWN_NEED = QT_TRANSLATE_NOOP("care_pathway", "Behovet «{kind}» må være ingen, noe eller mye.")


@dataclass(frozen=True)
class Pause:
    """A stretch inside an episode when the service rests for a known reason; an open pause
    (no end) lasts until now or the episode's end."""

    start: date
    end: date | None
    kind: str


@dataclass(frozen=True)
class Episode:
    referral_date: date
    referral_source: str
    start_date: date | None = None
    end_date: date | None = None
    end_reason: str | None = None
    pauses: tuple[Pause, ...] = ()

    def active_in(self, first: date, last: date) -> bool:
        """Whether any day of ``first``…``last`` lies between the referral and the end."""
        return self.referral_date <= last and (self.end_date is None or self.end_date >= first)

    def pause_days(self, until: date) -> int:
        """Days paused up to ``until`` (an open pause counts to ``until`` or the end)."""
        stop = until if self.end_date is None else min(until, self.end_date)
        days = 0
        for pause in self.pauses:
            end = stop if pause.end is None else min(pause.end, stop)
            if end >= pause.start:
                days += (end - pause.start).days + 1
        return days

    def paused_on(self, day: date) -> bool:
        return any(p.start <= day and (p.end is None or day <= p.end) for p in self.pauses)


@dataclass(frozen=True)
class NeedsAssessment:
    """Coarse needs ahead, as assessed on a day: each of NEED_KINDS is one of NEED_LEVELS."""

    assessed_on: date
    levels: Mapping[str, str] = field(default_factory=dict)

    def level(self, kind: str) -> str:
        return self.levels.get(kind, NO_NEED)


def episode_problem(episode: Episode, *, today: date, others: Iterable[Episode] = ()) -> str | None:
    """The one thing wrong with ``episode`` (None when it may be saved); ``others`` are the
    client's other episodes, which it must not overlap."""
    return (
        _dates_problem(episode, today)
        or _end_problem(episode)
        or _pauses_problem(episode)
        or _overlap_problem(episode, others)
    )


def _dates_problem(episode: Episode, today: date) -> str | None:
    if episode.referral_source not in REFERRAL_SOURCES:
        return UNKNOWN_SOURCE
    if episode.referral_date > today:
        return REFERRAL_IN_FUTURE
    if episode.start_date is not None and episode.start_date < episode.referral_date:
        return START_BEFORE_REFERRAL
    dates = [episode.start_date, episode.end_date]
    dates += [d for p in episode.pauses for d in (p.start, p.end)]
    if any(d is not None and d > today for d in dates):
        return DATE_IN_FUTURE
    return None


def _end_problem(episode: Episode) -> str | None:
    if episode.end_date is None:
        return REASON_WITHOUT_END if episode.end_reason else None
    if episode.end_date < (episode.start_date or episode.referral_date):
        return END_BEFORE_START
    if episode.end_reason not in END_REASONS:
        return END_WITHOUT_REASON
    return None


def _pauses_problem(episode: Episode) -> str | None:
    first = episode.referral_date  # a pause may fall in the wait (a hospital stay, say)
    for pause in episode.pauses:
        start = pause.start.isoformat()
        if pause.kind not in PAUSE_KINDS:
            return UNKNOWN_PAUSE
        if pause.end is not None and pause.end < pause.start:
            return PAUSE_BACKWARDS.format(start=start)
        outside = pause.start < first or (
            episode.end_date is not None and (pause.end is None or pause.end > episode.end_date)
        )
        if outside:
            return PAUSE_OUTSIDE.format(start=start)
    ordered = sorted(episode.pauses, key=lambda p: p.start)
    for before, after in itertools.pairwise(ordered):
        if before.end is None or before.end >= after.start:
            return PAUSES_OVERLAP.format(
                first=before.start.isoformat(), second=after.start.isoformat()
            )
    return None


def _overlap_problem(episode: Episode, others: Iterable[Episode]) -> str | None:
    for other in others:
        if episode.active_in(other.referral_date, other.end_date or date.max):
            return EPISODES_OVERLAP.format(referral=other.referral_date.isoformat())
    return None


def needs_problem(assessment: NeedsAssessment, *, today: date) -> str | None:
    if assessment.assessed_on > today:
        return NEEDS_IN_FUTURE
    for kind, level in assessment.levels.items():
        if kind not in NEED_KINDS or level not in NEED_LEVELS:
            return UNKNOWN_NEED.format(kind=kind)
    return None


@dataclass(frozen=True)
class Turning:
    """A client turns ``age`` in ``year`` (birth years only: the day is unknown)."""

    age: int
    year: int


def transition_reminders(
    birth_year: int | None,
    today: date,
    *,
    has_transition_planning: bool,
    has_needs_assessment: bool,
) -> tuple[Turning, ...]:
    """The ages 6, 16 and 18 the client turns within REMINDER_MONTHS of ``today`` when neither
    transition planning (I12) nor a needs assessment is recorded: what the therapist should be
    reminded of. A client turns A in the year ``birth_year + A``; that year is within reach
    when its first day is less than REMINDER_MONTHS away (and it has not ended)."""
    if birth_year is None or has_transition_planning or has_needs_assessment:
        return ()
    horizon_year = today.year + (today.month - 1 + REMINDER_MONTHS) // 12
    found = []
    for age in TRANSITION_AGES:
        year = birth_year + age
        if today.year <= year <= horizon_year:
            found.append(Turning(age, year))
    return tuple(found)
