"""`rehablogg aggregate … --return EKSPORT_ID --reason … --receipts DIR` as a pilot lead runs
it: a subprocess without Qt, one sentence on stderr and the documented exit code for each
wrong use (docs/receipts.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.identity import IdKind
from rehablogg.core.receipt import parse_receipt
from tests.aggregate.receipt_inbox import PILOT, Inbox, make_inbox
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
