"""Reading tariff-model files: the shipped example, every field, and the one-sentence refusal of
each kind of bad file (naming the file, the model and the rule)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from rehablogg.aggregate.tariffs import TariffError, load_tariffs, parse_tariffs
from rehablogg.core.i18n import Sentence
from rehablogg.resources_dir import resource_path

HEAD = 'format = "rehablogg-tariffs"\nformat_version = "1.0"\n'


def _file(*models: str, head: str = HEAD) -> str:
    return head + "".join(models)


def _model(body: str, name: str = "Modell A") -> str:
    return f'\n[[models]]\nname = "{name}"\n{body}'


def _rule(body: str) -> str:
    return f"\n[[models.rules]]\n{body}\n"


GOOD_RULE = _rule('code = "D01"\nfee = 100')


def test_the_shipped_example_is_valid_and_marked_as_an_example() -> None:
    path = resource_path("tariffs", "eksempel-modeller.toml")
    tariffs = load_tariffs(path)
    assert tariffs.example is True
    assert tariffs.names == ("Takst i dag", "Tidsbasert", "Takst + indirekte tid")
    text = path.read_text(encoding="utf-8")
    assert "OPPDIKTEDE BELØP" in text and "MADE-UP AMOUNTS" in text
    today, timed, mixed = tariffs.models
    assert today.travel == "unpaid" and timed.travel == "as_time"
    assert mixed.travel == "separate" and mixed.travel_rate_per_minute == Decimal(500)
    assert today.cancelled_codes == frozenset({"A04"})
    assert timed.cap_per_therapist_month == 15_000_000
    assert mixed.cap_per_client_month == 800_000
    # D02 changes on 1 July: two rules for the same code that do not overlap.
    assert today.rule_for("D02", "direkte", date(2025, 6, 30)).fee == 18_000  # type: ignore[union-attr]
    assert today.rule_for("D02", "direkte", date(2025, 7, 1)).fee == 19_000  # type: ignore[union-attr]
    # A code with its own rule wins over its category; I01 has no rule in today's model.
    assert today.rule_for("D06", "direkte", date(2025, 7, 1)).category == "direkte"  # type: ignore[union-attr]
    assert today.rule_for("I01", "indirekte", date(2025, 7, 1)) is None
    assert mixed.rule_for("I04", "indirekte", date(2025, 7, 1)).code == "I04"  # type: ignore[union-attr]


def test_every_field_is_read_exactly() -> None:
    text = _file(
        _model(
            'description = "Alt"\ntravel = "separate"\ntravel_rate_per_minute = 2.125\n'
            'cancelled_codes = ["A04", "I13"]\ncap_per_client_month = 1000.5\n'
            "cap_per_therapist_month = 20000\n"
            + _rule(
                'code = "D03"\nfee = 0.1\nrate_per_block = 99.99\nblock_minutes = 15\n'
                "included_minutes = 10\nper_participant = true\nmax_participants = 6\n"
                'valid_from = 2025-01-01\nvalid_to = 2025-03-15\nnote = "gruppe"'
            )
            + _rule('category = "indirekte"\nrate_per_minute = 8.3333')
        ),
        head=HEAD + "example = false\n",
    )
    tariffs = parse_tariffs(text, "t.toml")
    assert tariffs.example is False and tariffs.source == "t.toml"
    (model,) = tariffs.models
    assert model.description == "Alt"
    assert model.travel_rate_per_minute == Decimal("212.5")  # øre per minute
    assert model.cancelled_codes == frozenset({"A04", "I13"})
    assert model.cap_per_client_month == 100_050 and model.cap_per_therapist_month == 2_000_000
    group, indirect = model.rules
    assert (
        group.index,
        group.code,
        group.category,
        group.fee,
        group.rate_per_block,
        group.block_minutes,
        group.included_minutes,
        group.per_participant,
        group.max_participants,
        group.valid_from,
        group.valid_to,
        group.note,
    ) == (1, "D03", None, 10, 9_999, 15, 10, True, 6, date(2025, 1, 1), date(2025, 3, 15), "gruppe")
    assert group.target == "kode D03"
    assert (
        indirect.index,
        indirect.category,
        indirect.fee,
        indirect.rate_per_minute,
        indirect.block_minutes,
    ) == (2, "indirekte", 0, Decimal("833.33"), 30)
    assert indirect.target == "kategori indirekte"
    assert model.travel == "separate"


def test_defaults() -> None:
    (model,) = parse_tariffs(_file(_model(GOOD_RULE)), "t.toml").models
    assert model.travel == "unpaid" and model.cancelled_codes == frozenset()
    assert model.cap_per_client_month is None and model.cap_per_therapist_month is None
    (rule,) = model.rules
    assert rule.valid_from is None and rule.valid_to is None and not rule.per_participant


def test_validity_is_inclusive_and_code_falls_back_to_category() -> None:
    text = _file(
        _model(
            _rule('code = "D02"\nfee = 1\nvalid_from = 2025-03-01\nvalid_to = 2025-03-15')
            + _rule('code = "D02"\nfee = 2\nvalid_from = 2025-03-16')
            + _rule('category = "direkte"\nfee = 3')
        )
    )
    (model,) = parse_tariffs(text, "t.toml").models

    def fee(day: date) -> int | None:
        rule = model.rule_for("D02", "direkte", day)
        return None if rule is None else rule.fee

    # Fees are held in øre.
    assert fee(date(2025, 2, 28)) == 300
    assert fee(date(2025, 3, 1)) == 100
    assert fee(date(2025, 3, 15)) == 100
    assert fee(date(2025, 3, 16)) == 200
    assert model.rule_for("D01", "direkte", date(2025, 3, 1)).fee == 300  # type: ignore[union-attr]
    assert model.rule_for("A03", "annet", date(2025, 3, 1)) is None


# Each bad file, and the words its one sentence must hold (besides the file's name).
BAD = {
    "toml": ("format = \n", ["t.toml: linje 1 er ikke gyldig TOML (Invalid value)"]),
    "format": (
        _file(_model(GOOD_RULE), head='format = "rehablogg-pilot"\n'),
        ["feltet «format»", "ikke en tariffil"],
    ),
    "version": (
        _file(_model(GOOD_RULE), head=HEAD.replace('"1.0"', '"2.0"')),
        ["«format_version»", "nyere rehablogg"],
    ),
    "top key": (
        _file(_model(GOOD_RULE), head=HEAD + "modeller = 1\n"),
        ["feltet «modeller» er ukjent"],
    ),
    "no models": (HEAD, ["feltet «models» mangler"]),
    "example type": (
        _file(_model(GOOD_RULE), head=HEAD + 'example = "ja"\n'),
        ["feltet «example» må være true eller false"],
    ),
    "model key": (
        _file(_model("pris = 3\n" + GOOD_RULE)),
        ["modell «Modell A», feltet «pris» er ukjent"],
    ),
    "model name missing": (
        HEAD + "\n[[models]]\n" + GOOD_RULE,
        ["[[models]] nr. 1, feltet «name» mangler"],
    ),
    "duplicate model": (
        _file(_model(GOOD_RULE), _model(GOOD_RULE)),
        ["modell «Modell A», feltet «name» gjentar navnet"],
    ),
    "no rules": (
        _file(_model('travel = "unpaid"\n')),
        ["modell «Modell A», feltet «rules» mangler"],
    ),
    "travel": (
        _file(_model('travel = "ja"\n' + GOOD_RULE)),
        [
            "modell «Modell A», feltet «travel» må være «unpaid», «as_time» eller "
            "«separate», ikke «ja»"
        ],
    ),
    "travel rate missing": (
        _file(_model('travel = "separate"\n' + GOOD_RULE)),
        ["«travel_rate_per_minute» mangler"],
    ),
    "travel rate unused": (
        _file(_model("travel_rate_per_minute = 3\n" + GOOD_RULE)),
        ["«travel_rate_per_minute» gir bare mening"],
    ),
    "negative cap": (
        _file(_model("cap_per_client_month = -5\n" + GOOD_RULE)),
        ["modell «Modell A», feltet «cap_per_client_month» kan ikke være negativt"],
    ),
    "cancelled unknown": (
        _file(_model('cancelled_codes = ["X99"]\n' + GOOD_RULE)),
        ["feltet «cancelled_codes»: koden «X99» finnes ikke i kodeverket rehablogg-standard"],
    ),
    "cancelled type": (
        _file(_model('cancelled_codes = "A04"\n' + GOOD_RULE)),
        ["«cancelled_codes» må være en liste av koder"],
    ),
    "rule key": (
        _file(_model(_rule('code = "D01"\nfee = 1\nbelop = 2'))),
        ["modell «Modell A», regel nr. 1 (kode D01), feltet «belop» er ukjent"],
    ),
    "unknown code": (
        _file(_model(GOOD_RULE + _rule('code = "D99"\nfee = 1'))),
        [
            "regel nr. 2 (kode D99), feltet «code»: koden «D99» finnes ikke i "
            "kodeverket rehablogg-standard"
        ],
    ),
    "unknown category": (
        _file(_model(_rule('category = "direct"\nfee = 1'))),
        [
            "regel nr. 1 (kategori direct), feltet «category» må være "
            "«direkte», «indirekte» eller «annet»"
        ],
    ),
    "both targets": (
        _file(_model(_rule('code = "D01"\ncategory = "direkte"\nfee = 1'))),
        ["regel nr. 1 (kode D01), feltet «code» kan ikke stå sammen med «category»"],
    ),
    "no target": (
        _file(_model(_rule("fee = 1"))),
        ["regel nr. 1, feltet «code» mangler; en regel må gjelde en kode"],
    ),
    "no amount": (
        _file(_model(_rule('code = "D01"'))),
        ["regel nr. 1 (kode D01), feltet «fee» mangler"],
    ),
    "negative fee": (
        _file(_model(_rule('code = "D01"\nfee = -100.0'))),
        ["regel nr. 1 (kode D01), feltet «fee» kan ikke være negativt (-100.0)"],
    ),
    "fee as text": (
        _file(_model(_rule('code = "D01"\nfee = "100"'))),
        ["feltet «fee» må være et beløp i kroner uten anførselstegn", "ikke «100»"],
    ),
    "fee decimals": (
        _file(_model(_rule('code = "D01"\nfee = 100.005'))),
        ["feltet «fee» kan ha høyst 2 desimaler, ikke 100.005"],
    ),
    "fee huge": (
        _file(_model(_rule('code = "D01"\nfee = 1e12'))),
        ["feltet «fee» er urimelig stort"],
    ),
    "fee nan": (_file(_model(_rule('code = "D01"\nfee = nan'))), ["feltet «fee» må være et beløp"]),
    "two rates": (
        _file(_model(_rule('code = "D01"\nrate_per_block = 1\nrate_per_minute = 1'))),
        ["feltet «rate_per_minute» kan ikke stå sammen med «rate_per_block»"],
    ),
    "block zero": (
        _file(_model(_rule('code = "D01"\nrate_per_block = 1\nblock_minutes = 0'))),
        ["feltet «block_minutes» må være et positivt heltall", "ikke 0"],
    ),
    "block as float": (
        _file(_model(_rule('code = "D01"\nrate_per_block = 1\nblock_minutes = 30.0'))),
        ["feltet «block_minutes» må være et positivt heltall"],
    ),
    "block without rate": (
        _file(_model(_rule('code = "D01"\nfee = 1\nblock_minutes = 15'))),
        ["feltet «block_minutes» gir bare mening sammen med «rate_per_block»"],
    ),
    "included negative": (
        _file(_model(_rule('code = "D01"\nrate_per_minute = 1\nincluded_minutes = -1'))),
        ["feltet «included_minutes» må være et heltall fra 0 og opp"],
    ),
    "included without rate": (
        _file(_model(_rule('code = "D01"\nfee = 1\nincluded_minutes = 30'))),
        ["«included_minutes» gir bare mening"],
    ),
    "participants as text": (
        _file(_model(_rule('code = "D03"\nfee = 1\nper_participant = "ja"'))),
        ["feltet «per_participant» må være true eller false"],
    ),
    "max without group": (
        _file(_model(_rule('code = "D03"\nfee = 1\nmax_participants = 6'))),
        ["feltet «max_participants» gir bare mening sammen med per_participant = true"],
    ),
    "max bool": (
        _file(
            _model(_rule('code = "D03"\nfee = 1\nper_participant = true\nmax_participants = true'))
        ),
        ["feltet «max_participants» må være et positivt heltall", "ikke true"],
    ),
    "date text": (
        _file(_model(_rule('code = "D01"\nfee = 1\nvalid_from = "2025-01-01"'))),
        ["feltet «valid_from» må være en dato"],
    ),
    "date time": (
        _file(_model(_rule('code = "D01"\nfee = 1\nvalid_to = 2025-01-01T10:00:00'))),
        ["feltet «valid_to» må være en dato uten klokkeslett"],
    ),
    "dates reversed": (
        _file(
            _model(_rule('code = "D01"\nfee = 1\nvalid_from = 2025-02-01\nvalid_to = 2025-01-31'))
        ),
        ["feltet «valid_to» (2025-01-31) ligger før «valid_from» (2025-02-01)"],
    ),
    "overlap": (
        _file(
            _model(
                _rule('code = "D02"\nfee = 1\nvalid_to = 2025-06-30')
                + _rule('code = "D02"\nfee = 2\nvalid_from = 2025-06-30')
            )
        ),
        ["modell «Modell A», regel nr. 2 (kode D02)", "overlapper regel nr. 1 for samme kode D02"],
    ),
    "overlap open": (
        _file(
            _model(
                _rule('category = "direkte"\nfee = 1')
                + GOOD_RULE
                + _rule('category = "direkte"\nfee = 2\nvalid_from = 2030-01-01')
            )
        ),
        ["regel nr. 3 (kategori direkte)", "overlapper regel nr. 1"],
    ),
    "rule for cancelled": (
        _file(_model('cancelled_codes = ["A04"]\n' + _rule('code = "A04"\nfee = 1'))),
        ["regel nr. 1 (kode A04)", "står også i «cancelled_codes»"],
    ),
    "note empty": (
        _file(_model(_rule('code = "D01"\nfee = 1\nnote = ""'))),
        ["regel nr. 1 (kode D01), feltet «note» kan ikke være tomt"],
    ),
    "rules not tables": (
        _file(_model("rules = [1, 2]\n")),
        ["feltet «rules» må være en liste av tabeller ([[models.rules]])"],
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_file_is_refused_with_one_sentence_naming_where(case: str) -> None:
    text, expected = BAD[case]
    with pytest.raises(TariffError) as caught:
        parse_tariffs(text, "t.toml")
    message = str(caught.value)
    assert message.startswith("t.toml"), message
    for words in expected:
        assert words in message, message
    assert "\n" not in message and message.endswith("."), message
    assert caught.value.source == "t.toml"
    assert isinstance(caught.value.args[0], Sentence), "not marked for translation"


def test_the_refusal_names_model_and_rule_as_attributes() -> None:
    with pytest.raises(TariffError) as caught:
        parse_tariffs(
            _file(
                _model(GOOD_RULE),
                _model(GOOD_RULE + _rule('code = "Q1"\nfee = 1'), name="Modell B"),
            ),
            "t.toml",
        )
    assert (caught.value.model, caught.value.rule, caught.value.field) == ("Modell B", 2, "code")


def test_overlap_does_not_refuse_back_to_back_or_different_targets() -> None:
    text = _file(
        _model(
            _rule('code = "D02"\nfee = 1\nvalid_to = 2025-06-30')
            + _rule('code = "D02"\nfee = 2\nvalid_from = 2025-07-01')
            + _rule('category = "direkte"\nfee = 3')
            + _rule('code = "D01"\nfee = 4')
        ),
        _model(GOOD_RULE, name="B"),
    )
    assert len(parse_tariffs(text, "t.toml").models[0].rules) == 4


def test_load_reads_utf8_with_bom_and_refuses_other_encodings(tmp_path: Path) -> None:
    path = tmp_path / "modeller.toml"
    path.write_bytes(b"\xef\xbb\xbf" + _file(_model(GOOD_RULE, name="Trygd og bølger")).encode())
    assert load_tariffs(path).names == ("Trygd og bølger",)
    path.write_bytes(_file(_model(GOOD_RULE, name="Trygd og bølger")).encode("latin-1"))
    with pytest.raises(TariffError, match=r"^modeller\.toml er ikke lagret som UTF-8"):
        load_tariffs(path)
    with pytest.raises(TariffError, match=r"^mangler\.toml kunne ikke leses"):
        load_tariffs(tmp_path / "mangler.toml")


def test_hostile_nesting_is_one_sentence() -> None:
    with pytest.raises(TariffError, match=r"^t\.toml er ikke en TOML-fil rehablogg kan lese"):
        parse_tariffs("x = " + "[" * 100_000 + "]" * 100_000, "t.toml")


def test_a_line_break_in_a_model_name_or_code_stays_out_of_the_sentence() -> None:
    text = _file(_model(_rule('code = "D\\n99"\nfee = 1'), name="Modell\\r\\nA"))
    with pytest.raises(TariffError) as caught:
        parse_tariffs(text, "t.toml")
    assert str(caught.value) == (
        "t.toml: modell «Modell\\r\\nA», regel nr. 1 (kode D\\n99), feltet «code»: koden "
        "«D\\n99» finnes ikke i kodeverket rehablogg-standard."
    )
    assert (caught.value.model, caught.value.rule) == ("Modell\r\nA", 1)


def test_a_model_without_a_usable_name_is_named_by_its_place_in_the_file() -> None:
    text = _file(_model(GOOD_RULE), "\n[[models]]\nname = 3\n" + GOOD_RULE)
    with pytest.raises(TariffError) as caught:
        parse_tariffs(text, "t.toml")
    assert str(caught.value) == (
        "t.toml: [[models]] nr. 2, feltet «name» må være en tekst i anførselstegn, ikke 3."
    )
    assert caught.value.model is None
