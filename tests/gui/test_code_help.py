"""Code help: the catalogue's when-to-use text beside the code picker and in the Koder window."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rehablogg.core.catalogue import Catalogue
from rehablogg.gui.codes_window import CodeHelp, CodesModel, CodesWindow, split_description
from rehablogg.gui.main_window import MainWindow
from tests.gui.conftest import Keyboard

K = Qt.Key


def help_text(window: MainWindow) -> str:
    return window.form.ui.codeHelp.toPlainText()


def test_help_follows_the_highlighted_suggestion(
    window: MainWindow, kb: Keyboard, catalogue: Catalogue
) -> None:
    ui = window.form.ui
    assert not ui.codeHelp.isVisible()
    kb.type("veil")
    model = window.form.code_model
    first, second = model.code_at(0), model.code_at(1)
    assert first is not None and second is not None
    assert ui.codeHelp.isVisible()
    assert help_text(window).startswith(f"{first.code} {first.label.nb}")
    kb.press(K.Key_Down)
    shown = help_text(window)
    assert shown.startswith(f"{second.code} {second.label.nb}")
    when, when_not = split_description(second.description.nb)
    assert when and when_not
    assert "Bruk koden" in shown and when in " ".join(shown.split())
    assert "Ikke bruk koden" in shown and when_not in " ".join(shown.split())
    assert "Indirekte arbeid" in shown or "Direkte brukertid" in shown or "Annet" in shown
    # A screen reader hears the same through the code field's description.
    assert ui.codeEdit.accessibleDescription().startswith(f"{second.code} {second.label.nb}")
    kb.press(K.Key_Return)  # picked: the help now describes the chosen code
    assert window.form.code == second
    assert help_text(window).startswith(f"{second.code} {second.label.nb}")
    kb.press(K.Key_Escape)  # the form is cleared, and so is the help
    assert window.form.code is None
    assert not ui.codeHelp.isVisible()


def test_help_is_in_the_chosen_language(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue
) -> None:
    code = catalogue.code("I04")
    assert code is not None
    english = CodeHelp.of(code, catalogue, "en")
    assert english.label == "Responsibility-group meeting"
    assert english.when_not.startswith("Do not use I04")
    nynorsk = CodeHelp.of(code, catalogue, "nn")
    assert nynorsk.when_not.startswith("Bruk ikkje I04")
    window.form.help_language = "en"
    window.form.ui.codeEdit.setFocus()
    Keyboard().type("I04")
    assert help_text(window).startswith("I04 Responsibility-group meeting")


def test_split_keeps_every_sentence_once(catalogue: Catalogue) -> None:
    for code in catalogue.codes:
        for language in ("nb", "nn", "en"):
            text = " ".join(code.description.get(language).split())
            when, when_not = split_description(text)
            assert when_not, f"{code.code} ({language}) says nothing about when not to use it"
            assert sorted((when + " " + when_not).split()) == sorted(text.split())


def test_codes_window_search_and_model(
    qtbot: QtBot, catalogue: Catalogue, qtmodeltester: ModelTester
) -> None:
    codes = CodesWindow(catalogue)
    qtbot.addWidget(codes)
    codes.show()
    qtmodeltester.check(codes.model)
    assert codes.model.rowCount() == len(catalogue.codes)
    codes.ui.searchEdit.setFocus()
    Keyboard().type("ansvarsgruppe")
    qtmodeltester.check(codes.model)
    found = [codes.model.code_at(r) for r in range(codes.model.rowCount())]
    assert found[0] is not None and found[0].code == "I04"  # the name match comes first
    assert codes.shown_code() == "I04"
    text = codes.ui.helpView.toPlainText()
    assert text.startswith("I04 Ansvarsgruppemøte") and "Bruk ikke I04" in text
    # Description words find codes too, and every word must match.
    Keyboard().press(K.Key_Down)  # the arrows move through the list from the search field
    second = codes.model.code_at(1)
    assert second is not None and codes.shown_code() == second.code
    assert codes.ui.helpView.toPlainText().startswith(second.code)
    Keyboard().press(K.Key_Up)
    assert codes.shown_code() == "I04"
    everything = codes.model.rowCount()
    Keyboard().type(" spesialisthelsetjenesten")
    narrowed = [codes.model.code_at(r) for r in range(codes.model.rowCount())]
    assert 0 < len(narrowed) < everything and narrowed[0] is not None
    assert narrowed[0].code == "I04"
    for code in narrowed:
        assert code is not None
        text = f"{code.label.nb} {code.description.nb}".lower()
        assert "ansvarsgruppe" in text and "spesialisthelsetjenesten" in text
    codes.ui.searchEdit.clear()
    Keyboard().type("xyzzy")
    assert codes.model.rowCount() == 0
    assert "Ingen kode passer" in codes.ui.helpView.toPlainText()
    assert codes.ui.searchEdit.text() == "xyzzy"  # what was typed stays


def test_retired_codes_are_marked(
    qtbot: QtBot, catalogue: Catalogue, qtmodeltester: ModelTester
) -> None:
    retired = replace(catalogue.codes[0], retired_in=catalogue.version)
    newer = replace(catalogue, codes=(retired, *catalogue.codes[1:]))
    model = CodesModel(newer)
    qtmodeltester.check(model)
    row = model.row_of(retired.code)
    assert row is not None
    assert model.index(row, 0).data().endswith("(utgått)")
    assert not model.index(model.row_of("I04") or 0, 0).data().endswith("(utgått)")
    codes = CodesWindow(newer)
    qtbot.addWidget(codes)
    codes.show_code(retired.code)
    assert f"Utgått i katalogversjon {newer.version}" in codes.ui.helpView.toPlainText()


def test_koder_opens_from_the_help_menu_on_the_chosen_code(
    window: MainWindow, kb: Keyboard
) -> None:
    kb.type("ansvars")
    kb.press(K.Key_Return)
    assert window.form.code is not None and window.form.code.code == "I04"
    assert window.ui.actionCodes in window.ui.menuHelp.actions()
    kb.press(K.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    codes = window.codes_window
    assert codes.isVisible() and not codes.isModal()
    assert codes.shown_code() == "I04"
    # Non-modal: the main window still takes input while the codes stay open.
    window.activateWindow()
    QApplication.processEvents()
    window.ui.actionNew.trigger()
    assert codes.isVisible()
    codes.close()


def test_the_code_found_in_the_help_goes_into_the_form(window: MainWindow, kb: Keyboard) -> None:
    kb.ctrl(K.Key_N)
    kb.press(K.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    codes = window.codes_window
    codes.activateWindow()
    QApplication.processEvents()
    assert kb.focus() is codes.ui.searchEdit
    kb.type("koordinator")
    assert codes.shown_code() == "I06"
    kb.press(K.Key_Return)  # Bruk koden
    assert window.form.code is not None and window.form.code.code == "I06"
    assert not codes.isVisible()
    assert kb.focus() is window.form.ui.clientEdit  # on to the next field, as after a pick
    assert codes.ui.useButton.text().replace("&", "") == "Bruk koden"


def test_a_retired_code_cannot_be_used(qtbot: QtBot, catalogue: Catalogue) -> None:
    retired = replace(catalogue.codes[0], retired_in=catalogue.version)
    newer = replace(catalogue, codes=(retired, *catalogue.codes[1:]))
    codes = CodesWindow(newer)
    qtbot.addWidget(codes)
    used: list[str] = []
    codes.code_chosen.connect(used.append)
    codes.show_code(retired.code)
    assert not codes.ui.useButton.isEnabled()
    codes.use_code()
    assert used == []
    codes.show_code("I04")
    assert codes.ui.useButton.isEnabled()
    codes.use_code()
    assert used == ["I04"]
