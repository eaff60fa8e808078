"""Pilot set-up files from a pilot lead's machine, mangled: a Pilot or one PilotError sentence,
nothing else, never a hang."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehablogg.core.i18n import Sentence
from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, PilotError, RosterEntry, load_pilot, pilot_toml

SEED = 7_2026
VALID = pilot_toml(
    Pilot(
        id="vest-2026",
        name="Pilot Vest",
        catalogue_id="rehablogg-standard",
        catalogue_version=1,
        roster=tuple(
            RosterEntry(
                f"T{i:02d}", "4601", "Barn", "fysioterapeut", Month(2026, 1), Month(2026, 12)
            )
            for i in range(5)
        ),
        required_fields=("arena",),
    )
)


def _check(data: bytes, path: Path) -> str:
    path.write_bytes(data)
    try:
        load_pilot(path)
    except PilotError as exc:
        message = str(exc)
        assert message and "\n" not in message, message
        assert isinstance(exc.args[0], Sentence), f"not marked for translation: {message!r}"
        return "refused"
    return "accepted"


def test_line_and_byte_mutations(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    lines = VALID.splitlines()
    cases: list[bytes] = []
    for _ in range(60):
        mutated = list(lines)
        i = rng.randrange(len(mutated))
        choice = rng.randrange(4)
        if choice == 0:
            del mutated[i]
        elif choice == 1:
            mutated.insert(i, mutated[rng.randrange(len(mutated))])
        elif choice == 2:
            mutated[i] = mutated[i].replace('"', "", 1)
        else:
            mutated[i] = mutated[i] + "\\n\x00"
        cases.append("\n".join(mutated).encode())
    for _ in range(60):
        data = bytearray(VALID.encode())
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        cases.append(bytes(data))
    cases += [b"", b"\xff\xfe\x00", b"[" * 5000, b"x = " + b"9" * 5000, VALID.encode()[:40]]
    outcomes = [_check(data, tmp_path / "pilot.toml") for data in cases]
    print(f"hostile pilot files: {len(cases)} cases, {outcomes.count('refused')} refused")
    assert outcomes.count("refused") > len(cases) // 2


@settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "format",
                "format_version",
                "id",
                "name",
                "roster",
                "age_groups",
                "key",
                "linked_pseudonyms",
                "x",
            ]
        ),
        st.one_of(
            st.integers(), st.text(max_size=20), st.booleans(), st.lists(st.integers(), max_size=4)
        ),
        max_size=8,
    )
)
def test_structured_garbage(tmp_path: Path, data: dict[str, object]) -> None:
    text = "\n".join(f"{k} = {_toml(v)}" for k, v in data.items())
    _check(text.encode(), tmp_path / "g.toml")


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)
