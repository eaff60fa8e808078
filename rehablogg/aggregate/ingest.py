"""Taking files into a collection: find them, check them before anything is read, verify them,
and record what each one is.

Order of checks for one file: its size (a monthly file is far below ``max_bytes``), then — for a
zip — the uncompressed size and ratio its directory declares (a zip bomb is refused before
openpyxl touches it; ``zipfile`` never inflates a member past its declared size, so the
declared sizes bound the work), then ``verify`` (every check of the format), then the rules of
a collection: a submission (innlevering = ja), of this pilot, by a therapist on the roster.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.status import Offer
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import Month
from rehablogg.core.pilot import FORMAT as PILOT_FORMAT
from rehablogg.core.pilot import Pilot
from rehablogg.exchange.columns import (
    META_EXPORT_ID,
    META_FROM,
    META_MUNICIPALITY,
    META_POSITION,
    META_REPLACES,
    META_SUBMISSION,
    META_THERAPIST,
    YES,
)
from rehablogg.exchange.verify import verify_file

TOO_LARGE = QT_TRANSLATE_NOOP(
    "aggregate", "Filen er på {size} MB, mer enn grensen på {limit} MB for en månedsfil; den er "
    "ikke åpnet.")
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "aggregate", "Filen ville pakke seg ut til {size} MB (forhold 1:{ratio}), som er mistenkelig "
    "mye for en månedsfil; den er ikke åpnet.")
NOT_SUBMISSION = QT_TRANSLATE_NOOP(
    "aggregate", "Filen er ikke en innlevering (innlevering = nei); bare innleverte måneder "
    "(eksport med --submit) tas med.")
OTHER_PILOT = QT_TRANSLATE_NOOP(
    "aggregate", "Filen hører til piloten «{found}», ikke til «{expected}».")
NO_PILOT = QT_TRANSLATE_NOOP(
    "aggregate", "Filen hører ikke til noen pilot; denne samlingen gjelder «{expected}».")
UNKNOWN_THERAPIST = QT_TRANSLATE_NOOP(
    "aggregate", "Terapeutkoden «{therapist}» står ikke på pilotens liste over terapeuter.")
WRONG_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "aggregate", "Terapeut {therapist} står med kommunenummer {expected} på pilotens liste, men "
    "filen har {found}.")
OUTSIDE_MONTHS = QT_TRANSLATE_NOOP(
    "aggregate", "Måneden {month} ligger utenfor {therapist}s periode i piloten ({first}–{last}).")
WRONG_CATALOGUE = QT_TRANSLATE_NOOP(
    "aggregate", "Filen bruker kodeverket {found}, men piloten bruker {expected}.")
PROGRESS = QT_TRANSLATE_NOOP("aggregate", "{done}/{total} filer …")


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_uncompressed: int = 500 * 1024 * 1024
    max_ratio: int = 100  # only for files that unpack to more than ratio_floor
    ratio_floor: int = 10 * 1024 * 1024


def is_pilot_file(path: Path) -> bool:
    """A ``*.toml`` that says it is a pilot set-up file (cheap: no full parse)."""
    if path.suffix.lower() != ".toml":
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096).decode("utf-8-sig", errors="ignore")
    except OSError:
        return False
    return any(line.replace(" ", "") == f'format="{PILOT_FORMAT}"' for line in head.splitlines())


def find_files(inputs: Iterable[Path], skip: Iterable[Path] = ()) -> tuple[list[Path], list[Path]]:
    """(files offered, pilot files) from files and folders (searched recursively, sorted; hidden
    files and Office lock files left out), each file once."""
    skipped = {p.resolve() for p in skip}
    seen: set[Path] = set()
    files: list[Path] = []
    pilots: list[Path] = []

    def add(path: Path) -> None:
        real = path.resolve()
        if real in seen or real in skipped:
            return
        seen.add(real)
        (pilots if is_pilot_file(path) else files).append(path)

    for item in inputs:
        if item.is_dir():
            for root, dirs, names in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith((".", "~$")):
                        add(Path(root) / name)
        else:
            add(item)
    return files, pilots


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def precheck(path: Path, limits: Limits) -> str:
    """A reason to refuse the file before it is opened as a workbook, or ''."""
    try:
        size = path.stat().st_size
    except OSError:
        return ""  # verify says why it cannot be read
    if size > limits.max_bytes:
        return TOO_LARGE.format(size=_mb(size), limit=_mb(limits.max_bytes))
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return ""  # not a zip, or a broken one: verify names it
    ratio = unpacked // max(size, 1)
    if unpacked > limits.max_uncompressed or (
            unpacked > limits.ratio_floor and ratio > limits.max_ratio):
        return ZIP_BOMB.format(size=_mb(unpacked), ratio=ratio)
    return ""


def _sha256(path: Path, limit: int) -> tuple[str, int]:
    """The file's SHA-256 and size; for a file above ``limit`` (never read whole) a key made
    from its size and first megabyte instead."""
    sha = hashlib.sha256()
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            if size > limit:
                sha.update(fh.read(1 << 20))
                return f"gross-{size}-{sha.hexdigest()}", size
            while chunk := fh.read(1 << 20):
                sha.update(chunk)
    except OSError:
        return "", 0
    return sha.hexdigest(), size


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def roster_reason(meta: dict[str, object], pilot: Pilot | None) -> str:
    if _text(meta.get(META_SUBMISSION)) != YES:
        return NOT_SUBMISSION
    if pilot is None:
        return ""
    found = _text(meta.get("pilot"))
    if found != pilot.id:
        if not found:
            return NO_PILOT.format(expected=pilot.id)
        return OTHER_PILOT.format(found=found, expected=pilot.id)
    therapist = _text(meta.get(META_THERAPIST))
    member = pilot.member(therapist)
    if member is None:
        return UNKNOWN_THERAPIST.format(therapist=therapist)
    municipality = _text(meta.get(META_MUNICIPALITY))
    if municipality != member.municipality:
        return WRONG_MUNICIPALITY.format(therapist=therapist, expected=member.municipality,
                                         found=municipality)
    month = _text(meta.get(META_FROM))[:7]
    if month and not str(member.first_month) <= month <= str(member.last_month):
        return OUTSIDE_MONTHS.format(month=month, therapist=therapist,
                                     first=member.first_month, last=member.last_month)
    catalogue = f"{_text(meta.get('katalog_id'))} {_text(meta.get('katalog_versjon'))}"
    expected = f"{pilot.catalogue_id} {pilot.catalogue_version}"
    if catalogue != expected:
        return WRONG_CATALOGUE.format(found=catalogue, expected=expected)
    return ""


def take_file(collection: Collection, path: Path, pilot: Pilot | None, limits: Limits) -> None:
    """Record one file offered (and, for a new valid submission, its content)."""
    name = str(path.resolve())
    sha, size = _sha256(path, limits.max_bytes)
    if sha and collection.known_offer(name, sha):
        return  # offered before with exactly these bytes: nothing changes
    earlier = collection.offer_with_content(sha) if sha else None
    if earlier is not None:  # a copy of a file already classified
        collection.add_offer(Offer(name, earlier.eksport_id, earlier.therapist, earlier.month,
                                   earlier.replaces, earlier.reason),
                             sha256=sha, size=size, municipality="")
        return
    reason = precheck(path, limits)
    meta: dict[str, object] = {}
    content = None
    if not reason:
        report = verify_file(path, keep_content=True)
        if not report.ok or report.content is None:
            reason = report.sentence()
        else:
            content = report.content
            meta = content.metadata
            reason = roster_reason(meta, pilot)
    month = _text(meta.get(META_FROM))[:7]
    offer = Offer(name, _text(meta.get(META_EXPORT_ID)), _text(meta.get(META_THERAPIST)), month,
                  _text(meta.get(META_REPLACES)), reason)
    collection.add_offer(offer, sha256=sha or f"unreadable:{name}", size=size,
                         municipality=_text(meta.get(META_MUNICIPALITY)))
    if reason or content is None or collection.has_submission(offer.eksport_id):
        return
    collection.add_submission(SubmissionInfo(
        eksport_id=offer.eksport_id, therapist=offer.therapist,
        municipality=_text(meta.get(META_MUNICIPALITY)),
        municipality_name=_text(meta.get("kommunenavn")), unit=_text(meta.get("enhet")),
        profession=_text(meta.get("profesjon")), position=_int(meta.get(META_POSITION)),
        pilot=_text(meta.get("pilot")), month=month, replaces=offer.replaces,
        entry_columns=content.entry_columns, participant_columns=content.participant_columns,
    ), content.entries, content.participants)


def take_files(collection: Collection, files: list[Path], pilot: Pilot | None,
               limits: Limits = Limits(), progress: TextIO | None = sys.stderr,
               on_file: Callable[[int], None] | None = None) -> None:
    """Take every file; progress lines on ``progress`` at most twice a second, and the last."""
    total = len(files)
    last = 0.0
    for done, path in enumerate(files, start=1):
        take_file(collection, path, pilot, limits)
        if on_file is not None:
            on_file(done)
        now = time.monotonic()
        if progress is not None and (done == total or now - last >= 0.5):
            last = now
            print(PROGRESS.format(done=done, total=total), file=progress, flush=True)


def month_of(offer: Offer) -> Month | None:
    try:
        return Month.parse(offer.month) if offer.month else None
    except ValueError:
        return None
