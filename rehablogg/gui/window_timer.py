"""The main window's timer (Ctrl+T): start it from the form's code, stop it (asking when a
forgotten one really stopped), offer its time in the form, and show it beside the buttons.

The timer itself lives in the logbook (application/entries_book.py); this shows and asks. Its
sentences keep the main window's translation context, where they were written first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog

from rehablogg.application.entries_book import RunningTimer, StorageError
from rehablogg.core.numbers import format_hours_minutes
from rehablogg.core.periods import format_date
from rehablogg.core.timer_rules import elapsed_minutes, needs_question, suggested_stop
from rehablogg.gui.icons import icon_pixmap
from rehablogg.gui.language import catalogue_text, write_error_text

if TYPE_CHECKING:
    from rehablogg.gui.main_window import MainWindow

TICK_MS = 30_000  # the running time shown is in minutes


class WindowTimer(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.entries = window.logbook.entries
        self.pending = False  # the stopped timer's entry is in the form, not saved yet
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.show)
        self._tick.start(TICK_MS)

    def _say(self, message: str, ms: int) -> None:
        self.window.statusBar().showMessage(message, ms)

    def toggle(self) -> None:
        """Ctrl+T: start; stop a running timer; offer a stopped one again."""
        timer = self.entries.timer()
        try:
            if timer is None:
                self._start()
            elif timer.running:
                self._stop(timer)
            else:
                self.offer(timer)
        except StorageError as exc:
            self._say(write_error_text(exc), 10000)

    def _start(self) -> None:
        form = self.window.form
        code = form.code
        if code is None:
            self._say(
                QCoreApplication.translate(
                    "MainWindow", "Velg kode (og bruker) i skjemaet først, og trykk Ctrl+T igjen."
                ),
                8000,
            )
            form.ui.codeEdit.setFocus()
            return
        client = form.client_ids[0] if form.client_ids else None
        self.entries.start_timer(
            code.code,
            client,
            contact_mode=form.ui.contactCombo.currentData() or None,
            arena=form.ui.arenaCombo.currentData() or None,
        )
        self.show()
        self._say(
            QCoreApplication.translate("MainWindow", "Tidtakeren går. Stopp med Ctrl+T."), 5000
        )

    def _stop(self, timer: RunningTimer) -> None:
        window = self.window
        now = window.now()
        start, stop = timer.started_at, now
        rest_from = None
        if needs_question(start, now):
            code = window.catalogue.code(timer.code)
            code_text = f"{timer.code} {catalogue_text(code.label)}" if code else timer.code
            from rehablogg.gui.timer_dialog import TimerStopDialog

            dialog = TimerStopDialog(
                start, now, suggested_stop(start, self.entries.day_end()), code_text, window
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            stop, split = dialog.stopped(), dialog.split_at()
            if split is not None:
                first = self.entries.timer_entry(timer, start, split, window.catalogue)
                if not window.save_new(
                    first, QCoreApplication.translate("MainWindow", "Første del er lagret.")
                ):
                    return
                rest_from = split
        stopped = self.entries.stop_timer(stop, rest_from=rest_from)
        if stopped is not None:
            self.offer(stopped)

    def offer(self, timer: RunningTimer) -> None:
        """The stopped timer's entry in the form, saved with Enter; kept until it is saved."""
        assert timer.stopped_at is not None
        window = self.window
        window.form.load_entry(
            None,
            self.entries.timer_entry(timer, timer.started_at, timer.stopped_at, window.catalogue),
        )
        self.pending = True
        self.show()
        self._say(
            QCoreApplication.translate(
                "MainWindow", "Tidtakeren er stoppet: sjekk skjemaet og lagre med Enter."
            ),
            8000,
        )

    def saved(self) -> None:
        """The form's entry was saved: when it was the timer's, the timer's work is done."""
        if self.pending:
            self.pending = False
            try:
                self.entries.clear_timer()
            except StorageError:
                # The entry is saved; only the stopped timer stays (Ctrl+T would offer it again).
                self._say(
                    QCoreApplication.translate(
                        "MainWindow",
                        "Registreringen er lagret, men tidtakeren kunne ikke nullstilles; fjern "
                        "den med Tidtaker → Forkast stoppet tidtaker.",
                    ),
                    15000,
                )
            self.show()

    def cancelled(self) -> None:
        if self.pending:
            self.pending = False
            self._say(
                QCoreApplication.translate(
                    "MainWindow",
                    "Tidtakerens tid er ikke lagret. Ctrl+T henter den fram igjen; Tidtaker → "
                    "Forkast stoppet tidtaker fjerner den.",
                ),
                10000,
            )

    def discard(self) -> None:
        window = self.window
        if self.pending:
            self.pending = False
            window.form.new_entry(window.current, keep_context=False)
        try:
            self.entries.clear_timer()
        except StorageError as exc:
            self._say(write_error_text(exc), 10000)
            return
        self.show()
        self._say(QCoreApplication.translate("MainWindow", "Tidtakerens tid er forkastet."), 5000)

    def show(self) -> None:
        timer = self.entries.timer()
        ui = self.window.ui
        ui.actionDiscardTimer.setEnabled(timer is not None and not timer.running)
        self._show_icon(timer is not None)
        if timer is None:
            ui.timerLabel.setText("")
            ui.timerButton.setText(QCoreApplication.translate("MainWindow", "Start tidtaker"))
            return
        if timer.stopped_at is not None:
            ui.timerLabel.setText(
                QCoreApplication.translate(
                    "MainWindow", "{code} stoppet {time} ({minutes}), ikke lagret"
                ).format(
                    code=timer.code,
                    time=f"{timer.stopped_at:%H:%M}",
                    minutes=format_hours_minutes(
                        elapsed_minutes(timer.started_at, timer.stopped_at)
                    ),
                )
            )
            ui.timerButton.setText(QCoreApplication.translate("MainWindow", "Hent tidtakerens tid"))
            return
        running = format_hours_minutes(elapsed_minutes(timer.started_at, self.window.now()))
        ui.timerLabel.setText(
            QCoreApplication.translate(
                "MainWindow", "{code} siden {date} {time} ({running})"
            ).format(
                code=timer.code,
                date=format_date(timer.started_at.date()),
                time=f"{timer.started_at:%H:%M}",
                running=running,
            )
        )
        ui.timerButton.setText(QCoreApplication.translate("MainWindow", "Stopp tidtaker"))

    def _show_icon(self, shown: bool) -> None:
        window = self.window
        icon = window.ui.timerIcon
        if shown and icon.pixmap().isNull():
            icon.setPixmap(
                icon_pixmap(
                    "timer",
                    window.palette().color(QPalette.ColorRole.WindowText),
                    window.ui.timerLabel.fontMetrics().height(),
                    window.devicePixelRatioF(),
                )
            )
        icon.setVisible(shown)
