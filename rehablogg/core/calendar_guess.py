"""Guessing an activity code from the words of a calendar event's title.

A therapist's calendar already says "Ansvarsgruppemøte" or "IP-møte"; the guess saves choosing
the code again, and the word it was made from is shown so a wrong guess is easy to see. Only
codes the catalogue offers are guessed, and the longest matching phrase wins, so
"barnekoordinatormøte" gives I07 rather than I06.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rehablogg.core.catalogue import Catalogue

# Phrases (lower case, matched at the start of a word) per code of the standard catalogue.
# Written as a therapist or an Outlook invitation would write them, with common short forms.
PHRASES: dict[str, tuple[str, ...]] = {
    "D01": ("kartlegging", "undersøkelse", "førstegangs", "funksjonsvurdering"),
    "D02": ("behandling", "trening", "fysioterapi", "ergoterapi"),
    "D03": ("gruppetrening", "gruppebehandling", "treningsgruppe", "bassenggruppe"),
    "D04": ("kontroll", "re-evaluering", "reevaluering", "retest", "oppfølgingstime"),
    "D05": ("tverrfaglig utredning", "utredning"),
    "D06": ("opplæring",),
    "D07": ("utprøving", "hjelpemiddelutprøving"),
    "I01": (
        "foreldreveiledning",
        "veiledning av foreldre",
        "foreldresamtale",
        "foreldremøte",
        "veiledning foreldre",
    ),
    "I02": (
        "personalveiledning",
        "veiledning barnehage",
        "veiledning skole",
        "veiledning av personal",
        "veiledning personal",
        "barnehagebesøk",
        "skolebesøk",
    ),
    "I03": ("tilrettelegging", "hjemmebesøk tilrettelegging", "befaring"),
    "I04": ("ansvarsgruppe", "ag-møte", "ag møte"),
    "I05": (
        "samarbeidsmøte",
        "tverrfaglig møte",
        "drøftingsmøte",
        "kasusdrøfting",
        "nettverksmøte",
    ),
    "I06": ("koordinator",),
    "I07": ("barnekoordinator",),
    "I08": ("individuell plan", "ip-møte", "ip møte", "ip-arbeid", "ip"),
    "I09": ("habu", "spesialisthelsetjenesten", "sykehuset", "bup"),
    "I10": ("telefon", "telefonmøte"),
    "I11": ("rapport", "søknad", "uttalelse", "epikrise", "sakkyndig"),
    "I12": ("overgang", "overføringsmøte", "skolestart", "overgangsmøte"),
    "I13": ("journal", "dokumentasjon"),
    "A01": ("forebyggende", "helsefremmende"),
    "A02": ("kurs", "fagdag", "fagutvikling", "kollegaveiledning", "konferanse", "webinar"),
    "A03": ("personalmøte", "stabsmøte", "administrasjon", "avdelingsmøte", "seksjonsmøte"),
}


@dataclass(frozen=True)
class CodeGuess:
    code: str
    word: str  # the phrase of the title the guess was made from, as it stands in the title


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    # At the start of a word (so "ip" does not match "tips"), any ending ("ansvarsgruppemøte").
    return re.compile(r"(?<![\w-])" + re.escape(phrase).replace(r"\ ", r"[\s-]+"), re.IGNORECASE)


_PATTERNS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    code: tuple((p, _phrase_pattern(p)) for p in phrases) for code, phrases in PHRASES.items()
}


def guess_code(title: str, catalogue: Catalogue) -> CodeGuess | None:
    """The code whose longest phrase occurs in ``title``; None when nothing matches.

    A short phrase standing alone as a word ("IP") must match the whole word, so it does not
    outvote a longer word that merely begins with it.
    """
    best: tuple[int, str, str] | None = None
    for code, patterns in _PATTERNS.items():
        found = catalogue.code(code)
        if found is None or not found.active_in(catalogue.version):
            continue
        for phrase, pattern in patterns:
            match = pattern.search(title)
            if match is None:
                continue
            if len(phrase) <= 3 and _continues_as_word(title, match.end()):
                continue
            if best is None or len(phrase) > best[0]:
                best = (len(phrase), code, _whole_word(title, match.start(), match.end()))
    return None if best is None else CodeGuess(best[1], best[2])


def _continues_as_word(text: str, end: int) -> bool:
    return end < len(text) and text[end].isalnum()


def _whole_word(text: str, start: int, end: int) -> str:
    """The matched phrase with the rest of its last word: "Ansvarsgruppemøte", not "…gruppe"."""
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return text[start:end]
