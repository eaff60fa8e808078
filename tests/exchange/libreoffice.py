"""LibreOffice Calc run headless, in a profile of the test's own (never the user's): re-saving
a file as xlsx, and setting one cell with a small Basic macro and saving."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
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


def soffice(
    profile: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    assert SOFFICE is not None
    command = [
        SOFFICE,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--invisible",
        "--norestore",
        *args,
    ]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def resave(profile: Path, source: Path, folder: Path) -> Path:
    soffice(profile, "--convert-to", f"xlsx:{XLSX_FILTER}", "--outdir", str(folder), str(source))
    saved = folder / source.name
    assert saved.exists(), f"LibreOffice wrote nothing to {folder}"
    return saved


def edit_cell(profile: Path, path: Path, sheet: str, cell: str, value: float) -> None:
    """LibreOffice sets one cell and saves the file as xlsx."""
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.exists(), "the first LibreOffice run should have created the profile"
    module.write_text(MACRO, encoding="utf-8")
    soffice(
        profile,
        "macro:///Standard.Module1.EditCell",
        env={
            "REHABLOGG_LO_FILE": str(path),
            "REHABLOGG_LO_SHEET": sheet,
            "REHABLOGG_LO_CELL": cell,
            "REHABLOGG_LO_VALUE": str(value),
        },
    )
    error = path.with_name(path.name + ".error")
    assert not error.exists(), error.read_text(encoding="utf-8", errors="replace")
