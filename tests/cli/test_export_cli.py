"""`rehablogg export` and `rehablogg verify` as a user meets them: a subprocess without Qt,
its output and its exit code (docs/DESIGN.md §5)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.core.periods import Month
from rehablogg.storage.database import open_database_file
from rehablogg.storage.entries import add_entry
from tests.cli_runner import run_cli

MONTH_FILE = "rehablogg_ingen_0301_DEMO01_2025-03.xlsx"


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("rehablogg: ")
    return lines[0]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory with a small demo year, made through the CLI itself."""
    data = tmp_path_factory.mktemp("cli-demo") / "data"
    result = run_cli(
        "demo",
        "--entries",
        "500",
        "--clients",
        "15",
        "--end",
        "2025-04-30",
        data_dir=data,
        block_qt=True,
    )
    assert result.returncode == 0, result.stderr
    return data


@pytest.fixture
def own_demo(demo_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the demo data directory, for tests that submit or change it."""
    data = tmp_path / "own"
    data.mkdir()
    for item in demo_dir.iterdir():
        if item.is_file():
            (data / item.name).write_bytes(item.read_bytes())
    return data


def test_export_and_verify_run_without_qt(demo_dir: Path, tmp_path: Path) -> None:
    export = run_cli(
        "export", "--period", "2025-03", "--out", str(tmp_path), data_dir=demo_dir, block_qt=True
    )
    assert export.returncode == 0, export.stderr
    path = tmp_path / "rehablogg_ingen_0301_DEMO01_2025-03_utkast.xlsx"
    assert export.stdout.startswith(f"Skrev {path} (")
    assert "ikke en innlevering" in export.stdout
    verify = run_cli("verify", str(path), block_qt=True)
    assert (verify.returncode, verify.stdout, verify.stderr) == (0, f"{path}: gyldig\n", "")


def test_submit_then_correct(own_demo: Path, tmp_path: Path) -> None:
    first = run_cli(
        "export", "--period", "2025-03", "--submit", "--out", str(tmp_path), data_dir=own_demo
    )
    assert first.returncode == 0, first.stderr
    assert "2025-03 er levert og låst" in first.stdout
    assert (tmp_path / MONTH_FILE).exists()

    again = run_cli(
        "export", "--period", "2025-03", "--submit", "--out", str(tmp_path), data_dir=own_demo
    )
    assert "samme innlevering" in again.stdout
    first_id = first.stdout.split("eksport_id ")[1][:16]
    assert f"eksport_id {first_id}" in again.stdout

    db = open_database_file(own_demo / "rehablogg.sqlite3")
    add_entry(
        db.engine,
        EntryDraft(date=date(2025, 3, 14), start_time=time(14, 0), minutes=30, code="A02"),
        "rehablogg-standard",
        1,
        reason="kurs manglet",
    )
    db.close()
    korr = run_cli(
        "export", "--period", "2025-03", "--submit", "--out", str(tmp_path), data_dir=own_demo
    )
    assert korr.returncode == 0, korr.stderr
    assert f"korreksjon nr. 1 for 2025-03, som erstatter {first_id}." in korr.stdout
    korr_file = tmp_path / MONTH_FILE.replace(".xlsx", "_korr1.xlsx")
    verify = run_cli("verify", str(tmp_path / MONTH_FILE), str(korr_file))
    assert verify.returncode == 0
    assert verify.stdout.splitlines() == [
        f"{tmp_path / MONTH_FILE}: gyldig",
        f"{korr_file}: gyldig",
    ]


def test_csv_export(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "uke.csv"
    result = run_cli(
        "export",
        "--from",
        "2025-03-03",
        "--to",
        "2025-03-09",
        "--format",
        "csv",
        "--out",
        str(out),
        data_dir=demo_dir,
        block_qt=True,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbfregistrering_id;dato;uke;")
    verify = run_cli("verify", str(out))
    assert verify.returncode == 1
    assert verify.stdout.startswith(f"{out}: Dette er en CSV-fil")
    _one_sentence(verify.stderr)


def test_verify_reports_each_file_and_fails_when_one_is_bad(demo_dir: Path, tmp_path: Path) -> None:
    good = tmp_path / "god.xlsx"
    run_cli("export", "--period", "2025-03", "--out", str(good), data_dir=demo_dir)
    bad = tmp_path / "avkortet.xlsx"
    bad.write_bytes(good.read_bytes()[:2000])
    missing = tmp_path / "borte.xlsx"
    result = run_cli("verify", str(good), str(bad), str(missing), block_qt=True)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{good}: gyldig",
        f"{bad}: Filen er ufullstendig eller skadet, så den kan ikke leses som xlsx; be om en "
        "ny kopi.",
        f"{missing}: Filen finnes ikke.",
    ]
    assert _one_sentence(result.stderr) == "rehablogg: 2 av 3 filer er ikke gyldige."


def test_a_note_with_an_identity_number_blocks_with_notes_only(
    own_demo: Path, tmp_path: Path
) -> None:
    from rehablogg.core.identity import IdKind
    from tests.identity_factory import example
    from tests.legacy_text import set_note

    number = example(IdKind.FODSELSNUMMER, date(2016, 2, 29))
    db = open_database_file(own_demo / "rehablogg.sqlite3")
    entry_id = add_entry(
        db.engine,
        EntryDraft(date=date(2025, 3, 20), start_time=time(10, 15), minutes=30, code="A03"),
        "rehablogg-standard",
        1,
    )
    set_note(db.engine, entry_id, f"gjelder {number}")  # as an older rehablogg stored it
    db.close()
    out = tmp_path / "out"
    out.mkdir()
    blocked = run_cli(
        "export", "--period", "2025-03", "--include-notes", "--out", str(out), data_dir=own_demo
    )
    assert blocked.returncode == 1
    sentence = _one_sentence(blocked.stderr)
    assert "registreringen 20.03.2025 kl. 10:15 (A03)" in sentence
    assert number not in blocked.stderr + blocked.stdout
    assert not list(out.iterdir())
    plain = run_cli("export", "--period", "2025-03", "--out", str(out), data_dir=own_demo)
    assert plain.returncode == 0, plain.stderr


def test_submit_needs_a_profile(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    open_database_file(data / "rehablogg.sqlite3").close()
    result = run_cli(
        "export", "--period", "2025-03", "--submit", "--out", str(tmp_path), data_dir=data
    )
    assert result.returncode == 1
    assert "terapeutkode og kommunenummer" in _one_sentence(result.stderr)


def test_export_without_a_database(tmp_path: Path) -> None:
    result = run_cli(
        "export", "--period", "2025-03", "--out", str(tmp_path), data_dir=tmp_path / "tom"
    )
    assert result.returncode == 1
    assert "Ingen database" in _one_sentence(result.stderr)
    assert not (tmp_path / "tom").exists()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--from", "2025-03-01", "--to", "2025-03-31", "--submit"), "hel måned"),
        (("--period", "2025-03", "--submit", "--format", "csv"), "alltid en xlsx-fil"),
        (("--period", "2025-3x"), "ikke en måned"),
        (("--from", "2025-03-01"), "--from trenger --to"),
        (("--from", "2025-03-31", "--to", "2025-03-01"), "--to er før --from"),
        (("--period", "2025-03", "--to", "2025-03-31"), "--to brukes bare sammen med --from"),
        (
            ("--period", "2025-03", "--from", "2025-03-01", "--to", "2025-03-31"),
            "kan ikke brukes sammen med",
        ),
        (("--period", "2025-03", "--format", "ods"), "ugyldig valg"),
        (("--period", "2025-03", "--out", "mars.csv"), "slutter på .xlsx"),
        (("--period", "2025-03", "--no-out"), "mangler: --out"),
        (("--period", "2025-03", "--before-month-end"), "bare sammen med --submit"),
    ],
)
def test_export_usage_errors(
    demo_dir: Path, tmp_path: Path, args: tuple[str, ...], fragment: str
) -> None:
    out = () if "--out" in args or "--no-out" in args else ("--out", str(tmp_path))
    if "--no-out" in args:
        args = args[:-1]
    result = run_cli("export", *args, *out, data_dir=demo_dir, block_qt=True)
    assert result.returncode == 2, result.stderr
    assert fragment in _one_sentence(result.stderr)


def test_verify_needs_a_file() -> None:
    result = run_cli("verify", block_qt=True)
    assert result.returncode == 2
    assert "mangler" in _one_sentence(result.stderr)


def test_submit_takes_a_backup_first(own_demo: Path, tmp_path: Path) -> None:
    result = run_cli(
        "export", "--period", "2025-03", "--submit", "--out", str(tmp_path), data_dir=own_demo
    )
    assert result.returncode == 0, result.stderr
    assert list((own_demo / "backups").glob("rehablogg-*-innlevering.sqlite3"))


def test_an_unwritable_target_gives_one_sentence(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "blocked"
    target.write_text("a file where a folder is expected")
    result = run_cli(
        "export", "--period", "2025-03", "--out", str(target / "x.xlsx"), data_dir=demo_dir
    )
    assert result.returncode == 1
    _one_sentence(result.stderr)


def test_a_future_month_is_never_handed_in(own_demo: Path, tmp_path: Path) -> None:
    """`export --period <next month> --submit` locked an empty future month (issue 17)."""
    out = tmp_path / "out"
    out.mkdir()
    later = Month.of(date.today()).next()
    for extra in ((), ("--before-month-end",)):
        result = run_cli(
            "export",
            "--period",
            str(later),
            "--submit",
            *extra,
            "--out",
            str(out),
            data_dir=own_demo,
            block_qt=True,
        )
        assert result.returncode == 1, result.stdout
        assert f"{later.month:02d}.{later.year} har ikke begynt" in _one_sentence(result.stderr)
    assert list(out.iterdir()) == []


def test_the_running_month_needs_before_month_end(own_demo: Path, tmp_path: Path) -> None:
    this = Month.of(date.today())
    refused = run_cli(
        "export",
        "--period",
        str(this),
        "--submit",
        "--out",
        str(tmp_path),
        data_dir=own_demo,
        block_qt=True,
    )
    assert refused.returncode == 1, refused.stdout
    sentence = _one_sentence(refused.stderr)
    assert "er ikke slutt" in sentence and "arbeidsdager gjenstår" in sentence
    assert "--before-month-end" in sentence
    assert list(tmp_path.glob("*.xlsx")) == []

    done = run_cli(
        "export",
        "--period",
        str(this),
        "--submit",
        "--before-month-end",
        "--out",
        str(tmp_path),
        data_dir=own_demo,
        block_qt=True,
    )
    assert done.returncode == 0, done.stderr
    assert f"{this} er levert og låst" in done.stdout
    [path] = tmp_path.glob("*.xlsx")
    verify = run_cli("verify", str(path), block_qt=True)
    assert verify.stdout == f"{path}: gyldig\n"


def test_a_refused_submission_leaves_no_backup_behind(own_demo: Path, tmp_path: Path) -> None:
    """The plan's rules refuse before anything is written: a future month's submission used to
    leave an 'innlevering' backup of a month that was never handed in."""
    later = Month.of(date.today()).next()
    result = run_cli(
        "export",
        "--period",
        str(later),
        "--submit",
        "--out",
        str(tmp_path),
        data_dir=own_demo,
        block_qt=True,
    )
    assert result.returncode == 1, result.stdout
    assert not list((own_demo / "backups").glob("rehablogg-*-innlevering.sqlite3"))
