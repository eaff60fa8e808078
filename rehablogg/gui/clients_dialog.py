"""The client register: search, add, edit, close or reopen, erase, and open a client's page."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from rehablogg.application.clients_book import (
    ERASE_WAIT_SECONDS,
    ClientFieldError,
    PseudonymTakenError,
    RegisterRow,
)
from rehablogg.application.errors import IdentityNumberError, StorageError
from rehablogg.application.logbook import Logbook
from rehablogg.application.pathway_book import Reminder
from rehablogg.core.agegroups import age_group
from rehablogg.core.care_pathway import ARRANGEMENTS, OWN_ARRANGEMENT
from rehablogg.core.free_text import LABEL, identity_number_refusal
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.municipalities import municipalities
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_client_edit_dialog import Ui_ClientEditDialog
from rehablogg.gui.forms.ui_clients_dialog import Ui_ClientsDialog
from rehablogg.gui.language import number, translated
from rehablogg.gui.municipality_model import (
    MunicipalityListModel,
    municipality_text,
    resolve_municipality,
)
from rehablogg.gui.palette_colours import muted_text
from rehablogg.gui.pathway_labels import arrangement_label
from rehablogg.gui.reminder_text import by_client, reminder_sentence, turning_text
from rehablogg.gui.table_model import ColumnTableModel, Index

SERVICES = (
    ("habilitering", QT_TRANSLATE_NOOP("ClientsModel", "Habilitering")),
    ("rehabilitering", QT_TRANSLATE_NOOP("ClientsModel", "Rehabilitering")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("ClientsModel", "Navn"),
    QT_TRANSLATE_NOOP("ClientsModel", "Pseudonym"),
    QT_TRANSLATE_NOOP("ClientsModel", "Født"),
    QT_TRANSLATE_NOOP("ClientsModel", "Aldersgruppe"),
    QT_TRANSLATE_NOOP("ClientsModel", "Tjeneste"),
    QT_TRANSLATE_NOOP("ClientsModel", "IP"),
    QT_TRANSLATE_NOOP("ClientsModel", "Koordinator"),
    QT_TRANSLATE_NOOP("ClientsModel", "Barnekoord."),
    QT_TRANSLATE_NOOP("ClientsModel", "Jeg er koord."),
    QT_TRANSLATE_NOOP("ClientsModel", "Registreringer"),
    QT_TRANSLATE_NOOP("ClientsModel", "Status"),
    QT_TRANSLATE_NOOP("ClientsModel", "Påminnelse"),
)
REMINDER_COLUMN = len(COLUMNS) - 1
ClientIdRole = Qt.ItemDataRole.UserRole + 1


def _yes(flag: object) -> str:
    return QCoreApplication.translate("ClientsModel", "ja") if flag else ""


def service_name(key: str) -> str:
    names = dict(SERVICES)
    return QCoreApplication.translate("ClientsModel", names[key]) if key in names else key


class ClientsModel(ColumnTableModel):
    columns = COLUMNS
    context = "ClientsModel"

    def __init__(self, logbook: Logbook) -> None:
        super().__init__()
        self.logbook = logbook
        self.rows: list[RegisterRow] = []
        self.search = ""
        self.include_closed = False
        self.reminders: dict[int, list[Reminder]] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.logbook.clients.register(self.search, include_closed=self.include_closed)
        self.reminders = by_client(self.logbook.pathway.reminders(self.logbook.today()))
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == ClientIdRole:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return QBrush(muted_text(QGuiApplication.palette()))
        reminders = self.reminders.get(r.id, [])
        if role == Qt.ItemDataRole.ToolTipRole and reminders:
            return reminder_sentence(r.label or r.pseudonym, reminders)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        status = (
            self.tr("slettet")
            if r.erased_at
            else self.tr("aktiv")
            if r.active
            else self.tr("avsluttet")
        )
        values = (
            r.label or self.tr("(navn slettet)"),
            r.pseudonym,
            r.birth_year or "",
            age_group(date.today().year, r.birth_year),
            service_name(r.service),
            _yes(r.has_ip),
            _yes(r.has_coordinator),
            _yes(r.has_child_coordinator),
            _yes(r.therapist_is_coordinator),
            number(r.n),
            status,
            turning_text(reminders) if reminders else "",
        )
        return str(values[index.column()])

    def client_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None


class ClientEditDialog(QDialog):
    """Add a client (``client_id`` None) or change one."""

    def __init__(
        self, logbook: Logbook, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.client_id = client_id
        self.ui = Ui_ClientEditDialog()
        self.ui.setupUi(self)
        localise_buttons(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for key, label in SERVICES:
            self.ui.serviceCombo.addItem(QCoreApplication.translate("ClientsModel", label), key)
        for key in ARRANGEMENTS:
            self.ui.arrangementCombo.addItem(arrangement_label(key), key)
        self.municipality_model = MunicipalityListModel()
        completer = QCompleter(self.municipality_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(8)
        popup = completer.popup()
        assert popup is not None  # made with the completer, so always there
        popup.setAccessibleName(self.tr("Kommuneforslag"))
        self.ui.homeEdit.setCompleter(completer)
        self.completer = completer
        self.ui.homeEdit.textEdited.connect(lambda _t: self.ui.homeError.setVisible(False))
        completer.activated[str].connect(  # type: ignore[index]  # the text overload
            self._home_picked
        )
        # After the completer's own filter, so this one sees Tab in the open suggestion list
        # (which would swallow it) and the field losing focus while the list is open.
        popup.installEventFilter(self)
        self.ui.homeEdit.installEventFilter(self)
        self.ui.birthYearSpin.setMaximum(date.today().year)
        self.ui.birthYearSpin.setValue(self.ui.birthYearSpin.minimum())  # "ukjent"
        self.pilot_key: bytes | None = None
        self.numberEdit: QLineEdit | None = None
        if client_id is not None:
            self._load(client_id)
        else:
            self.setWindowTitle(self.tr("Ny bruker"))
            self.ui.pseudonymValue.setText(self.tr("lages når brukeren lagres"))
            self._add_number_field()

    def _add_number_field(self) -> None:
        """With a pilot whose pseudonyms are linked, the identity number gives the pseudonym
        every therapist in the pilot derives for this person. The number is only hashed with
        the pilot key here; it is never stored."""
        self.pilot_key = self.logbook.clients.pilot_key()
        if self.pilot_key is None:
            return
        label = QLabel(self.tr("&Fødselsnummer:"), self)
        self.numberEdit = QLineEdit(self)
        self.numberEdit.setObjectName("numberEdit")
        self.numberEdit.setAccessibleName(self.tr("Fødselsnummer eller D-nummer"))
        self.numberEdit.setPlaceholderText(self.tr("11 sifre; lagres ikke"))
        label.setBuddy(self.numberEdit)
        self.numberHint = QLabel(
            self.tr(
                "Piloten kobler pseudonymer: nummeret gir samme pseudonym hos alle terapeutene i "
                "piloten. Nummeret lagres ikke. Uten nummer får brukeren et pseudonym som ikke "
                "kobles."
            ),
            self,
        )
        self.numberHint.setWordWrap(True)
        self.numberHint.setProperty("tone", "muted")
        self.numberError = QLabel(self)
        self.numberError.setObjectName("numberError")
        self.numberError.setWordWrap(True)
        self.numberError.setProperty("tone", "error")
        self.numberError.setVisible(False)
        # Right under the name, before the birth year the number would otherwise repeat.
        self.ui.fields.insertRow(1, label, self.numberEdit)
        self.ui.fields.insertRow(2, "", self.numberHint)
        self.ui.fields.insertRow(3, "", self.numberError)
        QWidget.setTabOrder(self.ui.labelEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.ui.birthYearSpin)
        self.adjustSize()

    def _linked_pseudonym(self) -> str | None:
        """The pseudonym from the number typed, None without one; raises ValueError with the
        sentence to show for a number that is not valid."""
        if self.numberEdit is None or self.pilot_key is None:
            return None
        number = self.numberEdit.text().strip()
        if not number:
            return None
        return self.logbook.clients.linked_pseudonym(number, self.pilot_key)

    def _load(self, client_id: int) -> None:
        client = self.logbook.clients.get(client_id)
        if client is None:
            return
        ui = self.ui
        self.setWindowTitle(self.tr("Rediger bruker"))
        ui.labelEdit.setText(client.label or "")
        if client.birth_year:
            ui.birthYearSpin.setValue(client.birth_year)
        ui.serviceCombo.setCurrentIndex(max(0, ui.serviceCombo.findData(client.service)))
        home = municipalities().get(client.home_municipality)
        ui.homeEdit.setText(municipality_text(home) if home else client.home_municipality)
        ui.arrangementCombo.setCurrentIndex(
            max(0, ui.arrangementCombo.findData(client.arrangement))
        )
        ui.pseudonymValue.setText(client.pseudonym)
        ui.ipCheck.setChecked(client.has_ip)
        ui.coordinatorCheck.setChecked(client.has_coordinator)
        ui.childCoordinatorCheck.setChecked(client.has_child_coordinator)
        ui.meCoordinatorCheck.setChecked(client.therapist_is_coordinator)
        if client.erased_at:  # the name was erased for good; it cannot come back here
            ui.labelEdit.setEnabled(False)
            ui.labelEdit.setPlaceholderText(self.tr("navnet er slettet"))

    def fields(self) -> dict[str, Any]:
        ui = self.ui
        year = ui.birthYearSpin.value()
        return {
            "birth_year": None if year == ui.birthYearSpin.minimum() else year,
            "service": ui.serviceCombo.currentData(),
            "has_ip": ui.ipCheck.isChecked(),
            "has_coordinator": ui.coordinatorCheck.isChecked(),
            "has_child_coordinator": ui.childCoordinatorCheck.isChecked(),
            "therapist_is_coordinator": ui.meCoordinatorCheck.isChecked(),
            "home_municipality": self._home_municipality(),
            "arrangement": ui.arrangementCombo.currentData() or OWN_ARRANGEMENT,
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        popup = self.completer.popup()
        assert popup is not None
        if (
            watched is popup
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self.ui.homeEdit.setText(str(index.data()))
            self._home_done()
            forward = event.key() == Qt.Key.Key_Tab
            # The neighbours in the form's tab order (ui/client_edit_dialog.ui).
            target = self.ui.arrangementCombo if forward else self.ui.serviceCombo
            target.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return True
        if (
            watched is self.ui.homeEdit
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            popup.hide()
            self._home_done()
        return super().eventFilter(watched, event)

    def _home_picked(self, text: str) -> None:
        self.ui.homeEdit.setText(text)
        self._home_done()

    def _home_done(self) -> None:
        """On leaving the field: the municipality as ``0301 Oslo``, or why the text is none."""
        if not self.ui.homeEdit.text().strip():
            return
        try:
            found = resolve_municipality(self.ui.homeEdit.text())
        except ValueError as exc:  # said now; the text stays for the user to correct
            self.ui.homeError.setText(translated(exc))
            self.ui.homeError.setVisible(True)
            return
        self.ui.homeError.setVisible(False)
        self.ui.homeEdit.setText(municipality_text(found))

    def _home_municipality(self) -> str:
        """The kommunenr typed or picked ('' = the therapist's own); ValueError with the
        sentence to show when the text names no one municipality."""
        typed = self.ui.homeEdit.text()
        return resolve_municipality(typed).number if typed.strip() else ""

    def _label_problem(self, message: str) -> None:
        """The sentence under the name; the name stays as typed."""
        self.ui.labelError.setText(message)
        self.ui.labelError.setVisible(True)
        self.ui.labelEdit.setFocus()
        self.adjustSize()

    def accept(self) -> None:
        label = self.ui.labelEdit.text().strip()
        if self.ui.labelEdit.isEnabled() and not label:
            self._label_problem(
                self.tr("Skriv et navn eller kallenavn du kjenner brukeren igjen på.")
            )
            return
        refusal = identity_number_refusal(LABEL, label) if self.ui.labelEdit.isEnabled() else None
        if refusal is not None:
            self._label_problem(translated(refusal))
            return
        self.ui.labelError.setVisible(False)
        try:
            self._home_municipality()
        except ValueError as exc:  # the text stays as typed, with why under it
            self._home_problem(translated(exc))
            return
        self.ui.homeError.setVisible(False)
        try:
            self._save(label)
        except IdentityNumberError as exc:  # storage's own check; the GUI's should come first
            self._label_problem(translated(exc))
            return
        except (ValueError, PseudonymTakenError) as exc:
            assert self.numberEdit is not None
            self.numberError.setText(translated(exc))
            self.numberError.setVisible(True)
            self.numberEdit.setFocus()
            self.adjustSize()  # room for the sentence; nothing below it is cut off
            return
        except ClientFieldError as exc:  # the register's own check of the new fields
            self._home_problem(translated(exc))
            return
        except StorageError as exc:  # not written (the file gone, the disk full …)
            self._label_problem(translated(exc))
            return
        super().accept()

    def _home_problem(self, message: str) -> None:
        """The sentence under the municipality; what was typed stays."""
        self.ui.homeError.setText(message)
        self.ui.homeError.setVisible(True)
        self.ui.homeEdit.setFocus()
        self.adjustSize()

    def _save(self, label: str) -> None:
        if self.client_id is None:
            pseudonym = self._linked_pseudonym()
            self.client_id = self.logbook.clients.add(label, pseudonym=pseudonym, **self.fields())
        else:
            changes = self.fields()
            if self.ui.labelEdit.isEnabled():
                changes["label"] = label
            self.logbook.clients.change(self.client_id, **changes)


class ClientsDialog(QDialog):
    # How long an erase waits for another program's read to finish before it says so.
    erase_wait = ERASE_WAIT_SECONDS

    def __init__(self, logbook: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.ui = Ui_ClientsDialog()
        self.ui.setupUi(self)
        localise_buttons(self)
        self.model = ClientsModel(logbook)
        table = self.ui.clientsTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.searchEdit.textChanged.connect(self._search)
        self.ui.showClosedCheck.toggled.connect(self._show_closed)
        self.ui.newButton.clicked.connect(self.new_client)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.pageButton.clicked.connect(self.open_page)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.eraseButton.clicked.connect(self.erase_selected)
        self.ui.buttonBox.rejected.connect(self.reject)
        table.activated.connect(lambda _i: self.open_page())
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_client)
        QShortcut(QKeySequence("F2"), self, self.edit_selected)
        self.changed = False
        self.erased = False  # the window's undo steps may hold an erased client's notes
        # An earlier erase that a reader kept from clearing the WAL is finished now if it can;
        # with the file gone it cannot, and the first change made here says so.
        with contextlib.suppress(StorageError):
            logbook.clients.finish_pending_erase(wait_seconds=0)
        self.model.reload()
        self._select_row(0)

    def _search(self, text: str) -> None:
        self.model.search = text
        self.model.reload()
        self._select_row(0)

    def _show_closed(self, on: bool) -> None:
        self.model.include_closed = on
        self.model.reload()

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() > row:
            self.ui.clientsTable.selectRow(row)

    def selected_id(self) -> int | None:
        index = self.ui.clientsTable.currentIndex()
        return self.model.client_id(index.row()) if index.isValid() else None

    def selected_row(self) -> RegisterRow | None:
        """The selected client as the register shows it (no read: the file may be gone)."""
        index = self.ui.clientsTable.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and 0 <= index.row() < len(rows) else None

    def new_client(self) -> None:
        dialog = ClientEditDialog(self.logbook, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def edit_selected(self) -> None:
        client_id = self.selected_id()
        if client_id is not None and ClientEditDialog(self.logbook, client_id, self).exec():
            self._changed()

    def open_page(self) -> None:
        from rehablogg.gui.client_page import ClientPage

        client_id = self.selected_id()
        if client_id is not None:
            page = ClientPage(self.logbook, client_id, self)
            page.exec()
            if page.changed:  # an episode or needs assessment may end a reminder
                self._changed()

    def toggle_active(self) -> None:
        client = self.selected_row()
        if client is None or client.erased_at:
            return
        try:
            self.logbook.clients.set_active(client.id, not client.active)
        except StorageError as exc:
            self._refused(exc)
            return
        self._changed()

    def erase_selected(self) -> None:
        client = self.selected_row()
        if client is None or client.erased_at:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Slett navn og notater"),
            erase_question(client.label or "", client.pseudonym),
            parent=self,
        )
        erase = box.addButton(self.tr("Slett for godt"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        box.exec()
        if box.clickedButton() is not erase:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:  # waits up to a few seconds for another program's read to finish
                outcome = self.logbook.clients.erase(client.id, wait_seconds=self.erase_wait)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except StorageError as exc:
            self._refused(exc)
            return
        self.erased = True
        self._changed()
        if not outcome.files_clean:
            self._erase_pending()

    def _erase_pending(self) -> None:
        """A reader blocked the checkpoint: say what that means and offer to try again."""
        while True:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Slett navn og notater"),
                self.tr(
                    "Navnet og notatene er slettet, men et annet program leser databasen akkurat "
                    "nå, så gamle kopier ligger fortsatt i databasens loggfil (-wal); lukk det "
                    "andre programmet og trykk Prøv igjen, ellers fjernes de neste gang "
                    "brukerregisteret åpnes."
                ),
                parent=self,
            )
            retry = box.addButton(self.tr("Prøv igjen"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Senere"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not retry:
                return
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                done = self.logbook.clients.finish_pending_erase(wait_seconds=self.erase_wait)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if done:
                return

    def _refused(self, exc: StorageError) -> None:
        """A change the database did not take: its one sentence, nothing else changed."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.windowTitle(), translated(exc), parent=self
        )
        localise_buttons(box)
        box.exec()

    def _changed(self) -> None:
        self.changed = True
        self.model.reload()


def erase_question(label: str, pseudonym: str) -> str:
    return QCoreApplication.translate(
        "ClientsDialog",
        "Navnet «{label}» og alle notater på brukerens registreringer (også gruppetimer) slettes "
        "for godt: fra registreringene, fra endringsloggen (notater og begrunnelser), der navnet "
        "står i andre notater, og fra selve databasefilen, loggfilen og de ledige sidene. "
        "Registreringene, minuttene, fødselsåret og pseudonymet {pseudonym} blir stående, så "
        "tallene fortsatt stemmer. Sikkerhetskopier tatt før slettingen har fortsatt navnet til "
        "de roteres bort (innen et år), og det samme gjelder kopier du har tatt selv.",
    ).format(label=label, pseudonym=pseudonym)
