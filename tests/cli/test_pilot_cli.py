"""`rehablogg pilot new|show|join` as a user meets them: subprocesses without Qt, their output
and exit codes (docs/DESIGN.md §5), and that an export after joining carries the pilot."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehablogg.core.periods import Month
from rehablogg.core.pilot import Pilot, RosterEntry, load_pilot, pilot_toml
from tests.cli_runner import run_cli
from tests.exchange.helpers import sheet_rows

HEADER = "therapist;municipality;unit;profession;first_month;last_month\n"
ROSTER = HEADER + (
    "T-07;4601;Barn og unge;fysioterapeut;2025-01;2025-12\n"
    "T-08;0301;Voksne;ergoterapeut;2025-03;2025-06\n"
)


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("rehablogg: ")
    return lines[0]


def _pilot(*args: str, data_dir: Path | None = None) -> tuple[int, str, str]:
    r = run_cli("pilot", *args, data_dir=data_dir, block_qt=True)
    return r.returncode, r.stdout, r.stderr


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text(ROSTER, encoding="utf-8")
    return path


def _new(
    tmp_path: Path, roster: Path, *extra: str, name: str = "pilot.toml"
) -> tuple[int, str, str]:
    return _pilot(
        "new",
        "--out",
        str(tmp_path / name),
        "--id",
        "vest-2025",
        "--name",
        "Pilot Vest",
        "--roster",
        str(roster),
        *extra,
    )


def test_new_then_show_never_prints_the_key(tmp_path: Path, roster: Path) -> None:
    code, out, err = _new(
        tmp_path,
        roster,
        "--linked-pseudonyms",
        "--required",
        "arena",
        "clients",
        "--age-groups",
        "0-17,18-66,67+",
    )
    assert (code, err) == (0, ""), err
    assert "pilotnøkkelen" in out
    pilot = load_pilot(tmp_path / "pilot.toml")
    assert pilot.linked_pseudonyms and pilot.key and len(pilot.key) == 64
    assert [r.therapist for r in pilot.roster] == ["T-07", "T-08"]
    assert pilot.required_fields == ("arena", "clients")
    assert [g.label for g in pilot.age_groups] == ["0-17", "18-66", "67+"]
    assert (pilot.catalogue_id, pilot.catalogue_version) == ("rehablogg-standard", 2)

    code, out, err = _pilot("show", str(tmp_path / "pilot.toml"))
    assert (code, err) == (0, "")
    assert pilot.key not in out
    for line in (
        "id: vest-2025",
        "navn: Pilot Vest",
        "kodeverk: rehablogg-standard versjon 2",
        "aldersgrupper: 0-17, 18-66, 67+",
        "påkrevde felt: arena, clients",
        "koblede pseudonymer: ja",
        "nøkkel: finnes",
        "terapeuter: 2",
    ):
        assert line in out.splitlines(), out
    assert "  T-08\t0301\tVoksne\tergoterapeut\t2025-03–2025-06" in out.splitlines()


def test_new_defaults_and_refuses_to_overwrite(tmp_path: Path, roster: Path) -> None:
    assert _new(tmp_path, roster)[0] == 0
    before = (tmp_path / "pilot.toml").read_bytes()
    pilot = load_pilot(tmp_path / "pilot.toml")
    assert not pilot.linked_pseudonyms and pilot.key is None and pilot.required_fields == ()
    assert len(pilot.age_groups) == 6
    code, _, err = _new(tmp_path, roster)
    assert code == 1 and "finnes allerede" in _one_sentence(err)
    assert (tmp_path / "pilot.toml").read_bytes() == before
    code, out, _ = _pilot("show", str(tmp_path / "pilot.toml"))
    assert "koblede pseudonymer: nei" in out and "nøkkel" not in out


@pytest.mark.parametrize(
    ("csv_text", "extra", "exit_code", "fragment"),
    [
        ("therapist,municipality\nT1,0301\n", (), 1, "første linje"),
        (HEADER + "T1;9999;Enhet;fysioterapeut;2025-01;2025-02\n", (), 1, "linje 2: Kommune"),
        (HEADER + "T1;0301;Enhet;fysioterapeut;2025-01\n", (), 1, "linje 2 har 5 felt"),
        (HEADER + "T1;0301;Enhet;fysioterapeut;januar;2025-02\n", (), 1, "ÅÅÅÅ-MM"),
        (HEADER + "T1;0301;Enhet;lege;2025-01;2025-02\n", (), 1, "«fysioterapeut» eller"),
        (
            HEADER + "T1;0301;Enhet;fysioterapeut;2025-01;2025-02\n"
            "T1;0301;Enhet;fysioterapeut;2025-01;2025-02\n",
            (),
            1,
            "to ganger",
        ),
        (HEADER, (), 1, "ingen terapeuter"),
        (ROSTER, ("--age-groups", "0-5,7+"), 1, "uten hull"),
        (ROSTER, ("--age-groups", "barn"), 2, "--age-groups"),
        (ROSTER, ("--required", "humør"), 2, "humør"),
        (ROSTER, ("--catalogue-version", "3"), 1, "ikke versjon 3; velg en av dem"),
    ],
)
def test_new_refuses_bad_input(
    tmp_path: Path, csv_text: str, extra: tuple[str, ...], exit_code: int, fragment: str
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(csv_text, encoding="utf-8")
    code, _, err = _new(tmp_path, path, *extra)
    assert code == exit_code
    assert fragment in _one_sentence(err)
    assert not (tmp_path / "pilot.toml").exists()


def test_new_refuses_bad_id_missing_roster_and_usage(tmp_path: Path, roster: Path) -> None:
    code, _, err = _pilot(
        "new",
        "--out",
        str(tmp_path / "p.toml"),
        "--id",
        "Vest 2025",
        "--name",
        "V",
        "--roster",
        str(roster),
    )
    assert code == 1 and "«id»" in _one_sentence(err)
    code, _, err = _new(tmp_path, tmp_path / "mangler.csv")
    assert code == 1 and "Finner ikke terapeutlisten" in _one_sentence(err)
    code, _, err = _pilot("new", "--id", "x")
    assert code == 2 and "feil bruk" in _one_sentence(err)
    code, _, err = _pilot()
    assert code == 2 and "feil bruk" in _one_sentence(err)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("ikke toml = [", "ikke gyldig TOML"),
        ('format = "noe"\n', "ikke en pilotfil"),
    ],
)
def test_show_and_join_refuse_a_bad_file(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "pilot.toml"
    path.write_text(text, encoding="utf-8")
    for args in (("show", str(path)), ("join", str(path), "--therapist", "T-07")):
        code, out, err = _pilot(*args, data_dir=tmp_path / "data")
        assert (code, out) == (1, "")
        assert fragment in _one_sentence(err)
    code, _, err = _pilot("show", str(tmp_path / "borte.toml"))
    assert code == 1 and "Finner ikke pilotfilen" in _one_sentence(err)


def _pilot_file(tmp_path: Path, **changes: object) -> Path:
    values: dict[str, object] = {
        "id": "vest-2025",
        "name": "Pilot Vest",
        "catalogue_id": "rehablogg-standard",
        "catalogue_version": 2,
        "roster": (
            RosterEntry(
                "T-07", "4601", "Barn og unge", "fysioterapeut", Month(2025, 1), Month(2025, 12)
            ),
        ),
        "linked_pseudonyms": True,
        "key": "ab" * 32,
    }
    values.update(changes)
    path = tmp_path / "pilot.toml"
    path.write_text(pilot_toml(Pilot(**values)), encoding="utf-8")  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize(
    ("changes", "therapist", "fragment"),
    [
        ({}, "T-99", "Terapeutkoden T-99 står ikke i pilotens liste."),
        ({"catalogue_id": "annet-kodeverk"}, "T-07", "«annet-kodeverk»"),
        ({"catalogue_version": 7}, "T-07", "oppdater rehablogg"),
    ],
)
def test_join_refusals(
    tmp_path: Path, changes: dict[str, object], therapist: str, fragment: str
) -> None:
    path = _pilot_file(tmp_path, **changes)
    code, out, err = _pilot("join", str(path), "--therapist", therapist, data_dir=tmp_path / "data")
    assert (code, out) == (1, "")
    line = _one_sentence(err)
    assert fragment in line
    assert "ab" * 32 not in line and "T-07" not in line.replace(therapist, "")
    profile = run_cli("profile", "show", data_dir=tmp_path / "data", block_qt=True).stdout
    assert "pilot: \n" in profile


def test_join_then_submit_carries_the_pilot(tmp_path: Path) -> None:
    data = tmp_path / "data"
    demo = run_cli(
        "demo",
        "--entries",
        "200",
        "--clients",
        "8",
        "--end",
        "2025-04-30",
        data_dir=data,
        block_qt=True,
    )
    assert demo.returncode == 0, demo.stderr
    path = _pilot_file(tmp_path)
    code, out, err = _pilot("join", str(path), "--therapist", "T-07", data_dir=data)
    assert (code, err) == (0, ""), err
    assert out.splitlines()[0] == "Du er med i piloten Pilot Vest (vest-2025) som T-07."
    assert "  terapeut: DEMO01 → T-07" in out.splitlines()
    assert "  kommunenr: 0301 → 4601" in out.splitlines()
    assert "ab" * 32 not in out
    again = _pilot("join", str(path), "--therapist", "T-07", data_dir=data)
    assert again[0] == 0 and "allerede" in again[1]

    outdir = tmp_path / "ut"
    outdir.mkdir()
    export = run_cli(
        "export",
        "--period",
        "2025-03",
        "--submit",
        "--out",
        str(outdir),
        data_dir=data,
        block_qt=True,
    )
    assert export.returncode == 0, export.stderr
    file = outdir / "rehablogg_vest-2025_4601_T-07_2025-03.xlsx"
    assert file.exists(), list(outdir.iterdir())
    meta = {row[0]: row[1] for row in sheet_rows(file, "Metadata")[1:]}
    assert meta["pilot"] == "vest-2025"
    assert meta["terapeut"] == "T-07"
    assert meta["kommunenr"] == "4601"
    assert meta["enhet"] == "Barn og unge"
    assert (meta["katalog_id"], meta["katalog_versjon"]) == ("rehablogg-standard", 2)
    verify = run_cli("verify", str(file), block_qt=True)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_show_lists_the_intensity_targets(tmp_path: Path, roster: Path) -> None:
    assert _new(tmp_path, roster)[0] == 0
    path = tmp_path / "pilot.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('format_version = "1.0"', 'format_version = "1.1"')
        + "\n[intensity_targets.habilitering]\nsessions_per_week = 1.5\n"
        "minutes_per_week = 60\n",
        encoding="utf-8",
    )
    code, out, err = _pilot("show", str(path))
    assert (code, err) == (0, ""), err
    assert (
        "mål for intensitet, habilitering: 1,5 direkte økter og 60 direkte minutter per uke"
        in out.splitlines()
    ), out


def test_new_and_show_the_small_count_threshold(tmp_path: Path, roster: Path) -> None:
    code, _out, err = _new(tmp_path, roster, "--small-count-threshold", "10")
    assert (code, err) == (0, ""), err
    assert load_pilot(tmp_path / "pilot.toml").small_count_threshold == 10
    code, out, err = _pilot("show", str(tmp_path / "pilot.toml"))
    assert (code, err) == (0, ""), err
    assert "skjules i delingsarkene: antall personer under 10" in out.splitlines(), out
    assert _new(tmp_path, roster, name="standard.toml")[0] == 0
    code, out, _err = _pilot("show", str(tmp_path / "standard.toml"))
    assert "skjules i delingsarkene: antall personer under 5" in out.splitlines(), out


def test_new_refuses_a_threshold_out_of_bounds(tmp_path: Path, roster: Path) -> None:
    code, out, err = _new(tmp_path, roster, "--small-count-threshold", "1")
    assert code == 1 and out == ""
    assert err.strip().endswith(
        "må være et heltall fra 2 til 50 (antall personer under dette "
        "skjules i delingsarkene; vanlig er 5), ikke 1."
    ), err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "pilot.toml").exists()
