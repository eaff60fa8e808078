"""The words the care-pathway windows show for the keys of core/care_pathway.py.

Referral sources, end reasons and pause kinds come from the activity-code catalogue (version 2
carries them with labels a pilot may translate); a catalogue without them falls back to the
bokmål labels below, which are version 2's. Arrangements and needs are not in the catalogue:
their labels live here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from rehablogg.core.care_pathway import (
    ARRANGEMENTS,
    END_REASONS,
    NEED_KINDS,
    NEED_LEVELS,
    PAUSE_KINDS,
    REFERRAL_SOURCES,
)
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.gui.language import catalogue_text

_C = "CarePathway"
_FALLBACK: dict[str, dict[str, str]] = {
    "referral_sources": {
        "fastlege": QT_TRANSLATE_NOOP("CarePathway", "Fastlege"),
        "helsestasjon": QT_TRANSLATE_NOOP("CarePathway", "Helsestasjon/skolehelsetjeneste"),
        "barnehage_skole": QT_TRANSLATE_NOOP("CarePathway", "Barnehage/skole"),
        "ppt": QT_TRANSLATE_NOOP("CarePathway", "PPT"),
        "spesialist_habu": QT_TRANSLATE_NOOP("CarePathway", "Spesialisthelsetjeneste/HABU"),
        "sykehus": QT_TRANSLATE_NOOP("CarePathway", "Sykehus"),
        "nav": QT_TRANSLATE_NOOP("CarePathway", "NAV"),
        "selvhenvist": QT_TRANSLATE_NOOP("CarePathway", "Selvhenvist (bruker eller familie)"),
        "annet": QT_TRANSLATE_NOOP("CarePathway", "Annet"),
    },
    "end_reasons": {
        "maal_naadd": QT_TRANSLATE_NOOP("CarePathway", "Mål nådd"),
        "overfort": QT_TRANSLATE_NOOP("CarePathway", "Overført til annen tjeneste"),
        "flyttet": QT_TRANSLATE_NOOP("CarePathway", "Flyttet"),
        "avsluttet_av_bruker": QT_TRANSLATE_NOOP(
            "CarePathway", "Avsluttet av bruker eller familie"
        ),
        "dod": QT_TRANSLATE_NOOP("CarePathway", "Død"),
        "annet": QT_TRANSLATE_NOOP("CarePathway", "Annet"),
    },
    "pause_kinds": {
        "spesialisthelsetjeneste": QT_TRANSLATE_NOOP(
            "CarePathway", "Opphold i spesialisthelsetjenesten"
        ),
        "intensiv_trening": QT_TRANSLATE_NOOP("CarePathway", "Intensiv treningsperiode"),
        "utilgjengelig": QT_TRANSLATE_NOOP("CarePathway", "Bruker utilgjengelig"),
    },
}
_KEYS = {
    "referral_sources": REFERRAL_SOURCES,
    "end_reasons": END_REASONS,
    "pause_kinds": PAUSE_KINDS,
}
ARRANGEMENT_LABELS = {
    "egen": QT_TRANSLATE_NOOP("CarePathway", "Egen kommune"),
    "samarbeid": QT_TRANSLATE_NOOP("CarePathway", "Interkommunalt samarbeid"),
    "kjop": QT_TRANSLATE_NOOP("CarePathway", "Kjøpt av brukerens kommune"),
}
NEED_KIND_LABELS = {
    "barnehage_skole": QT_TRANSLATE_NOOP("CarePathway", "Barnehage/skole"),
    "bolig": QT_TRANSLATE_NOOP("CarePathway", "Bolig"),
    "hjelpemidler": QT_TRANSLATE_NOOP("CarePathway", "Hjelpemidler"),
    "transport": QT_TRANSLATE_NOOP("CarePathway", "Transport"),
    "ip_koordinator": QT_TRANSLATE_NOOP("CarePathway", "IP/koordinator"),
}
NEED_LEVEL_LABELS = {
    "ingen": QT_TRANSLATE_NOOP("CarePathway", "ingen"),
    "noe": QT_TRANSLATE_NOOP("CarePathway", "noe"),
    "mye": QT_TRANSLATE_NOOP("CarePathway", "mye"),
}
assert tuple(ARRANGEMENT_LABELS) == ARRANGEMENTS
assert tuple(NEED_KIND_LABELS) == NEED_KINDS
assert tuple(NEED_LEVEL_LABELS) == NEED_LEVELS


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def pathway_choices(catalogue: Catalogue, list_name: str) -> list[tuple[str, str]]:
    """(key, label) of ``list_name`` ("referral_sources", "end_reasons" or "pause_kinds") in
    the catalogue's order, with its labels when it carries the list."""
    choices: Sequence[object] = getattr(catalogue, list_name, ())
    found = [
        (str(getattr(c, "key")), catalogue_text(getattr(c, "label")))  # noqa: B009
        for c in choices
    ]
    if found:
        return found
    return [(key, _tr(_FALLBACK[list_name][key])) for key in _KEYS[list_name]]


def pathway_label(catalogue: Catalogue, list_name: str, key: str | None) -> str:
    """The label of ``key`` in ``list_name``; the key itself when neither list knows it."""
    if not key:
        return ""
    return dict(pathway_choices(catalogue, list_name)).get(key, key)


def arrangement_label(key: str) -> str:
    return _tr(ARRANGEMENT_LABELS[key]) if key in ARRANGEMENT_LABELS else key


def need_kind_label(key: str) -> str:
    return _tr(NEED_KIND_LABELS[key]) if key in NEED_KIND_LABELS else key


def need_level_label(key: str) -> str:
    return _tr(NEED_LEVEL_LABELS[key]) if key in NEED_LEVEL_LABELS else key
