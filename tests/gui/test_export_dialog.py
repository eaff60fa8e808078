"""Handing in a month from the app: the export dialog, the completeness check, corrections and
the audit trail, driven through the real window and dialogs."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.core.entry import EntryDraft
from rehablogg.core.workdays import WorkCalendar
from rehablogg.exchange.submission import Kind
from rehablogg.exchange.verify import verify_file
from rehablogg.gui.audit_dialog import AuditDialog
from rehablogg.gui.export_dialog import ExportDialog
from rehablogg.gui.main_window import MainWindow
from rehablogg.storage.absence import set_absence
from rehablogg.storage.audit import month_audit
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry, get_entry
from rehablogg.storage.paths import DataPaths
from rehablogg.storage.profile import update_profile
from tests.gui.conftest import TODAY
from tests.gui.dialogs import when_modal

NOVEMBER = date(2026, 11, 1)
DECEMBER_4 = date(2026, 12, 4)  # November is over, December is not


def _entry(
    db: Database,
    day: date,
    code: str = "D01",
    clients: tuple[int, ...] = (),
    start: time | None = None,
    minutes: int = 45,
) -> str:
    draft = EntryDraft(day, minutes, code, start, clients)
    return add_entry(db.engine, draft, "rehablogg-standard", 1)


@pytest.fixture
def month(db: Database, clients: dict[str, int]) -> dict[str, str]:
    update_profile(db.engine, therapist_code="T01", municipality="0301")
    return {
        "ola": _entry(db, date(2026, 11, 2), "D01", (clients["Ola Testesen"],), time(9, 0)),
        "kari": _entry(db, date(2026, 11, 3), "D02", (clients["Kari Prøvesen"],)),
        "meeting": _entry(db, date(2026, 11, 4), "A02", minutes=30),
    }


def _dialog(
    qtbot: QtBot,
    db: Database,
    folder: Path,
    shown: date = TODAY,
    calendar: WorkCalendar | None = None,
) -> ExportDialog:
    dialog = ExportDialog(
        Logbook(db, today=lambda: DECEMBER_4),
        shown,
        catalogue=None,
        calendar=calendar,
        folder=folder,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _submit_through_window(window: MainWindow, folder: Path) -> ExportDialog:
    seen: list[ExportDialog] = []

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog)
        dialog.ui.folderEdit.setText(str(folder))
        # November is not over on TODAY (20.11.2026): handing it in takes both ticks.
        dialog.ui.submitCheck.setChecked(True)
        dialog.ui.earlyCheck.setChecked(True)
        assert dialog.ui.exportButton.text() == "Lever &inn"
        QTest.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
        dialog.accept()

    when_modal(act)
    window.ui.actionExport.trigger()
    assert seen, "the export dialog did not open"
    return seen[0]


def test_submit_edit_with_reason_and_correct(
    window: MainWindow, db: Database, tmp_path: Path, month: dict[str, str]
) -> None:
    window.refresh()
    assert "11.2026 åpen" in window.ui.headingLabel.text()

    first = _submit_through_window(window, tmp_path)
    assert first.written is not None and first.written.kind is Kind.FIRST
    assert first.written.path.name == "rehablogg_ingen_0301_T01_2026-11.xlsx"
    assert verify_file(first.written.path).ok
    assert first.written.export_id in first.ui.messageLabel.text()
    assert "11.2026 levert" in window.ui.headingLabel.text()
    backups = DataPaths.of_database(db.path).backups
    assert any("innlevering" in p.name for p in backups.iterdir())

    # Edit the locked entry; the window asks for a reason.
    stored = get_entry(db.engine, month["kari"])
    assert stored is not None

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Feil antall minutter")
        dialog.accept()

    when_modal(answer)
    window.save_from_form(replace(stored.draft, minutes=60), stored.id)
    assert get_entry(db.engine, stored.id).draft.minutes == 60  # type: ignore[union-attr]
    assert "11.2026 endret etter levering" in window.ui.headingLabel.text()
    audit = month_audit(db.engine, "2026-11")
    assert [(a.action, a.reason) for a in audit] == [("update", "Feil antall minutter")]

    second = _submit_through_window(window, tmp_path)
    assert second.written is not None and second.written.kind is Kind.CORRECTION
    assert second.written.replaces == first.written.export_id
    assert second.written.path.name.endswith("_korr1.xlsx")
    assert verify_file(second.written.path).ok
    message = second.ui.messageLabel.text()
    assert second.written.export_id in message and first.written.export_id in message
    assert "11.2026 levert" in window.ui.headingLabel.text()


def test_unchanged_month_submitted_twice_keeps_its_id(
    qtbot: QtBot, db: Database, tmp_path: Path, month: dict[str, str]
) -> None:
    ids = []
    for _ in range(2):
        dialog = _dialog(qtbot, db, tmp_path)
        QTest.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
        assert dialog.written is not None, dialog.ui.messageLabel.text()
        ids.append(dialog.written.export_id)
    assert ids[0] == ids[1]
    assert "samme eksport-ID" in dialog.ui.messageLabel.text()


def test_preview_is_what_is_written_and_shows_no_label(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    month: dict[str, str],
    clients: dict[str, int],
    qtmodeltester: ModelTester,
) -> None:
    dialog = _dialog(qtbot, db, tmp_path)
    models = (dialog.entries_model, dialog.participants_model, dialog.metadata_model)
    for model in (*models, dialog.findings_model):
        qtmodeltester.check(model)
    assert dialog.entries_model.rowCount() == 3
    assert dialog.participants_model.rowCount() == 2
    cells = [
        str(m.index(r, c).data())
        for m in models
        for r in range(m.rowCount())
        for c in range(m.columnCount())
    ]
    cells += [
        str(m.headerData(c, Qt.Orientation.Horizontal))
        for m in models
        for c in range(m.columnCount())
    ]
    for label in clients:
        for part in label.split():
            assert not any(part in cell for cell in cells), label
    assert dialog.ui.fileNameLabel.text() == "rehablogg_ingen_0301_T01_2026-11.xlsx"
    # Notes: off by default, a warning when ticked.
    assert not dialog.ui.notesCheck.isChecked() and dialog.ui.notesWarning.isHidden()
    dialog.ui.notesCheck.setChecked(True)
    assert not dialog.ui.notesWarning.isHidden()
    # A week cannot be handed in.
    dialog.ui.periodCombo.setCurrentIndex(1)
    assert not dialog.ui.submitCheck.isEnabled()
    assert dialog.ui.exportButton.text() == "&Eksporter"
    assert dialog.entries_model.rowCount() == 0  # ISO week 47 has none of the entries


def test_completeness_lists_empty_day_not_holiday_or_absence(
    window: MainWindow, db: Database, tmp_path: Path
) -> None:
    update_profile(db.engine, therapist_code="T01", municipality="0301")
    set_absence(db.engine, date(2026, 5, 4), "ferie")
    for day in range(1, 32):
        d = date(2026, 5, day)
        if d.isoweekday() <= 5 and day not in (1, 4, 5, 14, 25):
            _entry(db, d, "A02")
    window.reload_settings()
    window.go_to(date(2026, 5, 20))

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        days = [f.day for f in dialog.findings_model.findings]
        assert days == [date(2026, 5, 5)]  # 1, 14 and 25 May are holidays, 4 May is ferie
        view = dialog.ui.findingsView
        view.setFocus()
        view.setCurrentIndex(dialog.findings_model.index(0, 0))
        QTest.keyClick(view, Qt.Key.Key_Return)  # Enter on a finding jumps to its day

    when_modal(act)
    window.ui.actionExport.trigger()
    assert window.current == date(2026, 5, 5)


def test_errors_are_one_sentence_and_change_nothing(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    month: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, db, tmp_path / "finnes-ikke")
    QTest.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.written is None
    assert "finnes ikke" in dialog.ui.messageLabel.text()

    def refuse(*_args: object, **_kwargs: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("rehablogg.application.exports_book.take_backup", refuse)
    dialog.ui.folderEdit.setText(str(tmp_path))
    QTest.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.written is None
    assert "ingenting er levert" in dialog.ui.messageLabel.text()
    assert list(tmp_path.glob("*.xlsx")) == []
    with db.engine.connect() as conn:
        from rehablogg.storage.periods import period_state

        assert period_state(conn, "2026-11") == "open"


def test_audit_dialog_lists_changes(
    qtbot: QtBot, db: Database, tmp_path: Path, month: dict[str, str], qtmodeltester: ModelTester
) -> None:
    dialog = _dialog(qtbot, db, tmp_path)
    QTest.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    stored = get_entry(db.engine, month["kari"])
    assert stored is not None
    from rehablogg.storage.entries import update_entry

    update_entry(db.engine, stored.id, replace(stored.draft, minutes=60), reason="Rettet")
    audit = AuditDialog(Logbook(db), NOVEMBER)
    qtbot.addWidget(audit)
    qtmodeltester.check(audit.model)
    assert audit.model.rowCount() == 1
    row = [audit.model.index(0, c).data() for c in range(4)]
    assert row[1:] == ["endret", "Rettet", "minutter 45 → 60"]
    assert "endret etter levering" in audit.ui.stateLabel.text()


def test_audit_action_opens_the_log_for_the_shown_month(window: MainWindow) -> None:
    seen: list[str] = []

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, AuditDialog)
        seen.append(dialog.month())
        dialog.accept()

    when_modal(act)
    window.ui.actionAudit.trigger()
    assert seen == ["2026-11"]


def _december(db: Database) -> None:
    update_profile(db.engine, therapist_code="T01", municipality="0301")
    for day in (1, 2, 3, 4):
        _entry(db, date(2026, 12, day), "A02", start=time(9, 0))


def _on(qtbot: QtBot, db: Database, folder: Path, shown: date, today: date) -> ExportDialog:
    dialog = ExportDialog(Logbook(db, today=lambda: today), shown, folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_unfinished_month_is_not_pre_ticked_and_needs_a_named_confirmation(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    """4 December: the check must not say "ingen funn", and one click must not lock December."""
    _december(db)
    dialog = _on(qtbot, db, tmp_path, DECEMBER_4, DECEMBER_4)
    ui = dialog.ui
    assert not ui.submitCheck.isChecked() and ui.submitCheck.isEnabled()
    assert ui.earlyCheck.isHidden()
    assert ui.exportButton.text() == "&Eksporter"
    texts = [f.text for f in dialog.findings_model.findings]
    assert any("18 av 22 arbeidsdager gjenstår" in t for t in texts), texts
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.findingsTab)) == "Kontroll (1)"

    QTest.mouseClick(ui.submitCheck, Qt.MouseButton.LeftButton)
    assert ui.submitCheck.isChecked() and not ui.earlyCheck.isHidden()
    assert not ui.earlyCheck.isChecked()
    assert "Lever inn før måneden er slutt" in ui.earlyCheck.text().replace("&", "")
    assert "18 av 22 arbeidsdager gjenstår" in ui.earlyCheck.text()
    assert not ui.exportButton.isEnabled()
    assert "før måneden er slutt" in ui.messageLabel.text()
    QTest.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.written is None and list(tmp_path.glob("*.xlsx")) == []

    QTest.mouseClick(ui.earlyCheck, Qt.MouseButton.LeftButton)
    assert ui.exportButton.isEnabled() and ui.exportButton.text() == "Lever &inn"
    QTest.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.written is not None, ui.messageLabel.text()
    assert dialog.written.kind is Kind.FIRST
    report = verify_file(dialog.written.path, keep_content=True)
    assert report.ok and report.content is not None
    assert str(report.content.metadata["opprettet"]).startswith("2026-12-04T")


def test_the_confirmation_belongs_to_one_month(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    _december(db)
    dialog = _on(qtbot, db, tmp_path, DECEMBER_4, DECEMBER_4)
    ui = dialog.ui
    ui.submitCheck.setChecked(True)
    ui.earlyCheck.setChecked(True)
    ui.fromEdit.setDate(ui.fromEdit.date().addMonths(-1))  # November: over
    assert ui.submitCheck.isChecked() and ui.earlyCheck.isHidden()
    ui.fromEdit.setDate(ui.fromEdit.date().addMonths(1))  # back to December
    assert not ui.submitCheck.isChecked() and not ui.earlyCheck.isChecked()


def test_a_future_month_cannot_be_handed_in(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    _december(db)
    dialog = _on(qtbot, db, tmp_path, date(2027, 3, 10), DECEMBER_4)
    ui = dialog.ui
    assert not ui.submitCheck.isChecked() and not ui.submitCheck.isEnabled()
    assert ui.exportButton.text() == "&Eksporter"
    texts = [f.text for f in dialog.findings_model.findings]
    assert any("kan ikke leveres inn" in t for t in texts), texts
    QTest.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.written is not None and dialog.written.kind is Kind.DRAFT
    with db.engine.connect() as conn:
        from rehablogg.storage.periods import period_state

        assert period_state(conn, "2027-03") == "open"


def test_an_ended_month_is_pre_ticked(
    qtbot: QtBot, db: Database, tmp_path: Path, month: dict[str, str]
) -> None:
    dialog = _on(qtbot, db, tmp_path, NOVEMBER, DECEMBER_4)
    assert dialog.ui.submitCheck.isChecked() and dialog.ui.earlyCheck.isHidden()
    assert dialog.ui.exportButton.text() == "Lever &inn"
    QTest.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.written is not None and dialog.written.kind is Kind.FIRST


def test_a_backup_the_disk_refuses_before_a_submission_is_said_as_the_fault(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    month: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLite's backup fails with its own error on a full disk: the window says what to do, not
    the Python class name ('… kunne ikke tas (OperationalError)')."""

    def full(*_args: object, **_kwargs: object) -> Path:
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL, as SQLite sets it
        raise exc

    monkeypatch.setattr("rehablogg.application.exports_book.take_backup", full)
    dialog = _dialog(qtbot, db, tmp_path)
    QTest.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    message = dialog.ui.messageLabel.text()
    assert dialog.written is None
    assert "OperationalError" not in message
    assert "ingenting er levert: Disken er full" in message and "sikkerhetskopien" in message
    assert list(tmp_path.glob("*.xlsx")) == []
