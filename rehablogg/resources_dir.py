"""The one place that knows where the shipped data files (the ``resources/`` folder) live.

The folder is found in one of three layouts, tried in this order:

1. an installed wheel: ``pyproject.toml`` maps ``resources/`` into the package as
   ``rehablogg/resources``;
2. a source checkout or editable install: ``resources/`` beside the ``rehablogg`` package;
3. a frozen PyInstaller bundle: ``resources/`` under ``sys._MEIPASS``.

The wheel layout comes first because in an installed wheel the parent of the package is
``site-packages``, where a stray ``resources`` folder of some other distribution could otherwise
be picked up. Nothing is created or read at import time.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_root() -> Path:
    """The ``resources`` folder of whichever layout is present (the checkout path if none is)."""
    checkout = _PACKAGE_DIR.parent / "resources"
    candidates = [_PACKAGE_DIR / "resources", checkout]
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        candidates.append(Path(bundle) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    # Falling back to the checkout path makes a missing file's error name a path a developer
    # recognises instead of failing here.
    return checkout


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("catalogue", "rehablogg-standard-1.toml")``."""
    return resources_root().joinpath(*parts)
