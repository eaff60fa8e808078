"""The command line (docs/DESIGN.md §5, a stable contract).

Exit codes: 0 done; 1 the input was invalid or a rule refused the data; 2 the command was used
wrongly. Every message to the user is one bokmål sentence on stderr, never a traceback. The GUI
is imported only when the app is started, so the other commands run without a display or Qt.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Protocol, TypeVar

from rehablogg import __version__
from rehablogg.core.regular_file import shown_path
from rehablogg.storage.owner_only import restrict_umask
from rehablogg.storage.paths import DataPaths, resolve_data_dir
from rehablogg.storage.temporaries import private_temp_dir

if TYPE_CHECKING:
    from rehablogg.aggregate.collection import Collection
    from rehablogg.aggregate.council_figures import CouncilFigures
    from rehablogg.aggregate.tariffs import TariffFile
    from rehablogg.aggregate.workbook import Gathered
    from rehablogg.application.logbook import Logbook
    from rehablogg.core.pilot import Pilot
    from rehablogg.exchange.export import ExportResult
    from rehablogg.storage.database import Database

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

log = logging.getLogger("rehablogg")


class UserError(Exception):
    """A mistake in the user's input; the message is the sentence to show."""

    def __init__(self, message: str, exit_code: int = EXIT_INVALID) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# argparse speaks English; these are the messages a user meets most often, in bokmål.
_ARGPARSE_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.+)", "disse argumentene mangler: {0}"),
    (r"unrecognized arguments: (.+)", "ukjente argumenter: {0}"),
    (
        r"argument (\S+): invalid choice: '?([^'\s]+)'? \(choose from (.+)\)",
        "ugyldig valg «{1}» for {0}; velg mellom {2}",
    ),
    (r"argument (\S+): invalid (\w+) value: '?([^']*)'?", "«{2}» er ikke en gyldig verdi for {0}"),
    (r"argument (\S+): expected one argument", "{0} trenger en verdi"),
    (r"argument (\S+): not allowed with argument (\S+)", "{0} kan ikke brukes sammen med {1}"),
    (r"one of the arguments (.+) is required", "ett av argumentene {0} må oppgis"),
)


def _norwegian(message: str) -> str:
    for pattern, template in _ARGPARSE_MESSAGES:
        m = re.fullmatch(pattern, message)
        if m:
            return template.format(*m.groups())
    return message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE, f"rehablogg: feil bruk: {_norwegian(message)} (se «{self.prog} --help»).\n"
        )


def _int_in(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        value = int(text)
        if not low <= value <= high:
            raise ValueError(text)
        return value

    parse.__name__ = "int"
    return parse


def _iso_date(text: str) -> date:
    return date.fromisoformat(text)


_iso_date.__name__ = "date"


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="rehablogg", description="Loggbok for direkte og indirekte brukertid.")
    p.add_argument("--version", action="version", version=f"rehablogg {__version__}")
    p.add_argument("--data-dir", metavar="MAPPE", help="mappe for data, logger og sikkerhetskopier")
    p.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="start appen helt og avslutt (for kontroll)",
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="KOMMANDO")

    demo = sub.add_parser("demo", help="fyll databasen med et realistisk demoår")
    demo.add_argument(
        "--entries",
        type=_int_in(0, 2_000_000),
        default=None,
        help="nøyaktig så mange registreringer (ellers det et arbeidsår rommer; "
        "flere enn det er en belastningstest, ikke et troverdig år)",
    )
    demo.add_argument(
        "--position",
        type=_int_in(1, 100),
        default=None,
        metavar="PROSENT",
        help="stillingsprosent (ellers 80 eller 100)",
    )
    demo.add_argument("--clients", type=_int_in(1, 10_000), default=40)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--end", type=_iso_date, default=None, help="siste dag (ÅÅÅÅ-MM-DD)")
    demo.add_argument("--therapist", default="DEMO01")
    demo.add_argument("--municipality", default="0301")
    demo.add_argument("--unit", default="Barne- og familietjenesten")

    profile = sub.add_parser("profile", help="vis eller endre profilen")
    psub = profile.add_subparsers(
        dest="action", parser_class=_Parser, metavar="HANDLING", required=True
    )
    psub.add_parser("show", help="vis profilen")
    pset = psub.add_parser("set", help="endre profilen")
    pset.add_argument("--therapist")
    pset.add_argument("--municipality")
    pset.add_argument("--unit")
    pset.add_argument("--position", type=int)
    pset.add_argument("--profession")

    _add_export_parsers(sub)
    _add_pilot_parsers(sub)
    _add_aggregate_parsers(sub)

    from rehablogg import cli_calendar

    cli_calendar.add_parser(sub, _iso_date)
    receipt = sub.add_parser(
        "receipt", help="les kvitteringen fra pilotlederen (godkjente og returnerte måneder)"
    )
    receipt.add_argument("file", type=Path, metavar="KVITTERING.json")
    sub.add_parser("check", help="kontroller databasen uten å endre den")
    codes = sub.add_parser("codes", help="vis kodeverket")
    codes.add_argument("--catalogue", type=Path, metavar="FIL")
    return p


# Kept here rather than imported from rehablogg.exchange: building the parser must not import
# openpyxl, or every command would pay for it.
_EXPORT_FORMATS = ("xlsx", "csv")


def _add_export_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    export = sub.add_parser("export", help="eksporter en måned (innlevering) eller en periode")
    span = export.add_mutually_exclusive_group(required=True)
    span.add_argument("--period", metavar="ÅÅÅÅ-MM", help="en hel måned")
    span.add_argument(
        "--from",
        dest="start",
        type=_iso_date,
        metavar="DATO",
        help="første dag (ÅÅÅÅ-MM-DD), sammen med --to",
    )
    export.add_argument(
        "--to", dest="end", type=_iso_date, metavar="DATO", help="siste dag (ÅÅÅÅ-MM-DD)"
    )
    export.add_argument("--format", choices=_EXPORT_FORMATS, default="xlsx")
    export.add_argument(
        "--submit", action="store_true", help="lever måneden (låser den; bare med --period og xlsx)"
    )
    export.add_argument(
        "--before-month-end",
        action="store_true",
        help="lever en måned som ikke er slutt ennå (sammen med --submit)",
    )
    export.add_argument(
        "--include-notes", action="store_true", help="ta med notatene (de blir ellers på maskinen)"
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="STI",
        help="en mappe (filen får standardnavnet) eller et filnavn",
    )

    verify = sub.add_parser("verify", help="kontroller eksportfiler")
    verify.add_argument("files", nargs="+", type=Path, metavar="FIL")

    backup = sub.add_parser("backup", help="ta en sikkerhetskopi av databasen")
    backup.add_argument(
        "--out",
        type=Path,
        metavar="FIL",
        help="hvor kopien skal ligge (ellers i datamappens backups-mappe)",
    )
    restore = sub.add_parser("restore", help="gjenopprett databasen fra en sikkerhetskopi")
    restore.add_argument("file", type=Path, metavar="FIL")


# -- pilot set-up (docs/DESIGN.md §3.6): new, show, join --------------------------------------


def _age_groups_arg(text: str) -> tuple[object, ...]:
    from rehablogg.core.pilot import parse_age_groups

    return parse_age_groups(text)


_age_groups_arg.__name__ = "aldersgrupper"

_REQUIRABLE = ("start_time", "arena", "contact_mode", "parties", "clients")  # core.pilot's


def _add_pilot_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    pilot = sub.add_parser("pilot", help="lag, vis eller bli med i en pilot")
    psub = pilot.add_subparsers(
        dest="action", parser_class=_Parser, metavar="HANDLING", required=True
    )
    new = psub.add_parser("new", help="lag en pilotfil fra en terapeutliste (CSV)")
    new.add_argument("--out", type=Path, required=True, metavar="FIL")
    new.add_argument("--id", required=True, help="små bokstaver, sifre og bindestrek")
    new.add_argument("--name", required=True)
    new.add_argument(
        "--roster",
        type=Path,
        required=True,
        metavar="CSV",
        help="therapist;municipality;unit;profession;first_month;last_month",
    )
    new.add_argument("--catalogue-version", type=_int_in(1, 10_000), metavar="N")
    new.add_argument(
        "--linked-pseudonyms",
        action="store_true",
        help="koble pseudonymene på tvers av terapeuter (lager en nøkkel)",
    )
    new.add_argument(
        "--required",
        nargs="+",
        choices=_REQUIRABLE,
        default=[],
        metavar="FELT",
        help=f"felt hver registrering må ha: {', '.join(_REQUIRABLE)}",
    )
    new.add_argument(
        "--age-groups",
        type=_age_groups_arg,
        metavar="GRUPPER",
        help="som 0-5,6-12,13-17,18-25,26-66,67+",
    )
    new.add_argument(
        "--small-count-threshold",
        type=int,
        metavar="N",
        help="antall personer under N skjules i delingsarkene (standard 5)",
    )
    show = psub.add_parser("show", help="vis en pilotfil")
    show.add_argument("file", type=Path, metavar="FIL")
    join = psub.add_parser("join", help="bli med i en pilot")
    join.add_argument("file", type=Path, metavar="FIL")
    join.add_argument("--therapist", required=True, metavar="KODE")


def _cmd_pilot(args: argparse.Namespace, paths: DataPaths) -> int:
    actions = {"new": _pilot_new, "show": _pilot_show, "join": _pilot_join}
    return actions[args.action](args, paths)


def _read_pilot(path: Path) -> object:
    from rehablogg.core.pilot import PilotError, load_pilot

    if not path.exists():
        raise UserError(f"Finner ikke pilotfilen {shown_path(path)}.")
    try:
        return load_pilot(path)
    except PilotError as exc:
        raise UserError(str(exc)) from None


def _pilot_new(args: argparse.Namespace, paths: DataPaths) -> int:
    from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS
    from rehablogg.core.catalogue import SHIPPED_VERSIONS, default_catalogue
    from rehablogg.core.pilot import (
        DEFAULT_SMALL_COUNT_THRESHOLD,
        Pilot,
        PilotError,
        check_pilot,
        roster_from_csv,
    )
    from rehablogg.core.pseudonym import new_pilot_key

    out: Path = args.out
    if out.exists():
        raise UserError(f"{out} finnes allerede; velg et annet filnavn.")
    if not out.parent.is_dir():
        raise UserError(f"Mappen {out.parent} finnes ikke; opprett den eller velg en annen.")
    if not args.roster.exists():
        raise UserError(f"Finner ikke terapeutlisten {shown_path(args.roster)}.")
    # A pilot may stay on an older shipped version (its therapists' logbooks then work in it).
    catalogue = default_catalogue()
    version = args.catalogue_version or catalogue.version
    if version not in SHIPPED_VERSIONS:
        shipped = " og ".join(str(v) for v in SHIPPED_VERSIONS)
        raise UserError(
            f"Denne rehablogg har versjon {shipped} av kodeverket {catalogue.id}, "
            f"ikke versjon {version}; velg en av dem med --catalogue-version."
        )
    from rehablogg.core.pilot import MAX_FILE_BYTES
    from rehablogg.core.regular_file import read_regular_file

    try:
        text = read_regular_file(args.roster, MAX_FILE_BYTES).decode("utf-8-sig")
    except OSError as exc:
        raise UserError(
            f"{shown_path(args.roster.name)} kunne ikke leses "
            f"({exc.strerror or type(exc).__name__})."
        ) from None
    except UnicodeDecodeError:
        raise UserError(f"{shown_path(args.roster.name)} kan ikke leses som UTF-8-tekst.") from None
    try:
        roster = roster_from_csv(text, args.roster.name)
        pilot = check_pilot(
            Pilot(
                id=args.id,
                name=args.name,
                catalogue_id=catalogue.id,
                catalogue_version=version,
                roster=roster,
                age_groups=args.age_groups or DEFAULT_AGE_GROUPS,
                required_fields=tuple(dict.fromkeys(args.required)),
                linked_pseudonyms=args.linked_pseudonyms,
                key=new_pilot_key() if args.linked_pseudonyms else None,
                small_count_threshold=(
                    DEFAULT_SMALL_COUNT_THRESHOLD
                    if args.small_count_threshold is None
                    else args.small_count_threshold
                ),
            ),
            out.name,
        )
    except PilotError as exc:
        raise UserError(str(exc)) from None
    from rehablogg.core.pilot import pilot_toml
    from rehablogg.storage.owner_only import create_owner_only
    from rehablogg.storage.temporaries import publish_new, remove_quietly, sweep, temp_name

    # Written whole under a temporary name, then given its name (never replacing a file):
    # never half a pilot file, and owner-only from the start, since with linked pseudonyms it
    # holds the pilot key.
    sweep(out.parent)
    tmp = out.parent / temp_name(out.name)
    try:
        remove_quietly(tmp)
        with open(create_owner_only(tmp), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(pilot_toml(pilot))
            fh.flush()
            os.fsync(fh.fileno())
        if not publish_new(tmp, out):
            raise UserError(f"{out} finnes allerede; velg et annet filnavn.")
    except OSError as exc:
        raise _written_fault(
            exc, "pilotfilen", out.parent, f"Kan ikke skrive {out} ({exc.strerror})."
        ) from None
    finally:
        remove_quietly(tmp)
    secret = (
        (
            "; pseudonymene er koblet, så filen inneholder pilotnøkkelen og skal bare gis "
            "til terapeutene i piloten"
        )
        if pilot.linked_pseudonyms
        else ""
    )
    print(f"Skrev {out}: pilot {pilot.id} med {len(pilot.roster)} terapeuter{secret}.")
    return EXIT_OK


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _pilot_show(args: argparse.Namespace, paths: DataPaths) -> int:
    from rehablogg.core.pilot import Pilot

    pilot = _read_pilot(args.file)
    assert isinstance(pilot, Pilot)
    print(f"id: {pilot.id}")
    print(f"navn: {pilot.name}")
    print(f"kodeverk: {pilot.catalogue_id} versjon {pilot.catalogue_version}")
    print(f"aldersgrupper: {', '.join(g.label for g in pilot.age_groups)}")
    print(f"påkrevde felt: {', '.join(pilot.required_fields) or 'ingen'}")
    print(f"koblede pseudonymer: {'ja' if pilot.linked_pseudonyms else 'nei'}")
    if pilot.linked_pseudonyms:
        print("nøkkel: finnes")
    for service, target in sorted(pilot.targets.items()):
        print(
            f"mål for intensitet, {service}: {_number(target.sessions_per_week)} direkte "
            f"økter og {target.minutes_per_week} direkte minutter per uke"
        )
    print(f"skjules i delingsarkene: antall personer under {pilot.small_count_threshold}")
    print(f"terapeuter: {len(pilot.roster)}")
    for r in pilot.roster:
        print(
            f"  {r.therapist}\t{r.municipality}\t{r.unit}\t{r.profession}\t"
            f"{r.first_month}–{r.last_month}"
        )
    return EXIT_OK


def _pilot_join(args: argparse.Namespace, paths: DataPaths) -> int:
    from rehablogg.core.catalogue import SHIPPED_VERSIONS, STANDARD_ID
    from rehablogg.core.pilot import Pilot, PilotError, check_joinable

    pilot = _read_pilot(args.file)
    assert isinstance(pilot, Pilot)
    try:
        # The logbook takes the pilot's catalogue version (joining sets the profile's).
        entry = check_joinable(pilot, args.therapist, STANDARD_ID, SHIPPED_VERSIONS)
    except PilotError as exc:
        raise UserError(str(exc)) from None
    with _logbook(paths) as logbook:
        changes = logbook.settings.join_pilot(pilot, entry)
    print(f"Du er med i piloten {pilot.name} ({pilot.id}) som {entry.therapist}.")
    for change in changes:
        print(f"  {change.line()}")
    if not changes:
        print("  Profilen hadde allerede disse verdiene.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    # Everything this process creates may hold health-related personal data: owner-only from
    # the moment it exists (storage/owner_only.py), whatever SQLite, openpyxl or Qt create.
    # Given back at the end for a caller that runs main() in its own process (tests).
    previous = restrict_umask()
    try:
        return _main(argv)
    finally:
        os.umask(previous)


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:  # the app may run for weeks: the system's temp folder
            return _dispatch(args)
        # A command's temporary files, and its libraries', in a folder of its own that goes
        # when it ends, and that the next command removes if this one is killed.
        with private_temp_dir():
            return _dispatch(args)
    except UserError as exc:
        return _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return _fail("Avbrutt.", EXIT_INVALID)
    except BrokenPipeError:
        # The reader went away (`rehablogg codes | head`); nothing left to tell anyone.
        sys.stderr.close()
        return EXIT_OK
    except Exception as raised:
        from rehablogg.application.errors import WriteFailedError
        from rehablogg.storage.errors import StorageError
        from rehablogg.storage.faults import classify, fault_sentence, folder_of

        # A book's refused write carries the database's error: a fault of the machine behind
        # it is said as this command's own sentence, as before the books wrapped it.
        cause = raised.__cause__
        failure = (
            cause
            if isinstance(raised, WriteFailedError) and isinstance(cause, Exception)
            else raised
        )
        if isinstance(failure, StorageError):
            return _fail(str(failure), EXIT_INVALID)
        fault = classify(failure)
        if fault is not None:  # the machine, not the program: say what to do
            paths = resolve_data_dir(args.data_dir)
            return _fail(
                fault_sentence(
                    fault, what=_what_is_written(args), folder=folder_of(failure, paths.root)
                ),
                EXIT_INVALID,
            )
        logged = _log_crash(args)
        where = "detaljer er skrevet i loggen" if logged else "detaljene kunne ikke logges"
        return _fail(f"Uventet feil ({type(failure).__name__}); {where}.", EXIT_INVALID)


# What a command writes, for the sentence of a fault (a full disk, a read-only folder …).
_WRITES = {
    None: "databasen",
    "demo": "demodataene",
    "profile": "profilen",
    "export": "eksporten",
    "backup": "sikkerhetskopien",
    "restore": "databasen",
    "aggregate": "sammendraget",
    "check": "kontrollen",
    "codes": "kodeverket",
    "verify": "kontrollen",
}


def _what_is_written(args: argparse.Namespace) -> str:
    if args.command == "pilot":
        return "pilotfilen" if args.action == "new" else "profilen"
    return _WRITES.get(args.command, "resultatet")


class _Closable(Protocol):
    def close(self) -> None: ...


_Opened = TypeVar("_Opened", bound=_Closable)


@contextmanager
def _logbook(paths: DataPaths) -> Iterator[Logbook]:
    """The logbook of ``paths``, opened as the app opens it (application/opening.py) for a
    command that reads or writes it, and closed; see ``_opened``."""
    from rehablogg.application.opening import open_logbook

    with _opened(paths, open_logbook) as logbook:
        yield logbook


@contextmanager
def _database(paths: DataPaths) -> Iterator[Database]:
    """The database itself, for the demo year (demo.py writes it directly)."""
    from rehablogg.storage.database import open_database

    with _opened(paths, open_database) as db:
        yield db


@contextmanager
def _opened(paths: DataPaths, opener: Callable[[DataPaths], _Opened]) -> Iterator[_Opened]:
    """What ``opener`` makes of ``paths``, for a command that writes to it, and closed. If the
    file was removed or replaced while the command ran (the data folder deleted or moved),
    SQLite went on writing into a file nobody can open again, or failed on a companion file it
    could no longer find: either way that is said as such, never as success."""
    existed = paths.database.exists()
    try:
        db = opener(paths)
    except Exception:
        if existed and not paths.database.exists():  # moved away while it was being opened
            raise _gone(paths) from None
        raise
    try:
        before = os.stat(paths.database)
    except OSError:
        db.close()
        raise _gone(paths) from None
    try:
        yield db
    except Exception:
        db.close()
        if _replaced(paths.database, before):
            raise _gone(paths) from None
        raise
    db.close()
    if _replaced(paths.database, before):
        raise _gone(paths)


def _replaced(path: Path, before: os.stat_result) -> bool:
    try:
        after = os.stat(path)
    except OSError:
        return True
    return (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino)


def _gone(paths: DataPaths) -> UserError:
    return UserError(
        f"Databasefilen {paths.database} finnes ikke lenger (ble datamappen "
        "slettet eller flyttet mens kommandoen kjørte?), så det som ble lagret nå "
        "er borte; legg mappen tilbake og kjør kommandoen på nytt."
    )


def _written_fault(exc: BaseException, what: str, folder: Path, otherwise: str) -> UserError:
    """The sentence for a fault of the machine behind ``exc`` while ``what`` was written into
    ``folder`` (a full disk, a read-only folder …), else ``otherwise``."""
    from rehablogg.storage.faults import classify, fault_sentence, folder_of

    fault = classify(exc)
    if fault is None:
        return UserError(otherwise)
    return UserError(fault_sentence(fault, what=what, folder=folder_of(exc, folder)))


def _fail(message: str, code: int) -> int:
    print(f"rehablogg: {message}", file=sys.stderr)
    return code


def _log_crash(args: argparse.Namespace) -> bool:
    """The traceback, scrubbed, in the log folder's crash.log (owner-only); False when even
    that cannot be written (stderr gets the one sentence either way)."""
    try:
        paths = resolve_data_dir(args.data_dir)
        from rehablogg.storage.logs import append_crash

        append_crash(paths, traceback.format_exc())
    except OSError:
        return False
    return True


def _dispatch(args: argparse.Namespace) -> int:
    paths = resolve_data_dir(args.data_dir)
    handlers: dict[str | None, Callable[[argparse.Namespace, DataPaths], int]] = {
        None: _cmd_app,
        "demo": _cmd_demo,
        "profile": _cmd_profile,
        "check": _cmd_check,
        "codes": _cmd_codes,
        "export": _cmd_export,
        "verify": _cmd_verify,
        "backup": _cmd_backup,
        "restore": _cmd_restore,
        "pilot": _cmd_pilot,
        "aggregate": _cmd_aggregate,
        "import-calendar": _cmd_import_calendar,
        "receipt": _cmd_receipt,
    }
    return handlers[args.command](args, paths)


def _cmd_receipt(args: argparse.Namespace, paths: DataPaths) -> int:
    """Read the pilot lead's receipt (docs/receipts.md), as Fil → Les kvittering does."""
    if not paths.database.exists():
        raise UserError(f"Ingen database i {paths.root} ennå; det er ingen leverte måneder.")
    from rehablogg.application.exports_book import DATABASE_ERRORS
    from rehablogg.application.receipts_book import ReceiptProblem

    with _logbook(paths) as logbook:
        try:
            read = logbook.receipts.read(args.file)
        except ReceiptProblem as exc:
            raise UserError(str(exc)) from None
        except DATABASE_ERRORS as exc:
            raise UserError(f"Kvitteringen kunne ikke lagres ({exc}).") from None
        current = {r.month: r for r in logbook.receipts.current()}
    words = {"godtatt": "godkjent", "erstattet": "erstattet", "returnert": "returnert"}
    for month in sorted({m.month for m in read.months}):
        now = current.get(month)
        if now is None:
            print(f"{month}\tlevert på nytt, venter på kvittering")
            continue
        reason = f"\t{now.reason}" if now.reason else ""
        print(f"{month}\t{words.get(now.status, now.status)}{reason}")
    returned = len({m.month for m in read.returned})
    summary = (
        f"Kvitteringen skrevet {read.written[:10]} er lest inn: "
        f"{len({m.month for m in read.months})} måneder, {returned} returnert"
    )
    if read.unknown:
        summary += f"; {read.unknown} måneder ble ikke gjenkjent og er ikke lest inn"
    if returned:
        summary += (
            "; lever en returnert måned på nytt med rehablogg export --period ÅÅÅÅ-MM --submit "
            "(den blir en korreksjon)"
        )
    print(summary + ".")
    return EXIT_OK


def _cmd_import_calendar(args: argparse.Namespace, paths: DataPaths) -> int:
    from rehablogg import cli_calendar

    return cli_calendar.run(args, paths, UserError)


def _cmd_app(args: argparse.Namespace, paths: DataPaths) -> int:
    # The start makes about 75 000 objects that live as long as the app, and little garbage
    # (about 1 000 objects); collecting while they are made cost some 50 ms. The app collects
    # once the window is on screen and turns collection back on (gui/app.py, _after_start).
    gc.disable()
    from rehablogg.gui.system_libraries import desktop_problem

    # Qt aborts the process (exit 134) without a usable sentence when it cannot start.
    problem = desktop_problem()
    if problem is not None:
        raise UserError(problem)
    from rehablogg.storage.diagnosis import EarlyProbe

    # The database's check reads the whole file while the libraries below are imported.
    probe = EarlyProbe(paths.database)
    from rehablogg.gui.feature_scan import skip_feature_scan

    # PySide6 would read the source of every module imported after it (gui/feature_scan.py).
    skip_feature_scan()
    from rehablogg.gui.app import run_app

    return run_app(paths, quit_after_startup=args.quit_after_startup, probe=probe)


def _cmd_demo(args: argparse.Namespace, paths: DataPaths) -> int:
    from rehablogg.application.logbook import Logbook
    from rehablogg.core.municipalities import validate_municipality
    from rehablogg.core.profile_rules import validate_therapist_code
    from rehablogg.demo import DemoSpec, write_demo

    try:
        validate_municipality(args.municipality)
        validate_therapist_code(args.therapist)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    with _database(paths) as db:
        if Logbook(db).entries.count():
            raise UserError(
                f"Datamappen {paths.root} har allerede registreringer; bruk --data-dir med en "
                "tom mappe for demodata."
            )
        spec = DemoSpec(
            entries=args.entries,
            clients=args.clients,
            seed=args.seed,
            end=args.end or date.today(),
            therapist=args.therapist,
            municipality=args.municipality,
            unit=args.unit,
            position_percent=args.position,
        )
        written = write_demo(db, spec)
    print(f"Skrev {written} demoregistreringer til {paths.database}.")
    return EXIT_OK


def _cmd_profile(args: argparse.Namespace, paths: DataPaths) -> int:
    changes = _profile_changes(args) if args.action == "set" else {}
    if args.action == "set" and not changes:
        raise UserError(
            "Oppgi minst én verdi å endre, for eksempel --municipality 0301.", EXIT_USAGE
        )
    with _logbook(paths) as logbook:
        settings = logbook.settings
        profile = settings.change_profile(**changes) if changes else settings.profile()
    from rehablogg.core.municipalities import municipalities

    kommune = municipalities().get(profile.municipality)
    rows = [
        ("terapeut", profile.therapist_code),
        ("profesjon", profile.profession),
        ("kommunenr", profile.municipality),
        ("kommunenavn", kommune.name if kommune else ""),
        ("enhet", profile.unit),
        ("stillingsprosent", str(profile.position_percent)),
        ("arbeidsdager", profile.working_days),
        ("pilot", profile.pilot_id),
        ("katalog", f"{profile.catalogue_id} {profile.catalogue_version}"),
    ]
    for key, value in rows:
        print(f"{key}: {value}")
    return EXIT_OK


def _profile_changes(args: argparse.Namespace) -> dict[str, object]:
    from rehablogg.core.municipalities import validate_municipality
    from rehablogg.core.profile_rules import (
        validate_position,
        validate_profession,
        validate_therapist_code,
    )

    changes: dict[str, object] = {}
    try:
        if args.therapist is not None:
            changes["therapist_code"] = validate_therapist_code(args.therapist)
        if args.municipality is not None:
            changes["municipality"] = validate_municipality(args.municipality).number
        if args.unit is not None:
            changes["unit"] = args.unit.strip()
        if args.position is not None:
            changes["position_percent"] = validate_position(args.position)
        if args.profession is not None:
            changes["profession"] = validate_profession(args.profession)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    return changes


def _cmd_backup(args: argparse.Namespace, paths: DataPaths) -> int:
    # The Sikkerhetskopier window's book, on the data folder: a backup opens no logbook (that
    # would upgrade an older database before copying it).
    from rehablogg.application.backups_book import BackupsBook

    book = BackupsBook(paths)
    if not paths.database.exists():
        raise UserError(f"Ingen database i {paths.root} å ta sikkerhetskopi av.")
    out = args.out.expanduser().resolve() if args.out else None
    if out is not None and out.is_dir():
        raise UserError(f"{out} er en mappe; oppgi et filnavn, for eksempel {out}/kopi.sqlite3.")
    if out is not None and out.exists():
        raise UserError(f"{out} finnes allerede; velg et annet filnavn.")
    try:
        target = book.take("manuell", out=out)
    except FileExistsError:
        raise UserError(f"{out} finnes allerede; velg et annet filnavn.") from None
    except OSError as exc:
        raise _written_fault(
            exc,
            "sikkerhetskopien",
            out.parent if out else paths.backups,
            f"Sikkerhetskopien kunne ikke skrives ({exc.strerror}).",
        ) from None
    print(f"Sikkerhetskopi med {book.entries_in(target)} registreringer skrevet til {target}.")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, paths: DataPaths) -> int:
    import sqlite3

    from rehablogg.application.backups_book import BackupsBook
    from rehablogg.storage.paths import ensure_data_dir

    source = args.file.expanduser().resolve()
    if not source.exists():
        raise UserError(f"Finner ikke filen {source}.")
    if not source.is_file():  # a folder, FIFO or device: never opened
        raise UserError(
            f"{source} er ikke en vanlig fil; oppgi en sikkerhetskopi (rehablogg-….sqlite3)."
        )
    # No logbook can be open here: the database may be the damaged file this replaces. The
    # folder is made (storage, directly) for a restore onto a new machine.
    ensure_data_dir(paths)
    book = BackupsBook(paths)
    try:
        restored = book.restore(source)
    except (OSError, sqlite3.Error) as exc:
        # A restore that fails puts the database back before it returns (backups.py).
        reason = getattr(exc, "strerror", None) or exc
        raise UserError(
            f"Gjenopprettingen kunne ikke fullføres ({reason}); ingenting er "
            "slettet – prøv igjen når feilen er rettet."
        ) from None
    kept_text = ""
    if restored.folder is not None:  # the files themselves, -wal and -shm included
        copy = f" og som sikkerhetskopien {restored.backup.name}" if restored.backup else ""
        kept_text = f" Den forrige databasen er tatt vare på urørt i {restored.folder}{copy}."
    print(
        f"Gjenopprettet {book.entries_in(paths.database)} registreringer fra {source.name}."
        f"{kept_text}"
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, paths: DataPaths) -> int:
    from rehablogg.core.catalogue import default_catalogue
    from rehablogg.storage.integrity import check_database

    if not paths.database.exists():
        print(f"Ingen database i {paths.root} ennå; ingenting å kontrollere.")
        return EXIT_OK
    # The newest shipped version knows every code of every version an entry may be stored
    # with (entries keep their own version), so it checks them all.
    report = check_database(paths.database, default_catalogue())
    if not report.ok:
        for problem in report.problems:
            print(f"rehablogg: {problem}", file=sys.stderr)
        return EXIT_INVALID
    print(
        f"Databasen er i orden: {report.entries} registreringer, {report.clients} brukere, "
        f"skjemaversjon {report.schema_version}."
    )
    return EXIT_OK


def _cmd_codes(args: argparse.Namespace, paths: DataPaths) -> int:
    from rehablogg.core.catalogue import CatalogueError, default_catalogue, load_catalogue

    try:
        catalogue = load_catalogue(args.catalogue) if args.catalogue else default_catalogue()
    except CatalogueError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"Kan ikke lese kodeverket {args.catalogue}: {exc.strerror}.") from None
    print(f"{catalogue.id} versjon {catalogue.version}")
    for code in catalogue.codes:
        status = " (utgått)" if catalogue.is_retired(code.code) else ""
        print(f"{code.code}\t{code.category}\t{code.label.nb}{status}")
    return EXIT_OK


def _export_span(args: argparse.Namespace) -> tuple[date, date, bool]:
    """``(first day, last day, whole month)`` from --period or --from/--to."""
    from rehablogg.core.periods import Month

    if args.period is not None:
        if args.end is not None:
            raise UserError("--to brukes bare sammen med --from, ikke med --period.", EXIT_USAGE)
        try:
            month = Month.parse(args.period)
        except ValueError as exc:
            raise UserError(str(exc), EXIT_USAGE) from None
        return month.first_day, month.last_day, True
    if args.end is None:
        raise UserError("--from trenger --to med siste dag (ÅÅÅÅ-MM-DD).", EXIT_USAGE)
    if args.end < args.start:
        raise UserError("--to er før --from; siste dag kan ikke komme før første dag.", EXIT_USAGE)
    return args.start, args.end, False


def _check_export_usage(args: argparse.Namespace, whole_month: bool) -> None:
    if args.submit and not whole_month:
        raise UserError("--submit gjelder en hel måned; bruk --period ÅÅÅÅ-MM.", EXIT_USAGE)
    if args.before_month_end and not args.submit:
        raise UserError("--before-month-end brukes bare sammen med --submit.", EXIT_USAGE)
    if args.submit and args.format != "xlsx":
        raise UserError("En innlevering er alltid en xlsx-fil; ta bort --format csv.", EXIT_USAGE)
    out: Path = args.out
    if not out.is_dir() and out.suffix.lower() != f".{args.format}":
        raise UserError(
            f"--out må være en mappe som finnes, eller et filnavn som slutter på .{args.format}.",
            EXIT_USAGE,
        )


def _cmd_export(args: argparse.Namespace, paths: DataPaths) -> int:
    start, end, whole_month = _export_span(args)
    _check_export_usage(args, whole_month)
    if not paths.database.exists():
        raise UserError(f"Ingen database i {paths.root} ennå; det er ingenting å eksportere.")
    from rehablogg.application.exports_book import SubmissionBackupError
    from rehablogg.exchange.errors import ExportError
    from rehablogg.exchange.export import ExportRequest

    request = ExportRequest(
        start=start,
        end=end,
        out=args.out,
        whole_month=whole_month,
        fmt=args.format,
        submit=args.submit,
        include_notes=args.include_notes,
        before_month_end=args.before_month_end,
    )
    with _logbook(paths) as logbook:
        # The same plan as the export dialog: refused by its rules before anything is written,
        # and a submission keeps a backup of the month as it was before it locks it.
        try:
            result = logbook.exports.export(request)
        except SubmissionBackupError as exc:
            raise _written_fault(
                exc.cause,
                "sikkerhetskopien som tas før innleveringen",
                paths.backups,
                f"Sikkerhetskopien før innleveringen kunne ikke tas ({exc.cause}).",
            ) from None
        except ExportError as exc:
            raise UserError(str(exc)) from None
        except OSError as exc:
            raise UserError(
                f"Kan ikke skrive til {args.out} ({exc.strerror}); er filen åpen i et annet "
                "program eller mappen skrivebeskyttet? Lukk den og prøv igjen."
            ) from None
    print(_export_summary(result, args.period))
    return EXIT_OK


def _export_summary(result: ExportResult, month: str | None) -> str:
    from rehablogg.exchange.submission import Kind

    done = f"Skrev {result.path} ({result.entries} registreringer"
    if result.export_id is None:
        return done + "); CSV er bare en visning, send xlsx-filen som innlevering."
    done += f", eksport_id {result.export_id})"
    if result.kind is Kind.FIRST:
        return f"{done}; {month} er levert og låst."
    if result.kind is Kind.CORRECTION:
        return (
            f"{done}; korreksjon nr. {result.correction} for {month}, som erstatter "
            f"{result.replaces}."
        )
    if result.kind is Kind.SAME:
        return f"{done}; {month} er uendret siden innleveringen, så dette er samme innlevering."
    return done + "; filen er ikke en innlevering."


def _cmd_verify(args: argparse.Namespace, paths: DataPaths) -> int:
    from rehablogg.exchange.verify_bytes import verify_path

    files: list[Path] = args.files
    invalid = 0
    for path in files:
        report = verify_path(path)
        print(report.line(shown_path(path)), flush=True)
        invalid += not report.ok
    if invalid:
        if len(files) == 1:
            return _fail("Filen er ikke gyldig.", EXIT_INVALID)
        return _fail(f"{invalid} av {len(files)} filer er ikke gyldige.", EXIT_INVALID)
    return EXIT_OK


# -- aggregate (docs/DESIGN.md §5): collections of submissions and the summary workbook -------


def _add_aggregate_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    agg = sub.add_parser("aggregate", help="samle innleveringer og lag et sammendrag")
    agg.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        metavar="INNDATA",
        help="filer eller mapper (søkes gjennom), med pilotfilen om dere har en",
    )
    agg.add_argument("--out", type=Path, required=True, metavar="SAMMENDRAG.xlsx")
    agg.add_argument(
        "--collection",
        type=Path,
        metavar="FIL",
        help="samlingsfilen som beholdes mellom kjøringer (ellers midlertidig)",
    )
    agg.add_argument(
        "--tariffs",
        type=Path,
        metavar="FIL",
        help="tariffmodeller (TOML, se docs/tariff-models.md) som regnes ut på "
        "samlingen og vises side om side i sammendraget",
    )
    agg.add_argument(
        "--dataset",
        type=Path,
        metavar="MAPPE",
        help="skriv også de godtatte radene som et Parquet-datasett for analyse i denne mappen "
        "(se docs/analysts.md)",
    )
    agg.add_argument(
        "--report",
        type=Path,
        metavar="RAPPORT.pdf",
        help="lag også en rapport til kommunestyret (PDF, tall per kommune, små tall skjult)",
    )
    agg.add_argument(
        "--receipts",
        type=Path,
        metavar="MAPPE",
        help="skriv en kvittering (JSON) per terapeut i denne mappen: hver innlevert måned "
        "godtatt, erstattet eller returnert (se docs/receipts.md)",
    )
    agg.add_argument(
        "--return",
        dest="return_id",
        metavar="EKSPORT_ID",
        help="send innleveringen med denne eksport_id tilbake til terapeuten (med --reason "
        "og --collection); kvitteringen sier returnert",
    )
    agg.add_argument(
        "--reason",
        metavar="TEKST",
        help="hvorfor måneden sendes tilbake (høyst 500 tegn, sammen med --return)",
    )
    agg.add_argument(
        "--strict", action="store_true", help="avslutt med kode 1 hvis noen fil er avvist"
    )
    agg.add_argument(
        "--jobs",
        type=_int_in(1, 256),
        metavar="N",
        help="prosesser som kontrollerer filene samtidig (standard: én per kjerne; "
        "1 kontrollerer i denne prosessen)",
    )


def _cmd_aggregate(args: argparse.Namespace, paths: DataPaths) -> int:
    if args.out.suffix.lower() != ".xlsx":
        raise UserError(f"--out må være en .xlsx-fil, ikke «{args.out.name}».", EXIT_USAGE)
    if not args.out.parent.is_dir():
        raise UserError(f"Mappen {args.out.parent} finnes ikke.", EXIT_USAGE)
    _check_report_path(args.report)
    returns = _returns(args)
    import sqlite3
    import tempfile

    from rehablogg.aggregate.collection import CollectionError
    from rehablogg.aggregate.dataset import DatasetError
    from rehablogg.aggregate.receipts import ReturnError
    from rehablogg.aggregate.run import AggregateUsageError, Options, aggregate, counts
    from rehablogg.aggregate.status import Status
    from rehablogg.aggregate.tariffs import TariffError
    from rehablogg.core.pilot import PilotError

    figures: list[
        CouncilFigures | str
    ] = []  # the council report's, taken while the collection is open
    try:
        result = aggregate(
            Options(
                tuple(args.inputs),
                args.out,
                args.collection,
                tariffs=args.tariffs,
                dataset=args.dataset,
                with_figures=None if args.report is None else _report_figures(figures),
                jobs=args.jobs,
                returns=returns,
                receipts=args.receipts,
            ),
            progress=sys.stderr,
        )
    except AggregateUsageError as exc:
        raise UserError(str(exc), EXIT_USAGE) from None
    except (PilotError, CollectionError, TariffError, DatasetError, ReturnError) as exc:
        raise UserError(str(exc), EXIT_INVALID) from None
    except sqlite3.Error as exc:
        raise _written_fault(
            exc,
            "samlingen",
            args.collection.parent if args.collection else Path(tempfile.gettempdir()),
            f"Samlingsfilen kunne ikke brukes ({exc}).",
        ) from None
    except OSError as exc:
        raise _written_fault(
            exc,
            "sammendraget",
            args.out.parent,
            f"Sammendraget kunne ikke skrives ({exc.strerror}).",
        ) from None
    n = counts(result)
    extra = "".join(f"; radene ligger også i {p}" for p in result.csv_files)
    if result.dataset is not None:
        d = result.dataset
        extra += (
            f"; datasettet i {d.folder}: {len(d.written)} måneder skrevet, "
            f"{len(d.kept)} uendret, {len(d.removed)} fjernet"
        )
    if returns:
        extra += f"; {returns[0][0]} er returnert til terapeuten"
    if args.receipts is not None:
        extra += f"; {len(result.receipts)} kvitteringer er skrevet til {args.receipts}"
    print(
        f"{len(result.outcomes)} filer: {n[Status.ACCEPTED]} godtatt, "
        f"{n[Status.DUPLICATE]} duplikater, {n[Status.SUPERSEDED]} erstattet, "
        f"{n[Status.CONFLICT]} i konflikt, {n[Status.REJECTED]} avvist; "
        f"{result.total_minutes} minutter; sammendraget er skrevet til {result.path}{extra}."
    )
    if args.report is not None:
        _write_report(args.report, figures[0])
    rejected_now = counts(result, this_run=True)[Status.REJECTED]
    if args.strict and rejected_now:
        return _fail(f"{rejected_now} filer er avvist (se arket Innsendinger).", EXIT_INVALID)
    return EXIT_OK


def _returns(args: argparse.Namespace) -> tuple[tuple[str, str], ...]:
    """--return and --reason come together (docs/receipts.md)."""
    if args.return_id is None and args.reason is None:
        return ()
    if args.return_id is None:
        raise UserError("--reason brukes bare sammen med --return EKSPORT_ID.", EXIT_USAGE)
    if args.reason is None:
        raise UserError("--return trenger --reason med hvorfor måneden sendes tilbake.", EXIT_USAGE)
    return ((args.return_id.strip(), args.reason),)


def _check_report_path(report: Path | None) -> None:
    """Before a long run: the report's name and folder."""
    if report is None:
        return
    if report.suffix.lower() != ".pdf":
        raise UserError(f"--report må være en .pdf-fil, ikke «{report.name}».", EXIT_USAGE)
    if not report.parent.is_dir():
        raise UserError(f"Mappen {report.parent} for rapporten finnes ikke.", EXIT_USAGE)
    if report.is_dir() or not os.access(report.parent, os.W_OK):
        raise UserError(f"Rapporten kan ikke skrives til {report}; velg en mappe du kan skrive i.")


def _report_figures(
    into: list[CouncilFigures | str],
) -> Callable[[Collection, Gathered, Pilot | None, TariffFile | None], None]:
    """The ``with_figures`` hook of the run: the council report's figures (plain Python) from
    what the summary gathered, or the sentence saying why there are none."""
    from rehablogg.aggregate.council_figures import NoRowsError, council_figures

    def take(
        collection: Collection, gathered: Gathered, pilot: Pilot | None, tariffs: TariffFile | None
    ) -> None:
        try:
            into.append(council_figures(collection, pilot, tariffs, gathered))
        except NoRowsError as exc:
            into.append(str(exc))

    return take


def _write_report(report: Path, figures: CouncilFigures | str) -> None:
    """Draw the report with Qt offscreen (no window is needed, nor a display)."""
    if isinstance(figures, str):
        raise UserError(figures)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        # Before any QApplication: Qt picks its platform when the first one is made.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from rehablogg.gui.council_report import render_with_app

    try:
        pages, seconds = render_with_app(figures, report)
    except OSError as exc:
        raise _written_fault(
            exc, "rapporten", report.parent, f"Rapporten kunne ikke skrives ({exc.strerror})."
        ) from None
    print(f"Rapporten ({pages} sider, {seconds:.1f} s) er skrevet til {report}.")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
