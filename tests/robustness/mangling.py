"""Mangled copies of a file, as a damaged disk, a cut download or a careless tool leaves them;
the same seed gives the same copies to every test that uses them."""

from __future__ import annotations

import io
import random
import zipfile

SEED = 20261122


def mutations(original: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
    """Bytes flipped at random, truncations, and files that are no workbook at all."""
    cases: list[tuple[str, bytes]] = []
    for i in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        cases.append((f"flip-{i}", bytes(data)))
    for i in range(30):
        cases.append((f"truncate-{i}", original[: rng.randrange(len(original))]))
    cases += [
        ("empty", b""),
        ("text", b"dato;minutter\n01.03.2025;45\n"),
        ("nul", b"\x00" * 4096),
        ("random", rng.randbytes(20_000)),
    ]
    return cases


def rezipped(original: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
    """Valid zip containers with one member's XML damaged: the parser's road, not the zip's."""
    out = []
    with zipfile.ZipFile(io.BytesIO(original)) as source:
        names = [n for n in source.namelist() if n.endswith(".xml")]
        for i, victim in enumerate(rng.sample(names, min(12, len(names)))):
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as target:
                for name in source.namelist():
                    data = source.read(name)
                    if name == victim:
                        cut = rng.randrange(1, max(2, len(data)))
                        data = data[:cut] + rng.choice([b"<", b"&bogus;", b"\xff\xfe", b""])
                    target.writestr(name, data)
            out.append((f"xml-{i}-{victim.rsplit('/', 1)[-1]}", buffer.getvalue()))
    return out
