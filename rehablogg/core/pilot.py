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
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS, AgeGroup
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.intensity import Target
from rehablogg.core.periods import Month
from rehablogg.core.pilot_ids import PILOT_ID_PATTERN, THERAPIST_PATTERN
from rehablogg.core.toml_reader import (
    MAX_TOML_BYTES,
    MISSING,
    Table,
    TomlFileError,
    parse_toml,
    read_toml,
    shown_text,
)

FORMAT = "rehablogg-pilot"
MAX_FILE_BYTES = MAX_TOML_BYTES  # a roster of a thousand therapists is about 100 KB
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
_ID_RE = PILOT_ID_PATTERN
_THERAPIST_RE = THERAPIST_PATTERN
_MUNICIPALITY_RE = re.compile(r"\d{4}")
_KEY_RE = re.compile(r"^[0-9a-fA-F]{64}$")
_TOP = (
    "format",
    "format_version",
    "id",
    "name",
    "catalogue_id",
    "catalogue_version",
    "linked_pseudonyms",
    "key",
    "required_fields",
    "age_groups",
    "roster",
    "intensity_targets",
    "small_count_threshold",
)
_ROSTER = ("therapist", "municipality", "unit", "profession", "first_month", "last_month")


class PilotError(TomlFileError):
    """A bad set-up file (one bokmål sentence naming the file, the table and the field), or a
    set-up a therapist cannot join."""


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


# Sentences of the pilot set-up's own rules; the generic ones (missing, unknown, wrong type)
# are core.toml_reader's. The key of linked pseudonyms is never shown in a sentence.
_NOT_PILOT = QT_TRANSLATE_NOOP(
    "pilot", "{where} må være «rehablogg-pilot»; dette er ikke en pilotfil."
)
_NEWER = QT_TRANSLATE_NOOP("pilot", "{where} må være 1.x; filen er laget av en nyere rehablogg.")
_ID_FORMAT = QT_TRANSLATE_NOOP(
    "pilot", "{where} kan bare ha små bokstaver, sifre og bindestrek (2–40 tegn), ikke {value}."
)
_KEY_NEEDED = QT_TRANSLATE_NOOP(
    "pilot", "{where} må være 64 heksadesimale tegn når pseudonymene er koblet."
)
_KEY_UNWANTED = QT_TRANSLATE_NOOP(
    "pilot", "{where} skal bare være med når linked_pseudonyms = true."
)
_NO_ROSTER = QT_TRANSLATE_NOOP(
    "pilot", "{where} mangler; legg inn minst én terapeut som [[roster]]."
)
_THERAPIST_NAMED = QT_TRANSLATE_NOOP("pilot", "terapeut {code}")
_THERAPIST_FORMAT = QT_TRANSLATE_NOOP(
    "pilot", "{where} kan bare ha bokstaver, sifre og bindestrek (høyst 20 tegn), ikke {value}."
)
_THERAPIST_TWICE = QT_TRANSLATE_NOOP(
    "pilot", "{where} står to ganger i listen; hver terapeut kan bare stå én gang."
)
_MUNICIPALITY_FORMAT = QT_TRANSLATE_NOOP("pilot", "{where} må ha fire sifre, ikke {value}.")
_NOT_MONTH = QT_TRANSLATE_NOOP(
    "pilot", "{where} må være en måned skrevet ÅÅÅÅ-MM i anførselstegn, ikke {value}."
)
_MONTHS_REVERSED = QT_TRANSLATE_NOOP("pilot", "{where} kan ikke være før first_month.")
_AGE_GROUPS = QT_TRANSLATE_NOOP("pilot", "{where} må være en liste som [[0, 5], [6, 12], [67]].")
_AGE_GAPS = QT_TRANSLATE_NOOP(
    "pilot",
    "{where} må dekke alle aldre fra 0 uten hull, og bare den siste gruppen kan være "
    "åpen oppover (som [67]).",
)
_AGE_REVERSED = QT_TRANSLATE_NOOP(
    "pilot", "{where} har en gruppe der slutten er før starten ([{low}, {high}])."
)
_TARGETS_NOT_TABLES = QT_TRANSLATE_NOOP(
    "pilot", "{where} må være tabeller som [intensity_targets.habilitering]."
)
_UNKNOWN_SERVICE = QT_TRANSLATE_NOOP(
    "pilot", "{where} gjelder ingen kjent tjeneste; bruk habilitering eller rehabilitering."
)
_EMPTY_TARGET = QT_TRANSLATE_NOOP(
    "pilot", "{where} er tom; gi sessions_per_week og/eller minutes_per_week."
)
_SESSIONS = QT_TRANSLATE_NOOP(
    "pilot", "{where} må være et tall fra 0 til 50 (direkte økter per uke, som 1.5), ikke {value}."
)
_MINUTES = QT_TRANSLATE_NOOP(
    "pilot", "{where} må være et heltall fra 0 til 5000 (direkte minutter per uke), ikke {value}."
)
_NO_TARGET = QT_TRANSLATE_NOOP(
    "pilot",
    "{where} setter ikke noe mål; gi sessions_per_week eller minutes_per_week større enn 0.",
)
_THRESHOLD = QT_TRANSLATE_NOOP(
    "pilot",
    "{where} må være et heltall fra {low} til {high} (antall personer under dette "
    "skjules i delingsarkene; vanlig er 5), ikke {value}.",
)


def load_pilot(path: Path) -> Pilot:
    """Read and validate a pilot set-up file; every problem is a :class:`PilotError`."""
    return _pilot(read_toml(path, PilotError, MAX_FILE_BYTES))


def parse_pilot(text: str, source: str) -> Pilot:
    """Parse and validate set-up TOML; ``source`` is the file name used in sentences."""
    return _pilot(parse_toml(text, source, PilotError))


def _pilot(top: Table) -> Pilot:
    top.refuse_unknown(_TOP)
    if top.raw("format") != FORMAT:
        raise top.problem(_NOT_PILOT, "format")
    if "format_version" not in top:
        raise top.problem(MISSING, "format_version")
    if str(top.raw("format_version")).split(".")[0] != FORMAT_VERSION.split(".")[0]:
        raise top.problem(_NEWER, "format_version")
    pilot_id = top.text("id", strip=True, pattern=_ID_RE, sentence=_ID_FORMAT)
    linked = top.boolean("linked_pseudonyms", False)
    key = top.raw("key")
    if linked and not (isinstance(key, str) and _KEY_RE.match(key)):
        raise top.problem(_KEY_NEEDED, "key")
    if not linked and key is not None:
        raise top.problem(_KEY_UNWANTED, "key")
    return Pilot(
        id=pilot_id,
        name=top.text("name", strip=True),
        catalogue_id=top.text("catalogue_id", strip=True),
        catalogue_version=top.integer("catalogue_version", low=1),
        roster=_roster(top),
        age_groups=_age_groups(top),
        required_fields=top.texts(
            "required_fields", (), example='"arena"', allowed=REQUIRABLE_FIELDS
        ),
        linked_pseudonyms=linked,
        key=key if linked and isinstance(key, str) else None,
        targets=_targets(top),
        small_count_threshold=top.integer(
            "small_count_threshold",
            DEFAULT_SMALL_COUNT_THRESHOLD,
            low=SMALL_COUNT_THRESHOLD_RANGE[0],
            high=SMALL_COUNT_THRESHOLD_RANGE[1],
            sentence=_THRESHOLD,
        ),
    )


def _roster(top: Table) -> tuple[RosterEntry, ...]:
    if top.raw("roster") in (None, []):
        raise top.problem(_NO_ROSTER, "roster")
    seen: set[str] = set()
    out = []
    for row in top.tables("roster"):
        raw = row.raw("therapist")
        if isinstance(raw, str) and raw.strip():  # named as the user searches the file for it
            row = row.named(_THERAPIST_NAMED.format(code=shown_text(raw.strip())))
        row.refuse_unknown(_ROSTER)
        therapist = row.text(
            "therapist", strip=True, pattern=_THERAPIST_RE, sentence=_THERAPIST_FORMAT
        )
        if therapist in seen:
            raise row.problem(_THERAPIST_TWICE, "therapist")
        seen.add(therapist)
        municipality = row.text(
            "municipality", strip=True, pattern=_MUNICIPALITY_RE, sentence=_MUNICIPALITY_FORMAT
        )
        profession = row.choice("profession", PROFESSIONS, strip=True)
        first, last = _month(row, "first_month"), _month(row, "last_month")
        if last < first:
            raise row.problem(_MONTHS_REVERSED, "last_month")
        out.append(
            RosterEntry(
                therapist, municipality, row.text("unit", strip=True), profession, first, last
            )
        )
    return tuple(out)


def _month(row: Table, key: str) -> Month:
    if key not in row:
        raise row.problem(MISSING, key)
    value = row.raw(key)
    try:
        return Month.parse(value if isinstance(value, str) else "")
    except ValueError:
        raise row.problem(_NOT_MONTH, key, value=value) from None


def _age_groups(top: Table) -> tuple[AgeGroup, ...]:
    value = top.raw("age_groups")
    if value is None:
        return DEFAULT_AGE_GROUPS
    if not isinstance(value, list) or not value:
        raise top.problem(_AGE_GROUPS, "age_groups")
    groups = []
    expected_low = 0
    for i, item in enumerate(value):
        last = i == len(value) - 1
        ok = isinstance(item, list) and all(
            isinstance(x, int) and not isinstance(x, bool) for x in item
        )
        if not ok or len(item) not in ((1, 2) if last else (2,)) or item[0] != expected_low:
            raise top.problem(_AGE_GAPS, "age_groups")
        high = item[1] if len(item) == 2 else None
        if high is not None and high < item[0]:
            raise top.problem(_AGE_REVERSED, "age_groups", low=item[0], high=high)
        groups.append(AgeGroup(item[0], high))
        expected_low = (high or 0) + 1
    return tuple(groups)


def _targets(top: Table) -> dict[str, Target]:
    if "intensity_targets" not in top:
        return {}
    if not isinstance(top.raw("intensity_targets"), dict):
        raise top.problem(_TARGETS_NOT_TABLES, "intensity_targets")
    services = top.table("intensity_targets")
    out: dict[str, Target] = {}
    for service in services:
        if service not in SERVICES:
            raise services.problem(_UNKNOWN_SERVICE, service)
        table = services.table(service, header=True)
        table.refuse_unknown(_TARGET_FIELDS)
        if not list(table):
            raise table.problem(_EMPTY_TARGET)
        sessions = table.number("sessions_per_week", 0, low=0, high=50, sentence=_SESSIONS)
        minutes = table.integer("minutes_per_week", 0, low=0, high=5000, sentence=_MINUTES)
        if sessions == 0 and minutes == 0:
            raise table.problem(_NO_TARGET)
        out[service] = Target(float(sessions), minutes)
    return out


def _version(pilot: Pilot) -> str:
    if pilot.small_count_threshold != DEFAULT_SMALL_COUNT_THRESHOLD:
        return THRESHOLD_VERSION
    return TARGETS_VERSION if pilot.targets else FORMAT_VERSION


def pilot_toml(pilot: Pilot) -> str:
    """The set-up file for ``pilot`` (``rehablogg pilot new`` writes this)."""
    lines = [
        f'format = "{FORMAT}"',
        f'format_version = "{_version(pilot)}"',
        f"id = {_q(pilot.id)}",
        f"name = {_q(pilot.name)}",
        f"catalogue_id = {_q(pilot.catalogue_id)}",
        f"catalogue_version = {pilot.catalogue_version}",
        f"linked_pseudonyms = {'true' if pilot.linked_pseudonyms else 'false'}",
    ]
    if pilot.linked_pseudonyms and pilot.key:
        lines.append(f"key = {_q(pilot.key)}")
    lines.append("required_fields = [" + ", ".join(_q(f) for f in pilot.required_fields) + "]")
    groups = ", ".join(
        f"[{g.low}, {g.high}]" if g.high is not None else f"[{g.low}]" for g in pilot.age_groups
    )
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
        lines += [
            "",
            "[[roster]]",
            f"therapist = {_q(r.therapist)}",
            f"municipality = {_q(r.municipality)}",
            f"unit = {_q(r.unit)}",
            f"profession = {_q(r.profession)}",
            f'first_month = "{r.first_month}"',
            f'last_month = "{r.last_month}"',
        ]
    return "\n".join(lines) + "\n"


def _q(text: str) -> str:
    """A TOML basic string: backslash, quote and every control character escaped, so a name
    with a line break (or any other control character) still writes a file TOML can read."""
    out = []
    for ch in text:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


_SHORT_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


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
        raise PilotError(
            QT_TRANSLATE_NOOP("pilot", "{file}: første linje må være {header}.").format(
                file=source, header=";".join(ROSTER_HEADER)
            )
        )
    out: list[RosterEntry] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        where = QT_TRANSLATE_NOOP("pilot", "{file}: linje {line}").format(file=source, line=number)
        if len(row) != len(ROSTER_HEADER):
            raise PilotError(
                QT_TRANSLATE_NOOP(
                    "pilot", "{where} har {count} felt, men skal ha {expected}."
                ).format(where=where, count=len(row), expected=len(ROSTER_HEADER))
            )
        therapist, municipality, unit, profession, first, last = (c.strip() for c in row)
        try:
            validate_municipality(municipality)
            first_month, last_month = Month.parse(first), Month.parse(last)
        except ValueError as exc:
            # The reason is the marked sentence of the rule that refused the cell.
            raise PilotError(
                QT_TRANSLATE_NOOP("pilot", "{where}: {reason}").format(
                    where=where, reason=exc.args[0] if exc.args else str(exc)
                )
            ) from None
        out.append(
            RosterEntry(therapist, municipality, unit, profession.lower(), first_month, last_month)
        )
    if not out:
        raise PilotError(
            QT_TRANSLATE_NOOP(
                "pilot", "{file} har ingen terapeuter etter overskriftslinjen."
            ).format(file=source)
        )
    return tuple(out)


def check_pilot(pilot: Pilot, source: str) -> Pilot:
    """``pilot`` as the file it would be written to, read back: every rule of the format."""
    return parse_pilot(pilot_toml(pilot), source)


def check_joinable(
    pilot: Pilot, therapist: str, catalogue_id: str, catalogue_versions: Collection[int]
) -> RosterEntry:
    """The roster entry ``therapist`` joins as; PilotError (one sentence, nothing secret) when
    the code is not in the roster or the pilot uses a catalogue this rehablogg does not have.
    ``catalogue_versions`` are the versions of ``catalogue_id`` it ships: the logbook takes the
    pilot's version when it is one of them (a pilot on version 1 stays on version 1)."""
    from rehablogg.core.municipalities import validate_municipality

    entry = pilot.member(therapist.strip())
    if entry is None:
        raise PilotError(
            QT_TRANSLATE_NOOP("pilot", "Terapeutkoden {code} står ikke i pilotens liste.").format(
                code=therapist.strip()[:40]
            )
        )
    if pilot.catalogue_id != catalogue_id:
        raise PilotError(
            QT_TRANSLATE_NOOP(
                "pilot",
                "Piloten bruker kodeverket «{wanted}», men denne rehablogg har bare "
                "«{have}»; be pilotlederen om en pilotfil for {have}.",
            ).format(wanted=pilot.catalogue_id[:60], have=catalogue_id)
        )
    if pilot.catalogue_version not in catalogue_versions:
        catalogue_version = max(catalogue_versions)
        raise PilotError(
            QT_TRANSLATE_NOOP(
                "pilot",
                "Piloten bruker versjon {wanted} av kodeverket, men denne rehablogg har "
                "versjon {have}; {advice}.",
            ).format(
                wanted=pilot.catalogue_version,
                have=catalogue_version,
                advice=QT_TRANSLATE_NOOP("pilot", "oppdater rehablogg")
                if pilot.catalogue_version > catalogue_version
                else QT_TRANSLATE_NOOP("pilot", "be pilotlederen om en ny pilotfil"),
            )
        )
    try:
        validate_municipality(entry.municipality)
    except ValueError as exc:
        raise PilotError(exc.args[0] if exc.args else str(exc)) from None
    return entry
