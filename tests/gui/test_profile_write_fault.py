"""The profile window when the machine refuses the write (a full disk): the window says what
happened and what to do, in words, and what was typed stays — never a Python class name such
as 'OperationalError'."""

from __future__ import annotations

import sqlite3

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from rehablogg.application.logbook import Logbook
from rehablogg.gui.profile_dialog import ProfileDialog
from rehablogg.storage.database import Database


def _disk_full(*_args: object, **_kwargs: object) -> None:
    orig = sqlite3.OperationalError("database or disk is full")
    orig.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL, as SQLite sets it
    raise OperationalError("UPDATE profile SET …", {}, orig)


def test_a_full_disk_is_said_in_words_and_what_was_typed_stays(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ProfileDialog(Logbook(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.unitEdit.setText("Barn og unge")
    monkeypatch.setattr("rehablogg.storage.profile.update_profile", _disk_full)
    assert not dialog.save()
    message = dialog.problem_texts()["message"]
    assert "OperationalError" not in message
    assert message.startswith("Disken er full") and "profilen" in message
    assert dialog.ui.unitEdit.text() == "Barn og unge"
