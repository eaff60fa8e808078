"""Reading a child's stdout line by line with time-outs (a thread feeds a queue)."""

from __future__ import annotations

import queue
import threading
import time
from typing import IO


class LineReader:
    """Lines of ``stream`` as they arrive. A last line without a newline (the writer was killed
    mid-write) is kept as it is, so callers can tell complete lines from torn ones."""

    def __init__(self, stream: IO[str]) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()
        self.eof = False

    def _pump(self, stream: IO[str]) -> None:
        try:
            for line in iter(stream.readline, ""):
                self._queue.put(line)
        except (OSError, ValueError):  # the stream was closed under us
            pass
        finally:
            self._queue.put(None)

    def get(self, timeout: float) -> str | None:
        """The next line; None at end of stream. Raises TimeoutError."""
        if self.eof:
            return None
        try:
            line = self._queue.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no output within {timeout} s") from None
        if line is None:
            self.eof = True
        return line

    def until(self, predicate: object, timeout: float, seen: list[str]) -> str | None:
        """Read lines into ``seen`` until one satisfies ``predicate``; returns it (None at EOF)."""
        deadline = time.monotonic() + timeout
        while True:
            line = self.get(max(0.0, deadline - time.monotonic()))
            if line is None:
                return None
            seen.append(line)
            if predicate(line):  # type: ignore[operator]
                return line

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)
