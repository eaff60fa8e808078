"""The activity-code catalogue: the shipped proposal and the validation of catalogue files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.catalogue import (
    CATEGORIES,
    DEFAULT_CATALOGUE_FILE,
    Catalogue,
    CatalogueError,
    Labels,
    default_catalogue,
    load_catalogue,
    parse_catalogue,
)
from rehablogg.resources_dir import resource_path

SHIPPED = resource_path("catalogue", DEFAULT_CATALOGUE_FILE)

# The table of docs/DESIGN.md §8.2: code, bokmål label, category, client, group.
DOMAIN_CODES = [
    ("D01", "Undersøkelse og funksjonskartlegging", "direkte", "required", False),
    ("D02", "Individuell behandling og trening", "direkte", "required", False),
    ("D03", "Gruppebehandling", "direkte", "required", True),
    ("D04", "Kontroll og re-evaluering", "direkte", "required", False),
    ("D05", "Tverrfaglig utredning med bruker", "direkte", "required", False),
    ("D06", "Opplæring av bruker og foresatte (bruker til stede)", "direkte", "required", False),
    ("D07", "Utprøving av hjelpemidler med bruker", "direkte", "required", False),
    ("I01", "Veiledning av foreldre, foresatte og pårørende", "indirekte", "required", False),
    (
        "I02",
        "Veiledning av personale (barnehage, skole, bolig, arbeid)",
        "indirekte",
        "required",
        False,
    ),
    ("I03", "Tilrettelegging av miljø og hjelpemidler", "indirekte", "required", False),
    ("I04", "Ansvarsgruppemøte", "indirekte", "required", False),
    ("I05", "Tverrfaglig samarbeidsmøte om bruker", "indirekte", "required", False),
    ("I06", "Koordinatorarbeid", "indirekte", "required", False),
    ("I07", "Barnekoordinatorarbeid", "indirekte", "required", False),
    ("I08", "Individuell plan: utarbeiding og revisjon", "indirekte", "required", False),
    ("I09", "Samhandling med spesialisthelsetjenesten", "indirekte", "required", False),
    (
        "I10",
        "Telefon eller skriftlig kontakt med annet fagpersonell",
        "indirekte",
        "required",
        False,
    ),
    ("I11", "Rapport, uttalelse og søknad om bruker", "indirekte", "required", False),
    (
        "I12",
        "Planlegging av overganger (barnehage\N{EN DASH}skole, barn\N{EN DASH}voksen)",
        "indirekte",
        "required",
        False,
    ),
    ("I13", "Journalføring knyttet til bruker", "indirekte", "required", False),
    ("A01", "Forebyggende og helsefremmende arbeid", "annet", "none", True),
    ("A02", "Fagutvikling, kurs og veiledning av kolleger", "annet", "none", False),
    ("A03", "Administrasjon og møter uten brukerfokus", "annet", "none", False),
    ("A04", "Avlyst eller ikke møtt", "annet", "optional", False),
]

CONTACT_MODE_KEYS = ("oppmote", "video", "telefon", "skriftlig")
ARENA_KEYS = (
    "klinikk",
    "hjemme",
    "barnehage",
    "skole",
    "arbeidsplass",
    "bolig_institusjon",
    "naermiljo_fritid",
    "digitalt",
    "annet",
)
PARTY_KEYS = (
    "foreldre",
    "parorende",
    "barnehage",
    "skole_sfo",
    "ppt",
    "bup",
    "spesialist_habu",
    "fastlege",
    "helsestasjon",
    "nav_hjelpemiddel",
    "barnevern",
    "koordinerende_enhet",
    "hjemmetjeneste_bolig",
    "arbeidsgiver",
    "kommunal_tjeneste",
    "annet",
)


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load_catalogue(SHIPPED)


def shipped_text() -> str:
    return SHIPPED.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The shipped catalogue
# ---------------------------------------------------------------------------------------------


def test_shipped_catalogue_identity(shipped: Catalogue) -> None:
    assert shipped.id == "rehablogg-standard"
    assert shipped.version == 1
    assert shipped.valid_from == date(2025, 1, 1)
    assert all(shipped.name.get(lang).strip() for lang in ("nb", "nn", "en"))


def test_shipped_catalogue_has_the_domain_codes_in_order(shipped: Catalogue) -> None:
    got = [(c.code, c.label.nb, c.category, c.client, c.group) for c in shipped.codes]
    assert got == DOMAIN_CODES


def test_every_shipped_code_has_three_labels_and_descriptions(shipped: Catalogue) -> None:
    for code in shipped.codes:
        for text in (code.label, code.description):
            assert text.nb.strip() and text.nn.strip() and text.en.strip(), code.code
        # A text pasted into the wrong language slot is the likely copy-paste mistake.
        assert code.label.en != code.label.nb, code.code
        assert len({code.description.nb, code.description.nn, code.description.en}) == 3
        # One paragraph with guidance on when not to use the code.
        assert "\n" not in code.description.nb
        assert "Bruk ikke" in code.description.nb, code.code
        assert "Bruk ikkje" in code.description.nn, code.code
        assert "Do not use" in code.description.en, code.code


def test_shipped_nynorsk_uses_nynorsk_words(shipped: Catalogue) -> None:
    nynorsk = " ".join(c.label.nn + " " + c.description.nn for c in shipped.codes)
    for bokmal in (" bruker ", " ikke ", " hjemme ", " skole ", " uke ", " tjenester "):
        assert bokmal not in nynorsk
    a04 = shipped.code("A04")
    assert a04 is not None and a04.label.nn == "Avlyst eller ikkje møtt"


def test_shipped_anchors(shipped: Catalogue) -> None:
    by_code = {c.code: c for c in shipped.codes}
    assert by_code["D01"].anchors == ("takst A1a", "takst A1d", "NPR kontakttype 1")
    assert by_code["I04"].anchors == ("takst E50a", "takst E50b")
    assert by_code["D07"].anchors == ()
    assert all(c.retired_in is None for c in shipped.codes)


def test_shipped_choice_lists(shipped: Catalogue) -> None:
    assert shipped.contact_mode_keys == CONTACT_MODE_KEYS
    assert shipped.arena_keys == ARENA_KEYS
    assert shipped.party_keys == PARTY_KEYS
    for choice in shipped.contact_modes + shipped.arenas + shipped.parties:
        assert choice.label.nb and choice.label.nn and choice.label.en
    hjemme = shipped.arena("hjemme")
    assert hjemme is not None and hjemme.label.nn == "Heime"
    assert shipped.party("ppt") is not None
    assert shipped.contact_mode("video") is not None
    assert shipped.arena("månen") is None


def test_shipped_per_code_defaults(shipped: Catalogue) -> None:
    """A phone contact is a phone contact with no arena; record keeping has neither; direct
    time is in person, wherever it happens (issue 17, item 6)."""
    defaults = {c.code: (c.contact_mode, c.arena) for c in shipped.codes}
    assert defaults["I10"] == ("telefon", "")
    assert defaults["I11"] == ("skriftlig", "")
    assert defaults["I13"] == ("", "")
    for code in ("D01", "D02", "D03", "D04", "D06", "D07"):
        assert defaults[code] == ("oppmote", None), code
    assert defaults["A03"] == (None, None)  # nothing is typical: the field is left alone
    for code in shipped.codes:
        assert code.contact_mode in (None, "", *shipped.contact_mode_keys), code.code
        assert code.arena in (None, "", *shipped.arena_keys), code.code


def test_client_properties(shipped: Catalogue) -> None:
    d03, a01, a04 = (shipped.code(c) for c in ("D03", "A01", "A04"))
    assert d03 is not None and d03.needs_client and d03.allows_client and d03.group
    assert a01 is not None and not a01.needs_client and not a01.allows_client and a01.group
    assert a04 is not None and not a04.needs_client and a04.allows_client


def test_categories_constant(shipped: Catalogue) -> None:
    assert CATEGORIES == ("direkte", "indirekte", "annet")
    assert {c.category for c in shipped.codes} == set(CATEGORIES)


def test_default_catalogue_is_the_shipped_one_and_cached(shipped: Catalogue) -> None:
    assert default_catalogue() == shipped
    assert default_catalogue() is default_catalogue()


def test_labels_fall_back_to_bokmal() -> None:
    labels = Labels(nb="uke", nn="veke", en="week")
    assert labels.get("nb") == "uke"
    assert labels.get("nn") == "veke"
    assert labels.get("nn_NO") == "veke"
    assert labels.get("en-GB") == "week"
    assert labels.get("se") == "uke"
    assert labels.get("") == "uke"


def test_unknown_code_lookups(shipped: Catalogue) -> None:
    assert shipped.code("X99") is None
    assert not shipped.is_retired("X99")


# ---------------------------------------------------------------------------------------------
# Retired codes
# ---------------------------------------------------------------------------------------------


def version_2_text(retired_in: str = "2") -> str:
    text = shipped_text().replace("version = 1", "version = 2", 1)
    return text.replace('code = "D07"', f'code = "D07"\nretired_in = {retired_in}', 1)


def test_retired_code_is_hidden_from_new_entries_but_still_known() -> None:
    v2 = parse_catalogue(version_2_text(), "rehablogg-standard-2.toml")
    assert v2.version == 2
    d07 = v2.code("D07")
    assert d07 is not None and d07.retired_in == 2
    assert d07.label.nb == "Utprøving av hjelpemidler med bruker"
    assert v2.is_retired("D07")
    assert "D07" not in [c.code for c in v2.active_codes()]
    assert len(v2.active_codes()) == 23
    assert len(v2.codes) == 24
    # File order is kept around the hole.
    assert [c.code for c in v2.active_codes()][5:7] == ["D06", "I01"]


def test_code_retired_in_an_earlier_version_stays_retired() -> None:
    text = version_2_text().replace("version = 2", "version = 3", 1)
    v3 = parse_catalogue(text, "v3.toml")
    assert v3.is_retired("D07")
    d07 = v3.code("D07")
    assert d07 is not None and not d07.active_in(3) and d07.active_in(1)


def test_nothing_is_retired_in_version_1(shipped: Catalogue) -> None:
    assert not shipped.is_retired("D07")
    assert shipped.active_codes() == shipped.codes


@pytest.mark.parametrize("value", ["3", "0", "-1", '"2"', "true"])
def test_retired_in_out_of_range_is_refused(value: str) -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(version_2_text(value), "rehablogg-standard-2.toml")
    message = str(caught.value)
    assert "rehablogg-standard-2.toml" in message
    assert "kode D07" in message
    assert "«retired_in»" in message
    assert caught.value.code == "D07" and caught.value.field == "retired_in"


# ---------------------------------------------------------------------------------------------
# Refusals
# ---------------------------------------------------------------------------------------------

MINIMAL = """\
id = "test-cat"
version = 2
valid_from = 2025-01-01
name = { nb = "Test", nn = "Test", en = "Test" }

[[codes]]
code = "D01"
category = "direkte"
client = "required"
group = false
anchors = ["takst A1a"]
label = { nb = "Undersøkelse", nn = "Undersøking", en = "Assessment" }
description = { nb = "Bruk når.", nn = "Bruk når.", en = "Use when." }

[[codes]]
code = "A01"
category = "annet"
client = "none"
group = true
anchors = []
label = { nb = "Forebygging", nn = "Førebygging", en = "Prevention" }
description = { nb = "Bruk for grupper.", nn = "Bruk for grupper.", en = "Use for groups." }

[[contact_modes]]
key = "oppmote"
label = { nb = "Oppmøte", nn = "Oppmøte", en = "In person" }

[[arenas]]
key = "klinikk"
label = { nb = "Klinikk", nn = "Klinikk", en = "Clinic" }

[[arenas]]
key = "hjemme"
label = { nb = "Hjemme", nn = "Heime", en = "Home" }

[[parties]]
key = "foreldre"
label = { nb = "Foreldre", nn = "Foreldre", en = "Parents" }
"""

D01_LABEL = 'label = { nb = "Undersøkelse", nn = "Undersøking", en = "Assessment" }'
D01_DESCRIPTION = 'description = { nb = "Bruk når.", nn = "Bruk når.", en = "Use when." }'
HJEMME_LABEL = 'label = { nb = "Hjemme", nn = "Heime", en = "Home" }'


def test_minimal_catalogue_is_valid() -> None:
    catalogue = parse_catalogue(MINIMAL, "cat.toml")
    assert [c.code for c in catalogue.codes] == ["D01", "A01"]
    assert catalogue.arena_keys == ("klinikk", "hjemme")
    d01 = catalogue.code("D01")
    assert d01 is not None and d01.anchors == ("takst A1a",)


def test_optional_fields_may_be_left_out() -> None:
    text = MINIMAL.replace("valid_from = 2025-01-01\n", "").replace('anchors = ["takst A1a"]\n', "")
    catalogue = parse_catalogue(text, "cat.toml")
    assert catalogue.valid_from is None
    assert catalogue.codes[0].anchors == ()
    # A custom catalogue without per-code defaults stays valid: no code has one.
    assert all(c.contact_mode is None and c.arena is None for c in catalogue.codes)


def test_per_code_defaults_are_read() -> None:
    text = MINIMAL.replace(
        "group = false\n", 'group = false\ncontact_mode = "oppmote"\narena = "hjemme"\n', 1
    )
    text = text.replace("group = true\n", 'group = true\narena = ""\n', 1)
    d01, a01 = parse_catalogue(text, "cat.toml").codes
    assert (d01.contact_mode, d01.arena) == ("oppmote", "hjemme")
    assert (a01.contact_mode, a01.arena) == (None, "")  # "": the field is left empty


def test_group_code_may_require_clients() -> None:
    text = MINIMAL.replace("group = false", "group = true", 1)
    assert parse_catalogue(text, "cat.toml").codes[0].group


# (case id, text to replace in MINIMAL, replacement, substrings the message must contain)
REFUSALS: list[tuple[str, str, str, tuple[str, ...]]] = [
    # top level
    ("syntax", "version = 2", "version = = 2", ("linje 2", "TOML")),
    ("id-missing", 'id = "test-cat"\n', "", ("«id»", "mangler")),
    ("id-type", 'id = "test-cat"', "id = 5", ("«id»", "tekst")),
    ("id-empty", 'id = "test-cat"', 'id = ""', ("«id»", "tomt")),
    ("id-format", 'id = "test-cat"', 'id = "Test Cat"', ("«id»", "Test Cat")),
    ("version-missing", "version = 2\n", "", ("«version»", "mangler")),
    ("version-text", "version = 2", 'version = "2"', ("«version»", "heltall", "ikke «2»")),
    ("version-float", "version = 2", "version = 2.0", ("«version»", "heltall", "ikke 2.0")),
    ("version-bool", "version = 2", "version = true", ("«version»", "heltall", "ikke true")),
    ("version-zero", "version = 2", "version = 0", ("«version»", "positivt")),
    ("version-negative", "version = 2", "version = -3", ("«version»", "positivt")),
    ("name-missing", 'name = { nb = "Test", nn = "Test", en = "Test" }\n', "", ("«name»",)),
    ("name-type", 'name = { nb = "Test", nn = "Test", en = "Test" }', 'name = "Test"', ("«name»",)),
    ("name-nn-missing", 'nn = "Test", en = "Test" }', 'en = "Test" }', ("«name.nn»", "mangler")),
    ("name-en-empty", 'nn = "Test", en = "Test" }', 'nn = "Test", en = " " }', ("«name.en»",)),
    ("valid-from-text", "valid_from = 2025-01-01", 'valid_from = "2025-01-01"', ("«valid_from»",)),
    (
        "valid-from-datetime",
        "valid_from = 2025-01-01",
        "valid_from = 2025-01-01T08:00:00",
        ("«valid_from»", "dato"),
    ),
    ("unknown-top", "version = 2\n", "version = 2\nvesion = 3\n", ("«vesion»", "ukjent")),
    # codes
    ("code-missing", 'code = "D01"\n', "", ("[[codes]] nr. 1", "«code»", "mangler")),
    ("code-type", 'code = "D01"', "code = 1", ("[[codes]] nr. 1", "«code»", "tekst")),
    ("code-lower", 'code = "D01"', 'code = "d01"', ("kode d01", "«code»", "D01")),
    ("code-dash", 'code = "D01"', 'code = "D-01"', ("kode D-01", "«code»")),
    ("code-long", 'code = "D01"', 'code = "DABCDE1"', ("kode DABCDE1", "«code»")),
    ("code-short", 'code = "D01"', 'code = "D"', ("kode D,", "«code»")),
    ("code-duplicate", 'code = "A01"', 'code = "D01"', ("kode D01", "«code»", "én gang")),
    ("category-missing", 'category = "direkte"\n', "", ("kode D01", "«category»", "mangler")),
    (
        "category-unknown",
        'category = "direkte"',
        'category = "direct"',
        ("kode D01", "«category»", "«direkte», «indirekte» eller «annet»", "«direct»"),
    ),
    ("client-missing", 'client = "required"\n', "", ("kode D01", "«client»", "mangler")),
    (
        "client-unknown",
        'client = "required"',
        'client = "yes"',
        ("kode D01", "«client»", "«required», «optional» eller «none»"),
    ),
    (
        "client-none-direct",
        'client = "required"',
        'client = "none"',
        ("kode D01", "«client»", "direkte"),
    ),
    ("group-missing", "group = false\n", "", ("kode D01", "«group»", "mangler")),
    ("group-type", "group = false", 'group = "no"', ("kode D01", "«group»", "true eller false")),
    ("label-missing", D01_LABEL + "\n", "", ("kode D01", "«label»", "mangler")),
    ("label-type", D01_LABEL, 'label = "Undersøkelse"', ("kode D01", "«label»", "tabell")),
    ("label-nb-empty", 'nb = "Undersøkelse"', 'nb = ""', ("kode D01", "«label.nb»", "tomt")),
    ("label-nn-empty", 'nn = "Undersøking"', 'nn = ""', ("kode D01", "«label.nn»", "tomt")),
    ("label-en-empty", 'en = "Assessment"', 'en = "  "', ("kode D01", "«label.en»", "tomt")),
    ("label-nn-missing", 'nn = "Undersøking", ', "", ("kode D01", "«label.nn»", "mangler")),
    (
        "label-unknown-language",
        'en = "Assessment" }',
        'en = "Assessment", se = "Iskkadeapmi" }',
        ("kode D01", "«label.se»", "ukjent"),
    ),
    ("label-not-text", 'nb = "Undersøkelse"', "nb = 3", ("kode D01", "«label.nb»", "tekst")),
    ("description-missing", D01_DESCRIPTION + "\n", "", ("kode D01", "«description»")),
    (
        "description-nn-empty",
        'nn = "Bruk når.", en = "Use when."',
        'nn = "", en = "Use when."',
        ("kode D01", "«description.nn»", "tomt"),
    ),
    (
        "anchors-type",
        'anchors = ["takst A1a"]',
        'anchors = "takst A1a"',
        ("kode D01", "«anchors»", "liste"),
    ),
    (
        "anchors-empty-text",
        'anchors = ["takst A1a"]',
        'anchors = ["takst A1a", ""]',
        ("kode D01", "«anchors»"),
    ),
    ("anchors-number", 'anchors = ["takst A1a"]', "anchors = [1]", ("kode D01", "«anchors»")),
    (
        "unknown-code-field",
        "group = false",
        "group = false\ncatgory = 1",
        ("kode D01", "«catgory»"),
    ),
    (
        "retired-zero",
        "group = false",
        "group = false\nretired_in = 0",
        ("kode D01", "«retired_in»"),
    ),
    (
        "retired-future",
        "group = false",
        "group = false\nretired_in = 3",
        ("kode D01", "«retired_in»"),
    ),
    # per-code defaults: a key of the catalogue's own lists, or "" for none
    (
        "contact-default-unknown",
        "group = false",
        'group = false\ncontact_mode = "telefon"',
        ("kode D01", "«contact_mode»", "«contact_modes»", "«telefon»"),
    ),
    (
        "arena-default-unknown",
        "group = false",
        'group = false\narena = "skole"',
        ("kode D01", "«arena»", "«arenas»", "«skole»"),
    ),
    (
        "arena-default-type",
        "group = false",
        "group = false\narena = 1",
        ("kode D01", "«arena»", "tekst"),
    ),
    (
        "contact-default-bool",
        "group = false",
        "group = false\ncontact_mode = false",
        ("kode D01", "«contact_mode»", "tekst"),
    ),
    # choice lists
    (
        "key-duplicate",
        'key = "hjemme"',
        'key = "klinikk"',
        ("listen «arenas»", "nøkkel klinikk", "«key»", "én gang"),
    ),
    (
        "key-format",
        'key = "hjemme"',
        'key = "Hjemme"',
        ("[[arenas]] nr. 2", "«key»", "«Hjemme»"),
    ),
    ("key-dash", 'key = "hjemme"', 'key = "hjem-me"', ("[[arenas]] nr. 2", "«key»", "hjem-me")),
    ("key-missing", 'key = "hjemme"\n', "", ("[[arenas]] nr. 2", "«key»", "mangler")),
    ("key-type", 'key = "foreldre"', "key = 1", ("[[parties]] nr. 1", "«key»", "ikke 1")),
    (
        "choice-label-empty",
        'nn = "Heime"',
        'nn = ""',
        ("listen «arenas»", "nøkkel hjemme", "«label.nn»", "tomt"),
    ),
    ("choice-label-missing", HJEMME_LABEL + "\n", "", ("nøkkel hjemme", "«label»", "mangler")),
    (
        "choice-unknown-field",
        'key = "foreldre"',
        'key = "foreldre"\nlable = 1',
        ("listen «parties»", "nøkkel foreldre", "«lable»", "ukjent"),
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [pytest.param(old, new, expected, id=case) for case, old, new, expected in REFUSALS],
)
def test_broken_catalogue_is_refused(old: str, new: str, expected: tuple[str, ...]) -> None:
    assert old in MINIMAL, "the test case no longer matches MINIMAL"
    text = MINIMAL.replace(old, new, 1)
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, "cat.toml")
    message = str(caught.value)
    assert message.startswith("cat.toml"), message
    for part in expected:
        assert part in message, message
    # One sentence, ready to show as it is.
    assert message.endswith("."), message
    assert "\n" not in message, message


def without_list(field: str) -> str:
    """MINIMAL with every ``[[field]]`` block left out."""
    blocks = MINIMAL.split("\n\n")
    return "\n\n".join(b for b in blocks if not b.startswith(f"[[{field}]]"))


@pytest.mark.parametrize("field", ["codes", "contact_modes", "arenas", "parties"])
def test_missing_list_is_refused(field: str) -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(without_list(field), "cat.toml")
    assert f"«{field}»" in str(caught.value)
    assert "mangler" in str(caught.value)


@pytest.mark.parametrize("field", ["codes", "contact_modes", "arenas", "parties"])
def test_empty_list_is_refused(field: str) -> None:
    text = without_list(field).replace("version = 2\n", f"version = 2\n{field} = []\n", 1)
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, "cat.toml")
    assert f"«{field}»" in str(caught.value)
    assert "minst én" in str(caught.value)


@pytest.mark.parametrize("field", ["codes", "arenas"])
def test_list_of_non_tables_is_refused(field: str) -> None:
    text = without_list(field).replace("version = 2\n", f'version = 2\n{field} = ["D01"]\n', 1)
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, "cat.toml")
    assert f"«{field}»" in str(caught.value)
    assert "tabeller" in str(caught.value)


def test_catalogue_with_every_code_retired_is_refused() -> None:
    text = MINIMAL.replace("group = false", "group = false\nretired_in = 2").replace(
        "group = true", "group = true\nretired_in = 1"
    )
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, "cat.toml")
    assert "«codes»" in str(caught.value)
    assert "utgått" in str(caught.value)


def test_error_carries_file_code_and_field() -> None:
    text = MINIMAL.replace('category = "direkte"', 'category = "x"')
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, "cat.toml")
    error = caught.value
    assert isinstance(error, ValueError)
    assert (error.source, error.code, error.field) == ("cat.toml", "D01", "category")


def test_shipped_file_with_a_wrong_category_gives_the_documented_sentence() -> None:
    text = shipped_text()
    i04 = text.index('code = "I04"')
    broken = text[:i04] + text[i04:].replace('category = "indirekte"', 'category = "indirect"', 1)
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(broken, DEFAULT_CATALOGUE_FILE)
    assert str(caught.value) == (
        "rehablogg-standard-1.toml: kode I04, feltet «category» må være «direkte», "
        "«indirekte» eller «annet», ikke «indirect»."
    )


def test_syntax_error_without_a_line_still_names_the_file() -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue('id = "unterminated', "cat.toml")
    assert str(caught.value).startswith("cat.toml")
    assert "TOML" in str(caught.value)


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


def test_load_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "pilot.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"))
    assert load_catalogue(path).id == "test-cat"


def test_load_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "pilot.toml"
    path.write_bytes(MINIMAL.encode("latin-1"))
    with pytest.raises(CatalogueError, match=r"^pilot\.toml .*UTF-8"):
        load_catalogue(path)


def test_load_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match=r"^nowhere\.toml kunne ikke leses"):
        load_catalogue(tmp_path / "nowhere.toml")


def test_load_names_the_file_not_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "pilot.toml"
    path.write_text(MINIMAL.replace("version = 2", "version = 0"), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert str(caught.value).startswith("pilot.toml: feltet «version»")


def test_resource_path_finds_the_shipped_catalogue() -> None:
    assert SHIPPED.is_file()
    assert SHIPPED.parent.name == "catalogue"
