"""Tasks for worker processes in tests/aggregate/test_verify_pool.py. They live in a module of
their own so a spawned worker can import them (a test module's functions are not importable
there without pytest); each one does the real judging unless its bytes carry a marker."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

from rehablogg.aggregate.verify_pool import Judgement, Limits, judge

DIE = b"DIE"  # bytes that start so make the worker die as a crashing reader would
HANG = b"HANG"  # bytes that start so make the worker hang


def _in_worker() -> bool:
    return multiprocessing.parent_process() is not None


def die_or_judge(data: bytes, suffix: str, limits: Limits) -> Judgement:
    if data.startswith(DIE) and _in_worker():
        os._exit(3)
    return judge(data, suffix, limits)


def die_in_workers(data: bytes, suffix: str, limits: Limits) -> Judgement:
    """Workers that cannot run at all: every one dies on its first file."""
    if _in_worker():
        os._exit(3)
    return judge(data, suffix, limits)


def hang_or_judge(data: bytes, suffix: str, limits: Limits) -> Judgement:
    if data.startswith(HANG):
        time.sleep(600)
    return judge(data, suffix, limits)


def qt_modules(data: bytes, suffix: str, limits: Limits) -> Judgement:
    """The Qt modules loaded in the worker, as its "reason" ("" when none)."""
    return Judgement(", ".join(sorted(m for m in sys.modules if m.startswith("PySide6"))))
