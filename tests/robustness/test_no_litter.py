"""No litter (issue 16, item 10): a killed or failed ``backup --out``, export or aggregate leaves
no partial file for good. A failure cleans up after itself; a kill (SIGKILL, nothing can clean
up) leaves only temporaries of rehablogg's own naming (``.rehablogg-<pid>-….part`` beside the
result, ``rehablogg-<pid>-…`` in the temp folder), owner-only, and the next run that writes
there removes them — but never those of a run that is still going.

Each child is stopped at a chosen moment in the middle of writing (a function it is about to
call prints "pause" and sleeps); the test then kills it with SIGKILL. The system temp folder of
every child is a folder of the test's own (``TMPDIR``), so it can be inspected.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.run import AggregateCancelled, Options, aggregate
from rehablogg.storage.temporaries import STALE_AFTER, sweep, sweep_temp_dirs
from tests.cli_runner import run_cli
from tests.robustness.helpers import child_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL and pids: POSIX"),
]


def _env(data: Path, systemp: Path) -> dict[str, str]:
    env = child_env(data)
    env["TMPDIR"] = str(systemp)
    return env


def _killed_at(target: str, args: list[str], data: Path, systemp: Path) -> int:
    """Run the CLI with ``args`` until it calls ``target`` (module:attribute), then SIGKILL it;
    returns its pid."""
    module, name = target.split(":")
    owner, _, attr = name.rpartition(".")
    where = f"m.{owner}" if owner else "m"
    code = (
        "import sys, time, importlib\n"
        f"m = importlib.import_module({module!r})\n"
        f"holder = {where}\n"
        "def paused(*args, **kwargs):\n"
        "    print('pause', flush=True)\n"
        "    time.sleep(600)\n"
        f"setattr(holder, {attr!r}, paused)\n"
        "from rehablogg.cli import main\n"
        f"sys.exit(main({args!r}))\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(data, systemp),
    ) as child:
        try:
            assert child.stdout is not None
            line = child.stdout.readline()
            assert line.strip() == "pause", (line, child.stderr.read() if child.stderr else "")
        finally:
            child.send_signal(signal.SIGKILL)
            child.communicate()
        return child.pid


def _ours(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.name.startswith((".rehablogg-", "rehablogg-"))
        and (p.name.endswith((".part", "-journal")) or p.is_dir())
    )


def _run(args: list[str], data: Path, systemp: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; from rehablogg.cli import main; sys.exit(main({args!r}))",
        ],
        capture_output=True,
        text=True,
        env=_env(data, systemp),
        timeout=180,
        check=False,
    )


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("litter-seed") / "data"
    done = run_cli("demo", "--entries", "1500", "--end", "2026-11-20", data_dir=folder)
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture
def data(seed: Path, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copytree(seed, tmp_path / "data"))


@pytest.fixture
def systemp(tmp_path: Path) -> Path:
    folder = tmp_path / "systemp"
    folder.mkdir()
    return folder


def _owner_only(paths: list[Path]) -> None:
    for path in paths:
        assert stat.S_IMODE(path.lstat().st_mode) & 0o077 == 0, path


def test_a_killed_backup_out_is_tidied_by_the_next(
    data: Path, systemp: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "minnepinne"
    usb.mkdir()
    pid = _killed_at(
        "rehablogg.storage.backup:os.fsync",
        ["backup", "--out", str(usb / "kopi.sqlite3")],
        data,
        systemp,
    )
    left = _ours(usb)
    assert left and all(f"-{pid}-" in p.name for p in left), left  # ours, and whose
    _owner_only(left)
    assert not (usb / "kopi.sqlite3").exists()
    again = _run(["backup", "--out", str(usb / "kopi.sqlite3")], data, systemp)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in usb.iterdir()) == ["kopi.sqlite3"]


def test_a_killed_backup_is_tidied_by_the_next(data: Path, systemp: Path) -> None:
    _killed_at("rehablogg.storage.backup:os.fsync", ["backup"], data, systemp)
    assert _ours(data / "backups")
    again = _run(["backup"], data, systemp)
    assert again.returncode == 0, again.stderr
    assert not _ours(data / "backups")


def test_a_killed_export_is_tidied_by_the_next(data: Path, systemp: Path, tmp_path: Path) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    (out / ".skjult-fil-som-ikke-er-vår.part").write_text("x", encoding="utf-8")
    args = ["export", "--period", "2026-10", "--out", str(out)]
    _killed_at("rehablogg.exchange.atomic:AtomicOutput.publish", args, data, systemp)
    left = _ours(out)
    assert left
    _owner_only(left)
    assert not [p for p in out.iterdir() if p.suffix == ".xlsx"]
    again = _run(args, data, systemp)
    assert again.returncode == 0, again.stderr
    assert not _ours(out)
    assert (out / ".skjult-fil-som-ikke-er-vår.part").exists()  # not ours: never touched
    assert len([p for p in out.iterdir() if p.suffix == ".xlsx"]) == 1
    assert not _ours(systemp), _ours(systemp)


def test_library_temporaries_of_a_killed_export_are_tidied_too(
    data: Path, systemp: Path, tmp_path: Path
) -> None:
    """openpyxl writes each sheet to a temporary file of its own (rows and all) before the
    save: they live in the run's own temp folder, which the next run removes."""
    out = tmp_path / "ut"
    out.mkdir()
    args = ["export", "--period", "2026-10", "--out", str(out)]
    _killed_at("rehablogg.exchange.writer_xlsx:_write_metadata", args, data, systemp)
    assert list(systemp.iterdir())  # the sheets written so far
    assert all(p.name.startswith("rehablogg-") for p in systemp.iterdir()), list(systemp.iterdir())
    _owner_only(list(systemp.rglob("*")))
    again = _run(args, data, systemp)
    assert again.returncode == 0, again.stderr
    assert list(systemp.iterdir()) == []


def test_a_killed_aggregate_is_tidied_by_the_next(
    data: Path, systemp: Path, tmp_path: Path
) -> None:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    for month in ("2026-09", "2026-10"):
        assert (
            _run(
                ["export", "--period", month, "--submit", "--out", str(inbox)], data, systemp
            ).returncode
            == 0
        )
    out = tmp_path / "sammendrag"
    out.mkdir()
    collection = tmp_path / "samling.sqlite3"
    args = ["aggregate", str(inbox), "--out", str(out / "s.xlsx")]
    # Killed while writing the summary (without a collection: the temporary one is in TMPDIR),
    _killed_at("rehablogg.aggregate.workbook:append_rows", args, data, systemp)
    assert _ours(out) and _ours(systemp)
    _owner_only(_ours(out) + _ours(systemp))
    # and killed in the middle of taking files into a kept collection (a hot journal).
    _killed_at(
        "rehablogg.aggregate.run:take_unreadable_folders",
        [*args, "--collection", str(collection)],
        data,
        systemp,
    )
    journal = collection.with_name(collection.name + "-journal")
    assert journal.exists()
    again = _run([*args, "--collection", str(collection)], data, systemp)
    assert again.returncode == 0, again.stderr
    assert "2 godtatt" in again.stdout
    assert not _ours(out) and not _ours(systemp), (_ours(out), _ours(systemp))
    assert not journal.exists()  # rolled back by SQLite on the next open, then gone
    assert sorted(p.name for p in out.iterdir()) == ["s.xlsx"]


def test_a_killed_pilot_new_leaves_no_half_pilot_file(systemp: Path, tmp_path: Path) -> None:
    roster = tmp_path / "liste.csv"
    roster.write_text(
        "therapist;municipality;unit;profession;first_month;last_month\n"
        "T-01;0301;Barn;fysioterapeut;2026-01;2026-12\n",
        encoding="utf-8",
    )
    folder = tmp_path / "pilot"
    folder.mkdir()
    args = [
        "pilot",
        "new",
        "--out",
        str(folder / "pilot.toml"),
        "--id",
        "vest-2026",
        "--name",
        "Vest",
        "--roster",
        str(roster),
        "--linked-pseudonyms",
    ]
    _killed_at("rehablogg.cli:os.fsync", args, tmp_path / "data", systemp)
    assert not (folder / "pilot.toml").exists()  # a half file would say "finnes allerede"
    _owner_only(_ours(folder))
    again = _run(args, tmp_path / "data", systemp)
    assert again.returncode == 0, again.stderr
    assert [p.name for p in folder.iterdir()] == ["pilot.toml"]


def test_a_live_runs_temporaries_are_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as live:
        try:
            dead = subprocess.run(
                [sys.executable, "-c", "import os; print(os.getpid())"],
                capture_output=True,
                text=True,
                check=True,
            )
            dead_pid = int(dead.stdout)
            names = {
                "live": f".rehablogg-{live.pid}-eksport-abc.part",
                "dead": f".rehablogg-{dead_pid}-eksport-abc.part",
                "dead journal": f".rehablogg-{dead_pid}-kopi.sqlite3.part-journal",
                "old live": f".rehablogg-{live.pid}-gammel.part",
                "mine": f".rehablogg-{os.getpid()}-min.part",
                "not ours": ".rehablogg-notes.txt",
            }
            for name in names.values():
                (folder / name).write_text("x", encoding="utf-8")
            old = time.time() - STALE_AFTER - 60
            os.utime(folder / names["old live"], (old, old))
            removed = {p.name for p in sweep(folder)}
            temp = tmp_path / "temp"
            for pid in (live.pid, dead_pid):
                (temp / f"rehablogg-{pid}-tmp-xyz").mkdir(parents=True)
                (temp / f"rehablogg-{pid}-tmp-xyz" / "openpyxl.abc").write_text("x")
            for p in temp.iterdir():  # a command may run for a long time: age never counts
                os.utime(p, (old, old))
            removed_dirs = {p.name for p in sweep_temp_dirs(temp)}
        finally:
            live.kill()
    assert removed_dirs == {f"rehablogg-{dead_pid}-tmp-xyz"}
    assert [p.name for p in temp.iterdir()] == [f"rehablogg-{live.pid}-tmp-xyz"]
    assert removed == {names["dead"], names["dead journal"], names["old live"]}
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [names["live"], names["mine"], names["not ours"]]
    )


def test_a_cancelled_first_run_leaves_no_collection(tmp_path: Path, seed: Path) -> None:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    done = run_cli(
        "export",
        "--period",
        "2026-10",
        "--submit",
        "--out",
        str(inbox),
        data_dir=_copy_seed(seed, tmp_path),
    )
    assert done.returncode == 0, done.stderr
    collection = tmp_path / "ny-samling.sqlite3"

    def cancel(done: int, total: int, path: str) -> None:
        raise AggregateCancelled

    with pytest.raises(AggregateCancelled):
        aggregate(
            Options((inbox,), tmp_path / "s.xlsx", collection), progress=None, on_progress=cancel
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "innboks"]
    # A collection that existed before is kept as it was, of course.
    Collection(collection).close()
    with pytest.raises(AggregateCancelled):
        aggregate(
            Options((inbox,), tmp_path / "s.xlsx", collection), progress=None, on_progress=cancel
        )
    assert collection.exists()


def _copy_seed(seed: Path, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copytree(seed, tmp_path / "data"))
