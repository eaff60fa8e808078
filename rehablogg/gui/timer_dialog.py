"""Asking when a forgotten timer really stopped, with the option to split it in two."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QWidget

from rehablogg.core.entry import MAX_MINUTES
from rehablogg.core.numbers import format_hours_minutes
from rehablogg.core.periods import format_date
from rehablogg.core.timer_rules import elapsed_minutes
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.forms.ui_timer_stop_dialog import Ui_TimerStopDialog
from rehablogg.gui.language import monday_first


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class TimerStopDialog(QDialog):
    def __init__(
        self,
        started: datetime,
        now: datetime,
        suggestion: datetime,
        code_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.started, self.now = started, now
        self.ui = Ui_TimerStopDialog()
        self.ui.setupUi(self)
        localise_buttons(self)
        hours = format_hours_minutes(elapsed_minutes(started, now))
        self.ui.questionLabel.setText(
            self.tr(
                "Tidtakeren for {code} ble startet {date} kl. {time} og har gått i {hours} timer. "
                "Når stoppet du?"
            ).format(
                code=code_text,
                date=format_date(started.date()),
                time=f"{started:%H:%M}",
                hours=hours,
            )
        )
        monday_first(self.ui.stoppedEdit, self.ui.splitEdit)
        for edit in (self.ui.stoppedEdit, self.ui.splitEdit):
            edit.setMinimumDateTime(_qdt(started))
            edit.setMaximumDateTime(_qdt(now))
        self.ui.stoppedEdit.setDateTime(_qdt(suggestion))
        self.ui.splitEdit.setDateTime(_qdt(started + (min(suggestion, now) - started) / 2))
        self.ui.splitCheck.toggled.connect(self.ui.splitEdit.setEnabled)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.stoppedEdit.setFocus()

    def _value(self, edit_dt: QDateTime) -> datetime:
        day, clock = edit_dt.date(), edit_dt.time()
        return datetime(
            day.year(),
            day.month(),
            day.day(),
            clock.hour(),
            clock.minute(),
            tzinfo=self.started.tzinfo,
        )

    def stopped(self) -> datetime:
        return self._value(self.ui.stoppedEdit.dateTime())

    def split_at(self) -> datetime | None:
        if not self.ui.splitCheck.isChecked():
            return None
        return self._value(self.ui.splitEdit.dateTime())

    def problem(self) -> str | None:
        stopped, split = self.stopped(), self.split_at()
        if stopped <= self.started:
            return self.tr("Stopptiden må være etter at tidtakeren ble startet.")
        parts = [(self.started, split), (split, stopped)] if split else [(self.started, stopped)]
        for begin, end in parts:
            if end <= begin:
                return self.tr("Delingstidspunktet må ligge mellom start og stopp.")
            if elapsed_minutes(begin, end) > MAX_MINUTES or end.date() != begin.date():
                return self.tr(
                    "En registrering kan være høyst 12 timer og må ligge innenfor én "
                    "dag; velg en tidligere stopptid eller del den."
                )
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.ui.timeError.setText(problem)
            self.ui.timeError.setVisible(True)
            return
        super().accept()
