"""A fresh Wine prefix to install and run the Windows build in (used by
tests/packaging/test_windows_installer.py).

Debian 12's Wine 8 runs the installer and the command line as they are. It lacks three pieces
of Windows that the app's dependencies load, each present on every Windows 10 1903 or newer,
so the prefix gets them as the operating system would have them, never the installer:

- ``bcryptprimitives.dll`` (``ProcessPrng``), which the Rust standard library of pydantic-core
  and python-calamine imports: a forwarder DLL to Wine's ``advapi32.SystemFunction036``
  (RtlGenRandom, the same random source);
- ``icuuc.dll``, the system ICU that Qt 6's ``Qt6Core.dll`` imports (Windows has it since
  10 1703; Wine only from 11.5): a forwarder DLL to ICU 77 from the package index
  (pyicu-wheels, pinned in wine-requirements.txt), for the GUI check only;
- WMI: Python 3.13's ``platform`` module asks WMI (``_wmi``), and Wine 8's WMI provider calls
  ``propsys.VariantToString``, which Wine 8 does not implement, so the process aborts.
  Wine's WMI provider is switched off (``wbemprox=``); ``platform`` then falls back to the
  version API, as it does on a Windows without WMI.

The forwarders are linked with the MinGW binutils (``x86_64-w64-mingw32-dlltool`` and ``-ld``,
Debian's binutils-mingw-w64-x86-64): a DLL of nothing but export entries that point elsewhere.

Wine drops ``QT_*`` variables of the Linux environment; Qt's are set in the prefix's
``HKCU\\Environment`` instead, as a Windows user would set them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

WINE_TOOLS = ("wine", "wineboot", "wineserver")
BUILD_TOOLS = ("makensis", "osslsigncode", "rsvg-convert", "icotool", "wrestool", "objdump", "git")
DLL_TOOLS = ("x86_64-w64-mingw32-dlltool", "x86_64-w64-mingw32-ld")
# mscoree/mshtml: no dialogs offering to download Mono and Gecko; winemenubuilder: the
# installer's Start-menu shortcut must not become a .desktop file in the host's home.
DLL_OVERRIDES = "mscoree,mshtml=;wbemprox=;winemenubuilder.exe=d"
HIDDEN_HOST_VARIABLES = (
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "REHABLOGG_DATA_DIR",
    "PYTHONPATH",
    "PYTHONHOME",
)


def missing_tools() -> list[str]:
    return [tool for tool in (*WINE_TOOLS, *BUILD_TOOLS, *DLL_TOOLS) if shutil.which(tool) is None]


@dataclass
class WinePrefix:
    root: Path
    encoding: str = "cp1252"  # the ANSI code page, read from the prefix by create()
    local_appdata: Path = field(default_factory=Path)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in HIDDEN_HOST_VARIABLES}
        home = self.root.parent / "wine-home"
        env.update(
            WINEPREFIX=str(self.root),
            WINEDEBUG="-all",
            WINEDLLOVERRIDES=DLL_OVERRIDES,
            HOME=str(home),
            XDG_DATA_HOME=str(home / "share"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
        )
        return env

    def run(
        self, *args: str, timeout: float = 300, cwd: Path | None = None, language: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        """``wine ARGS`` with pipes (Wine cannot hand a regular file to Python as stdout) and
        no input; output decoded as a Windows program writes to a pipe: the ANSI code page.
        ``language`` ("nb_NO.UTF-8") makes it a Windows of that display language (Wine takes
        it from LANG; the host needs no such locale)."""
        env = self.env()
        if language:
            env.update(LANG=language, LC_ALL=language)
        result = subprocess.run(
            ["wine", *args],
            env=env,
            cwd=cwd or self.root,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        return subprocess.CompletedProcess(
            result.args,
            result.returncode,
            result.stdout.decode(self.encoding, "replace"),
            result.stderr.decode(self.encoding, "replace"),
        )

    def wait(self, timeout: float = 300) -> None:
        """Until every process of the prefix has ended (a launcher's child, an uninstaller
        that copied itself to %TEMP% and runs from there)."""
        subprocess.run(["wineserver", "-w"], env=self.env(), timeout=timeout, check=True)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env(), timeout=60, check=False)

    def unix(self, windows_path: str) -> Path:
        """C:\\... inside the prefix, Z:\\... on the host."""
        path = PureWindowsPath(windows_path)
        drive = path.drive.upper()
        rest = path.parts[1:]
        if drive == "C:":
            return self.root.joinpath("drive_c", *rest)
        if drive == "Z:":
            return Path("/").joinpath(*rest)
        raise ValueError(windows_path)

    @staticmethod
    def windows(host_path: Path) -> str:
        return "Z:" + str(host_path.resolve()).replace("/", "\\")

    def system32(self) -> Path:
        return self.root / "drive_c" / "windows" / "system32"

    def set_user_environment(self, name: str, value: str) -> None:
        result = self.run("reg", "add", r"HKCU\Environment", "/v", name, "/d", value, "/f")
        assert result.returncode == 0, result.stderr
        self.wait()

    def registry_has(self, key: str) -> bool:
        return self.run("reg", "query", key).returncode == 0


def create(root: Path) -> WinePrefix:
    """A new 64-bit prefix at ``root`` (about 15 s)."""
    prefix = WinePrefix(root)
    subprocess.run(
        ["wineboot", "--init"],
        env=prefix.env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=300,
        check=True,
    )
    prefix.wait()
    probe = prefix.run("cmd", "/c", "echo %LOCALAPPDATA%")
    assert probe.returncode == 0, probe.stderr
    prefix.local_appdata = prefix.unix(probe.stdout.strip())
    assert prefix.local_appdata.is_dir(), probe.stdout
    code_page = prefix.run(
        "reg", "query", r"HKLM\System\CurrentControlSet\Control\Nls\CodePage", "/v", "ACP"
    )
    found = re.search(r"ACP\s+REG_SZ\s+(\d+)", code_page.stdout)
    assert found, code_page.stdout
    prefix.encoding = f"cp{found.group(1)}"
    return prefix


def add_forwarder_dll(
    prefix: WinePrefix, name: str, exports: dict[str, str], workdir: Path
) -> Path:
    """A DLL ``name`` in the prefix's system32 whose every export forwards to another DLL
    (``{"ProcessPrng": "advapi32.SystemFunction036"}``); no code of its own."""
    stem = name.removesuffix(".dll")
    definition = workdir / f"{stem}.def"
    definition.write_text(
        f"LIBRARY {name}\nEXPORTS\n"
        + "".join(f"{export} = {target}\n" for export, target in sorted(exports.items())),
        encoding="ascii",
    )
    exports_object = workdir / f"{stem}.exp"
    subprocess.run(
        [
            "x86_64-w64-mingw32-dlltool",
            "--def",
            str(definition),
            "--dllname",
            name,
            "--output-exp",
            str(exports_object),
        ],
        check=True,
        timeout=60,
    )
    target = prefix.system32() / name
    subprocess.run(
        [
            "x86_64-w64-mingw32-ld",
            "--dll",
            "-e",
            "0",
            "--subsystem",
            "windows",
            "-o",
            str(target),
            str(exports_object),
        ],
        check=True,
        timeout=60,
    )
    return target


def imported_names(dll: Path, from_dll: str) -> list[str]:
    """The functions ``dll`` imports from ``from_dll`` (objdump's import table)."""
    out = subprocess.run(
        ["objdump", "-p", str(dll)], capture_output=True, text=True, check=True
    ).stdout
    names: list[str] = []
    inside = False
    for line in out.splitlines():
        if "DLL Name:" in line:
            inside = line.split("DLL Name:")[1].strip().lower() == from_dll.lower()
            continue
        found = re.fullmatch(r"\s+[0-9a-f]+\s+\d+\s+(\S+)", line)
        if inside and found:
            names.append(found.group(1))
    return names


def dll_imports(path: Path) -> set[str]:
    out = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {name.lower() for name in re.findall(r"DLL Name: (\S+)", out)}
