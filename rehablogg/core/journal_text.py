"""Short, neutral journal lines for an entry, to paste into the patient record or the IP tool.

A line is rendered from a small template with named placeholders (``{dato}``, ``{kode}`` …) in
bokmål or nynorsk. Labels come from the catalogue in the chosen language. The client's label is
personal data that the record already knows, so it is left out unless the user asks for it.
Empty fields (no arena, no parties) must not leave ", ," behind, so the rendered line is tidied.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rehablogg.core.catalogue import Catalogue, Choice
from rehablogg.core.category import Category
from rehablogg.core.entry import EntryDraft
from rehablogg.core.free_text import TEMPLATE, identity_number_refusal
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.periods import IsoWeek, format_date

LANGUAGES: tuple[str, ...] = ("nb", "nn")
SETTING = "journal_text"

# Placeholder names are Norwegian because users type them; the same names serve both languages.
# ``{bruker}`` may be placed anywhere; when it is missing and the user asks for the client, the
# label goes first on the line.
PLACEHOLDERS: tuple[str, ...] = (
    "dato",
    "uke",
    "kode",
    "kodenavn",
    "kategori",
    "minutter",
    "timer",
    "kontaktform",
    "arena",
    "parter",
    "bruker",
)

DEFAULT_TEMPLATES: Mapping[str, str] = {
    "nb": "{dato}: {kode} {kodenavn}, {minutter} min, {kontaktform}, {arena}, {parter}.",
    "nn": "{dato}: {kode} {kodenavn}, {minutter} min, {kontaktform}, {arena}, {parter}.",
}

# The few words a line adds around the catalogue's labels (nynorsk words: docs/DESIGN.md §8.7).
_WORDS: Mapping[str, Mapping[str, str]] = {
    "nb": {
        "with": "med",
        "and": "og",
        "week": "uke",
        Category.DIREKTE: "direkte brukertid",
        Category.INDIREKTE: "indirekte brukertid",
        Category.ANNET: "annet arbeid",
    },
    "nn": {
        "with": "med",
        "and": "og",
        "week": "veke",
        Category.DIREKTE: "direkte brukartid",
        Category.INDIREKTE: "indirekte brukartid",
        Category.ANNET: "anna arbeid",
    },
}

_EMPTY = QT_TRANSLATE_NOOP(
    "journal_text", "Malen er tom; skriv minst én plassholder, for eksempel {dato}."
)
_UNKNOWN = QT_TRANSLATE_NOOP(
    "journal_text", "«{{{name}}}» er ikke en kjent plassholder; bruk {known}."
)
_BRACES = QT_TRANSLATE_NOOP(
    "journal_text",
    "Malen har en krøllparentes uten partner; skriv plassholdere som {dato}, "
    "og doble krøllparenteser ({{ eller }}) for å få dem som tegn.",
)
_EXTRA = QT_TRANSLATE_NOOP(
    "journal_text",
    "«{{{field}}}» har et tillegg etter navnet; skriv plassholderen bare som {{{name}}}.",
)
_LANGUAGE = QT_TRANSLATE_NOOP(
    "journal_text",
    "«{language}» er ikke et språk for journaltekst; velg bokmål (nb) eller nynorsk (nn).",
)


class TemplateError(ValueError):
    """A template the user cannot use; ``str(error)`` is one bokmål sentence."""


@dataclass(frozen=True)
class JournalSettings:
    """The user's choices, kept in the settings table under ``SETTING``."""

    language: str = "nb"
    template: str | None = None  # None: the language's default, which follows the language
    include_client: bool = False

    def effective_template(self) -> str:
        return self.template or DEFAULT_TEMPLATES[self.language]

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "template": self.template,
            "include_client": self.include_client,
        }

    @classmethod
    def from_json(cls, value: object) -> JournalSettings:
        """Settings from the stored value; anything unusable falls back to the defaults, so a
        hand-edited database never stops the copy from working."""
        if not isinstance(value, dict):
            return cls()
        language = value.get("language")
        template = value.get("template")
        if language not in LANGUAGES:
            language = "nb"
        if not isinstance(template, str) or not template.strip():
            template = None
        else:
            try:
                check_template(template)
            except TemplateError:
                template = None
        return cls(str(language), template, bool(value.get("include_client", False)))


def check_template(template: str) -> str:
    """The template unchanged when it can be used; TemplateError with one sentence if not."""
    if not template.strip():
        raise TemplateError(_EMPTY)
    refusal = identity_number_refusal(TEMPLATE, template)
    if refusal:
        raise TemplateError(refusal)
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError:
        raise TemplateError(_BRACES) from None
    for _literal, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in PLACEHOLDERS:
            raise TemplateError(_UNKNOWN.format(name=field, known=_known()))
        if spec or conversion:
            shown = field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            raise TemplateError(_EXTRA.format(field=shown, name=field))
    return template


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise TemplateError(_LANGUAGE.format(language=language))
    return language


def _known() -> str:
    return ", ".join("{" + name + "}" for name in PLACEHOLDERS)


def render_entry(
    draft: EntryDraft,
    catalogue: Catalogue,
    *,
    language: str = "nb",
    template: str | None = None,
    client_labels: Sequence[str] = (),
    include_client: bool = False,
) -> str:
    """One line for ``draft``. ``client_labels`` are only used when ``include_client``."""
    check_language(language)
    chosen = check_template(template or DEFAULT_TEMPLATES[language])
    labels = [label for label in client_labels if label] if include_client else []
    values = _values(draft, catalogue, language, labels)
    line = chosen.format_map(values)
    if labels and "{bruker}" not in chosen:
        line = f"{', '.join(labels)}, {line}"
    return _tidy(line)


def render_entries(
    drafts: Iterable[tuple[EntryDraft, Sequence[str]]],
    catalogue: Catalogue,
    *,
    language: str = "nb",
    template: str | None = None,
    include_client: bool = False,
) -> str:
    """One line per entry in date and start-time order, joined with line breaks."""
    ordered = sorted(
        drafts, key=lambda item: (item[0].date, item[0].start_time is None, item[0].start_time or 0)
    )
    return "\n".join(
        render_entry(
            draft,
            catalogue,
            language=language,
            template=template,
            client_labels=labels,
            include_client=include_client,
        )
        for draft, labels in ordered
    )


def _values(
    draft: EntryDraft, catalogue: Catalogue, language: str, clients: Sequence[str]
) -> dict[str, str]:
    words = _WORDS[language]
    code = catalogue.code(draft.code)
    return {
        "dato": format_date(draft.date),
        "uke": f"{words['week']} {IsoWeek.of(draft.date).week}",
        "kode": draft.code,
        "kodenavn": code.label.get(language) if code else "",
        "kategori": words.get(code.category, "") if code else "",
        "minutter": str(draft.minutes),
        "timer": f"{draft.minutes // 60}:{draft.minutes % 60:02d}",
        "kontaktform": _choice_label(catalogue.contact_mode(draft.contact_mode or ""), language),
        "arena": _choice_label(catalogue.arena(draft.arena or ""), language),
        "parter": _parties(draft.parties, catalogue, language),
        "bruker": ", ".join(clients),
    }


def _choice_label(choice: Choice | None, language: str) -> str:
    return _in_sentence(choice.label.get(language)) if choice else ""


def _parties(keys: Sequence[str], catalogue: Catalogue, language: str) -> str:
    names = [_choice_label(catalogue.party(key), language) or key for key in keys]
    if not names:
        return ""
    words = _WORDS[language]
    listed = (
        names[0] if len(names) == 1 else (f"{', '.join(names[:-1])} {words['and']} {names[-1]}")
    )
    return f"{words['with']} {listed}"


def _in_sentence(label: str) -> str:
    """A label as it reads mid-sentence: ``Barnehage`` → ``barnehage``; acronyms (``PPT``,
    ``NAV/hjelpemiddelsentral``) keep their capitals."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


_REPEATED_COMMAS = re.compile(r"\s*,(?:\s*,)+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.:;])")
_COMMA_BEFORE_END = re.compile(r",\s*([.:;]|$)")
_SPACES = re.compile(r"[ \t]{2,}")


def _tidy(line: str) -> str:
    """Remove what empty placeholders leave behind: doubled commas, a comma before the full
    stop, spaces before punctuation."""
    line = _REPEATED_COMMAS.sub(",", line)
    line = _COMMA_BEFORE_END.sub(r"\1", line)
    line = _SPACE_BEFORE_PUNCT.sub(r"\1", line)
    line = _SPACES.sub(" ", line)
    return line.strip().lstrip(",").strip()
