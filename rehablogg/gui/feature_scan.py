"""Sparing the start-up PySide6's source scan of every module imported after it.

PySide6 lets a module choose options such as ``from __feature__ import snake_case``. To know
which modules may, ``shibokensupport.feature.feature_imported`` reads the source of every module
imported after PySide6 (each module named in a ``from … import``) with ``inspect.getsource``,
and the text stays in ``linecache`` for the rest of the run: for the app's own modules,
``holidays`` and the rest of what the window needs, about 40 ms of CPU and 10 MiB of peak memory
at every start (benchmarks/README.md, start-up).

rehablogg selects no ``__feature__`` option (tests/test_layers.py checks), so every module has
PySide6's default, and a module without an entry gets the default as well. If a module ever does
``from __feature__ import``, PySide6 first scans every module it has no entry for, so the answer
stays right; only the time is saved.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


def _not_scanned(module: ModuleType) -> None:
    """Stands in for ``feature_imported``: no entry means PySide6's default."""


def skip_feature_scan() -> bool:
    """Turn the scan off for modules imported from now on; False when this PySide6 has no such
    scan (the hook is internal to PySide6 and may change)."""
    try:
        importlib.import_module("shiboken6")  # installs shibokensupport
        # Any: an internal module of PySide6's with no types, changed below.
        feature: Any = importlib.import_module("shibokensupport.feature")
    except ImportError:
        return False
    if not callable(getattr(feature, "feature_imported", None)):
        return False
    feature.feature_imported = _not_scanned
    return True
