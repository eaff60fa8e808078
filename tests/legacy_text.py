"""Text as an older rehablogg could store it, before storage refused identity numbers
(issue 16): the tests of what happens to such data (export blocking, erase, the audit copy)
write it with plain SQL, as nothing in rehablogg stores it any more."""

from __future__ import annotations

from sqlalchemy import Engine, text


def set_note(engine: Engine, entry_id: str, note: str) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE entry SET note = :n WHERE id = :id"), {"n": note, "id": entry_id})


def set_label(engine: Engine, client_id: int, label: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE client SET label = :l WHERE id = :id"), {"l": label, "id": client_id}
        )


def set_unit(engine: Engine, unit: str) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE profile SET unit = :u WHERE id = 1"), {"u": unit})
