"""A real spreadsheet program: LibreOffice Calc re-saves an export (verify accepts it), then
changes one value and saves (verify refuses it).

The change is made by LibreOffice itself, with a small Basic macro placed in the test's own
LibreOffice profile: it opens the file hidden, sets one cell and stores it as xlsx. Nothing here
touches the user's LibreOffice profile. `.ci/run` installs `libreoffice-calc-nogui`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pytest

from rehablogg.core.entry import EntryDraft
from rehablogg.exchange import verify as v
from rehablogg.exchange.package_guard import check_package
from rehablogg.exchange.verify import verify_file
from rehablogg.storage.entries import add_entry
from tests.exchange.helpers import CATALOGUE, demo_db, doc_reference, export_month, sheet_rows

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; "
                       "install libreoffice-calc-nogui (as .ci/run does) to run this test"),
]
XLSX_FILTER = "Calc MS Excel 2007 XML"
TIMEOUT = 240

# Reads what to change from the environment: Basic macros started from the command line take
# string arguments poorly, and a failing macro would otherwise hang in a headless dialog.
MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub EditCell
  On Error GoTo Failed
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  sUrl = ConvertToURL(Environ(&quot;REHABLOGG_LO_FILE&quot;))
  oDoc = StarDesktop.loadComponentFromURL(sUrl, &quot;_blank&quot;, 0, load())
  oSheet = oDoc.Sheets.getByName(Environ(&quot;REHABLOGG_LO_SHEET&quot;))
  oCell = oSheet.getCellRangeByName(Environ(&quot;REHABLOGG_LO_CELL&quot;))
  oCell.setValue(CDbl(Environ(&quot;REHABLOGG_LO_VALUE&quot;)))
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot;
  save(0).Value = &quot;XLSX_FILTER&quot;
  oDoc.storeToURL(sUrl, save())
  oDoc.close(True)
  StarDesktop.terminate()
  Exit Sub
Failed:
  Open Environ(&quot;REHABLOGG_LO_FILE&quot;) &amp; &quot;.error&quot; For Output As #1
  Print #1, Error$
  Close #1
  StarDesktop.terminate()
End Sub
</script:module>
""".replace("XLSX_FILTER", XLSX_FILTER)


def _soffice(profile: Path, *args: str, env: dict[str, str] | None = None
             ) -> subprocess.CompletedProcess[str]:
    assert SOFFICE is not None
    command = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--invisible", "--norestore", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT,
                            env={**os.environ, **(env or {})}, check=False)
    assert result.returncode == 0, result.stderr
    return result


def _resave(profile: Path, source: Path, folder: Path) -> Path:
    _soffice(profile, "--convert-to", f"xlsx:{XLSX_FILTER}", "--outdir", str(folder),
             str(source))
    saved = folder / source.name
    assert saved.exists(), f"LibreOffice wrote nothing to {folder}"
    return saved


def _edit(profile: Path, path: Path, sheet: str, cell: str, value: float) -> None:
    """LibreOffice sets one cell and saves the file as xlsx."""
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.exists(), "the first LibreOffice run should have created the profile"
    module.write_text(MACRO, encoding="utf-8")
    _soffice(profile, "macro:///Standard.Module1.EditCell", env={
        "REHABLOGG_LO_FILE": str(path), "REHABLOGG_LO_SHEET": sheet,
        "REHABLOGG_LO_CELL": cell, "REHABLOGG_LO_VALUE": str(value),
    })
    error = path.with_name(path.name + ".error")
    assert not error.exists(), error.read_text(encoding="utf-8", errors="replace")


def test_libreoffice_round_trip(tmp_path: Path) -> None:
    db = demo_db(tmp_path / "db", entries=600, clients=15)
    # A note that needs neutralising must survive the round trip too.
    add_entry(db.engine, EntryDraft(date=date(2025, 3, 5), start_time=time(7, 0), minutes=20,
                                    code="A03", note="=SUM(A1:A3) og -5 grader"), *CATALOGUE)
    original = export_month(db, tmp_path / "out", submit=True, include_notes=True).path
    db.close()
    assert verify_file(original).ok
    profile = tmp_path / "lo-profile"

    resaved = _resave(profile, original, tmp_path / "resaved")
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
    _edit(profile, changed, "Registreringer", "J2", travel + 10)
    before = sheet_rows(original, "Registreringer")
    after = sheet_rows(changed, "Registreringer")
    differing = [(r, c) for r, (a, b) in enumerate(zip(before, after, strict=True))
                 for c, (x, y) in enumerate(zip(a, b, strict=False)) if x != y
                 and not (isinstance(x, float) and isinstance(y, float) and abs(x - y) < 1e-12)]
    assert differing == [(1, 9)]  # exactly the one value LibreOffice was told to change
    report = verify_file(changed)
    assert not report.ok
    assert report.sentence() == v.CHECKSUM_MISMATCH


def original_checksum(path: Path) -> str:
    return dict(r[:2] for r in sheet_rows(path, "Metadata")[1:])["sjekksum"]
