"""A pilot of demo therapists from start to summary, the way a pilot lead meets it, and the
answers the summary gives about the care pathway. Run from the repository root:

    python docs/guide/pilot_demo.py [--months 12] [--out FOLDER]

In a temporary folder (or FOLDER; never the user's data) it makes four demo therapists — two
in Bergen, one in Voss and one in Kvam, each with clients from neighbouring municipalities —
hands in their months of 2025 with ``rehablogg export --submit``, aggregates the inbox with
receipts, returns one month with a reason, lets that therapist read the receipt and hand the
month in again, aggregates once more, and prints from the summary workbook:

- the median and 75th percentile wait from referral to first direct contact per municipality;
- how many episodes ended, and why;
- how much service crosses municipal lines (hours and share, by arrangement);
- how many children in each municipality will need adapted school or housing in each of the
  next five years;
- which months were returned, and why.

Every step is the real command line, as a subprocess; nothing is computed here but reading
the summary's sheets.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from openpyxl import load_workbook

THERAPISTS = (
    ("BGN01", "4601", 1, 45),
    ("BGN02", "4601", 2, 40),
    ("VOS01", "4621", 3, 35),
    ("KVM01", "4622", 4, 25),
)
YEAR = 2025
RETURNED = ("VOS01", 3)  # the month the pilot lead sends back
REASON = "Mars mangler reisetiden for hjemmebesøkene; før den inn og lever måneden på nytt."


def _cli(data: Path | None, *args: object) -> str:
    command = [sys.executable, "-m", "rehablogg"]
    if data is not None:
        command += ["--data-dir", str(data)]
    done = subprocess.run([*command, *map(str, args)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"rehablogg {' '.join(map(str, args))}: {done.stderr.strip()}")
    return done.stdout


def _rows(summary: Path, sheet: str) -> Iterator[dict[str, object]]:
    """The sheet's table as dicts by column name (the table starts at A1)."""
    rows = load_workbook(summary, read_only=True)[sheet].iter_rows(values_only=True)
    header = [str(h) for h in next(rows) if h is not None]
    for row in rows:
        if row and row[0] is not None:
            yield dict(zip(header, row, strict=False))


def build(folder: Path, months: int) -> Path:
    """Make the pilot in ``folder`` and return the final summary's path."""
    inbox = folder / "innboks"
    inbox.mkdir(parents=True)
    for code, municipality, seed, clients in THERAPISTS:
        data = folder / code
        _cli(
            data,
            "demo",
            "--therapist",
            code,
            "--municipality",
            municipality,
            "--seed",
            seed,
            "--clients",
            clients,
            "--end",
            f"{YEAR}-12-31",
        )
        for month in range(1, months + 1):
            _cli(data, "export", "--period", f"{YEAR}-{month:02d}", "--submit", "--out", inbox)
    collection, receipts = folder / "samling.sqlite3", folder / "kvitteringer"
    summary = folder / "sammendrag.xlsx"

    def aggregate(*more: object) -> None:
        """The pilot lead's run over the inbox, into the kept collection, with receipts."""
        _cli(
            None,
            "aggregate",
            inbox,
            "--out",
            summary,
            "--collection",
            collection,
            "--receipts",
            receipts,
            *more,
        )

    aggregate()
    code, month = RETURNED
    returned = next(
        str(r["eksport_id"])
        for r in _rows(summary, "Innsendinger")
        if r["terapeut"] == code and r["måned"] == f"{YEAR}-{month:02d}"
    )
    aggregate("--return", returned, "--reason", REASON)
    # The therapist reads the receipt and hands the returned month in again.
    receipt = next(receipts.glob(f"*_{code}.json"))
    print(_cli(folder / code, "receipt", receipt).strip())
    _cli(folder / code, "export", "--period", f"{YEAR}-{month:02d}", "--submit", "--out", inbox)
    aggregate()
    after = json.loads(receipt.read_text(encoding="utf-8"))
    statuses = {m["eksport_id"]: m["status"] for m in after["maneder"]}
    print(f"Kvitteringen etter ny innlevering: {returned} er {statuses[returned]}.")
    return summary


def answers(summary: Path) -> str:
    lines = ["Ventetid fra henvisning til første direkte kontakt, per kommune (dager):"]
    for r in _rows(summary, "Ventetid"):
        if r["inndeling"] == "kommune":
            lines.append(
                f"  {r['gruppe']}: median {r['median_dager_til_kontakt']}, "
                f"75-persentil {r['p75_dager_til_kontakt']} ({r['forløp']} forløp, "
                f"{r['venter_uten_kontakt']} venter ennå)"
            )
    ended: dict[str, int] = defaultdict(int)
    for r in _rows(summary, "Forløp"):
        for column, value in r.items():
            if column.startswith("avsluttet_") and isinstance(value, int):
                ended[column.removeprefix("avsluttet_")] += value
    lines.append(
        f"Avsluttede forløp: {sum(ended.values())}, etter årsak: "
        + ", ".join(
            f"{reason} {n}" for reason, n in sorted(ended.items(), key=lambda kv: -kv[1]) if n
        )
    )
    across: dict[str, float] = defaultdict(float)
    total = 0.0
    for r in _rows(summary, "Kommunesamarbeid"):
        hours = float(str(r["timer"]))
        total += hours
        if r["bor_i_kommunen"] == "nei":
            across[str(r["tjenesteform"])] += hours
    crossing = sum(across.values())
    lines.append(
        f"Tjeneste over kommunegrensen: {crossing:.1f} av {total:.1f} timer "
        f"({crossing / total:.1%}); "
        + ", ".join(f"{k} {v:.1f} t" for k, v in sorted(across.items()))
    )
    lines.append("Barn med behov for tilrettelagt skole eller bolig (noe/mye), per år:")
    years: list[str] = []
    needs: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in _rows(summary, "Overganger – behov"):
        years = [c for c in r if c.isdigit()]
        if r["behov"] in ("barnehage_skole", "bolig"):
            place = f"{r['bostedskommune']} {r['bostedskommune_navn']}"
            for year in years:
                needs[(place, str(r["behov"]))][year] += int(str(r[year] or 0))
    lines.append("  " + "kommune / behov".ljust(34) + " ".join(y.rjust(5) for y in years))
    for (place, kind), by_year in sorted(needs.items()):
        lines.append(
            "  " + f"{place} / {kind}".ljust(34) + " ".join(str(by_year[y]).rjust(5) for y in years)
        )
    lines.append("Returnerte måneder:")
    for r in _rows(summary, "Innsendinger"):
        if r.get("returnert") == "ja":
            lines.append(f"  {r['terapeut']} {r['måned']} ({r['eksport_id']}): {r['returårsak']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--months", type=int, default=12, choices=range(3, 13))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    if args.out is not None:
        summary = build(args.out, args.months)
        print(answers(summary))
        return 0
    with tempfile.TemporaryDirectory(prefix="rehablogg-pilot-demo-") as folder:
        summary = build(Path(folder), args.months)
        print(answers(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
