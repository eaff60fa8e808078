"""Keystrokes and time for a therapist's day, through the window system (issue 17, item 8).

The real app runs under Xvfb and is driven by ``xdotool``: real X key events go through the X
server, Qt's xcb plugin, focus handling and shortcuts exactly as a user's keyboard would, so a
focus or shortcut bug shows here even when pytest-qt (which posts events to a widget) passes.
Every sequence is checked in the database afterwards: a keystroke count only counts when the
entry it should have made is there with the right code, client and minutes.

Figures:

- a typical new entry (code by three letters, client by three letters, minutes, save): the
  keystrokes, against the characters of the search words and minutes alone (the ratio is the
  cost of the keys between them); aim ≤ 12 keystrokes;
- repeat last (Ctrl+R, Enter): keystrokes, aim ≤ 2;
- a day of 12 entries typed at a practised user's pace (``KEY_DELAY_MS`` between keys): the
  wall time, against the same keys typed into a bare Qt line edit under the same Xvfb (the ratio
  is what the app's own work adds to typing); aim under 2 minutes.

Needs ``Xvfb`` and ``xdotool`` (Debian: ``apt install xvfb xdotool``) and Qt's xcb libraries;
without them the module prints why and gives no figures.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from benchmarks.run import Result

ROOT = Path(__file__).resolve().parent.parent
KEY_DELAY_MS = 150  # a practised typist: about 400 keystrokes a minute
CLIENTS = ("Kari Prøvesen", "Ola Testesen", "Per Eksempel", "Nina Fiktiv")

# (keys, expected code, expected client or "", minutes): keys are ("type", text) or ("key", K).
Step = tuple[str, str]
TYPICAL: tuple[Sequence[Step], str, str, int] = (
    (
        ("type", "ans"),
        ("key", "Return"),
        ("type", "kar"),
        ("key", "Return"),
        ("type", "45"),
        ("key", "Return"),
    ),
    "I04",
    "Kari Prøvesen",
    45,
)


def _entry(code_word: str, client_word: str, minutes: int) -> Sequence[Step]:
    steps: list[Step] = [("type", code_word), ("key", "Return")]
    if client_word:
        steps += [("type", client_word), ("key", "Return")]
    return (*steps, ("type", str(minutes)), ("key", "Return"))


DAY: tuple[tuple[Sequence[Step], str, str, int], ...] = (
    (_entry("adm", "", 15), "A03", "", 15),
    (_entry("beh", "ola", 45), "D02", "Ola Testesen", 45),
    (_entry("beh", "per", 45), "D02", "Per Eksempel", 45),
    (_entry("ans", "kar", 60), "I04", "Kari Prøvesen", 60),
    (_entry("tel", "ola", 15), "I10", "Ola Testesen", 15),
    (_entry("kon", "nin", 30), "D04", "Nina Fiktiv", 30),
    (_entry("adm", "", 30), "A03", "", 30),
    (_entry("rap", "kar", 30), "I11", "Kari Prøvesen", 30),
    (_entry("beh", "nin", 45), "D02", "Nina Fiktiv", 45),
    (_entry("i01", "per", 30), "I01", "Per Eksempel", 30),
    (_entry("jou", "per", 20), "I13", "Per Eksempel", 20),
    (_entry("koo", "ola", 20), "I06", "Ola Testesen", 20),
)

BARE_LINE_EDIT = """\
import sys
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication(sys.argv[:1])
edit = QLineEdit()
edit.setWindowTitle("bare")
edit.returnPressed.connect(edit.clear)
edit.show()
edit.activateWindow()
sys.exit(app.exec())
"""


def _count(steps: Sequence[Step]) -> int:
    return sum(len(text) if kind == "type" else 1 for kind, text in steps)


def _send(steps: Sequence[Step], env: dict[str, str]) -> None:
    for kind, text in steps:
        if kind == "type":
            subprocess.run(
                ["xdotool", "type", "--delay", str(KEY_DELAY_MS), text], env=env, check=True
            )
        else:
            subprocess.run(
                ["xdotool", "key", "--delay", str(KEY_DELAY_MS), text], env=env, check=True
            )
        time.sleep(KEY_DELAY_MS / 1000)


@contextmanager
def _xvfb() -> Iterator[dict[str, str]]:
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, PYTHONPATH=str(ROOT))
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_window(name: str, env: dict[str, str], timeout: float = 30) -> None:
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", name],
        env=env,
        check=True,
        timeout=timeout,
        capture_output=True,
        text=True,
    )
    # Xvfb has no window manager to give the new window the keyboard focus, and Qt only lets a
    # window's shortcuts fire while it is the active window: do what a window manager does.
    window = found.stdout.split()[0]
    subprocess.run(
        ["xdotool", "windowfocus", "--sync", window], env=env, check=True, timeout=timeout
    )
    time.sleep(1.0)  # the first paint and focus settle


def _rows(db: Path) -> list[tuple[str, str, int]]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT e.code, coalesce((SELECT group_concat(c.label) FROM entry_client ec "
            "JOIN client c ON c.id = ec.client_id WHERE ec.entry_id = e.id), ''), e.minutes "
            "FROM entry e ORDER BY e.created_at, e.rowid"
        ).fetchall()
    finally:
        conn.close()


def _wait_rows(db: Path, count: int, timeout: float = 5) -> list[tuple[str, str, int]]:
    end = time.monotonic() + timeout
    rows = _rows(db)
    while len(rows) < count and time.monotonic() < end:
        time.sleep(0.05)
        rows = _rows(db)
    return rows


def _prepare(data: Path) -> None:
    cli = [sys.executable, "-m", "rehablogg.cli", "--data-dir", str(data)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(
        [
            *cli,
            "profile",
            "set",
            "--therapist",
            "T-01",
            "--municipality",
            "4601",
            "--unit",
            "Testtjenesten",
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    add = (
        "import sys; from pathlib import Path; "
        "from rehablogg.storage.database import open_database_file; "
        "from rehablogg.storage.clients import add_client; "
        "db = open_database_file(Path(sys.argv[1])); "
        "[add_client(db.engine, n, birth_year=2015) for n in sys.argv[2:]]; db.close()"
    )
    subprocess.run(
        [sys.executable, "-c", add, str(data / "rehablogg.sqlite3"), *CLIENTS], check=True, env=env
    )


def _check(
    rows: list[tuple[str, str, int]], count: int, expected: tuple[str, str, int], what: str
) -> str:
    """ "" when the database has ``count`` entries and the newest is ``expected``."""
    if len(rows) != count or rows[-1] != expected:
        return (
            f"{what}: expected entry {count} to be {expected}, the database has "
            f"{len(rows)} entries, the newest {rows[-1:] or 'none'}"
        )
    return ""


def benchmarks(quick: bool = False, tmp_dir: str | None = None) -> list[Result]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        print(
            f"  keystrokes: skipped, {' and '.join(missing)} not installed "
            "(apt install xvfb xdotool)",
            file=sys.stderr,
        )
        return []
    results: list[Result] = []
    with tempfile.TemporaryDirectory(dir=tmp_dir) as tmp, _xvfb() as env:
        data = Path(tmp) / "data"
        _prepare(data)
        db = data / "rehablogg.sqlite3"
        app = subprocess.Popen(
            [sys.executable, "-m", "rehablogg.cli", "--data-dir", str(data)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_window("rehablogg", env)
            steps, code, client, minutes = TYPICAL
            _send(steps, env)
            problem = _check(_wait_rows(db, 1), 1, (code, client, minutes), "typical entry")
            chars = sum(len(t) for k, t in steps if k == "type")
            results.append(
                Result(
                    "typical new entry (code, client, minutes, save), keystrokes",
                    _count(steps),
                    "keys",
                    "the characters of the search words and minutes",
                    chars,
                    aim="≤ 12",
                    met=not problem and _count(steps) <= 12,
                    note=problem or "through Xvfb and xdotool; the entry checked in the database",
                )
            )
            repeat: Sequence[Step] = (("key", "ctrl+r"), ("key", "Return"))
            _send(repeat, env)
            problem = _check(_wait_rows(db, 2), 2, (code, client, minutes), "repeat last")
            results.append(
                Result(
                    "repeat last (Ctrl+R, Enter), keystrokes",
                    _count(repeat),
                    "keys",
                    aim="≤ 2",
                    met=not problem and _count(repeat) <= 2,
                    note=problem or "the copy checked in the database",
                )
            )
            day = DAY[:4] if quick else DAY
            started = time.perf_counter()
            problems = []
            for n, (steps, code, client, minutes) in enumerate(day, start=3):
                _send(steps, env)
                problems.append(
                    _check(_wait_rows(db, n), n, (code, client, minutes), f"entry {n - 2}")
                )
            app_seconds = time.perf_counter() - started
            keys = sum(_count(s) for s, *_ in day)
        finally:
            app.terminate()
            app.wait(timeout=20)
        bare = subprocess.Popen(
            [sys.executable, "-c", BARE_LINE_EDIT],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_window("bare", env)
            started = time.perf_counter()
            for steps, *_ in day:
                _send(steps, env)
            bare_seconds = time.perf_counter() - started
        finally:
            bare.terminate()
            bare.wait(timeout=20)
    wrong = [p for p in problems if p]
    results.append(
        Result(
            f"a day of {len(day)} entries by keyboard at {KEY_DELAY_MS} ms a key, wall time",
            app_seconds,
            "s",
            "the same keys typed into a bare QLineEdit",
            bare_seconds,
            aim="< 120 s",
            met=not wrong and app_seconds < 120,
            note="; ".join(wrong)
            or f"{keys} keystrokes, {keys / len(day):.1f} an entry; every "
            "entry checked in the database (code, client, minutes)",
        )
    )
    return results
