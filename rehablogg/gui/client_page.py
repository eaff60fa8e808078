"""One client's page: time per month and category and their entries; their episodes of care
(forløp) with waiting time and pauses; needs ahead for children and young people; and a
reminder when a transition (turning 6, 16 or 18) comes with nothing recorded for it."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableView, QWidget

from rehablogg.application.clients_book import ClientEntry, MonthFigures
from rehablogg.application.errors import StorageError
from rehablogg.application.logbook import Logbook
from rehablogg.application.pathway_book import EpisodeRecord
from rehablogg.core.agegroups import age_group
from rehablogg.core.care_pathway import NEED_KINDS, OWN_ARRANGEMENT, NeedsAssessment
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.municipalities import municipalities
from rehablogg.core.numbers import format_hours_minutes
from rehablogg.core.periods import format_date
from rehablogg.gui.buttons import click_at_once, localise_buttons
from rehablogg.gui.date_text import date_text
from rehablogg.gui.forms.ui_client_page import Ui_ClientPage
from rehablogg.gui.language import catalogue_text, number, translated
from rehablogg.gui.needs_dialog import NEEDS_AGE_LIMIT, offers_needs
from rehablogg.gui.pathway_labels import (
    arrangement_label,
    need_kind_label,
    need_level_label,
    pathway_label,
)
from rehablogg.gui.reminder_text import reminder_sentence
from rehablogg.gui.table_model import ColumnTableModel, Index

_C = "ClientPage"
MONTH_COLUMNS = (
    QT_TRANSLATE_NOOP("ClientPage", "Måned"),
    QT_TRANSLATE_NOOP("ClientPage", "Direkte"),
    QT_TRANSLATE_NOOP("ClientPage", "Indirekte"),
    QT_TRANSLATE_NOOP("ClientPage", "Annet"),
    QT_TRANSLATE_NOOP("ClientPage", "Sum"),
    QT_TRANSLATE_NOOP("ClientPage", "Registreringer"),
)
ENTRY_COLUMNS = (
    QT_TRANSLATE_NOOP("ClientPage", "Dato"),
    QT_TRANSLATE_NOOP("ClientPage", "Start"),
    QT_TRANSLATE_NOOP("ClientPage", "Min"),
    QT_TRANSLATE_NOOP("ClientPage", "Kode"),
    QT_TRANSLATE_NOOP("ClientPage", "Notat"),
)
EPISODE_COLUMNS = (
    QT_TRANSLATE_NOOP("ClientPage", "Henvist"),
    QT_TRANSLATE_NOOP("ClientPage", "Henvist fra"),
    QT_TRANSLATE_NOOP("ClientPage", "Oppstart"),
    QT_TRANSLATE_NOOP("ClientPage", "Slutt"),
    QT_TRANSLATE_NOOP("ClientPage", "Sluttårsak"),
    QT_TRANSLATE_NOOP("ClientPage", "Ventetid (dager)"),
    QT_TRANSLATE_NOOP("ClientPage", "Opphold"),
)
NEEDS_COLUMNS = (QT_TRANSLATE_NOOP("ClientPage", "Vurdert"),)
PAGE_SIZE = 200


class MonthTotalsModel(ColumnTableModel):
    columns = MONTH_COLUMNS
    context = _C

    def __init__(self, rows: list[MonthFigures]) -> None:
        super().__init__()
        self.rows: list[MonthFigures] = rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        year, mon = r.month.split("-")
        values = (
            f"{mon}.{year}",
            format_hours_minutes(r.direct),
            format_hours_minutes(r.indirect),
            format_hours_minutes(r.other),
            format_hours_minutes(r.total),
            number(r.entries),
        )
        return values[index.column()]


class ClientEntriesModel(ColumnTableModel):
    columns = ENTRY_COLUMNS
    context = _C

    """The client's entries, newest first, fetched a page at a time."""

    def __init__(self, logbook: Logbook, client_id: int, catalogue: Catalogue) -> None:
        super().__init__()
        self.logbook, self.client_id, self.catalogue = logbook, client_id, catalogue
        self.rows: list[ClientEntry] = []
        self._done = False
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._done:
            return
        page = self.logbook.clients.entries(self.client_id, limit=PAGE_SIZE, offset=len(self.rows))
        self._done = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows += page
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        code = self.catalogue.code(r.code)
        values = (
            format_date(date.fromisoformat(r.date)),
            r.start_time or "",
            number(r.minutes),
            f"{r.code} {catalogue_text(code.label)}" if code else r.code,
            r.note,
        )
        return values[index.column()]


class EpisodesModel(ColumnTableModel):
    """The client's episodes, the newest referral first."""

    columns = EPISODE_COLUMNS
    context = _C

    def __init__(self, rows: list[EpisodeRecord], catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.rows = sorted(rows, key=lambda r: r.episode.referral_date, reverse=True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        e = r.episode
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return (
                self.tr("Første direkte kontakt {day}").format(day=date_text(r.first_direct))
                if r.first_direct
                else self.tr("Ingen direkte kontakt er registrert i forløpet ennå.")
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        wait = (r.first_direct - e.referral_date).days if r.first_direct else None
        values = (
            date_text(e.referral_date),
            pathway_label(self.catalogue, "referral_sources", e.referral_source),
            date_text(e.start_date),
            date_text(e.end_date) or self.tr("pågår"),
            pathway_label(self.catalogue, "end_reasons", e.end_reason),
            number(wait) if wait is not None else "–",
            number(len(e.pauses)),
        )
        return values[index.column()]


class NeedsModel(ColumnTableModel):
    """The client's needs assessments, newest first (as the book gives them)."""

    columns = NEEDS_COLUMNS
    context = _C

    def __init__(self, rows: list[NeedsAssessment]) -> None:
        super().__init__()
        self.rows = rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(NEED_KINDS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Vurdert")
            if 0 < section <= len(NEED_KINDS):
                return need_kind_label(NEED_KINDS[section - 1])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        a = self.rows[index.row()]
        if index.column() == 0:
            return date_text(a.assessed_on)
        return need_level_label(a.level(NEED_KINDS[index.column() - 1]))


def _set_up_table(table: QTableView, model: ColumnTableModel) -> None:
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


class ClientPage(QDialog):
    def __init__(
        self,
        logbook: Logbook,
        client_id: int,
        parent: QWidget | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientPage()
        self.ui.setupUi(self)
        localise_buttons(self)
        catalogue = catalogue or logbook.catalogue
        client = logbook.clients.get(client_id)
        assert client is not None
        name = client.label or self.tr("(navn slettet)")
        self.setWindowTitle(self.tr("Brukerside – {name}").format(name=name))
        born = (
            self.tr("født {year} ({group})").format(
                year=client.birth_year, group=age_group(date.today().year, client.birth_year)
            )
            if client.birth_year
            else self.tr("fødselsår ukjent")
        )
        parts = [f"<b>{html.escape(name)}</b>", client.pseudonym, born, client.service]
        home = municipalities().get(client.home_municipality)
        if home is not None:  # '' is the therapist's own municipality: nothing to say
            parts.append(self.tr("bor i {municipality}").format(municipality=home.name))
        if client.arrangement != OWN_ARRANGEMENT:
            parts.append(arrangement_label(client.arrangement).lower())
        self.ui.titleLabel.setText(" · ".join(parts))
        self.logbook, self.client_id, self.catalogue = logbook, client_id, catalogue
        self.name = name
        self.birth_year = client.birth_year
        self.changed = False  # episodes or needs saved: the register's reminders may differ
        self.months = MonthTotalsModel(logbook.clients.month_figures(client_id, catalogue))
        self.entries = ClientEntriesModel(logbook, client_id, catalogue)
        for table, model in (
            (self.ui.monthsTable, self.months),
            (self.ui.entriesTable, self.entries),
        ):
            _set_up_table(table, model)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._set_up_pathway()

    # -- episodes and needs ------------------------------------------------------------------
    def _set_up_pathway(self) -> None:
        ui = self.ui
        self.episodes = EpisodesModel([], self.catalogue)
        self.needs = NeedsModel([])
        _set_up_table(ui.episodesTable, self.episodes)
        _set_up_table(ui.needsTable, self.needs)
        # The source and the end reason take the room the labels need; the short columns
        # (dates, days, pauses) stay as narrow as their contents.
        episodes_header = ui.episodesTable.horizontalHeader()
        episodes_header.setStretchLastSection(False)
        for column in (1, 4):
            episodes_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        needs_header = ui.needsTable.horizontalHeader()
        needs_header.setStretchLastSection(False)
        needs_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        needs_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # The dialogs open on Alt+letter at once, so the date typed next goes into them.
        click_at_once(
            ui.newEpisodeButton, ui.editEpisodeButton, ui.newNeedsButton, ui.editNeedsButton
        )
        ui.newEpisodeButton.clicked.connect(self.new_episode)
        ui.editEpisodeButton.clicked.connect(self.edit_episode)
        ui.deleteEpisodeButton.clicked.connect(self.delete_episode)
        ui.episodesTable.activated.connect(lambda _i: self.edit_episode())
        ui.newNeedsButton.clicked.connect(self.new_needs)
        ui.editNeedsButton.clicked.connect(self.edit_needs)
        ui.deleteNeedsButton.clicked.connect(self.delete_needs)
        ui.needsTable.activated.connect(lambda _i: self.edit_needs())
        rule = self.tr(
            "Behov fremover vurderes for barn og unge: brukere som fyller under {limit} år i år "
            "(regnet fra fødselsåret)."
        ).format(limit=NEEDS_AGE_LIMIT)
        offered = offers_needs(self.birth_year, self.logbook.today())
        for widget in (ui.needsLabel, ui.newNeedsButton, ui.needsTable):
            widget.setToolTip(rule)
        ui.newNeedsButton.setEnabled(offered)
        ui.needsRuleLabel.setText(rule)
        ui.needsRuleLabel.setVisible(not offered)
        self.reload_pathway()

    def reload_pathway(self) -> None:
        """The episodes, the needs and the reminder as stored now."""
        ui = self.ui
        pathway = self.logbook.pathway
        self.episodes.beginResetModel()
        self.episodes.rows = sorted(
            pathway.episodes(self.client_id, self.catalogue),
            key=lambda r: r.episode.referral_date,
            reverse=True,
        )
        self.episodes.endResetModel()
        self.needs.beginResetModel()
        self.needs.rows = pathway.needs(self.client_id)
        self.needs.endResetModel()
        for table, model in ((ui.episodesTable, self.episodes), (ui.needsTable, self.needs)):
            if model.rowCount() and not table.currentIndex().isValid():
                table.selectRow(0)
        has_episode, has_needs = bool(self.episodes.rows), bool(self.needs.rows)
        ui.editEpisodeButton.setEnabled(has_episode)
        ui.deleteEpisodeButton.setEnabled(has_episode)
        ui.editNeedsButton.setEnabled(has_needs)
        ui.deleteNeedsButton.setEnabled(has_needs)
        # An adult with no assessment gets the rule instead of an empty table.
        needs_shown = has_needs or ui.newNeedsButton.isEnabled()
        ui.needsTable.setVisible(needs_shown)
        ui.needsLabel.setVisible(needs_shown)
        mine = pathway.reminders(self.logbook.today(), self.client_id)
        ui.reminderLabel.setVisible(bool(mine))
        ui.reminderLabel.setText(
            self.tr("<b>Påminnelse:</b> {sentence}").format(
                sentence=html.escape(reminder_sentence(self.name, mine))
            )
            if mine
            else ""
        )

    def _selected_episode(self) -> EpisodeRecord | None:
        index = self.ui.episodesTable.currentIndex()
        rows = self.episodes.rows
        return rows[index.row()] if index.isValid() and 0 <= index.row() < len(rows) else None

    def _selected_needs(self) -> NeedsAssessment | None:
        index = self.ui.needsTable.currentIndex()
        rows = self.needs.rows
        return rows[index.row()] if index.isValid() and 0 <= index.row() < len(rows) else None

    def new_episode(self) -> None:
        self._episode_dialog(None)

    def edit_episode(self) -> None:
        record = self._selected_episode()
        if record is not None:
            self._episode_dialog(record)

    def _episode_dialog(self, record: EpisodeRecord | None) -> None:
        from rehablogg.gui.episode_dialog import EpisodeDialog

        dialog = EpisodeDialog(self.logbook, self.client_id, record, self, self.catalogue)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(self.ui.episodesTable, self.episodes, dialog.episode_id)

    def _saved(self, table: QTableView, model: EpisodesModel, episode_id: str | None) -> None:
        self.changed = True
        self.reload_pathway()
        for row, record in enumerate(model.rows):
            if record.id == episode_id:
                table.selectRow(row)
        table.setFocus()

    def delete_episode(self) -> None:
        record = self._selected_episode()
        if record is None:
            return
        question = self.tr("Slette forløpet henvist {day}? Registreringene blir stående.").format(
            day=date_text(record.episode.referral_date)
        )
        if self._confirm(self.tr("Slett forløp"), question):
            self._write(lambda: self.logbook.pathway.delete_episode(record.id))

    def new_needs(self) -> None:
        self._needs_dialog(None)

    def edit_needs(self) -> None:
        assessment = self._selected_needs()
        if assessment is not None:
            self._needs_dialog(assessment)

    def _needs_dialog(self, assessment: NeedsAssessment | None) -> None:
        from rehablogg.gui.needs_dialog import NeedsDialog

        if NeedsDialog(self.logbook, self.client_id, assessment, self).exec():
            self.changed = True
            self.reload_pathway()
            self.ui.needsTable.selectRow(0)
            self.ui.needsTable.setFocus()

    def delete_needs(self) -> None:
        assessment = self._selected_needs()
        if assessment is None:
            return
        question = self.tr("Slette behovsvurderingen fra {day}?").format(
            day=date_text(assessment.assessed_on)
        )
        if self._confirm(self.tr("Slett behovsvurdering"), question):
            self._write(
                lambda: self.logbook.pathway.delete_needs(self.client_id, assessment.assessed_on)
            )

    def _confirm(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        yes = box.addButton(self.tr("Slett"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps it; deleting takes a deliberate choice
        box.exec()
        return box.clickedButton() is yes

    def _write(self, write: Any) -> None:
        try:
            write()
        except StorageError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.windowTitle(), translated(exc), parent=self
            )
            localise_buttons(box)
            box.exec()
            return
        self.changed = True
        self.reload_pathway()
