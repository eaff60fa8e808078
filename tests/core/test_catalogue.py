"""The activity-code catalogue: the shipped proposals (versions 1 and 2) and the validation of
catalogue files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rehablogg.core import care_pathway
from rehablogg.core.catalogue import (
    CATEGORIES,
    DEFAULT_CATALOGUE_FILE,
    MAX_ANCHORS,
    Anchor,
    Catalogue,
    CatalogueError,
    Labels,
    default_catalogue,
    load_catalogue,
    parse_catalogue,
    shipped_catalogue,
    shipped_file_name,
)
from rehablogg.core.entry import EntryDraft, validate_entry
from rehablogg.resources_dir import resource_path

SHIPPED = resource_path("catalogue", DEFAULT_CATALOGUE_FILE)
SHIPPED_V1 = resource_path("catalogue", shipped_file_name(1))

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
# Version 2 (the table of docs/DESIGN.md §8.2): version 1's codes and three new ones.
DOMAIN_CODES_V2 = [
    *DOMAIN_CODES[:20],
    (
        "I14",
        "Veiledning og kurs for grupper (foreldrekurs, personale)",
        "indirekte",
        "optional",
        True,
    ),
    ("I15", "Vurdering og prioritering av henvisninger", "indirekte", "optional", False),
    *DOMAIN_CODES[20:],
    ("A05", "Samarbeid på systemnivå", "annet", "none", False),
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
# Version 2's new parties come after version 1's: the order is the export's column order.
PARTY_KEYS_V2 = (*PARTY_KEYS, "dps", "tannhelse", "familievern", "flyktningtjeneste", "bufetat")


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load_catalogue(SHIPPED)


@pytest.fixture(scope="module")
def shipped_v1() -> Catalogue:
    return load_catalogue(SHIPPED_V1)


@pytest.fixture(scope="module", params=[1, 2], ids=["v1", "v2"])
def each_shipped(request: pytest.FixtureRequest) -> Catalogue:
    return load_catalogue(resource_path("catalogue", shipped_file_name(request.param)))


def shipped_text() -> str:
    """The text of shipped version 1, the base of the hand-made catalogues below."""
    return SHIPPED_V1.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The shipped catalogue
# ---------------------------------------------------------------------------------------------


def test_shipped_catalogue_identity(shipped: Catalogue, shipped_v1: Catalogue) -> None:
    assert DEFAULT_CATALOGUE_FILE == "rehablogg-standard-2.toml"
    assert (shipped.id, shipped.version) == ("rehablogg-standard", 2)
    assert shipped.valid_from == date(2026, 12, 1)
    assert (shipped_v1.id, shipped_v1.version) == ("rehablogg-standard", 1)
    assert shipped_v1.valid_from == date(2025, 1, 1)
    for catalogue in (shipped, shipped_v1):
        assert all(catalogue.name.get(lang).strip() for lang in ("nb", "nn", "en"))


def test_shipped_catalogue_has_the_domain_codes_in_order(
    shipped: Catalogue, shipped_v1: Catalogue
) -> None:
    got = [(c.code, c.label.nb, c.category, c.client, c.group) for c in shipped.codes]
    assert got == DOMAIN_CODES_V2
    got_v1 = [(c.code, c.label.nb, c.category, c.client, c.group) for c in shipped_v1.codes]
    assert got_v1 == DOMAIN_CODES


def test_version_2_keeps_every_version_1_code_unchanged(
    shipped: Catalogue, shipped_v1: Catalogue
) -> None:
    """Same code, category, client rule, group flag, texts in three languages, anchors and
    per-code defaults: an entry made under version 1 means the same under version 2."""
    for old in shipped_v1.codes:
        assert shipped.code(old.code) == old, old.code
    assert shipped.contact_modes == shipped_v1.contact_modes
    assert shipped.arenas == shipped_v1.arenas
    # The parties of version 1 keep their place (the export's part_<key> columns).
    assert shipped.parties[: len(shipped_v1.parties)] == shipped_v1.parties
    assert shipped.active_codes() == shipped.codes  # nothing retired yet


def test_every_shipped_code_has_three_labels_and_descriptions(each_shipped: Catalogue) -> None:
    for code in each_shipped.codes:
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


def test_shipped_nynorsk_uses_nynorsk_words(each_shipped: Catalogue) -> None:
    lists = each_shipped.parties + each_shipped.referral_sources + each_shipped.end_reasons
    nynorsk = " ".join(c.label.nn + " " + c.description.nn for c in each_shipped.codes)
    nynorsk += " " + " ".join(c.label.nn for c in lists + each_shipped.pause_kinds)
    for bokmal in (" bruker ", " ikke ", " hjemme ", " skole ", " uke ", " tjenester "):
        assert bokmal not in nynorsk
    for bokmal in ("tjeneste", "Bruker ", "Sykehus", "Selv"):
        assert bokmal not in nynorsk
    a04 = each_shipped.code("A04")
    assert a04 is not None and a04.label.nn == "Avlyst eller ikkje møtt"


def test_shipped_anchors(each_shipped: Catalogue) -> None:
    by_code = {c.code: c for c in each_shipped.codes}
    assert by_code["D01"].anchors == (
        Anchor("takst", "A1a"),
        Anchor("takst", "A1d"),
        Anchor("NPR kontakttype", "1"),
    )
    assert by_code["D01"].anchor_texts == ("takst A1a", "takst A1d", "NPR kontakttype 1")
    assert by_code["I04"].anchor_texts == ("takst E50a", "takst E50b")
    assert by_code["I06"].anchors == (Anchor("hol.", "§ 7-2"),)
    assert by_code["D07"].anchors == ()
    assert all(c.retired_in is None for c in each_shipped.codes)


def test_version_2_writes_anchors_as_system_and_code_tables() -> None:
    """Version 1 wrote texts; version 2 writes machine-readable pairs, and reading either gives
    the same pairs (the equality of every version-1 code above depends on it)."""
    text = SHIPPED.read_text(encoding="utf-8")
    assert 'anchors = [{ system = "NPR kontakttype", code = "3" }]' in text
    assert 'anchors = ["' not in text
    assert '"takst A1a"' in shipped_text()


V1_ANCHOR_TEXTS = [
    "takst A1a",
    "NPR kontakttype 13",
    "NCMP OAEA00 (analogi)",
    "hol. § 7-2 a",
    "takst E50a/E50b honoreres ikke ved avlysning",
    # A pilot's own version-1 texts: odd spacing and single words stay whole.
    "ICF",
    "NPR kontakttype",
    "NPR kontakttype ",
    "takst  A1a",
    " takst A1a",
    "takst A1a ",
    "takst\tA1a",
    "takst\nA1a",
    "ett, to",
]


@pytest.mark.parametrize("text", V1_ANCHOR_TEXTS)
def test_a_version_1_anchor_text_round_trips(text: str) -> None:
    """The Koder sheet of a version-1 catalogue shows each anchor's text: it must come back
    byte for byte from the pair, or a 1.0 export would change."""
    assert Anchor.from_text(text).text == text
    assert str(Anchor.from_text(text)) == text


def test_version_1_anchor_texts_split_after_the_system() -> None:
    assert Anchor.from_text("NPR kontakttype 13") == Anchor("NPR kontakttype", "13")
    assert Anchor.from_text("takst C34a–C34f") == Anchor("takst", "C34a–C34f")
    assert Anchor.from_text("ICF") == Anchor("ICF", "")
    assert Anchor.from_text("takst  A1a") == Anchor("takst  A1a", "")


def test_pilot_version_1_anchor_texts_are_read_unchanged(tmp_path: Path) -> None:
    texts = [t for t in V1_ANCHOR_TEXTS if t.strip()]
    listed = ", ".join('"' + t.replace("\t", "\\t").replace("\n", "\\n") + '"' for t in texts)
    text = MINIMAL.replace('anchors = ["takst A1a"]', f"anchors = [{listed}]", 1)
    d01 = parse_catalogue(text, "cat.toml").codes[0]
    assert d01.anchor_texts == tuple(texts)


def test_shipped_choice_lists(shipped: Catalogue, shipped_v1: Catalogue) -> None:
    assert shipped.contact_mode_keys == CONTACT_MODE_KEYS
    assert shipped.arena_keys == ARENA_KEYS
    assert shipped.party_keys == PARTY_KEYS_V2
    assert shipped_v1.party_keys == PARTY_KEYS
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
    assert defaults["I14"] == ("oppmote", None)  # a course or group is met in person
    assert defaults["I15"] == (None, "")  # triage is desk work, by any contact mode
    assert defaults["A05"] == (None, None)
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


def test_version_2_new_codes(shipped: Catalogue) -> None:
    """Group guidance and triage are indirect user time that may name no client (and group
    guidance several); system-level cooperation is not user time and names none."""
    i14, i15, a05 = (shipped.code(c) for c in ("I14", "I15", "A05"))
    assert i14 is not None and i14.category == "indirekte" and i14.group
    assert i14.client == "optional" and i14.allows_client and not i14.needs_client
    assert "gruppestørrelse" in i14.description.nb
    assert i15 is not None and i15.category == "indirekte" and i15.client == "optional"
    assert not i15.group
    assert a05 is not None and a05.category == "annet" and not a05.allows_client
    for code in (i14, i15, a05):
        # Each says which code to use instead, naming real codes of the catalogue.
        named = {w.strip("(),.") for w in code.description.nb.split() if w[:1] in "(DIA"}
        assert {n for n in named if shipped.code(n) is not None} - {code.code}, code.code


@pytest.mark.parametrize("clients", [(1, 2, 3), (1,), ()])
def test_group_guidance_may_name_several_clients_or_none(
    shipped: Catalogue, clients: tuple[int, ...]
) -> None:
    """The entry rules take I14 with any number of clients and the participants as the group
    size; I01 (one family) still takes exactly one."""
    day = date(2026, 12, 1)
    draft = EntryDraft(day, 90, "I14", client_ids=clients, group_size=12, parties=("dps",))
    assert validate_entry(draft, shipped, day) == []
    two = EntryDraft(day, 30, "I01", client_ids=(1, 2))
    assert [p.field for p in validate_entry(two, shipped, day)] == ["clients"]


def test_shipped_care_pathway_lists(shipped: Catalogue) -> None:
    """Exactly the keys the database stores (core/care_pathway.py), in that order, with
    labels in three languages."""
    assert tuple(c.key for c in shipped.referral_sources) == care_pathway.REFERRAL_SOURCES
    assert tuple(c.key for c in shipped.end_reasons) == care_pathway.END_REASONS
    assert tuple(c.key for c in shipped.pause_kinds) == care_pathway.PAUSE_KINDS
    lists = shipped.referral_sources + shipped.end_reasons + shipped.pause_kinds
    for choice in lists:
        assert choice.label.nb and choice.label.nn and choice.label.en, choice.key
    source = shipped.referral_source("selvhenvist")
    assert source is not None and source.label.en == "Self-referral (user or family)"
    reason = shipped.end_reason("maal_naadd")
    assert reason is not None and reason.label.nb == "Mål nådd"
    kind = shipped.pause_kind("utilgjengelig")
    assert kind is not None and kind.label.nn == "Brukar utilgjengeleg"
    assert shipped.end_reason("ukjent") is None


def test_a_catalogue_without_care_pathway_lists_gets_the_standard_ones(
    shipped: Catalogue, shipped_v1: Catalogue
) -> None:
    """Version 1 and a pilot's own catalogue have no such lists: an episode must still be
    recordable with them."""
    pilot = parse_catalogue(MINIMAL, "cat.toml")
    for catalogue in (shipped_v1, pilot):
        assert catalogue.referral_sources == shipped.referral_sources
        assert catalogue.end_reasons == shipped.end_reasons
        assert catalogue.pause_kinds == shipped.pause_kinds


def test_a_pilot_may_label_the_care_pathway_lists_itself() -> None:
    text = MINIMAL + PAUSE_KINDS_TEXT.replace("Opphold", "Innleggelse")
    catalogue = parse_catalogue(text, "cat.toml")
    assert catalogue.pause_kinds[0].label.nb == "Innleggelse"
    assert [c.key for c in catalogue.pause_kinds] == list(care_pathway.PAUSE_KINDS)
    # Any order: the list is the order the app offers them in.
    reordered = PAUSE_KINDS_TEXT.split("\n\n")
    text = MINIMAL + "\n\n".join(reversed(reordered)) + "\n"
    keys = [c.key for c in parse_catalogue(text, "cat.toml").pause_kinds]
    assert keys == list(reversed(care_pathway.PAUSE_KINDS))


def test_shipped_catalogue_by_version(shipped: Catalogue, shipped_v1: Catalogue) -> None:
    assert shipped_catalogue(1) == shipped_v1
    assert shipped_catalogue(2) == shipped
    assert shipped_catalogue(1) is shipped_catalogue(1)
    assert shipped_catalogue(0) is None and shipped_catalogue(3) is None


def test_categories_constant(shipped: Catalogue) -> None:
    assert CATEGORIES == ("direkte", "indirekte", "annet")
    assert {c.category for c in shipped.codes} == set(CATEGORIES)


def test_default_catalogue_is_the_shipped_version_2_and_cached(shipped: Catalogue) -> None:
    assert default_catalogue() == shipped
    assert default_catalogue().version == 2
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

PAUSE_KINDS_TEXT = """\
[[pause_kinds]]
key = "spesialisthelsetjeneste"
label = { nb = "Opphold", nn = "Opphald", en = "Stay" }

[[pause_kinds]]
key = "intensiv_trening"
label = { nb = "Intensiv", nn = "Intensiv", en = "Intensive" }

[[pause_kinds]]
key = "utilgjengelig"
label = { nb = "Borte", nn = "Borte", en = "Away" }"""

D01_LABEL = 'label = { nb = "Undersøkelse", nn = "Undersøking", en = "Assessment" }'
D01_DESCRIPTION = 'description = { nb = "Bruk når.", nn = "Bruk når.", en = "Use when." }'
HJEMME_LABEL = 'label = { nb = "Hjemme", nn = "Heime", en = "Home" }'


def test_minimal_catalogue_is_valid() -> None:
    catalogue = parse_catalogue(MINIMAL, "cat.toml")
    assert [c.code for c in catalogue.codes] == ["D01", "A01"]
    assert catalogue.arena_keys == ("klinikk", "hjemme")
    d01 = catalogue.code("D01")
    assert d01 is not None and d01.anchors == (Anchor("takst", "A1a"),)


def test_anchors_as_system_and_code_tables() -> None:
    text = MINIMAL.replace(
        'anchors = ["takst A1a"]',
        'anchors = [{ system = "takst", code = "A1a" }, '
        '{ code = " 1 ", system = "NPR kontakttype" }]',
        1,
    )
    d01 = parse_catalogue(text, "cat.toml").codes[0]
    assert d01.anchors == (Anchor("takst", "A1a"), Anchor("NPR kontakttype", "1"))
    assert d01.anchor_texts == ("takst A1a", "NPR kontakttype 1")


def test_a_list_may_hold_both_forms_of_anchor() -> None:
    text = MINIMAL.replace(
        'anchors = ["takst A1a"]', 'anchors = ["takst A1a", { system = "NCMP", code = "WMAA00" }]'
    )
    d01 = parse_catalogue(text, "cat.toml").codes[0]
    assert d01.anchors == (Anchor("takst", "A1a"), Anchor("NCMP", "WMAA00"))


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
    # version 2's anchor tables
    (
        "anchor-unknown-field",
        'anchors = ["takst A1a"]',
        'anchors = [{ system = "takst", kode = "A1a" }]',
        ("kode D01, forankring nr. 1", "«kode»", "ukjent", "system, code"),
    ),
    (
        "anchor-code-missing",
        'anchors = ["takst A1a"]',
        'anchors = [{ system = "takst" }]',
        ("kode D01, forankring nr. 1", "«code»", "mangler"),
    ),
    (
        "anchor-empty-table",
        'anchors = ["takst A1a"]',
        "anchors = [{}]",
        ("kode D01, forankring nr. 1", "«system»", "mangler"),
    ),
    (
        "anchor-system-blank",
        'anchors = ["takst A1a"]',
        'anchors = [{ system = " ", code = "A1a" }]',
        ("forankring nr. 1", "«system»", "tomt"),
    ),
    (
        "anchor-code-number",
        'anchors = ["takst A1a"]',
        'anchors = [{ system = "takst", code = 1 }]',
        ("forankring nr. 1", "«code»", "tekst", "ikke 1"),
    ),
    (
        "anchor-code-table",
        'anchors = ["takst A1a"]',
        'anchors = [{ system = "takst", code = { a = 1 } }]',
        ("forankring nr. 1", "«code»", "tekst", "en tabell"),
    ),
    (
        "anchor-code-two-lines",
        'anchors = ["takst A1a"]',
        'anchors = [{ system = "takst", code = "A1a\\nA1b" }]',
        ("forankring nr. 1", "«code»", "én linje", "«A1a\\nA1b»"),
    ),
    (
        "anchor-code-escape",
        'anchors = ["takst A1a"]',
        'anchors = [{ system = "\\u001b[31mtakst", code = "A1a" }]',
        ("forankring nr. 1", "«system»", "én linje", "\\x1b"),
    ),
    (
        "anchor-code-too-long",
        'anchors = ["takst A1a"]',
        'anchors = [{ system = "takst", code = "' + "A" * 101 + '" }]',
        ("forankring nr. 1", "«code»", "1 til 100 tegn"),
    ),
    (
        "anchor-second-bad",
        'anchors = ["takst A1a"]',
        'anchors = ["takst A1a", { system = "takst" }]',
        ("kode D01, forankring nr. 2", "«code»", "mangler"),
    ),
    (
        "anchors-list-of-lists",
        'anchors = ["takst A1a"]',
        'anchors = [["takst", "A1a"]]',
        ("kode D01", "«anchors»", "liste", "system og kode"),
    ),
    (
        "anchors-blank-text",
        'anchors = ["takst A1a"]',
        'anchors = ["takst A1a", "  "]',
        ("kode D01", "«anchors»", "ikke er tom"),
    ),
    (
        "anchors-too-many",
        'anchors = ["takst A1a"]',
        "anchors = [" + ", ".join(['"takst A1a"'] * (MAX_ANCHORS + 1)) + "]",
        ("kode D01", "«anchors»", f"{MAX_ANCHORS + 1} forankringer", f"høyst {MAX_ANCHORS}"),
    ),
    (
        "anchors-text-too-long",
        'anchors = ["takst A1a"]',
        'anchors = ["takst A1a", "takst ' + "A" * 200 + '"]',
        ("kode D01", "«anchors»", "nr. 2", "200 tegn"),
    ),
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


# (case id, text to replace in PAUSE_KINDS_TEXT, replacement, substrings the message must contain)
PATHWAY_REFUSALS: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "unknown-key",
        'key = "utilgjengelig"',
        'key = "ferie"',
        ("listen «pause_kinds», nøkkel ferie", "«key»", "«utilgjengelig»", "ikke «ferie»"),
    ),
    (
        "key-missing-from-list",
        'key = "utilgjengelig"',
        'key = "intensiv_trening"',
        ("nøkkel intensiv_trening", "én gang"),
    ),
    ("key-format", 'key = "utilgjengelig"', 'key = "Borte"', ("[[pause_kinds]] nr. 3", "«key»")),
    ("key-type", 'key = "utilgjengelig"', "key = 3", ("[[pause_kinds]] nr. 3", "«key»")),
    (
        "label-nn-missing",
        'nn = "Borte", ',
        "",
        ("listen «pause_kinds», nøkkel utilgjengelig", "«label.nn»", "mangler"),
    ),
    (
        "unknown-field",
        'key = "utilgjengelig"',
        'key = "utilgjengelig"\nlabl = 1',
        ("nøkkel utilgjengelig", "«labl»", "ukjent"),
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [pytest.param(old, new, expected, id=case) for case, old, new, expected in PATHWAY_REFUSALS],
)
def test_broken_care_pathway_list_is_refused(old: str, new: str, expected: tuple[str, ...]) -> None:
    assert old in PAUSE_KINDS_TEXT, "the test case no longer matches PAUSE_KINDS_TEXT"
    text = MINIMAL + "\n" + PAUSE_KINDS_TEXT.replace(old, new, 1) + "\n"
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, "cat.toml")
    message = str(caught.value)
    assert message.startswith("cat.toml"), message
    for part in expected:
        assert part in message, message
    assert message.endswith(".") and "\n" not in message, message


def test_care_pathway_list_lacking_a_key_is_refused() -> None:
    """A stored episode may hold any of the keys, so a list must offer all of them."""
    blocks = PAUSE_KINDS_TEXT.split("\n\n")
    text = MINIMAL + "\n" + "\n\n".join(blocks[:2]) + "\n"
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, "cat.toml")
    assert str(caught.value) == (
        "cat.toml: feltet «pause_kinds» mangler nøkkelen «utilgjengelig»; listen må ha alle "
        "disse nøklene: «spesialisthelsetjeneste», «intensiv_trening» eller «utilgjengelig»."
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [("[]", "minst én"), ('["fastlege"]', "tabeller"), ('"fastlege"', "tabeller")],
)
def test_care_pathway_list_of_wrong_shape_is_refused(value: str, expected: str) -> None:
    text = MINIMAL.replace("version = 2\n", f"version = 2\nreferral_sources = {value}\n", 1)
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, "cat.toml")
    assert "«referral_sources»" in str(caught.value)
    assert expected in str(caught.value)


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
        parse_catalogue(broken, shipped_file_name(1))
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
