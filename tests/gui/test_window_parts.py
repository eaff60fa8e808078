"""Item models under Qt's model tester, generated forms, help, accessibility and gaps."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListView,
    QTableView,
)
from pytestqt.modeltest import ModelTester

from rehablogg.application.entries_book import EntriesBook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.entry import EntryDraft
from rehablogg.core.workdays import WorkCalendar
from rehablogg.gui.days_model import DaysModel
from rehablogg.gui.entries_model import EntriesModel
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.picker_models import ClientListModel, CodeListModel
from rehablogg.storage.absence import set_absence
from rehablogg.storage.database import Database
from rehablogg.storage.entries import add_entry
from tests.cli_runner import run_cli
from tests.gui.conftest import db_of

ROOT = Path(__file__).parent.parent.parent
CAT = ("rehablogg-standard", 1)


def _fill_week(db: Database, client: int) -> None:
    # Week 51 of 2026: Mon 14.12 … Sun 20.12; Wednesday and Friday left empty.
    add_entry(db.engine, EntryDraft(date(2026, 12, 14), 45, "D02", None, (client,)), *CAT)
    add_entry(
        db.engine,
        EntryDraft(date(2026, 12, 15), 60, "I04", None, (client,), parties=("foreldre", "ppt")),
        *CAT,
    )
    add_entry(db.engine, EntryDraft(date(2026, 12, 17), 30, "A03"), *CAT)


def test_entries_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, catalogue: Catalogue, clients: dict[str, int]
) -> None:
    _fill_week(db, clients["Ola Testesen"])
    model = EntriesModel(EntriesBook(db), catalogue, WorkCalendar())
    model.set_range(date(2026, 12, 14), date(2026, 12, 20))
    qtmodeltester.check(model)
    texts = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert texts == [
        "D02 Individuell behandling og trening",
        "I04 Ansvarsgruppemøte",
        "Ingen registreringer",
        "A03 Administrasjon og møter uten brukerfokus",
        "Ingen registreringer",
    ]
    assert model.index(1, 7).data() == "Foreldre/foresatte, PPT"


def test_entries_model_fetches_lazily(
    qtmodeltester: ModelTester, db: Database, catalogue: Catalogue
) -> None:
    for _ in range(450):
        add_entry(db.engine, EntryDraft(date(2026, 12, 14), 5, "A03"), *CAT)
    model = EntriesModel(EntriesBook(db), catalogue, WorkCalendar())
    model.set_range(date(2026, 12, 14), date(2026, 12, 20))
    assert model.rowCount() == 200 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetch_all()
    assert model.rowCount() == 450 + 4  # four empty working days after Monday


def test_a_day_deep_in_a_busy_week_is_reached_with_every_row_before_it(
    db: Database, catalogue: Catalogue
) -> None:
    """first_row_on fetches what comes before the day in one go (start-up scrolls to today):
    the rows, their order and the gaps must be those of paging through the week."""
    for day, count in ((14, 260), (15, 1), (17, 190), (18, 3)):  # Wednesday 16 left empty
        for i in range(count):
            start = time(8 + i % 9) if i % 3 else None
            add_entry(
                db.engine, EntryDraft(date(2026, 12, day), 5 + i % 7, "A03", start_time=start), *CAT
            )
    paged = EntriesModel(EntriesBook(db), catalogue, WorkCalendar())
    paged.set_range(date(2026, 12, 14), date(2026, 12, 20))
    paged.fetch_all()
    expected = [
        (paged.index(r, 0).data(), paged.index(r, 1).data(), paged.index(r, 2).data())
        for r in range(paged.rowCount())
    ]
    # Monday's 260 rows, Tuesday's one, Wednesday's gap, Thursday's 190, Friday's three.
    for day, first in ((17, 262), (18, 452), (16, 261)):
        model = EntriesModel(EntriesBook(db), catalogue, WorkCalendar())
        model.set_range(date(2026, 12, 14), date(2026, 12, 20))
        row = model.first_row_on(date(2026, 12, day))
        assert row == first
        assert model.index(row, 0).data().endswith(f"{day}.12")
        model.fetch_all()
        rows = [
            (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())
        ]
        assert rows == expected


def test_holidays_and_absence_are_named_not_gaps(db: Database, catalogue: Catalogue) -> None:
    set_absence(db.engine, date(2026, 12, 23), "ferie")
    from rehablogg.storage.absence import absences

    model = EntriesModel(EntriesBook(db), catalogue, WorkCalendar(absences=absences(db.engine)))
    model.set_range(date(2026, 12, 21), date(2026, 12, 27))
    texts = [model.index(r, 3).data() for r in range(model.rowCount())]
    # Christmas Eve is a working day by law; 26.12.2026 is a Saturday, so not a gap either way.
    assert texts == [
        "Ingen registreringer",
        "Ingen registreringer",
        "Fravær: ferie",
        "Ingen registreringer",
        "Helligdag: Første juledag",
    ]


def test_days_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, catalogue: Catalogue, clients: dict[str, int]
) -> None:
    _fill_week(db, clients["Ola Testesen"])
    model = DaysModel(EntriesBook(db), catalogue, WorkCalendar())
    model.set_range(date(2026, 12, 14), date(2026, 12, 20))
    qtmodeltester.check(model)
    sums = [model.index(4, c).data() for c in range(7)]
    assert sums == ["0:45", "1:00", "—", "0:30", "—", "", ""]


def test_picker_models_pass_the_model_tester(
    qtmodeltester: ModelTester, db: Database, catalogue: Catalogue, clients: dict[str, int]
) -> None:
    codes = CodeListModel(catalogue)
    codes.set_ranking({"I04"}, {"D02": 10, "I01": 3})
    codes.set_query("")
    qtmodeltester.check(codes)
    firsts = [codes.code_at(i).code for i in range(3)]  # type: ignore[union-attr]
    assert firsts == ["I04", "D02", "I01"]  # favourite, then most used
    codes.set_query("veil")
    assert {codes.code_at(i).code for i in range(codes.rowCount())} == {  # type: ignore[union-attr]
        "I01",
        "I02",
        "I14",  # catalogue version 2: Veiledning og kurs for grupper
        "A02",
    }
    people = ClientListModel(EntriesBook(db))
    people.set_query("e")
    qtmodeltester.check(people)
    people.set_query("kar")
    assert people.rowCount() == 1


def test_generated_forms_are_up_to_date(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "ui"))
    try:
        import build_forms
    finally:
        sys.path.pop(0)
    forms = sorted((ROOT / "ui").glob("*.ui"))
    assert forms
    for ui_file in forms:
        fresh = tmp_path / f"ui_{ui_file.stem}.py"
        build_forms.compile_form(ui_file, fresh)
        committed = build_forms.target_for(ui_file)
        assert committed.exists(), f"{committed} is missing; run python ui/build_forms.py"
        assert _without_header(committed.read_text("utf-8")) == _without_header(
            fresh.read_text("utf-8")
        ), f"{committed.name} is stale; run python ui/build_forms.py"
        stub = committed.with_suffix(".pyi")
        assert stub.exists() and stub.read_text("utf-8") == build_forms.stub_text(ui_file, fresh), (
            f"{stub.name} is stale; run python ui/build_forms.py"
        )


def _without_header(source: str) -> str:
    return re.sub(r"^## Created by: .*$", "", source, flags=re.MULTILINE)


def test_no_runtime_ui_loading() -> None:
    for path in (ROOT / "rehablogg").rglob("*.py"):
        source = path.read_text("utf-8")
        assert "loadUiType" not in source and "QUiLoader" not in source, path


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QListView, QTableView, QAbstractButton)
    missing = [
        w.objectName()
        for kind in kinds
        for w in window.findChildren(kind)
        if not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and not w.objectName().startswith("qt_")
        and w.objectName()
        and w.isVisibleTo(window)
    ]
    assert missing == []


def test_shortcuts_are_listed_from_the_real_actions(window: MainWindow) -> None:
    rows = dict(window.shortcut_rows())
    assert rows["Ctrl+N"] == "Ny registrering"
    assert rows["Ctrl+R"] == "Gjenta siste registrering"
    assert rows["Ctrl+Z"] == "Angre"
    assert "Enter" in rows
    window.show_shortcuts()
    assert window.shortcuts_dialog.isVisible()
    window.shortcuts_dialog.close()


@pytest.mark.slow
def test_quit_after_startup(data_dir: Path) -> None:
    assert (
        run_cli("demo", "--entries", "300", "--end", "2026-11-20", data_dir=data_dir).returncode
        == 0
    )
    result = run_cli("--quit-after-startup", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_app_refuses_a_second_window_on_the_same_data(data_dir: Path) -> None:
    from rehablogg.storage.lock import DataDirLock

    with DataDirLock(data_dir / "rehablogg.lock"):
        result = run_cli("--quit-after-startup", data_dir=data_dir)
    assert result.returncode == 1
    assert "i bruk" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_standard_buttons_speak_bokmal(window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    from rehablogg.gui.clients_dialog import ClientEditDialog, ClientsDialog

    for dialog in (
        ClientsDialog(window.logbook, window),
        ClientEditDialog(window.logbook, None, window),
    ):
        texts = {
            b.text()
            for box in dialog.findChildren(QDialogButtonBox)
            for b in box.findChildren(QPushButton)
        }
        assert texts and texts <= {"OK", "Avbryt", "Lukk"}, texts
        dialog.deleteLater()


def test_profile_defaults_reach_the_entry_form(window: MainWindow) -> None:
    from rehablogg.storage.profile import update_profile

    update_profile(db_of(window).engine, default_arena="skole", default_contact_mode="video")
    window.reload_settings()
    window.new_entry()
    assert window.form.ui.arenaCombo.currentData() == "skole"
    assert window.form.ui.contactCombo.currentData() == "video"


def test_a_pilots_required_fields_are_enforced_in_the_form(window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from rehablogg.storage.queries import count_entries
    from rehablogg.storage.settings import set_setting

    set_setting(db_of(window).engine, "pilot", {"required_fields": ["arena"]})
    window.reload_settings()
    window.new_entry()
    form = window.form
    form.ui.arenaCombo.setCurrentIndex(0)  # "–": no arena
    QTest.keyClicks(form.ui.codeEdit, "administrasjon")
    QTest.keyClick(form.ui.codeEdit, Qt.Key.Key_Return)
    QTest.keyClicks(form.ui.minutesEdit, "30")
    QTest.keyClick(form.ui.minutesEdit, Qt.Key.Key_Return)
    assert "Piloten krever arena" in form.problem_texts()["message"]
    assert count_entries(db_of(window).engine) == 0
    form.ui.arenaCombo.setCurrentIndex(form.ui.arenaCombo.findData("klinikk"))
    QTest.keyClick(form.ui.minutesEdit, Qt.Key.Key_Return)
    assert count_entries(db_of(window).engine) == 1
