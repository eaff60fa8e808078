"""A new column is one line in the declaration plus its value: done for real in a child
process (the next minor version, with a column ``ekstra_minutter`` after the parties, notat and
the columns this version added), whose files the writers, verify and this version (an older
reader) must all take.

The child changes ``exchange/columns.py``'s tables before anything else of exchange is
imported, exactly as editing the file would, and adds the value to ``rows.ENTRY_VALUES``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from rehablogg.exchange.columns import FORMAT_MINOR, entry_columns
from rehablogg.exchange.rows import RowBuilder
from rehablogg.exchange.verify import verify_file
from rehablogg.exchange.writer_xlsx import write_xlsx
from tests.exchange.helpers import ROOT, edited
from tests.exchange.test_written_bytes import _entries, _meta, v1_catalogue

_CHILD = r"""
import json, sys
from pathlib import Path

import rehablogg.exchange.columns as c

# The one line of the declaration, and the minor version it bumps.
NEXT = c.FORMAT_MINOR + 1
c.ENTRY_ADDED += (c.Column("ekstra_minutter", c.Kind.INTEGER, c.Whole(1, 1440, optional=True),
                           10, "Ekstra minutter", "minutes extra", since=NEXT),)
c.FORMAT_MINOR, c.FORMAT_VERSION = NEXT, f"1.{NEXT}"

from rehablogg.exchange import rows
from rehablogg.exchange.verify import verify_file
from rehablogg.exchange.writer_xlsx import write_xlsx
from tests.exchange.test_written_bytes import _entries, _meta, v1_catalogue

# Its value.
rows.ENTRY_VALUES["ekstra_minutter"] = lambda entry, facts: entry.minutes + 15

folder = Path(sys.argv[1])
catalogue = v1_catalogue()
entries = _entries()
write_xlsx(folder / "new.xlsx", _meta(len(entries), NEXT), entries, catalogue,
           rows.RowBuilder(catalogue, True))
answers = {name: verify_file(folder / name).sentence()
           for name in ("new.xlsx", "old.xlsx", "new-edited.xlsx") if (folder / name).exists()}
print(json.dumps(answers))
"""


def _child(folder: Path) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    answers: dict[str, str] = json.loads(done.stdout)
    return answers


def _set_planned(wb: Workbook) -> None:
    ws = wb["Registreringer"]
    column = [cell.value for cell in ws[1]].index("ekstra_minutter") + 1
    ws.cell(2, column).value = "snart"


def test_a_column_added_in_the_declaration_is_written_checked_and_read(tmp_path: Path) -> None:
    catalogue = v1_catalogue()
    entries = _entries()
    write_xlsx(
        tmp_path / "old.xlsx",
        _meta(len(entries), FORMAT_MINOR),
        entries,
        catalogue,
        RowBuilder(catalogue, True),
    )
    answers = _child(tmp_path)
    # The next minor's file verifies with it, and this version's file still does.
    assert answers == {"new.xlsx": "gyldig", "old.xlsx": "gyldig"}
    # This version reads the next minor's file: a newer minor only adds.
    assert verify_file(tmp_path / "new.xlsx").ok
    # The next minor checks the new column by its rule.
    edited(tmp_path / "new.xlsx", tmp_path / "new-edited.xlsx", _set_planned)
    answers = _child(tmp_path)
    # The next column after this version's last one.
    letter = get_column_letter(len(entry_columns(catalogue.party_keys, True)) + 1)
    assert answers["new-edited.xlsx"].startswith(
        f"Registreringer, rad 2, kolonne {letter} (ekstra_minutter): forventet et helt tall, "
        "fant «snart»"
    )
