"""Taking files into a collection: find them, read each one once, check the bytes before
anything parses them, verify them, and record what each one is.

Order of checks for one file: it must be a regular file (a FIFO, socket or device in the inbox
would hang the run or fill the memory) and at most ``max_bytes``, read once into memory with a
check that it did not change meanwhile (``core.regular_file``); then — for a zip — the
uncompressed size and ratio its directory declares (a zip bomb is refused before openpyxl
touches it; ``zipfile`` never inflates a member past its declared size, so the declared sizes
bound the work); then ``verify`` (every check of the format) on a private copy of exactly those
bytes; then the rules of a collection: a submission (innlevering = ja), of this pilot, by a
therapist on the roster.

A verdict is about content: it is remembered under the SHA-256 of the bytes that were judged.
What says nothing about the content — the file could not be read, was not a regular file, or
changed while it was read, or a folder could not be listed — is reported for this run only
(its key starts with ``TRANSIENT``) and forgotten at the next run, which looks again. A
refused file offered again is judged again, so a wrong verdict (an older rehablogg, a fixed
check) never sticks to a file or to its copies.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.status import Offer
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import Month
from rehablogg.core.pilot import FORMAT as PILOT_FORMAT
from rehablogg.core.pilot import Pilot
from rehablogg.core.regular_file import (
    FileChangedError,
    FileTooLargeError,
    NotRegularFileError,
    open_regular_file,
    read_regular_file,
    shown_path,
)
from rehablogg.exchange.cell_reading import as_int, as_text
from rehablogg.exchange.columns import (
    META_CATALOGUE_ID,
    META_CATALOGUE_VERSION,
    META_CREATED,
    META_EXPORT_ID,
    META_FROM,
    META_MUNICIPALITY,
    META_MUNICIPALITY_NAME,
    META_PILOT,
    META_POSITION,
    META_PROFESSION,
    META_REPLACES,
    META_SUBMISSION,
    META_THERAPIST,
    META_UNIT,
    YES,
)
from rehablogg.exchange.package_guard import SUBMISSION_LIMITS
from rehablogg.exchange.verify_bytes import MAX_SUBMISSION_BYTES, verify_bytes

TOO_LARGE = QT_TRANSLATE_NOOP(
    "aggregate",
    "Filen er på {size} MB, mer enn grensen på {limit} MB for en månedsfil; den er ikke åpnet.",
)
ZIP_BOMB = QT_TRANSLATE_NOOP(
    "aggregate",
    "Filen ville pakke seg ut til {size} MB (forhold 1:{ratio}), som er mistenkelig "
    "mye for en månedsfil; den er ikke åpnet.",
)
NOT_SUBMISSION = QT_TRANSLATE_NOOP(
    "aggregate",
    "Filen er ikke en innlevering (innlevering = nei); bare innleverte måneder "
    "(eksport med --submit) tas med.",
)
OTHER_PILOT = QT_TRANSLATE_NOOP(
    "aggregate", "Filen hører til piloten «{found}», ikke til «{expected}»."
)
NO_PILOT = QT_TRANSLATE_NOOP(
    "aggregate", "Filen hører ikke til noen pilot; denne samlingen gjelder «{expected}»."
)
UNKNOWN_THERAPIST = QT_TRANSLATE_NOOP(
    "aggregate", "Terapeutkoden «{therapist}» står ikke på pilotens liste over terapeuter."
)
WRONG_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "aggregate",
    "Terapeut {therapist} står med kommunenummer {expected} på pilotens liste, men "
    "filen har {found}.",
)
OUTSIDE_MONTHS = QT_TRANSLATE_NOOP(
    "aggregate", "Måneden {month} ligger utenfor {therapist}s periode i piloten ({first}–{last})."
)
WRONG_CATALOGUE = QT_TRANSLATE_NOOP(
    "aggregate", "Filen bruker kodeverket {found}, men piloten bruker {expected}."
)
PROGRESS = QT_TRANSLATE_NOOP("aggregate", "{done}/{total} filer …")


NOT_REGULAR = QT_TRANSLATE_NOOP("aggregate", "Dette er {what}; bare vanlige filer tas med.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "aggregate",
    "Filen kan ikke leses ({reason}); sjekk at den finnes og at du har lesetilgang, og kjør igjen.",
)
CHANGED = QT_TRANSLATE_NOOP(
    "aggregate",
    "Filen ble endret mens den ble lest; prøv igjen når den er ferdig skrevet eller kopiert.",
)
FOLDER_UNREADABLE = QT_TRANSLATE_NOOP(
    "aggregate",
    "Mappen kan ikke leses ({reason}), så filene i den er ikke tatt med; gi "
    "lesetilgang og kjør igjen.",
)
TRANSIENT = "prøv-igjen:"  # key prefix of an offer reported for one run only (see above)


@dataclass(frozen=True)
class Limits:
    max_bytes: int = MAX_SUBMISSION_BYTES
    max_uncompressed: int = 500 * 1024 * 1024
    max_ratio: int = 100  # only for files that unpack to more than ratio_floor
    ratio_floor: int = 10 * 1024 * 1024


def offer_name(path: Path | str) -> str:
    """How the collection names a file offered: its real path (links followed), printable.
    ``os.path.realpath`` rather than ``Path.resolve``: the latter raises on a link loop."""
    return shown_path(os.path.realpath(path))


def is_pilot_file(path: Path) -> bool:
    """A ``*.toml`` that says it is a pilot set-up file (cheap: no full parse)."""
    if path.suffix.lower() != ".toml":
        return False
    try:
        with open_regular_file(path) as fh:
            head = fh.read(4096).decode("utf-8-sig", errors="ignore")
    except OSError:
        return False  # a FIFO, a device or unreadable: offered, and refused with its reason
    return any(line.replace(" ", "") == f'format="{PILOT_FORMAT}"' for line in head.splitlines())


@dataclass
class Found:
    files: list[Path] = field(default_factory=list)  # offered, in the order found
    pilots: list[Path] = field(default_factory=list)
    unreadable: list[tuple[Path, str]] = field(default_factory=list)  # folder, OS reason


def find_offers(inputs: Iterable[Path], skip: Iterable[Path] = ()) -> Found:
    """Files offered and pilot files from files and folders (searched recursively, sorted;
    hidden files and Office lock files left out; each file once), and the folders that could
    not be listed. Anything that is not a folder is offered: ``take_file`` refuses what is not
    a regular file, with its reason."""
    skipped = {os.path.realpath(p) for p in skip}
    seen: set[str] = set()
    found = Found()

    def add(path: Path) -> None:
        real = os.path.realpath(path)
        if real in seen or real in skipped:
            return
        seen.add(real)
        (found.pilots if is_pilot_file(path) else found.files).append(path)

    def unlistable(error: OSError) -> None:
        found.unreadable.append((Path(error.filename or ""), error.strerror or str(error)))

    for item in inputs:
        if item.is_dir():
            for root, dirs, names in os.walk(item, onerror=unlistable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith((".", "~$")):
                        add(Path(root) / name)
        else:
            add(item)
    return found


def find_files(inputs: Iterable[Path], skip: Iterable[Path] = ()) -> tuple[list[Path], list[Path]]:
    """(files offered, pilot files): :func:`find_offers` without the unreadable folders."""
    found = find_offers(inputs, skip)
    return found.files, found.pilots


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def precheck(data: bytes, limits: Limits) -> str:
    """A reason to refuse the file's bytes before they are opened as a workbook, or ''."""
    size = len(data)
    if size > limits.max_bytes:
        return TOO_LARGE.format(size=_mb(size), limit=_mb(limits.max_bytes))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return ""  # not a zip, or a broken one: verify names it
    ratio = unpacked // max(size, 1)
    if unpacked > limits.max_uncompressed or (
        unpacked > limits.ratio_floor and ratio > limits.max_ratio
    ):
        return ZIP_BOMB.format(size=_mb(unpacked), ratio=ratio)
    return ""


@dataclass(frozen=True)
class _Read:
    """One file read: its bytes and their SHA-256, or the reason it could not be judged
    (``transient``) or was refused for its size alone."""

    data: bytes = b""
    sha: str = ""
    reason: str = ""
    transient: bool = False


def _read(path: Path, limits: Limits) -> _Read:
    try:
        data = read_regular_file(path, limits.max_bytes)
    except FileTooLargeError as exc:
        # A verdict on the size alone, kept under a key of the size (no need to read it).
        return _Read(
            sha=f"for-stor-{exc.size}",
            reason=TOO_LARGE.format(size=_mb(exc.size), limit=_mb(limits.max_bytes)),
        )
    except NotRegularFileError as exc:
        return _Read(reason=NOT_REGULAR.format(what=exc.strerror), transient=True)
    except FileChangedError:
        return _Read(reason=CHANGED, transient=True)
    except OSError as exc:
        return _Read(
            reason=UNREADABLE.format(reason=exc.strerror or type(exc).__name__), transient=True
        )
    return _Read(data, hashlib.sha256(data).hexdigest())


def roster_reason(meta: dict[str, object], pilot: Pilot | None) -> str:
    if as_text(meta.get(META_SUBMISSION)) != YES:
        return NOT_SUBMISSION
    if pilot is None:
        return ""
    found = as_text(meta.get(META_PILOT))
    if found != pilot.id:
        if not found:
            return NO_PILOT.format(expected=pilot.id)
        return OTHER_PILOT.format(found=found, expected=pilot.id)
    therapist = as_text(meta.get(META_THERAPIST))
    member = pilot.member(therapist)
    if member is None:
        return UNKNOWN_THERAPIST.format(therapist=therapist)
    municipality = as_text(meta.get(META_MUNICIPALITY))
    if municipality != member.municipality:
        return WRONG_MUNICIPALITY.format(
            therapist=therapist, expected=member.municipality, found=municipality
        )
    month = as_text(meta.get(META_FROM))[:7]
    if month and not str(member.first_month) <= month <= str(member.last_month):
        return OUTSIDE_MONTHS.format(
            month=month, therapist=therapist, first=member.first_month, last=member.last_month
        )
    catalogue = (
        f"{as_text(meta.get(META_CATALOGUE_ID))} {as_text(meta.get(META_CATALOGUE_VERSION))}"
    )
    expected = f"{pilot.catalogue_id} {pilot.catalogue_version}"
    if catalogue != expected:
        return WRONG_CATALOGUE.format(found=catalogue, expected=expected)
    return ""


def take_file(collection: Collection, path: Path, pilot: Pilot | None, limits: Limits) -> None:
    """Record one file offered (and, for a new valid submission, its content)."""
    name = offer_name(path)
    read = _read(path, limits)
    if read.transient:
        collection.add_offer(
            Offer(name, reason=read.reason), sha256=TRANSIENT + name, size=0, municipality=""
        )
        return
    sha, size = read.sha, len(read.data)
    known = collection.known_offer(name, sha)
    if known is not None and not known.reason:
        return  # offered before with exactly these bytes and taken: nothing changes
    earlier = collection.offer_with_content(sha)
    if earlier is not None and known is None:  # a copy of a file already taken
        collection.add_offer(
            Offer(
                name,
                earlier.export_id,
                earlier.therapist,
                earlier.month,
                earlier.replaces,
                earlier.reason,
            ),
            sha256=sha,
            size=size,
            municipality="",
        )
        return
    reason = read.reason or precheck(read.data, limits)
    meta: dict[str, object] = {}
    content = None
    if not reason:
        report = verify_bytes(read.data, path.suffix, keep_content=True, limits=SUBMISSION_LIMITS)
        if not report.ok or report.content is None:
            reason = report.sentence()
        else:
            content = report.content
            meta = content.metadata
            reason = roster_reason(meta, pilot)
    month = as_text(meta.get(META_FROM))[:7]
    offer = Offer(
        name,
        as_text(meta.get(META_EXPORT_ID)),
        as_text(meta.get(META_THERAPIST)),
        month,
        as_text(meta.get(META_REPLACES)),
        reason,
    )
    municipality = as_text(meta.get(META_MUNICIPALITY))
    if known is None:
        collection.add_offer(offer, sha256=sha, size=size, municipality=municipality)
    else:  # judged again: the verdict is replaced where the offer stands in the order
        collection.update_offer(offer, sha256=sha, municipality=municipality)
    if reason or content is None or collection.has_submission(offer.export_id):
        return
    collection.add_submission(
        SubmissionInfo(
            export_id=offer.export_id,
            therapist=offer.therapist,
            municipality=municipality,
            municipality_name=as_text(meta.get(META_MUNICIPALITY_NAME)),
            unit=as_text(meta.get(META_UNIT)),
            profession=as_text(meta.get(META_PROFESSION)),
            position=as_int(meta.get(META_POSITION)),
            pilot=as_text(meta.get(META_PILOT)),
            month=month,
            replaces=offer.replaces,
            entry_columns=content.entry_columns,
            participant_columns=content.participant_columns,
            created=as_text(meta.get(META_CREATED)),
        ),
        content.entries,
        content.participants,
    )


def take_unreadable_folders(collection: Collection, folders: Iterable[tuple[Path, str]]) -> None:
    """Report folders that could not be listed, for this run only."""
    for folder, reason in folders:
        name = offer_name(folder)
        collection.add_offer(
            Offer(name, reason=FOLDER_UNREADABLE.format(reason=reason)),
            sha256=TRANSIENT + name,
            size=0,
            municipality="",
        )


def take_files(
    collection: Collection,
    files: list[Path],
    pilot: Pilot | None,
    limits: Limits = Limits(),
    progress: TextIO | None = sys.stderr,
    on_file: Callable[[int], None] | None = None,
) -> None:
    """Take every file; progress lines on ``progress`` at most twice a second, and the last.
    What was reported for one run only last time is forgotten first: it is looked at again."""
    collection.forget_transient(TRANSIENT)
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
