"""Fil → Les kvittering (docs/receipts.md) driven through the real widgets offscreen: the
months shown as godkjent and returnert with the reason, a receipt that is not the therapist's
refused in one sentence in the window, the returned month handed in again from there as a
correction, and the month's heading saying what the receipt said."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from rehablogg.application.logbook import Logbook
from rehablogg.gui.export_dialog import ExportDialog
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.receipt_dialog import ReceiptDialog
from rehablogg.storage.database import open_database_file
from tests.aggregate.receipt_inbox import RETURN_REASON, Receipts, make_receipts

TODAY = date(2025, 4, 10)
LEFT = Qt.MouseButton.LeftButton
SHOTS = Path(__file__).resolve().parent.parent.parent / "build" / "screenshots"


@pytest.fixture(scope="module")
def receipts(tmp_path_factory: pytest.TempPathFactory) -> Receipts:
    return make_receipts(tmp_path_factory.mktemp("kvittering-gui"))


@pytest.fixture
def window(qtbot: QtBot, receipts: Receipts, tmp_path: Path) -> Iterator[MainWindow]:
    copy = tmp_path / "rehablogg.sqlite3"
    shutil.copyfile(receipts.inbox.fys01_db, copy)
    db = open_database_file(copy)
    w = MainWindow(Logbook(db, today=lambda: TODAY))
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    db.close()


def _file(tmp_path: Path, data: bytes, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def when_dialog(kind: type[QDialog], action: Callable[[QDialog], None]) -> list[bool]:
    """Run ``action`` once a modal dialog of ``kind`` is the active one (a dialog opened from
    another dialog: the outer one is modal too, so the first modal one will not do)."""
    done: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        done.append(True)
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, look)
    return done


def _rows(dialog: ReceiptDialog) -> list[tuple[str, str, str]]:
    t = dialog.table
    return [
        tuple(t.item(r, c).text() for c in range(3))  # type: ignore[misc, union-attr]
        for r in range(t.rowCount())
    ]


def test_menu_reads_the_receipt_and_a_returned_month_is_handed_in_again(
    qtbot: QtBot,
    window: MainWindow,
    receipts: Receipts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = window
    menu = w.ui.menuFile.actions()
    assert menu[menu.index(w.ui.actionExport) + 1] is w.receipt_action
    assert w.receipt_action.text() == "&Les kvittering …"
    path = _file(tmp_path, receipts.returned, "kvittering.json")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    out = tmp_path / "ut"
    out.mkdir()
    seen: dict[str, object] = {}

    def in_export(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        ui = dialog.ui
        seen["span"] = dialog.span()
        seen["receipt"] = dialog.receiptLabel.text()
        seen["submit"] = ui.submitCheck.isChecked()
        seen["button"] = ui.exportButton.text()
        seen["file"] = dialog.file_name()
        dialog.grab().save(str(SHOTS / "export-dialog-returned.png"))
        ui.folderEdit.setText(str(out))
        qtbot.mouseClick(ui.exportButton, LEFT)
        seen["result"] = ui.messageLabel.text()

    def in_receipts(dialog: QDialog) -> None:
        assert isinstance(dialog, ReceiptDialog)
        seen["rows"] = _rows(dialog)
        seen["message"] = dialog.messageLabel.text()
        seen["selected"] = dialog.selected_month()
        seen["again"] = dialog.againButton.isEnabled()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "receipt-dialog.png"))
        # Another therapist's receipt: one sentence in the window, the list as it was.
        dialog.read(_file(tmp_path, receipts.other, "annen.json"))
        seen["refused"] = dialog.messageLabel.text()
        seen["tone"] = dialog.messageLabel.property("tone")
        seen["rows after refusal"] = _rows(dialog)
        dialog.select_month("2025-03")
        seen["export"] = when_dialog(ExportDialog, in_export)
        qtbot.mouseClick(dialog.againButton, LEFT)
        seen["rows after"] = _rows(dialog)
        seen["again after"] = dialog.againButton.isEnabled()

    answered = when_dialog(ReceiptDialog, in_receipts)
    w.receipt_action.trigger()
    assert answered and seen["export"]
    march_row = ("03.2025", "returnert", RETURN_REASON)
    assert seen["rows"] == [march_row, ("02.2025", "godkjent", "")]
    assert seen["message"] == "Kvitteringen skrevet 03.04.2025 er lest inn: 2 måneder, 1 returnert."
    assert seen["selected"] == "2025-03" and seen["again"] is True
    assert seen["refused"] == (
        "Kvitteringen gjelder terapeut ERG02, men denne loggboken er FYS01; les inn "
        "kvitteringen med din egen terapeutkode."
    )
    assert seen["tone"] == "error"
    assert seen["rows after refusal"] == seen["rows"]
    # The export dialog opened on March, said why, and handed it in as correction nr. 2.
    assert seen["span"] == (date(2025, 3, 1), date(2025, 3, 31))
    assert RETURN_REASON in str(seen["receipt"]) and "returnert av pilotlederen" in str(
        seen["receipt"]
    )
    assert seen["submit"] is True and seen["button"] == "Lever &inn"
    assert str(seen["file"]).endswith("_2025-03_korr2.xlsx")
    assert str(seen["result"]).startswith("Levert som korreksjon nr. 2:")
    assert (seen["rows after"], seen["again after"]) == (
        [
            ("03.2025", "levert på nytt, venter på kvittering", ""),
            ("02.2025", "godkjent", ""),
        ],
        False,
    )
    assert len(list(out.glob("*_korr2.xlsx"))) == 1


def test_the_months_heading_says_what_the_receipt_said(
    window: MainWindow, receipts: Receipts, tmp_path: Path
) -> None:
    w = window
    w.logbook.receipts.read(_file(tmp_path, receipts.returned, "kvittering.json"))
    w.go_to(date(2025, 3, 17))
    assert w.ui.headingLabel.text().endswith("03.2025 levert · returnert")
    assert RETURN_REASON in w.ui.headingLabel.toolTip()
    w.go_to(date(2025, 2, 17))
    assert w.ui.headingLabel.text().endswith("02.2025 levert · godkjent")
    w.go_to(date(2025, 1, 17))
    assert w.ui.headingLabel.text().endswith("01.2025 åpen")
    assert w.ui.headingLabel.toolTip() == ""
