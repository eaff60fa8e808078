"""One sentence for every fault, and the promised wait (issue 16, item 9).

Each fault a user can meet — a full disk, a read-only folder, a database or collection held by
another process, two submissions at once, a tariff file far too large, the data folder removed
while a command runs — ends in exit 1 and one sentence on stderr that says what to do: never a
traceback, never "Uventet feil", never a lost entry, and never a file left behind. A save waits
for a write lock held for a moment (``busy_timeout``) instead of giving up at once.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.storage.database import open_database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.paths import resolve_data_dir
from rehablogg.storage.profile import update_profile
from tests.cli_runner import run_cli
from tests.robustness.fault_env import (
    FULL_WORDS,
    IO_WORDS,
    Outcome,
    can_mount,
    read_only,
    run_cli_full,
    run_cli_prefixed,
)
from tests.robustness.helpers import child_env

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="POSIX faults")]

FULL = FULL_WORDS if can_mount() else IO_WORDS


def _one_sentence(done: Outcome | subprocess.CompletedProcess[str], *words: str) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    # aggregate's progress lines ("3/10 filer …") are not messages.
    lines = [
        line
        for line in done.stderr.strip().splitlines()
        if not re.fullmatch(r"\d+/\d+ filer …", line)
    ]
    text = done.stderr
    assert "Traceback" not in text and "Uventet feil" not in text, text
    assert "Exception ignored" not in text, text
    assert len(lines) == 1, text
    assert any(w in lines[0] for w in words), lines[0]
    return lines[0]


def _litter(names: Iterator[str] | list[str]) -> list[str]:
    """Names of our own temporaries and partial files."""
    return [
        n
        for n in names
        if n.endswith((".part", "-journal", ".tmp")) or os.path.basename(n).startswith(".rehablogg")
    ]


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a demo year (about 700 KB)."""
    folder = tmp_path_factory.mktemp("fault-seed") / "data"
    done = run_cli("demo", "--entries", "1500", "--end", "2026-11-20", data_dir=folder)
    assert done.returncode == 0, done.stderr
    return folder


def _copy(seed: Path, target: Path) -> Path:
    shutil.copytree(seed, target)
    return target


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- a full disk ----------------------------------------------------------------------------------


def test_full_disk_during_backup(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    shutil.rmtree(data / "backups")
    before = _sha(data / "rehablogg.sqlite3")
    done = run_cli_full(["backup"], folder=data / "backups", data_dir=data, fsize=256 * 1024)
    _one_sentence(done, *FULL)
    assert not _litter(done.listing), done.listing
    assert not [n for n, (_, size) in done.listing.items() if size == 0], done.listing
    assert _sha(data / "rehablogg.sqlite3") == before


def test_full_disk_during_backup_out(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    usb = tmp_path / "minnepinne"
    done = run_cli_full(
        ["backup", "--out", str(usb / "kopi.sqlite3")], folder=usb, data_dir=data, fsize=256 * 1024
    )
    _one_sentence(done, *FULL)
    assert done.listing == {}, done.listing


def test_full_disk_during_export_submit_locks_nothing(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    shutil.rmtree(data / "backups")
    out = tmp_path / "ut"
    out.mkdir()
    done = run_cli_full(
        ["export", "--period", "2026-10", "--submit", "--out", str(out)],
        folder=data / "backups",
        data_dir=data,
        fsize=256 * 1024,
    )
    _one_sentence(done, *FULL)
    assert not _litter(done.listing) and list(out.iterdir()) == []
    again = run_cli("export", "--period", "2026-10", "--submit", "--out", str(out), data_dir=data)
    assert again.returncode == 0, again.stderr
    assert "er levert og låst" in again.stdout  # the first submission, not a correction


def test_full_disk_during_profile_set_names_the_profile(seed: Path, tmp_path: Path) -> None:
    """The settings book turns the database's error into WriteFailedError; the command still
    says the machine's fault as its own sentence, naming what was not written."""
    data = tmp_path / "data"
    done = run_cli_full(
        ["profile", "set", "--unit", "Enhet " + "x" * 100_000],
        folder=data,
        seed=seed,
        free_kb=64,
        data_dir=data,
        fsize=64 * 1024,
    )
    sentence = _one_sentence(done, *FULL)
    assert "profilen" in sentence, sentence


def test_full_disk_during_export_leaves_no_file(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    out = tmp_path / "ut"
    done = run_cli_full(
        ["export", "--period", "2026-10", "--out", str(out)],
        folder=out,
        free_kb=8,
        data_dir=data,
        fsize=8 * 1024,
    )
    _one_sentence(done, *FULL)
    assert done.listing == {}, done.listing


def test_full_disk_during_aggregate_out(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    made = run_cli("export", "--period", "2026-10", "--submit", "--out", str(inbox), data_dir=data)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "sammendrag"
    done = run_cli_full(
        ["aggregate", str(inbox), "--out", str(out / "s.xlsx")],
        folder=out,
        free_kb=8,
        data_dir=data,
        fsize=8 * 1024,
    )
    _one_sentence(done, *FULL)
    assert done.listing == {}, done.listing


def test_full_disk_at_the_first_start_of_the_app(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_cli_full(
        ["--quit-after-startup"],
        folder=data,
        free_kb=4,
        data_dir=data,
        fsize=4 * 1024,
        block_qt=False,
    )
    _one_sentence(done, *FULL)


# -- read-only and unwritable folders -------------------------------------------------------------


def test_read_only_data_folder(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    out = tmp_path / "ut"
    out.mkdir()
    with read_only(data) as prefix:
        for args in (
            ["export", "--period", "2026-10", "--out", str(out)],
            ["profile", "show"],
            ["profile", "set", "--unit", "Ny"],
            ["backup"],
        ):
            done = run_cli_prefixed(prefix, args, data_dir=data)
            _one_sentence(done, "skrivebeskyttet")
    assert list(out.iterdir()) == []


def test_unwritable_output_folders(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    made = run_cli("export", "--period", "2026-10", "--submit", "--out", str(inbox), data_dir=data)
    assert made.returncode == 0, made.stderr
    roster = tmp_path / "liste.csv"
    roster.write_text(
        "therapist;municipality;unit;profession;first_month;last_month\n"
        "T-01;0301;Barn;fysioterapeut;2026-01;2026-12\n",
        encoding="utf-8",
    )
    locked = tmp_path / "stengt"
    locked.mkdir()
    with read_only(locked) as prefix:
        for args in (
            ["export", "--period", "2026-10", "--out", str(locked)],
            ["export", "--period", "2026-10", "--out", str(locked / "a.xlsx")],
            ["export", "--period", "2026-10", "--submit", "--out", str(locked)],
            ["aggregate", str(inbox), "--out", str(locked / "s.xlsx")],
            [
                "aggregate",
                str(inbox),
                "--out",
                str(tmp_path / "s.xlsx"),
                "--collection",
                str(locked / "samling.sqlite3"),
            ],
            ["backup", "--out", str(locked / "kopi.sqlite3")],
            [
                "pilot",
                "new",
                "--out",
                str(locked / "p.toml"),
                "--id",
                "vest-2026",
                "--name",
                "Vest",
                "--roster",
                str(roster),
            ],
        ):
            done = run_cli_prefixed(prefix, args, data_dir=data)
            _one_sentence(done, "skrivebeskyttet")
    assert list(locked.iterdir()) == []


# -- held by another process ----------------------------------------------------------------------


@contextmanager
def _write_lock_held(db: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process takes the write lock on ``db`` and keeps it for ``seconds``."""
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('held', flush=True)\n"
            f"time.sleep({seconds})\n"  # how long the lock is held is what is under test
            "c.execute('ROLLBACK')\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        yield holder


def test_a_save_waits_for_a_write_lock_held_for_a_moment(tmp_path: Path) -> None:
    paths = resolve_data_dir(tmp_path / "data")
    db = open_database(paths)
    try:
        add_entry(db.engine, EntryDraft(date(2026, 3, 2), 30, "A03"), "rehablogg-standard", 1)
        with _write_lock_held(paths.database, 1.0):
            add_entry(db.engine, EntryDraft(date(2026, 3, 3), 45, "A03"), "rehablogg-standard", 1)
        with _write_lock_held(paths.database, 1.0):
            update_profile(db.engine, unit="Ny enhet")
    finally:
        db.close()


def test_cli_commands_wait_for_a_write_lock_held_for_a_moment(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    out = tmp_path / "ut"
    out.mkdir()
    with _write_lock_held(data / "rehablogg.sqlite3", 1.0):
        done = run_cli(
            "export", "--period", "2026-09", "--submit", "--out", str(out), data_dir=data
        )
    assert done.returncode == 0, done.stderr
    with _write_lock_held(data / "rehablogg.sqlite3", 1.0):
        done = run_cli("profile", "set", "--unit", "Etter ventingen", data_dir=data)
    assert done.returncode == 0, done.stderr


def test_a_database_held_longer_than_the_wait_gets_a_sentence(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    with _write_lock_held(data / "rehablogg.sqlite3", 8.0):
        done = run_cli("profile", "set", "--unit", "Ny", data_dir=data)
    _one_sentence(done, "opptatt")


def test_two_submissions_at_once_both_succeed(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    out = tmp_path / "ut"
    out.mkdir()
    for first, second in (("2026-01", "2026-02"), ("2026-03", "2026-04"), ("2026-05", "2026-05")):
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys; from rehablogg.cli import main; "
                    f"sys.exit(main(['export', '--period', {month!r}, '--submit', '--out', "
                    f"{str(out)!r}]))",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=child_env(data),
            )
            for month in (first, second)
        ]
        try:
            results = [(c.communicate(timeout=120), c.returncode) for c in children]
        finally:
            for c in children:
                if c.poll() is None:
                    c.kill()
                    c.communicate()
        for (stdout, stderr), code in results:
            assert code == 0 and "Traceback" not in stderr, (first, second, stdout, stderr)
    backups = list((data / "backups").iterdir())
    assert not _litter(b.name for b in backups), backups
    checked = run_cli("check", data_dir=data)
    assert checked.returncode == 0, checked.stderr


def test_a_locked_collection_waits_then_gets_a_sentence(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    assert (
        run_cli(
            "export", "--period", "2026-10", "--submit", "--out", str(inbox), data_dir=data
        ).returncode
        == 0
    )
    collection = tmp_path / "samling.sqlite3"
    args = (
        "aggregate",
        str(inbox),
        "--out",
        str(tmp_path / "s.xlsx"),
        "--collection",
        str(collection),
    )
    assert run_cli(*args, data_dir=data).returncode == 0
    with _write_lock_held(collection, 1.0):
        waited = run_cli(*args, data_dir=data)
    assert waited.returncode == 0, waited.stderr
    with _write_lock_held(collection, 8.0):
        done = run_cli(*args, data_dir=data)
    _one_sentence(done, "i bruk")


def test_a_therapists_database_as_collection_is_refused_untouched(
    seed: Path, tmp_path: Path
) -> None:
    data = _copy(seed, tmp_path / "data")
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    assert (
        run_cli(
            "export", "--period", "2026-10", "--submit", "--out", str(inbox), data_dir=data
        ).returncode
        == 0
    )
    database = data / "rehablogg.sqlite3"
    before = _sha(database)
    done = run_cli(
        "aggregate",
        str(inbox),
        "--out",
        str(tmp_path / "s.xlsx"),
        "--collection",
        str(database),
        data_dir=tmp_path / "other",
    )
    _one_sentence(done, "ikke en samlingsfil")
    assert _sha(database) == before
    assert database.read_bytes()[18:20] == b"\x02\x02"  # still WAL
    assert not (tmp_path / "s.xlsx").exists()


# -- too much of a good thing ---------------------------------------------------------------------


def test_a_tariff_file_with_ten_thousand_models(seed: Path, tmp_path: Path) -> None:
    data = _copy(seed, tmp_path / "data")
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    assert (
        run_cli(
            "export", "--period", "2026-10", "--submit", "--out", str(inbox), data_dir=data
        ).returncode
        == 0
    )
    lines = ['format = "rehablogg-tariffs"', 'format_version = "1.0"', ""]
    for i in range(10_000):
        lines += [
            "[[models]]",
            f'name = "Modell {i}"',
            "[[models.rules]]",
            'code = "D01"',
            "fee = 100.00",
            "",
        ]
    tariffs = tmp_path / "modeller.toml"
    tariffs.write_text("\n".join(lines), encoding="utf-8")
    done = run_cli(
        "aggregate",
        str(inbox),
        "--out",
        str(tmp_path / "s.xlsx"),
        "--tariffs",
        str(tariffs),
        data_dir=data,
        timeout=60,
    )
    _one_sentence(done, "modeller")
    assert not (tmp_path / "s.xlsx").exists()


# -- the data folder removed mid-run --------------------------------------------------------------


def test_a_data_folder_removed_mid_run_is_an_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("profile", "show", data_dir=data).returncode == 0
    opened = data / "rehablogg.sqlite3-shm"  # exists while a process has the database open
    assert not opened.exists()
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from rehablogg.cli import main; "
            "sys.exit(main(['demo', '--entries', '60000', '--end', '2026-11-20']))",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(data),
    ) as child:
        try:
            deadline = time.monotonic() + 60
            while not opened.exists():
                assert child.poll() is None, child.communicate()
                assert time.monotonic() < deadline
                time.sleep(0.02)
            # Moved away, then deleted: a rename is atomic; deleting races the child's writes.
            gone = tmp_path / "flyttet"
            data.rename(gone)
            shutil.rmtree(gone, ignore_errors=True)
            stdout, stderr = child.communicate(timeout=300)
        finally:
            if child.poll() is None:  # a failed step above must not leave the child running
                child.kill()
    # Which of the two the child meets first depends on where in a write the folder goes:
    # the presence check before a write, or SQLite failing on a companion file. Both are an
    # error with one sentence; what must never happen is "success".
    _one_sentence(
        subprocess.CompletedProcess([], child.returncode, stdout, stderr),
        "finnes ikke lenger",
        "Disken svarte med en feil",
    )
    assert "Skrev" not in stdout


def test_the_collection_file_is_not_sqlite_but_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "samling.sqlite3"
    os.mkfifo(fifo)
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "x.xlsx").write_bytes(b"junk")
    done = run_cli(
        "aggregate",
        str(inbox),
        "--out",
        str(tmp_path / "s.xlsx"),
        "--collection",
        str(fifo),
        timeout=60,
    )
    _one_sentence(done, "ikke en vanlig fil")


def test_sqlite_wal_header_check_is_meaningful(seed: Path) -> None:
    """The WAL assertion above reads the right bytes: a WAL database has 2 and 2 there."""
    conn = sqlite3.connect(seed / "rehablogg.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert (seed / "rehablogg.sqlite3").read_bytes()[18:20] == b"\x02\x02"
