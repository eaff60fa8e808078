"""`rehablogg aggregate … --return EKSPORT_ID --reason … --receipts DIR` as a pilot lead runs
it, and `rehablogg receipt FILE` as a therapist does: a subprocess without Qt, one sentence on
stderr and the documented exit code for each wrong use or hostile file (docs/receipts.md)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.identity import IdKind
from rehablogg.core.receipt import parse_receipt
from tests.aggregate.receipt_inbox import (
    PILOT,
    RETURN_REASON,
    Inbox,
    Receipts,
    make_inbox,
    make_receipts,
)
from tests.cli_runner import run_cli
from tests.identity_factory import example


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Inbox:
    return make_inbox(tmp_path_factory.mktemp("kvittering-cli"))


def _args(inbox: Inbox, tmp_path: Path, *extra: str) -> tuple[str, ...]:
    return (
        "aggregate",
        str(inbox.folder),
        "--out",
        str(tmp_path / "s.xlsx"),
        "--collection",
        str(tmp_path / "samling.sqlite3"),
        "--jobs",
        "1",
        *extra,
    )


def test_return_a_month_and_write_the_receipts(inbox: Inbox, tmp_path: Path) -> None:
    assert inbox.feb.export_id is not None
    folder = tmp_path / "kvitteringer"
    done = run_cli(
        *_args(
            inbox,
            tmp_path,
            "--return",
            inbox.feb.export_id,
            "--reason",
            "Uke 7 mangler; legg den inn og lever på nytt.",
            "--receipts",
            str(folder),
        ),
        block_qt=True,
    )
    assert done.returncode == 0, done.stderr
    assert f"{inbox.feb.export_id} er returnert til terapeuten" in done.stdout
    assert f"2 kvitteringer er skrevet til {folder}" in done.stdout
    receipt = parse_receipt((folder / f"kvittering_{PILOT}_FYS01.json").read_bytes())
    feb = [m for m in receipt.months if m.export_id == inbox.feb.export_id]
    assert [(m.status, m.reason) for m in feb] == [
        ("returnert", "Uke 7 mangler; legg den inn og lever på nytt.")
    ]
    # The return is kept in the collection: a later run without --return still says so.
    again = run_cli(*_args(inbox, tmp_path, "--receipts", str(folder)), block_qt=True)
    assert again.returncode == 0, again.stderr
    receipt = parse_receipt((folder / f"kvittering_{PILOT}_FYS01.json").read_bytes())
    assert [m.status for m in receipt.months if m.export_id == inbox.feb.export_id] == ["returnert"]


@pytest.mark.parametrize(
    ("extra", "code", "sentence"),
    [
        (("--return", "abc"), 2, "--return trenger --reason"),
        (("--reason", "Mangler."), 2, "--reason brukes bare sammen med --return"),
        (("--return", "abc", "--reason", "  "), 1, "Skriv hvorfor måneden sendes tilbake"),
        (("--return", "abc", "--reason", "x" * 501), 1, "501 tegn, men kan være høyst 500"),
        (
            (
                "--return",
                "abc",
                "--reason",
                "Gjelder " + example(IdKind.D_NUMMER, date(2001, 2, 3)),
            ),
            1,
            "fødselsnummer, D-nummer eller H-nummer",
        ),
        (("--return", "finnes-ikke", "--reason", "Mangler."), 1, "ingen innlevering med"),
    ],
)
def test_wrong_returns_get_one_sentence(
    inbox: Inbox, tmp_path: Path, extra: tuple[str, ...], code: int, sentence: str
) -> None:
    done = run_cli(*_args(inbox, tmp_path, *extra), block_qt=True)
    assert done.returncode == code, done.stderr
    assert sentence in done.stderr
    assert "Traceback" not in done.stderr
    assert len([line for line in done.stderr.splitlines() if line.startswith("rehablogg")]) == 1


def test_return_without_collection_is_wrong_use(inbox: Inbox, tmp_path: Path) -> None:
    done = run_cli(
        "aggregate",
        str(inbox.folder),
        "--out",
        str(tmp_path / "s.xlsx"),
        "--return",
        "abc",
        "--reason",
        "Mangler.",
        block_qt=True,
    )
    assert done.returncode == 2 and "--collection" in done.stderr


def test_receipts_into_a_file_is_refused_before_the_run(inbox: Inbox, tmp_path: Path) -> None:
    blocker = tmp_path / "kv.json"
    blocker.write_text("{}")
    done = run_cli(*_args(inbox, tmp_path, "--receipts", str(blocker)), block_qt=True)
    assert done.returncode == 2 and "er en fil; velg en mappe for kvitteringene" in done.stderr
    assert not (tmp_path / "samling.sqlite3").exists()


# -- the therapist's side: rehablogg receipt FILE -----------------------------------------------


@pytest.fixture(scope="module")
def receipts(tmp_path_factory: pytest.TempPathFactory) -> Receipts:
    return make_receipts(tmp_path_factory.mktemp("kvittering-cli-app"))


def _data_dir(receipts: Receipts, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(receipts.inbox.fys01_db, data / "rehablogg.sqlite3")
    return data


def test_receipt_is_read_and_each_month_said(receipts: Receipts, tmp_path: Path) -> None:
    data = _data_dir(receipts, tmp_path)
    path = tmp_path / "kvittering.json"
    path.write_bytes(receipts.returned)
    done = run_cli("receipt", str(path), data_dir=data, block_qt=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["2025-02\tgodkjent", f"2025-03\treturnert\t{RETURN_REASON}"]
    assert lines[2].startswith(
        "Kvitteringen skrevet 2025-04-03 er lest inn: 2 måneder, 1 returnert; lever en "
        "returnert måned på nytt"
    )
    # Handed in again from the command line: a correction even with nothing changed.
    out = tmp_path / "ut"
    out.mkdir()
    again = run_cli("export", "--period", "2025-03", "--submit", "--out", str(out), data_dir=data)
    assert again.returncode == 0, again.stderr
    assert "korreksjon nr. 2 for 2025-03" in again.stdout


@pytest.mark.parametrize(
    ("which", "sentence"),
    [
        ("other", "Kvitteringen gjelder terapeut ERG02, men denne loggboken er FYS01"),
        ("changed", "kontrollsummen stemmer ikke"),
        ("large", "aldri større enn 256 KiB"),
        ("not json", "ikke gyldig JSON"),
        ("missing", "kan ikke leses"),
    ],
)
def test_a_receipt_that_cannot_be_read_is_one_sentence(
    receipts: Receipts, tmp_path: Path, which: str, sentence: str
) -> None:
    data = _data_dir(receipts, tmp_path)
    contents = {
        "other": receipts.other,
        "changed": receipts.returned.replace(b'"returnert"', b'"godtatt"'),
        "large": b" " * (256 * 1024 + 1),
        "not json": b"<xml/>",
    }
    path = tmp_path / "kvittering.json"
    if which in contents:
        path.write_bytes(contents[which])
    done = run_cli("receipt", str(path), data_dir=data, block_qt=True)
    assert done.returncode == 1
    assert sentence in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""
