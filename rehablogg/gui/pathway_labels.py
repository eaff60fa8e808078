"""The words the care-pathway windows show for the keys of core/care_pathway.py.

Referral sources, end reasons and pause kinds come from the activity-code catalogue (version 2
carries them with labels a pilot may translate; core/catalogue.py gives a catalogue without them
the shipped version 2's). Arrangements and needs are not in the catalogue: their labels live here.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication

from rehablogg.core.care_pathway import ARRANGEMENTS, NEED_KINDS, NEED_LEVELS
from rehablogg.core.catalogue import Catalogue, Choice
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.gui.language import catalogue_text

_C = "CarePathway"
PathwayList = Literal["referral_sources", "end_reasons", "pause_kinds"]
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


def _choices(catalogue: Catalogue, list_name: PathwayList) -> tuple[Choice, ...]:
    lists = {
        "referral_sources": catalogue.referral_sources,
        "end_reasons": catalogue.end_reasons,
        "pause_kinds": catalogue.pause_kinds,
    }
    return lists[list_name]


def pathway_choices(catalogue: Catalogue, list_name: PathwayList) -> list[tuple[str, str]]:
    """(key, label) of ``list_name`` in the catalogue's order, in the current language."""
    return [(c.key, catalogue_text(c.label)) for c in _choices(catalogue, list_name)]


def pathway_label(catalogue: Catalogue, list_name: PathwayList, key: str | None) -> str:
    """The label of ``key`` in ``list_name``; the key itself when the catalogue lacks it."""
    if not key:
        return ""
    return dict(pathway_choices(catalogue, list_name)).get(key, key)


def arrangement_label(key: str) -> str:
    return _tr(ARRANGEMENT_LABELS[key]) if key in ARRANGEMENT_LABELS else key


def need_kind_label(key: str) -> str:
    return _tr(NEED_KIND_LABELS[key]) if key in NEED_KIND_LABELS else key


def need_level_label(key: str) -> str:
    return _tr(NEED_LEVEL_LABELS[key]) if key in NEED_LEVEL_LABELS else key
