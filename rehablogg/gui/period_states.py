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


# What the pilot lead's receipt said of the month's latest submission (docs/receipts.md). The
# receipt's word for accepted is "godtatt"; the therapist reads "godkjent".
RECEIPT_STATES = {
    "godtatt": QT_TRANSLATE_NOOP("states", "godkjent"),
    "erstattet": QT_TRANSLATE_NOOP("states", "erstattet"),
    "returnert": QT_TRANSLATE_NOOP("states", "returnert"),
}
AWAITING = QT_TRANSLATE_NOOP("states", "levert på nytt, venter på kvittering")


def receipt_name(status: str) -> str:
    """A receipt's status as the therapist reads it, in the current language."""
    name = RECEIPT_STATES.get(status)
    return QCoreApplication.translate("states", name) if name else status


def receipt_sentence(status: str, reason: str) -> str:
    """One sentence for the month: godkjent, or returnert with the pilot lead's reason."""
    if status == "returnert":
        return QCoreApplication.translate(
            "states",
            "Kvittering: returnert av pilotlederen – {reason} Rett det som trengs og lever "
            "måneden på nytt; den leveres som korreksjon.",
        ).format(reason=reason if reason.rstrip().endswith((".", "!", "?")) else reason + ".")
    if status == "godtatt":
        return QCoreApplication.translate("states", "Kvittering: godkjent av pilotlederen.")
    return QCoreApplication.translate("states", "Kvittering: erstattet av en nyere korreksjon.")
