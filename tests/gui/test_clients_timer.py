"""Clients and the timer, driven through the real dialogs."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from rehablogg.application.logbook import Logbook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.gui.client_page import ClientPage
from rehablogg.gui.clients_dialog import ClientEditDialog, ClientsDialog
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.timer_dialog import TimerStopDialog
from rehablogg.storage.clients import add_client, get_client
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.queries import count_entries
from rehablogg.storage.timer import get_timer
from tests.gui.conftest import Keyboard
from tests.gui.dialogs import when_modal

K = Qt.Key
CAT = ("rehablogg-standard", 1)


def test_register_search_close_and_erase(
    qtbot: QtBot, db: Database, qtmodeltester: ModelTester
) -> None:
    dialog = ClientsDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)

    def fill(d: QDialog) -> None:
        assert isinstance(d, ClientEditDialog)
        QTest.keyClicks(d.ui.labelEdit, "Tuva Testdatter")
        d.ui.birthYearSpin.setValue(2019)
        d.ui.ipCheck.setChecked(True)
        QTest.keyClick(d.ui.labelEdit, K.Key_Return)

    when_modal(fill)
    dialog.new_client()
    assert dialog.model.rowCount() == 1
    tuva = dialog.model.client_id(0)
    assert tuva is not None
    client = get_client(db.engine, tuva)
    assert client is not None and client.birth_year == 2019 and client.has_ip
    add_client(db.engine, "Annen Person")
    add_entry(
        db.engine,
        EntryDraft(date(2026, 3, 2), 45, "D02", None, (tuva,), note="Tuva likte trappa"),
        *CAT,
    )

    QTest.keyClicks(dialog.ui.searchEdit, "tuva")
    assert dialog.model.rowCount() == 1
    dialog.ui.clientsTable.selectRow(0)
    dialog.toggle_active()
    assert dialog.model.rowCount() == 0  # closed clients leave the list …
    dialog.ui.showClosedCheck.setChecked(True)
    assert dialog.model.rowCount() == 1  # … but are still there with their history
    assert dialog.model.index(0, 10).data() == "avsluttet"

    def confirm(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        assert "K-" in box.text() and "blir stående" in box.text()
        erase = next(b for b in box.findChildren(QPushButton) if b.text() == "Slett for godt")
        erase.click()

    dialog.ui.clientsTable.selectRow(0)
    when_modal(confirm)
    dialog.erase_selected()
    raw = db.path.read_bytes()
    wal = db.path.with_name(db.path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"Tuva" not in raw  # gone from the file itself, notes included
    assert dialog.model.rowCount() == 0  # the name can no longer be found …
    dialog.ui.searchEdit.clear()
    statuses = {
        dialog.model.index(r, 0).data(): dialog.model.index(r, 10).data()
        for r in range(dialog.model.rowCount())
    }
    assert statuses == {"(navn slettet)": "slettet", "Annen Person": "aktiv"}
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT minutes, note FROM entry")).one() == (45, "")


def test_client_page_totals(
    qtbot: QtBot, db: Database, catalogue: Catalogue, qtmodeltester: ModelTester
) -> None:
    c = add_client(db.engine, "Side Testesen", birth_year=2012)
    for day, minutes, code in (
        (date(2026, 3, 2), 45, "D02"),
        (date(2026, 3, 9), 60, "I04"),
        (date(2026, 3, 10), 30, "I10"),
        (date(2026, 4, 6), 45, "D02"),
    ):
        add_entry(db.engine, EntryDraft(day, minutes, code, None, (c,)), *CAT)
    page = ClientPage(Logbook(db), c, catalogue=catalogue)
    qtbot.addWidget(page)
    qtmodeltester.check(page.months)
    qtmodeltester.check(page.entries)
    rows = [
        [page.months.index(r, col).data() for col in range(6)]
        for r in range(page.months.rowCount())
    ]
    assert rows == [
        ["04.2026", "0:45", "0:00", "0:00", "0:45", "1"],
        ["03.2026", "0:45", "1:30", "0:00", "2:15", "3"],
    ]
    assert page.entries.rowCount() == 4
    assert "13-17" in page.ui.titleLabel.text()


def make_window(qtbot: QtBot, db: Database, now: datetime) -> MainWindow:
    w = MainWindow(Logbook(db, today=lambda: now.date(), now=lambda: now))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.form.ui.codeEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return w


def test_timer_survives_closing_the_app(
    qtbot: QtBot, db: Database, kb: Keyboard, clients: dict[str, int]
) -> None:
    start = datetime(2026, 11, 20, 9, 15).astimezone()
    first = make_window(qtbot, db, start)
    kb.ctrl(K.Key_N)
    kb.type("ansvarsgruppe")
    kb.press(K.Key_Return)
    kb.type("kari")
    kb.press(K.Key_Return)
    kb.ctrl(K.Key_T)
    assert get_timer(db.engine) is not None
    assert "I04" in first.ui.timerLabel.text()
    first.close()

    later = make_window(qtbot, db, start + timedelta(minutes=47))
    assert "I04" in later.ui.timerLabel.text() and "0:47" in later.ui.timerLabel.text()
    kb.ctrl(K.Key_T)
    assert later.form.ui.minutesEdit.text() == "47"
    assert get_timer(db.engine) is not None  # kept until the entry is saved
    kb.press(K.Key_Return)
    assert get_timer(db.engine) is None
    assert later.ui.timerLabel.text() == ""
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT date, start_time, minutes, code FROM entry")).one()
    assert tuple(row) == ("2026-11-20", "09:15", 47, "I04")


def test_forgotten_timer_asks_when_it_stopped(
    qtbot: QtBot, db: Database, kb: Keyboard, clients: dict[str, int]
) -> None:
    yesterday = datetime(2026, 11, 19, 9, 0).astimezone()
    first = make_window(qtbot, db, yesterday)
    first.form.load_entry(
        None, EntryDraft(yesterday.date(), 1, "I06", client_ids=(clients["Ola Testesen"],))
    )
    kb.ctrl(K.Key_T)
    first.close()
    window = make_window(qtbot, db, datetime(2026, 11, 20, 8, 30).astimezone())
    asked: list[str] = []

    def accept_suggestion(d: QDialog) -> None:
        assert isinstance(d, TimerStopDialog)
        asked.append(d.ui.questionLabel.text())
        assert d.stopped().strftime("%d.%m %H:%M") == "19.11 15:30"  # end of the working day
        QTest.keyClick(d.ui.stoppedEdit, K.Key_Return)

    when_modal(accept_suggestion)
    kb.ctrl(K.Key_T)
    assert asked and "19.11.2026 kl. 09:00" in asked[0]
    assert window.form.ui.minutesEdit.text() == "390"
    kb.press(K.Key_Return)
    assert count_entries(db.engine) == 1 and get_timer(db.engine) is None


def test_forgotten_timer_can_be_split(qtbot: QtBot, db: Database, kb: Keyboard) -> None:
    start = datetime(2026, 11, 19, 8, 0).astimezone()
    first = make_window(qtbot, db, start)
    first.form.load_entry(None, EntryDraft(start.date(), 1, "A03"))
    kb.ctrl(K.Key_T)
    first.close()
    window = make_window(qtbot, db, datetime(2026, 11, 20, 7, 0).astimezone())

    def split(d: QDialog) -> None:
        assert isinstance(d, TimerStopDialog)
        d.ui.splitCheck.setChecked(True)
        d.ui.splitEdit.setDateTime(
            d.ui.splitEdit.dateTime().fromString("19.11.2026 11:00", "dd.MM.yyyy HH:mm")
        )
        d.ui.buttonBox.accepted.emit()

    when_modal(split)
    kb.ctrl(K.Key_T)
    assert count_entries(db.engine) == 1  # 08:00–11:00 saved at once
    assert window.form.ui.minutesEdit.text() == "270"  # 11:00–15:30 waits in the form
    kb.press(K.Key_Return)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT start_time, minutes FROM entry ORDER BY start_time"))
        assert [tuple(r) for r in rows] == [("08:00", 180), ("11:00", 270)]


def test_timer_needs_a_code_first(window: MainWindow, kb: Keyboard, db: Database) -> None:
    kb.ctrl(K.Key_T)
    assert get_timer(db.engine) is None
    assert "Velg kode" in window.statusBar().currentMessage()


class Clock:
    """The window's clock, moved on by the test instead of by waiting."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _start_i04_for_kari(kb: Keyboard, window: MainWindow) -> None:
    kb.ctrl(K.Key_N)
    kb.type("ansvarsgruppe")
    kb.press(K.Key_Return)
    kb.type("kari")
    kb.press(K.Key_Return)
    for combo, key in (
        (window.form.ui.contactCombo, "video"),
        (window.form.ui.arenaCombo, "skole"),
    ):
        combo.setCurrentIndex(combo.findData(key))  # chosen in the form before the start
    kb.ctrl(K.Key_T)


def _timer_window(qtbot: QtBot, db: Database, clock: Clock) -> MainWindow:
    w = MainWindow(Logbook(db, today=lambda: clock.now.date(), now=clock))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.form.ui.codeEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return w


def test_stopping_the_timer_stops_it(
    qtbot: QtBot, db: Database, kb: Keyboard, clients: dict[str, int]
) -> None:
    clock = Clock(datetime(2026, 11, 20, 9, 15).astimezone())
    window = _timer_window(qtbot, db, clock)
    _start_i04_for_kari(kb, window)
    assert "I04" in window.ui.timerLabel.text()
    clock.now += timedelta(minutes=2)
    kb.ctrl(K.Key_T)  # stop
    assert window.form.ui.minutesEdit.text() == "2"
    window.timer.show()  # what the 30-second tick does
    assert "stoppet" in window.ui.timerLabel.text()
    assert "0:02" in window.ui.timerLabel.text()
    assert "Stopp" not in window.ui.timerButton.text()  # the toolbar no longer says running
    kb.press(K.Key_Escape)  # not now …
    clock.now += timedelta(seconds=75)
    window.timer.show()
    assert "0:02" in window.ui.timerLabel.text()
    kb.ctrl(K.Key_T)  # … offered again: the minutes up to the stop, not up to now
    assert window.form.ui.minutesEdit.text() == "2"
    kb.press(K.Key_Return)
    assert get_timer(db.engine) is None and window.ui.timerLabel.text() == ""
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT minutes, code, contact_mode, arena FROM entry")).one()
    assert tuple(row) == (2, "I04", "video", "skole")


def test_a_cancelled_timer_entry_is_not_lost_by_the_next_save(
    qtbot: QtBot, db: Database, kb: Keyboard, clients: dict[str, int]
) -> None:
    clock = Clock(datetime(2026, 11, 20, 9, 15).astimezone())
    window = _timer_window(qtbot, db, clock)
    _start_i04_for_kari(kb, window)
    clock.now += timedelta(minutes=20)
    kb.ctrl(K.Key_T)
    kb.press(K.Key_Escape)
    kb.ctrl(K.Key_N)
    kb.type("administrasjon")
    kb.press(K.Key_Return)
    kb.type("15")
    kb.press(K.Key_Return)  # another entry, saved while the timer's waits
    assert count_entries(db.engine) == 1
    timer = get_timer(db.engine)
    assert timer is not None and timer.stopped_at is not None
    kb.ctrl(K.Key_T)
    assert window.form.ui.minutesEdit.text() == "20"


def test_a_stopped_timer_can_be_discarded(
    qtbot: QtBot, db: Database, kb: Keyboard, clients: dict[str, int]
) -> None:
    clock = Clock(datetime(2026, 11, 20, 9, 15).astimezone())
    window = _timer_window(qtbot, db, clock)
    assert not window.ui.actionDiscardTimer.isEnabled()
    _start_i04_for_kari(kb, window)
    clock.now += timedelta(minutes=5)
    kb.ctrl(K.Key_T)
    assert window.ui.actionDiscardTimer.isEnabled()
    window.ui.actionDiscardTimer.trigger()
    assert get_timer(db.engine) is None and window.ui.timerLabel.text() == ""
    assert window.form.ui.minutesEdit.text() == ""  # the offer left the form too
    assert count_entries(db.engine) == 0


def test_a_timer_from_before_this_version_gets_the_profile_defaults(
    qtbot: QtBot, db: Database, kb: Keyboard
) -> None:
    from rehablogg.storage.profile import update_profile
    from rehablogg.storage.timer import start_timer

    update_profile(db.engine, default_contact_mode="telefon", default_arena="hjemme")
    clock = Clock(datetime(2026, 11, 20, 9, 15).astimezone())
    start_timer(db.engine, clock.now, "A03", None)  # no form context stored
    _timer_window(qtbot, db, clock)
    clock.now += timedelta(minutes=10)
    kb.ctrl(K.Key_T)
    kb.press(K.Key_Return)
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT minutes, contact_mode, arena FROM entry")).one()
    assert tuple(row) == (10, "telefon", "hjemme")


def test_an_older_timer_gets_the_codes_own_default(
    qtbot: QtBot, db: Database, kb: Keyboard, clients: dict[str, int]
) -> None:
    """I10 is a phone or written contact: its catalogue default (telephone, no arena) wins
    over the profile's in-person-at-home for a timer that kept no form choices."""
    from rehablogg.storage.profile import update_profile
    from rehablogg.storage.timer import start_timer

    update_profile(db.engine, default_contact_mode="oppmote", default_arena="hjemme")
    clock = Clock(datetime(2026, 11, 20, 9, 15).astimezone())
    start_timer(db.engine, clock.now, "I10", clients["Ola Testesen"])
    _timer_window(qtbot, db, clock)
    clock.now += timedelta(minutes=10)
    kb.ctrl(K.Key_T)
    kb.press(K.Key_Return)
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT code, contact_mode, arena FROM entry")).one()
    assert tuple(row) == ("I10", "telefon", None)


def test_a_timer_that_cannot_be_cleared_after_its_entry_is_saved_is_said(
    qtbot: QtBot,
    db: Database,
    kb: Keyboard,
    clients: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The timer's entry is saved, then clearing the timer is refused (the disk filled up in
    between): the window says the entry is saved and how to remove the stopped timer, rather
    than the error escaping to the crash dialog."""
    clock = Clock(datetime(2026, 11, 20, 9, 15).astimezone())
    window = _timer_window(qtbot, db, clock)
    _start_i04_for_kari(kb, window)
    clock.now += timedelta(minutes=20)
    kb.ctrl(K.Key_T)  # stop: its entry is in the form

    def full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("DELETE FROM timer", {}, sqlite3.OperationalError("disk full"))

    monkeypatch.setattr("rehablogg.application.entries_book.clear_timer", full)
    kb.press(K.Key_Return)
    assert count_entries(db.engine) == 1
    message = window.statusBar().currentMessage()
    assert "er lagret" in message and "Forkast stoppet tidtaker" in message
    assert get_timer(db.engine) is not None  # still there, to be discarded by hand
