"""Every figure of a summary workbook as a multiset, for holding a new layout against the old
one: numbers (floats rounded to 9 significant digits) and dates, from every sheet, wherever they
stand. Text is left out (keys are split and renamed by design); so are the columns a layout
adds on purpose (``ADDED``), whose numbers are not figures.

``python -m tests.aggregate.summary_figures OUT.json`` wrote ``summary_figures_before.json``
from the layout before issue 21 (one sheet stacking several tables), on the council
fixture with the example tariffs.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

ADDED = frozenset({"rekkefølge"})  # a column that orders rows (age groups), not a figure


def _figure(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return f"n:{float(value):.9g}"
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        return f"d:{day.isoformat()}"
    return None


def figures(path: Path) -> Counter[str]:
    """The multiset of figures of every sheet; a table's ``ADDED`` columns are skipped."""
    book = load_workbook(path, read_only=True)
    found: Counter[str] = Counter()
    try:
        for ws in book.worksheets:
            skip: set[int] = set()
            for i, row in enumerate(ws.iter_rows(values_only=True)):
                if i == 0:
                    skip = {j for j, v in enumerate(row) if v in ADDED}
                for j, value in enumerate(row):
                    text = _figure(value)
                    if text is not None and j not in skip:
                        found[text] += 1
    finally:
        book.close()
    return found


def write_fixture_summary(folder: Path) -> Path:
    from rehablogg.aggregate.tariffs import load_tariffs
    from rehablogg.aggregate.workbook import write_summary
    from rehablogg.resources_dir import resource_path
    from tests.aggregate.sharing_corpus import new_collection, pilot_of
    from tests.aggregate.test_council_figures import council_spec

    spec = council_spec()
    collection = new_collection(folder, spec)
    tariffs = load_tariffs(resource_path("tariffs", "eksempel-modeller.toml"))
    try:
        write_summary(collection, folder / "s.xlsx", pilot_of(spec), tariffs=tariffs)
    finally:
        collection.close()
    return folder / "s.xlsx"


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        found = figures(write_fixture_summary(Path(tmp)))
    Path(sys.argv[1]).write_text(json.dumps(dict(sorted(found.items())), indent=0) + "\n")
