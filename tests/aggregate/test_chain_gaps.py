"""A correction chain with a missing link, end to end: a therapist's original, korr1 and korr2
of one month, the pilot lead holding the original and korr2 only (``aggregate`` as a
subprocess), then korr1 arriving in the next run. The rules are in docs/export-format.md,
"Submissions and correction chains", and tested case by case in test_status.py."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rehablogg.aggregate.collection import SCHEMA_VERSION, Collection
from rehablogg.aggregate.status import Status, resolve
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.exchange.export import ExportRequest, ExportResult, export
from rehablogg.storage.database import open_database_file
from rehablogg.storage.entries import get_entry, update_entry
from tests.cli_runner import run_cli

MARCH = (date(2025, 3, 1), date(2025, 3, 31))


@dataclass
class Chain:
    original: ExportResult
    korr1: ExportResult
    korr2: ExportResult
    minutes: dict[str, int]  # export id: the month's minutes in that file


def _month_minutes(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        (total,) = conn.execute(
            "SELECT sum(minutes) FROM entry WHERE date BETWEEN '2025-03-01' AND '2025-03-31'"
        ).fetchone()
    finally:
        conn.close()
    return int(total)


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Chain:
    base = tmp_path_factory.mktemp("kjede")
    db = open_database_file(base / "rehablogg.sqlite3")
    out = base / "ut"
    out.mkdir()
    try:
        write_demo(
            db,
            DemoSpec(
                entries=200,
                clients=6,
                seed=5,
                end=date(2025, 3, 31),
                therapist="FYS01",
                municipality="4601",
                unit="Barn",
            ),
        )
        conn = sqlite3.connect(db.path)
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM entry WHERE date BETWEEN '2025-03-01' AND '2025-03-31' "
                "ORDER BY date, id LIMIT 2"
            )
        ]
        conn.close()
        files, minutes = [], {}
        for step in range(3):
            if step:  # each correction adds minutes to one entry, with a reason
                stored = get_entry(db.engine, ids[step - 1])
                assert stored is not None
                update_entry(
                    db.engine,
                    ids[step - 1],
                    replace(stored.draft, minutes=stored.draft.minutes + 10 * step),
                    reason=f"Feil varighet {step}",
                )
            result = export(db.engine, ExportRequest(*MARCH, out, whole_month=True, submit=True))
            assert result.correction == step
            files.append(result)
            assert result.export_id is not None
            minutes[result.export_id] = _month_minutes(db.path)
    finally:
        db.close()
    assert files[2].replaces == files[1].export_id and files[1].replaces == files[0].export_id
    assert len(set(minutes.values())) == 3
    return Chain(*files, minutes=minutes)


def _sheet(path: Path, name: str) -> list[tuple[object, ...]]:
    wb = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb[name].iter_rows(values_only=True)]
    finally:
        wb.close()


def _minutes(path: Path) -> int:
    found = [r[1] for r in _sheet(path, "Oversikt") if r and r[0] == "minutter"]
    return int(found[0])  # type: ignore[call-overload]


def _statuses(path: Path) -> dict[str, tuple[str, str]]:
    rows = _sheet(path, "Innsendinger")
    header = list(rows[0])
    eid, status, reason = (header.index(n) for n in ("eksport_id", "status", "årsak"))
    return {str(r[eid]): (str(r[status]), str(r[reason] or "")) for r in rows[1:]}


def test_original_and_korr2_count_korr2_and_korr1_arriving_later_changes_no_figure(
    chain: Chain, tmp_path: Path
) -> None:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    for result in (chain.original, chain.korr2):
        shutil.copy(result.path, inbox)
    collection, out = tmp_path / "samling.sqlite3", tmp_path / "sammendrag.xlsx"
    o, k1, k2 = (r.export_id for r in (chain.original, chain.korr1, chain.korr2))
    assert o and k1 and k2

    done = run_cli("aggregate", str(inbox), "--out", str(out), "--collection", str(collection))
    assert done.returncode == 0, done.stderr
    statuses = _statuses(out)
    assert statuses[k2][0] == Status.ACCEPTED.value and k1 in statuses[k2][1]
    assert statuses[o][0] == Status.SUPERSEDED.value and k1 in statuses[o][1]
    assert _minutes(out) == chain.minutes[k2]  # korr2 counts, not 0 and not the original
    gaps = [r for r in _sheet(out, "Mangler") if r and r[0] == "FYS01"]
    assert len(gaps) == 1 and gaps[0][3] == "2025-03" and k1 in str(gaps[0][4])

    shutil.copy(chain.korr1.path, inbox)  # korr1 arrives: the chain is complete
    done = run_cli("aggregate", str(inbox), "--out", str(out), "--collection", str(collection))
    assert done.returncode == 0, done.stderr
    statuses = _statuses(out)
    assert statuses == {
        o: (Status.SUPERSEDED.value, statuses[o][1]),
        k1: (Status.SUPERSEDED.value, statuses[k1][1]),
        k2: (Status.ACCEPTED.value, ""),
    }
    assert k1 in statuses[o][1] and k2 in statuses[k1][1]
    assert _minutes(out) == chain.minutes[k2]
    assert not [r for r in _sheet(out, "Mangler") if r and r[0] == "FYS01"]


def test_korr2_alone_counts_and_names_the_missing_link(chain: Chain, tmp_path: Path) -> None:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    shutil.copy(chain.korr2.path, inbox)
    out = tmp_path / "sammendrag.xlsx"
    done = run_cli("aggregate", str(inbox), "--out", str(out))
    assert done.returncode == 0, done.stderr
    k1, k2 = chain.korr1.export_id, chain.korr2.export_id
    assert k1 and k2
    status, reason = _statuses(out)[k2]
    assert status == Status.ACCEPTED.value and k1 in reason
    assert _minutes(out) == chain.minutes[k2]


def test_a_collection_of_the_previous_version_is_upgraded_and_keeps_working(
    chain: Chain, tmp_path: Path
) -> None:
    path = tmp_path / "samling.sqlite3"
    done = run_cli(
        "aggregate",
        str(chain.original.path),
        "--out",
        str(tmp_path / "a.xlsx"),
        "--collection",
        str(path),
    )
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(path)  # as a version-1 collection was
    conn.executescript("ALTER TABLE submission DROP COLUMN created; PRAGMA user_version = 1;")
    conn.close()
    done = run_cli(
        "aggregate",
        str(chain.korr2.path),
        "--out",
        str(tmp_path / "b.xlsx"),
        "--collection",
        str(path),
    )
    assert done.returncode == 0, done.stderr
    collection = Collection(path)
    try:
        version = collection.conn.execute("PRAGMA user_version").fetchone()[0]
        offers = collection.offers()
    finally:
        collection.close()
    assert version == SCHEMA_VERSION == 2
    # the original taken before the upgrade has no timestamp; the gap is bridged anyway
    assert [o.created == "" for o in offers] == [True, False]
    assert [r.status for r in resolve(offers)] == [Status.SUPERSEDED, Status.ACCEPTED]
