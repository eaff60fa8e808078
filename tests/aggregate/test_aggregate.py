"""Aggregating a corpus of demo submissions with every kind of bad file mixed in."""

from __future__ import annotations

import dataclasses
import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rehablogg.aggregate import ingest
from rehablogg.aggregate.collection import Collection
from rehablogg.aggregate.run import AggregateCancelled, AggregateUsageError, Options, aggregate
from rehablogg.aggregate.suppression import HIDDEN, is_small
from rehablogg.aggregate.workbook import SummaryResult
from rehablogg.cli import main
from rehablogg.core.agegroups import DEFAULT_AGE_GROUPS, AgeGroup
from rehablogg.core.pilot import load_pilot, pilot_toml
from tests.aggregate.corpus import Corpus, build

REJECTED_BECAUSE = {
    "ERG02 2025-02 utkast": "ikke en innlevering",
    "annen pilot": "hører til piloten «pilot-nord», ikke til «pilot-vest»",
    "ukjent terapeut": "«FYS99» står ikke på pilotens liste",
    "feil kommune": "kommunenummer 4601 på pilotens liste, men filen har 5001",
    "utenfor perioden": "2024-12 ligger utenfor FYS01s periode i piloten (2025-01–2025-03)",
    "endret": "Registreringer, rad 2: minutter (H2",
    "format 2": "formatversjon 2.0",
    "csv": "CSV-fil",
    "avkuttet": "ufullstendig eller skadet",
    "søppel": "ikke en xlsx-arbeidsbok",
    "zipbombe": "mistenkelig mye",
    "for stor": "mer enn grensen på 50 MB",
}
EXPECTED = {
    "FYS01 2025-01": "godtatt",
    "FYS01 2025-02": "erstattet",
    "FYS01 2025-02 korr1": "godtatt",
    "FYS01 2025-03": "godtatt",
    "ERG02 2025-01": "godtatt",
    "ERG02 2025-03": "godtatt",
    "FYS03 2025-01": "godtatt",
    "FYS03 2025-03": "godtatt",
    "FYS03 2025-02": "konflikt",
    "FYS03 2025-02 annen": "konflikt",
    "kopi": "duplikat",
    **dict.fromkeys(REJECTED_BECAUSE, "avvist"),
}


@dataclass
class Run:
    corpus: Corpus
    result: SummaryResult
    out: Path
    collection: Path
    progress: str


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    c = build(tmp_path_factory.mktemp("corpus"))
    yield c
    for db in c.dbs.values():
        db.close()


@pytest.fixture(scope="module")
def run(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("summary")
    out, collection = folder / "sammendrag.xlsx", folder / "samling.sqlite3"
    progress = io.StringIO()
    result = aggregate(Options((corpus.root,), out, collection), progress=progress)
    return Run(corpus, result, out, collection, progress.getvalue())


def _status_of(run: Run) -> dict[str, tuple[str, str]]:
    by_path = {o.path: (r.status.value, r.reason) for o, r in run.result.outcomes}
    return {label: by_path[str(path.resolve())] for label, path in run.corpus.files.items()}


def _sheet(path: Path, name: str) -> list[tuple[object, ...]]:
    wb = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb[name].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_every_file_gets_its_status_and_reason(run: Run) -> None:
    statuses = _status_of(run)
    assert {label: s for label, (s, _) in statuses.items()} == EXPECTED
    assert len(run.result.outcomes) == len(run.corpus.files)  # the pilot file is not offered
    for label, words in REJECTED_BECAUSE.items():
        assert words in statuses[label][1], (label, statuses[label][1])
    assert "korr1" in statuses["FYS01 2025-02"][1]
    assert "FYS03 2025-02" in statuses["FYS03 2025-02"][1]
    assert str(run.corpus.files["FYS01 2025-01"].resolve()) in statuses["kopi"][1]


def test_innsendinger_lists_every_file(run: Run) -> None:
    rows = _sheet(run.out, "Innsendinger")
    assert rows[0][:8] == (
        "fil",
        "terapeut",
        "kommunenr",
        "måned",
        "eksport_id",
        "korrigerer",
        "status",
        "årsak",
    )
    listed = {r[0]: r[6] for r in rows[1:]}
    assert listed == {str(p.resolve()): EXPECTED[label] for label, p in run.corpus.files.items()}


def test_totals_equal_the_therapists_own_databases_to_the_minute(run: Run) -> None:
    expected = sum(run.corpus.minutes(label, month) for label, month in run.corpus.accepted)
    assert run.result.total_minutes == expected
    rows = _sheet(run.out, "Registreringer")
    header = rows[0]
    assert header[:5] == ("kommunenr", "terapeut", "enhet", "måned", "registrering_id")
    assert {(r[0], r[3]) for r in rows[1:]} == {
        ("4601" if label != "FYS03" else "0301", month) for label, month in run.corpus.accepted
    }
    minutes = header.index("minutter")
    assert sum(int(r[minutes]) for r in rows[1:]) == expected  # type: ignore[call-overload]
    assert len(rows) - 1 == run.result.entry_rows
    per_therapist: dict[str, int] = {}
    for r in rows[1:]:
        per_therapist[str(r[1])] = per_therapist.get(str(r[1]), 0) + int(r[minutes])  # type: ignore[call-overload]
    for therapist in ("FYS01", "ERG02", "FYS03"):
        assert per_therapist[therapist] == sum(
            run.corpus.minutes(label, m) for label, m in run.corpus.accepted if label == therapist
        )


def test_each_dimension_has_its_sheet_the_fte_and_a_chart(run: Run) -> None:
    wb = load_workbook(run.out)
    names = wb.sheetnames
    for dimension in (
        "kommune",
        "enhet",
        "terapeut",
        "måned",
        "uke",
        "kode",
        "kategori",
        "arena",
        "kontaktform",
        "samarbeidspart",
    ):
        assert f"Tid – {dimension}" in names
    assert "Brukere – aldersgruppe" in names and "Brukere – tjeneste" in names
    chart = wb["Diagram – måned"]
    assert len(chart._charts) == 1
    rows = [tuple(c.value for c in row) for row in wb["Årsverk – terapeut"].iter_rows()]
    assert rows[0][:4] == ("terapeut", "timer", "årsverk_måneder", "timer_per_årsverk_per_måned")
    fte = {r[0]: r for r in rows[1:]}
    # FYS01 at 80 % with three months: 2.4 FTE-months.
    fys01_hours = sum(run.corpus.minutes("FYS01", m) for _, m in run.corpus.accepted[:3]) / 60
    assert fte["FYS01"][2] == pytest.approx(2.4)
    assert fte["FYS01"][3] == pytest.approx(fys01_hours / 2.4)
    assert fte["ERG02"][2] == pytest.approx(1.0)  # 50 % in two months
    assert fte["FYS03"][2] == pytest.approx(2.0)
    rows = [tuple(c.value for c in row) for row in wb["Årsverk – kommune"].iter_rows()]
    assert rows[0][:2] == ("kommunenr", "kommunenavn")
    municipalities = {r[:2]: r for r in rows[1:]}
    assert municipalities[("4601", "Bergen")][3] == pytest.approx(3.4)
    wb.close()


def test_mangler_lists_exactly_the_months_held_back(run: Run) -> None:
    assert run.result.missing == [
        ("ERG02", "2025-02", "ikke levert"),
        ("FYS03", "2025-02", "konflikt mellom innleveringer"),
    ]
    rows = _sheet(run.out, "Mangler")
    assert [(r[0], r[3]) for r in rows[1:]] == [("ERG02", "2025-02"), ("FYS03", "2025-02")]


def test_shared_sheet_shows_no_small_counts_of_people(run: Run) -> None:
    rows = _sheet(run.out, "Deling – kommuner")
    people_block = False
    checked = 0
    for row in rows:
        first = row[0] if row else None
        if isinstance(first, str) and first.startswith(("ulike brukere", "minutter etter")):
            people_block = first.startswith("ulike brukere")
            continue
        if people_block and row and row[0] != "kommune":
            for value in row[1:]:
                if value is not None and value != HIDDEN:
                    assert not is_small(int(value))  # type: ignore[call-overload]
                    checked += 1
    assert checked > 0


def test_progress_goes_to_stderr(run: Run) -> None:
    total = len(run.corpus.files)
    assert run.progress.strip().splitlines()[-1] == f"{total}/{total} filer …"


def test_second_run_with_the_collection_changes_nothing(run: Run, tmp_path: Path) -> None:
    before = Collection(run.collection)
    dump = before.dump()
    before.close()
    again = aggregate(
        Options((run.corpus.root,), tmp_path / "igjen.xlsx", run.collection), progress=None
    )
    after = Collection(run.collection)
    assert after.dump() == dump
    after.close()
    assert [(o, r) for o, r in again.outcomes] == run.result.outcomes
    assert again.total_minutes == run.result.total_minutes


def test_interrupted_run_leaves_the_collection_as_it_was(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "samling.sqlite3"
    target.write_bytes(run.collection.read_bytes())
    extra = tmp_path / "ny"
    extra.mkdir()
    (extra / "a.xlsx").write_bytes(b"junk")
    (extra / "b.xlsx").write_bytes(b"junk too")
    real = ingest.take_file
    calls = []

    def failing(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "take_file", failing)
    with pytest.raises(KeyboardInterrupt):
        aggregate(Options((extra,), tmp_path / "x.xlsx", target), progress=None)
    before = Collection(run.collection)
    after = Collection(target)
    assert after.dump() == before.dump()
    before.close()
    after.close()


def test_without_pilot_file_no_roster_checks(corpus: Corpus, tmp_path: Path) -> None:
    files = [corpus.files["annen pilot"], corpus.files["ukjent terapeut"]]
    result = aggregate(Options(tuple(files), tmp_path / "s.xlsx"), progress=None)
    assert [r.status.value for _, r in result.outcomes] == ["godtatt", "godtatt"]
    rows = _sheet(tmp_path / "s.xlsx", "Mangler")
    assert rows[0][:5] == ("terapeut", "kommunenr", "enhet", "måned", "hvorfor")
    assert "trenger pilotfilen" in str(rows[0][6])


def test_rows_split_across_sheets_and_csv_beside(corpus: Corpus, tmp_path: Path) -> None:
    files = (corpus.files["FYS01 2025-01"], corpus.files["FYS01 2025-03"])
    out = tmp_path / "delt.xlsx"
    result = aggregate(Options(files, out, sheet_rows=20), progress=None)
    wb = load_workbook(out, read_only=True)
    names = wb.sheetnames
    wb.close()
    parts = [n for n in names if n.startswith("Registreringer")]
    assert len(parts) == -(-result.entry_rows // 20)
    assert sum(len(_sheet(out, n)) - 1 for n in parts) == result.entry_rows
    out2 = tmp_path / "csv.xlsx"
    result2 = aggregate(Options(files, out2, csv_threshold=10), progress=None)
    assert [p.name for p in result2.csv_files] == ["csv_registreringer.csv", "csv_deltakere.csv"]
    lines = result2.csv_files[0].read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) - 1 == result2.entry_rows
    assert "ligger i csv_registreringer.csv" in str(_sheet(out2, "Registreringer")[0][0])


def test_usage_errors(corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(AggregateUsageError):
        aggregate(Options((tmp_path / "finnes-ikke",), tmp_path / "s.xlsx"), progress=None)
    empty = tmp_path / "tom"
    empty.mkdir()
    with pytest.raises(AggregateUsageError):
        aggregate(Options((empty,), tmp_path / "s.xlsx"), progress=None)
    second = tmp_path / "pilot2.toml"
    second.write_bytes(corpus.pilot_file.read_bytes())
    with pytest.raises(AggregateUsageError):
        aggregate(Options((corpus.root, second), tmp_path / "s.xlsx"), progress=None)


def test_cli_exit_codes(corpus: Corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    small = (str(corpus.files["FYS01 2025-01"]), str(corpus.files["søppel"]))
    out = str(tmp_path / "s.xlsx")
    assert main(["aggregate", *small, "--out", out]) == 0
    captured = capsys.readouterr()
    assert "2 filer: 1 godtatt" in captured.out and "1 avvist" in captured.out
    assert "2/2 filer …" in captured.err
    assert main(["aggregate", *small, "--out", out, "--strict"]) == 1
    assert "1 filer er avvist" in capsys.readouterr().err
    assert main(["aggregate", small[0], "--out", out, "--strict"]) == 0
    capsys.readouterr()
    assert main(["aggregate", *small, "--out", out, "--tariffs", "t.toml"]) == 2
    assert "t.toml finnes ikke" in capsys.readouterr().err
    assert main(["aggregate", str(tmp_path / "mangler"), "--out", out]) == 2
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main(["aggregate", small[0]])
    assert stop.value.code == 2
    not_collection = tmp_path / "ikke.sqlite3"
    not_collection.write_bytes(b"x" * 2048)
    assert main(["aggregate", small[0], "--out", out, "--collection", str(not_collection)]) == 1
    assert "ikke en samlingsfil" in capsys.readouterr().err


def test_aggregate_as_a_subprocess_without_qt(corpus: Corpus, tmp_path: Path) -> None:
    from tests.cli_runner import run_cli

    out = tmp_path / "sammendrag.xlsx"
    result = run_cli("aggregate", str(corpus.root), "--out", str(out), block_qt=True)
    assert result.returncode == 0, result.stderr
    assert "godtatt" in result.stdout and out.exists()
    assert "Traceback" not in result.stderr
    strict = run_cli("aggregate", str(corpus.root), "--out", str(out), "--strict", block_qt=True)
    assert strict.returncode == 1
    assert strict.stderr.strip().splitlines()[-1].startswith("rehablogg: ")


def test_strict_judges_only_the_files_offered_now(
    corpus: Corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    collection = str(tmp_path / "samling.sqlite3")
    out = str(tmp_path / "s.xlsx")
    junk = str(corpus.files["søppel"])
    good = str(corpus.files["FYS01 2025-01"])
    assert main(["aggregate", junk, good, "--out", out, "--collection", collection]) == 0
    assert (
        main(["aggregate", good, "--out", out, "--collection", collection, "--strict"]) == 0
    )  # the junk file from last month is history
    assert main(["aggregate", junk, "--out", out, "--collection", collection, "--strict"]) == 1
    capsys.readouterr()


def test_progress_callback_reports_each_file_and_cancel_keeps_the_collection(
    run: Run, tmp_path: Path
) -> None:
    target = tmp_path / "kopi.sqlite3"
    shutil.copyfile(run.collection, target)
    seen: list[tuple[int, int, str]] = []

    def cancel_at_three(done: int, total: int, path: str) -> None:
        seen.append((done, total, path))
        if done == 3:
            raise AggregateCancelled

    with pytest.raises(AggregateCancelled):
        aggregate(
            Options((run.corpus.root,), tmp_path / "x.xlsx", target),
            progress=None,
            on_progress=cancel_at_three,
        )
    assert [s[0] for s in seen] == [1, 2, 3]
    assert all(total == seen[0][1] > 3 for _, total, _ in seen)
    assert all(Path(path).is_file() for *_, path in seen)
    assert not (tmp_path / "x.xlsx").exists()
    before, after = Collection(run.collection), Collection(target)
    assert after.dump() == before.dump()
    before.close()
    after.close()


def _age_group_rows(path: Path) -> dict[str, tuple[object, ...]]:
    """Brukere – aldersgruppe by group, without the order column: the rows of the table."""
    rows = _sheet(path, "Brukere – aldersgruppe")
    assert rows[0][:2] == ("rekkefølge", "aldersgruppe")
    return {str(r[1]): r[1:] for r in rows[1:] if r[1] is not None}


def test_the_pilots_own_age_groups_are_used_in_the_summary(run: Run, tmp_path: Path) -> None:
    pilot = load_pilot(run.corpus.pilot_file)
    own = (AgeGroup(0, 17), AgeGroup(18, None))
    folder = tmp_path / "inn"
    folder.mkdir()
    (folder / "pilot.toml").write_text(
        pilot_toml(dataclasses.replace(pilot, age_groups=own)), encoding="utf-8"
    )
    for label in ("FYS01 2025-01", "ERG02 2025-01", "FYS03 2025-01"):
        shutil.copy(run.corpus.files[label], folder / f"{label}.xlsx")
    out = tmp_path / "s.xlsx"
    aggregate(Options((folder,), out), progress=None)
    groups = _age_group_rows(out)
    assert set(groups) <= {"0-17", "18+", "ukjent"}
    assert "0-17" in groups and "18+" in groups
    # Worked out again from birth year and entry year: the same people as the default groups,
    # with children (0-5, 6-12, 13-17) folded together.
    (folder / "pilot.toml").write_text(pilot_toml(pilot), encoding="utf-8")
    default_out = tmp_path / "d.xlsx"
    aggregate(Options((folder,), default_out), progress=None)
    default = _age_group_rows(default_out)
    assert set(default) - {"ukjent"} <= {g.label for g in DEFAULT_AGE_GROUPS}
    rows_of = {k: int(v[2]) for k, v in default.items()}  # type: ignore[call-overload]
    assert int(groups["0-17"][2]) == sum(  # type: ignore[call-overload]
        rows_of.get(k, 0) for k in ("0-5", "6-12", "13-17")
    )
    assert int(groups["18+"][2]) == sum(  # type: ignore[call-overload]
        rows_of.get(k, 0) for k in ("18-25", "26-66", "67+")
    )
