"""`rehablogg import-calendar`: the calendar import on the command line.

The window (Fil → Importer kalender) is where a therapist confirms, changes or skips each
proposal. The command lists the same proposals and, with ``--save``, saves those that need
nothing more: a code was guessed and the code needs no client. The rest are named, to be
finished in the window.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any


def add_parser(sub: Any, iso_date: Callable[[str], date]) -> None:
    cmd = sub.add_parser("import-calendar", help="foreslå registreringer fra en kalenderfil (.ics)")
    cmd.add_argument("file", type=Path, metavar="FIL.ics")
    cmd.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        required=True,
        metavar="DATO",
        help="første dag (ÅÅÅÅ-MM-DD)",
    )
    cmd.add_argument(
        "--to",
        dest="end",
        type=iso_date,
        required=True,
        metavar="DATO",
        help="siste dag (ÅÅÅÅ-MM-DD)",
    )
    cmd.add_argument(
        "--save", action="store_true", help="lagre forslagene som har kode og ikke trenger bruker"
    )


def run(args: argparse.Namespace, paths: Any, fail: Callable[[str], Exception]) -> int:
    from rehablogg.application.opening import open_logbook
    from rehablogg.application.proposals import problems
    from rehablogg.core.periods import format_date
    from rehablogg.exchange.calendar_ics import CalendarFileError

    logbook = open_logbook(paths)
    catalogue = logbook.catalogue  # the version the logbook's profile names
    entries = logbook.entries  # as the window's Fil → Importer kalender
    try:
        try:
            found = entries.propose_from_calendar(args.file, args.start, args.end, catalogue)
        except CalendarFileError as exc:
            raise fail(str(exc)) from exc
        saved = earlier = unfinished = 0
        for proposal in found.proposals:
            draft = proposal.draft
            guess = (
                f"(kode fra «{proposal.guessed_from}»)"
                if proposal.guessed_from
                else ("(ingen kode gjettet)")
            )
            state = ""
            if proposal.done_before:
                earlier += 1
                state = "importert før"
            elif args.save and proposal.has_code and not problems(draft, catalogue, date.today()):
                entries.save_proposal(proposal, catalogue)
                saved += 1
                state = "lagret"
            else:
                unfinished += 1
            start = draft.start_time.strftime("%H:%M") if draft.start_time else "--:--"
            print(
                f"{format_date(draft.date)} {start} {draft.minutes:>4} min  "
                f"{draft.code or '---':<4} {proposal.title} {guess}"
                + (f"  [{state}]" if state else "")
            )
        read = found.read
        skipped = [
            (read.all_day, "heldagsavtaler"),
            (read.cancelled, "avlyste"),
            (read.too_long, "lengre enn 16 timer"),
            (read.too_frequent, "serier som gjentas oftere enn daglig"),
        ]
        print(
            f"{len(found.proposals)} avtaler: {saved} lagret, {earlier} importert før, "
            f"{unfinished} å gå gjennom i appen (Fil → Importer kalender)"
            + "".join(f"; {n} {what} hoppet over" for n, what in skipped if n)
            + ("; stoppet etter 5 000 avtaler" if read.truncated else "")
            + "."
        )
    finally:
        logbook.close()
    return 0
