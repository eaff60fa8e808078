"""The Windows installer (packaging/windows/build.sh), installed and run under Wine.

The installer is built once per test session into a temporary folder (several minutes: about
140 MB of pinned wheels are downloaded and the program folder is compressed with LZMA), or
taken from an earlier ``packaging/windows/build.sh`` run of the same commit with a clean working
tree (``packaging/windows/dist/build-info.json``), or from ``REHABLOGG_WINDOWS_INSTALLER``.
It is installed silently (/S) into a fresh Wine prefix under the test's temporary folder, and
what a therapist and a pilot lead do on Windows is done with ``rehablogg-cli.exe``: version,
codes, a demo year, handing in a past month, verify, aggregate. A Linux run with the same
demo does the same; the two hand-ins must have the same export id and the two summaries the
same contents. The GUI is started through ``rehablogg.exe`` on Qt's offscreen platform and a
screenshot of the main window is taken. Last, the silent uninstall must remove the program and
keep the data.

What Wine 8 lacks and the prefix supplies (never the installer): tests/packaging/wine_prefix.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rehablogg import __version__
from rehablogg.core.catalogue import default_catalogue
from tests.cli_runner import run_cli
from tests.packaging import wine_prefix
from tests.packaging.wine_prefix import WinePrefix

MISSING = wine_prefix.missing_tools()
if MISSING:
    pytest.skip(
        f"the Windows installer test needs {', '.join(MISSING)} "
        "(apt-get install nsis wine64 wine osslsigncode librsvg2-bin icoutils "
        "binutils-mingw-w64-x86-64; .ci/run installs them)",
        allow_module_level=True,
    )

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
BUILD_TIMEOUT = 1800
# The build runs inside the first test; its own limit decides when it has hung.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT + 900)]
PROGRAM = ("Programs", "rehablogg")
# A demo year ending on a fixed day and a month of it that is over, so both systems make
# exactly the same entries (.github/workflows/windows.yml uses the same).
DEMO = (
    "--entries",
    "300",
    "--clients",
    "6",
    "--seed",
    "7",
    "--end",
    "2025-12-31",
    "--therapist",
    "T-07",
    "--municipality",
    "4601",
    "--unit",
    "Barn",
)
MONTH = "2025-11"
# Messages pip prints when the package index cannot be reached: the build then says nothing
# about the installer, and the test is skipped with that line (a hash mismatch still fails).
UNREACHABLE = (
    "Could not fetch URL",
    "Max retries exceeded",
    "NewConnectionError",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "ConnectionError",
    "Read timed out",
)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


def _earlier_build() -> Path | None:
    given = os.environ.get("REHABLOGG_WINDOWS_INSTALLER")
    if given:
        assert Path(given).is_file(), f"REHABLOGG_WINDOWS_INSTALLER={given} is not a file"
        return Path(given)
    info_file = WINDOWS / "dist" / "build-info.json"
    if not info_file.is_file():
        return None
    info = json.loads(info_file.read_text(encoding="utf-8"))
    installer = info_file.parent / info["installer"]
    same_commit = info["commit"] == _git("rev-parse", "HEAD")
    clean = _git("status", "--porcelain", "--untracked-files=no") == ""
    if same_commit and clean and installer.is_file() and _sha256(installer) == info["sha256"]:
        return installer
    return None


@pytest.fixture(scope="module")
def installer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    earlier = _earlier_build()
    if earlier is not None:
        return earlier
    where = tmp_path_factory.mktemp("windows-build")
    build = subprocess.run(
        [
            "bash",
            str(WINDOWS / "build.sh"),
            "--out",
            str(where / "dist"),
            "--work",
            str(where / "work"),
        ],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    output = build.stdout + build.stderr
    if build.returncode != 0 and any(sign in output for sign in UNREACHABLE):
        line = next(
            line for line in output.splitlines() if any(sign in line for sign in UNREACHABLE)
        )
        pytest.skip(f"the package index could not be reached to build the installer: {line}")
    assert build.returncode == 0, f"build.sh failed:\n{output[-6000:]}"
    (found,) = (where / "dist").glob("rehablogg-*-win64-setup.exe")
    return found


@dataclass
class Installed:
    prefix: WinePrefix
    program: Path  # the program folder, on the host
    cli: str  # rehablogg-cli.exe, as Windows names it
    installer: Path

    @property
    def data(self) -> Path:
        return self.prefix.local_appdata / "rehablogg"


@pytest.fixture(scope="module")
def installed(installer: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("wine")
    prefix = wine_prefix.create(root / "prefix")
    try:
        # Rust's standard library (pydantic-core, python-calamine) needs ProcessPrng.
        wine_prefix.add_forwarder_dll(
            prefix, "bcryptprimitives.dll", {"ProcessPrng": "advapi32.SystemFunction036"}, root
        )
        result = prefix.run(WinePrefix.windows(installer), "/S")
        assert result.returncode == 0, result.stderr
        prefix.wait()
        program = prefix.local_appdata.joinpath(*PROGRAM)
        cli = "C:\\" + str(program.relative_to(prefix.root / "drive_c")).replace("/", "\\")
        yield Installed(prefix, program, cli + "\\rehablogg-cli.exe", installer)
    finally:
        prefix.stop()


def _start_menu_shortcut(installed: Installed) -> Path:
    roaming = installed.prefix.local_appdata.parent / "Roaming"  # %APPDATA%
    return roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "rehablogg.lnk"


def _cli(installed: Installed, *args: str, timeout: float = 300) -> str:
    result = installed.prefix.run(installed.cli, *args, timeout=timeout)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    # Nothing on stderr but aggregate's progress ("1/1 filer …").
    noise = [
        line
        for line in result.stderr.splitlines()
        if line.strip() and not re.fullmatch(r"\d+/\d+ filer …", line.strip())
    ]
    assert noise == [], result.stderr
    return result.stdout


def test_installs_per_user_every_file_as_the_manifest_says(installed: Installed) -> None:
    program = installed.program
    assert program.is_dir()
    manifest = (program / "MANIFEST-SHA256.txt").read_text(encoding="utf-8").splitlines()
    listed = {}
    for line in manifest:
        digest, name = line.split("  ", 1)
        listed[name] = digest
    on_disk = {p.relative_to(program).as_posix() for p in program.rglob("*") if p.is_file()}
    # The uninstaller is written by the installer on the machine, the manifest holds the rest.
    assert on_disk - set(listed) == {"uninstall.exe", "MANIFEST-SHA256.txt"}
    assert set(listed) <= on_disk
    wrong = [name for name, digest in listed.items() if _sha256(program / name) != digest]
    assert wrong == []
    # Per user: the user's Start menu and HKCU, nothing machine-wide.
    assert _start_menu_shortcut(installed).is_file()
    key = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\rehablogg"
    assert installed.prefix.registry_has("HKCU\\" + key)
    assert not installed.prefix.registry_has("HKLM\\" + key)
    assert not (installed.prefix.root / "drive_c" / "Program Files" / "rehablogg").exists()
    # What the wheel ships of resources/ (catalogue, municipalities, tariffs, compiled
    # translations, icons) is installed where rehablogg/resources_dir.py looks for it.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["rehablogg.resources"]
    suffixes = {"." + g.rsplit(".", 1)[1] for g in globs}
    shipped = {
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix in suffixes
    }
    resources = program / "python" / "Lib" / "site-packages" / "rehablogg" / "resources"
    assert {
        p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()
    } == shipped
    assert {"translations/rehablogg_nn.qm", "translations/rehablogg_en.qm"} <= shipped
    provenance = (program / "PROVENANCE.txt").read_text(encoding="utf-8")
    for name in ("python.exe", "pythonw.exe", "python3.dll", "python313.dll"):
        line = next(line for line in provenance.splitlines() if line.startswith(name + "\t"))
        assert "O=Python Software Foundation/CN=Python Software Foundation" in line
        assert line.endswith("signature and chain verified")


def _version_resource(exe: Path) -> str:
    raw = subprocess.run(
        ["wrestool", "-x", "--raw", "--type=16", str(exe)], capture_output=True, check=True
    ).stdout
    return raw.decode("utf-16-le", "replace")


def test_installer_and_launcher_carry_icon_and_version(installed: Installed) -> None:
    for exe in (installed.installer, installed.program / "rehablogg.exe"):
        listed = subprocess.run(
            ["wrestool", "-l", str(exe)], capture_output=True, text=True, check=True
        ).stdout
        assert "type=group_icon" in listed, exe.name
        version = _version_resource(exe)
        for text in ("ProductName", "rehablogg", "ProductVersion", __version__, "EUPL-1.2"):
            assert text in version, (exe.name, text)
    assert "loggbok for direkte og indirekte brukertid" in _version_resource(
        installed.program / "rehablogg.exe"
    )
    # The .ico beside them, made from the SVG: every size Windows asks for, up to 256 px.
    sizes = subprocess.run(
        ["icotool", "-l", str(installed.program / "rehablogg.ico")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert {int(w) for w in re.findall(r"--width=(\d+)", sizes)} >= {16, 24, 32, 48, 256}


def test_every_dll_the_program_loads_is_in_it_or_in_windows(installed: Installed) -> None:
    """What build.sh cut out of PySide6 must not be what a kept module loads: every import
    of every .exe, .dll and .pyd resolves to a file of the program or of Windows (Wine's
    system32, the API sets, and the two system DLLs Windows 10 has and Wine 8 lacks)."""
    program = installed.program
    bundled = {p.name.lower() for p in program.rglob("*") if p.suffix.lower() in (".dll", ".pyd")}
    system = {p.name.lower() for p in installed.prefix.system32().iterdir()}
    windows_only = {"icuuc.dll", "bcryptprimitives.dll"}
    unresolved = {}
    for path in program.rglob("*"):
        if path.suffix.lower() not in (".exe", ".dll", ".pyd"):
            continue
        missing = {
            name
            for name in wine_prefix.dll_imports(path)
            if name not in bundled | system | windows_only
            and not name.startswith(("api-ms-win-", "ext-ms-"))
        }
        if missing:
            unresolved[path.relative_to(program).as_posix()] = sorted(missing)
    assert unresolved == {}


def test_version_and_codes(installed: Installed) -> None:
    assert _cli(installed, "--version").strip() == f"rehablogg {__version__}"
    lines = _cli(installed, "codes").splitlines()
    catalogue = default_catalogue()
    assert lines[0] == f"{catalogue.id} versjon {catalogue.version}"
    assert {line.split("\t")[0] for line in lines[1:] if "\t" in line} == {
        code.code for code in catalogue.codes
    }


def _export_id(said: str) -> str:
    """From "Skrev … (31 registreringer, eksport_id bb5a03dec3f1e991); …"."""
    return said.split("eksport_id ", 1)[1].split(")", 1)[0]


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(path)
    sheets = {
        name: [tuple(row) for row in book[name].iter_rows(values_only=True)]
        for name in book.sheetnames
    }
    book.close()
    # Innsendinger names each file by the path it was read from: the host's or Windows' own.
    sheets["Innsendinger"] = [
        (Path(str(row[0]).replace("\\", "/")).name, *row[1:]) if i else row
        for i, row in enumerate(sheets["Innsendinger"])
    ]
    return sheets


def test_a_month_handed_in_on_windows_equals_the_same_on_linux(
    installed: Installed, tmp_path: Path
) -> None:
    # Linux: the same demo year, handed in, and a summary of it.
    linux_data, linux_out = tmp_path / "linux-data", tmp_path / "linux-out"
    linux_out.mkdir()
    result = run_cli("demo", *DEMO, data_dir=linux_data, block_qt=True)
    assert result.returncode == 0, result.stderr
    linux_said = run_cli(
        "export",
        "--period",
        MONTH,
        "--submit",
        "--out",
        str(linux_out),
        data_dir=linux_data,
        block_qt=True,
    )
    assert linux_said.returncode == 0, linux_said.stderr
    (linux_file,) = linux_out.glob("*.xlsx")
    linux_summary = tmp_path / "linux-sammendrag.xlsx"
    result = run_cli("aggregate", str(linux_out), "--out", str(linux_summary), block_qt=True)
    assert result.returncode == 0, result.stderr

    # Windows: no --data-dir, so the data lands where platformdirs puts it on Windows.
    windows_out, inbox = tmp_path / "windows-out", tmp_path / "innboks"
    windows_out.mkdir()
    inbox.mkdir()
    _cli(installed, "demo", *DEMO)
    assert (installed.data / "rehablogg.sqlite3").is_file()
    roaming = installed.prefix.local_appdata.parent / "Roaming" / "rehablogg"
    assert not roaming.exists()
    said = _cli(
        installed, "export", "--period", MONTH, "--submit", "--out", WinePrefix.windows(windows_out)
    )
    assert "er levert og låst" in said
    (windows_file,) = windows_out.glob("*.xlsx")
    assert windows_file.name == linux_file.name
    # Same entries, same rows, same checksum: the export id is the same on both systems.
    assert _export_id(said) == _export_id(linux_said.stdout)
    # Each system verifies the other's file.
    for path in (windows_file, linux_file):
        assert _cli(installed, "verify", WinePrefix.windows(path)).strip().endswith("gyldig")
    result = run_cli("verify", str(windows_file), block_qt=True)
    assert result.returncode == 0, result.stderr

    # The pilot lead's summary of the Linux-made submission, made on Windows, equals Linux's.
    shutil.copy(linux_file, inbox / linux_file.name)
    windows_summary = tmp_path / "windows-sammendrag.xlsx"
    said = _cli(
        installed,
        "aggregate",
        WinePrefix.windows(inbox),
        "--out",
        WinePrefix.windows(windows_summary),
    )
    assert "1 godtatt" in said
    assert _sheets(windows_summary) == _sheets(linux_summary)
    assert (installed.data / "backups").is_dir()  # the submission's backup, on Windows


def test_the_python_inside_is_refused_when_not_signed_by_the_psf(
    installed: Installed, tmp_path: Path
) -> None:
    """packaging/windows/provenance.py on the installed CPython: accepted as it is; refused
    with one sentence when a DLL was changed, when python.exe's signature is removed, and when
    it is signed by a self-made certificate that only calls itself the PSF."""
    provenance = WINDOWS / "provenance.py"

    def check(folder: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(provenance), str(folder)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    original = tmp_path / "python"
    original.mkdir()
    for path in (installed.program / "python").iterdir():
        if path.is_file() and path.suffix.lower() in (".exe", ".dll", ".pyd"):
            shutil.copy(path, original / path.name)
    assert check(original).returncode == 0

    changed = tmp_path / "changed"
    shutil.copytree(original, changed)
    dll = bytearray((changed / "python313.dll").read_bytes())
    dll[len(dll) // 2] ^= 0x01
    (changed / "python313.dll").write_bytes(bytes(dll))
    result = check(changed)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "provenance: python313.dll was changed after it was signed (its Authenticode digest "
        "does not match its content)."
    ]

    unsigned = tmp_path / "unsigned"
    shutil.copytree(original, unsigned)
    (unsigned / "python.exe").unlink()
    subprocess.run(
        [
            "osslsigncode",
            "remove-signature",
            "-in",
            str(original / "python.exe"),
            "-out",
            str(unsigned / "python.exe"),
        ],
        capture_output=True,
        check=True,
    )
    result = check(unsigned)
    assert result.returncode == 1
    assert "python.exe carries no Authenticode signature" in result.stderr

    forged = tmp_path / "forged"
    shutil.copytree(unsigned, forged)
    (forged / "python.exe").unlink()
    key, cert = tmp_path / "forged.key", tmp_path / "forged.crt"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "30",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/C=US/O=Python Software Foundation/CN=Python Software Foundation",
        ],
        capture_output=True,
        check=True,
    )
    subprocess.run(
        [
            "osslsigncode",
            "sign",
            "-certs",
            str(cert),
            "-key",
            str(key),
            "-in",
            str(unsigned / "python.exe"),
            "-out",
            str(forged / "python.exe"),
        ],
        capture_output=True,
        check=True,
    )
    result = check(forged)
    assert result.returncode == 1
    assert "python.exe's Authenticode signature does not verify" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def icu_for_wine(installed: Installed, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The system ICU Qt6Core.dll imports, as Windows 10 has it: ICU 77's DLLs behind an
    icuuc.dll that forwards each function Qt imports to its versioned name."""
    where = tmp_path_factory.mktemp("icu")
    download = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--require-hashes",
            "--platform",
            "win_amd64",
            "--python-version",
            "3.13",
            "--only-binary=:all:",
            "--dest",
            str(where),
            "-r",
            str(Path(__file__).parent / "wine-requirements.txt"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = download.stdout + download.stderr
    if download.returncode != 0 and any(sign in output for sign in UNREACHABLE):
        pytest.skip("ICU for the Wine prefix could not be downloaded from the package index")
    assert download.returncode == 0, output
    (wheel,) = where.glob("pyicu_wheels-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        dlls = [n for n in archive.namelist() if n.startswith("icu/icu") and n.endswith(".dll")]
        for name in dlls:
            (installed.prefix.system32() / Path(name).name).write_bytes(archive.read(name))
    (uc,) = [Path(n).stem for n in dlls if Path(n).stem.startswith("icuuc")]
    version = uc.removeprefix("icuuc")
    qt_core = installed.program / "python" / "Lib" / "site-packages" / "PySide6" / "Qt6Core.dll"
    wanted = wine_prefix.imported_names(qt_core, "icuuc.dll")
    assert wanted, "Qt6Core.dll no longer imports the system ICU: drop this fixture"
    wine_prefix.add_forwarder_dll(
        installed.prefix, "icuuc.dll", {name: f"{uc}.{name}_{version}" for name in wanted}, where
    )
    installed.prefix.set_user_environment("QT_QPA_PLATFORM", "offscreen")
    installed.prefix.set_user_environment(
        "QT_QPA_FONTDIR", WinePrefix.windows(Path("/usr/share/fonts/truetype/dejavu"))
    )


SCREENSHOT = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

OUT = sys.argv[1]
_exec = QApplication.exec


def _exec_then_grab(self):
    def grab():
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        window = max(shown, key=lambda w: w.width() * w.height())
        print(type(window).__name__, window.menuBar().actions()[0].text())
        window.grab().save(OUT)
        QApplication.quit()
    QTimer.singleShot(1000, grab)
    return _exec()


QApplication.exec = _exec_then_grab
from rehablogg.cli import main
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def test_the_window_starts_from_the_start_menu_launcher_and_shows_the_demo(
    installed: Installed, icu_for_wine: None, tmp_path: Path
) -> None:
    """rehablogg.exe (what the Start menu starts) runs pythonw.exe -m rehablogg, which opens
    and closes the window (--quit-after-startup); then the window with a demo year up to
    today is photographed on Qt's offscreen platform, on a Norwegian Windows."""
    data = tmp_path / "gui-data"
    launcher = installed.cli.replace("rehablogg-cli.exe", "rehablogg.exe")
    result = installed.prefix.run(
        launcher, "--data-dir", WinePrefix.windows(data), "--quit-after-startup"
    )
    assert result.returncode == 0, result.stderr
    installed.prefix.wait()
    log = (data / "logs" / "rehablogg.log").read_text(encoding="utf-8")
    assert "start, data dir" in log
    assert log.rstrip().endswith("stop")
    assert not (data / "logs" / "crash.log").exists()

    # This week's entries, on a Norwegian Windows: the window must come up in bokmål.
    _cli(
        installed,
        "--data-dir",
        WinePrefix.windows(data),
        "demo",
        "--entries",
        "200",
        "--end",
        date.today().isoformat(),
    )
    script, shot = tmp_path / "screenshot.py", tmp_path / "hovedvindu.png"
    script.write_text(SCREENSHOT, encoding="utf-8")
    python = installed.cli.replace("rehablogg-cli.exe", r"python\python.exe")
    result = installed.prefix.run(
        python,
        WinePrefix.windows(script),
        WinePrefix.windows(shot),
        WinePrefix.windows(data),
        language="nb_NO.UTF-8",
    )
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert result.stdout.split() == ["MainWindow", "&Fil"]
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50  # text, grid, highlighted days: not an empty or black window
    assert not (data / "logs" / "crash.log").exists()


def test_uninstall_removes_the_program_and_keeps_the_data(installed: Installed) -> None:
    database = installed.data / "rehablogg.sqlite3"
    assert database.is_file()
    uninstaller = installed.cli.replace("rehablogg-cli.exe", "uninstall.exe")
    result = installed.prefix.run(uninstaller, "/S")
    assert result.returncode == 0, result.stderr
    installed.prefix.wait()
    assert not installed.program.exists()
    assert not _start_menu_shortcut(installed).exists()
    key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\rehablogg"
    assert not installed.prefix.registry_has(key)
    assert database.is_file()
    assert (installed.data / "backups").is_dir()


def test_ticking_the_box_deletes_the_data_folder_and_nothing_else(
    installed: Installed, tmp_path: Path
) -> None:
    """The uninstaller's "Slett også loggboka" (here /SLETTDATA, which ticks it): after a
    fresh install over the kept data, the uninstall removes %LOCALAPPDATA%\\rehablogg, and a
    data folder chosen with --data-dir stays."""
    result = installed.prefix.run(WinePrefix.windows(installed.installer), "/S")
    assert result.returncode == 0, result.stderr
    installed.prefix.wait()
    elsewhere = tmp_path / "egen-mappe"
    _cli(installed, "--data-dir", WinePrefix.windows(elsewhere), "demo", "--entries", "20")
    assert (installed.data / "rehablogg.sqlite3").is_file()  # kept from the first install
    uninstaller = installed.cli.replace("rehablogg-cli.exe", "uninstall.exe")
    result = installed.prefix.run(uninstaller, "/S", "/SLETTDATA")
    assert result.returncode == 0, result.stderr
    installed.prefix.wait()
    assert not installed.program.exists()
    assert not installed.data.exists()
    assert (elsewhere / "rehablogg.sqlite3").is_file()
