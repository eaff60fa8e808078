"""The dataset's codebook, generated from its declared tables (``dataset_columns.py``, which
takes the submission's columns from the export format): ``codebook.md`` for people and
``codebook.json`` for programs — every table, its folder, and every column with its type, unit,
meaning, source and value labels."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rehablogg import __version__
from rehablogg.aggregate.dataset_columns import DATASET_VERSION, TABLES, DatasetTable
from rehablogg.exchange.atomic import AtomicOutput
from rehablogg.exchange.columns import FORMAT_VERSION

CODEBOOK_MD = "codebook.md"
CODEBOOK_JSON = "codebook.json"
LAYOUT = "{table}/year=YYYY/month=MM/data_0.parquet"
# The format's meanings link to sections of docs/export-format.md, which the codebook is not.
_SECTION_LINK = re.compile(r"\[([^\]]+)\]\(#[^)]*\)")


def _meaning(text: str) -> str:
    return _SECTION_LINK.sub(r"\1 (see the export format)", text)


def codebook() -> dict[str, object]:
    """The machine-readable codebook."""
    return {
        "dataset_version": DATASET_VERSION,
        "export_format_version": FORMAT_VERSION,
        "written_by": f"rehablogg {__version__}",
        "partitioning": "hive: year=YYYY/month=MM (the month of the submission)",
        # In the folder names, not in the files: readers that understand hive partitions add
        # them as columns, typed as they guess (DuckDB and pyarrow read them as integers).
        "partition_columns": [
            {"name": "year", "meaning": "the submission's year, four digits (folder year=YYYY)"},
            {"name": "month", "meaning": "the submission's month, two digits (folder month=MM)"},
        ],
        "tables": [
            {
                "name": t.name,
                "holds": t.holds,
                "files": LAYOUT.format(table=t.name),
                "columns": [
                    {
                        "name": c.name,
                        "type": c.sql_type,
                        "unit": c.unit,
                        "meaning": _meaning(c.meaning),
                        "source": c.source,
                        "nullable": c.nullable,
                        "labels": dict(c.labels),
                    }
                    for c in t.columns
                ],
            }
            for t in TABLES
        ],
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table_md(table: DatasetTable) -> list[str]:
    lines = [
        f"## `{table.name}`",
        "",
        f"{table.holds.capitalize()}. Files: `{LAYOUT.format(table=table.name)}`.",
        "",
        "| column | type | unit | meaning | from | may be empty |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for c in table.columns:
        lines.append(
            f"| `{c.name}` | {c.sql_type} | {c.unit} | {_cell(_meaning(c.meaning))} | {c.source} "
            f"| {'yes' if c.nullable else 'no'} |"
        )
    labelled = [c for c in table.columns if c.labels]
    for c in labelled:
        lines += ["", f"Values of `{c.name}`:", ""]
        lines += [f"- `{value}`: {_cell(label)}" for value, label in c.labels.items()]
    return [*lines, ""]


def codebook_markdown() -> str:
    lines = [
        "# Codebook of the rehablogg dataset",
        "",
        f"Dataset version {DATASET_VERSION}, from export format {FORMAT_VERSION}, written by "
        f"rehablogg {__version__}. Generated from the declared format; do not edit.",
        "",
        "Every table is a folder of Parquet files partitioned hive-style by the submission's "
        "year and month (`year=2026/month=03`); the folders' `year` and `month` are read as "
        "columns by readers that understand hive partitions, and `maaned` holds the same "
        "month on every row. Only accepted submissions are in it: a correction in place of "
        "the file it replaces. How to open it: docs/analysts.md in rehablogg.",
        "",
    ]
    for table in TABLES:
        lines += _table_md(table)
    return "\n".join(lines)


def write_codebook(folder: Path) -> None:
    for name, text in (
        (CODEBOOK_MD, codebook_markdown()),
        (CODEBOOK_JSON, json.dumps(codebook(), ensure_ascii=False, indent=1) + "\n"),
    ):
        with AtomicOutput(folder) as output:
            output.path.write_text(text, encoding="utf-8")
            output.publish(folder / name)
