"""``verify``'s checks of the Metadata sheet: the fields the declaration lists (``columns.py``),
once each and in order, the format and its version, and each value's kind; the hashed fields
go into the checksum. The period it finds bounds the checks of the rows."""

from __future__ import annotations

import re
from datetime import date, datetime

from rehablogg.core.periods import format_date
from rehablogg.exchange.canonical import EXPORT_ID_LENGTH, NotCanonicalError
from rehablogg.exchange.cell_reading import as_int, show
from rehablogg.exchange.cells import Workbook
from rehablogg.exchange.columns import (
    FORMAT_MAJOR,
    FORMAT_NAME,
    META_CATALOGUE_ID,
    META_CATALOGUE_VERSION,
    META_CHECKSUM,
    META_CREATED,
    META_ENTRY_COUNT,
    META_EXPORT_ID,
    META_FORMAT,
    META_FORMAT_VERSION,
    META_FROM,
    META_KOSTRA,
    META_MUNICIPALITY,
    META_POSITION,
    META_REPLACES,
    META_SHEETS_CHECKSUM,
    META_SUBMISSION,
    META_THERAPIST,
    META_TO,
    METADATA_COLUMNS,
    NO,
    SHEET_METADATA,
    UNHASHED_METADATA,
    YES,
    fields_of_version,
)
from rehablogg.exchange.naming import is_whole_month
from rehablogg.exchange.verify_layout import check_header
from rehablogg.exchange.verify_sentences import (
    BAD_VERSION,
    META_DUPLICATE,
    META_EXTRA,
    META_MISSING,
    META_ORDER,
    META_VALUE,
    NEWER_MAJOR,
    NOT_EXPORT_FORMAT,
    P_EMPTY,
    P_HEX,
    P_INT,
    P_ISO_DATE,
    P_MUNICIPALITY,
    P_NOT_CANONICAL,
    P_PERIOD_ORDER,
    P_RANGE,
    P_SUBMISSION_FUTURE,
    P_SUBMISSION_MONTH,
    P_SUBMISSION_NEEDS,
    P_TEXT,
    P_TIMESTAMP,
    P_YES_NO,
)
from rehablogg.exchange.verify_state import FatalError, FileCheck

_VERSION_RE = re.compile(r"(\d+)\.(\d+)")
_HEX_ID_RE = re.compile(rf"[0-9a-f]{{{EXPORT_ID_LENGTH}}}")
_CHECKSUM_RE = re.compile(r"[0-9a-f]{64}")
_MUNICIPALITY_RE = re.compile(r"\d{4}")
# (field, pattern, digits, may be empty)
_HEX_FIELDS = (
    (META_EXPORT_ID, _HEX_ID_RE, EXPORT_ID_LENGTH, False),
    (META_REPLACES, _HEX_ID_RE, EXPORT_ID_LENGTH, True),
    (META_CHECKSUM, _CHECKSUM_RE, 64, False),
    (META_SHEETS_CHECKSUM, _CHECKSUM_RE, 64, False),  # 1.1 on
)
# (field, lowest, highest)
_INTEGER_FIELDS = (
    (META_POSITION, 1, 100),
    (META_CATALOGUE_VERSION, 1, 1_000_000),
    (META_ENTRY_COUNT, 0, 100_000_000),
)

Found = list[tuple[int, str, object]]  # (row, felt, verdi) in sheet order


def check_metadata(check: FileCheck, wb: Workbook) -> None:
    found = _read_fields(check, wb)
    values = {name: value for _, name, value in found}
    check.meta = values
    _check_identity(check, values)
    _check_order(check, found)
    _hash_fields(check, found)
    _Values(check, values, {name: row_no for row_no, name, _ in found}).check()
    if check.keep:
        check.content.metadata = dict(values)


def _read_fields(check: FileCheck, wb: Workbook) -> Found:
    """Every row with a felt or a verdi; a felt twice is a problem and its second row ignored."""
    rows = check.rows(wb, SHEET_METADATA)
    width = len(check_header(check, SHEET_METADATA, next(rows, ()), METADATA_COLUMNS, exact=False))
    wide = check.wide(SHEET_METADATA, width)
    found: Found = []
    seen: set[str] = set()
    for row_no, row in enumerate(rows, start=2):
        if wide and len(row) > width:
            check.beyond(SHEET_METADATA, row_no, row, width)
        name = row[0] if row else None
        value = row[1] if len(row) > 1 else None
        if name in (None, "") and value in (None, ""):
            continue
        name = str(name)
        if name in seen:
            check.problem(META_DUPLICATE.format(row=row_no, found=name))
            continue
        seen.add(name)
        found.append((row_no, name, value))
    return found


def _check_identity(check: FileCheck, values: dict[str, object]) -> None:
    """An export of format 1.x with every field: anything else is not checked further."""
    fmt = values.get(META_FORMAT)
    if fmt != FORMAT_NAME:
        raise FatalError(NOT_EXPORT_FORMAT.format(value=show(fmt), expected=FORMAT_NAME))
    version = values.get(META_FORMAT_VERSION)
    match = _VERSION_RE.fullmatch(version) if isinstance(version, str) else None
    if match is None:
        raise FatalError(BAD_VERSION.format(value=show(version)))
    major, minor = int(match.group(1)), int(match.group(2))
    if major != FORMAT_MAJOR:
        raise FatalError(NEWER_MAJOR.format(value=version))
    check.minor = minor
    check.version = f"{major}.{minor}"
    for name in fields_of_version(minor):
        if name not in values:
            raise FatalError(META_MISSING.format(name=name))


def _check_order(check: FileCheck, found: Found) -> None:
    fields = fields_of_version(check.minor)
    for index, (row_no, name, _value) in enumerate(found):
        if index < len(fields):
            if name != fields[index]:
                check.problem(META_ORDER.format(row=row_no, expected=fields[index], found=name))
        elif not check.newer:
            check.problem(META_EXTRA.format(row=row_no, found=name, version=check.version))


def _hash_fields(check: FileCheck, found: Found) -> None:
    for row_no, name, value in found:
        if name in UNHASHED_METADATA:
            continue
        try:
            check.hasher.add(SHEET_METADATA, (name, value))
        except NotCanonicalError:
            check.problem(
                META_VALUE.format(
                    row=row_no, name=name, problem=P_NOT_CANONICAL.format(value=show(value))
                )
            )


class _Values:
    """The checks of the fields' values, in the order their sentences come."""

    def __init__(self, check: FileCheck, values: dict[str, object], rows: dict[str, int]) -> None:
        self.owner = check
        self.values = values
        self.rows = rows

    def check(self) -> None:
        self._period()
        made = self._created()
        self._submission(made)
        municipality = self.text(META_MUNICIPALITY)
        if municipality and not _MUNICIPALITY_RE.fullmatch(municipality):
            self.bad(META_MUNICIPALITY, P_MUNICIPALITY.format(value=municipality))
        for name, low, high in _INTEGER_FIELDS:
            self.integer(name, low, high)
        if META_KOSTRA in self.rows:
            self.text(META_KOSTRA)  # text or empty
        if not self.text(META_CATALOGUE_ID):
            self.bad(META_CATALOGUE_ID, P_EMPTY)
        for name, pattern, length, optional in _HEX_FIELDS:
            if name not in self.rows:  # a field of a later 1.x than the file's
                continue
            value = self.text(name)
            if (value or not optional) and not pattern.fullmatch(value):
                self.bad(name, P_HEX.format(value=show(value), length=length))

    def bad(self, name: str, problem: str) -> None:
        self.owner.problem(META_VALUE.format(row=self.rows[name], name=name, problem=problem))

    def text(self, name: str) -> str:
        """The field's text ("" when empty); anything else is a problem, and counts as ""."""
        value = self.values.get(name)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.bad(name, P_TEXT)
            return ""
        return value

    def iso(self, name: str) -> date | None:
        value = self.text(name)
        try:
            return date.fromisoformat(value) if len(value) == 10 else None
        except ValueError:
            return None

    def integer(self, name: str, low: int, high: int) -> None:
        number = as_int(self.values.get(name))
        if number is None:
            self.bad(name, P_INT.format(value=show(self.values.get(name))))
        elif not low <= number <= high:
            self.bad(name, P_RANGE.format(value=number, low=low, high=high))

    def _period(self) -> None:
        facts = self.owner.facts
        facts.start, facts.end = self.iso(META_FROM), self.iso(META_TO)
        for name, day in ((META_FROM, facts.start), (META_TO, facts.end)):
            if day is None:
                self.bad(name, P_ISO_DATE.format(value=show(self.values.get(name))))
        if facts.start and facts.end and facts.end < facts.start:
            self.bad(META_TO, P_PERIOD_ORDER)

    def _created(self) -> date | None:
        created = self.text(META_CREATED)
        try:
            return datetime.fromisoformat(created).date()
        except ValueError:
            self.bad(META_CREATED, P_TIMESTAMP.format(value=show(created)))
            return None

    def _submission(self, made: date | None) -> None:
        submission = self.text(META_SUBMISSION)
        if submission not in (YES, NO):
            self.bad(META_SUBMISSION, P_YES_NO.format(value=show(submission)))
        if submission != YES:
            return
        for name in (META_THERAPIST, META_MUNICIPALITY):
            if not self.text(name):
                self.bad(name, P_SUBMISSION_NEEDS)
        start, end = self.owner.facts.start, self.owner.facts.end
        if start and end and not is_whole_month(start, end):
            self.bad(META_TO, P_SUBMISSION_MONTH)
        # All verify can know of when the month was handed in is the file's own word for
        # when it was made (docs/export-format.md, "What verify checks").
        if start and made and start > made:
            self.bad(META_FROM, P_SUBMISSION_FUTURE.format(created=format_date(made)))
