"""Write Registreringer as CSV: a view for people, never a submission (docs/DESIGN.md §6.6).

Norwegian Excel opens CSV correctly only as UTF-8 with a BOM and ``;`` between fields, so that
is what is written, with dates as dd.mm.yyyy and a decimal comma. Hours are written with every
digit a float holds, not rounded to two decimals: 3 × 20 minutes must add up to 1 hour, not
0,99. The same neutralisation as in xlsx applies, since CSV is where formula injection bites
hardest. There is no checksum; ``verify`` and ``aggregate`` refuse CSV.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from rehablogg.core.periods import format_date
from rehablogg.exchange.rows import RowBuilder
from rehablogg.exchange.sheet_writer import NeutralCsv
from rehablogg.storage.export_rows import ExportEntry

CSV_ENCODING = "utf-8-sig"
CSV_DELIMITER = ";"


def _field(value: object) -> str:
    """A value that is not text (text is neutralised by ``NeutralCsv``)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


def write_csv(path: Path, entries: Sequence[ExportEntry], builder: RowBuilder) -> int:
    """Write the rows to ``path`` (the caller makes it atomic); returns the number of rows."""
    with open(path, "w", encoding=CSV_ENCODING, newline="") as fh:
        # CRLF line ends and minimal quoting: what Excel itself writes and reads best.
        writer = NeutralCsv(fh, _field, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow(builder.entry_columns)
        for entry in entries:
            writer.writerow(builder.entry_row(entry))
    return len(entries)
