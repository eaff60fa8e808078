"""Free text a user types is refused when it holds an identity number, which is never stored.

Notes, client labels, reasons for changing a submitted month, the unit name, the journal-text
template and every other text the user can type go through :func:`identity_number_refusal`
before they are saved: the GUI shows the sentence next to the field (keeping the text), and
storage checks again so no path around the GUI stores a number (``storage/free_text.py``).
"""

from __future__ import annotations

from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.identity import contains_identity_number

NOTE = "note"
LABEL = "label"
REASON = "reason"
UNIT = "unit"
TEMPLATE = "template"
TEXT = "text"

# One sentence per field, so each reads naturally where it is shown (next to that field).
_SENTENCES = {
    NOTE: QT_TRANSLATE_NOOP(
        "free_text",
        "Notatet inneholder et fødselsnummer, D-nummer eller H-nummer, og slike "
        "numre lagres aldri; fjern nummeret og lagre igjen.",
    ),
    LABEL: QT_TRANSLATE_NOOP(
        "free_text",
        "Navnet inneholder et fødselsnummer, D-nummer eller H-nummer, og slike "
        "numre lagres aldri; skriv et navn eller kallenavn uten nummeret.",
    ),
    REASON: QT_TRANSLATE_NOOP(
        "free_text",
        "Begrunnelsen inneholder et fødselsnummer, D-nummer eller H-nummer, og "
        "slike numre lagres aldri; fjern nummeret.",
    ),
    UNIT: QT_TRANSLATE_NOOP(
        "free_text",
        "Enhetsnavnet inneholder et fødselsnummer, D-nummer eller H-nummer, og "
        "slike numre lagres aldri; fjern nummeret.",
    ),
    TEMPLATE: QT_TRANSLATE_NOOP(
        "free_text",
        "Malen inneholder et fødselsnummer, D-nummer eller H-nummer, og slike "
        "numre lagres aldri; fjern nummeret.",
    ),
    TEXT: QT_TRANSLATE_NOOP(
        "free_text",
        "Teksten inneholder et fødselsnummer, D-nummer eller H-nummer, og slike "
        "numre lagres aldri; fjern nummeret.",
    ),
}
FIELDS = frozenset(_SENTENCES)


def identity_number_sentence(field: str) -> str:
    """The sentence that refuses an identity number in ``field`` (any unknown field: TEXT)."""
    return _SENTENCES.get(field, _SENTENCES[TEXT])


def identity_number_refusal(field: str, text: str | None) -> str | None:
    """The sentence to show when ``text`` holds an identity number, None when it may be saved."""
    if text and contains_identity_number(text):
        return identity_number_sentence(field)
    return None
