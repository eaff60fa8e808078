"""Needs ahead for a child or young person: five areas, each ingen/noe/mye, on a date.

Keyboard first: Alt+letter to each area, a letter picks the level (i, n, m), Enter saves and
Esc cancels. A date that is not one, or after today, gets one sentence and stays as typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from rehablogg.application.errors import StorageError
from rehablogg.application.logbook import Logbook
from rehablogg.application.pathway_book import PathwayProblem
from rehablogg.core.care_pathway import NEED_KINDS, NEED_LEVELS, NeedsAssessment, needs_problem
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.date_text import date_text, parse_typed_date
from rehablogg.gui.forms.ui_needs_dialog import Ui_NeedsDialog
from rehablogg.gui.language import translated
from rehablogg.gui.pathway_labels import need_level_label

# Under this age in the year (by birth year) a client is a child or young person whose needs
# ahead are assessed (the span of habilitation for children and young people).
NEEDS_AGE_LIMIT = 26


def offers_needs(birth_year: int | None, today: date) -> bool:
    """Whether needs ahead are asked for: the client turns at most 25 this year."""
    return birth_year is not None and today.year - birth_year < NEEDS_AGE_LIMIT


class NeedsDialog(QDialog):
    """A new assessment (``assessment`` None, dated today) or a change to one."""

    def __init__(
        self,
        logbook: Logbook,
        client_id: int,
        assessment: NeedsAssessment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.logbook, self.client_id, self.original = logbook, client_id, assessment
        self.ui = Ui_NeedsDialog()
        self.ui.setupUi(self)
        localise_buttons(self)
        ui = self.ui
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Lagre (Enter)"))
        ok.setAccessibleName(self.tr("Lagre behovsvurderingen"))
        ok.setDefault(True)
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt (Esc)"))
        cancel.setAccessibleName(self.tr("Avbryt uten å lagre"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.combos: dict[str, QComboBox] = dict(
            zip(
                NEED_KINDS,
                (
                    ui.barnehageSkoleCombo,
                    ui.boligCombo,
                    ui.hjelpemidlerCombo,
                    ui.transportCombo,
                    ui.ipKoordinatorCombo,
                ),
                strict=True,
            )
        )
        for combo in self.combos.values():
            for level in NEED_LEVELS:
                combo.addItem(need_level_label(level), level)
        ui.assessedEdit.textEdited.connect(lambda _t: ui.problemLabel.setVisible(False))
        if assessment is None:
            self.setWindowTitle(self.tr("Ny behovsvurdering"))
            ui.assessedEdit.setText(date_text(logbook.today()))
        else:
            self.setWindowTitle(self.tr("Endre behovsvurdering"))
            ui.assessedEdit.setText(date_text(assessment.assessed_on))
            for kind, combo in self.combos.items():
                combo.setCurrentIndex(max(0, combo.findData(assessment.level(kind))))
        ui.assessedEdit.setFocus()
        ui.assessedEdit.selectAll()

    def _problem(self, message: str) -> None:
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.setVisible(True)
        self.ui.assessedEdit.setFocus()

    def accept(self) -> None:
        try:
            assessed = parse_typed_date(self.ui.assessedEdit.text(), self.tr("Vurdert"))
        except ValueError as exc:
            self._problem(str(exc))
            return
        if assessed is None:
            self._problem(self.tr("Skriv datoen behovene ble vurdert, som dd.mm.åååå."))
            return
        levels = {kind: str(combo.currentData()) for kind, combo in self.combos.items()}
        assessment = NeedsAssessment(assessed, levels)
        problem = needs_problem(assessment, today=self.logbook.today())
        if problem is not None:
            self._problem(translated(problem))
            return
        try:
            if self.original is None:
                self.logbook.pathway.save_needs(self.client_id, assessment)
            else:
                # Replaced (and moved, when the date changed) in one transaction: never two.
                self.logbook.pathway.change_needs(
                    self.client_id, self.original.assessed_on, assessment
                )
        except (PathwayProblem, StorageError) as exc:
            self._problem(translated(exc))
            return
        super().accept()
