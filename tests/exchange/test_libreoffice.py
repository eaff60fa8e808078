"""A real spreadsheet program: LibreOffice Calc re-saves an export (verify accepts it), then
changes one value and saves (verify refuses it).

The change is made by LibreOffice itself, with a small Basic macro placed in the test's own
LibreOffice profile: it opens the file hidden, sets one cell and stores it as xlsx. Nothing here
touches the user's LibreOffice profile. `.ci/run` installs `libreoffice-calc-nogui`.
"""

from __future__ import annotations

import shutil
from datetime import date, time
from pathlib import Path

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.exchange import verify as v
from rehablogg.exchange.package_guard import check_package
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.entries import add_entry
from tests.exchange.helpers import CATALOGUE, demo_db, doc_reference, export_month, sheet_rows
from tests.exchange.libreoffice import SOFFICE, edit_cell, resave

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice (soffice) is not installed; "
        "install libreoffice-calc-nogui (as .ci/run does) to run this test",
    ),
]


def test_libreoffice_round_trip(tmp_path: Path) -> None:
    db = demo_db(tmp_path / "db", entries=600, clients=15)
    # A note that needs neutralising must survive the round trip too.
    add_entry(
        db.engine,
        EntryDraft(
            date=date(2025, 3, 5),
            start_time=time(7, 0),
            minutes=20,
            code="A03",
            note="=SUM(A1:A3) og -5 grader",
        ),
        *CATALOGUE,
    )
    original = export_month(db, tmp_path / "out", submit=True, include_notes=True).path
    db.close()
    assert verify_file(original).ok
    profile = tmp_path / "lo-profile"

    resaved = resave(profile, original, tmp_path / "resaved")
    assert resaved.read_bytes() != original.read_bytes()  # really rewritten by LibreOffice
    report = verify_file(resaved)
    assert report.ok, report.problems
    # LibreOffice writes shared strings, custom properties and an XML declaration: all pass the
    # package guard, which scanned them before the readers.
    assert {"xl/sharedStrings.xml", "docProps/custom.xml"} <= check_package(resaved).parsed
    assert doc_reference()["checksum"](resaved) == original_checksum(original)

    changed = tmp_path / "changed" / original.name
    changed.parent.mkdir()
    shutil.copyfile(original, changed)
    travel = sheet_rows(original, "Registreringer")[1][9]
    edit_cell(profile, changed, "Registreringer", "J2", travel + 10)
    before = sheet_rows(original, "Registreringer")
    after = sheet_rows(changed, "Registreringer")
    differing = [
        (r, c)
        for r, (a, b) in enumerate(zip(before, after, strict=True))
        for c, (x, y) in enumerate(zip(a, b, strict=False))
        if x != y and not (isinstance(x, float) and isinstance(y, float) and abs(x - y) < 1e-12)
    ]
    assert differing == [(1, 9)]  # exactly the one value LibreOffice was told to change
    report = verify_file(changed)
    assert not report.ok
    assert report.sentence() == v.CHECKSUM_MISMATCH


def original_checksum(path: Path) -> str:
    return dict(r[:2] for r in sheet_rows(path, "Metadata")[1:])["sjekksum"]
