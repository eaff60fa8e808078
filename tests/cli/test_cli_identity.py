"""The command line refuses an identity number in the profile's unit with one sentence
(issue 16 item 5), and the number reaches no file in the data folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rehablogg.core.identity import IdKind
from tests.cli_runner import run_cli
from tests.identity_factory import example

FNR = example(IdKind.FODSELSNUMMER, date(2012, 10, 31))


def test_profile_unit_with_an_identity_number_is_refused(data_dir: Path) -> None:
    written = f"{FNR[:6]} {FNR[6:]}"
    result = run_cli("profile", "set", "--unit", f"Barn {written}", data_dir=data_dir)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "Enhetsnavnet inneholder et fødselsnummer" in lines[0]
    assert written not in result.stderr
    shown = run_cli("profile", "show", data_dir=data_dir)
    assert shown.returncode == 0 and "Barn" not in shown.stdout
    for path in data_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert written.encode() not in raw and FNR.encode() not in raw, path
