"""Fil → Importer kalender and Rediger → Kopier forrige uke: gather proposals, show the list."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from rehablogg.application.entries_book import EntriesBook
from rehablogg.core.catalogue import Catalogue
from rehablogg.core.periods import IsoWeek
from rehablogg.gui.language import format_date, translated, week_label
from rehablogg.gui.proposals_dialog import ProposalsDialog


def import_range(today: date) -> tuple[date, date]:
    """From the first day of last month to today: the weeks a therapist catches up on."""
    first_this_month = today.replace(day=1)
    return (first_this_month - timedelta(days=1)).replace(day=1), today


def import_calendar(
    parent: QWidget,
    entries: EntriesBook,
    catalogue: Catalogue,
    today: date,
    path: Path | None = None,
) -> bool:
    """True when something was saved (the views need refreshing)."""
    from rehablogg.exchange.calendar_ics import CalendarFileError

    title = QCoreApplication.translate("proposals", "Importer kalender")
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("proposals", "Velg kalenderfil"),
            "",
            QCoreApplication.translate("proposals", "iCalendar-filer (*.ics);;Alle filer (*)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
    first, last = import_range(today)
    try:
        found = entries.propose_from_calendar(path, first, last, catalogue)
    except CalendarFileError as exc:
        QMessageBox.warning(parent, title, translated(exc))
        return False
    read = found.read
    skipped = sum((read.all_day, read.cancelled, read.too_long, read.too_frequent))
    intro = QCoreApplication.translate(
        "proposals",
        "Møter fra {first} til {last}: {n} forslag, {new} nye. Kontroller kode og bruker, "
        "fjern haken for det som ikke er arbeid, og trykk Lagre valgte. Møtets deltakere og "
        "beskrivelse tas aldri med.",
    ).format(
        first=format_date(first), last=format_date(last), n=len(found.proposals), new=len(found.new)
    )
    if skipped:
        intro += " " + QCoreApplication.translate(
            "proposals", "{n} heldagsavtaler, avlyste eller for lange avtaler er hoppet over."
        ).format(n=skipped)
    dialog = ProposalsDialog(
        entries, catalogue, found.proposals, title=title, intro=intro, today=today, parent=parent
    )
    dialog.exec()
    return bool(dialog.saved)


def copy_last_week(
    parent: QWidget, entries: EntriesBook, catalogue: Catalogue, today: date, shown: date
) -> bool:
    title = QCoreApplication.translate("proposals", "Kopier forrige uke")
    week = IsoWeek.of(shown)
    proposals = entries.propose_week_copy(week)
    if not proposals:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "proposals", "Uka før {week} har ingen registreringer å kopiere."
            ).format(week=week_label(week.week)),
        )
        return False
    intro = QCoreApplication.translate(
        "proposals",
        "Forrige ukes registreringer foreslått for {week} (helligdager og fraværsdager er "
        "hoppet over, notater tas ikke med). Fjern haken for det som ikke skal gjentas, og "
        "trykk Lagre valgte.",
    ).format(week=week_label(week.week))
    dialog = ProposalsDialog(
        entries, catalogue, proposals, title=title, intro=intro, today=today, parent=parent
    )
    return dialog.exec() == QDialog.DialogCode.Accepted or bool(dialog.saved)
