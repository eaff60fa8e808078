"""Starting the desktop app: single instance, logs and crash handling, integrity check,
the data-directory lock, the main window, then the first-start and daily-backup chores."""

from __future__ import annotations

import gc
import logging
import sqlite3
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from rehablogg.application.logbook import Logbook
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.gui.buttons import localise_buttons
from rehablogg.gui.language import (
    format_date,
    install_language,
    stored_language,
    system_language,
    translated,
)
from rehablogg.gui.main_window import MainWindow
from rehablogg.gui.palette_colours import install_tones
from rehablogg.gui.single_instance import InstanceServer, ask_running_instance, server_name
from rehablogg.storage.backups import (
    BackupInfo,
    daily_backup_if_due,
    list_backups,
    restore_backup,
    verify_backup,
)
from rehablogg.storage.database import open_database
from rehablogg.storage.diagnosis import EarlyProbe, probe_database
from rehablogg.storage.errors import DamagedDatabaseError, StorageError
from rehablogg.storage.faults import classify, fault_sentence, folder_of
from rehablogg.storage.lock import DataDirLock
from rehablogg.storage.logs import enable_fault_log, scrub, setup_logging, take_previous_fault
from rehablogg.storage.paths import DataPaths, ensure_data_dir, risky_location
from rehablogg.storage.set_aside import recover_interrupted_restore

log = logging.getLogger("rehablogg.app")
# Called by this name so pyside6-lupdate finds the strings (context "app").
translate = QCoreApplication.translate
# What storage.paths.risky_location answers, marked here so the warning can be translated.
RISKY_PLACES = (QT_TRANSLATE_NOOP("app", "synkronisert skymappe"),
                QT_TRANSLATE_NOOP("app", "nettverksmappe"))


def run_app(paths: DataPaths, *, quit_after_startup: bool = False,
            probe: EarlyProbe | None = None) -> int:
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
    try:
        ensure_data_dir(paths)
    except StorageError as exc:
        return _fail(exc.args[0] if exc.args else str(exc), interactive)
    except OSError as exc:
        return _fail(_fault_or(exc, QT_TRANSLATE_NOOP(
            "app", "Datamappen {folder} kan ikke lages eller brukes ({reason}).").format(
                folder=paths.root, reason=exc.strerror), paths), interactive)
    name = server_name(paths.root)
    if ask_running_instance(name):
        # Printed for whoever started it from a terminal: the command line stays in bokmål.
        print("rehablogg kjører allerede for denne datamappen; vinduet er hentet fram.")
        return 0
    # A log that cannot be written (a full disk) must never be why the app does not start.
    logging.raiseExceptions = False
    try:
        setup_logging(paths)
        # Read an earlier crash's stacks before this run's fault log reopens the same file.
        previous_fault = take_previous_fault(paths)
        fault_file = enable_fault_log(paths)
    except OSError as exc:
        return _fail(_fault_or(exc, str(exc), paths), interactive)
    log.info("start, data dir %s", paths.root)
    lock = DataDirLock(paths.lock_file)
    try:
        lock.acquire()
    except StorageError as exc:
        return _fail(exc.args[0] if exc.args else str(exc), interactive)
    except OSError as exc:
        return _fail(_fault_or(exc, str(exc), paths), interactive)
    try:
        if not database_ready(paths, interactive, probe):
            lock.release()
            return 1
        db = open_database(paths)
    except StorageError as exc:
        lock.release()
        return _fail(exc.args[0] if exc.args else str(exc), interactive)
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        lock.release()
        if classify(exc) is None:
            raise
        return _fail(_fault_or(exc, "", paths), interactive)
    install_language(stored_language(Logbook(db)) or system_language())
    window = MainWindow(Logbook(db))
    server = InstanceServer(name)
    server.raise_requested.connect(lambda: _bring_forward(window))
    previous_hook = sys.excepthook
    sys.excepthook = _crash_hook(window)
    window.show()
    if quit_after_startup:
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, lambda: _after_start(window, paths, previous_fault))
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        window.close()
        db.close()
        lock.release()
        server.server.close()
        log.info("stop")
        fault_file.close()
        # Nothing is left to collect: skip the full garbage collection the interpreter would
        # run over every imported module at exit (about 0.4 s).
        gc.freeze()


def _fault_or(exc: BaseException, otherwise: str, paths: DataPaths) -> str:
    """The sentence for a fault of the machine (a full disk …) behind ``exc``, else
    ``otherwise``."""
    fault = classify(exc)
    if fault is None:
        return otherwise
    return fault_sentence(fault, what=QT_TRANSLATE_NOOP("app", "databasen"),
                          folder=folder_of(exc, paths.root))


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
    if probe is not None and probe.db_path != paths.database:
        probe = None
    try:
        if probe is not None:
            probe.wait()  # its connection closed before a restore may move files back
        recover_interrupted_restore(paths)
        if probe is not None:
            probe.result()  # checks again if the files are not those it checked
        else:
            probe_database(paths.database)
    except DamagedDatabaseError:
        log.error("quick_check failed for %s", paths.database)
    except StorageError as exc:
        log.error("database not usable: %s", type(exc).__name__)
        _fail(exc.args[0] if exc.args else str(exc), interactive)
        return False
    except OSError as exc:  # the folder refused putting back an interrupted restore
        _fail(QT_TRANSLATE_NOOP("app", "Datamappen {folder} kan ikke lages eller brukes "
                                "({reason}).").format(folder=paths.root, reason=exc.strerror),
              interactive)
        return False
    else:
        return True
    good = _newest_good_backup(paths)
    if good is None:
        _fail(QT_TRANSLATE_NOOP("app", "Databasen i {folder} er skadet, og rehablogg endrer den "
                                "ikke. Ingen god sikkerhetskopi ble funnet.").format(
                                    folder=paths.root), interactive)
        return False
    if not interactive:
        _fail(QT_TRANSLATE_NOOP("app", "Databasen i {folder} er skadet, og rehablogg endrer den "
                                "ikke. Start appen for å gjenopprette en sikkerhetskopi.").format(
                                    folder=paths.root), interactive)
        return False
    backup, entries = good
    box = QMessageBox(QMessageBox.Icon.Critical, translate("app", "Skadet database"),
                      translate("app", "Databasen i {folder} er skadet, og rehablogg endrer den "
                                "ikke. Vil du gjenopprette sikkerhetskopien fra {taken} "
                                "(registreringer: {entries})? Den skadde filen flyttes urørt, "
                                "med -wal- og -shm-filene sine, til en egen mappe under "
                                "{backups}.").format(
                          folder=paths.root, entries=entries, backups=paths.backups,
                          taken=f"{format_date(backup.taken_at.date())} {backup.taken_at:%H:%M}"))
    restore = box.addButton(translate("app", "Gjenopprett"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("app", "Avslutt"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        restored = restore_backup(paths, backup.path, app_holds_lock=True)
    except StorageError as exc:
        _fail(exc.args[0] if exc.args else str(exc), interactive)
        return False
    except OSError as exc:
        _fail(QT_TRANSLATE_NOOP("app", "Sikkerhetskopien kunne ikke gjenopprettes ({reason}); "
                                "ingenting er slettet.").format(reason=exc.strerror), interactive)
        return False
    log.info("restored %s after a failed integrity check; the damaged files are in %s",
             backup.path.name, restored.folder.name if restored.folder else "-")
    return True


def _newest_good_backup(paths: DataPaths) -> tuple[BackupInfo, int] | None:
    for backup in list_backups(paths.backups):
        try:
            return backup, verify_backup(backup.path)
        except StorageError:
            continue
    return None


def _after_start(window: MainWindow, paths: DataPaths, fault: str | None) -> None:
    """Chores after the window is on screen, so they never delay it."""
    # Collection was off during the start (cli.py): collect the start's garbage now, and keep
    # what the start made out of every later collection.
    gc.collect()
    gc.freeze()
    gc.enable()
    if fault:
        _show_details(window, translate("app", "rehablogg stoppet uventet sist"),
                      translate("app", "rehablogg stoppet uventet forrige gang. Detaljene "
                                "under er også lagret i loggmappen; send dem gjerne til den som "
                                "drifter appen."),
                      fault)
    risk = risky_location(paths.root)
    if risk:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("app", "Usikker datamappe"),
                          translate("app", "Datamappen {folder} ligger i en {risk}. SQLite kan "
                                    "miste data der; flytt den til en lokal mappe (bruk "
                                    "--data-dir).").format(
                              folder=paths.root, risk=translate("app", risk)), parent=window)
        localise_buttons(box)
        box.exec()
    try:
        daily_backup_if_due(paths)
    except (OSError, sqlite3.Error, StorageError) as exc:
        log.warning("daily backup failed: %s", exc)
        window.statusBar().showMessage(
            translate("app", "Dagens sikkerhetskopi kunne ikke tas; se loggen."), 10000)
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
        _show_details(window, translate("app", "Uventet feil"),
                      translate("app", "Det skjedde en uventet feil. Det som er lagret, er "
                                "trygt; sjekk den siste registreringen. Detaljene er lagret i "
                                "loggen."), details)

    return hook


def _show_details(parent: QWidget, title: str, text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setDetailedText(details)  # selectable and copyable
    localise_buttons(box)
    box.exec()
