"""The profile dialog driven by keyboard: a full profile, municipality search, refusals that keep
what was typed, absence days that remove days from the gap markers, and the first-start dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rehablogg.application.entries_book import EntriesBook
from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.workdays import WorkCalendar, parse_weekdays
from rehablogg.gui.entries_model import EntriesModel
from rehablogg.gui.municipality_model import MunicipalityListModel, resolve_municipality
from rehablogg.gui.profile_dialog import (
    AbsenceModel,
    ProfileDialog,
    ask_for_profile,
    needs_profile,
)
from rehablogg.storage.absence import absences, set_absence
from rehablogg.storage.database import Database
from rehablogg.storage.profile import get_profile, update_profile
from tests.gui.conftest import TODAY, Keyboard
from tests.gui.dialogs import when_modal

K = Qt.Key
# Showing the municipality completer's popup makes the offscreen platform say it cannot raise
# windows or grab the keyboard; real platforms can, so those lines are not problems here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

# ISO week 47 of 2026: Monday 16.11 … Sunday 22.11 (TODAY is its Friday).
MONDAY = date(2026, 11, 16)


def open_dialog(qtbot: QtBot, db: Database, *, first_start: bool = False) -> ProfileDialog:
    dialog = ProfileDialog(Logbook(db), first_start=first_start, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the offscreen platform does not activate new windows itself
    dialog.ui.therapistEdit.setFocus()
    QApplication.processEvents()
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> ProfileDialog:
    return open_dialog(qtbot, db)


def tab_to(kb: Keyboard, widget: QWidget, limit: int = 40) -> None:
    """Press Tab until ``widget`` has focus, as a user would (date and time edits take one Tab
    per section)."""
    for _ in range(limit):
        if kb.focus() is widget:
            return
        kb.press(K.Key_Tab)
    raise AssertionError(
        f"Tab never reached {widget.objectName()}; it is at {kb.focus().objectName()}"
    )


def _key(widget: QWidget, key: Qt.Key) -> None:
    """A key sent to ``widget`` itself, for windows that take the keyboard from the focused
    field (an open suggestion list, a modal dialog)."""
    QTest.keyClick(widget, key)


def week_texts(db: Database, catalogue: Catalogue) -> list[str]:
    """The day and text of each row of week 47, as the main window would build it."""
    profile = get_profile(db.engine)
    model = EntriesModel(
        EntriesBook(db),
        catalogue,
        WorkCalendar(parse_weekdays(profile.working_days), absences(db.engine)),
    )
    model.set_range(MONDAY, date(2026, 11, 22))
    return [
        f"{model.index(r, 0).data()}: {model.index(r, 3).data()}" for r in range(model.rowCount())
    ]


# -- a whole profile --------------------------------------------------------------------------
def test_full_profile_by_keyboard_is_stored(
    dialog: ProfileDialog, kb: Keyboard, db: Database
) -> None:
    ui = dialog.ui
    kb.type("FT07")
    kb.press(K.Key_Tab)
    assert kb.focus() is ui.professionCombo
    kb.press(K.Key_Down)  # fysioterapeut → ergoterapeut
    kb.press(K.Key_Tab)
    assert kb.focus() is ui.municipalityEdit
    kb.type("bergen")
    kb.press(K.Key_Tab)
    assert ui.municipalityEdit.text() == "4601 Bergen"
    assert ui.municipalityInfo.text() == "Bergen kommune i Vestland"
    assert kb.focus() is ui.unitEdit
    kb.type("Voksenrehabiliteringen")
    kb.press(K.Key_Tab)
    assert kb.focus() is ui.positionSpin
    kb.type("60")  # the whole value is selected on Tab, so typing replaces it
    kb.press(K.Key_Tab)
    kb.press(K.Key_Down)  # KOSTRA: "–" → 241
    tab_to(kb, ui.fridayCheck)
    kb.press(K.Key_Space)  # not working Fridays
    tab_to(kb, ui.dayStartEdit)
    kb.type("0730")
    tab_to(kb, ui.dayEndEdit)
    kb.type("1500")
    tab_to(kb, ui.arenaCombo)
    kb.press(K.Key_Down)  # "–" → Klinikk/institutt
    kb.press(K.Key_Tab)
    kb.press(K.Key_Down)  # Oppmøte → Video
    kb.press(K.Key_Return)

    assert dialog.problem_texts() == {}
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    p = get_profile(db.engine)
    assert (
        p.therapist_code,
        p.profession,
        p.municipality,
        p.unit,
        p.position_percent,
        p.kostra_function,
    ) == ("FT07", "ergoterapeut", "4601", "Voksenrehabiliteringen", 60, "241")
    assert (p.working_days, p.day_start, p.day_end) == ("1,2,3,4", "07:30", "15:00")
    assert (p.default_arena, p.default_contact_mode) == ("klinikk", "video")


def test_the_dialog_shows_the_stored_profile(qtbot: QtBot, db: Database) -> None:
    update_profile(
        db.engine,
        therapist_code="ET02",
        profession="ergoterapeut",
        municipality="0301",
        unit="Bydel Frogner",
        position_percent=50,
        working_days="2,4",
        day_start="09:00",
        day_end="14:00",
        default_arena="skole",
        default_contact_mode="",
    )
    set_absence(db.engine, date(2026, 11, 17), "kurs")
    dialog = open_dialog(qtbot, db)
    ui = dialog.ui
    assert ui.therapistEdit.text() == "ET02"
    assert ui.professionCombo.currentText() == "Ergoterapeut"
    assert ui.municipalityEdit.text() == "0301 Oslo"
    assert ui.positionSpin.value() == 50
    assert [
        c.isChecked()
        for c in (ui.mondayCheck, ui.tuesdayCheck, ui.wednesdayCheck, ui.thursdayCheck)
    ] == [False, True, False, True]
    assert (ui.dayStartEdit.text(), ui.dayEndEdit.text()) == ("09:00", "14:00")
    assert (ui.arenaCombo.currentText(), ui.contactCombo.currentText()) == ("Skole", "–")
    table = ui.absenceTable.model()
    assert (table.index(0, 0).data(), table.index(0, 1).data()) == ("tir 17.11.2026", "Kurs")


def test_cancel_discards_everything(dialog: ProfileDialog, kb: Keyboard, db: Database) -> None:
    before = get_profile(db.engine)
    kb.type("FT09")
    tab_to(kb, dialog.ui.absenceKindCombo)
    kb.press(K.Key_Return)  # Enter among the absence fields adds today as ferie …
    assert dialog.absence_model.days() == {TODAY: "ferie"}
    assert dialog.isVisible()  # … and does not close the dialog
    kb.press(K.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert get_profile(db.engine).therapist_code == before.therapist_code == ""
    assert absences(db.engine) == {}


# -- municipality -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("bergen", "4601"),
        ("Bergen", "4601"),
        ("4601", "4601"),
        ("0301", "0301"),
        ("0301 Oslo", "0301"),
        ("  oslo ", "0301"),
        ("Herøy (Nordland)", "1818"),
        ("hábmer", "1875"),
        ("Hattfjelldal", "1826"),
    ],
)
def test_municipality_is_found_by_number_or_name(typed: str, number: str) -> None:
    assert resolve_municipality(typed).number == number


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("9999", "Kommunenummeret 9999 finnes ikke i kommunelisten for 2024."),
        ("301", "Kommunenummeret «301» må ha fire sifre, for eksempel 0301."),
        (
            "Herøy",
            "Flere kommuner heter Herøy; velg 1515 Herøy (Møre og Romsdal) eller "
            "1818 Herøy (Nordland).",
        ),
        (
            "Atlantis",
            "Ingen kommune heter «Atlantis»; skriv kommunenummeret eller velg fra listen.",
        ),
    ],
)
def test_municipality_refusals_are_one_sentence(typed: str, sentence: str) -> None:
    with pytest.raises(ValueError) as caught:
        resolve_municipality(typed)
    assert str(caught.value) == sentence


def test_municipality_picked_from_the_suggestions(dialog: ProfileDialog, kb: Keyboard) -> None:
    tab_to(kb, dialog.ui.municipalityEdit)
    kb.type("berg")
    popup = dialog.completer.popup()
    assert popup.isVisible()
    suggestions = [
        dialog.completer.completionModel().index(r, 0).data()
        for r in range(dialog.completer.completionCount())
    ]
    assert "4601 Bergen" in suggestions and "3905 Tønsberg" in suggestions
    # While the list is open the keyboard goes to it, as on a real screen.
    for _ in range(suggestions.index("4601 Bergen") + 1):
        _key(popup, K.Key_Down)
    _key(popup, K.Key_Return)
    assert dialog.ui.municipalityEdit.text() == "4601 Bergen"
    assert dialog.ui.municipalityInfo.text() == "Bergen kommune i Vestland"
    assert dialog.problem_texts() == {}


def test_tab_in_the_open_suggestions_moves_on(dialog: ProfileDialog, kb: Keyboard) -> None:
    tab_to(kb, dialog.ui.municipalityEdit)
    kb.type("oslo")
    QApplication.processEvents()  # let the list open fully, as the event loop would
    popup = dialog.completer.popup()
    assert popup.isVisible()
    _key(popup, K.Key_Tab)  # the open list has the keyboard; Tab must not be swallowed
    dialog.activateWindow()  # offscreen, closing a popup does not give the activation back
    QApplication.processEvents()
    assert not popup.isVisible()
    assert dialog.ui.municipalityEdit.text() == "0301 Oslo"
    assert kb.focus() is dialog.ui.unitEdit


def test_unknown_municipality_is_refused_next_to_the_field(
    dialog: ProfileDialog, kb: Keyboard, db: Database
) -> None:
    ui = dialog.ui
    kb.type("FT07")
    tab_to(kb, ui.municipalityEdit)
    kb.type("9999")
    tab_to(kb, ui.unitEdit)
    kb.type("Habiliteringstjenesten")
    kb.press(K.Key_Return)
    sentence = "Kommunenummeret 9999 finnes ikke i kommunelisten for 2024."
    assert dialog.problem_texts() == {"municipality": sentence}
    assert ui.municipalityError.isVisible()
    # The sentence sits right under the field it is about.
    field = ui.municipalityEdit.geometry()
    error = ui.municipalityError.geometry()
    assert error.top() >= field.bottom() and abs(error.left() - field.left()) <= 2
    # Nothing typed is lost, the dialog stays open on the field, nothing is stored.
    assert dialog.isVisible()
    assert kb.focus() is ui.municipalityEdit
    assert (ui.therapistEdit.text(), ui.municipalityEdit.text(), ui.unitEdit.text()) == (
        "FT07",
        "9999",
        "Habiliteringstjenesten",
    )
    assert get_profile(db.engine).therapist_code == ""
    # Fixing it and pressing Enter again saves.
    kb.type("4601")  # the refused text is selected, so typing replaces it
    kb.press(K.Key_Return)
    assert not dialog.isVisible()
    assert get_profile(db.engine).municipality == "4601"


def test_municipality_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = MunicipalityListModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 357
    assert model.index(0, 0).data() == "0301 Oslo"


# -- other refusals ---------------------------------------------------------------------------
def test_position_outside_1_to_100_cannot_be_typed(
    dialog: ProfileDialog, kb: Keyboard, db: Database
) -> None:
    ui = dialog.ui
    tab_to(kb, ui.positionSpin)
    kb.type("101")
    assert ui.positionSpin.value() == 10  # the third digit is refused
    ui.positionSpin.selectAll()
    kb.type("0")
    assert ui.positionSpin.value() == 10  # 0 % is not accepted
    kb.press(K.Key_Return)
    assert get_profile(db.engine).position_percent == 10
    assert (ui.positionSpin.minimum(), ui.positionSpin.maximum()) == (1, 100)


def test_working_hours_and_days_are_checked(
    dialog: ProfileDialog, kb: Keyboard, db: Database
) -> None:
    ui = dialog.ui
    for check in dialog.day_checks:
        check.setChecked(False)
    tab_to(kb, ui.dayEndEdit)
    kb.type("0700")  # before the 08:00 start
    kb.press(K.Key_Return)
    assert dialog.problem_texts() == {
        "workdays": "Kryss av minst én arbeidsdag.",
        "hours": "Arbeidsdagen må slutte etter at den begynner, for eksempel 08:00–15:30.",
    }
    assert dialog.isVisible() and kb.focus() is ui.mondayCheck
    assert get_profile(db.engine).updated_at == ""  # never written


def test_bad_therapist_code_is_refused(dialog: ProfileDialog, kb: Keyboard) -> None:
    kb.type("FT 07")
    kb.press(K.Key_Return)
    assert dialog.problem_texts() == {
        "therapist": "Terapeutkoden «FT 07» kan bare ha "
        "bokstaver, sifre og bindestrek (høyst 20 tegn)."
    }
    assert dialog.ui.therapistEdit.text() == "FT 07" and dialog.isVisible()


# -- absence days -----------------------------------------------------------------------------
def test_absence_range_is_stored_and_no_longer_a_gap(
    dialog: ProfileDialog, kb: Keyboard, db: Database, catalogue: Catalogue
) -> None:
    assert week_texts(db, catalogue) == [
        "man 16.11: Ingen registreringer",
        "tir 17.11: Ingen registreringer",
        "ons 18.11: Ingen registreringer",
        "tor 19.11: Ingen registreringer",
        "fre 20.11: Ingen registreringer",
    ]
    ui = dialog.ui
    tab_to(kb, ui.absenceFromEdit)
    kb.type("17112026")
    tab_to(kb, ui.absenceToEdit)
    kb.type("19112026")
    tab_to(kb, ui.absenceKindCombo)
    assert ui.absenceKindCombo.currentText() == "Ferie"
    kb.press(K.Key_Return)  # adds the three days
    assert ui.absenceInfo.text() == "La til 3 dager ferie."
    model = ui.absenceTable.model()
    assert [
        model.index(r, 0).data() + " " + model.index(r, 1).data() for r in range(model.rowCount())
    ] == ["tir 17.11.2026 Ferie", "ons 18.11.2026 Ferie", "tor 19.11.2026 Ferie"]
    assert absences(db.engine) == {}  # nothing is stored before the dialog is saved
    ui.therapistEdit.setFocus()
    kb.press(K.Key_Return)
    assert not dialog.isVisible()
    assert absences(db.engine) == {date(2026, 11, d): "ferie" for d in (17, 18, 19)}
    assert week_texts(db, catalogue) == [
        "man 16.11: Ingen registreringer",
        "tir 17.11: Fravær: ferie",
        "ons 18.11: Fravær: ferie",
        "tor 19.11: Fravær: ferie",
        "fre 20.11: Ingen registreringer",
    ]


def test_unticked_friday_is_not_a_gap(
    dialog: ProfileDialog, kb: Keyboard, db: Database, catalogue: Catalogue
) -> None:
    tab_to(kb, dialog.ui.fridayCheck)
    kb.press(K.Key_Space)
    kb.press(K.Key_Return)
    assert get_profile(db.engine).working_days == "1,2,3,4"
    assert week_texts(db, catalogue) == [
        "man 16.11: Ingen registreringer",
        "tir 17.11: Ingen registreringer",
        "ons 18.11: Ingen registreringer",
        "tor 19.11: Ingen registreringer",
    ]


def test_a_range_skips_days_off_and_holidays(dialog: ProfileDialog) -> None:
    ui = dialog.ui
    dialog.day_checks[4].setChecked(False)  # no Fridays
    ui.absenceFromEdit.setDate(date(2026, 12, 23))
    ui.absenceToEdit.setDate(date(2026, 12, 29))
    ui.absenceKindCombo.setCurrentIndex(ui.absenceKindCombo.findData("kurs"))
    dialog.add_absence()
    # 24.12 is a working Thursday; 25.12 is Christmas Day (and a Friday); then the weekend.
    assert dialog.absence_model.days() == {date(2026, 12, d): "kurs" for d in (23, 24, 28, 29)}
    assert ui.absenceInfo.text() == "La til 4 dager kurs, hoppet over 3 fridager."
    ui.absenceFromEdit.setDate(date(2026, 12, 26))
    ui.absenceToEdit.setDate(date(2026, 12, 27))
    dialog.add_absence()
    assert dialog.problem_texts() == {
        "absence": "Perioden har ingen arbeidsdager; helg, "
        "helligdager og dager du ikke jobber trenger ikke fravær."
    }


def test_selected_absence_days_are_removed(qtbot: QtBot, db: Database, kb: Keyboard) -> None:
    for d in (17, 18, 19):
        set_absence(db.engine, date(2026, 11, d), "sykdom")
    dialog = open_dialog(qtbot, db)
    table = dialog.ui.absenceTable
    tab_to(kb, table)
    assert table.model().index(0, 1).data() == "Sykefravær"
    table.setCurrentIndex(table.model().index(0, 0))
    kb.press(K.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # select 17.11 and 18.11
    kb.press(K.Key_Delete)
    assert dialog.absence_model.days() == {date(2026, 11, 19): "sykdom"}
    assert dialog.ui.absenceInfo.text() == "Fjernet 2 dager."
    dialog.ui.therapistEdit.setFocus()
    kb.press(K.Key_Return)
    assert absences(db.engine) == {date(2026, 11, 19): "sykdom"}


def test_absence_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = AbsenceModel({date(2026, 11, 19): "annet", date(2026, 7, 6): "ferie"})
    qtmodeltester.check(model)
    model.add([date(2026, 11, 18)], "kurs")
    model.remove([date(2026, 7, 6)])
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Kurs", "Annet fravær"]


# -- keyboard and accessibility ---------------------------------------------------------------
def test_every_input_has_an_accessible_name_and_is_reached_by_tab(
    dialog: ProfileDialog, kb: Keyboard
) -> None:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QTableView, QCheckBox, QAbstractButton)
    inputs = [
        w
        for kind in kinds
        for w in dialog.findChildren(kind)
        if w.isVisibleTo(dialog)
        and not w.objectName().startswith("qt_")
        and not isinstance(w.parentWidget(), QAbstractSpinBox)
    ]
    assert [w.objectName() or w.text() for w in inputs if not w.accessibleName()] == []
    reached: list[QWidget] = []
    for _ in range(60):
        reached.append(kb.focus())
        kb.press(K.Key_Tab)
    assert {w for w in inputs if w not in reached} == set()
    firsts = list(dict.fromkeys(w.objectName() for w in reached))[:6]
    assert firsts == [
        "therapistEdit",
        "professionCombo",
        "municipalityEdit",
        "unitEdit",
        "positionSpin",
        "kostraCombo",
    ]


def test_mnemonics_are_unique_and_lead_to_their_fields(dialog: ProfileDialog) -> None:
    labels = [w for w in dialog.findChildren(QLabel) if "&" in w.text()]
    buttons = [w for w in dialog.findChildren(QAbstractButton) if "&" in w.text()]
    letters = [w.text()[w.text().index("&") + 1].lower() for w in labels + buttons]
    assert len(letters) == len(set(letters)) >= 15
    assert all(label.buddy() is not None for label in labels)


def test_enter_from_a_combo_saves_and_escape_cancels(
    qtbot: QtBot, db: Database, kb: Keyboard
) -> None:
    dialog = open_dialog(qtbot, db)
    dialog.ui.contactCombo.setFocus()
    kb.press(K.Key_Down)
    kb.press(K.Key_Return)
    assert not dialog.isVisible() and get_profile(db.engine).default_contact_mode == "video"
    dialog = open_dialog(qtbot, db)
    dialog.ui.contactCombo.setFocus()
    kb.press(K.Key_Down)
    kb.press(K.Key_Escape)
    assert not dialog.isVisible() and get_profile(db.engine).default_contact_mode == "video"


# -- first start ------------------------------------------------------------------------------
def test_first_start_is_short_and_saves_the_profile(
    qtbot: QtBot, db: Database, kb: Keyboard
) -> None:
    assert needs_profile(Logbook(db))
    dialog = open_dialog(qtbot, db, first_start=True)
    ui = dialog.ui
    assert dialog.windowTitle() == "Velkommen til rehablogg"
    shown = {
        w.objectName()
        for w in (
            ui.therapistEdit,
            ui.professionCombo,
            ui.municipalityEdit,
            ui.unitEdit,
            ui.positionSpin,
            ui.kostraCombo,
            ui.workGroup,
            ui.defaultsGroup,
            ui.absenceGroup,
        )
        if w.isVisible()
    }
    assert shown == {
        "therapistEdit",
        "professionCombo",
        "municipalityEdit",
        "unitEdit",
        "positionSpin",
    }
    assert "Fil → Profil og innstillinger" in ui.laterLabel.text() and ui.laterLabel.isVisible()
    buttons = [b.text() for b in ui.buttonBox.buttons()]
    assert sorted(buttons) == ["Lagre (Enter)", "Senere (Esc)"]
    # Code and municipality are what the first start is for: both are asked for.
    kb.press(K.Key_Return)
    assert set(dialog.problem_texts()) == {"therapist", "municipality"}
    assert dialog.isVisible()
    kb.type("FT11")
    tab_to(kb, ui.municipalityEdit)
    kb.type("0301")
    tab_to(kb, ui.positionSpin)
    kb.type("80")
    kb.press(K.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    p = get_profile(db.engine)
    assert (p.therapist_code, p.municipality, p.position_percent) == ("FT11", "0301", 80)
    assert (p.working_days, p.day_start, p.default_contact_mode) == (
        "1,2,3,4,5",
        "08:00",
        "oppmote",
    )  # the rest keep their defaults
    assert not needs_profile(Logbook(db))


def test_needs_profile(db: Database) -> None:
    assert needs_profile(Logbook(db))
    update_profile(db.engine, therapist_code="FT01")
    assert needs_profile(Logbook(db))
    update_profile(db.engine, municipality="4601")
    assert not needs_profile(Logbook(db))
    update_profile(db.engine, therapist_code="  ")
    assert needs_profile(Logbook(db))


def test_ask_for_profile_can_be_put_off(qtbot: QtBot, db: Database) -> None:
    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        seen.append(dialog.windowTitle())
        _key(dialog, K.Key_Escape)  # "Senere"

    when_modal(answer)
    assert ask_for_profile(Logbook(db)) is False
    assert seen == ["Velkommen til rehablogg"]
    assert needs_profile(Logbook(db))
    update_profile(db.engine, therapist_code="FT01", municipality="4601")
    assert ask_for_profile(Logbook(db)) is False  # complete: no dialog at all
    assert seen == ["Velkommen til rehablogg"]
