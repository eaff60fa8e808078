"""Checking, before Qt starts, that a Linux desktop has the system libraries Qt's xcb plugin needs.

PySide6's wheels bundle Qt but not the X11 helper libraries of the desktop. When one is missing,
Qt aborts the process (exit 134) and its message often names the wrong library (it blames
``xcb-cursor0`` whatever is missing). This module reads the plugin's ELF ``DT_NEEDED`` entries,
follows them through the libraries bundled with PySide6, and tries to load every one the
system has to provide, so the user gets one sentence naming the packages to install.

It imports no Qt: it has to run before Qt does, and Qt would abort before we could speak.
"""

from __future__ import annotations

import ctypes
import importlib.util
import mmap
import os
import re
import struct
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from rehablogg.core.i18n import QT_TRANSLATE_NOOP

# The soname of each library Qt's xcb plugin needs from the system, and the package that holds
# it on Debian/Ubuntu and on Fedora. README.md lists the same per distribution.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}

_ELF_MAGIC = b"\x7fELF"
_SHT_DYNAMIC = 6
_DT_NEEDED = 1
# Far larger than any Qt library's section table; a bound so a broken file cannot make us loop.
_MAX_SECTIONS = 4096
_NOT_FOUND = re.compile(r"([^\s:]+\.so[.\d]*): cannot open shared object file")


def needed_libraries(elf: Path) -> list[str]:
    """The ``DT_NEEDED`` sonames of a 64-bit little-endian ELF file, in file order.

    An unreadable or non-ELF file gives an empty list: the check must never stop a start that
    Qt itself could manage.
    """
    # Mapped, not read: Qt's libraries are tens of MB and only the headers are looked at.
    try:
        with open(elf, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _needed_in(data)
    except (OSError, ValueError):
        return []


def _needed_in(data: mmap.mmap) -> list[str]:
    if data[:4] != _ELF_MAGIC or data[4] != 2 or data[5] != 1:  # ELFCLASS64, little-endian
        return []
    try:
        (shoff,) = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
        if shnum > _MAX_SECTIONS:
            return []
        sections = [
            struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
        ]
        names: list[str] = []
        for _, sh_type, _, _, offset, size, link, _, _, entsize in sections:
            if sh_type != _SHT_DYNAMIC or not entsize:
                continue
            strtab_offset = sections[link][4]
            for pos in range(offset, offset + size, entsize):
                tag, value = struct.unpack_from("<qQ", data, pos)
                if tag == 0:
                    break
                if tag == _DT_NEEDED:
                    start = strtab_offset + value
                    end = data.find(b"\0", start)
                    if end < 0:
                        return []
                    names.append(data[start:end].decode("ascii"))
        return names
    except (struct.error, IndexError, ValueError, UnicodeDecodeError):
        return []


def _load(soname: str) -> str | None:
    """None when the dynamic loader finds ``soname``, else the file it could not find."""
    try:
        ctypes.CDLL(soname)
    except OSError as exc:
        match = _NOT_FOUND.search(str(exc))
        return match.group(1) if match else soname
    return None


def missing_system_libraries(
    plugin: Path, bundled: Path, load: Callable[[str], str | None] = _load
) -> list[str]:
    """Sonames the system must provide for ``plugin`` and cannot, following ``DT_NEEDED``
    through the libraries in ``bundled`` (PySide6's own ``Qt/lib``)."""
    missing: list[str] = []
    seen: set[str] = set()
    pending = [plugin]
    while pending:
        for soname in needed_libraries(pending.pop()):
            if soname in seen:
                continue
            seen.add(soname)
            if (bundled / soname).exists():
                pending.append(bundled / soname)
                continue
            absent = load(soname)
            if absent is not None and absent not in missing:
                missing.append(absent)
    return missing


def _pyside_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _uses_xcb(environ: Mapping[str, str]) -> bool:
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    # In a Wayland session Qt uses its Wayland plugin and only falls back to xcb.
    return environ.get("XDG_SESSION_TYPE") != "wayland"


def missing_packages_sentence(missing: list[str]) -> str:
    debian = sorted({PACKAGES[s][0] for s in missing if s in PACKAGES})
    fedora = sorted({PACKAGES[s][1] for s in missing if s in PACKAGES})
    unknown = [s for s in missing if s not in PACKAGES]
    if not debian:
        return QT_TRANSLATE_NOOP(
            "system_libraries",
            "Vinduet kan ikke startes fordi systembiblioteket {files} mangler; installer pakken "
            "som har det (se «Systempakker» i README).",
        ).format(files=", ".join(unknown))
    return QT_TRANSLATE_NOOP(
        "system_libraries",
        "Vinduet kan ikke startes fordi systembiblioteker mangler ({files}); installer dem med "
        "«sudo apt install {debian}» (Debian/Ubuntu) eller «sudo dnf install {fedora}» (Fedora).",
    ).format(files=", ".join(missing), debian=" ".join(debian), fedora=" ".join(fedora))


def _unreachable_local_display(display: str, sockets: Path = Path("/tmp/.X11-unix")) -> str | None:
    """A sentence when ``DISPLAY`` names a local X server (":0") whose socket is not there."""
    match = re.fullmatch(r":(\d+)(?:\.\d+)?", display)
    if match is None or not sockets.is_dir() or (sockets / f"X{match.group(1)}").exists():
        return None  # a remote display (host:10 over ssh) or a system without the folder
    return QT_TRANSLATE_NOOP(
        "system_libraries",
        "Fant ingen skjerm på DISPLAY={display} (X-serveren kjører ikke); start rehablogg fra "
        "skrivebordet, eller bruk kommandoene som ikke trenger vindu (rehablogg --help).",
    ).format(display=display)


def desktop_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """One sentence when Qt's xcb plugin would abort for want of system libraries, else None."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not _uses_xcb(environ):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return QT_TRANSLATE_NOOP(
            "system_libraries",
            "Fant ingen skjerm å åpne vinduet på (DISPLAY er ikke satt); start rehablogg fra "
            "skrivebordet, eller bruk kommandoene som ikke trenger vindu (rehablogg --help).",
        )
    unreachable = _unreachable_local_display(environ.get("DISPLAY", ""))
    if unreachable is not None:
        return unreachable
    pyside = _pyside_dir()
    if pyside is None:
        return None
    plugin = pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return None
    missing = missing_system_libraries(plugin, pyside / "Qt" / "lib", load=_load)
    return missing_packages_sentence(missing) if missing else None
