"""The care pathway in the client windows, driven by the keyboard like a user (issue 20):
episodes with pauses, needs ahead, the client's home municipality and arrangement, and the
transition reminder that goes away once planning or an assessment is recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.core.care_pathway import Episode, NeedsAssessment, Pause
from rehablogg.core.entry import EntryDraft
from rehablogg.gui.client_page import ClientPage
from rehablogg.gui.clients_dialog import REMINDER_COLUMN, ClientEditDialog, ClientsModel
from rehablogg.gui.date_text import parse_typed_date
from rehablogg.gui.episode_dialog import EpisodeDialog
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.needs_dialog import NeedsDialog
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from tests.gui.conftest import TODAY, Keyboard, log

CAT = ("rehablogg-standard", 1)
# The municipality suggestions make the offscreen platform say it cannot raise windows or grab
# the keyboard; real platforms can (as in tests/gui/test_profile_dialog.py).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def logbook(db: Database) -> Logbook:
    return Logbook(db, today=lambda: TODAY)


@pytest.fixture
def teen(logbook: Logbook) -> int:
    """Turns 16 in 2027, within the two years a reminder looks ahead."""
    return logbook.clients.add("Ola Testesen", birth_year=2011)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def _type(text: str) -> None:
    QTest.keyClicks(_focus(), text)


def _key(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifiers)


def _shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


@pytest.fixture
def episode_dialog(qtbot: QtBot, logbook: Logbook, teen: int) -> Iterator[EpisodeDialog]:
    dialog = EpisodeDialog(logbook, teen)
    _shown(qtbot, dialog)
    yield dialog


def test_an_episode_with_a_pause_is_typed_with_the_keyboard_only(
    episode_dialog: EpisodeDialog, logbook: Logbook, teen: int
) -> None:
    ui = episode_dialog.ui
    assert _focus() is ui.referralEdit
    _type("03.02.2026")
    _key(Qt.Key.Key_Tab)
    assert _focus() is ui.sourceCombo
    _type("F")  # a letter picks the first source starting with it: Fastlege
    _key(Qt.Key.Key_Tab)
    assert _focus() is ui.startEdit
    _type("2.3.26")  # the short way a user writes a date
    _key(Qt.Key.Key_Tab)
    assert _focus() is ui.endEdit
    _key(Qt.Key.Key_Tab)
    assert _focus() is ui.endReasonCombo
    _key(Qt.Key.Key_Tab)
    assert _focus() is ui.addPauseButton
    _key(Qt.Key.Key_Space)
    row = episode_dialog.pauses[0]
    assert _focus() is row.from_edit
    _type("10.06.2026")
    _key(Qt.Key.Key_Tab)
    assert _focus() is row.to_edit
    _type("20.06.2026")
    _key(Qt.Key.Key_Tab)
    assert _focus() is row.kind_combo
    _type("I")  # Intensiv treningsperiode
    _key(Qt.Key.Key_Return)  # Enter saves from anywhere in the dialog
    assert episode_dialog.result() == QDialog.DialogCode.Accepted
    [record] = logbook.pathway.episodes(teen)
    assert record.episode == Episode(
        date(2026, 2, 3),
        "fastlege",
        date(2026, 3, 2),
        None,
        None,
        (Pause(date(2026, 6, 10), date(2026, 6, 20), "intensiv_trening"),),
    )


def test_the_tab_order_runs_through_each_pause_row_before_the_buttons(
    episode_dialog: EpisodeDialog,
) -> None:
    ui = episode_dialog.ui
    episode_dialog.add_pause()
    episode_dialog.add_pause()
    ui.endReasonCombo.setFocus()
    seen = []
    for _ in range(10):
        _key(Qt.Key.Key_Tab)
        seen.append(_focus())
    first, second = episode_dialog.pauses
    assert seen[:9] == [*first.widgets(), *second.widgets(), ui.addPauseButton]
    assert seen[9].window() is episode_dialog and seen[9] in ui.buttonBox.buttons()


def test_a_date_that_is_not_one_keeps_what_was_typed_and_says_so(
    episode_dialog: EpisodeDialog, logbook: Logbook, teen: int
) -> None:
    ui = episode_dialog.ui
    _type("31.02.2026")
    _key(Qt.Key.Key_Return)
    assert episode_dialog.isVisible()
    assert ui.problemLabel.isVisible()
    assert ui.problemLabel.text() == (
        "Henvist: «31.02.2026» er ikke en dato; skriv den som dd.mm.åååå, for eksempel 03.02.2026."
    )
    assert ui.referralEdit.text() == "31.02.2026"
    assert _focus() is ui.referralEdit
    assert logbook.pathway.episodes(teen) == []


def test_an_episode_the_rules_refuse_keeps_every_field_and_goes_to_the_one_at_fault(
    episode_dialog: EpisodeDialog, logbook: Logbook, teen: int
) -> None:
    ui = episode_dialog.ui
    _type("03.02.2026")
    _key(Qt.Key.Key_Tab)
    _type("H")  # Helsestasjon
    _key(Qt.Key.Key_Tab)
    _type("01.02.2026")  # before the referral
    _key(Qt.Key.Key_Return)
    assert episode_dialog.isVisible()
    assert ui.problemLabel.text() == "Tjenesten kan ikke starte før henvisningsdatoen."
    assert (ui.referralEdit.text(), ui.startEdit.text()) == ("03.02.2026", "01.02.2026")
    assert ui.sourceCombo.currentData() == "helsestasjon"
    assert _focus() is ui.startEdit
    # Correcting the date clears the sentence and saves.
    ui.startEdit.selectAll()
    _type("04.02.2026")
    assert not ui.problemLabel.isVisible()
    _key(Qt.Key.Key_Return)
    assert episode_dialog.result() == QDialog.DialogCode.Accepted
    assert [r.episode.start_date for r in logbook.pathway.episodes(teen)] == [date(2026, 2, 4)]


def test_a_pause_without_a_kind_is_refused_at_its_kind(
    episode_dialog: EpisodeDialog, logbook: Logbook, teen: int
) -> None:
    ui = episode_dialog.ui
    _type("03.02.2026")
    _key(Qt.Key.Key_Tab)
    _type("F")
    episode_dialog.add_pause()
    _type("10.03.2026")
    _key(Qt.Key.Key_Return)
    assert ui.problemLabel.text() == "Velg hva slags opphold det er."
    assert _focus() is episode_dialog.pauses[0].kind_combo
    assert episode_dialog.pauses[0].from_edit.text() == "10.03.2026"


def test_a_removed_pause_row_is_gone_and_the_cursor_stays_in_the_table(
    episode_dialog: EpisodeDialog, logbook: Logbook, teen: int
) -> None:
    ui = episode_dialog.ui
    _type("03.02.2026")
    _key(Qt.Key.Key_Tab)
    _type("F")
    episode_dialog.add_pause()
    _type("10.03.2026")
    episode_dialog.add_pause()
    first, second = episode_dialog.pauses
    first.remove_button.setFocus()
    _key(Qt.Key.Key_Space)
    assert episode_dialog.pauses == [second]
    assert _focus() is second.from_edit
    _type("01.04.2026")
    _key(Qt.Key.Key_Tab)
    _key(Qt.Key.Key_Tab)
    _type("O")  # Opphold i spesialisthelsetjenesten
    _key(Qt.Key.Key_Return)
    assert episode_dialog.result() == QDialog.DialogCode.Accepted
    [record] = logbook.pathway.episodes(teen)
    assert record.episode.pauses == (Pause(date(2026, 4, 1), None, "spesialisthelsetjeneste"),)
    assert not ui.problemLabel.isVisible()


def test_escape_cancels_without_saving(
    episode_dialog: EpisodeDialog, logbook: Logbook, teen: int
) -> None:
    _type("03.02.2026")
    _key(Qt.Key.Key_Escape)
    assert episode_dialog.result() == QDialog.DialogCode.Rejected
    assert logbook.pathway.episodes(teen) == []


def test_a_second_open_episode_is_refused(qtbot: QtBot, logbook: Logbook, teen: int) -> None:
    logbook.pathway.add_episode(teen, Episode(date(2025, 5, 1), "fastlege"))
    dialog = EpisodeDialog(logbook, teen)
    _shown(qtbot, dialog)
    _type("03.02.2026")
    _key(Qt.Key.Key_Tab)
    _type("N")
    _key(Qt.Key.Key_Return)
    assert dialog.ui.problemLabel.text() == (
        "Brukeren har allerede et forløp fra 2025-05-01 i samme tidsrom; avslutt det først."
    )
    assert len(logbook.pathway.episodes(teen)) == 1


def test_an_episode_is_changed_from_the_client_page(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    from tests.gui.dialogs import when_modal

    logbook.pathway.add_episode(teen, Episode(date(2025, 5, 1), "fastlege"))
    page = ClientPage(logbook, teen)
    _shown(qtbot, page)
    assert page.episodes.rowCount() == 1
    assert page.episodes.index(0, 3).data() == "pågår"

    def end_it(dialog: QDialog) -> None:
        assert isinstance(dialog, EpisodeDialog)
        dialog.ui.endEdit.setFocus()
        _type("30.09.2026")
        _key(Qt.Key.Key_Tab)
        _type("M")  # Mål nådd
        _key(Qt.Key.Key_Return)

    answer = when_modal(end_it)
    page.edit_episode()
    assert answer.answered
    [record] = logbook.pathway.episodes(teen)
    assert (record.episode.end_date, record.episode.end_reason) == (date(2026, 9, 30), "maal_naadd")
    assert page.episodes.index(0, 3).data() == "30.09.2026"
    assert page.changed


def test_the_waiting_time_is_shown_when_a_direct_contact_is_logged(
    qtbot: QtBot, db: Database, logbook: Logbook, teen: int
) -> None:
    logbook.pathway.add_episode(teen, Episode(date(2026, 3, 2), "fastlege"))
    add_entry(db.engine, EntryDraft(date(2026, 3, 23), 45, "D01", client_ids=(teen,)), *CAT)
    page = ClientPage(logbook, teen)
    _shown(qtbot, page)
    assert page.episodes.index(0, 5).data() == "21"


def test_needs_are_saved_by_keyboard_and_listed_newest_first(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    logbook.pathway.save_needs(teen, NeedsAssessment(date(2025, 1, 10), {"bolig": "noe"}))
    dialog = NeedsDialog(logbook, teen)
    _shown(qtbot, dialog)
    assert _focus() is dialog.ui.assessedEdit
    assert dialog.ui.assessedEdit.text() == "20.11.2026"
    _key(Qt.Key.Key_Tab)
    _type("m")  # barnehage/skole: mye
    _key(Qt.Key.Key_Tab)
    _key(Qt.Key.Key_Tab)
    _type("n")  # hjelpemidler: noe
    _key(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    newest, older = logbook.pathway.needs(teen)
    assert newest.assessed_on == TODAY
    assert (newest.level("barnehage_skole"), newest.level("hjelpemidler")) == ("mye", "noe")
    assert newest.level("bolig") == "ingen"
    assert older.assessed_on == date(2025, 1, 10)
    page = ClientPage(logbook, teen)
    _shown(qtbot, page)
    assert [page.needs.index(r, 0).data() for r in range(2)] == ["20.11.2026", "10.01.2025"]
    assert page.needs.index(0, 1).data() == "mye"


def test_a_needs_date_after_today_keeps_what_was_typed(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    dialog = NeedsDialog(logbook, teen)
    _shown(qtbot, dialog)
    _type("01.01.2027")  # the field's text is selected, so typing replaces it
    _key(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.problemLabel.text() == "Vurderingsdatoen kan ikke være etter i dag."
    assert dialog.ui.assessedEdit.text() == "01.01.2027"
    assert logbook.pathway.needs(teen) == []


TAKEN = "Det finnes allerede en behovsvurdering datert {}; endre den i stedet."


def test_a_needs_date_changed_onto_another_assessment_is_refused_in_place(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    logbook.pathway.save_needs(teen, NeedsAssessment(date(2026, 3, 1), {"bolig": "noe"}))
    logbook.pathway.save_needs(teen, NeedsAssessment(date(2026, 3, 5), {"transport": "mye"}))
    before = logbook.pathway.needs(teen)
    dialog = NeedsDialog(logbook, teen, before[1])  # the one of 01.03
    _shown(qtbot, dialog)
    _type("05.03.2026")
    _key(Qt.Key.Key_Tab)
    _type("m")  # barnehage/skole: mye
    _key(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.problemLabel.isVisible()
    assert dialog.ui.problemLabel.text() == TAKEN.format("2026-03-05")
    assert dialog.ui.assessedEdit.text() == "05.03.2026"
    assert dialog.combos["barnehage_skole"].currentData() == "mye"
    assert logbook.pathway.needs(teen) == before
    # Back to its own date, the change is saved over it.
    dialog.ui.assessedEdit.setFocus()
    dialog.ui.assessedEdit.selectAll()
    _type("01.03.2026")
    _key(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = logbook.pathway.needs(teen)
    assert [(n.assessed_on, n.level("barnehage_skole")) for n in after] == [
        (date(2026, 3, 5), "ingen"),
        (date(2026, 3, 1), "mye"),
    ]


def test_a_new_assessment_on_a_day_already_assessed_is_refused_in_place(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    logbook.pathway.save_needs(teen, NeedsAssessment(TODAY, {"bolig": "mye"}))
    before = logbook.pathway.needs(teen)
    dialog = NeedsDialog(logbook, teen)  # dated today
    _shown(qtbot, dialog)
    _key(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.problemLabel.text() == TAKEN.format(TODAY.isoformat())
    assert dialog.ui.assessedEdit.text() == "20.11.2026"
    assert logbook.pathway.needs(teen) == before


def test_needs_are_offered_only_for_children_and_young_people(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    adult = logbook.clients.add("Nina Fiktiv", birth_year=2000)  # 26 this year
    young = logbook.clients.add("Per Eksempel", birth_year=2001)  # 25 this year
    unknown = logbook.clients.add("Kari Prøvesen")
    offered = {}
    for client in (adult, young, unknown):
        page = ClientPage(logbook, client)
        _shown(qtbot, page)
        offered[client] = page.ui.newNeedsButton.isEnabled()
        assert "under 26 år" in page.ui.newNeedsButton.toolTip()
    assert offered == {adult: False, young: True, unknown: False}
    page = ClientPage(logbook, adult)
    _shown(qtbot, page)
    page.ui.tabs.setCurrentIndex(1)
    assert not page.ui.needsTable.isVisible() and not page.ui.needsLabel.isVisible()
    assert page.ui.needsRuleLabel.isVisible()
    assert "under 26 år" in page.ui.needsRuleLabel.text()


def _reminder_shown(qtbot: QtBot, logbook: Logbook, client: int) -> tuple[str, str]:
    page = ClientPage(logbook, client)
    _shown(qtbot, page)
    register = ClientsModel(logbook)
    register.reload()
    row = [r.id for r in register.rows].index(client)
    page_text = page.ui.reminderLabel.text() if page.ui.reminderLabel.isVisible() else ""
    return page_text, register.index(row, REMINDER_COLUMN).data()


def test_a_reminder_is_shown_and_gone_after_transition_planning(
    qtbot: QtBot, db: Database, logbook: Logbook, teen: int
) -> None:
    page_text, register_text = _reminder_shown(qtbot, logbook, teen)
    assert "Ola Testesen fyller 16 år i 2027" in page_text
    assert "overgangsplanlegging (I12)" in page_text
    assert register_text == "fyller 16 år i 2027"
    add_entry(db.engine, EntryDraft(date(2026, 11, 2), 60, "I12", client_ids=(teen,)), *CAT)
    assert _reminder_shown(qtbot, logbook, teen) == ("", "")


def test_a_reminder_is_gone_after_a_needs_assessment_from_the_page(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    from tests.gui.dialogs import when_modal

    page = ClientPage(logbook, teen)
    _shown(qtbot, page)
    assert page.ui.reminderLabel.isVisible()
    answer = when_modal(lambda _d: _key(Qt.Key.Key_Return))
    page.new_needs()
    assert answer.answered
    assert not page.ui.reminderLabel.isVisible()
    assert page.changed
    assert _reminder_shown(qtbot, logbook, teen) == ("", "")


def test_home_municipality_and_arrangement_are_typed_in_the_client_dialog(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    dialog = ClientEditDialog(logbook, teen)
    _shown(qtbot, dialog)
    ui = dialog.ui
    ui.serviceCombo.setFocus()
    _key(Qt.Key.Key_Tab)
    assert _focus() is ui.homeEdit
    _type("Oslo")
    _key(Qt.Key.Key_Tab)
    assert _focus() is ui.arrangementCombo
    assert ui.homeEdit.text() == "0301 Oslo"  # resolved on leaving the field
    _type("K")  # Kjøpt av brukerens kommune
    _key(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    client = logbook.clients.get(teen)
    assert client is not None
    assert (client.home_municipality, client.arrangement) == ("0301", "kjop")
    again = ClientEditDialog(logbook, teen)
    assert again.ui.homeEdit.text() == "0301 Oslo"
    assert again.ui.arrangementCombo.currentData() == "kjop"


def test_an_unknown_municipality_keeps_what_was_typed(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    dialog = ClientEditDialog(logbook, teen)
    _shown(qtbot, dialog)
    ui = dialog.ui
    ui.homeEdit.setFocus()
    _type("Atlantis")
    _key(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert ui.homeError.isVisible()
    assert ui.homeError.text() == (
        "Ingen kommune heter «Atlantis»; skriv kommunenummeret eller velg fra listen."
    )
    assert ui.homeEdit.text() == "Atlantis"
    assert _focus() is ui.homeEdit
    ui.homeEdit.clear()  # empty is the therapist's own municipality
    _key(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    client = logbook.clients.get(teen)
    assert client is not None and client.home_municipality == ""


def test_the_main_window_counts_reminders_quietly_until_i12_is_logged(
    window: MainWindow, kb: Keyboard
) -> None:
    label = window.reminders.label
    assert not label.isVisible()  # nobody in the fixture turns 6, 16 or 18 before 2029
    window.logbook.clients.add("Siri Overgang", birth_year=2010)  # 16 in 2026, 18 in 2028
    window.refresh()
    assert label.isVisible()
    assert "1 overgangspåminnelse" in label.text()
    assert "Siri Overgang fyller 16 år i 2026 og 18 år i 2028" in label.toolTip()
    log(kb, "I12", ["Siri"], "60")
    assert not label.isVisible()


def test_alt_p_adds_the_pause_row_before_the_next_key(
    episode_dialog: EpisodeDialog, logbook: Logbook, teen: int
) -> None:
    """Found driving the dialog with real keys (Xvfb + xdotool): a mnemonic clicks its button
    100 ms later (Qt animates the click), so the date typed right after Alt+P began in the
    field the cursor was still in ("03.02.202601.")."""
    ui = episode_dialog.ui
    _type("03.02.2026")
    _key(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    _type("01.03.2026")  # at once, as a user types
    assert ui.referralEdit.text() == "03.02.2026"
    [row] = episode_dialog.pauses
    assert row.from_edit.text() == "01.03.2026"


def test_the_page_title_says_where_the_client_lives_and_how_the_service_reaches_them(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    page = ClientPage(logbook, teen)
    _shown(qtbot, page)
    assert "bor i" not in page.ui.titleLabel.text()  # the therapist's own municipality
    logbook.clients.change(teen, home_municipality="4601", arrangement="samarbeid")
    page = ClientPage(logbook, teen)
    _shown(qtbot, page)
    assert page.ui.titleLabel.text().endswith(" · bor i Bergen · interkommunalt samarbeid")


def test_deleting_an_episode_asks_and_enter_keeps_it(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.dialogs import when_modal

    logbook.pathway.add_episode(teen, Episode(date(2025, 5, 1), "fastlege"))
    page = ClientPage(logbook, teen)
    _shown(qtbot, page)
    answer = when_modal(lambda _box: _key(Qt.Key.Key_Return))
    page.delete_episode()
    assert answer.answered
    assert len(logbook.pathway.episodes(teen)) == 1

    def delete(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        [slett] = [b for b in box.buttons() if b.text() == "Slett"]
        slett.click()

    answer = when_modal(delete)
    page.delete_episode()
    assert answer.answered
    assert logbook.pathway.episodes(teen) == []
    assert page.episodes.rowCount() == 0
    assert not page.ui.editEpisodeButton.isEnabled()


def test_a_new_client_near_a_transition_is_counted_at_once(
    window: MainWindow, kb: Keyboard
) -> None:
    from tests.gui.dialogs import when_modal

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, ClientEditDialog)
        _type("Siri Overgang")
        dialog.ui.birthYearSpin.setFocus()
        dialog.ui.birthYearSpin.selectAll()
        _type("2021")  # turns 6 in 2027
        _key(Qt.Key.Key_Return)

    answer = when_modal(add)
    window.new_client()
    assert answer.answered
    assert window.reminders.label.isVisible()
    assert "Siri Overgang fyller 6 år i 2027" in window.reminders.label.toolTip()


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("03.02.2026", date(2026, 2, 3)),
        ("3.2.2026", date(2026, 2, 3)),
        ("3.2.26", date(2026, 2, 3)),
        ("03022026", date(2026, 2, 3)),
        ("030226", date(2026, 2, 3)),
        ("2026-02-03", date(2026, 2, 3)),
        (" 03/02/2026 ", date(2026, 2, 3)),
        ("", None),
    ],
)
def test_dates_are_read_as_norwegians_write_them(typed: str, day: date | None) -> None:
    assert parse_typed_date(typed, "Henvist") == day


@pytest.mark.parametrize("typed", ["31.02.2026", "3.2", "2026", "i går", "03.13.2026", "1.1.1"])
def test_a_date_that_is_not_one_is_said_in_one_sentence(typed: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_typed_date(typed, "Slutt")
    assert str(caught.value) == (
        f"Slutt: «{typed}» er ikke en dato; skriv den som dd.mm.åååå, for eksempel 03.02.2026."
    )


def test_a_name_with_markup_is_shown_as_typed_in_the_reminder(
    qtbot: QtBot, logbook: Logbook
) -> None:
    client = logbook.clients.add("<i>Ola</i> & co", birth_year=2011)
    page = ClientPage(logbook, client)
    _shown(qtbot, page)
    assert "&lt;i&gt;Ola&lt;/i&gt; &amp; co fyller 16 år" in page.ui.reminderLabel.text()


def test_a_client_gets_a_new_episode_after_the_last_ended(
    qtbot: QtBot, logbook: Logbook, teen: int
) -> None:
    from tests.gui.dialogs import when_modal

    ended = Episode(date(2024, 3, 4), "fastlege", date(2024, 4, 2), date(2025, 1, 31), "flyttet")
    logbook.pathway.add_episode(teen, ended)
    page = ClientPage(logbook, teen)
    _shown(qtbot, page)

    def referred_again(dialog: QDialog) -> None:
        _type("09.02.2026")
        _key(Qt.Key.Key_Tab)
        _type("P")  # PPT
        _key(Qt.Key.Key_Return)

    answer = when_modal(referred_again)
    page.new_episode()
    assert answer.answered
    assert [page.episodes.index(r, 0).data() for r in range(2)] == ["09.02.2026", "04.03.2024"]
    assert page.episodes.index(0, 1).data() == "PPT"
    assert page.episodes.index(1, 4).data() == "Flyttet"
    assert page.ui.episodesTable.currentIndex().row() == 0  # the one just saved


def test_the_lists_speak_the_catalogues_labels(qtbot: QtBot, logbook: Logbook, teen: int) -> None:
    """A pilot's catalogue may word the referral sources, end reasons and pause kinds its own
    way; the episode dialog and the client page show its words for the same keys."""
    from dataclasses import replace

    from rehablogg.core.catalogue import Choice, Labels, default_catalogue

    shipped = default_catalogue()
    own = replace(
        shipped,
        referral_sources=(
            Choice("fastlege", Labels("Fastlegen", "Fastlegen", "GP")),
            *(c for c in shipped.referral_sources if c.key != "fastlege"),
        ),
        end_reasons=tuple(
            Choice(c.key, Labels("Flytta bort", "Flytta bort", "Moved"))
            if c.key == "flyttet"
            else c
            for c in shipped.end_reasons
        ),
    )
    dialog = EpisodeDialog(logbook, teen, catalogue=own)
    _shown(qtbot, dialog)
    sources = [dialog.ui.sourceCombo.itemText(i) for i in range(dialog.ui.sourceCombo.count())]
    assert sources[:2] == ["–", "Fastlegen"]
    assert "Helsestasjon/skolehelsetjeneste" in sources
    logbook.pathway.add_episode(
        teen,
        Episode(date(2024, 3, 4), "fastlege", date(2024, 4, 2), date(2025, 1, 31), "flyttet"),
    )
    page = ClientPage(logbook, teen, catalogue=own)
    _shown(qtbot, page)
    assert (page.episodes.index(0, 1).data(), page.episodes.index(0, 4).data()) == (
        "Fastlegen",
        "Flytta bort",
    )
