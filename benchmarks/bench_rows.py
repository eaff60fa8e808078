"""Reading rows (issue 19): the entry list a day or week view shows, and an export's rows.

Both are plain rows read lazily with SQLAlchemy Core; each figure has a baseline measured in the
same run: bare ``sqlite3`` running the same query text and fetching the same rows, with nothing
made of them. The ratio is what rehablogg's own code (statement building, result processing,
the ``ExportEntry`` tuples with their clients and parties) costs on any machine.

    python -m benchmarks.bench_rows [--quick]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.bench_storage import paired
from benchmarks.run import Result
from rehablogg.demo import DemoSpec, write_demo
from rehablogg.storage.database import open_database_file
from rehablogg.storage.engine import raw_connect
from rehablogg.storage.export_rows import read_export_entries
from rehablogg.storage.queries import list_entries

ENTRIES = 60_000
QUICK_ENTRIES = 10_000
END = date(2025, 6, 30)
WEEK = (date.fromisocalendar(2025, 11, 1), date.fromisocalendar(2025, 11, 7))
MONTH = (date(2025, 3, 1), date(2025, 3, 31))
YEAR = (date(2024, 7, 1), date(2025, 6, 30))
LIST_AIM = 2.0
EXPORT_AIM = 3.0

# The queries as the storage code wrote them by hand before the tables were described once:
# the baseline does the least work for the same rows.
BARE_LIST = """
    SELECT e.id, e.date, e.start_time, e.minutes, e.code, e.contact_mode, e.arena,
           e.group_size, e.travel_minutes, e.note,
           (SELECT group_concat(coalesce(c.label, c.pseudonym), ', ')
              FROM entry_client ec JOIN client c ON c.id = ec.client_id
             WHERE ec.entry_id = e.id) AS clients,
           (SELECT group_concat(party, ',') FROM
               (SELECT party FROM entry_party p WHERE p.entry_id = e.id ORDER BY p.rowid))
               AS parties
      FROM (SELECT * FROM entry
             WHERE date BETWEEN :start AND :end
             ORDER BY date, start_time IS NULL, start_time, created_at, id
             LIMIT :limit OFFSET :offset) e
     ORDER BY e.date, e.start_time IS NULL, e.start_time, e.created_at, e.id
"""
BARE_EXPORT = (
    """SELECT id, date, start_time, minutes, code, contact_mode, arena, group_size,
              travel_minutes, note FROM entry WHERE date BETWEEN :start AND :end
        ORDER BY date, start_time IS NULL, start_time, created_at, id""",
    """SELECT ec.entry_id, c.pseudonym, c.birth_year, c.service, c.has_ip, c.has_coordinator,
              c.has_child_coordinator, c.therapist_is_coordinator
         FROM entry e JOIN entry_client ec ON ec.entry_id = e.id
         JOIN client c ON c.id = ec.client_id
        WHERE e.date BETWEEN :start AND :end ORDER BY ec.entry_id, c.pseudonym""",
    """SELECT ep.entry_id, ep.party FROM entry e JOIN entry_party ep ON ep.entry_id = e.id
        WHERE e.date BETWEEN :start AND :end""",
)


def _say(text: str) -> None:
    print(f"  .. {text}", file=sys.stderr, flush=True)


def _span(span: tuple[date, date]) -> dict[str, Any]:
    return {"start": span[0].isoformat(), "end": span[1].isoformat()}


def _result(
    name: str, ours: list[float], bare: list[float], baseline: str, aim: float, rows: int
) -> Result:
    ours_ms = statistics.median(ours) * 1000
    bare_ms = statistics.median(bare) * 1000
    return Result(
        name=name,
        value=ours_ms,
        unit="ms",
        baseline_name=baseline,
        baseline_value=bare_ms,
        aim=f"≤ {aim:g}× baseline",
        met=ours_ms / bare_ms <= aim,
        note=f"{rows} rows",
    )


def benchmarks(quick: bool = False, tmp_dir: str | None = None) -> list[Result]:
    entries = QUICK_ENTRIES if quick else ENTRIES
    repeats = 15 if quick else 41
    results: list[Result] = []
    with tempfile.TemporaryDirectory(dir=tmp_dir, prefix="rehablogg-bench-rows-") as tmp:
        path = Path(tmp) / "rehablogg.sqlite3"
        db = open_database_file(path)
        _say(f"writing a demo year of {entries} entries")
        write_demo(
            db,
            DemoSpec(
                entries=entries,
                clients=40,
                seed=1,
                end=END,
                therapist="DEMO01",
                municipality="0301",
                unit="Barne- og familietjenesten",
            ),
        )
        bare = raw_connect(path)
        try:
            for label, span, limit in (
                ("week", WEEK, -1),
                ("month, first page of 200", MONTH, 200),
            ):
                params = _span(span) | {"limit": limit, "offset": 0}

                def ours(span: tuple[date, date] = span, limit: int = limit) -> int:
                    return len(list_entries(db.engine, span[0], span[1], limit=limit))

                def floor(params: dict[str, Any] = params) -> int:
                    return len(bare.execute(BARE_LIST, params).fetchall())

                rows = ours()
                assert rows == floor() and rows > 0
                _say(f"timing the entry list, {label} ({repeats}×)")
                a, b = paired(ours, floor, repeats, 3)
                results.append(
                    _result(
                        f"entry list, {label}",
                        a,
                        b,
                        "bare sqlite3, same query, fetchall",
                        LIST_AIM,
                        rows,
                    )
                )
            for label, span, runs in (
                ("month", MONTH, repeats),
                ("year", YEAR, max(5, repeats // 4)),
            ):

                def read(span: tuple[date, date] = span) -> int:
                    with db.engine.connect() as conn:
                        return len(read_export_entries(conn, span[0], span[1]))

                def floor_export(span: tuple[date, date] = span) -> int:
                    got = [bare.execute(sql, _span(span)).fetchall() for sql in BARE_EXPORT]
                    return len(got[0])

                rows = read()
                assert rows == floor_export() and rows > 0
                _say(f"timing the export rows, {label} ({runs}×)")
                a, b = paired(read, floor_export, runs, 2)
                results.append(
                    _result(
                        f"export rows, {label}",
                        a,
                        b,
                        "bare sqlite3, the same 3 queries, fetchall",
                        EXPORT_AIM,
                        rows,
                    )
                )
        finally:
            bare.close()
            db.close()
    return results


def main(argv: list[str]) -> int:
    for result in benchmarks(quick="--quick" in argv):
        print(
            f"{result.name}: {result.value:.3f} {result.unit} | {result.baseline_name}: "
            f"{result.baseline_value:.3f} {result.unit} | ratio {result.ratio:.2f}× | "
            f"aim {result.aim}: {'met' if result.met else 'NOT met'} | {result.note}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
