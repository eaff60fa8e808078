"""The analysts' dataset: the accepted rows of a collection as Parquet files, hive-partitioned
by year and month (``registreringer/year=2026/month=03/data_0.parquet``), written by an
embedded DuckDB (docs/analysts.md).

How a run goes:
- The accepted submissions are grouped by month. A manifest beside the tables
  (``_rehablogg_dataset.json``, ignored by Parquet readers for its leading underscore) keeps a
  fingerprint of each month's accepted export ids; a month whose fingerprint is unchanged is
  not touched, so re-running adds only what is new, and a month whose set changed (a new
  submission, a correction in place of what it replaces) is written again whole.
- The collection keeps rows as JSON arrays (collection.py). They are piped, untouched, into a
  tab-separated file in a staging folder inside the dataset folder (JSON text holds no raw tab
  or newline), and DuckDB parses and types them there: casting in C++ is many times faster than
  building typed rows in Python, and DuckDB's sqlite reader is an extension it would have to
  download, which rehablogg never does.
- DuckDB writes one changed month at a time into the staging folder (``COPY …
  PARTITION_BY``), so the staged text, DuckDB's memory and any spill stay the size of a month.
  Each month of each table is one file, moved into place with ``os.replace``: atomic on POSIX
  and Windows, so a reader sees a month's old file or its new one, never half of one.
- The manifest is updated after each month is in place: a run stopped half-way leaves the
  months it did not finish with their old fingerprint, and the next run writes them again.

Everything is created owner-only: the rows hold client pseudonyms, birth years and any notes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rehablogg.aggregate.codebook import write_codebook
from rehablogg.aggregate.collection import Collection, SubmissionInfo
from rehablogg.aggregate.dataset_columns import (
    CODES,
    DATASET_VERSION,
    ENTRIES,
    MONTH,
    PARTICIPANTS,
    PARTIES,
    PARTY_KEY,
    SHEET_OF,
    SUBMISSIONS,
    TABLE_BY_NAME,
    TABLES,
    DatasetColumn,
)
from rehablogg.aggregate.status import Status, resolve
from rehablogg.core.i18n import QT_TRANSLATE_NOOP
from rehablogg.core.regular_file import shown_path
from rehablogg.exchange.atomic import AtomicOutput
from rehablogg.exchange.columns import (
    CODE_CATEGORY,
    CODE_CODE,
    CODE_LABEL_NB,
    ENTRY_CATEGORY,
    ENTRY_CODE,
    ENTRY_CODE_LABEL,
    ENTRY_ID,
    PARTY_PREFIX,
)
from rehablogg.storage.owner_only import DIR_MODE, make_owner_only_dir, owner_only
from rehablogg.storage.temporaries import sweep_temp_dirs, temp_dir_prefix

if TYPE_CHECKING:
    import duckdb

MANIFEST = "_rehablogg_dataset.json"
STAGING = ".rehablogg-staging"  # hidden: Parquet readers skip folders starting with a dot
FILE_NAME = "data_0.parquet"

NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "aggregate", "{path} er en fil, ikke en mappe; oppgi en mappe for datasettet."
)
NO_PARENT = QT_TRANSLATE_NOOP(
    "aggregate", "Mappen {path} finnes ikke; opprett den eller velg en annen mappe for datasettet."
)
NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "aggregate",
    "Det kan ikke skrives i datasettmappen {path} ({detail}); velg en mappe du kan skrive i.",
)

UNFINISHED = QT_TRANSLATE_NOOP(
    "aggregate",
    "Datasettet i {path} kunne ikke skrives ferdig ({detail}); hver måned i det er hel, "
    "men ikke alle er oppdatert: kjør igjen når feilen er rettet.",
)


class DatasetError(Exception):
    """The dataset folder cannot be used; the message is the sentence to show."""


@dataclass
class DatasetResult:
    folder: Path
    written: list[str] = field(default_factory=list)  # months written this run, YYYY-MM
    kept: list[str] = field(default_factory=list)  # months already there, unchanged
    removed: list[str] = field(default_factory=list)  # months with no accepted submission now
    entry_rows: int = 0  # entries written this run


def check_dataset_folder(folder: Path) -> None:
    """Refuse a folder the dataset cannot go in, before a long run; creates it (0700) when
    only it is missing. Raises DatasetError."""
    shown = shown_path(folder)
    if folder.exists() and not folder.is_dir():
        raise DatasetError(NOT_A_FOLDER.format(path=shown))
    if not folder.exists():
        if not folder.parent.is_dir():
            raise DatasetError(NO_PARENT.format(path=shown_path(folder.parent)))
        try:
            make_owner_only_dir(folder)
        except OSError as exc:
            raise DatasetError(NOT_WRITABLE.format(path=shown, detail=exc.strerror)) from None
    try:  # a real write: permission bits do not tell (root, ACLs, a read-only mount)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".rehablogg-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise DatasetError(NOT_WRITABLE.format(path=shown, detail=exc.strerror)) from None


def accepted_submissions(collection: Collection) -> list[SubmissionInfo]:
    """The accepted submissions (a correction in place of what it replaces), as the summary
    counts them, in a stable order."""
    offers = collection.offers()
    accepted = [
        o.export_id
        for o, r in zip(offers, resolve(offers), strict=True)
        if r.status is Status.ACCEPTED
    ]
    return sorted(
        (collection.submission(e) for e in accepted),
        key=lambda s: (s.month, s.municipality, s.therapist, s.export_id),
    )


def _fingerprint(infos: Iterable[SubmissionInfo]) -> str:
    ids = "\n".join(sorted(i.export_id for i in infos))
    return hashlib.sha256(f"{DATASET_VERSION}\n{ids}".encode()).hexdigest()


def _read_manifest(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        months = data["months"]
        if data.get("version") == DATASET_VERSION and isinstance(months, dict):
            return {str(k): str(v) for k, v in months.items()}
    except (OSError, ValueError, KeyError, TypeError):
        pass  # missing or damaged: every month is written again, which is always right
    return {}


def _write_manifest(folder: Path, months: dict[str, str]) -> None:
    with AtomicOutput(folder) as output:
        Path(output.path).write_text(
            json.dumps({"version": DATASET_VERSION, "months": dict(sorted(months.items()))}),
            encoding="utf-8",
        )
        output.publish(folder / MANIFEST)


def write_dataset(collection: Collection, folder: Path) -> DatasetResult:
    """Bring the dataset in ``folder`` up to date with the collection's accepted rows."""
    check_dataset_folder(folder)
    result = DatasetResult(folder)
    by_month: dict[str, list[SubmissionInfo]] = {}
    for info in accepted_submissions(collection):
        by_month.setdefault(info.month, []).append(info)
    before = _read_manifest(folder)
    now = {month: _fingerprint(infos) for month, infos in by_month.items()}
    changed = sorted(m for m in now if before.get(m) != now[m])
    result.kept = sorted(m for m in now if before.get(m) == now[m])
    result.removed = sorted(m for m in before if m not in now)
    state = dict(before)  # what the folder holds, recorded as each month is done
    with owner_only():
        staging_root = folder / STAGING
        staging_root.mkdir(mode=DIR_MODE, exist_ok=True)
        sweep_temp_dirs(staging_root)  # what a killed run left
        try:
            # One month at a time: the staged rows, DuckDB's memory and its spill stay the size
            # of one month, and each month done is recorded before the next is begun.
            for month in changed:
                staging = Path(
                    tempfile.mkdtemp(prefix=temp_dir_prefix("datasett"), dir=staging_root)
                )
                try:
                    result.entry_rows += _stage(collection, by_month[month], staging)
                    _publish_month(staging, folder, month)
                finally:
                    shutil.rmtree(staging, ignore_errors=True)
                state[month] = now[month]
                result.written.append(month)
                _write_manifest(folder, state)
            for month in result.removed:
                _remove_month(folder, month)
                del state[month]
            write_codebook(folder)
            _write_manifest(folder, state)
        except OSError as exc:  # a full disk, a file held open by a reader on Windows
            raise DatasetError(
                UNFINISHED.format(path=shown_path(folder), detail=exc.strerror or exc)
            ) from None
        finally:
            with contextlib.suppress(OSError):
                staging_root.rmdir()  # only when empty: another run may be staging
    return result


# -- staging: the collection's JSON rows into typed Parquet ------------------------------------


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _cell(index: int | None, column: DatasetColumn) -> str:
    """The SQL that takes cell ``index`` of the row ``l`` (the JSON array parsed once into a
    list of text, 1-based) as the column's type."""
    if index is None:
        return f"CAST(NULL AS {column.sql_type}) AS {column.name}"
    text = f"l[{index + 1}]"
    if column.sql_type == "VARCHAR":
        return f"{text} AS {column.name}"
    if column.sql_type == "BOOLEAN":
        return f"CAST(NULLIF({text}, '') AS INTEGER) <> 0 AS {column.name}"
    return f"CAST(NULLIF({text}, '') AS {column.sql_type}) AS {column.name}"


_SUBMISSION_FIELDS: tuple[str, ...] = tuple(c.name for c in TABLE_BY_NAME[SUBMISSIONS].columns)


def _submission_row(info: SubmissionInfo, entries: int) -> list[object]:
    values: dict[str, object] = {
        "eksport_id": info.export_id,
        "terapeut": info.therapist,
        "kommunenr": info.municipality,
        "kommunenavn": info.municipality_name,
        "enhet": info.unit,
        "profesjon": info.profession,
        "stillingsprosent": info.position,
        "pilot": info.pilot,
        MONTH: info.month,
        "korrigerer": info.replaces,
        "opprettet": info.created or None,
        "antall_registreringer": entries,
    }
    return [values[name] for name in _SUBMISSION_FIELDS]


def _dump(
    collection: Collection,
    infos: Sequence[SubmissionInfo],
    table: str,
    layout_of: dict[tuple[str, ...], int],
    target: Path,
) -> dict[str, int]:
    """The rows of ``table`` (entry or participant) of ``infos`` as ``id<TAB>layout<TAB>seq<TAB>
    json`` lines; returns the number of rows per submission."""
    counts: dict[str, int] = {}
    with open(target, "w", encoding="utf-8", newline="\n") as fh:
        for info in infos:
            columns = info.entry_columns if table == "entry" else info.participant_columns
            layout = layout_of.setdefault(columns, len(layout_of))
            prefix = f"{info.export_id}\t{layout}\t"
            n = 0
            for seq, row in collection.conn.execute(
                f"SELECT seq, row FROM {table} WHERE eksport_id = ?", (info.export_id,)
            ):
                fh.write(f"{prefix}{seq}\t{row}\n")
                n += 1
            counts[info.export_id] = n
    return counts


def _dump_sheet(
    collection: Collection,
    infos: Sequence[SubmissionInfo],
    sheet: str,
    layout_of: dict[tuple[str, ...], int],
    target: Path,
) -> None:
    """The rows of a sheet a minor version added (Forløp, …) of ``infos``, as :func:`_dump`
    writes entries; a submission without the sheet (format 1.0) has none."""
    with open(target, "w", encoding="utf-8", newline="\n") as fh:
        for info in infos:
            columns = collection.sheet_columns(info.export_id, sheet)
            if not columns:
                continue
            layout = layout_of.setdefault(columns, len(layout_of))
            prefix = f"{info.export_id}\t{layout}\t"
            for seq, row in collection.raw_sheet_rows(info.export_id, sheet):
                fh.write(f"{prefix}{seq}\t{row}\n")


def _read(path: Path) -> str:
    return (
        f"read_csv({_sql_text(str(path))}, delim='\t', quote='', escape='', header=false, "
        "auto_detect=false, columns={'eid': 'VARCHAR', 'layout': 'INTEGER', "
        "'seq': 'INTEGER', 'r': 'VARCHAR'})"
    )


def _typed(
    table_name: str, layouts: dict[tuple[str, ...], int], source: str, joined: Sequence[str]
) -> str:
    """One SELECT per layout (the columns a submission's sheet had), taken together."""
    table = TABLE_BY_NAME[table_name]
    own = [c for c in table.columns if c.name not in joined]
    parts = []
    for columns, layout in layouts.items():
        where = {name: i for i, name in enumerate(columns)}
        cells = ", ".join(_cell(where.get(c.name), c) for c in own)
        parts.append(f"SELECT eid, seq, {cells} FROM {source} WHERE layout = {layout}")
    if not parts:
        cells = ", ".join(f"CAST(NULL AS {c.sql_type}) AS {c.name}" for c in own)
        parts.append(f"SELECT NULL AS eid, 0 AS seq, {cells} WHERE false")
    names = ", ".join(f"s.{n}" if n in joined else f"t.{n}" for n in table.names)
    return (
        f"SELECT {names}, substr(s.{MONTH}, 1, 4) AS year, substr(s.{MONTH}, 6, 2) AS month "
        f"FROM ({' UNION ALL '.join(parts)}) t JOIN sub s ON s.eksport_id = t.eid "
        "ORDER BY s.kommunenr, s.terapeut, s.eksport_id, t.seq"
    )


def _parties(layouts: dict[tuple[str, ...], int], source: str) -> str:
    """The part_<key> flags of the entries, long: one row per entry and party that took part."""
    parts = []
    for columns, layout in layouts.items():
        i_id = columns.index(ENTRY_ID)
        # One pass per layout: each flag a (position, key) when it is 1, unnested, the rest out.
        flags = [
            f"CASE WHEN l[{index + 1}] = '1' THEN {{'pos': {index}, "
            f"'key': {_sql_text(name[len(PARTY_PREFIX) :])}}} END"
            for index, name in enumerate(columns)
            if name.startswith(PARTY_PREFIX)
        ]
        if flags:
            parts.append(
                f"SELECT eid, seq, p.pos AS pos, l[{i_id + 1}] AS {ENTRY_ID}, p.key AS {PARTY_KEY} "
                f"FROM (SELECT eid, seq, l, unnest([{', '.join(flags)}]) AS p "
                f"FROM {source} WHERE layout = {layout}) WHERE p IS NOT NULL"
            )
    if not parts:
        parts.append(
            f"SELECT NULL AS eid, 0 AS seq, 0 AS pos, NULL AS {ENTRY_ID}, "
            f"NULL AS {PARTY_KEY} WHERE false"
        )
    table = TABLE_BY_NAME[PARTIES]
    names = ", ".join(f"t.{n}" if n in (ENTRY_ID, PARTY_KEY) else f"s.{n}" for n in table.names)
    return (
        f"SELECT {names}, substr(s.{MONTH}, 1, 4) AS year, substr(s.{MONTH}, 6, 2) AS month "
        f"FROM ({' UNION ALL '.join(parts)}) t JOIN sub s ON s.eksport_id = t.eid "
        f"ORDER BY s.kommunenr, s.terapeut, s.eksport_id, t.seq, t.pos"
    )


def _connect(scratch: Path) -> duckdb.DuckDBPyConnection:
    # Never an extension from the network (rehablogg opens no connection); a spill to disk
    # goes into the owner-only staging folder, not the working directory. Imported here: only
    # a run with a dataset pays for loading DuckDB.
    import duckdb

    conn = duckdb.connect(
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    )
    conn.execute(f"SET temp_directory = {_sql_text(str(scratch / 'duckdb'))}")
    return conn


def _stage(collection: Collection, infos: Sequence[SubmissionInfo], staging: Path) -> int:
    """Write the tables of ``infos`` (whole months) under ``staging``; returns the entries."""
    entry_layouts: dict[tuple[str, ...], int] = {}
    participant_layouts: dict[tuple[str, ...], int] = {}
    entries_file, participants_file = staging / "entry.tsv", staging / "participant.tsv"
    entry_counts = _dump(collection, infos, "entry", entry_layouts, entries_file)
    _dump(collection, infos, "participant", participant_layouts, participants_file)
    sheet_layouts: dict[str, dict[tuple[str, ...], int]] = {}
    for table_name, sheet in SHEET_OF.items():
        sheet_layouts[table_name] = {}
        _dump_sheet(
            collection, infos, sheet, sheet_layouts[table_name], staging / f"{table_name}.tsv"
        )
    sub_file = staging / "submission.tsv"
    with open(sub_file, "w", encoding="utf-8", newline="\n") as fh:
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        for seq, info in enumerate(infos):
            row = _submission_row(info, entry_counts[info.export_id])
            fh.write(f"{info.export_id}\t0\t{seq}\t{dumps(row)}\n")
    import duckdb

    conn = _connect(staging)
    try:
        sub = TABLE_BY_NAME[SUBMISSIONS]
        cells = ", ".join(_cell(i, c) for i, c in enumerate(sub.columns))
        # Each JSON array parsed once, into a list of text (numbers as their digits, null as
        # NULL): several times faster than extracting every cell from the text by path.
        for name, path in (
            ("sub_raw", sub_file),
            ("e_raw", entries_file),
            ("p_raw", participants_file),
            *((f"{t}_raw", staging / f"{t}.tsv") for t in SHEET_OF),
        ):
            conn.execute(
                f"CREATE TEMP TABLE {name} AS SELECT eid, layout, seq, "
                f"from_json(r, '[\"VARCHAR\"]') AS l FROM {_read(path)}"
            )
        conn.execute(f"CREATE TEMP TABLE sub AS SELECT {cells} FROM sub_raw")
        typed = _typed(ENTRIES, entry_layouts, "e_raw", _ON_ENTRIES)
        conn.execute(f"CREATE TEMP TABLE ent AS {typed}")
        queries = {
            ENTRIES: "SELECT * FROM ent",
            PARTICIPANTS: _typed(PARTICIPANTS, participant_layouts, "p_raw", _ON_PARTICIPANTS),
            PARTIES: _parties(entry_layouts, "e_raw"),
            SUBMISSIONS: (
                f"SELECT *, substr({MONTH}, 1, 4) AS year, substr({MONTH}, 6, 2) AS month "
                "FROM sub ORDER BY kommunenr, terapeut, eksport_id"
            ),
            **{t: _typed(t, sheet_layouts[t], f"{t}_raw", _ON_PARTICIPANTS) for t in SHEET_OF},
            CODES: (
                f"SELECT DISTINCT {MONTH}, {ENTRY_CODE} AS {CODE_CODE}, "
                f"{ENTRY_CATEGORY} AS {CODE_CATEGORY}, {ENTRY_CODE_LABEL} AS {CODE_LABEL_NB}, "
                f"year, month FROM ent ORDER BY 1, 2, 3, 4"
            ),
        }
        for table in TABLES:
            target = _sql_text(str(staging / table.name))
            conn.execute(
                f"COPY ({queries[table.name]}) TO {target} "
                "(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year, month))"
            )
        (entries,) = conn.execute("SELECT count(*) FROM ent").fetchone() or (0,)
        return int(entries)
    except duckdb.Error as exc:  # a full disk, a folder that went away: said, not a traceback
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DatasetError(
            UNFINISHED.format(path=shown_path(staging.parent.parent), detail=detail)
        ) from None
    finally:
        conn.close()


# The columns a row table takes from its submission (the rest come from the sheet's rows).
_ON_ENTRIES = ("eksport_id", "terapeut", "kommunenr", "kommunenavn", "enhet", MONTH)
_ON_PARTICIPANTS = ("eksport_id", "terapeut", "kommunenr", MONTH)


def _month_dir(root: Path, table: str, month: str) -> Path:
    return root / table / f"year={month[:4]}" / f"month={month[5:7]}"


def _publish_month(staging: Path, folder: Path, month: str) -> None:
    """Move one month's new file of each table into place, one atomic rename per file."""
    for table in TABLES:
        source = _month_dir(staging, table.name, month)
        target = _month_dir(folder, table.name, month)
        new = sorted(p.name for p in source.glob("*.parquet")) if source.is_dir() else []
        if new:
            make_owner_only_dir(target)
        for name in new:
            os.replace(source / name, target / name)
        # What the month had before and has no more (e.g. no participants now).
        if target.is_dir():
            for old in target.glob("*.parquet"):
                if old.name not in new:
                    old.unlink()


def _remove_month(folder: Path, month: str) -> None:
    for table in TABLES:
        target = _month_dir(folder, table.name, month)
        if target.is_dir():
            for old in target.glob("*.parquet"):
                old.unlink()
            with contextlib.suppress(OSError):
                target.rmdir()
                target.parent.rmdir()
