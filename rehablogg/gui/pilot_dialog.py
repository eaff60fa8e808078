"""The Bli med i pilot window: open the pilot lead's file, pick your code from the roster, join.

Nothing secret is shown: when pseudonyms are linked the window says a key is there, never the
key itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from rehablogg.application.errors import StorageError
from rehablogg.application.logbook import Logbook
from rehablogg.application.settings_book import Change
from rehablogg.core.catalogue import SHIPPED_VERSIONS, Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.pilot import Pilot, PilotError, RosterEntry, check_joinable, load_pilot
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_pilot_dialog import Ui_PilotDialog
from rehablogg.gui.language import number, translated
from rehablogg.gui.table_model import ColumnTableModel, Index

COLUMNS = (
    QT_TRANSLATE_NOOP("RosterModel", "Terapeutkode"),
    QT_TRANSLATE_NOOP("RosterModel", "Kommunenr"),
    QT_TRANSLATE_NOOP("RosterModel", "Enhet"),
    QT_TRANSLATE_NOOP("RosterModel", "Profesjon"),
    QT_TRANSLATE_NOOP("RosterModel", "Måneder"),
)


class RosterModel(ColumnTableModel):
    columns = COLUMNS
    context = "RosterModel"

    def set_roster(self, roster: tuple[RosterEntry, ...]) -> None:
        self.beginResetModel()
        self.rows = list(roster)
        self.endResetModel()

    def entry(self, row: int) -> RosterEntry:
        entry: RosterEntry = self.rows[row]
        return entry

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        r: RosterEntry = self.rows[index.row()]
        values = (
            r.therapist,
            r.municipality,
            r.unit,
            r.profession,
            f"{r.first_month}–{r.last_month}",
        )
        return values[index.column()]


class PilotDialog(QDialog):
    def __init__(
        self, logbook: Logbook, parent: QWidget | None = None, *, catalogue: Catalogue | None = None
    ) -> None:
        super().__init__(parent)
        self.logbook = logbook
        self.catalogue = catalogue or logbook.catalogue
        self.pilot: Pilot | None = None
        self.changes: list[Change] = []
        self._loaded = ""
        self.ui = Ui_PilotDialog()
        self.ui.setupUi(self)
        localise_buttons(self)
        self.join_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.join_button.setText(self.tr("&Bli med"))
        self.join_button.setEnabled(False)
        self.model = RosterModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        table = self.ui.rosterTable
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.pathEdit.returnPressed.connect(self.load_path)
        self.ui.pathEdit.editingFinished.connect(self.load_path)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.searchEdit.textChanged.connect(self._filter)
        self.ui.searchEdit.returnPressed.connect(self._focus_first)
        table.selectionModel().selectionChanged.connect(self._update_button)
        table.doubleClicked.connect(lambda _index: self.join())
        self.ui.buttonBox.accepted.connect(self.join)
        self.ui.buttonBox.rejected.connect(self.reject)

    # -- the file ---------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Åpne pilotfil"),
            self.ui.pathEdit.text(),
            self.tr("Pilotfiler (*.toml);;Alle filer (*)"),
        )
        if path:
            self.ui.pathEdit.setText(path)
            self.load_path()

    def load_path(self) -> None:
        text = self.ui.pathEdit.text().strip()
        if not text or (self.pilot is not None and text == self._loaded):
            return
        self._loaded = text
        self.load(Path(text).expanduser())

    def load(self, path: Path) -> None:
        self.pilot = None
        self.model.set_roster(())
        self._update_button()
        if not path.is_file():
            self._message(self.tr("Finner ikke pilotfilen {path}.").format(path=path))
            self.ui.pilotLabel.setText(self.tr("Ingen pilotfil er åpnet."))
            return
        try:
            pilot = load_pilot(path)
        except PilotError as exc:
            self._message(translated(exc))
            self.ui.pilotLabel.setText(self.tr("Ingen pilotfil er åpnet."))
            return
        self.pilot = pilot
        linked = (
            self.tr("koblede pseudonymer (nøkkel: finnes)")
            if pilot.linked_pseudonyms
            else self.tr("pseudonymene er ikke koblet")
        )
        self.ui.pilotLabel.setText(
            self.tr(
                "{name} ({id}) – kodeverk {catalogue} versjon {version}, terapeuter: {count}, "
                "{linked}."
            ).format(
                name=pilot.name,
                id=pilot.id,
                catalogue=pilot.catalogue_id,
                version=pilot.catalogue_version,
                count=number(len(pilot.roster)),
                linked=linked,
            )
        )
        self.model.set_roster(pilot.roster)
        self._message(self.tr("Velg din terapeutkode i listen."))
        self.ui.searchEdit.setFocus()

    # -- the roster -------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() == 1:
            self.ui.rosterTable.selectRow(0)
        self._update_button()

    def _focus_first(self) -> None:
        if self.proxy.rowCount():
            if not self.ui.rosterTable.selectionModel().hasSelection():
                self.ui.rosterTable.selectRow(0)
            self.ui.rosterTable.setFocus()

    def selected(self) -> RosterEntry | None:
        rows = self.ui.rosterTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row())

    def select_code(self, code: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == code:
                self.ui.rosterTable.selectRow(row)
                return True
        return False

    def _update_button(self, *_: object) -> None:
        self.join_button.setEnabled(self.pilot is not None and self.selected() is not None)

    # -- joining ----------------------------------------------------------------------------
    def join(self) -> None:
        entry = self.selected()
        if self.pilot is None or entry is None:
            self._message(self.tr("Åpne en pilotfil og velg din terapeutkode først."))
            return
        try:
            # The logbook takes the pilot's version when this rehablogg ships it.
            entry = check_joinable(self.pilot, entry.therapist, self.catalogue.id, SHIPPED_VERSIONS)
            self.changes = self.logbook.settings.join_pilot(self.pilot, entry)
        except (PilotError, StorageError) as exc:
            self._message(translated(exc))
            return
        self.accept()

    def _message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
