"""Making the next pieces of a stream in a thread while the current one is consumed.

Appending the rows a worker rendered (row_sheets.py) inflates each piece, puts the cell styles
in and deflates it again into the summary. Inflating and deflating release the GIL, and by then
the worker has finished, so a core is free: a thread reads and inflates the next pieces while
this one deflates, which takes about half of that step's time off the summary.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import cast

_DONE = object()


def read_ahead(pieces: Iterator[bytes], depth: int = 1) -> Iterator[bytes]:
    """``pieces`` in order, up to ``depth`` of them made ahead in a thread. An exception the
    stream raises is raised here, in its place; a consumer that stops early (closes this
    generator) stops the thread too."""
    ready: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for piece in pieces:
                if not _put(ready, piece, stop):
                    return
            _put(ready, _DONE, stop)
        except BaseException as exc:  # handed to the consumer, who raises it in its place
            _put(ready, exc, stop)

    thread = threading.Thread(target=produce, name="rehablogg-read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            item = ready.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield cast(bytes, item)
    finally:
        stop.set()
        thread.join()


def _put(ready: queue.Queue[object], item: object, stop: threading.Event) -> bool:
    """Put ``item`` once there is room; False when the consumer has stopped meanwhile."""
    while not stop.is_set():
        try:
            ready.put(item, timeout=0.05)
            return True
        except queue.Full:
            continue
    return False
