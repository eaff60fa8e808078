"""The pilot lead's workbench driven like a user on a small corpus of real submissions.

The corpus (two months, two therapists on the roster) holds one of each fate: accepted files,
a correction that supersedes the first file, two databases handing in the same therapist and
month (a conflict), a copy of a file (a duplicate) and a file that is no workbook (rejected).
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.status import Status
from rehablogg.core.catalogue import DEFAULT_VERSION
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry, pilot_toml
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.gui import aggregate_worker
from rehablogg.gui.workbench_models import ReportModel
from rehablogg.gui.workbench_window import WorkbenchWindow, open_workbench
from rehablogg.storage.database import Database, open_database_file
from rehablogg.storage.entries import get_entry, update_entry
from rehablogg.storage.profile import update_profile

PILOT = "pilot-vest"
END = date(2025, 2, 28)
EXPECTED = {
    "a-fys01/januar": "godtatt",
    "a-fys01/februar": "erstattet",
    "a-fys01/februar korrigert": "godtatt",
    "b-erg02/januar": "godtatt",
    "b-erg02/februar": "konflikt",
    "c-annen/februar": "konflikt",
    "z-diverse/kopi av januar.xlsx": "duplikat",
    "z-diverse/søppel.xlsx": "avvist",
}
LEFT = Qt.MouseButton.LeftButton
COUNTS = "8 filer i samlingen: 3 godtatt · 1 duplikat · 1 erstattet · 2 konflikt · 1 avvist"


@dataclass
class SmallCorpus:
    root: Path  # the folder the pilot lead adds
    files: dict[str, Path]  # EXPECTED's labels: file


def _database(folder: Path, therapist: str, seed: int) -> Database:
    folder.mkdir(parents=True)
    db = open_database_file(folder / "rehablogg.sqlite3")
    write_demo(
        db,
        DemoSpec(
            entries=300,
            clients=8,
            seed=seed,
            end=END,
            therapist=therapist,
            municipality="4601",
            unit="Voksne",
        ),
    )
    update_profile(db.engine, pilot_id=PILOT, position_percent=80)
    return db


def _export(db: Database, folder: Path, month: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    m = Month.parse(month)
    return export(
        db.engine,
        ExportRequest(m.first_day, m.last_day, folder, whole_month=True, fmt="xlsx", submit=True),
    ).path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmallCorpus]:
    base = tmp_path_factory.mktemp("workbench-corpus")
    root = base / "innboks"
    root.mkdir()
    roster = tuple(
        RosterEntry(code, "4601", "Voksne", "fysioterapeut", Month(2025, 1), Month(2025, 2))
        for code in ("FYS01", "ERG02")
    )
    (root / "pilot.toml").write_text(
        pilot_toml(
            Pilot(
                id=PILOT,
                name="Pilot Vest",
                catalogue_id="rehablogg-standard",
                catalogue_version=DEFAULT_VERSION,
                roster=roster,
            )
        ),
        encoding="utf-8",
    )
    dbs = {
        name: _database(base / "dbs" / name, code, seed)
        for name, code, seed in (
            ("fys01", "FYS01", 1),
            ("erg02", "ERG02", 2),
            ("annen", "ERG02", 3),
        )
    }
    f: dict[str, Path] = {}
    f["a-fys01/januar"] = _export(dbs["fys01"], root / "a-fys01", "2025-01")
    f["a-fys01/februar"] = _export(dbs["fys01"], root / "a-fys01", "2025-02")
    conn = sqlite3.connect(dbs["fys01"].path)
    (entry_id,) = conn.execute(
        "SELECT id FROM entry WHERE date >= '2025-02-01' ORDER BY date, id LIMIT 1"
    ).fetchone()
    conn.close()
    stored = get_entry(dbs["fys01"].engine, entry_id)
    assert stored is not None
    update_entry(
        dbs["fys01"].engine,
        entry_id,
        replace(stored.draft, minutes=stored.draft.minutes + 5),
        reason="Feil varighet",
    )
    f["a-fys01/februar korrigert"] = _export(dbs["fys01"], root / "a-fys01", "2025-02")
    f["b-erg02/januar"] = _export(dbs["erg02"], root / "b-erg02", "2025-01")
    f["b-erg02/februar"] = _export(dbs["erg02"], root / "b-erg02", "2025-02")
    f["c-annen/februar"] = _export(dbs["annen"], root / "c-annen", "2025-02")
    junk = root / "z-diverse"
    junk.mkdir()
    f["z-diverse/kopi av januar.xlsx"] = junk / "kopi av januar.xlsx"
    shutil.copyfile(f["a-fys01/januar"], junk / "kopi av januar.xlsx")
    f["z-diverse/søppel.xlsx"] = junk / "søppel.xlsx"
    (junk / "søppel.xlsx").write_bytes(b"dette er ikke en arbeidsbok\n" * 50)
    assert len(set(f.values())) == len(EXPECTED)
    yield SmallCorpus(root, f)
    for db in dbs.values():
        db.close()


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[WorkbenchWindow]:
    w = open_workbench(None)
    qtbot.addWidget(w)
    w.resize(1100, 760)
    qtbot.waitExposed(w)
    yield w
    w.close()


def add_folder(
    qtbot: QtBot, w: WorkbenchWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args, **_kw: str(folder))
    )
    qtbot.mouseClick(w.ui.addFolderButton, LEFT)


def type_into(edit: QWidget, text: str) -> None:
    edit.setFocus()
    edit.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(edit, text)


def run_to_end(qtbot: QtBot, w: WorkbenchWindow) -> None:
    qtbot.mouseClick(w.ui.runButton, LEFT)
    assert w.running
    qtbot.waitUntil(lambda: not w.running, timeout=60_000)


def report(w: WorkbenchWindow) -> dict[str, str]:
    """What the table shows, row by row: the file as shown → its status."""
    view = w.ui.reportTable.model()
    return {
        view.index(r, ReportModel.FILE).data(): view.index(r, ReportModel.STATUS).data()
        for r in range(view.rowCount())
    }


def expected_report(corpus: SmallCorpus) -> dict[str, str]:
    return {
        str(path.relative_to(corpus.root)): EXPECTED[label] for label, path in corpus.files.items()
    }


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    collection = Collection(path)
    try:
        return collection.dump()
    finally:
        collection.close()


class Gate:
    """When armed, holds the worker after its first file until someone asks it to stop, so a
    test can cancel "mid-run" without racing the worker: the cancel lands before file two."""

    def __init__(self) -> None:
        self.armed = False
        self.held = threading.Event()  # set once a held worker was let go

    def hold(self, worker: Any) -> None:
        deadline = time.monotonic() + 30
        while not worker.cancel_requested and time.monotonic() < deadline:
            time.sleep(0.01)
        self.held.set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Gate:
    real = aggregate_worker.aggregate
    gate = Gate()

    def held(
        options: Any,
        progress: Any = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Any:
        assert on_progress is not None
        worker = on_progress.__self__  # type: ignore[attr-defined]

        def gated(done: int, total: int, path: str) -> None:
            on_progress(done, total, path)
            if done == 1 and gate.armed:
                gate.hold(worker)

        return real(options, progress, gated)

    monkeypatch.setattr(aggregate_worker, "aggregate", held)
    return gate


# ----------------------------------------------------------------------------------------------


def test_run_shows_every_file_and_a_second_run_changes_nothing(
    qtbot: QtBot,
    window: WorkbenchWindow,
    corpus: SmallCorpus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    w = window
    assert w.windowTitle() == "Arbeidsbenk for pilotleder"
    assert not w.isModal()
    add_folder(qtbot, w, corpus.root, monkeypatch)
    assert w.inputs() == [corpus.root]
    # The collection is suggested beside the folder of handed-in files, the summary beside it.
    assert w.ui.collectionEdit.text() == str(corpus.root.parent / "samling.sqlite3")
    assert w.ui.summaryEdit.text() == str(corpus.root.parent / "sammendrag.xlsx")
    collection = tmp_path / "pilot-samling.sqlite3"
    type_into(w.ui.collectionEdit, str(collection))
    assert w.ui.summaryEdit.text() == str(tmp_path / "sammendrag.xlsx")
    assert not w.ui.openSummaryButton.isEnabled()

    run_to_end(qtbot, w)
    assert w.ui.messageLabel.text().startswith(
        f"Sammendraget er skrevet til {tmp_path / 'sammendrag.xlsx'}: 3 godtatte innleveringer"
    )
    assert (tmp_path / "sammendrag.xlsx").is_file()
    assert report(w) == expected_report(corpus)
    assert w.ui.countsLabel.text() == COUNTS
    assert w.ui.progressBar.value() == w.ui.progressBar.maximum() == len(EXPECTED)
    missing = w.ui.missingTable.model()
    assert [[missing.index(r, c).data() for c in range(3)] for r in range(missing.rowCount())] == [
        ["ERG02", "2025-02", "konflikt mellom innleveringer"]
    ]
    assert w.ui.reportTabs.tabText(1) == "Mangler (1)"
    for model in (w.report, w.report_filter, w.missing):
        qtmodeltester.check(model)

    # The status filter narrows the table to one status, and back.
    combo = w.ui.statusFilter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Alle (8)",
        "godtatt (3)",
        "duplikat (1)",
        "erstattet (1)",
        "konflikt (2)",
        "avvist (1)",
    ]
    combo.setCurrentIndex(combo.findData("avvist"))
    assert report(w) == {"z-diverse/søppel.xlsx": "avvist"}
    reason = w.ui.reportTable.model().index(0, ReportModel.REASON).data()
    assert "xlsx" in reason
    w.show_status(Status.CONFLICT)
    assert set(report(w).values()) == {"konflikt"}
    w.show_status(None)
    assert len(report(w)) == len(EXPECTED)

    # The same folder again: every file is known, nothing in the collection changes.
    before = dump(collection)
    combo.setCurrentIndex(combo.findData("godtatt"))
    run_to_end(qtbot, w)
    assert dump(collection) == before
    assert combo.currentData() == "godtatt"  # the filter the lead chose is kept
    w.show_status(None)
    assert report(w) == expected_report(corpus)
    assert w.ui.countsLabel.text() == COUNTS


def test_cancel_mid_run_keeps_the_collection_as_it_was(
    qtbot: QtBot,
    window: WorkbenchWindow,
    corpus: SmallCorpus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    gate: Gate,
) -> None:
    w = window
    collection = tmp_path / "samling.sqlite3"
    # A first, complete run on one therapist's folder.
    add_folder(qtbot, w, corpus.root / "a-fys01", monkeypatch)
    type_into(w.ui.collectionEdit, str(collection))
    run_to_end(qtbot, w)
    assert set(report(w).values()) == {"godtatt", "erstattet"}
    before, summary = dump(collection), (tmp_path / "sammendrag.xlsx").read_bytes()
    gate.armed = True

    # Now the whole inbox; Avbryt as soon as the progress bar moves.
    add_folder(qtbot, w, corpus.root, monkeypatch)
    clicked: list[int] = []

    def click_cancel(value: int) -> None:
        if value >= 1 and not clicked:
            clicked.append(value)
            assert w.ui.cancelButton.isEnabled()
            qtbot.mouseClick(w.ui.cancelButton, LEFT)

    w.ui.progressBar.valueChanged.connect(click_cancel)
    run_to_end(qtbot, w)
    w.ui.progressBar.valueChanged.disconnect(click_cancel)
    assert clicked == [1] and gate.held.is_set()
    gate.armed = False
    assert w.ui.messageLabel.text() == (
        "Avbrutt: samlingen er som før, og sammendraget er ikke skrevet."
    )
    assert dump(collection) == before
    assert (tmp_path / "sammendrag.xlsx").read_bytes() == summary
    assert set(report(w).values()) == {"godtatt", "erstattet"}  # the last finished run
    assert not w.ui.cancelButton.isEnabled() and w.ui.runButton.isEnabled()

    # The window is as usable as before: the same inputs run to the end.
    assert w.inputs() == [corpus.root / "a-fys01", corpus.root]
    run_to_end(qtbot, w)
    assert w.ui.countsLabel.text() == COUNTS
    assert dump(collection) != before


def test_closing_during_a_run_cancels_and_waits(
    qtbot: QtBot,
    window: WorkbenchWindow,
    corpus: SmallCorpus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    gate: Gate,
) -> None:
    w = window
    gate.armed = True
    add_folder(qtbot, w, corpus.root, monkeypatch)
    type_into(w.ui.collectionEdit, str(tmp_path / "samling.sqlite3"))
    closed: list[bool] = []

    def close_window(value: int) -> None:
        if value >= 1 and not closed:
            closed.append(w.close())

    w.ui.progressBar.valueChanged.connect(close_window)
    qtbot.mouseClick(w.ui.runButton, LEFT)
    qtbot.waitUntil(lambda: bool(closed), timeout=60_000)
    assert closed == [True] and gate.held.is_set()
    assert not w.running and not w.isVisible()
    assert dump(tmp_path / "samling.sqlite3")["offer"] == []
    assert not (tmp_path / "sammendrag.xlsx").exists()


def test_a_run_lets_go_of_its_worker_only_after_its_thread_has_ended(
    qtbot: QtBot,
    window: WorkbenchWindow,
    corpus: SmallCorpus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The worker is a Python object. It used to be deleted a second time, by deleteLater from
    inside its own thread as that thread ended, while the window dropped its last reference on
    the GUI thread: the two deletions raced, and the test run died with a segmentation fault in
    the worker's native thread or in the window's _thread_finished (3 runs of this file in 8).
    Whichever thread gets there first, the worker must end once, on the GUI thread, after its
    thread has ended."""
    w = window
    add_folder(qtbot, w, corpus.root / "b-erg02", monkeypatch)
    type_into(w.ui.collectionEdit, str(tmp_path / "samling.sqlite3"))
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    ended: list[tuple[bool, bool]] = []  # per worker: destroyed on the GUI thread, thread ended

    def watch(thread: QThread) -> Callable[..., None]:
        def worker_destroyed(*_args: object) -> None:
            on_gui = QThread.currentThread() == gui
            # wait(0): true only once the thread has ended, not while it is still ending.
            ended.append((on_gui, on_gui and thread.wait(0)))

        return worker_destroyed

    for run in range(1, 4):
        qtbot.mouseClick(w.ui.runButton, LEFT)
        assert w._thread is not None and w._worker is not None
        # No reference to the worker here: the window's must be the last one.
        w._worker.destroyed.connect(watch(w._thread), Qt.ConnectionType.DirectConnection)
        qtbot.waitUntil(lambda: not w.running, timeout=60_000)
        qtbot.waitUntil(lambda: len(ended) == run, timeout=10_000)  # noqa: B023
    assert ended == [(True, True)] * 3
    assert w.ui.countsLabel.text() == "2 filer i samlingen: 2 godtatt"


def test_bad_input_is_one_sentence_and_the_inputs_stay(
    qtbot: QtBot,
    window: WorkbenchWindow,
    corpus: SmallCorpus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = window
    qtbot.mouseClick(w.ui.runButton, LEFT)
    assert w.ui.messageLabel.text() == "Legg til minst én mappe eller fil som skal samles."
    add_folder(qtbot, w, corpus.root / "b-erg02", monkeypatch)
    notes = tmp_path / "notater.sqlite3"
    notes.write_text("Handleliste: melk, brød\n" * 20, encoding="utf-8")
    type_into(w.ui.collectionEdit, str(notes))
    run_to_end(qtbot, w)
    message = w.ui.messageLabel.text()
    assert message.startswith(f"{notes} er ikke en samlingsfil fra rehablogg")
    assert "Traceback" not in message and "\n" not in message
    assert w.ui.collectionEdit.text() == str(notes)
    assert w.inputs() == [corpus.root / "b-erg02"]
    assert notes.read_text(encoding="utf-8").startswith("Handleliste")
    assert not (tmp_path / "sammendrag.xlsx").exists()

    # A tariff file that is no tariff file: refused before any file is taken.
    tariffs = tmp_path / "takster.toml"
    tariffs.write_text('format = "noe annet"\n', encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(tariffs), ""))
    )
    qtbot.mouseClick(w.ui.tariffButton, LEFT)
    assert w.ui.tariffEdit.text() == str(tariffs)
    type_into(w.ui.collectionEdit, str(tmp_path / "samling.sqlite3"))
    run_to_end(qtbot, w)
    message = w.ui.messageLabel.text()
    assert "takster.toml" in message and "Traceback" not in message
    assert w.ui.tariffEdit.text() == str(tariffs)
    assert not (tmp_path / "samling.sqlite3").exists()
    qtbot.mouseClick(w.ui.tariffClearButton, LEFT)
    assert w.ui.tariffEdit.text() == "" and w.tariff_path() is None
    assert not w.ui.tariffClearButton.isEnabled()

    # A summary that is no workbook is refused before anything runs.
    type_into(w.ui.summaryEdit, str(tmp_path / "sammendrag.txt"))
    qtbot.mouseClick(w.ui.runButton, LEFT)
    assert not w.running
    assert w.ui.messageLabel.text() == "Sammendraget må være en .xlsx-fil, ikke sammendrag.txt."


def test_open_summary_hands_the_workbook_to_the_desktop(
    qtbot: QtBot,
    window: WorkbenchWindow,
    corpus: SmallCorpus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    w = window
    add_folder(qtbot, w, corpus.root / "b-erg02", monkeypatch)
    type_into(w.ui.collectionEdit, str(tmp_path / "samling.sqlite3"))
    type_into(w.ui.summaryEdit, str(tmp_path / "ut" / "rapport.xlsx"))
    qtbot.mouseClick(w.ui.runButton, LEFT)
    assert w.ui.messageLabel.text() == f"Mappen {tmp_path / 'ut'} for sammendraget finnes ikke."
    (tmp_path / "ut").mkdir()
    run_to_end(qtbot, w)
    # No pilot file among these inputs: both months are accepted, and the Mangler tab says
    # what it needs.
    assert w.ui.countsLabel.text() == "2 filer i samlingen: 2 godtatt"
    assert "pilotfilen" in w.ui.missingLabel.text()
    assert w.ui.openSummaryButton.isEnabled()
    qtbot.mouseClick(w.ui.openSummaryButton, LEFT)
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "ut" / "rapport.xlsx"))]


def test_inputs_can_be_added_and_removed(
    qtbot: QtBot, window: WorkbenchWindow, corpus: SmallCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    files = [corpus.files["b-erg02/januar"], corpus.files["z-diverse/søppel.xlsx"]]
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *_a, **_k: ([str(f) for f in files], "")),
    )
    qtbot.mouseClick(w.ui.addFilesButton, LEFT)
    qtbot.mouseClick(w.ui.addFilesButton, LEFT)  # the same files twice are listed once
    assert w.inputs() == files
    assert not w.ui.removeInputButton.isEnabled()
    w.ui.inputList.setCurrentRow(0)
    qtbot.mouseClick(w.ui.removeInputButton, LEFT)
    assert w.inputs() == files[1:]
    w.ui.inputList.setCurrentRow(0)
    w.ui.inputList.setFocus()
    QTest.keyClick(w.ui.inputList, Qt.Key.Key_Delete)
    assert w.inputs() == []


def test_open_workbench_reuses_the_window_of_its_parent(qtbot: QtBot) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    first = open_workbench(parent)
    assert first.isVisible() and first.isWindow() and first is not parent
    first.close()
    again = open_workbench(parent)
    assert again is first and again.isVisible()
    again.close()
    QApplication.processEvents()


def test_no_file_count_before_a_run(qtbot: QtBot) -> None:
    """The bar said «0 av 100 filer» before any file was chosen (issue 17, item 5)."""
    parent = QMainWindow()
    qtbot.addWidget(parent)
    w = open_workbench(parent)
    assert w.ui.progressBar.text() == ""
    assert "100" not in w.ui.progressBar.text()
    w.close()
    QApplication.processEvents()
