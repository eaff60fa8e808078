"""One ``rehablogg aggregate`` run: find the files, take them into the collection in one
transaction, write the summary workbook."""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.dataset import check_dataset_folder, write_dataset
from rehablogg.aggregate.ingest import (
    Found,
    find_offers,
    offer_name,
    take_files,
    take_unreadable_folders,
)
from rehablogg.aggregate.receipts import (
    ReturnError,
    check_receipts_folder,
    return_month,
    write_receipts,
)
from rehablogg.aggregate.status import Status
from rehablogg.aggregate.tariffs import TariffFile, load_tariffs
from rehablogg.aggregate.verify_pool import FILE_TIMEOUT, Limits, default_jobs
from rehablogg.aggregate.workbook import (
    CSV_THRESHOLD,
    EXCEL_MAX_ROWS,
    Gathered,
    SummaryResult,
    write_summary,
)
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.pilot import Pilot, load_pilot
from rehablogg.core.receipt import return_reason_problem
from rehablogg.core.regular_file import shown_path
from rehablogg.storage.temporaries import remove_quietly, sweep_temp_dirs, temp_dir_prefix

SEVERAL_PILOTS = QT_TRANSLATE_NOOP(
    "aggregate", "Fant flere pilotfiler ({files}); gi bare den som gjelder denne samlingen."
)
NO_FILES = QT_TRANSLATE_NOOP("aggregate", "Fant ingen filer å samle i {inputs}.")
MISSING_INPUT = QT_TRANSLATE_NOOP("aggregate", "{path} finnes ikke.")
RETURN_NEEDS_COLLECTION = QT_TRANSLATE_NOOP(
    "aggregate",
    "En måned kan bare returneres i en samling som tas vare på; oppgi samlingsfilen med "
    "--collection.",
)


FILES_PER_WORKER = 8  # starting a worker costs about as much as verifying a few files


def workers_for(jobs: int | None, files: int) -> int:
    """Worker processes for ``files`` offered: ``jobs`` when given (at most one per file),
    else one per core as long as each has ``FILES_PER_WORKER`` files to verify; 1 means the
    files are verified in this process."""
    if jobs is not None:
        return max(1, min(jobs, files))
    return max(1, min(default_jobs(), files // FILES_PER_WORKER))


class AggregateUsageError(ValueError):
    """Wrong use (exit 2): the message is the sentence to show."""


@dataclass(frozen=True)
class Options:
    inputs: tuple[Path, ...]
    out: Path
    collection: Path | None = None
    limits: Limits = field(default_factory=Limits)
    sheet_rows: int = EXCEL_MAX_ROWS - 1
    csv_threshold: int = CSV_THRESHOLD
    tariffs: Path | None = None  # a tariff-model file (docs/tariff-models.md)
    dataset: Path | None = None  # a folder for the Parquet dataset (docs/analysts.md)
    # Called with the filled collection and what the summary gathered from its rows, while
    # the summary is made (the council report takes its figures there: a collection without
    # --collection is gone after the run, and the rows are not read a second time).
    with_figures: Callable[[Collection, Gathered, Pilot | None, TariffFile | None], None] | None = (
        None
    )
    # Processes that verify files (aggregate/verify_pool.py): 1 verifies in this process;
    # None chooses (see ``workers_for``).
    jobs: int | None = None
    file_timeout: float = FILE_TIMEOUT  # seconds a worker may spend on one file
    # Months the pilot lead sends back: (eksport_id, reason), recorded after the files are
    # taken (a submission in this run's files can be returned too), before the outputs.
    returns: tuple[tuple[str, str], ...] = ()
    receipts: Path | None = None  # a folder for one receipt per therapist (receipts.py)
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


ProgressCallback = Callable[[int, int, str], None]
"""Called after each file with (files done, files in all, the file's path). It may raise (for
instance :class:`AggregateCancelled`) to stop the run; the collection is then left as it was."""


class AggregateCancelled(Exception):  # noqa: N818 - a request, not an error
    """Raised by a progress callback to stop a run; nothing of the run is kept."""


def _check_inputs(options: Options) -> TariffFile | None:
    """What can be refused before any file is taken (a bad tariff file must not cost a long
    run first); the tariff models, read."""
    for item in [*options.inputs, *([options.tariffs] if options.tariffs else [])]:
        if not item.exists():
            raise AggregateUsageError(MISSING_INPUT.format(path=shown_path(item)))
    tariffs = None if options.tariffs is None else load_tariffs(options.tariffs)
    if options.dataset is not None:
        check_dataset_folder(options.dataset)
    if options.returns and options.collection is None:
        raise AggregateUsageError(RETURN_NEEDS_COLLECTION)
    for _export_id, reason in options.returns:
        problem = return_reason_problem(reason)
        if problem is not None:
            raise ReturnError(problem)
    if options.receipts is not None:
        try:
            check_receipts_folder(options.receipts)
        except ReturnError as exc:
            raise AggregateUsageError(str(exc)) from None
    return tariffs


def _offers(options: Options) -> tuple[Found, list[Path], Pilot | None]:
    """The offered files (not the run's own outputs, nor a dataset kept inside the inbox),
    and the pilot set-up among them."""
    skip = [options.out]
    if options.collection is not None:
        skip += [
            options.collection,
            options.collection.with_name(options.collection.name + "-journal"),
        ]
    found = find_offers(options.inputs, skip)
    files = found.files
    if options.dataset is not None:
        files = [f for f in files if not f.resolve().is_relative_to(options.dataset.resolve())]
    if len(found.pilots) > 1:
        raise AggregateUsageError(
            SEVERAL_PILOTS.format(files=", ".join(shown_path(p) for p in found.pilots))
        )
    if not files and not found.unreadable:
        raise AggregateUsageError(
            NO_FILES.format(inputs=", ".join(shown_path(p) for p in options.inputs))
        )
    return found, files, load_pilot(found.pilots[0]) if found.pilots else None


def _outputs(
    collection: Collection, options: Options, pilot: Pilot | None, tariffs: TariffFile | None
) -> SummaryResult:
    """The summary (``options.with_figures`` given what it gathers), then the dataset."""
    take = options.with_figures
    on_gathered = (
        None if take is None else lambda gathered: take(collection, gathered, pilot, tariffs)
    )
    result = write_summary(
        collection,
        options.out,
        pilot,
        sheet_rows=options.sheet_rows,
        csv_threshold=options.csv_threshold,
        tariffs=tariffs,
        rows_in_worker=False if options.jobs == 1 else None,  # --jobs 1: all in this process
        on_gathered=on_gathered,
    )
    if options.dataset is not None:
        result.dataset = write_dataset(collection, options.dataset)
    result.returned = collection.returned()
    if options.receipts is not None:
        result.receipts = write_receipts(collection, options.receipts, options.now())
    return result


def aggregate(
    options: Options,
    progress: TextIO | None = sys.stderr,
    on_progress: ProgressCallback | None = None,
) -> SummaryResult:
    """Raises AggregateUsageError for wrong use, PilotError / CollectionError / TariffError /
    ReturnError for bad input; whatever ``on_progress`` raises passes through after the run's
    transaction rolled back."""
    tariffs = _check_inputs(options)
    found, files, pilot = _offers(options)
    on_file = (
        None
        if on_progress is None
        else lambda done: on_progress(done, len(files), offer_name(files[done - 1]))
    )
    sweep_temp_dirs()  # what a killed run left in the temp folder
    with tempfile.TemporaryDirectory(prefix=temp_dir_prefix("samling")) as scratch:
        path = options.collection or Path(scratch) / "samling.sqlite3"
        new_file = not path.exists()
        collection = Collection(path)
        committed = False
        try:
            with collection.run():
                take_files(
                    collection,
                    files,
                    pilot,
                    options.limits,
                    progress,
                    on_file=on_file,
                    jobs=workers_for(options.jobs, len(files)),
                    timeout=options.file_timeout,
                )
                take_unreadable_folders(collection, found.unreadable)
            committed = True
            for export_id, reason in options.returns:
                return_month(collection, export_id, reason, options.now())
            result = _outputs(collection, options, pilot, tariffs)
            result.offered_now = frozenset(
                offer_name(f) for f in [*files, *(folder for folder, _ in found.unreadable)]
            )
            return result
        finally:
            collection.close()
            if new_file and not committed:
                # A collection this run created and never filled is no one's: not left behind.
                remove_quietly(path)


def counts(result: SummaryResult, *, this_run: bool = False) -> Counter[Status]:
    """Statuses over the whole collection, or only over the files offered in this run (what
    ``--strict`` judges: a file rejected in an earlier run and not offered again is history)."""
    return Counter(
        outcome.status
        for offer, outcome in result.outcomes
        if not this_run or offer.path in result.offered_now
    )
