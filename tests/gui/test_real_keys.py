"""The episode dialog driven by real key events on an X server (Xvfb + xdotool), to catch what
QTest cannot: key events reach the dialog through the window system, shortcuts and mnemonics go
through Qt's shortcut map as on a desk, and nothing waits between keys unless Qt does.

It found that Alt+P (Legg til opphold) clicked 100 ms late, so a date typed right after it began
in the referral field. Skipped where Xvfb or xdotool is not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("real_keys_episode.py")
TITLE = "rehablogg-real-keys"

pytestmark = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool",
)


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server; its number is the one it picks itself (-displayfd)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.kill()
        server.wait()


def _xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout


def test_an_episode_typed_with_real_keys_mnemonics_and_a_removed_pause(
    display: str, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(ROOT),
    }
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(tmp_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = _xdotool(env, "search", "--sync", "--name", TITLE).split()[0]
        _xdotool(env, "windowfocus", "--sync", window)
        type_ = ("type", "--delay", "20")
        steps: list[tuple[str, ...]] = [
            (*type_, "31.02.2026"),
            ("key", "Return"),  # refused in one sentence; the dialog stays with the text
            ("key", "alt+f", "N"),  # Henvist fra: NAV
            ("key", "alt+h", "ctrl+a"),
            (*type_, "03.02.2026"),
            ("key", "alt+p"),  # Legg til opphold: the cursor in the new row's Fra
            (*type_, "01.03.2026"),
            ("key", "Tab", "Tab", "Tab", "space"),  # Til, Type, Fjern: the row is removed
            ("key", "alt+p"),
            (*type_, "05.03.2026"),
            ("key", "Tab"),
            (*type_, "09.03.2026"),
            ("key", "Tab", "I"),  # Intensiv treningsperiode
            ("key", "alt+s"),
            (*type_, "01.10.2026"),
            ("key", "alt+r", "F"),  # Sluttårsak: Flyttet
            ("key", "Return"),
        ]
        for step in steps:
            _xdotool(env, *step)
        try:
            out, err = child.communicate(timeout=30)
        except subprocess.TimeoutExpired:  # still open, refused: Esc closes it to say why
            _xdotool(env, "key", "Escape")
            out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert result == {
        "accepted": True,
        "problem": "",
        "episodes": [
            {
                "referral": "2026-02-03",
                "source": "nav",
                "start": None,
                "end": "2026-10-01",
                "reason": "flyttet",
                "pauses": [["2026-03-05", "2026-03-09", "intensiv_trening"]],
            }
        ],
    }
