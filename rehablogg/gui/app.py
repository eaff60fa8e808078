"""Starting the desktop app: single instance, logs and crash handling, integrity check,
the data-directory lock, the main window, then the first-start and daily-backup chores."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rehablogg.application.opening import (
    DataPaths,
    EarlyProbe,
    OpeningFailed,
    check_database,
    daily_backup,
    failure_of,
    lock_folder,
    open_for_app,
    prepare_folder,
    restore,
    risky_location,
    scrub,
    start_logs,
)
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.language import (
    chosen_language,
    format_date,
    install_language,
    system_language,
    translated,
)
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.palette_colours import install_tones
from rehablogg.gui.single_instance import InstanceServer, ask_running_instance, server_name

log = logging.getLogger("rehablogg.app")
# Called by this name so pyside6-lupdate finds the strings (context "app").
translate = QCoreApplication.translate
# What application.opening.risky_location answers, marked here so the warning can be translated.
RISKY_PLACES = (
    QT_TRANSLATE_NOOP("app", "synkronisert skymappe"),
    QT_TRANSLATE_NOOP("app", "nettverksmappe"),
)


def run_app(
    paths: DataPaths, *, quit_after_startup: bool = False, probe: EarlyProbe | None = None
) -> int:
    """``probe``: the database's check, started before the imports (cli.py); without it the
    check runs here."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("rehablogg")
    app.setOrganizationName("rehablogg")
    install_tones(app)  # error and hint labels coloured for the light, dark or contrast theme
    # The system's language until the stored choice can be read from the database.
    install_language(system_language())
    interactive = not quit_after_startup
    failed = prepare_folder(paths)
    if failed is not None:
        return _fail(failed.sentence, interactive)
    name = server_name(paths.root)
    if ask_running_instance(name):
        # Printed for whoever started it from a terminal: the command line stays in bokmål.
        print("rehablogg kjører allerede for denne datamappen; vinduet er hentet fram.")
        return 0
    logs = start_logs(paths)
    if isinstance(logs, OpeningFailed):
        return _fail(logs.sentence, interactive)
    lock = lock_folder(paths)
    if isinstance(lock, OpeningFailed):
        return _fail(lock.sentence, interactive)
    try:
        if not database_ready(paths, interactive, probe):
            lock.release()
            return 1
        logbook = open_for_app(paths)
    except Exception as exc:
        lock.release()
        failed = failure_of(exc, paths)
        if failed is None:
            raise
        return _fail(failed.sentence, interactive)
    if isinstance(logbook, OpeningFailed):
        lock.release()
        return _fail(logbook.sentence, interactive)
    install_language(chosen_language(logbook))
    window = MainWindow(logbook)
    server = InstanceServer(name)
    server.raise_requested.connect(lambda: _bring_forward(window))
    previous_hook = sys.excepthook
    sys.excepthook = _crash_hook(window)
    window.show()
    if quit_after_startup:
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, lambda: _after_start(window, paths, logs.previous_fault))
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        window.close()
        logbook.close()
        lock.release()
        server.server.close()
        log.info("stop")
        logs.close()
        # Nothing is left to collect: skip the full garbage collection the interpreter would
        # run over every imported module at exit (about 0.4 s).
        gc.freeze()


def _fail(message: str, interactive: bool) -> int:
    """Show ``message`` (a marked sentence) in the user's language; stderr gets the bokmål."""
    if interactive:
        box = QMessageBox(QMessageBox.Icon.Critical, "rehablogg", translated(message))
        localise_buttons(box)
        box.exec()
    print(f"rehablogg: {message}", file=sys.stderr)
    return 1


def database_ready(paths: DataPaths, interactive: bool, probe: EarlyProbe | None = None) -> bool:
    """Whether the database can be opened. Locked or unreadable: say so and what to do, and
    change nothing (its -wal may hold the latest entries). Damaged: never written to; offer the
    newest good backup, and keep the damaged file with its -wal and -shm, untouched."""
    checked = check_database(paths, probe, can_ask=interactive)
    if checked is None:
        return True
    if isinstance(checked, OpeningFailed):
        _fail(checked.sentence, interactive)
        return False
    backup = checked
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("app", "Skadet database"),
        translate(
            "app",
            "Databasen i {folder} er skadet, og rehablogg endrer den "
            "ikke. Vil du gjenopprette sikkerhetskopien fra {taken} "
            "(registreringer: {entries})? Den skadde filen flyttes urørt, "
            "med -wal- og -shm-filene sine, til en egen mappe under "
            "{backups}.",
        ).format(
            folder=paths.root,
            entries=backup.entries,
            backups=paths.backups,
            taken=f"{format_date(backup.taken_at.date())} {backup.taken_at:%H:%M}",
        ),
    )
    restore_button = box.addButton(
        translate("app", "Gjenopprett"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("app", "Avslutt"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    failed = restore(paths, backup)
    if failed is not None:
        _fail(failed.sentence, interactive)
        return False
    return True


def _after_start(window: MainWindow, paths: DataPaths, fault: str | None) -> None:
    """Chores after the window is on screen, so they never delay it."""
    # Collection was off during the start (cli.py): collect the start's garbage now, and keep
    # what the start made out of every later collection.
    gc.collect()
    gc.freeze()
    gc.enable()
    if fault:
        _show_details(
            window,
            translate("app", "rehablogg stoppet uventet sist"),
            translate(
                "app",
                "rehablogg stoppet uventet forrige gang. Detaljene "
                "under er også lagret i loggmappen; send dem gjerne til den som "
                "drifter appen.",
            ),
            fault,
        )
    risk = risky_location(paths.root)
    if risk:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("app", "Usikker datamappe"),
            translate(
                "app",
                "Datamappen {folder} ligger i en {risk}. SQLite kan "
                "miste data der; flytt den til en lokal mappe (bruk "
                "--data-dir).",
            ).format(folder=paths.root, risk=translate("app", risk)),
            parent=window,
        )
        localise_buttons(box)
        box.exec()
    if not daily_backup(paths):
        window.statusBar().showMessage(
            translate("app", "Dagens sikkerhetskopi kunne ikke tas; se loggen."), 10000
        )
    from rehablogg.gui.profile_dialog import ask_for_profile

    if ask_for_profile(window.logbook, window):
        window.reload_settings()


def _bring_forward(window: QWidget) -> None:
    log.info("brought to front by a second start")
    window.showNormal()
    window.raise_()
    window.activateWindow()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _crash_hook(window: QWidget) -> ExceptHook:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = scrub("".join(traceback.format_exception(kind, exc, tb)))
        log.error("uncaught exception\n%s", details)
        _show_details(
            window,
            translate("app", "Uventet feil"),
            translate(
                "app",
                "Det skjedde en uventet feil. Det som er lagret, er "
                "trygt; sjekk den siste registreringen. Detaljene er lagret i "
                "loggen.",
            ),
            details,
        )

    return hook


def _show_details(parent: QWidget, title: str, text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setDetailedText(details)  # selectable and copyable
    localise_buttons(box)
    box.exec()
