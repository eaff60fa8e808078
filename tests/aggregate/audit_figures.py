"""Figures of the interval audit over seeded random collections (not a test): how many cells
each sharing sheet hides and how many of them a reader can work out exactly.

    PYTHONPATH=$PWD python -m tests.aggregate.audit_figures [COLLECTIONS] [SEED] [TRUTH.json]
    PYTHONPATH=$PWD python -m tests.aggregate.audit_figures --varied [COLLECTIONS] [SEED]

Pseudonyms are not linked and the data lie within one year, so every table's totals are sums,
and the tables the same, in the code before "each person counted once" too: the same script
measures both. With TRUTH.json, a version that has ``shared_tables`` writes the true tables
there and one without reads them, to count the cells narrower than the protection interval
(``interval_audit.failures``, threshold 5).

``--varied`` draws the kind of collections the hypothesis tests do: thresholds 3, 5 and 10,
linked pseudonyms half of the time, and from one client up; it needs ``shared_tables``.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook

from rehablogg.aggregate.workbook import write_summary
from tests.aggregate.interval_audit import audit, failures, read_blocks
from tests.aggregate.sharing_corpus import (
    BIRTH_YEARS,
    DAYS,
    MUNICIPALITIES,
    Client,
    Spec,
    new_collection,
    pilot_of,
)

SHARED = ("Deling – kommuner", "Deling – intensitet", "Deling – overganger")


def random_spec(rng: random.Random) -> Spec:
    therapists = tuple(rng.randrange(len(MUNICIPALITIES)) for _ in range(rng.randint(2, 6)))
    clients = tuple(
        Client(
            therapist=rng.randrange(8),
            service=rng.choice(("habilitering", "rehabilitering")),
            born=rng.choice(BIRTH_YEARS),
            days=tuple(sorted(rng.sample(range(DAYS), rng.randint(1, 5)))),
            i12=rng.choice((0, 0, 0, rng.randint(1, 16) * 15)),
        )
        for _ in range(rng.randint(10, 60))
    )
    return Spec(therapists, clients)


def varied_spec(rng: random.Random) -> Spec:
    spec = random_spec(rng)
    return replace(
        spec,
        threshold=rng.choice((3, 5, 10)),
        linked=rng.random() < 0.5,
        clients=spec.clients[: rng.randint(1, len(spec.clients))],
    )


def _true_tables(collection: object, spec: Spec) -> dict[str, list[object]] | None:
    try:
        from rehablogg.aggregate.workbook import shared_tables  # type: ignore[attr-defined]
    except ImportError:
        return None
    out: dict[str, list[object]] = {}
    for name, tables in shared_tables(collection, pilot_of(spec)).items():  # type: ignore[arg-type]
        out[name] = []
        for t in tables:
            out[name].append(t.counts)
            if t.minutes is not None:
                out[name].append(t.minutes)
    return out


def measure(
    spec: Spec, truth: dict[str, list[object]] | None
) -> tuple[dict[str, Counter[str]], dict[str, list[object]] | None]:
    with tempfile.TemporaryDirectory() as folder:
        collection = new_collection(Path(folder), spec)
        try:
            write_summary(collection, Path(folder) / "s.xlsx", pilot_of(spec))
            found = _true_tables(collection, spec)
        finally:
            collection.close()
        truth = truth or found
        book = load_workbook(Path(folder) / "s.xlsx", read_only=True)
        sheets = {
            name: [list(r) for r in book[name].iter_rows(values_only=True)] for name in SHARED
        }
        book.close()
    out: dict[str, Counter[str]] = {}
    for name, rows in sheets.items():
        blocks = read_blocks(rows)
        links = [(0, 2), (1, 3)] if name == SHARED[0] and len(blocks) == 4 else []
        within = [(1, 0)] if name == SHARED[1] and len(blocks) == 2 else []
        result = audit(blocks, links, within)
        tally: Counter[str] = Counter()
        for i in result.intervals:
            kind = "minutes" if result.blocks[i.block].is_minutes else "counts"
            tally[f"{kind} hidden"] += 1
            if i.hi - i.lo < 0.5:
                tally[f"{kind} exact"] += 1
        tally["cells"] = sum(len(b.cells) * len(b.cells[0]) for b in blocks)
        if truth is not None:
            tally["below protection"] = len(failures(result, truth[name], spec.threshold))  # type: ignore[arg-type]
        out[name] = tally
    return out, truth


def main() -> None:
    varied = sys.argv[1:2] == ["--varied"]
    args = sys.argv[2:] if varied else sys.argv[1:]
    count = int(args[0]) if args else 30
    rng = random.Random(int(args[1]) if len(args) > 1 else 16)
    truth_file = Path(args[2]) if len(args) > 2 and not varied else None
    known = json.loads(truth_file.read_text()) if truth_file and truth_file.exists() else None
    kept = []
    totals = {name: Counter[str]() for name in SHARED}
    worst = Counter[str]()
    for n in range(count):
        tallies, truth = measure(
            (varied_spec if varied else random_spec)(rng), known[n] if known else None
        )
        kept.append(truth)
        for name, tally in tallies.items():
            totals[name] += tally
            worst[name] = max(worst[name], tally["minutes exact"] + tally["counts exact"])
    if truth_file and not known and all(t is not None for t in kept):
        truth_file.write_text(json.dumps(kept))
    print(f"{count} collections")
    for name, t in totals.items():
        print(
            f"{name}: {t['cells']} cells; counts hidden {t['counts hidden']}, exact "
            f"{t['counts exact']}; minutes hidden {t['minutes hidden']}, exact "
            f"{t['minutes exact']}; most exact in one collection {worst[name]}; narrower "
            f"than the protection interval {t['below protection']}"
        )


if __name__ == "__main__":
    main()
