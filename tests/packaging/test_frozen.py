"""The frozen one-folder app (packaging/rehablogg.spec) builds and runs as a user would run it.

The bundle is built once per test session with PyInstaller into a temporary folder (about a
minute on a 2-core machine), or taken from ``REHABLOGG_FROZEN_APP`` (the path of an already
built ``dist/rehablogg/rehablogg`` executable) to skip the build while working on these tests.
Every run of the app happens outside the checkout, without PYTHONPATH, with its own data folder
and HOME, on Qt's offscreen platform; any line on stderr (an import error, a Qt or Python
warning) fails the test, except the offscreen plugin's known notice that pyproject.toml's
``qt_log_ignore`` also lets through.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from rehablogg import __version__
from rehablogg.core.catalogue import default_catalogue

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "rehablogg.spec"
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120
# The first test here also builds the app (48-94 s on a loaded 2-core machine): the build's own
# limit, not the suite's default hang timeout, decides when a build has hung.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT + 300)]
# The offscreen platform cannot resize native windows; the same notice pytest-qt ignores.
HARMLESS_STDERR = ("This plugin does not support propagateSizeHints()",)


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("REHABLOGG_FROZEN_APP")
    if given:
        app = Path(given)
        assert app.is_file(), f"REHABLOGG_FROZEN_APP={given} is not a built app"
        return app
    import PyInstaller  # noqa: F401  (the test extra installs it; a missing one fails here)

    where = tmp_path_factory.mktemp("frozen")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(where / "dist"),
            "--workpath",
            str(where / "work"),
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert build.returncode == 0, f"PyInstaller failed:\n{build.stdout}\n{build.stderr}"
    app = where / "dist" / "rehablogg" / "rehablogg"
    assert app.is_file(), f"no executable at {app}"
    return app


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "REHABLOGG_DATA_DIR")
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


def run_frozen(
    app: Path, args: Sequence[str], tmp_path: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the bundle from an empty folder, so nothing in the checkout can be imported."""
    cwd = tmp_path / "cwd"
    cwd.mkdir(exist_ok=True)
    return subprocess.run(
        [str(app), *args],
        cwd=cwd,
        env=_env(tmp_path / "home", **env),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )


def stderr_problems(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [
        line
        for line in result.stderr.splitlines()
        if line.strip() and line.strip() not in HARMLESS_STDERR
    ]


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    assert stderr_problems(result) == [], result.stderr


def test_version_is_the_package_version(frozen_app: Path, tmp_path: Path) -> None:
    result = run_frozen(frozen_app, ["--version"], tmp_path)
    assert_clean(result)
    assert result.stdout.strip() == f"rehablogg {__version__}"


def test_codes_lists_the_bundled_catalogue_without_qt(frozen_app: Path, tmp_path: Path) -> None:
    # A platform that does not exist: had `codes` started Qt, it would abort.
    result = run_frozen(frozen_app, ["codes"], tmp_path, QT_QPA_PLATFORM="no-such-platform")
    assert_clean(result)
    catalogue = default_catalogue()
    lines = result.stdout.splitlines()
    assert lines[0] == f"{catalogue.id} versjon {catalogue.version}"
    listed = {line.split("\t")[0] for line in lines[1:] if "\t" in line}
    assert listed == {code.code for code in catalogue.codes}


def test_app_starts_and_quits_on_an_empty_data_folder(frozen_app: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_frozen(frozen_app, ["--data-dir", str(data), "--quit-after-startup"], tmp_path)
    assert_clean(result)
    assert (data / "rehablogg.sqlite3").is_file()
    log = (data / "logs" / "rehablogg.log").read_text(encoding="utf-8")
    assert "start, data dir" in log
    assert log.rstrip().endswith("stop")
    assert not (data / "logs" / "crash.log").exists()


def test_demo_year_opens_exports_and_verifies(frozen_app: Path, tmp_path: Path) -> None:
    """The paths a frozen build loses first: holidays' name catalogues (every week view),
    the municipality list, openpyxl writing and python-calamine reading a submission."""
    data = tmp_path / "data"
    today = date.today()
    demo = run_frozen(
        frozen_app,
        [
            "--data-dir",
            str(data),
            "demo",
            "--entries",
            "400",
            "--clients",
            "8",
            "--end",
            today.isoformat(),
        ],
        tmp_path,
    )
    assert_clean(demo)
    started = run_frozen(frozen_app, ["--data-dir", str(data), "--quit-after-startup"], tmp_path)
    assert_clean(started)
    assert not (data / "logs" / "crash.log").exists()
    month = (
        date(today.year - 1, 12, 1)
        if today.month == 1
        else today.replace(day=1, month=today.month - 1)
    )
    out = tmp_path / "out.xlsx"
    export = run_frozen(
        frozen_app,
        ["--data-dir", str(data), "export", "--period", f"{month:%Y-%m}", "--out", str(out)],
        tmp_path,
    )
    assert_clean(export)
    assert out.is_file()
    verify = run_frozen(frozen_app, ["verify", str(out)], tmp_path)
    assert_clean(verify)


def test_bundle_carries_resources_and_leaves_out_unused_qt(frozen_app: Path) -> None:
    internal = frozen_app.parent / "_internal"
    # What the wheel ships (pyproject.toml's package-data suffixes), the bundle ships too.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["rehablogg.resources"]
    suffixes = {"." + g.rsplit(".", 1)[1] for g in globs}
    shipped = {
        p.relative_to(ROOT / "resources")
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix in suffixes
    }
    bundled = {
        p.relative_to(internal / "resources")
        for p in (internal / "resources").rglob("*")
        if p.is_file()
    }
    assert shipped <= bundled
    # Every Qt module rehablogg imports (QtCharts for the report window among them) is there.
    used = {
        m
        for f in (ROOT / "rehablogg").rglob("*.py")
        for m in re.findall(r"PySide6\.(Qt\w+)", f.read_text(encoding="utf-8"))
    }
    assert "QtWidgets" in used
    missing = {m for m in used if not list((internal / "PySide6").glob(f"{m}.*"))}
    assert missing == set()
    names = {p.name for p in internal.rglob("*")}
    unused = {
        n
        for n in names
        if n.startswith(
            ("libQt6WebEngine", "libQt6Quick", "libQt6Qml", "libQt63D", "libQt6Multimedia")
        )
    }
    assert unused == set()
    assert not (internal / "tests").exists()
