"""One ``aggregate`` run off the GUI thread, with progress and cancelling.

The worker lives in a QThread of its own. ``aggregate`` opens the collection (a SQLite
connection) inside that thread and closes it there, so no SQLite object ever crosses threads;
only plain data (counts, the finished ``SummaryResult``, sentences) travels back by signal.
Cancelling sets a flag that the progress callback checks after each file: it then raises
``AggregateCancelled`` and the collection's transaction rolls back, so nothing of the run is
kept. The files are verified in worker processes (aggregate/verify_pool.py) started with
``spawn``: fresh interpreters that import no Qt, stopped when the run ends or is cancelled.

The worker is a Python object with one owner, the window: it is never deleteLater'd from its
thread, and the window lets go of it only after the thread has ended (``QThread.wait``), so it is
destroyed once, on the GUI thread. Deleting it from the ending thread as well raced with that and
crashed (tests/gui/test_workbench.py).
"""

from __future__ import annotations

import logging
import sqlite3
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from rehablogg.aggregate.collection import CollectionError
from rehablogg.aggregate.dataset import DatasetError
from rehablogg.aggregate.ingest import find_files
from rehablogg.aggregate.run import AggregateCancelled, AggregateUsageError, Options, aggregate
from rehablogg.aggregate.tariffs import TariffError
from rehablogg.core.pilot import PilotError

log = logging.getLogger(__name__)


# Errors whose message is already the one sentence to show.
SENTENCE_ERRORS = (AggregateUsageError, PilotError, CollectionError, TariffError, DatasetError)


def explain_os_error(exc: OSError) -> str:
    where = exc.filename or ""
    why = exc.strerror or str(exc)
    if where:
        return QCoreApplication.translate(
            "AggregateWorker", "Kunne ikke lese eller skrive {path}: {why}."
        ).format(path=where, why=why)
    return QCoreApplication.translate(
        "AggregateWorker", "En fil kunne ikke leses eller skrives: {why}."
    ).format(why=why)


class AggregateWorker(QObject):
    """Runs ``aggregate(options)`` once; ``finished`` is always the last signal it sends."""

    progressed = Signal(int, int, str)  # files done, files in all, the file just taken
    writing = Signal()  # every file is taken; the summary workbook is being written
    succeeded = Signal(object, bool)  # the SummaryResult; whether a pilot file was found
    failed = Signal(str)  # one sentence
    cancelled = Signal()
    finished = Signal()

    def __init__(self, options: Options) -> None:
        super().__init__()
        self.options = options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Safe from any thread; the run stops after the file it is on."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def on_progress(self, done: int, total: int, path: str) -> None:
        if self._cancel.is_set():
            raise AggregateCancelled
        self.progressed.emit(done, total, path)
        if done == total:
            self.writing.emit()

    @Slot()
    def run(self) -> None:
        try:
            result = aggregate(self.options, progress=None, on_progress=self.on_progress)
        except AggregateCancelled:
            self.cancelled.emit()
        except SENTENCE_ERRORS as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(explain_os_error(exc))
        except sqlite3.Error as exc:
            self.failed.emit(
                QCoreApplication.translate(
                    "AggregateWorker",
                    "Samlingsfilen {path} kunne ikke brukes ({detail}); er den "
                    "åpen i et annet program?",
                ).format(path=self.options.collection, detail=exc)
            )
        except Exception:
            # A bug, not bad input: keep the details in the log, tell the user in one sentence.
            log.exception("aggregate failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "AggregateWorker",
                    "Samlingen stoppet på grunn av en uventet feil; ingenting "
                    "fra denne kjøringen er lagret.",
                )
            )
        else:
            # aggregate found the pilot file the same way; knowing whether there was one tells
            # an empty Mangler list (everyone delivered) from none (no roster to check).
            _files, pilots = find_files(self.options.inputs)
            self.succeeded.emit(result, bool(pilots))
        finally:
            self.finished.emit()
