"""The one place that knows where the shipped data files (the ``resources/`` folder) live.

The folder is found in one of three layouts:

1. a frozen PyInstaller bundle (``sys.frozen`` is set): ``resources/`` under ``sys._MEIPASS``,
   the bundle's data folder (``_internal/`` beside the executable in a one-folder build), where
   ``packaging/rehablogg.spec`` puts it. Only this one is tried when frozen, so a bundle never
   picks up a checkout that happens to sit beside it;
2. an installed wheel: ``pyproject.toml`` maps ``resources/`` into the package as
   ``rehablogg/resources``;
3. a source checkout or editable install: ``resources/`` beside the ``rehablogg`` package.

The wheel layout comes before the checkout because in an installed wheel the parent of the
package is ``site-packages``, where a stray ``resources`` folder of some other distribution could
otherwise be picked up. Nothing is created or read at import time.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundle_dir() -> Path | None:
    """The data folder of a frozen bundle, or None when running from Python."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle)
    return None


def resources_root() -> Path:
    """The ``resources`` folder of whichever layout is present (the checkout path if none is)."""
    bundle = _bundle_dir()
    if bundle is not None:
        return bundle / "resources"
    checkout = _PACKAGE_DIR.parent / "resources"
    for candidate in (_PACKAGE_DIR / "resources", checkout):
        if candidate.is_dir():
            return candidate
    # Falling back to the checkout path makes a missing file's error name a path a developer
    # recognises instead of failing here.
    return checkout


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("catalogue", "rehablogg-standard-1.toml")``."""
    return resources_root().joinpath(*parts)
