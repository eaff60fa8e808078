"""Child of test_crash_loop: opens the database like the app and saves entries until killed.

``python crash_child.py SEED`` runs one child in a fresh interpreter. ``python crash_child.py
--server`` is a fork server: it imports everything once, then for each ``fork SEED`` line on
stdin forks a child (no database is open in the server, so every child opens the file itself,
exactly like a new process), prints ``pid <pid>``, waits for the child to die and prints
``exited <pid> <wait status>``. That keeps 200 kills within about a minute; the test still starts
some children as fresh interpreters so kills also land during interpreter start-up.

Every line is written with one ``os.write`` (atomic on a pipe), so the lines of the server and
of its child never interleave and a kill leaves at most one torn last line. A child prints:
  ``opening``                 right before the database is opened (start-up proper begins)
  ``client <id>``             after the client its entries link to was saved
  ``ready``                   when it starts saving entries
  ``saved <id> <minutes>``    after ``add_entry`` returned
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from datetime import date, time, timedelta

from rehablogg.core.entry import EntryDraft
from rehablogg.storage.clients import add_client
from rehablogg.storage.database import open_database
from rehablogg.storage.entries import add_entry
from rehablogg.storage.paths import resolve_data_dir


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def child(seed: int) -> None:
    rng = random.Random(seed)
    say("opening")
    db = open_database(resolve_data_dir())
    client = add_client(db.engine, f"Krasjtest {seed}", birth_year=2015)
    say(f"client {client}")
    say("ready")
    while True:
        minutes = rng.randint(1, 720)
        day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
        draft = EntryDraft(
            day,
            minutes,
            "D02",
            time(rng.randrange(7, 16), 0),
            (client,),
            "oppmote",
            "klinikk",
            ("foreldre",),
            note=f"krasj {seed}",
        )
        entry_id = add_entry(db.engine, draft, "rehablogg-standard", 1)
        say(f"saved {entry_id} {minutes}")


def serve() -> None:
    say("server ready")
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command != "fork":
            break
        pid = os.fork()
        if pid == 0:  # the child: never returns into the server loop
            try:
                child(int(arg))
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exited {pid} {status}")


if __name__ == "__main__":
    if sys.argv[1] == "--server":
        serve()
    else:
        child(int(sys.argv[1]))
