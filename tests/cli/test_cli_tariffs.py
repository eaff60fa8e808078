"""`rehablogg aggregate ... --tariffs FILE` as a user runs it: a subprocess without Qt, the
model sheets in the summary, and a bad tariff file refused with one sentence before any file
is taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rehablogg.aggregate.tariff_sheets import SHEET_CHART, SHEET_DETAIL, SHEET_MODELS, SHEET_MONTHS
from rehablogg.core.periods import Month
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, export
from rehablogg.resources_dir import resource_path
from rehablogg.storage.database import open_database_file
from rehablogg.storage.profile import update_profile
from tests.cli_runner import run_cli

pytestmark = pytest.mark.slow

EXAMPLE = resource_path("tariffs", "eksempel-modeller.toml")
MODELS = ("Takst i dag", "Tidsbasert", "Takst + indirekte tid")


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two therapists' submissions for June and September 2025 (the example's D02 fee changes on
    1 July, so both of its rules are used)."""
    base = tmp_path_factory.mktemp("tariff-cli")
    inbox = base / "innboks"
    inbox.mkdir()
    for seed, therapist, municipality in ((1, "FYS01", "4601"), (2, "FYS02", "0301")):
        (base / therapist).mkdir()
        db = open_database_file(base / therapist / "rehablogg.sqlite3")
        try:
            write_demo(
                db,
                DemoSpec(
                    entries=150,
                    clients=6,
                    seed=seed,
                    end=date(2025, 9, 30),
                    therapist=therapist,
                    municipality=municipality,
                    unit="Barn",
                ),
            )
            update_profile(db.engine, pilot_id="pilot-t", position_percent=80)
            for month in ("2025-06", "2025-09"):
                m = Month.parse(month)
                export(
                    db.engine,
                    ExportRequest(
                        m.first_day, m.last_day, inbox, whole_month=True, fmt="xlsx", submit=True
                    ),
                )
        finally:
            db.close()
    return inbox


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("rehablogg: ") and lines[0].endswith(".")
    return lines[0]


def _rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    # Not read_only: a write-only sheet has no stored dimension, so read-only rows come back
    # as long as each row's last cell, and the tables here are compared column by column.
    return [tuple(r) for r in load_workbook(path)[sheet].iter_rows(values_only=True)]


def test_the_example_models_give_the_model_sheets(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "sammendrag.xlsx"
    r = run_cli(
        "aggregate", str(inbox), "--out", str(out), "--tariffs", str(EXAMPLE), block_qt=True
    )
    assert r.returncode == 0, r.stderr
    assert "4 godtatt" in r.stdout
    wb = load_workbook(out, read_only=True)
    names = wb.sheetnames
    wb.close()
    # The tariff sheets stay together, in reading order (one table per sheet since issue 21).
    first = names.index(SHEET_MODELS)
    assert names[first : first + 4] == [SHEET_MODELS, SHEET_MONTHS, SHEET_CHART, SHEET_DETAIL]
    models = _rows(out, SHEET_MODELS)
    # One table from A1; the example warning heads the notes beside it (and beside every
    # tariff sheet).
    for sheet in (SHEET_MODELS, SHEET_MONTHS, SHEET_DETAIL):
        notes = [c for row in _rows(out, sheet) for c in row if isinstance(c, str)]
        assert any(c.startswith("EKSEMPEL: beløpene i eksempel-modeller.toml") for c in notes)
    assert models[0][:3] == ("modell", "beskrivelse", "registreringer")
    per_model = {row[0]: row for row in models[1:] if row[0] in MODELS}
    assert list(per_model) == list(MODELS)
    entries = {row[2] for row in per_model.values()}
    assert len(entries) == 1 and entries.pop() > 0  # every model sees every entry
    paid = {name: row[9] for name, row in per_model.items()}
    assert all(isinstance(v, float | int) and v > 0 for v in paid.values())
    # The difference column is each model minus the first.
    for name, row in per_model.items():
        assert row[10] == pytest.approx(paid[name] - paid["Takst i dag"])
    # The months side by side add up to the totals, and so does every breakdown.
    months = [row for row in _rows(out, SHEET_MONTHS) if row[0] in ("2025-06", "2025-09")]
    assert len(months) == 2
    for i, name in enumerate(MODELS, start=1):
        assert sum(row[i] for row in months) == pytest.approx(paid[name])  # type: ignore[misc]
    detail = _rows(out, SHEET_DETAIL)
    assert detail[0][:2] == ("dimensjon", "nøkkel")
    blocks: dict[str, list[tuple[object, ...]]] = {}
    for row in detail[1:]:
        if row[0] is not None:
            blocks.setdefault(str(row[0]), []).append(row)
    assert list(blocks) == ["kommune", "enhet", "terapeut", "måned", "kode", "kategori"]
    for block in blocks.values():
        for i, name in enumerate(MODELS, start=2):
            assert sum(row[i] for row in block) == pytest.approx(paid[name])  # type: ignore[misc]
    assert [row[1] for row in blocks["kommune"]] == ["0301 Oslo", "4601 Bergen"]


def test_a_bad_tariff_file_is_one_sentence_and_no_file_is_taken(
    inbox: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "modeller.toml"
    bad.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace('code = "I10"', 'code = "I99"', 1),
        encoding="utf-8",
    )
    out, collection = tmp_path / "s.xlsx", tmp_path / "samling.sqlite3"
    r = run_cli(
        "aggregate",
        str(inbox),
        "--out",
        str(out),
        "--collection",
        str(collection),
        "--tariffs",
        str(bad),
        block_qt=True,
    )
    assert r.returncode == 1
    line = _one_sentence(r.stderr)  # no "1/4 filer …" progress: it stopped before any file
    assert line == (
        "rehablogg: modeller.toml: modell «Takst i dag», regel nr. 9 (kode I99), "
        "feltet «code»: koden «I99» finnes ikke i kodeverket rehablogg-standard."
    )
    assert not out.exists() and not collection.exists()


def test_a_negative_amount_and_a_missing_file(inbox: Path, tmp_path: Path) -> None:
    bad = tmp_path / "negativ.toml"
    bad.write_text(
        'format = "rehablogg-tariffs"\n[[models]]\nname = "A"\n'
        '[[models.rules]]\ncategory = "direkte"\nrate_per_block = -350\n',
        encoding="utf-8",
    )
    out = tmp_path / "s.xlsx"
    r = run_cli("aggregate", str(inbox), "--out", str(out), "--tariffs", str(bad), block_qt=True)
    assert r.returncode == 1
    assert (
        "modell «A», regel nr. 1 (kategori direkte), feltet «rate_per_block» kan ikke være "
        "negativt" in _one_sentence(r.stderr)
    )
    r = run_cli(
        "aggregate",
        str(inbox),
        "--out",
        str(out),
        "--tariffs",
        str(tmp_path / "finnes-ikke.toml"),
        block_qt=True,
    )
    assert r.returncode == 2
    assert "finnes-ikke.toml finnes ikke" in _one_sentence(r.stderr)
    assert not out.exists()


def test_help_names_the_option() -> None:
    r = run_cli("aggregate", "--help", block_qt=True)
    assert r.returncode == 0
    assert "--tariffs FIL" in r.stdout and "docs/tariff-models.md" in r.stdout
