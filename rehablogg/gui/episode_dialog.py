"""One episode of care (forløp): referral, source, start, end and why it ended, and its pauses.

Keyboard first: the fields in reading order, Alt+letter to each, Enter saves and Esc cancels;
"Legg til opphold" adds a pause row and puts the cursor in its first field. A refused episode
gets one sentence above the buttons, the cursor goes to the field it is about, and everything
typed stays as it was.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from rehablogg.application.errors import StorageError
from rehablogg.application.logbook import Logbook
from rehablogg.application.pathway_book import EpisodeRecord, PathwayProblem
from rehablogg.core import care_pathway as cp
from rehablogg.core.care_pathway import Episode, Pause, episode_problem
from rehablogg.core.catalogue import Catalogue
from rehablogg.gui.buttons import click_at_once, localise_buttons
from rehablogg.gui.date_text import PLACEHOLDER, date_text, parse_typed_date
from rehablogg.gui.forms.ui_episode_dialog import Ui_EpisodeDialog
from rehablogg.gui.language import translated
from rehablogg.gui.pathway_labels import pathway_choices

EMPTY_CHOICE = "–"


class FieldError(ValueError):
    """What the user typed is not yet an episode: the sentence, and the field to go to."""

    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.field = field


@dataclass
class PauseRow:
    """The widgets of one pause in the pause table."""

    from_edit: QLineEdit
    to_edit: QLineEdit
    kind_combo: QComboBox
    remove_button: QPushButton

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.from_edit, self.to_edit, self.kind_combo, self.remove_button)

    def blank(self) -> bool:
        return not (
            self.from_edit.text().strip()
            or self.to_edit.text().strip()
            or self.kind_combo.currentData()
        )


def fill_choices(combo: QComboBox, choices: list[tuple[str, str]], empty: bool) -> None:
    if empty:
        combo.addItem(EMPTY_CHOICE, "")
    for key, label in choices:
        combo.addItem(label, key)


class EpisodeDialog(QDialog):
    """Add an episode for ``client_id`` (``record`` None) or change ``record``."""

    def __init__(
        self,
        logbook: Logbook,
        client_id: int,
        record: EpisodeRecord | None = None,
        parent: QWidget | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        self.logbook, self.client_id, self.record = logbook, client_id, record
        self.catalogue = catalogue or logbook.catalogue
        self.episode_id: str | None = record.id if record else None
        self.ui = Ui_EpisodeDialog()
        self.ui.setupUi(self)
        localise_buttons(self)
        ui = self.ui
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Lagre (Enter)"))
        ok.setAccessibleName(self.tr("Lagre forløpet"))
        ok.setDefault(True)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt (Esc)"))
        cancel.setAccessibleName(self.tr("Avbryt uten å lagre"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        fill_choices(ui.sourceCombo, pathway_choices(self.catalogue, "referral_sources"), True)
        fill_choices(ui.endReasonCombo, pathway_choices(self.catalogue, "end_reasons"), True)
        ui.addPauseButton.clicked.connect(self.add_pause)
        click_at_once(ui.addPauseButton)  # Alt+P, then the date at once, lands in the new row
        ui.addPauseButton.setAccessibleName(self.tr("Legg til et opphold"))
        for edit in (ui.referralEdit, ui.startEdit, ui.endEdit):
            edit.textEdited.connect(self._clear_problem)
        for combo in (ui.sourceCombo, ui.endReasonCombo):
            combo.activated.connect(self._clear_problem)
        self.pauses: list[PauseRow] = []
        if record is None:
            self.setWindowTitle(self.tr("Nytt forløp"))
        else:
            self.setWindowTitle(self.tr("Endre forløp"))
            self._load(record.episode)
        self._show_pauses()
        ui.referralEdit.setFocus()

    # -- loading and the pause table -------------------------------------------------------
    def _load(self, episode: Episode) -> None:
        ui = self.ui
        ui.referralEdit.setText(date_text(episode.referral_date))
        ui.sourceCombo.setCurrentIndex(max(0, ui.sourceCombo.findData(episode.referral_source)))
        ui.startEdit.setText(date_text(episode.start_date))
        ui.endEdit.setText(date_text(episode.end_date))
        ui.endReasonCombo.setCurrentIndex(
            max(0, ui.endReasonCombo.findData(episode.end_reason or ""))
        )
        for pause in episode.pauses:
            row = self._new_pause_row()
            row.from_edit.setText(date_text(pause.start))
            row.to_edit.setText(date_text(pause.end))
            row.kind_combo.setCurrentIndex(max(0, row.kind_combo.findData(pause.kind)))

    def _new_pause_row(self) -> PauseRow:
        box = self.ui.pausesBox
        from_edit = QLineEdit(box)
        from_edit.setPlaceholderText(PLACEHOLDER)
        to_edit = QLineEdit(box)
        to_edit.setPlaceholderText(self.tr("dd.mm.åååå – tom om det varer"))
        kind = QComboBox(box)
        fill_choices(kind, pathway_choices(self.catalogue, "pause_kinds"), True)
        remove = QPushButton(self.tr("Fjern"), box)
        remove.setAutoDefault(False)
        row = PauseRow(from_edit, to_edit, kind, remove)  # named by number in _show_pauses
        for edit in (from_edit, to_edit):
            edit.textEdited.connect(self._clear_problem)
        kind.activated.connect(self._clear_problem)
        remove.clicked.connect(lambda: self.remove_pause(row))
        self.pauses.append(row)
        return row

    def add_pause(self) -> None:
        row = self._new_pause_row()
        self._show_pauses()
        row.from_edit.setFocus()

    def remove_pause(self, row: PauseRow) -> None:
        at = self.pauses.index(row)
        self.pauses.remove(row)
        for widget in row.widgets():
            self.ui.pausesGrid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._show_pauses()
        # The cursor goes where the removed row was: the next row, else the add button.
        target = self.pauses[at].from_edit if at < len(self.pauses) else self.ui.addPauseButton
        target.setFocus()

    def _show_pauses(self) -> None:
        """Lay the rows out under their headers and chain the Tab order through them."""
        ui = self.ui
        for r, row in enumerate(self.pauses, start=1):
            for c, widget in enumerate(row.widgets()):
                ui.pausesGrid.addWidget(widget, r, c)
                widget.show()
            # Numbered as shown, so a screen reader's "opphold 2" is the second row now.
            row.from_edit.setAccessibleName(self.tr("Opphold {n} fra").format(n=r))
            row.to_edit.setAccessibleName(self.tr("Opphold {n} til").format(n=r))
            row.kind_combo.setAccessibleName(self.tr("Opphold {n} type").format(n=r))
            row.remove_button.setAccessibleName(self.tr("Fjern opphold {n}").format(n=r))
        shown = bool(self.pauses)
        for header in (ui.pauseFromHeader, ui.pauseToHeader, ui.pauseKindHeader):
            header.setVisible(shown)
        ui.noPausesLabel.setVisible(not shown)
        chain: list[QWidget] = [ui.endReasonCombo]
        for row in self.pauses:
            chain += row.widgets()
        chain.append(ui.addPauseButton)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # As tall as the rows need: no gap under few pauses, nothing cut off under many.
        self.resize(self.width(), self.sizeHint().height())

    # -- reading what was typed ------------------------------------------------------------
    def episode(self) -> Episode:
        """The episode as typed; FieldError names what is not a date or is missing."""
        ui = self.ui
        referral = parse_field(ui.referralEdit, self.tr("Henvist"))
        if referral is None:
            raise FieldError(
                self.tr("Skriv datoen henvisningen kom, som dd.mm.åååå."), ui.referralEdit
            )
        start = parse_field(ui.startEdit, self.tr("Oppstart"))
        end = parse_field(ui.endEdit, self.tr("Slutt"))
        pauses = []
        for n, row in enumerate(self.pauses, start=1):
            if row.blank():
                continue  # an added row left empty is not a pause
            first = parse_field(row.from_edit, self.tr("Opphold {n} fra").format(n=n))
            if first is None:
                raise FieldError(
                    self.tr("Skriv datoen opphold {n} begynte, eller fjern raden.").format(n=n),
                    row.from_edit,
                )
            last = parse_field(row.to_edit, self.tr("Opphold {n} til").format(n=n))
            pauses.append(Pause(first, last, str(row.kind_combo.currentData() or "")))
        return Episode(
            referral_date=referral,
            referral_source=str(ui.sourceCombo.currentData() or ""),
            start_date=start,
            end_date=end,
            end_reason=str(ui.endReasonCombo.currentData() or "") or None,
            pauses=tuple(pauses),
        )

    def _field_of(self, problem: str, episode: Episode) -> QWidget:
        """The field a core sentence is about, to put the cursor there."""
        ui = self.ui
        template = getattr(problem, "template", str(problem))
        fields: dict[str, QWidget] = {
            cp.UNKNOWN_SOURCE: ui.sourceCombo,
            cp.START_BEFORE_REFERRAL: ui.startEdit,
            cp.END_BEFORE_START: ui.endEdit,
            cp.END_WITHOUT_REASON: ui.endReasonCombo,
            cp.REASON_WITHOUT_END: ui.endEdit,
        }
        if template in fields:
            return fields[template]
        rows = [row for row in self.pauses if not row.blank()]
        pause_templates = (
            cp.UNKNOWN_PAUSE,
            cp.PAUSE_OUTSIDE,
            cp.PAUSE_BACKWARDS,
            cp.PAUSES_OVERLAP,
        )
        if template in pause_templates and rows:
            for row, pause in zip(rows, episode.pauses, strict=False):
                if template == cp.UNKNOWN_PAUSE and pause.kind not in cp.PAUSE_KINDS:
                    return row.kind_combo
                if pause.start.isoformat() in str(problem):
                    return row.from_edit
            return rows[0].from_edit
        return ui.referralEdit

    # -- saving ----------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            episode = self.episode()
        except FieldError as exc:
            self._show_problem(str(exc), exc.field)
            return
        others = [
            r.episode
            for r in self.logbook.pathway.episodes(self.client_id)
            if r.id != self.episode_id
        ]
        problem = episode_problem(episode, today=self.logbook.today(), others=others)
        if problem is not None:
            self._show_problem(translated(problem), self._field_of(problem, episode))
            return
        try:
            if self.episode_id is None:
                self.episode_id = self.logbook.pathway.add_episode(self.client_id, episode)
            else:
                self.logbook.pathway.change_episode(self.episode_id, episode)
        except PathwayProblem as exc:  # the book's own check (the GUI's comes first)
            self._show_problem(translated(exc), self.ui.referralEdit)
            return
        except StorageError as exc:  # not written (the file gone, the disk full …)
            self._show_problem(translated(exc), self.ui.referralEdit)
            return
        super().accept()

    def _show_problem(self, message: str, field: QWidget) -> None:
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.setVisible(True)
        field.setFocus()

    def _clear_problem(self) -> None:
        self.ui.problemLabel.setVisible(False)


def parse_field(edit: QLineEdit, name: str) -> date | None:
    try:
        return parse_typed_date(edit.text(), name)
    except ValueError as exc:
        raise FieldError(str(exc), edit) from None
