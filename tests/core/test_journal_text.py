"""Journal lines from entries: bokmål and nynorsk, empty fields tidied, client only when asked,
bad templates refused with one sentence."""

from __future__ import annotations

from datetime import date, time

import pytest

from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.journal_text import (
    DEFAULT_TEMPLATES,
    JournalSettings,
    TemplateError,
    check_template,
    render_entries,
    render_entry,
)

MEETING = EntryDraft(
    date(2026, 3, 4),
    60,
    "I04",
    time(13, 0),
    (7,),
    "oppmote",
    "skole",
    ("foreldre", "skole_sfo", "ppt"),
)
HOME = EntryDraft(date(2026, 3, 2), 45, "D02", None, (7,), "oppmote", "hjemme")


def test_bokmal_line_has_date_code_label_minutes_mode_arena_and_parties(
    catalogue: Catalogue,
) -> None:
    assert render_entry(MEETING, catalogue) == (
        "04.03.2026: I04 Ansvarsgruppemøte, 60 min, oppmøte, skole, "
        "med foreldre/foresatte, skole/SFO og PPT."
    )


def test_nynorsk_uses_the_catalogues_nynorsk_labels(catalogue: Catalogue) -> None:
    line = render_entry(HOME, catalogue, language="nn")
    code = catalogue.code("D02")
    assert code is not None
    assert line == f"02.03.2026: D02 {code.label.nn}, 45 min, oppmøte, heime."
    assert "hjemme" not in line
    meeting = render_entry(MEETING, catalogue, language="nn")
    assert "skule" in meeting and "føresette" in meeting


def test_empty_fields_leave_no_stray_commas(catalogue: Catalogue) -> None:
    admin = EntryDraft(date(2026, 3, 5), 30, "A03")
    line = render_entry(admin, catalogue)
    assert line == "05.03.2026: A03 Administrasjon og møter uten brukerfokus, 30 min."
    assert ",," not in line and ", ," not in line and ",." not in line


def test_client_label_only_when_asked(catalogue: Catalogue) -> None:
    without = render_entry(MEETING, catalogue, client_labels=["Ola Testesen"])
    assert "Ola" not in without
    with_client = render_entry(
        MEETING, catalogue, client_labels=["Ola Testesen"], include_client=True
    )
    assert with_client.startswith("Ola Testesen, 04.03.2026: I04")
    placed = render_entry(
        MEETING,
        catalogue,
        template="{dato} {bruker}: {kode}",
        client_labels=["Ola Testesen"],
        include_client=True,
    )
    assert placed == "04.03.2026 Ola Testesen: I04"


def test_several_entries_make_one_line_each_in_date_order(catalogue: Catalogue) -> None:
    text = render_entries([(MEETING, []), (HOME, [])], catalogue)
    lines = text.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("02.03.2026: D02")
    assert lines[1].startswith("04.03.2026: I04")


def test_user_template_with_hours_week_and_category(catalogue: Catalogue) -> None:
    line = render_entry(MEETING, catalogue, template="{uke}: {timer} {kategori}", language="nn")
    assert line == "veke 10: 1:00 indirekte brukartid"


@pytest.mark.parametrize(
    ("template", "words"),
    [
        ("{dato} {pasient}", "«{pasient}» er ikke en kjent plassholder"),
        ("{dato", "krøllparentes uten partner"),
        ("   ", "Malen er tom"),
        ("{minutter:>5}", "har et tillegg etter navnet"),
        ("{}", "«{}» er ikke en kjent plassholder"),
    ],
)
def test_bad_templates_are_refused_with_one_sentence(template: str, words: str) -> None:
    with pytest.raises(TemplateError) as caught:
        check_template(template)
    message = str(caught.value)
    assert words in message
    assert message.endswith(".") and "\n" not in message


def test_defaults_are_valid_and_settings_fall_back_when_broken() -> None:
    for template in DEFAULT_TEMPLATES.values():
        assert check_template(template) == template
    assert JournalSettings.from_json(
        {"language": "nn", "template": "{kode}", "include_client": True}
    ) == JournalSettings("nn", "{kode}", True)
    assert (
        JournalSettings.from_json({"language": "xx", "template": "{ukjent}"}) == JournalSettings()
    )
    assert JournalSettings.from_json("garbage") == JournalSettings()
    assert JournalSettings("nn").effective_template() == DEFAULT_TEMPLATES["nn"]
