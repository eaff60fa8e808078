"""Judging the bytes of offered files, in this process or in worker processes.

Verification is most of what ``aggregate`` spends on a file (docs and benchmarks/README.md), and
every file is judged on its own, so it is what goes to the other cores. The parent reads each
file once and hashes it (``ingest.py``: the verdict is remembered under the SHA-256 of exactly
the bytes judged, so those bytes, not the path, go to the worker — a worker reading the path
again could judge a file that changed in between). The worker does the size and zip checks and
``verify`` with the hostile-file limits (``exchange/package_guard.py``) and sends back a
:class:`Judgement`: the reason it was refused, or the rows of one month (encoded as the
collection stores them, so the parent only inserts them). The parent takes the
judgements in file order, so the collection and the summary are the same as with one process.

The pool is small and plain on purpose: one pipe per worker, one file per worker at a time, a
deadline per file. A worker that dies (a crash in a reader, the out-of-memory killer) or goes
past the deadline takes only its file down: that file is refused with one sentence, the worker
is replaced and the run goes on — which ``concurrent.futures`` cannot say (a broken pool fails
every pending file and does not say which one broke it).

Workers are started with ``spawn`` on every system: a fresh interpreter that imports only this
module and what verifying needs — never Qt, even when the workbench (which has Qt loaded and runs
threads) starts the run; forking such a process is unsafe. The frozen app calls
``multiprocessing.freeze_support()`` first thing (packaging/launcher.py).
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import signal
import time
import zipfile
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from rehablogg.aggregate.collection import StoredRows
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
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
WORKER_DIED = QT_TRANSLATE_NOOP(
    "aggregate",
    "Kontrollen av filen stoppet brått (prosessen som leste den, døde), så filen er ikke tatt "
    "med; kjør igjen, og meld fra om filen hvis det skjer igjen.",
)
WORKER_TIMEOUT = QT_TRANSLATE_NOOP(
    "aggregate",
    "Kontrollen av filen tok mer enn {seconds} sekunder og ble stoppet, så filen er ikke tatt "
    "med; be om en ny eksport av måneden.",
)
CHECK_FAILED = QT_TRANSLATE_NOOP(
    "aggregate",
    "Kontrollen av filen feilet uventet ({error}), så filen er ikke tatt med; meld fra om feilen.",
)

EARLY_DEATHS = 2  # workers dying before any answered: they cannot run here
FILE_TIMEOUT = 300.0  # seconds: a month within the limits takes well under one on a laptop
Row = tuple[object, ...]


@dataclass(frozen=True)
class Limits:
    max_bytes: int = MAX_SUBMISSION_BYTES
    max_uncompressed: int = 500 * 1024 * 1024
    max_ratio: int = 100  # only for files that unpack to more than ratio_floor
    ratio_floor: int = 10 * 1024 * 1024


DEFAULT_LIMITS = Limits()


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def precheck(data: bytes, limits: Limits) -> str:
    """A reason to refuse the file's bytes before they are opened as a workbook, or ''."""
    size = len(data)
    if size > limits.max_bytes:
        return TOO_LARGE.format(size=megabytes(size), limit=megabytes(limits.max_bytes))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return ""  # not a zip, or a broken one: verify names it
    ratio = unpacked // max(size, 1)
    if unpacked > limits.max_uncompressed or (
        unpacked > limits.ratio_floor and ratio > limits.max_ratio
    ):
        return ZIP_BOMB.format(size=megabytes(unpacked), ratio=ratio)
    return ""


@dataclass(frozen=True)
class Judgement:
    """What judging one file's bytes found: ``reason`` when it is refused, else its content."""

    reason: str = ""
    metadata: dict[str, object] = field(default_factory=dict)
    entry_columns: tuple[str, ...] = ()
    entries: StoredRows = field(default_factory=StoredRows)  # as the collection stores them
    participant_columns: tuple[str, ...] = ()
    participants: StoredRows = field(default_factory=StoredRows)
    # The sheets a minor version added after Metadata that hold rows (format 1.1: Forløp,
    # Opphold, Behov, …): name: (columns, rows).
    sheets: dict[str, tuple[tuple[str, ...], list[Row]]] = field(default_factory=dict)


def judge(data: bytes, suffix: str, limits: Limits) -> Judgement:
    """The size and zip checks, then ``verify``, on a file's bytes (in whichever process)."""
    reason = precheck(data, limits)
    if reason:
        return Judgement(reason)
    try:
        report = verify_bytes(data, suffix, keep_content=True, limits=SUBMISSION_LIMITS)
        if not report.ok or report.content is None:
            return Judgement(report.sentence())
        content = report.content
        entries, participants = StoredRows.of(content.entries), StoredRows.of(content.participants)
    except Exception as exc:  # a bug met by one file: that file is refused, the run goes on
        # Not logged: a worker has no log set up and would print a traceback on the console.
        return Judgement(CHECK_FAILED.format(error=type(exc).__name__))
    return Judgement(
        "",
        content.metadata,
        content.entry_columns,
        entries,
        content.participant_columns,
        participants,
        # A file of an older 1.x gives these sheets without rows: nothing to keep.
        {name: (tuple(t.columns), list(t.rows)) for name, t in content.tables.items() if t.rows},
    )


Task = Callable[[bytes, str, Limits], Judgement]


def _serve(conn: Connection, limits: Limits, task: Task) -> None:
    """A worker's life: judge what comes down the pipe until told to stop (None)."""
    # Ctrl-C reaches every process of the terminal: the parent stops the workers itself, and
    # a worker must not print a KeyboardInterrupt traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            message = conn.recv()
        except EOFError:  # the parent is gone
            return
        if message is None:
            return
        ticket, data, suffix = message
        conn.send((ticket, task(data, suffix, limits)))


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ticket: int = -1  # the file it is judging, -1 when idle
    deadline: float = 0.0


class VerifyPool:
    """``workers`` processes judging files; :meth:`submit` hands one over and returns a
    ticket, :meth:`result` waits for that ticket's judgement. Use it as a context manager:
    leaving it stops every worker, also when the run is cancelled or fails."""

    def __init__(
        self,
        workers: int,
        limits: Limits,
        *,
        timeout: float = FILE_TIMEOUT,
        task: Task = judge,
    ) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._limits, self._timeout, self._task = limits, timeout, task
        self._queue: deque[tuple[int, bytes, str]] = deque()
        self._results: dict[int, Judgement] = {}
        self._next_ticket = 0
        self._workers: list[_Worker] = []
        self.workers = max(1, workers)  # started as files come: a top-up may need none
        self._sent: dict[int, tuple[bytes, str]] = {}  # what each busy worker was given
        self._answers = 0
        self._early_deaths = 0  # workers that died before any worker answered
        self._retried: set[int] = set()
        self._in_process = False  # workers cannot run here: judged in this process

    def __enter__(self) -> VerifyPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self._limits, self._task), daemon=True
        )
        process.start()
        child.close()  # only the worker holds its end: its death is an EOF here
        return _Worker(process, parent)

    def submit(self, data: bytes, suffix: str) -> int:
        ticket = self._next_ticket
        self._next_ticket += 1
        self._queue.append((ticket, data, suffix))
        if self._in_process:
            return ticket
        if len(self._workers) < self.workers and all(w.ticket >= 0 for w in self._workers):
            self._workers.append(self._start())
        self._dispatch()
        return ticket

    def result(self, ticket: int) -> Judgement:
        while ticket not in self._results:
            if self._in_process:
                # The queue is in ticket order: judge up to this one, here.
                earlier, data, suffix = self._queue.popleft()
                self._results[earlier] = self._task(data, suffix, self._limits)
            else:
                self._pump()
        return self._results.pop(ticket)

    def _dispatch(self) -> None:
        for worker in self._workers:
            if worker.ticket < 0 and self._queue:
                ticket, data, suffix = self._queue.popleft()
                worker.ticket, worker.deadline = ticket, time.monotonic() + self._timeout
                self._sent[ticket] = (data, suffix)
                # A worker that died while idle: the next wait finds it and says so.
                with contextlib.suppress(OSError):
                    worker.conn.send((ticket, data, suffix))

    def _pump(self) -> None:
        """Wait for one worker to answer, die or run out of time, then hand out more work."""
        busy = [w for w in self._workers if w.ticket >= 0]
        if not busy:
            self._dispatch()
            return
        now = time.monotonic()
        wait_for = max(0.0, min(w.deadline for w in busy) - now)
        ready = wait([w.conn for w in busy], timeout=wait_for)
        for worker in busy:
            if worker.conn in ready:
                try:
                    answered, judgement = worker.conn.recv()
                except (EOFError, OSError):
                    self._died(worker)
                    if self._in_process:
                        return
                    continue
                self._results[answered] = judgement
                self._sent.pop(answered, None)
                self._answers += 1
                worker.ticket = -1
            elif time.monotonic() >= worker.deadline:
                self._results[worker.ticket] = Judgement(
                    WORKER_TIMEOUT.format(seconds=f"{self._timeout:g}")
                )
                self._sent.pop(worker.ticket, None)
                self._restart(worker)
        self._dispatch()

    def _died(self, worker: _Worker) -> None:
        """A worker died on its file. The file is tried once more in a fresh worker (the
        out-of-memory killer may have picked the worker for another program's sake) and
        refused if that one dies too. Workers that die before any has answered cannot run
        here at all (a main script without the ``__main__`` guard, a bundle without
        ``freeze_support``): then every file left is judged in this process, as ``--jobs 1``
        would, rather than all refused."""
        ticket = worker.ticket
        data, suffix = self._sent.pop(ticket)
        if self._answers == 0:
            self._early_deaths += 1
        if self._answers == 0 and self._early_deaths >= EARLY_DEATHS:
            self._give_up([(ticket, data, suffix)])
            return
        if ticket in self._retried:
            self._results[ticket] = Judgement(WORKER_DIED)
        else:
            self._retried.add(ticket)
            self._queue.appendleft((ticket, data, suffix))
        self._restart(worker)

    def _give_up(self, died: list[tuple[int, bytes, str]]) -> None:
        pending = died + [
            (w.ticket, *self._sent.pop(w.ticket))
            for w in self._workers
            if w.ticket >= 0 and w.ticket in self._sent
        ]
        for worker in self._workers:
            _stop(worker)
        self._workers.clear()
        self._queue.extendleft(sorted(pending, reverse=True))
        self._in_process = True

    def _restart(self, worker: _Worker) -> None:
        """Stop the worker (whatever it was doing) and put a fresh one in its place."""
        _stop(worker)
        fresh = self._start()
        worker.process, worker.conn, worker.ticket = fresh.process, fresh.conn, -1

    def close(self) -> None:
        for worker in self._workers:
            if worker.ticket < 0:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
        for worker in self._workers:
            worker.process.join(timeout=0 if worker.ticket >= 0 else 5)
            _stop(worker)
        self._workers.clear()
        self._queue.clear()


def _stop(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join()
    worker.conn.close()
    close: Any = getattr(worker.process, "close", None)
    if close is not None:
        close()


def default_jobs() -> int:
    """How many processes to judge files in when not told: the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every system (macOS, Windows)
        return os.cpu_count() or 1
