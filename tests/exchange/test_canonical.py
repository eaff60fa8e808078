"""The canonical text and the export id, and the format document's worked example."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, time
from pathlib import Path

import pytest

from rehablogg.exchange.canonical import (
    NotCanonicalError,
    canonical_line,
    canonical_value,
    export_id,
)
from tests.exchange.helpers import (
    FORMAT_DOC,
    doc_reference,
    export_month,
    v1_catalogue,
    worked_example,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("", ""),
        (45, "45"),
        (-3, "-3"),
        (45.0, "45"),
        (date(2025, 3, 4), "2025-03-04"),
        (datetime(2025, 3, 4), "2025-03-04"),
        ("K-7Q2M9X", "K-7Q2M9X"),
        ("a\\b\tc\nd\re", "a\\\\b\\tc\\nd\\re"),
        ("'=SUM(A1)", "'=SUM(A1)"),
        ("æøå – ok", "æøå – ok"),
    ],
)
def test_canonical_values(value: object, text: str) -> None:
    assert canonical_value(value) == text


@pytest.mark.parametrize("value", [0.75, True, datetime(2025, 3, 4, 8, 30), time(8, 30)])
def test_values_without_canonical_text(value: object) -> None:
    with pytest.raises(NotCanonicalError):
        canonical_value(value)


def test_a_line() -> None:
    assert canonical_line("Deltakere", ["id", "K-7Q2M9X", None, 1]) == (
        b"Deltakere\tid\tK-7Q2M9X\t\t1\n"
    )


def test_export_id() -> None:
    text = "FYS01|2025-03-01|2025-03-31|" + "0" * 64
    assert (
        export_id("FYS01", "2025-03-01", "2025-03-31", "0" * 64)
        == (hashlib.sha256(text.encode()).hexdigest()[:16])
    )


def test_the_documents_worked_example_is_true(tmp_path: Path) -> None:
    """Rebuild the example's file; its two canonical texts, checksums and id are those
    printed: ark_sjekksum's over the sheets after Metadata, then sjekksum's."""
    text = FORMAT_DOC.read_text(encoding="utf-8")
    example = text.split("### Worked example", 1)[1].split("### Reference implementation")[0]
    sheets_printed, printed = (
        block.replace("→", "\t") for block in re.findall(r"```\n(.*?)```", example, re.DOTALL)
    )
    sheets_checksum, checksum = re.findall(r"\n {4}([0-9a-f]{64})\n", example)
    ident = re.search(r"`([0-9a-f]{16})`", example)
    assert ident is not None

    db = worked_example(tmp_path / "db")
    # The example is a 1.1 file of catalogue version 1, as it was written before version 2.
    result = export_month(db, tmp_path / "out", submit=True, catalogue=v1_catalogue())
    db.close()
    reference = doc_reference()
    lines = "".join("\t".join(line) + "\n" for line in reference["sheets_lines"](result.path))
    assert lines == sheets_printed
    assert reference["sheets_checksum"](result.path) == sheets_checksum
    assert f"Metadata\tark_sjekksum\t{sheets_checksum}\n" in printed
    lines = "".join("\t".join(line) + "\n" for line in reference["canonical_lines"](result.path))
    assert lines == printed
    assert result.checksum == checksum == reference["checksum"](result.path)
    assert result.export_id == ident.group(1)
    assert result.path.name == "rehablogg_pilot-vest_4601_FYS01_2025-03.xlsx"
