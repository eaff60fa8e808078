"""The Linux desktop entry and AppStream metadata agree with each other and validate.

The validators come from Debian (desktop-file-utils, appstream); without them those two checks
are skipped and the consistency checks still run. appstreamcli runs with --no-net: it would
otherwise try to reach every URL in the file.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
APP_ID = "no.rehablogg.Rehablogg"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_rehablogg_with_its_icon() -> None:
    entry = _entry()
    assert entry["Exec"].split()[0] == "rehablogg"
    assert entry["Terminal"] == "false"
    assert (LINUX / f"{entry['Icon']}.svg").is_file()


def test_metainfo_names_the_desktop_entry_and_the_binary() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == _entry()["Exec"].split()[0]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="apt-get install desktop-file-utils to validate the desktop file",
)
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli not installed (apt-get install appstream)",
)
def test_metainfo_validates_offline() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
