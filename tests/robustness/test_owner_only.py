"""Owner-only files (issue 16, item 8): every command is run as a user runs it (a subprocess,
started with the common umask 022, so rehablogg must restrict itself), and every file and
folder it created is checked: no bit for the group or others (0600 files, 0700 folders)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.calendar_files import typical_week
from tests.robustness.helpers import child_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows: README"),
]

ROSTER = (
    "therapist;municipality;unit;profession;first_month;last_month\n"
    "DEMO01;0301;Barn;fysioterapeut;2026-01;2026-12\n"
)


def _run(args: Sequence[str], data: Path, *, gui: bool = False) -> subprocess.CompletedProcess[str]:
    prefix = "import sys; " if gui else "import sys; sys.modules['PySide6'] = None; "
    env = child_env(data)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [
            sys.executable,
            "-c",
            prefix + f"from rehablogg.cli import main; sys.exit(main({list(args)!r}))",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
        preexec_fn=lambda: os.umask(0o022),
    )


def _tree(root: Path) -> dict[Path, int]:
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            found[path] = path.lstat().st_mode
    return found


def test_every_command_creates_owner_only_files(tmp_path: Path) -> None:
    os.umask(0o022)  # the test's own files are ordinary ones, for contrast
    data = tmp_path / "data"
    out = tmp_path / "ut"
    out.mkdir()
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (tmp_path / "liste.csv").write_text(ROSTER, encoding="utf-8")
    calendar = typical_week(tmp_path / "kalender.ics")
    commands: list[tuple[list[str], bool]] = [
        (["--quit-after-startup"], True),
        (["demo", "--entries", "400", "--end", "2026-11-20", "--therapist", "DEMO01"], False),
        (["profile", "set", "--unit", "Barn og unge"], False),
        (["profile", "show"], False),
        (["codes"], False),
        (["check"], False),
        (["export", "--period", "2026-10", "--out", str(out)], False),
        (["export", "--period", "2026-10", "--format", "csv", "--out", str(out)], False),
        (["export", "--period", "2026-09", "--submit", "--out", str(inbox)], False),
        (["verify", str(inbox)], False),
        (["backup"], False),
        (["backup", "--out", str(out / "minnepinne" / "kopi.sqlite3")], False),
        (["restore", str(out / "minnepinne" / "kopi.sqlite3")], False),
        (
            [
                "pilot",
                "new",
                "--out",
                str(out / "pilot.toml"),
                "--id",
                "vest-2026",
                "--name",
                "Vest",
                "--roster",
                str(tmp_path / "liste.csv"),
                "--linked-pseudonyms",
            ],
            False,
        ),
        (["pilot", "show", str(out / "pilot.toml")], False),
        (["pilot", "join", str(out / "pilot.toml"), "--therapist", "DEMO01"], False),
        (
            [
                "import-calendar",
                str(calendar),
                "--from",
                "2026-01-12",
                "--to",
                "2026-01-16",
                "--save",
            ],
            False,
        ),
        (
            [
                "aggregate",
                str(inbox),
                "--out",
                str(out / "sammendrag" / "s.xlsx"),
                "--collection",
                str(out / "samling" / "samling.sqlite3"),
                "--tariffs",
                str(
                    Path(__file__).resolve().parents[2]
                    / "resources"
                    / "tariffs"
                    / "eksempel-modeller.toml"
                ),
                "--receipts",
                str(out / "kvitteringer"),
            ],
            False,
        ),
    ]
    (out / "sammendrag").mkdir(mode=0o755)
    (out / "samling").mkdir(mode=0o755)
    made: dict[Path, int] = {}
    failures = []
    for args, gui in commands:
        before = _tree(tmp_path)
        done = _run(args, data, gui=gui)
        if done.returncode not in (0, 1) or "Traceback" in done.stderr:
            failures.append(f"{args[0]}: exit {done.returncode} {done.stderr[-300:]}")
        for path, mode in _tree(tmp_path).items():
            if path not in before or (path in made and made[path] != mode):
                made[path] = mode
                if stat.S_IMODE(mode) & 0o077 and not stat.S_ISLNK(mode):
                    failures.append(
                        f"{args[0]} made {path.relative_to(tmp_path)} {stat.S_IMODE(mode):04o}"
                    )
    assert not failures, "\n".join(failures)
    kinds = {p.relative_to(tmp_path).parts[0] for p in made}
    assert {"data", "ut", "innboks"} <= kinds, kinds  # the commands did write everywhere
    names = {p.name for p in made}
    assert {
        "rehablogg.sqlite3",
        "rehablogg.lock",
        "rehablogg.log",
        "pilot.toml",
        "kopi.sqlite3",
        "s.xlsx",
        "samling.sqlite3",
        "kvitteringer",
    } <= names, sorted(names)
    assert any(n.startswith("kvittering_") and n.endswith(".json") for n in names), sorted(names)
    print(f"owner-only: {len(made)} files and folders from {len(commands)} commands")


def test_files_an_older_version_left_open_are_closed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _run(["profile", "show"], data).returncode == 0
    old_backup = data / "backups" / "rehablogg-20250101-080000-daglig.sqlite3"
    old_backup.write_bytes(b"")
    old_log = data / "logs" / "rehablogg.log.1"
    old_log.write_text("gammel logg\n", encoding="utf-8")
    for path in (data, data / "backups", old_backup, old_log, data / "rehablogg.sqlite3"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert _run(["profile", "show"], data).returncode == 0
    for path in (data, data / "backups", old_backup, old_log, data / "rehablogg.sqlite3"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
