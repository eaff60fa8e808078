"""Free text refuses identity numbers (issue 16 item 5): every written or pasted form of a
valid number is refused with the field's sentence; ordinary numbers pass."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehablogg.core.catalogue import default_catalogue
from rehablogg.core.entry import EntryDraft, validate_entry
from rehablogg.core.free_text import (
    FIELDS,
    LABEL,
    NOTE,
    REASON,
    identity_number_refusal,
    identity_number_sentence,
)
from rehablogg.core.identity import IdKind, contains_identity_number, redact_identity_numbers
from rehablogg.core.journal_text import TemplateError, check_template
from tests.identity_factory import (
    every_form,
    example,
    pasted_forms,
    valid_numbers,
    with_bad_k1,
    with_bad_k2,
)

BORN = datetime.date(2016, 2, 29)
NO_DB = settings(database=None)
# Letters, punctuation and spaces around a number, never a digit (a digit would make the run
# longer than eleven, which is a different number).
_AROUND = st.text(st.characters(blacklist_categories=("Nd", "No", "Cs")), max_size=20)


@NO_DB
@given(valid_numbers(), st.data(), _AROUND, _AROUND, st.sampled_from(sorted(FIELDS)))
def test_every_form_of_every_valid_number_is_refused(
    generated: tuple[str, IdKind], data: st.DataObject, before: str, after: str, field: str
) -> None:
    number, _kind = generated
    form = data.draw(st.sampled_from(every_form(number)))
    text = f"{before} {form} {after}"
    assert identity_number_refusal(field, text) == identity_number_sentence(field)


@NO_DB
@given(valid_numbers(), st.data())
def test_a_number_with_a_wrong_check_digit_is_ordinary_text(
    generated: tuple[str, IdKind], data: st.DataObject
) -> None:
    number, _ = generated
    broken = data.draw(st.sampled_from([with_bad_k2(number)]))
    for form in every_form(broken):
        assert identity_number_refusal(NOTE, f"Ring {form} i morgen") is None


def test_bad_k1_written_with_a_dash_is_ordinary_text() -> None:
    bad = with_bad_k1(example(IdKind.FODSELSNUMMER, BORN))
    assert identity_number_refusal(NOTE, f"Sak {bad[:6]}-{bad[6:]}") is None


@pytest.mark.parametrize(
    "text",
    [
        "Ring mor på 912 34 567 eller +47 22 33 44 55.",
        "Møte 01.01.2020 kl. 12.45, ny time 010120 kl 1230.",
        "Tlf 91234567 / 004791234567",
        "Kontonummer 1234.56.78903, beløp 1 234 567,89 kr.",
        "Uke 12-2026, rom 101-12345",
        "Gikk 3 x 10 repetisjoner, 120 meter, 45 min.",
        "",
    ],
)
def test_ordinary_numbers_are_not_refused(text: str) -> None:
    assert identity_number_refusal(NOTE, text) is None


def test_the_sentence_names_the_field() -> None:
    assert identity_number_sentence(NOTE).startswith("Notatet")
    assert identity_number_sentence(LABEL).startswith("Navnet")
    assert identity_number_sentence(REASON).startswith("Begrunnelsen")
    assert identity_number_sentence("ukjent").startswith("Teksten")
    for field in FIELDS:
        sentence = identity_number_sentence(field)
        assert sentence.count(".") == 1 and sentence.endswith(".")  # one sentence


def test_refusal_text_never_repeats_the_digits() -> None:
    number = example(IdKind.D_NUMMER, BORN)
    refusal = identity_number_refusal(NOTE, f"D-nummer {number}")
    assert refusal is not None and number not in refusal and number[:6] not in refusal


@pytest.mark.parametrize("index", range(8))
def test_pasted_forms_are_caught_by_contains(index: int) -> None:
    number = example(IdKind.H_NUMMER, BORN)
    assert contains_identity_number(f"nr: {pasted_forms(number)[index]}.")


def test_redact_replaces_each_number() -> None:
    a, b = example(IdKind.FODSELSNUMMER, BORN), example(IdKind.FH_NUMMER, BORN)
    text = f"Mor {a[:6]} {a[6:]}, far {b}."
    assert redact_identity_numbers(text, "[x]") == "Mor [x], far [x]."


def test_entry_note_with_a_number_is_a_problem_on_the_note_field() -> None:
    number = example(IdKind.FODSELSNUMMER, BORN)
    draft = EntryDraft(
        datetime.date(2026, 3, 2),
        45,
        "I04",
        client_ids=(1,),
        note=f"Fnr {number[:6]}-{number[6:]} fra skolen",
    )
    problems = validate_entry(draft, default_catalogue(), datetime.date(2026, 3, 2))
    assert [(p.field, p.message) for p in problems] == [("note", identity_number_sentence(NOTE))]


def test_journal_template_with_a_number_is_refused() -> None:
    number = example(IdKind.D_NUMMER, BORN)
    with pytest.raises(TemplateError, match=r"^Malen inneholder"):
        check_template("{dato} " + number)
    assert check_template("{dato}: {kode}, rom 101") == "{dato}: {kode}, rom 101"
