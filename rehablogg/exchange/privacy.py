"""What must never leave the machine, checked before anything is written.

Exports are pseudonymised personal data, not anonymous data (``docs/export-format.md``,
"Personvern"). Client labels are never read for an export at all; notes only when the user
asks for them, and then a note that holds an identity number blocks the whole export with a
sentence naming the entry, so the user can fix that note. The free texts that come from the
profile and the catalogue are checked the same way: an identity number typed into the unit
name would otherwise travel in every file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.identity import contains_identity_number
from rehablogg.exchange.errors import ExportBlockedError
from rehablogg.exchange.rows import entry_label
from rehablogg.storage.export_rows import ExportEntry

_NOTE_HAS_ID = QT_TRANSLATE_NOOP(
    "exchange",
    "Notatet på registreringen {entry} ({code}) ser ut til å inneholde et fødselsnummer eller "
    "D-nummer; fjern det fra notatet, eller eksporter uten notater.",
)
_FIELD_HAS_ID = QT_TRANSLATE_NOOP(
    "exchange",
    "Feltet «{field}» ser ut til å inneholde et fødselsnummer eller D-nummer; rett det før du "
    "eksporterer.",
)


def check_notes(entries: Sequence[ExportEntry]) -> None:
    """Refuse when an entry's note holds an identity number (only when notes are exported)."""
    for entry in entries:
        if entry.note and contains_identity_number(entry.note):
            raise ExportBlockedError(_NOTE_HAS_ID.format(entry=entry_label(entry), code=entry.code))


def check_texts(texts: Iterable[tuple[str, str]]) -> None:
    """Refuse when a named free text (profile, catalogue) holds an identity number."""
    for name, value in texts:
        if value and contains_identity_number(value):
            raise ExportBlockedError(_FIELD_HAS_ID.format(field=name))


def catalogue_texts(catalogue: Catalogue) -> list[tuple[str, str]]:
    """The catalogue's texts that the Koder sheet carries, named for a sentence."""
    texts: list[tuple[str, str]] = []
    for code in catalogue.codes:
        where = f"kodeverket, kode {code.code}"
        texts += [(where, code.label.nb), (where, code.label.nn), (where, code.label.en)]
        texts += [(where, anchor) for anchor in code.anchor_texts]
    return texts
