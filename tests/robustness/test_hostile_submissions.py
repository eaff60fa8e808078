"""Submissions from other people's machines, mangled: `verify` answers every one with a
report, never an exception, and a changed file is never called valid by accident."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date
from pathlib import Path

import pytest

from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.database import open_database_file

SEED = 20261122


@pytest.fixture(scope="module")
def submission(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-submission")
    db = open_database_file(folder / "db.sqlite3")
    try:
        write_demo(db, DemoSpec(entries=300, clients=10, seed=3, end=date(2025, 4, 30),
                                therapist="FUZZ01", municipality="0301", unit="Fuzz"))
        result = export(db.engine, ExportRequest(
            start=date(2025, 3, 1), end=date(2025, 3, 31), out=folder, whole_month=True,
            fmt="xlsx", submit=True, include_notes=False))
    finally:
        db.close()
    assert verify_file(result.path).ok
    return result.path


def _mutations(original: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
    cases: list[tuple[str, bytes]] = []
    for i in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        cases.append((f"flip-{i}", bytes(data)))
    for i in range(30):
        cases.append((f"truncate-{i}", original[: rng.randrange(len(original))]))
    cases += [("empty", b""), ("text", b"dato;minutter\n01.03.2025;45\n"),
              ("nul", b"\x00" * 4096), ("random", rng.randbytes(20_000))]
    return cases


def _rezipped(original: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
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


def test_mangled_submissions_get_a_report_not_a_crash(submission: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    original = submission.read_bytes()
    expected = verify_file(submission, keep_content=True).content
    cases = _mutations(original, rng) + _rezipped(original, rng)
    refused = 0
    for name, data in cases:
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(data)
        report = verify_file(path, keep_content=True)  # must not raise
        line = report.line(path.name)
        assert "\n" not in line and line
        if report.ok:
            # A flip that verify lets through may only touch what does not carry data
            # (zip bookkeeping, styles): what a reader takes from the file is unchanged.
            assert report.content == expected, name
        else:
            refused += 1
    print(f"hostile submissions: {len(cases)} mangled files, {refused} refused, "
          f"{len(cases) - refused} accepted with their content unchanged")
