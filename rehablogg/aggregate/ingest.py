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

The bytes are judged (size and zip checks, ``verify``) by ``verify_pool.judge``: in this
process, or with ``jobs`` > 1 in worker processes while this one records, in file order, what
the files before them were — so a run with workers records exactly what a run without does.

A verdict is about content: it is remembered under the SHA-256 of the bytes that were judged.
What says nothing about the content — the file could not be read, was not a regular file, or
changed while it was read, or a folder could not be listed — is reported for this run only
(its key starts with ``TRANSIENT``) and forgotten at the next run, which looks again. A
refused file offered again is judged again, so a wrong verdict (an older rehablogg, a fixed
check) never sticks to a file or to its copies.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.status import Offer
from rehablogg.aggregate.verify_pool import (
    DEFAULT_LIMITS,
    FILE_TIMEOUT,
    TOO_LARGE,
    Judgement,
    Limits,
    VerifyPool,
    judge,
    megabytes,
)
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
    META_CHECKSUM,
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


@dataclass(frozen=True)
class _Read:
    """One file read: its bytes and their SHA-256, or the reason it could not be judged
    (``transient``) or was refused for its size alone."""

    data: bytes = b""
    sha: str = ""
    reason: str = ""
    transient: bool = False
    length: int = -1  # the size when ``data`` has been handed on; -1: len(data)

    @property
    def size(self) -> int:
        return len(self.data) if self.length < 0 else self.length


def _read(path: Path, limits: Limits) -> _Read:
    try:
        data = read_regular_file(path, limits.max_bytes)
    except FileTooLargeError as exc:
        # A verdict on the size alone, kept under a key of the size (no need to read it).
        return _Read(
            sha=f"for-stor-{exc.size}",
            reason=TOO_LARGE.format(size=megabytes(exc.size), limit=megabytes(limits.max_bytes)),
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
    read = _read(path, limits)
    name = offer_name(path)
    _record(collection, name, read, pilot, lambda: judge(read.data, path.suffix, limits))


def _already_judged(collection: Collection, name: str, read: _Read) -> bool:
    """Whether :func:`_record` will take this file without judging its bytes: they were taken
    before under this name, or are a copy of a file taken. Nothing makes a taken offer refused
    within a run, so what is true here stays true until the file's turn comes."""
    if read.transient or read.reason:
        return True
    known = collection.known_offer(name, read.sha)
    if known is not None and not known.reason:
        return True
    return known is None and collection.offer_with_content(read.sha) is not None


def _record(
    collection: Collection,
    name: str,
    read: _Read,
    pilot: Pilot | None,
    judged: Callable[[], Judgement],
) -> None:
    """What one file offered is, recorded in the collection; ``judged`` gives the judgement
    of its bytes (in this process or from a worker) and is called only when it is needed."""
    if read.transient:
        collection.add_offer(
            Offer(name, reason=read.reason), sha256=TRANSIENT + name, size=0, municipality=""
        )
        return
    sha, size = read.sha, read.size
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
    reason = read.reason
    meta: dict[str, object] = {}
    content = None
    if not reason:
        content = judged()
        reason = content.reason
        if not reason:
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
            checksum=as_text(meta.get(META_CHECKSUM)),
        ),
        content.entries,
        content.participants,
        content.sheets,
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
    limits: Limits = DEFAULT_LIMITS,
    progress: TextIO | None = sys.stderr,
    on_file: Callable[[int], None] | None = None,
    *,
    jobs: int = 1,
    timeout: float = FILE_TIMEOUT,
) -> None:
    """Take every file, in order; with ``jobs`` > 1 their bytes are judged in that many worker
    processes (``verify_pool.py``) and the judgements recorded in file order, so the collection
    is the same as with one. Progress lines on ``progress`` at most twice a second, and the
    last. What was reported for one run only last time is forgotten first: it is looked at
    again."""
    collection.forget_transient(TRANSIENT)
    total = len(files)
    last = 0.0
    workers = min(jobs, total)
    with VerifyPool(workers, limits, timeout=timeout) if workers > 1 else nullcontext() as pool:
        taken = (
            _in_order(collection, files, pilot, limits, pool)
            if pool is not None
            else _one_by_one(collection, files, pilot, limits)
        )
        for done, _ in enumerate(taken, start=1):
            if on_file is not None:
                on_file(done)
            now = time.monotonic()
            if progress is not None and (done == total or now - last >= 0.5):
                last = now
                print(PROGRESS.format(done=done, total=total), file=progress, flush=True)


def _one_by_one(
    collection: Collection, files: list[Path], pilot: Pilot | None, limits: Limits
) -> Iterator[None]:
    for path in files:
        take_file(collection, path, pilot, limits)
        yield None


@dataclass
class _Ahead:
    """A file read and handed to a worker, waiting for its turn to be recorded."""

    path: Path
    name: str
    read: _Read
    ticket: int | None  # None: its bytes need no judging (``_already_judged``)


AHEAD_PER_WORKER = 4  # files read ahead per worker: enough to keep it busy, few in memory


def _in_order(
    collection: Collection, files: list[Path], pilot: Pilot | None, limits: Limits, pool: VerifyPool
) -> Iterator[None]:
    """Records the files in order while workers judge the next ones; yields after each. At
    most ``AHEAD_PER_WORKER`` files per worker are read and not yet recorded, so the parent
    holds a few files' bytes and rows at a time, however many files there are."""
    ahead: deque[_Ahead] = deque()
    upcoming = iter(files)
    window = AHEAD_PER_WORKER * pool.workers
    for _ in files:
        for path in upcoming:
            ahead.append(_read_ahead(collection, path, limits, pool))
            if len(ahead) >= window:
                break
        item = ahead.popleft()
        ticket = item.ticket

        def judged(item: _Ahead = item, ticket: int | None = ticket) -> Judgement:
            if ticket is None:  # cannot happen (see _already_judged); judged here if it does
                return judge(item.read.data, item.path.suffix, limits)
            return pool.result(ticket)

        _record(collection, item.name, item.read, pilot, judged)
        yield None


def _read_ahead(collection: Collection, path: Path, limits: Limits, pool: VerifyPool) -> _Ahead:
    name = offer_name(path)
    read = _read(path, limits)
    if _already_judged(collection, name, read):
        return _Ahead(path, name, read, None)
    ticket = pool.submit(read.data, path.suffix)
    # The bytes now belong to the worker's queue; the parent keeps their size and hash.
    return _Ahead(path, name, _Read(b"", read.sha, read.reason, read.transient, read.size), ticket)


def month_of(offer: Offer) -> Month | None:
    try:
        return Month.parse(offer.month) if offer.month else None
    except ValueError:
        return None
