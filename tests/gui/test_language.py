"""The language choice: nynorsk and English windows, Norwegian numbers and dates, Monday first,
core's sentences translated at display time, and the choice kept for the next start."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft, validate_entry
from rehablogg.core.i18n import QT_TRANSLATE_NOOP, Sentence
from rehablogg.core.numbers import NBSP
from rehablogg.gui import language
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.language import (
    chosen_language,
    install_language,
    language_of_locale,
    stored_language,
    translated,
)
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.picker_models import code_text
from rehablogg.gui.report_models import Duration, Number
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.errors import DatabaseGoneError
from tests.gui.conftest import TODAY

K = Qt.Key
MONDAY, SUNDAY = date(2026, 11, 16), date(2026, 11, 22)


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install a language for one test; bokmål and the old default locale come back after."""
    old_locale = QLocale()

    def use(code: str) -> None:
        assert install_language(code) == code

    yield use
    install_language("nb")
    QLocale.setDefault(old_locale)


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    w = MainWindow(Logbook(db, today=lambda: TODAY))
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _log_direct(db: Database, catalogue: Catalogue, minutes: int) -> None:
    client = None
    from rehablogg.storage.clients import add_client

    client = add_client(db.engine, "Test Testesen", birth_year=2018)
    add_entry(
        db.engine,
        EntryDraft(TODAY, minutes, "D01", client_ids=(client,)),
        catalogue.id,
        catalogue.version,
    )


def test_main_window_in_nynorsk(
    qtbot: QtBot, db: Database, catalogue: Catalogue, use_language: Callable[[str], None]
) -> None:
    use_language("nn")
    _log_direct(db, catalogue, 90)
    w = _window(qtbot, db)
    heading = w.ui.headingLabel.text()
    assert "Veke 47" in heading and "Uke" not in heading
    assert "16.11.2026–22.11.2026" in heading  # dates are dd.mm.yyyy in every language
    assert "11.2026 open" in heading
    assert w.ui.menuClients.title() == "&Brukarar"
    assert w.ui.menuHelp.title() == "&Hjelp"
    totals = w.ui.totalsLabel.text()
    assert "<b>Veke 47</b>: direkte 1:30" in totals
    assert f"direkteandel 100{NBSP}%" in totals
    assert "anna 0:00" in totals
    assert w.entries_model.headerData(4, Qt.Orientation.Horizontal) == "Brukar(ar)"
    assert w.days_model.headerData(0, Qt.Orientation.Vertical) == "Direkte"
    assert w.days_model.headerData(2, Qt.Orientation.Vertical) == "Anna"
    assert w.days_model.headerData(0, Qt.Orientation.Horizontal) == "mån 16.11"
    assert w.form.ui.titleLabel.text() == "Ny registrering"
    assert w.form.ui.saveButton.text() == "&Lagre (Enter)"
    w.set_mode("day")
    assert w.ui.headingLabel.text().startswith("<b>Fre 20.11</b> 2026 · veke 47")


def test_main_window_in_english(
    qtbot: QtBot, db: Database, catalogue: Catalogue, use_language: Callable[[str], None]
) -> None:
    use_language("en")
    _log_direct(db, catalogue, 90)
    w = _window(qtbot, db)
    heading = w.ui.headingLabel.text()
    assert "Week 47" in heading and "16.11.2026–22.11.2026" in heading
    assert "11.2026 open" in heading
    assert w.ui.menuFile.title() == "&File"
    assert w.ui.menuClients.title() == "&Clients"
    totals = w.ui.totalsLabel.text()
    assert "<b>Week 47</b>: direct 1:30" in totals and "direct share 100%" in totals
    assert w.days_model.headerData(0, Qt.Orientation.Horizontal) == "Mon 16.11"
    code = catalogue.code("D01")
    assert code is not None
    rows = [
        (w.entries_model.index(r, 0).data(), w.entries_model.index(r, 3).data())
        for r in range(w.entries_model.rowCount())
    ]
    assert ("Fri 20.11", f"D01 {code.label.en}") in rows
    assert ("Mon 16.11", "No entries") in rows


def test_bokmal_is_the_source_and_numbers_are_norwegian(
    qtbot: QtBot, db: Database, catalogue: Catalogue, use_language: Callable[[str], None]
) -> None:
    use_language("nb")
    _log_direct(db, catalogue, 90)
    w = _window(qtbot, db)
    assert "Uke 47" in w.ui.headingLabel.text()
    assert f"direkteandel 100{NBSP}%" in w.ui.totalsLabel.text()
    assert w.ui.menuClients.title() == "&Brukere"


def test_catalogue_labels_follow_the_language(
    catalogue: Catalogue, use_language: Callable[[str], None]
) -> None:
    code = catalogue.code("D01")
    assert code is not None and code.label.nn != code.label.nb
    use_language("nn")
    assert code_text(code) == f"D01 {code.label.nn}"
    use_language("en")
    assert code_text(code) == f"D01 {code.label.en}"


def test_weeks_start_on_monday_everywhere(
    qtbot: QtBot, db: Database, use_language: Callable[[str], None]
) -> None:
    use_language("en")  # English locales elsewhere start on Sunday; Norway does not
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    w = _window(qtbot, db)
    for edit in (w.ui.dateEdit, w.form.ui.dateEdit):
        assert edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_core_sentences_are_translated_before_they_are_formatted(
    catalogue: Catalogue, use_language: Callable[[str], None]
) -> None:
    draft = EntryDraft(TODAY, 900, "ZZ9")
    problems = validate_entry(draft, catalogue, TODAY)
    messages = [p.message for p in problems]
    assert "Koden «ZZ9» finnes ikke i kodeverket; velg en kode fra listen." in messages
    use_language("nn")
    shown = [translated(m) for m in messages]
    assert "Koden «ZZ9» finst ikkje i kodeverket; vel ein kode frå lista." in shown
    assert "Minutt må vere mellom 1 og 720 (12 timar)." in shown
    use_language("en")
    error = DatabaseGoneError(
        QT_TRANSLATE_NOOP(
            "storage",
            "Databasefilen {path} finnes ikke lenger (er datamappen flyttet eller "
            "frakoblet?); det du skrev står fortsatt i skjemaet.",
        ).format(path="/x/y.sqlite3")
    )
    assert translated(error).startswith("The database file /x/y.sqlite3 no longer exists")
    assert translated("ikke merket") == "ikke merket"  # an unmarked text is shown as it is


def test_a_sentence_value_is_translated_too(use_language: Callable[[str], None]) -> None:
    what = QT_TRANSLATE_NOOP("entry", "starttid")
    message = QT_TRANSLATE_NOOP(
        "entry", "Piloten krever {what} på hver registrering; fyll det ut."
    ).format(what=what)
    assert isinstance(message, Sentence) and message == (
        "Piloten krever starttid på hver registrering; fyll det ut."
    )
    use_language("en")
    assert translated(message) == "The pilot requires a start time on every entry; fill it in."


def test_entry_form_refusal_in_nynorsk(
    qtbot: QtBot, db: Database, use_language: Callable[[str], None]
) -> None:
    use_language("nn")
    w = _window(qtbot, db)
    form = w.form
    form.ui.minutesEdit.setText("mange")
    form.try_save()
    texts = form.problem_texts()
    assert texts["minutes"].startswith("«mange» er ikkje ei varigheit")
    assert texts["code"] == "Vel ein kode."
    assert form.ui.minutesEdit.text() == "mange"  # what the user typed stays


def test_standard_buttons_and_qt_strings_follow_the_language(
    qapp: QApplication, use_language: Callable[[str], None]
) -> None:
    dialog = QDialog()
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    localise_buttons(dialog)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    use_language("en")
    localise_buttons(dialog)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    use_language("nn")
    # Qt's own translation is installed for the dialogs Qt draws itself.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert len(language._installed) == 2


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nb_NO", "nb"),
        ("no", "nb"),
        ("nb", "nb"),
        ("nn_NO", "nn"),
        ("nn-NO", "nn"),
        ("en_GB", "en"),
        ("en_US", "en"),
        ("de_DE", "nb"),
        ("C", "nb"),
        ("", "nb"),
    ],
)
def test_default_language_from_the_system_locale(name: str, expected: str) -> None:
    assert language_of_locale(name) == expected


def test_the_choice_is_kept_for_the_next_start(
    qtbot: QtBot, db: Database, use_language: Callable[[str], None]
) -> None:
    use_language("nb")
    assert stored_language(Logbook(db)) is None
    w = _window(qtbot, db)
    menu = w.ui.menuFile.findChild(type(w.ui.menuFile), "menuLanguage")
    assert menu is not None and menu.title() == "&Språk"
    note = [a.text() for a in menu.actions()][-1]
    assert note == "Gjelder når rehablogg startes på nytt"
    w.language_actions["nn"].trigger()
    assert stored_language(Logbook(db)) == "nn"
    assert chosen_language(Logbook(db)) == "nn"
    assert "startes på nytt" in w.statusBar().currentMessage()
    w.close()
    # The next start installs the stored choice before the window is built.
    use_language(chosen_language(Logbook(db)))
    again = _window(qtbot, db)
    assert again.language_actions["nn"].isChecked()
    assert "Veke 47" in again.ui.headingLabel.text()


def _report_headers(qtbot: QtBot, db: Database) -> list[str]:
    from PySide6.QtWidgets import QTableView

    w = _window(qtbot, db)
    w.open_report()
    report = w.report_window
    assert isinstance(report, QWidget)
    headers = []
    for view in report.findChildren(QTableView):
        model = view.model()
        headers += [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
    report.close()
    w.close()
    return headers


def test_report_window_headings_follow_the_language(
    qtbot: QtBot, db: Database, use_language: Callable[[str], None]
) -> None:
    bokmal = _report_headers(qtbot, db)
    assert "Direkte (t)" in bokmal
    use_language("en")
    english = _report_headers(qtbot, db)
    assert len(english) == len(bokmal) > 10
    assert "Direkte (t)" not in english
    # Every heading that has a word in it is translated (codes and signs may stay the same).
    same = [
        b
        for b, e in zip(bokmal, english, strict=True)
        if b == e and any(ch.isalpha() for ch in b) and b not in ("IP", "Pseudonym")
    ]
    assert not same, same


def test_report_numbers_follow_the_ui_language(use_language: Callable[[str], None]) -> None:
    """ "Min tid" used to format its own numbers, Norwegian whatever the UI language."""
    use_language("en")
    assert Number(1234.5, 1).shown() == "1,234.5"
    assert Number(2.25, 1).shown() == "2.3"  # half up, as the report always rounded
    assert Duration(95).shown() == "1:35"
    use_language("nb")
    assert Number(1234.5, 1).shown() == f"1{NBSP}234,5"
