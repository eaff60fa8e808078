"""A month's state (åpen, levert, endret etter levering) as the user reads it: the main window's
heading shows it at every start, the audit dialog in its table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

STATES = {
    "open": QT_TRANSLATE_NOOP("states", "åpen"),
    "submitted": QT_TRANSLATE_NOOP("states", "levert"),
    "changed": QT_TRANSLATE_NOOP("states", "endret etter levering"),
}


def state_name(state: str) -> str:
    """A month's state in the current language."""
    name = STATES.get(state)
    return QCoreApplication.translate("states", name) if name else state
