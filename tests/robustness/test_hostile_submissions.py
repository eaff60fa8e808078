"""Submissions from other people's machines, mangled or crafted: `verify` answers every one
with a report, never an exception, and a changed file is never called valid by accident; a
crafted file (tests/robustness/hostile_xlsx.py) is refused with the sentence for its kind,
by `rehablogg verify` and by `aggregate`, which goes on with the other files."""

from __future__ import annotations

import random
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from rehablogg.aggregate.run import Options, aggregate
from rehablogg.aggregate.status import Status
from rehablogg.aggregate.verify_pool import Limits, precheck
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.exchange.package_guard import SUBMISSION_LIMITS
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.database import open_database_file
from tests.cli_runner import run_cli
from tests.robustness.hostile_xlsx import write_corpus
from tests.robustness.mangling import SEED, mutations, rezipped


@pytest.fixture(scope="module")
def submission(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-submission")
    db = open_database_file(folder / "db.sqlite3")
    try:
        write_demo(
            db,
            DemoSpec(
                entries=300,
                clients=10,
                seed=3,
                end=date(2025, 4, 30),
                therapist="FUZZ01",
                municipality="0301",
                unit="Fuzz",
            ),
        )
        result = export(
            db.engine,
            ExportRequest(
                start=date(2025, 3, 1),
                end=date(2025, 3, 31),
                out=folder,
                whole_month=True,
                fmt="xlsx",
                submit=True,
                include_notes=False,
            ),
        )
    finally:
        db.close()
    assert verify_file(result.path).ok
    return result.path


def test_mangled_submissions_get_a_report_not_a_crash(submission: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    original = submission.read_bytes()
    expected = verify_file(submission, keep_content=True).content
    cases = mutations(original, rng) + rezipped(original, rng)
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
    print(
        f"hostile submissions: {len(cases)} mangled files, {refused} refused, "
        f"{len(cases) - refused} accepted with their content unchanged"
    )


# --------------------------------------------------------------------------------------------
# Crafted files (tests/robustness/hostile_xlsx.py): each breaks one rule of the package guard or
# of verify's limits, and is refused with its own sentence before any reader allocates for it.
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_corpus(
    submission: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[tuple[Path, str]]:
    return write_corpus(submission, tmp_path_factory.mktemp("hostile-corpus"))


def test_corpus_has_dozens_of_files_of_every_kind(hostile_corpus: list[tuple[Path, str]]) -> None:
    kinds = Counter(path.name.split("-")[0] for path, _ in hostile_corpus)
    assert len(hostile_corpus) >= 80
    assert len(kinds) >= 15 and all(count >= 2 for count in kinds.values()), kinds


def test_cli_verify_refuses_every_crafted_file_in_one_sentence(
    hostile_corpus: list[tuple[Path, str]],
) -> None:
    paths = [path for path, _ in hostile_corpus]
    result = run_cli("verify", *map(str, paths), timeout=600)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.splitlines() == [
        f"rehablogg: {len(paths)} av {len(paths)} filer er ikke gyldige."
    ]
    lines = result.stdout.splitlines()
    assert len(lines) == len(paths)
    for line, (path, reason) in zip(lines, hostile_corpus, strict=True):
        assert line.startswith(f"{path}: "), line
        assert reason in line, (line, reason)


def test_each_crafted_file_alone_exits_1_with_one_line_on_stderr(
    hostile_corpus: list[tuple[Path, str]],
) -> None:
    # One of each kind on its own: the far cell used to abort the whole process.
    firsts: dict[str, tuple[Path, str]] = {}
    for path, reason in hostile_corpus:
        firsts.setdefault(path.name.split("-")[0], (path, reason))
    for path, reason in firsts.values():
        result = run_cli("verify", str(path))
        assert result.returncode == 1, (path.name, result.stderr)
        assert result.stderr.splitlines() == ["rehablogg: Filen er ikke gyldig."], path.name
        assert "Traceback" not in result.stdout + result.stderr
        lines = result.stdout.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"{path}: "), result.stdout
        assert reason in lines[0], (path.name, lines[0])


def test_aggregate_rejects_each_crafted_file_and_takes_the_genuine_one(
    submission: Path, hostile_corpus: list[tuple[Path, str]], tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    genuine = inbox / submission.name
    shutil.copyfile(submission, genuine)
    for path, _ in hostile_corpus:
        shutil.copyfile(path, inbox / path.name)
    out = tmp_path / "sammendrag.xlsx"
    result = aggregate(Options((inbox,), out, tmp_path / "samling.sqlite3"), progress=None)
    outcomes = {Path(offer.path).name: outcome for offer, outcome in result.outcomes}
    assert outcomes.pop(genuine.name).status is Status.ACCEPTED
    assert len(outcomes) == len(hostile_corpus)
    for path, _ in hostile_corpus:
        outcome = outcomes[path.name]
        assert outcome.status is Status.REJECTED, path.name
        expected = (
            precheck(path.read_bytes(), Limits())
            or verify_file(path, limits=SUBMISSION_LIMITS).sentence()
        )
        assert outcome.reason == expected, path.name
        assert "\n" not in outcome.reason and outcome.reason.endswith(".")
    assert out.exists()
