"""A reader released for format 1.0 checks every 1.x file (docs/DESIGN.md: "verify and
aggregate accept every 1.x"; docs/export-format.md, "Versions").

The released reader is the real one: the package (and its shipped resources, as its wheel
holds them) as of the last release before format 1.1, taken from git history and run in a child
process on this version's 1.1 files. The sheets 1.1 added after Metadata are hashed into
``ark_sjekksum``, a Metadata field, so the 1.0 reader hashes them through that field without
knowing them; this version recomputes ``ark_sjekksum`` from the sheets.
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
from openpyxl.workbook import Workbook

from rehablogg.exchange.columns import META_SHEETS_CHECKSUM, SHEET_EPISODES, SHEET_METADATA
from rehablogg.exchange.export import ExportResult
from rehablogg.exchange.verify import verify_file
from rehablogg.exchange.verify_sentences import META_MISSING, SHEETS_CHECKSUM_MISMATCH
from tests.exchange.helpers import ROOT, edited, sheet_rows
from tests.exchange.test_fixtures import V1_0, V1_1

# The last version that landed (went to users) before format 1.1: it reads only 1.0. The
# repository has no tags; .ci/run unshallows a shallow clone so this commit is there.
RELEASE_1_0 = "af9f6a8"

_CHILD = r"""
import json, sys
from pathlib import Path

import rehablogg
from rehablogg.exchange.columns import FORMAT_VERSION
from rehablogg.exchange.verify import verify_file

answers = [verify_file(Path(name)).sentence() for name in sys.argv[1:]]
print(json.dumps({"package": rehablogg.__file__, "version": FORMAT_VERSION, "answers": answers}))
"""


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The 1.0 release's package and resources, extracted from git history."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("no git history here: the released 1.0 reader cannot be extracted")
    if _git("cat-file", "-e", f"{RELEASE_1_0}^{{commit}}").returncode != 0:
        pytest.skip(f"commit {RELEASE_1_0} is not in this clone (a shallow clone?)")
    folder = tmp_path_factory.mktemp("release-1.0")
    archive = folder / "release.tar"
    done = _git("archive", "-o", str(archive), RELEASE_1_0, "rehablogg", "resources")
    assert done.returncode == 0, done.stderr
    subprocess.run(["tar", "-xf", str(archive), "-C", str(folder)], check=True, timeout=120)
    yield folder


def _verify_with(release: Path, *paths: Path) -> list[str]:
    """Each file's verify sentence from the released reader, in a child process whose only
    rehablogg is the release's."""
    env = {**os.environ, "PYTHONPATH": str(release)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *map(str, paths)],
        cwd=release,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    # The child really ran the release (format 1.0), not this version.
    assert Path(found["package"]).is_relative_to(release), found["package"]
    assert found["version"] == "1.0"
    answers: list[str] = found["answers"]
    return answers


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 1.1 submission written by this version, with episodes, a pause and needs."""
    from tests.fixtures.exports.make_exports import make

    return make(1, tmp_path_factory.mktemp("fresh"))


def test_the_released_reader_is_1_0(released: Path) -> None:
    # The check below means something only if the child really runs the old code.
    columns = (released / "rehablogg" / "exchange" / "columns.py").read_text(encoding="utf-8")
    assert "FORMAT_MINOR = 0\n" in columns


def test_the_released_1_0_reader_verifies_1_1_files(
    released: Path, fresh: Path, march: ExportResult
) -> None:
    assert len(sheet_rows(fresh, SHEET_EPISODES)) == 3  # the header and two episodes
    assert len(sheet_rows(march.path, SHEET_EPISODES)) > 1  # the demo's episodes
    answers = _verify_with(released, V1_0, V1_1, fresh, march.path)
    assert answers == ["gyldig"] * 4


def _change_an_episode(wb: Workbook) -> None:
    ws = wb[SHEET_EPISODES]
    header = [cell.value for cell in ws[1]]
    ws.cell(2, header.index("henvist_fra") + 1).value = "fastlege"  # was helsestasjon


def _drop_sheets_checksum(wb: Workbook) -> None:
    ws = wb[SHEET_METADATA]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == META_SHEETS_CHECKSUM)
    ws.delete_rows(row)


def test_a_changed_episode_cell_is_refused(fresh: Path, tmp_path: Path) -> None:
    changed = tmp_path / "changed.xlsx"
    edited(fresh, changed, _change_an_episode)
    report = verify_file(changed)
    assert report.sentence() == SHEETS_CHECKSUM_MISMATCH.format(
        sheets="Forløp, Opphold, Behov, Forankring, Endringer"
    )


def test_a_file_without_its_sheets_checksum_is_refused(fresh: Path, tmp_path: Path) -> None:
    dropped = tmp_path / "dropped.xlsx"
    edited(fresh, dropped, _drop_sheets_checksum)
    report = verify_file(dropped)
    assert not report.ok
    assert report.problems[0] == META_MISSING.format(name=META_SHEETS_CHECKSUM)
