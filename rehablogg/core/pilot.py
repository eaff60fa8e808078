"""The pilot set-up file a pilot lead hands out (docs/DESIGN.md §3.6), as TOML.

It names the pilot, the catalogue (by id and version; the shipped catalogue is the only one
this version reads), the roster of therapist codes with municipality, unit, profession and
months, the age groups, the fields every entry must have, and whether client pseudonyms are
linked across therapists (then with the pilot key, which therapists keep to themselves).

Format 1.1 adds one optional table, the target intensity per service that the summary's
Intensitet sheet measures clients against (``core.intensity``)::

    [intensity_targets.habilitering]
    sessions_per_week = 1.5   # direct sessions per week
    minutes_per_week = 60     # direct minutes per week

A file without it is written as 1.0, so an older rehablogg still reads it.

Format 1.2 adds one optional field, the small-count threshold of the shared summary sheets
(``aggregate.suppression``): counts of people from 1 up to one below it are hidden::

    small_count_threshold = 5

Without it the default (5: counts 1–4 hidden) applies; a file that keeps the default is
written without it, as 1.0 or 1.1.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS, AgeGroup
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.intensity import Target
from rehablogg.core.periods import Month
from rehablogg.core.regular_file import read_regular_file

FORMAT = "rehablogg-pilot"
MAX_FILE_BYTES = 4 * 1024 * 1024  # a roster of a thousand therapists is about 100 KB
FORMAT_VERSION = "1.0"
TARGETS_VERSION = "1.1"  # the first version with [intensity_targets.<service>]
THRESHOLD_VERSION = "1.2"  # the first version with small_count_threshold
# The same numbers as aggregate.suppression's (core cannot import aggregate).
DEFAULT_SMALL_COUNT_THRESHOLD = 5
SMALL_COUNT_THRESHOLD_RANGE = (2, 50)
SERVICES = ("habilitering", "rehabilitering")
_TARGET_FIELDS = ("sessions_per_week", "minutes_per_week")
PROFESSIONS = ("fysioterapeut", "ergoterapeut")
REQUIRABLE_FIELDS = ("start_time", "arena", "contact_mode", "parties", "clients")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,39}$")
_THERAPIST_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")
_MUNICIPALITY_RE = re.compile(r"^\d{4}$")
_KEY_RE = re.compile(r"^[0-9a-fA-F]{64}$")
_TOP = ("format", "format_version", "id", "name", "catalogue_id", "catalogue_version",
        "linked_pseudonyms", "key", "required_fields", "age_groups", "roster",
        "intensity_targets", "small_count_threshold")
_ROSTER = ("therapist", "municipality", "unit", "profession", "first_month", "last_month")


class PilotError(ValueError):
    """A bad set-up file; the message is one bokmål sentence naming the file and the field."""


@dataclass(frozen=True)
class RosterEntry:
    therapist: str
    municipality: str
    unit: str
    profession: str
    first_month: Month
    last_month: Month

    def months(self) -> list[Month]:
        out, month = [], self.first_month
        while month <= self.last_month:
            out.append(month)
            month = month.next()
        return out


@dataclass(frozen=True)
class Pilot:
    id: str
    name: str
    catalogue_id: str
    catalogue_version: int
    roster: tuple[RosterEntry, ...]
    age_groups: tuple[AgeGroup, ...] = DEFAULT_AGE_GROUPS
    required_fields: tuple[str, ...] = ()
    linked_pseudonyms: bool = False
    key: str | None = field(default=None, repr=False)
    # service ("habilitering"/"rehabilitering"): the intensity a client should get
    targets: Mapping[str, Target] = field(default_factory=dict, hash=False)
    # Counts of people from 1 to this minus one are hidden on the shared summary sheets.
    small_count_threshold: int = DEFAULT_SMALL_COUNT_THRESHOLD

    def member(self, therapist: str) -> RosterEntry | None:
        return next((r for r in self.roster if r.therapist == therapist), None)


def _err(source: str, where: str, problem: str) -> PilotError:
    return PilotError(
        QT_TRANSLATE_NOOP("pilot", "{file}: {where} {problem}").format(
            file=source, where=where, problem=problem))


def load_pilot(path: Path) -> Pilot:
    try:
        text = read_regular_file(path, MAX_FILE_BYTES).decode("utf-8-sig")
    except OSError as exc:
        raise PilotError(QT_TRANSLATE_NOOP(
            "pilot", "{file} kunne ikke leses ({reason}).").format(
                file=path.name, reason=exc.strerror or type(exc).__name__)) from None
    except UnicodeDecodeError:
        raise PilotError(QT_TRANSLATE_NOOP(
            "pilot", "{file} kan ikke leses som en pilotfil (UTF-8-tekst).").format(
                file=path.name)) from None
    return parse_pilot(text, path.name)


def parse_pilot(text: str, source: str) -> Pilot:
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError) as exc:
        raise _err(source, "filen", QT_TRANSLATE_NOOP(
            "pilot", "er ikke gyldig TOML ({detail}).").format(
                detail=str(exc).splitlines()[0][:80])) from None
    unknown = sorted(set(data) - set(_TOP))
    if unknown:
        raise _err(source, f"feltet «{unknown[0][:40]}»", QT_TRANSLATE_NOOP(
            "pilot", "er ukjent; sjekk stavemåten."))
    if data.get("format") != FORMAT:
        raise _err(source, "feltet «format»", QT_TRANSLATE_NOOP(
            "pilot", "må være «rehablogg-pilot»; dette er ikke en pilotfil."))
    version = str(data.get("format_version", ""))
    if version.split(".")[0] != FORMAT_VERSION.split(".")[0]:
        raise _err(source, "feltet «format_version»", QT_TRANSLATE_NOOP(
            "pilot", "må være 1.x; filen er laget av en nyere rehablogg."))
    pilot_id = _text(data, "id", source)
    if not _ID_RE.match(pilot_id):
        raise _err(source, "feltet «id»", QT_TRANSLATE_NOOP(
            "pilot", "kan bare ha små bokstaver, sifre og bindestrek (2–40 tegn)."))
    linked = data.get("linked_pseudonyms", False)
    if not isinstance(linked, bool):
        raise _err(source, "feltet «linked_pseudonyms»", "må være true eller false.")
    key = data.get("key")
    if linked and not (isinstance(key, str) and _KEY_RE.match(key)):
        raise _err(source, "feltet «key»", QT_TRANSLATE_NOOP(
            "pilot", "må være 64 heksadesimale tegn når pseudonymene er koblet."))
    if not linked and key is not None:
        raise _err(source, "feltet «key»", QT_TRANSLATE_NOOP(
            "pilot", "skal bare være med når linked_pseudonyms = true."))
    return Pilot(
        id=pilot_id,
        name=_text(data, "name", source),
        catalogue_id=_text(data, "catalogue_id", source),
        catalogue_version=_positive_int(data, "catalogue_version", source),
        roster=_roster(data.get("roster"), source),
        age_groups=_age_groups(data.get("age_groups"), source),
        required_fields=_required(data.get("required_fields", []), source),
        linked_pseudonyms=linked,
        key=key if linked else None,
        targets=_targets(data.get("intensity_targets"), source),
        small_count_threshold=_threshold(data.get("small_count_threshold"), source),
    )


def _text(data: dict[str, object], name: str, source: str, where: str = "") -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise _err(source, where or f"feltet «{name}»", QT_TRANSLATE_NOOP(
            "pilot", "mangler eller er tomt."))
    return value.strip()


def _positive_int(data: dict[str, object], name: str, source: str) -> int:
    value = data.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise _err(source, f"feltet «{name}»", "må være et positivt heltall.")
    return value


def _roster(value: object, source: str) -> tuple[RosterEntry, ...]:
    if not isinstance(value, list) or not value:
        raise _err(source, "listen «roster»", QT_TRANSLATE_NOOP(
            "pilot", "mangler; legg inn minst én terapeut som [[roster]]."))
    seen: set[str] = set()
    out = []
    for i, row in enumerate(value, start=1):
        where = f"terapeut nr. {i} i «roster»,"
        if not isinstance(row, dict):
            raise _err(source, where, "må være en tabell ([[roster]]).")
        unknown = sorted(set(row) - set(_ROSTER))
        if unknown:
            raise _err(source, f"{where} feltet «{unknown[0][:40]}»", "er ukjent.")
        therapist = _text(row, "therapist", source, f"{where} feltet «therapist»")
        if not _THERAPIST_RE.match(therapist):
            raise _err(source, f"{where} feltet «therapist»",
                       "kan bare ha bokstaver, sifre og bindestrek (høyst 20 tegn).")
        if therapist in seen:
            raise _err(source, f"{where} terapeutkoden {therapist}", "står der to ganger.")
        seen.add(therapist)
        municipality = _text(row, "municipality", source, f"{where} feltet «municipality»")
        if not _MUNICIPALITY_RE.match(municipality):
            raise _err(source, f"{where} feltet «municipality»", "må ha fire sifre.")
        profession = _text(row, "profession", source, f"{where} feltet «profession»")
        if profession not in PROFESSIONS:
            raise _err(source, f"{where} feltet «profession»",
                       "må være fysioterapeut eller ergoterapeut.")
        first = _month(row, "first_month", source, where)
        last = _month(row, "last_month", source, where)
        if last < first:
            raise _err(source, f"{where} feltet «last_month»",
                       "kan ikke være før first_month.")
        out.append(RosterEntry(therapist, municipality,
                               _text(row, "unit", source, f"{where} feltet «unit»"),
                               profession, first, last))
    return tuple(out)


def _month(row: dict[str, object], name: str, source: str, where: str) -> Month:
    value = row.get(name)
    try:
        return Month.parse(str(value)) if isinstance(value, str) else Month.parse("")
    except ValueError:
        raise _err(source, f"{where} feltet «{name}»", "må være en måned skrevet ÅÅÅÅ-MM.") \
            from None


def _age_groups(value: object, source: str) -> tuple[AgeGroup, ...]:
    if value is None:
        return DEFAULT_AGE_GROUPS
    if not isinstance(value, list) or not value:
        raise _err(source, "feltet «age_groups»", "må være en liste som [[0, 5], [6, 12], [67]].")
    groups = []
    expected_low = 0
    for i, item in enumerate(value):
        last = i == len(value) - 1
        ok = isinstance(item, list) and all(isinstance(x, int) and not isinstance(x, bool)
                                            for x in item)
        if not ok or len(item) not in ((1, 2) if last else (2,)) or item[0] != expected_low:
            raise _err(source, "feltet «age_groups»", QT_TRANSLATE_NOOP(
                "pilot", "må dekke alle aldre fra 0 uten hull, og bare den siste gruppen kan "
                "være åpen oppover (som [67])."))
        high = item[1] if len(item) == 2 else None
        if high is not None and high < item[0]:
            raise _err(source, "feltet «age_groups»", "har en gruppe der slutten er før starten.")
        groups.append(AgeGroup(item[0], high))
        expected_low = (high or 0) + 1
    return tuple(groups)


def _required(value: object, source: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(source, "feltet «required_fields»", "må være en liste av feltnavn.")
    unknown = [v for v in value if v not in REQUIRABLE_FIELDS]
    if unknown:
        raise _err(source, "feltet «required_fields»", QT_TRANSLATE_NOOP(
            "pilot", "kjenner ikke «{field}»; bruk {known}.").format(
                field=unknown[0][:40], known=", ".join(REQUIRABLE_FIELDS)))
    return tuple(value)


def _targets(value: object, source: str) -> dict[str, Target]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _err(source, "feltet «intensity_targets»", QT_TRANSLATE_NOOP(
            "pilot", "må være tabeller som [intensity_targets.habilitering]."))
    out: dict[str, Target] = {}
    for service, table in value.items():
        where = f"[intensity_targets.{str(service)[:40]}]"
        if service not in SERVICES:
            raise _err(source, f"tabellen {where}", QT_TRANSLATE_NOOP(
                "pilot", "gjelder ingen kjent tjeneste; bruk habilitering eller "
                         "rehabilitering."))
        if not isinstance(table, dict):
            raise _err(source, f"feltet «intensity_targets.{service}»", QT_TRANSLATE_NOOP(
                "pilot", "må være en tabell med sessions_per_week og/eller minutes_per_week."))
        unknown = sorted(set(table) - set(_TARGET_FIELDS))
        if unknown:
            raise _err(source, f"{where} feltet «{unknown[0][:40]}»", QT_TRANSLATE_NOOP(
                "pilot", "er ukjent; bruk sessions_per_week og/eller minutes_per_week."))
        if not table:
            raise _err(source, f"tabellen {where}", QT_TRANSLATE_NOOP(
                "pilot", "er tom; gi sessions_per_week og/eller minutes_per_week."))
        sessions = table.get("sessions_per_week", 0)
        if (not isinstance(sessions, (int, float)) or isinstance(sessions, bool)
                or not 0 <= sessions <= 50):
            raise _err(source, f"{where} feltet «sessions_per_week»", QT_TRANSLATE_NOOP(
                "pilot", "må være et tall fra 0 til 50 (direkte økter per uke, som 1.5)."))
        minutes = table.get("minutes_per_week", 0)
        if not isinstance(minutes, int) or isinstance(minutes, bool) \
                or not 0 <= minutes <= 5000:
            raise _err(source, f"{where} feltet «minutes_per_week»", QT_TRANSLATE_NOOP(
                "pilot", "må være et heltall fra 0 til 5000 (direkte minutter per uke)."))
        if sessions == 0 and minutes == 0:
            raise _err(source, f"tabellen {where}", QT_TRANSLATE_NOOP(
                "pilot", "setter ikke noe mål; gi sessions_per_week eller minutes_per_week "
                         "større enn 0."))
        out[service] = Target(float(sessions), minutes)
    return out


def _threshold(value: object, source: str) -> int:
    if value is None:
        return DEFAULT_SMALL_COUNT_THRESHOLD
    low, high = SMALL_COUNT_THRESHOLD_RANGE
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _err(source, "feltet «small_count_threshold»", QT_TRANSLATE_NOOP(
            "pilot", "må være et heltall fra {low} til {high} (antall personer under dette "
                     "skjules i delingsarkene; vanlig er 5).").format(low=low, high=high))
    return value


def _version(pilot: Pilot) -> str:
    if pilot.small_count_threshold != DEFAULT_SMALL_COUNT_THRESHOLD:
        return THRESHOLD_VERSION
    return TARGETS_VERSION if pilot.targets else FORMAT_VERSION


def pilot_toml(pilot: Pilot) -> str:
    """The set-up file for ``pilot`` (``rehablogg pilot new`` writes this)."""
    lines = [
        f'format = "{FORMAT}"',
        f'format_version = "{_version(pilot)}"',
        f"id = {_q(pilot.id)}", f"name = {_q(pilot.name)}",
        f"catalogue_id = {_q(pilot.catalogue_id)}",
        f"catalogue_version = {pilot.catalogue_version}",
        f"linked_pseudonyms = {'true' if pilot.linked_pseudonyms else 'false'}",
    ]
    if pilot.linked_pseudonyms and pilot.key:
        lines.append(f"key = {_q(pilot.key)}")
    lines.append("required_fields = [" + ", ".join(_q(f) for f in pilot.required_fields) + "]")
    groups = ", ".join(f"[{g.low}, {g.high}]" if g.high is not None else f"[{g.low}]"
                       for g in pilot.age_groups)
    lines.append(f"age_groups = [{groups}]")
    if pilot.small_count_threshold != DEFAULT_SMALL_COUNT_THRESHOLD:
        lines.append(f"small_count_threshold = {pilot.small_count_threshold}")
    for service in sorted(pilot.targets):
        target = pilot.targets[service]
        lines += ["", f"[intensity_targets.{service}]"]
        if target.sessions_per_week:
            lines.append(f"sessions_per_week = {float(target.sessions_per_week)!r}")
        if target.minutes_per_week:
            lines.append(f"minutes_per_week = {target.minutes_per_week}")
    for r in pilot.roster:
        lines += ["", "[[roster]]", f"therapist = {_q(r.therapist)}",
                  f"municipality = {_q(r.municipality)}", f"unit = {_q(r.unit)}",
                  f"profession = {_q(r.profession)}", f'first_month = "{r.first_month}"',
                  f'last_month = "{r.last_month}"']
    return "\n".join(lines) + "\n"


def _q(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


# -- helpers for ``rehablogg pilot new`` and for joining ---------------------------------------

ROSTER_HEADER = ("therapist", "municipality", "unit", "profession", "first_month", "last_month")


def parse_age_groups(text: str) -> tuple[AgeGroup, ...]:
    """``"0-5,6-12,67+"`` as age groups; ValueError when it is not written that way (whether
    the groups cover every age is the pilot file's own rule, checked by :func:`parse_pilot`)."""
    groups = []
    for part in (p.strip() for p in text.split(",")):
        m = re.fullmatch(r"(\d{1,3})(?:-(\d{1,3})|(\+))", part)
        if m is None:
            raise ValueError(part)
        groups.append(AgeGroup(int(m.group(1)), int(m.group(2)) if m.group(2) else None))
    return tuple(groups)


def roster_from_csv(text: str, source: str) -> tuple[RosterEntry, ...]:
    """The roster from a ``;``-separated CSV with the header ``ROSTER_HEADER``; PilotError
    names the line. Municipalities are checked against the municipality list."""
    import csv

    from rehablogg.core.municipalities import validate_municipality

    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    header = tuple(c.strip().lower() for c in rows[0]) if rows else ()
    if header != ROSTER_HEADER:
        raise PilotError(QT_TRANSLATE_NOOP(
            "pilot", "{file}: første linje må være {header}.").format(
                file=source, header=";".join(ROSTER_HEADER)))
    out: list[RosterEntry] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        where = QT_TRANSLATE_NOOP("pilot", "{file}: linje {line}").format(
            file=source, line=number)
        if len(row) != len(ROSTER_HEADER):
            raise PilotError(QT_TRANSLATE_NOOP(
                "pilot", "{where} har {count} felt, men skal ha {expected}.").format(
                    where=where, count=len(row), expected=len(ROSTER_HEADER)))
        therapist, municipality, unit, profession, first, last = (c.strip() for c in row)
        try:
            validate_municipality(municipality)
            first_month, last_month = Month.parse(first), Month.parse(last)
        except ValueError as exc:
            raise PilotError(f"{where}: {exc}") from None
        out.append(RosterEntry(therapist, municipality, unit, profession.lower(),
                               first_month, last_month))
    if not out:
        raise PilotError(QT_TRANSLATE_NOOP(
            "pilot", "{file} har ingen terapeuter etter overskriftslinjen.").format(file=source))
    return tuple(out)


def check_pilot(pilot: Pilot, source: str) -> Pilot:
    """``pilot`` as the file it would be written to, read back: every rule of the format."""
    return parse_pilot(pilot_toml(pilot), source)


def check_joinable(pilot: Pilot, therapist: str, catalogue_id: str,
                   catalogue_version: int) -> RosterEntry:
    """The roster entry ``therapist`` joins as; PilotError (one sentence, nothing secret) when
    the code is not in the roster or the pilot uses a catalogue this rehablogg does not have."""
    from rehablogg.core.municipalities import validate_municipality

    entry = pilot.member(therapist.strip())
    if entry is None:
        raise PilotError(QT_TRANSLATE_NOOP(
            "pilot", "Terapeutkoden {code} står ikke i pilotens liste.").format(
                code=therapist.strip()[:40]))
    if pilot.catalogue_id != catalogue_id:
        raise PilotError(QT_TRANSLATE_NOOP(
            "pilot", "Piloten bruker kodeverket «{wanted}», men denne rehablogg har bare "
                     "«{have}»; be pilotlederen om en pilotfil for {have}.").format(
                wanted=pilot.catalogue_id[:60], have=catalogue_id))
    if pilot.catalogue_version != catalogue_version:
        raise PilotError(QT_TRANSLATE_NOOP(
            "pilot", "Piloten bruker versjon {wanted} av kodeverket, men denne rehablogg har "
                     "versjon {have}; {advice}.").format(
                wanted=pilot.catalogue_version, have=catalogue_version,
                advice="oppdater rehablogg" if pilot.catalogue_version > catalogue_version
                else "be pilotlederen om en ny pilotfil"))
    try:
        validate_municipality(entry.municipality)
    except ValueError as exc:
        raise PilotError(str(exc)) from None
    return entry
