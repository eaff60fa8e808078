"""A clean inbox (issue 16, item 3): ``aggregate`` and every command that reads a file take
regular files only, read at most a limit, name any file safely, report what they cannot read,
and judge a file by the bytes they actually read — never by a remembered verdict for its path.

Commands run as subprocesses under a memory limit (``RLIMIT_AS``) and a timeout, so a
regression shows as a failed test instead of a hung or swapping machine.
"""

from __future__ import annotations

import errno
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.run import Options, aggregate
from rehablogg.aggregate.status import Offer
from rehablogg.core.regular_file import (
    FileChangedError,
    FileTooLargeError,
    NotRegularFileError,
    read_regular_file,
    shown_path,
)
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange import verify_bytes
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.storage.database import open_database_file
from tests.robustness.helpers import child_env
from tests.robustness.inbox_corpus import build_inbox

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and sockets are POSIX")

MEMORY_LIMIT = 1536 * 1024 * 1024  # far above a normal run, far below "read /dev/zero"


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def cli(*args: str, data_dir: Path, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    """The real command line in a child with a memory ceiling; a hang fails the test."""
    code = (
        "import sys; sys.modules['PySide6'] = None; from rehablogg.cli import main; "
        f"sys.exit(main({list(args)!r}))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=child_env(data_dir),
        timeout=timeout,
        check=False,
        preexec_fn=_limited,
    )


@pytest.fixture(scope="module")
def submissions(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """Two valid submissions (January and February 2025) of one therapist."""
    folder = tmp_path_factory.mktemp("inbox-submissions")
    db = open_database_file(folder / "db.sqlite3")
    made = []
    try:
        write_demo(
            db,
            DemoSpec(
                entries=120,
                clients=6,
                seed=11,
                end=date(2025, 2, 28),
                therapist="FYS01",
                municipality="4601",
                unit="Barn",
            ),
        )
        for month in (1, 2):
            last = 31 if month == 1 else 28
            result = export(
                db.engine,
                ExportRequest(
                    start=date(2025, month, 1),
                    end=date(2025, month, last),
                    out=folder,
                    whole_month=True,
                    fmt="xlsx",
                    submit=True,
                ),
            )
            made.append(result.path.read_bytes())
    finally:
        db.close()
    return made


def _innsendinger(path: Path) -> dict[str, tuple[str, str]]:
    wb = load_workbook(path, read_only=True)
    try:
        rows = list(wb["Innsendinger"].iter_rows(values_only=True))
    finally:
        wb.close()
    header = rows[0]
    f, s, r = header.index("fil"), header.index("status"), header.index("årsak")
    return {str(row[f]): (str(row[s]), str(row[r] or "")) for row in rows[1:]}


# -- the hostile inbox as a whole ---------------------------------------------------------------


def test_a_hostile_inbox_is_refused_file_by_file(submissions: list[bytes], tmp_path: Path) -> None:
    inbox = tmp_path / "innboks"
    expected = build_inbox(inbox, submissions[0])
    assert len(expected) >= 30
    out = tmp_path / "sammendrag.xlsx"
    done = cli(
        "aggregate",
        str(inbox),
        "--out",
        str(out),
        "--collection",
        str(tmp_path / "samling.sqlite3"),
        data_dir=tmp_path / "data",
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    listed = _innsendinger(out)
    for label, want in expected.items():
        assert want.path in listed, (label, want.path, sorted(listed))
        status, reason = listed[want.path]
        assert status == want.status, (label, status, reason)
        assert want.words in reason, (label, reason)
    assert len(listed) == len(expected), sorted(set(listed) - {e.path for e in expected.values()})
    print(
        f"hostile inbox: {len(expected)} entries, "
        f"{sum(e.status == 'avvist' for e in expected.values())} refused"
    )


# -- every file the command line reads -----------------------------------------------------------


def _fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


def _sparse(tmp_path: Path, name: str, size: int = 80 * 1024 * 1024) -> Path:
    path = tmp_path / name
    with open(path, "wb") as fh:
        fh.truncate(size)  # costs no disk
    return path


BAD_SOURCES: dict[str, Callable[[Path, str], Path]] = {
    "dev-zero": lambda tmp, name: Path("/dev/zero"),
    "fifo": _fifo,
    "link-to-dev-zero": lambda tmp, name: _link(tmp, name, Path("/dev/zero")),
    "sparse-80MB": _sparse,
}


def _link(tmp_path: Path, name: str, target: Path) -> Path:
    link = tmp_path / name
    link.symlink_to(target)
    return link


def _commands(bad: Path, tmp_path: Path, good: Path) -> dict[str, list[str]]:
    out = str(tmp_path / "s.xlsx")
    return {
        "codes --catalogue": ["codes", "--catalogue", str(bad)],
        "aggregate --tariffs": ["aggregate", str(good), "--out", out, "--tariffs", str(bad)],
        "pilot new --roster": [
            "pilot",
            "new",
            "--out",
            str(tmp_path / "p.toml"),
            "--id",
            "vest-2026",
            "--name",
            "Vest",
            "--roster",
            str(bad),
        ],
        "pilot show": ["pilot", "show", str(bad)],
        "pilot join": ["pilot", "join", str(bad), "--therapist", "T-01"],
        "verify": ["verify", str(bad)],
    }


@pytest.mark.slow
@pytest.mark.parametrize("source", sorted(BAD_SOURCES))
def test_no_file_the_cli_reads_can_hang_it_or_fill_memory(
    source: str, submissions: list[bytes], tmp_path: Path
) -> None:
    good = tmp_path / "god.xlsx"
    good.write_bytes(submissions[0])
    failures = []
    for label, args in _commands(
        BAD_SOURCES[source](tmp_path, f"fil-{source}.toml"), tmp_path, good
    ).items():
        try:
            done = cli(*args, data_dir=tmp_path / "data", timeout=60)
        except subprocess.TimeoutExpired:
            failures.append(f"{label}: hung")
            continue
        lines = done.stderr.strip().splitlines()
        if done.returncode not in (1, 2) or "Traceback" in done.stderr or len(lines) != 1:
            failures.append(f"{label}: exit {done.returncode}, stderr {done.stderr[-300:]!r}")
        elif not any(
            words in lines[0] for words in ("ikke en vanlig fil", "mer enn grensen", "ikke gyldig")
        ):
            failures.append(f"{label}: {lines[0]}")
    assert not failures, "\n".join(failures)


def test_a_pilot_file_that_is_a_fifo_does_not_hang_aggregate(
    submissions: list[bytes], tmp_path: Path
) -> None:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "god.xlsx").write_bytes(submissions[0])
    os.mkfifo(inbox / "pilot.toml")
    done = cli(
        "aggregate",
        str(inbox),
        "--out",
        str(tmp_path / "s.xlsx"),
        data_dir=tmp_path / "data",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "1 godtatt" in done.stdout and "1 avvist" in done.stdout


# -- the reader itself ----------------------------------------------------------------------------


def test_read_regular_file_refuses_what_is_not_a_file(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path, "rør")
    with pytest.raises(NotRegularFileError) as caught:
        read_regular_file(fifo, 1000)
    assert caught.value.strerror == "ikke en vanlig fil, men et navngitt rør (FIFO)"
    with pytest.raises(NotRegularFileError):
        read_regular_file(Path("/dev/zero"), 1000)
    with pytest.raises(NotRegularFileError):
        read_regular_file(_link(tmp_path, "lenke", Path("/dev/zero")), 1000)
    with pytest.raises(NotRegularFileError):
        read_regular_file(tmp_path, 1000)
    with pytest.raises(FileTooLargeError):
        read_regular_file(_sparse(tmp_path, "stor", 2000), 1000)
    (tmp_path / "akkurat").write_bytes(b"x" * 1000)
    assert read_regular_file(tmp_path / "akkurat", 1000) == b"x" * 1000


def _touch_once_while_read(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[int]:
    """A writer that rewrites ``target`` (same bytes, new time) while it is being read: after
    the first chunk the reader gets from it."""
    real_read = os.read
    ino = target.stat().st_ino
    done: list[int] = []

    def read(fd: int, n: int) -> bytes:
        chunk = real_read(fd, n)
        if not done and chunk and os.fstat(fd).st_ino == ino:
            done.append(1)
            data = target.read_bytes()
            stamp = target.stat().st_mtime_ns + 2_000_000_000
            target.write_bytes(data)
            os.utime(target, ns=(stamp, stamp))
        return chunk

    monkeypatch.setattr(os, "read", read)
    return done


def test_a_file_rewritten_while_read_is_changed_not_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fil.xlsx"
    target.write_bytes(b"x" * 5000)
    touched = _touch_once_while_read(monkeypatch, target)
    with pytest.raises(FileChangedError):
        read_regular_file(target, 10_000)
    assert touched


# -- judged by content, never by a remembered verdict ------------------------------------------


def test_a_file_changing_while_read_is_reported_as_changed_and_taken_next_time(
    submissions: list[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    target = inbox / "januar.xlsx"
    target.write_bytes(submissions[0])
    collection = tmp_path / "samling.sqlite3"
    with monkeypatch.context() as patch:
        _touch_once_while_read(patch, target)
        first = aggregate(Options((inbox,), tmp_path / "1.xlsx", collection), progress=None)
    [(_, outcome)] = first.outcomes
    assert outcome.status.value == "avvist"
    assert "endret mens den ble lest" in outcome.reason and "prøv igjen" in outcome.reason
    copy = inbox / "kopi.xlsx"
    shutil.copyfile(target, copy)
    second = aggregate(Options((inbox,), tmp_path / "2.xlsx", collection), progress=None)
    statuses = {Path(o.path).name: r.status.value for o, r in second.outcomes}
    assert statuses == {"januar.xlsx": "godtatt", "kopi.xlsx": "duplikat"}, second.outcomes


def test_a_submission_caught_mid_write_is_judged_by_the_bytes_read(
    submissions: list[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer is half-way again by the time the checks run: the verdict must be about the
    bytes that were read (and hashed), so the complete file and its copies are never refused
    for the state the file was in a moment later."""
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    target = inbox / "januar.xlsx"
    full = submissions[0]
    target.write_bytes(full)
    real_verify = verify_bytes.verify_file

    def writer_catches_up(path: Path, **kwargs: object) -> object:
        target.write_bytes(full[: len(full) // 2])  # the next upload has started
        return real_verify(path, **kwargs)  # type: ignore[arg-type]

    collection = tmp_path / "samling.sqlite3"
    with monkeypatch.context() as patch:
        patch.setattr(verify_bytes, "verify_file", writer_catches_up)
        first = aggregate(Options((inbox,), tmp_path / "1.xlsx", collection), progress=None)
    assert [r.status.value for _, r in first.outcomes] == ["godtatt"], first.outcomes
    target.write_bytes(full)
    elsewhere = tmp_path / "annen"
    elsewhere.mkdir()
    (elsewhere / "samme.xlsx").write_bytes(full)
    second = aggregate(Options((inbox, elsewhere), tmp_path / "2.xlsx", collection), progress=None)
    assert sorted(r.status.value for _, r in second.outcomes) == ["duplikat", "godtatt"]


def test_a_verdict_remembered_wrongly_is_judged_again(
    submissions: list[bytes], tmp_path: Path
) -> None:
    """A collection from an earlier rehablogg may remember a valid file as damaged (the race
    above): a refused file offered again is judged again from its bytes."""
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    target = inbox / "januar.xlsx"
    target.write_bytes(submissions[0])
    copy = inbox / "kopi.xlsx"
    copy.write_bytes(submissions[0])
    collection_path = tmp_path / "samling.sqlite3"
    collection = Collection(collection_path)
    import hashlib

    sha = hashlib.sha256(submissions[0]).hexdigest()
    with collection.run():
        collection.add_offer(
            Offer(str(target.resolve()), reason="Filen er skadet."),
            sha256=sha,
            size=len(submissions[0]),
            municipality="",
        )
    collection.close()
    result = aggregate(Options((inbox,), tmp_path / "s.xlsx", collection_path), progress=None)
    statuses = {Path(o.path).name: r.status.value for o, r in result.outcomes}
    assert statuses == {"januar.xlsx": "godtatt", "kopi.xlsx": "duplikat"}, result.outcomes


# -- names and folders -----------------------------------------------------------------------------


def test_names_that_are_not_utf8_do_not_fail_the_run(
    submissions: list[bytes], tmp_path: Path
) -> None:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    good = inbox / os.fsdecode(b"m\xe5ned-\xff.xlsx")
    good.write_bytes(submissions[1])
    junk = inbox / os.fsdecode(b"s\xf8ppel\x1b[2J.xlsx")
    junk.write_bytes(b"not a workbook")
    out = tmp_path / "sammendrag.xlsx"
    done = cli("aggregate", str(inbox), "--out", str(out), data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert "1 godtatt" in done.stdout and "1 avvist" in done.stdout
    listed = _innsendinger(out)
    assert listed[shown_path(good.resolve())][0] == "godtatt"
    assert str(inbox) + "/m\\xe5ned-\\xff.xlsx" in listed
    assert listed[shown_path(junk.resolve())][0] == "avvist"
    assert all("\x1b" not in name for name in listed)
    checked = cli("verify", str(good), data_dir=tmp_path / "data")
    assert checked.returncode == 0, checked.stderr
    assert "m\\xe5ned-\\xff.xlsx: gyldig" in checked.stdout


@pytest.fixture
def unreadable_folder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Make a folder unlistable. chmod 000 does not stop root (CI runs as root), so the
    operating system's answer for such a folder is injected where the folder is listed."""
    denied: set[str] = set()
    real_scandir = os.scandir

    def scandir(path: int | str | os.PathLike[str] = ".") -> object:
        if not isinstance(path, int) and os.fspath(path) in denied:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)

    def deny(folder: Path) -> None:
        denied.add(str(folder))
        if os.geteuid() != 0:
            folder.chmod(0)

    yield deny
    for folder in denied:
        Path(folder).chmod(0o700)


def test_an_unreadable_subfolder_is_reported_not_skipped(
    submissions: list[bytes], tmp_path: Path, unreadable_folder: Callable[[Path], None]
) -> None:
    inbox = tmp_path / "innboks"
    (inbox / "stengt").mkdir(parents=True)
    (inbox / "stengt" / "februar.xlsx").write_bytes(submissions[1])
    (inbox / "januar.xlsx").write_bytes(submissions[0])
    unreadable_folder(inbox / "stengt")
    result = aggregate(Options((inbox,), tmp_path / "s.xlsx"), progress=None)
    by_name = {Path(o.path).name: (r.status.value, r.reason) for o, r in result.outcomes}
    assert by_name["januar.xlsx"][0] == "godtatt"
    status, reason = by_name["stengt"]
    assert status == "avvist"
    assert "Mappen" in reason and "kan ikke leses" in reason, reason
