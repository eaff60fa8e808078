"""Hostile backup files: ``verify_backup`` returns an entry count or raises ``StorageError``
(one sentence), never another exception; ``restore_backup`` of a refused file leaves the current
database and data folder byte-identical and writes nothing; a file that verification accepts
restores into a database that passes ``integrity_check`` (or is refused the same clean way).

The files are byte-level mutations of a real backup (every header byte flipped, random flips in
the middle pages, whole pages zeroed or overwritten, truncations at random lengths and at every
page boundary) and whole foreign files (empty, text, zip, another app's SQLite database, a
rehablogg database from a newer version, ...).
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.storage.backups import restore_backup, take_backup, verify_backup
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import open_database
from rehablogg.storage.entries import add_entry, update_entry
from rehablogg.storage.errors import StorageError
from rehablogg.storage.paths import DataPaths, resolve_data_dir
from rehablogg.storage.periods import mark_submitted
from tests.robustness.helpers import hang_guard

CAT = ("rehablogg-standard", 1)
SEED = 20250312
HANG_SECONDS = 20.0
ACCEPTED_RESTORES = 40  # restoring an accepted mutant costs a copy of the data folder


def _make_data_dir(root: Path) -> DataPaths:
    paths = resolve_data_dir(root)
    db = open_database(paths)
    try:
        child = add_client(db.engine, "Fuzz Barn", birth_year=2017, has_ip=True)
        adult = add_client(db.engine, "Fuzz Voksen", birth_year=1950)
        first = add_entry(
            db.engine,
            EntryDraft(
                date(2026, 3, 2),
                45,
                "D02",
                None,
                (child,),
                "oppmote",
                "skole",
                ("foreldre", "skole_sfo"),
            ),
            *CAT,
        )
        add_entry(
            db.engine,
            EntryDraft(
                date(2026, 3, 3), 30, "D03", None, (child, adult), group_size=4, note="gruppe"
            ),
            *CAT,
        )
        add_entry(db.engine, EntryDraft(date(2026, 4, 7), 90, "A03"), *CAT)
        with db.engine.begin() as conn:
            mark_submitted(conn, "2026-03", "exp-1", "2026-04-01T08:00:00")
        update_entry(
            db.engine,
            first,
            EntryDraft(date(2026, 3, 2), 50, "D02", None, (child,)),
            reason="retting",
        )
    finally:
        db.close()
    return paths


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[DataPaths, bytes, Path]:
    """A data folder with a few entries, clients, a submitted month and an audit row, and a
    valid backup of it (its bytes, and a scratch folder for the mutants)."""
    base = tmp_path_factory.mktemp("hostile-backups")
    paths = _make_data_dir(base / "data")
    backup = take_backup(paths, "manuell", out=base / "good.sqlite3")
    assert verify_backup(backup) == 3
    scratch = base / "mutants"
    scratch.mkdir()
    return paths, backup.read_bytes(), scratch


# ---------------------------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------------------------

Case = tuple[str, str, Callable[[Path], object]]  # (kind, name, writes the file at the path)


def _bytes(data: bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(data)


def _page_size(good: bytes) -> int:
    size = int.from_bytes(good[16:18], "big")
    return 65536 if size == 1 else size


def byte_cases(good: bytes) -> list[Case]:
    rng = random.Random(SEED)
    page = _page_size(good)
    pages = len(good) // page
    assert pages >= 4, "the backup must have middle pages to damage"
    cases: list[Case] = []
    for offset in range(100):  # every byte of the database header
        data = bytearray(good)
        data[offset] ^= 0xFF
        cases.append(("header byte flipped", f"header-{offset}", _bytes(bytes(data))))
    for n in range(120):  # 1-16 random flips inside one middle page
        data = bytearray(good)
        start = rng.randrange(1, pages - 1) * page
        for _ in range(rng.randint(1, 16)):
            data[start + rng.randrange(page)] ^= rng.randint(1, 255)
        cases.append(("bytes flipped in a middle page", f"flips-{n}", _bytes(bytes(data))))
    for n in range(20):
        data = bytearray(good)
        start = rng.randrange(1, pages) * page
        data[start : start + page] = bytes(page) if n % 2 else rng.randbytes(page)
        cases.append(("whole page zeroed or random", f"page-{n}", _bytes(bytes(data))))
    lengths = sorted(
        {
            0,
            1,
            15,
            16,
            99,
            100,
            101,
            *(k * page for k in range(1, pages)),
            *(rng.randrange(1, len(good)) for _ in range(60)),
        }
    )
    for length in lengths:
        cases.append(("truncated", f"truncated-{length}", _bytes(good[:length])))
    return cases


def _sqlite_file(statements: tuple[str, ...]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()

    return write


def _copy_with(good: bytes, statements: tuple[str, ...]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(good)
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
        for suffix in ("-wal", "-shm"):  # a file handed to restore comes alone
            path.with_name(path.name + suffix).unlink(missing_ok=True)

    return write


def _zip_of(good: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("rehablogg-20260401-080000-manuell.sqlite3", good)

    return write


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "rehablogg.sqlite3").write_bytes(b"")


def foreign_cases(good: bytes) -> list[Case]:
    rng = random.Random(SEED + 1)
    kind = "foreign or odd file"
    return [
        (kind, "empty", _bytes(b"")),
        (kind, "text", _bytes(b"Dette er en tekstfil, ikke en sikkerhetskopi.\n" * 40)),
        (kind, "zip-of-a-backup", _zip_of(good)),
        (kind, "sqlite-header-then-random", _bytes(b"SQLite format 3\x00" + rng.randbytes(8192))),
        (kind, "random-bytes", _bytes(rng.randbytes(len(good)))),
        (
            kind,
            "another-apps-database",
            _sqlite_file(
                (
                    "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)",
                    "INSERT INTO moz_places (url, title) "
                    "VALUES ('https://example.org', 'Eksempel')",
                    "PRAGMA user_version = 70",
                )
            ),
        ),
        (kind, "empty-sqlite-at-version-1", _sqlite_file(("PRAGMA user_version = 1",))),
        (kind, "rehablogg-at-version-0", _copy_with(good, ("PRAGMA user_version = 0",))),
        (kind, "rehablogg-from-a-newer-version", _copy_with(good, ("PRAGMA user_version = 99",))),
        (kind, "rehablogg-with-a-table-missing", _copy_with(good, ("DROP TABLE entry_party",))),
        (kind, "rehablogg-in-wal-mode", _copy_with(good, ("PRAGMA journal_mode = WAL",))),
        (
            kind,
            "rehablogg-with-a-wrong-schema-entry",
            _bytes(good.replace(b"CREATE TABLE entry (", b"CREATE TABLE entry!(", 1)),
        ),
        (kind, "a-folder", _folder),
    ]


# ---------------------------------------------------------------------------------------------
# Checking one file
# ---------------------------------------------------------------------------------------------


def _tree(root: Path) -> dict[str, str]:
    """Every file under the data folder with its hash (SQLite's -wal/-shm, which come and go
    with connections, left out; the database is closed here, so there are none)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def _rows(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db_path)  # read-write, like the app; nothing is written
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


@dataclass
class Run:
    """What fuzzing one set of files found."""

    tally: Counter[str] = field(default_factory=Counter)
    # verify_backup or restore_backup raised something other than StorageError
    wrong_exceptions: list[str] = field(default_factory=list)
    # a refused restore changed the data folder, the rows or the file; a bad message
    harm: list[str] = field(default_factory=list)


def _verify(path: Path) -> tuple[int | None, BaseException | None]:
    """(entries, None) when accepted, (None, the exception) when refused."""
    try:
        with hang_guard(HANG_SECONDS):
            count = verify_backup(path)
    except Exception as error:
        return None, error
    assert isinstance(count, int) and count >= 0, count
    return count, None


def _run_cases(world: tuple[DataPaths, bytes, Path], cases: list[Case]) -> Run:
    paths, _good, scratch = world
    run = Run()
    tree_before, rows_before = _tree(paths.root), _rows(paths.database)
    restored = 0
    for kind, name, write in cases:
        path = scratch / f"{name}.sqlite3"
        write(path)
        source_before = path.read_bytes() if path.is_file() else None
        run.tally[kind] += 1
        _count, error = _verify(path)
        if error is not None:
            run.tally["refused"] += 1
            if not isinstance(error, StorageError):
                run.wrong_exceptions.append(
                    f"{name}: verify_backup raised {type(error).__name__}: {error}"
                )
            elif not str(error).strip() or "\n" in str(error):
                run.harm.append(f"{name}: not a one-line sentence: {str(error)!r}")
            try:
                restore_backup(paths, path, now=datetime(2026, 5, 1, 12, 0))
            except StorageError:
                pass
            except Exception as other:
                run.wrong_exceptions.append(
                    f"{name}: restore_backup raised {type(other).__name__}: {other}"
                )
            else:
                run.harm.append(f"{name}: verify refused it but restore_backup went ahead")
            if _tree(paths.root) != tree_before:
                run.harm.append(f"{name}: a refused restore changed the data folder")
            if _rows(paths.database) != rows_before:
                run.harm.append(f"{name}: a refused restore changed the rows")
            if source_before is not None and path.read_bytes() != source_before:
                run.harm.append(f"{name}: verifying or restoring changed the file")
        else:
            run.tally["accepted"] += 1
            if restored < ACCEPTED_RESTORES:
                restored += 1
                _restore_accepted(paths, path, scratch / f"restore-{name}", name, run)
                run.tally["accepted and restored into a copy"] += 1
        if path.is_dir():
            shutil.rmtree(path)
        for leftover in scratch.glob(f"{name}.sqlite3*"):
            leftover.unlink()
    return run


def _restore_accepted(paths: DataPaths, source: Path, copy_root: Path, name: str, run: Run) -> None:
    """Restore an accepted mutant into a copy of the data folder: it restores to a database
    that passes integrity_check, or it is refused with the copy untouched."""
    shutil.copytree(paths.root, copy_root)
    target = resolve_data_dir(copy_root)
    tree_before = _tree(copy_root)
    try:
        with hang_guard(HANG_SECONDS):
            kept = restore_backup(target, source, now=datetime(2026, 5, 1, 12, 0)).backup
    except StorageError:
        if _tree(copy_root) != tree_before:
            run.harm.append(f"{name}: restore refused it late, after changing the folder")
    except Exception as other:
        run.wrong_exceptions.append(
            f"{name}: restore_backup of an accepted file raised {type(other).__name__}: {other}"
        )
    else:
        conn = sqlite3.connect(target.database)
        try:
            if [r[0] for r in conn.execute("PRAGMA integrity_check")] != ["ok"]:
                run.harm.append(f"{name}: restored into a database that fails integrity_check")
        finally:
            conn.close()
        if kept is None or verify_backup(kept) != 3:
            run.harm.append(f"{name}: the replaced database was not kept as a backup")
    shutil.rmtree(copy_root)


def _summary(title: str, run: Run) -> str:
    tally = run.tally
    kinds = {
        k: v
        for k, v in tally.items()
        if k not in ("refused", "accepted", "accepted and restored into a copy")
    }
    return (
        f"\nhostile backups ({title}): {sum(kinds.values())} files fuzzed "
        f"({', '.join(f'{k}: {v}' for k, v in kinds.items())}); {tally['refused']} refused "
        f"by verify_backup and by restore_backup with the data folder byte-identical; "
        f"{tally['accepted']} accepted ({tally['accepted and restored into a copy']} of them "
        f"restored into a copy, each passing integrity_check); "
        f"{len({w.split(':')[0] for w in run.wrong_exceptions})} raised something other "
        f"than StorageError"
    )


# ---------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def byte_run(world: tuple[DataPaths, bytes, Path]) -> Run:
    return _run_cases(world, byte_cases(world[1]))


@pytest.fixture(scope="module")
def foreign_run(world: tuple[DataPaths, bytes, Path]) -> Run:
    return _run_cases(world, foreign_cases(world[1]))


def test_byte_mutations_never_harm_the_data_folder(byte_run: Run) -> None:
    print(_summary("byte mutations", byte_run))
    assert not byte_run.harm, byte_run.harm
    assert byte_run.tally["refused"] > 100 and byte_run.tally["accepted"] > 0, byte_run.tally


def test_byte_mutations_are_refused_only_with_storage_error(byte_run: Run) -> None:
    assert not byte_run.wrong_exceptions, "\n".join(byte_run.wrong_exceptions)


def test_foreign_and_odd_files(foreign_run: Run) -> None:
    print(_summary("foreign and odd files", foreign_run))
    assert not foreign_run.harm, foreign_run.harm
    assert not foreign_run.wrong_exceptions, foreign_run.wrong_exceptions
    # Of these only the WAL-mode copy is a usable rehablogg backup.
    assert foreign_run.tally["accepted"] == 1, foreign_run.tally


def test_a_missing_file(world: tuple[DataPaths, bytes, Path]) -> None:
    paths, _good, scratch = world
    before = _tree(paths.root)
    with pytest.raises(StorageError):
        verify_backup(scratch / "finnes-ikke.sqlite3")
    with pytest.raises(StorageError):
        restore_backup(paths, scratch / "finnes-ikke.sqlite3")
    assert not (scratch / "finnes-ikke.sqlite3").exists()
    assert _tree(paths.root) == before


def test_a_lookalike_with_the_right_table_names_is_refused(
    world: tuple[DataPaths, bytes, Path],
) -> None:
    paths, _good, scratch = world
    lookalike = scratch / "lookalike.sqlite3"
    _sqlite_file(
        (
            *(
                f"CREATE TABLE {t} (x)"
                for t in ("entry", "client", "entry_client", "entry_party", "profile", "period")
            ),
            "PRAGMA user_version = 1",
        )
    )(lookalike)
    before = _tree(paths.root)
    try:
        with pytest.raises(StorageError):
            verify_backup(lookalike)
        with pytest.raises(StorageError):
            restore_backup(paths, lookalike)
        assert _tree(paths.root) == before
    finally:
        if _tree(paths.root) != before:  # keep the other tests' data folder as it was
            shutil.rmtree(paths.root)
            _make_data_dir(paths.root)
        lookalike.unlink()


# ---------------------------------------------------------------------------------------------
# The UnicodeDecodeError found above, reduced to one crafted file, and where else it bites
# ---------------------------------------------------------------------------------------------


def _invalid_utf8_schema(good: bytes) -> bytes:
    """The valid backup with ``CREATE TABLE entry (`` made ``CREATE TABLE entry \\xa5`` (same
    length, so the file's structure is intact and only the schema text is wrong)."""
    assert good.count(b"CREATE TABLE entry (") == 1
    return good.replace(b"CREATE TABLE entry (", b"CREATE TABLE entry \xa5", 1)


def test_a_schema_with_invalid_utf8_is_refused_with_a_sentence(
    world: tuple[DataPaths, bytes, Path],
) -> None:
    _paths, good, scratch = world
    crafted = scratch / "invalid-utf8-schema.sqlite3"
    crafted.write_bytes(_invalid_utf8_schema(good))
    try:
        with pytest.raises(StorageError):
            verify_backup(crafted)
    finally:
        crafted.unlink()


def test_a_damaged_file_in_the_backup_folder_does_not_break_taking_backups(
    world: tuple[DataPaths, bytes, Path], tmp_path: Path
) -> None:
    paths = _make_data_dir(tmp_path / "data")
    damaged = paths.backups / "rehablogg-20260101-080000-daglig.sqlite3"
    damaged.write_bytes(_invalid_utf8_schema(world[1]))
    taken = take_backup(paths, "manuell", now=datetime(2026, 5, 1, 12, 0))
    assert verify_backup(taken) == 3


def test_check_database_reports_a_schema_with_invalid_utf8_as_damaged(
    world: tuple[DataPaths, bytes, Path], tmp_path: Path
) -> None:
    from rehablogg.core.catalogue import default_catalogue
    from rehablogg.storage.integrity import check_database

    db_path = tmp_path / "rehablogg.sqlite3"
    db_path.write_bytes(_invalid_utf8_schema(world[1]))
    report = check_database(db_path, default_catalogue())
    assert not report.ok and all("\n" not in p for p in report.problems)
