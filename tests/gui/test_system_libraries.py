"""The check that names missing desktop libraries before Qt can abort the process (exit 134)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from rehablogg.gui import system_libraries as sl

PYSIDE = sl._pyside_dir()
XCB_PLUGIN = None if PYSIDE is None else PYSIDE / "Qt" / "plugins" / "platforms" / "libqxcb.so"
needs_linux_plugin = pytest.mark.skipif(
    XCB_PLUGIN is None or not XCB_PLUGIN.is_file(), reason="PySide6's xcb plugin is Linux-only"
)


def _elf_with_needed(path: Path, sonames: list[str]) -> Path:
    """A minimal 64-bit ELF file with a .dynamic section naming ``sonames`` in DT_NEEDED."""
    strtab = b"\0" + b"".join(s.encode() + b"\0" for s in sonames)
    offsets, pos = [], 1
    for s in sonames:
        offsets.append(pos)
        pos += len(s) + 1
    dynamic = b"".join(struct.pack("<qQ", 1, o) for o in offsets) + struct.pack("<qQ", 0, 0)
    header_size, shentsize = 64, 64
    strtab_off = header_size
    dynamic_off = strtab_off + len(strtab)
    shoff = dynamic_off + len(dynamic)
    null = bytes(shentsize)
    strtab_sh = struct.pack("<IIQQQQIIQQ", 0, 3, 0, 0, strtab_off, len(strtab), 0, 0, 1, 0)
    dynamic_sh = struct.pack("<IIQQQQIIQQ", 0, 6, 0, 0, dynamic_off, len(dynamic), 1, 0, 8, 16)
    ident = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    header = ident + struct.pack(
        "<HHIQQQIHHHHHH", 3, 62, 1, 0, 0, shoff, 0, header_size, 0, 0, shentsize, 3, 0
    )
    path.write_bytes(header + strtab + dynamic + null + strtab_sh + dynamic_sh)
    return path


def test_needed_libraries_are_read_from_the_dynamic_section(tmp_path: Path) -> None:
    elf = _elf_with_needed(tmp_path / "libx.so", ["libxcb-icccm.so.4", "libc.so.6"])
    assert sl.needed_libraries(elf) == ["libxcb-icccm.so.4", "libc.so.6"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not an elf",
        b"\x7fELF" + bytes(12),
        b"\x7fELF\x02\x01\x01" + bytes(57) + b"\xff" * 200,
    ],
)
def test_a_broken_file_gives_no_names_rather_than_an_error(tmp_path: Path, content: bytes) -> None:
    broken = tmp_path / "broken.so"
    broken.write_bytes(content)
    assert sl.needed_libraries(broken) == []
    assert sl.needed_libraries(tmp_path / "absent.so") == []


def test_missing_libraries_are_followed_through_the_bundled_ones(tmp_path: Path) -> None:
    bundled = tmp_path / "lib"
    bundled.mkdir()
    _elf_with_needed(bundled / "libQt6XcbQpa.so.6", ["libxcb-keysyms.so.1", "libc.so.6"])
    plugin = _elf_with_needed(
        tmp_path / "libqxcb.so", ["libQt6XcbQpa.so.6", "libxcb-icccm.so.4", "libc.so.6"]
    )
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    missing = sl.missing_system_libraries(
        plugin, bundled, load=lambda s: s if s in absent else None
    )
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_sentence_names_the_packages_to_install() -> None:
    sentence = sl.missing_packages_sentence(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in sentence
    assert "xcb-util-wm" in sentence and "\n" not in sentence
    unknown = sl.missing_packages_sentence(["libodd.so.9"])
    assert "libodd.so.9" in unknown


def test_every_library_the_real_plugin_needs_from_the_system_has_a_package() -> None:
    if XCB_PLUGIN is None or not XCB_PLUGIN.is_file() or PYSIDE is None:
        pytest.skip("PySide6's xcb plugin is Linux-only")
    asked: list[str] = []
    sl.missing_system_libraries(
        XCB_PLUGIN, PYSIDE / "Qt" / "lib", load=lambda s: asked.append(s) or None
    )
    assert "libxcb-icccm.so.4" in asked and "libxcb-keysyms.so.1" in asked
    basics = {
        "libc.so.6",
        "libm.so.6",
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libpthread.so.0",
        "libdl.so.2",
        "librt.so.1",
        "ld-linux-x86-64.so.2",
        "libz.so.1",
    }
    unnamed = [s for s in asked if s not in sl.PACKAGES and s not in basics]
    assert unnamed == [], f"add these to PACKAGES and README's system packages: {unnamed}"


def test_no_check_off_linux_or_on_another_platform_plugin() -> None:
    assert sl.desktop_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert sl.desktop_problem({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "w"}) is None


@needs_linux_plugin
def test_no_display_gets_one_sentence_from_the_real_command() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from rehablogg.cli import main; "
            "sys.exit(main(['--data-dir', sys.argv[1]]))",
            "/nonexistent/x",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "DISPLAY" in done.stderr


@needs_linux_plugin
def test_missing_libraries_get_one_sentence_from_the_real_command() -> None:
    missing = sl.missing_system_libraries(XCB_PLUGIN, PYSIDE / "Qt" / "lib")  # type: ignore[operator]
    if not missing:
        pytest.skip("this machine has every library the xcb plugin needs")
    # A remote-style display: the local X-socket check does not apply, so the library check
    # speaks whatever sockets this machine has.
    env = dict(os.environ, DISPLAY="localhost:404", QT_QPA_PLATFORM="xcb")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from rehablogg.cli import main; "
            "sys.exit(main(['--data-dir', sys.argv[1]]))",
            "/nonexistent/x",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and missing[0] in done.stderr


def test_a_local_display_without_its_x_server_gets_one_sentence(tmp_path: Path) -> None:
    sockets = tmp_path / ".X11-unix"
    sockets.mkdir()
    (sockets / "X0").touch()
    assert sl._unreachable_local_display(":0", sockets) is None
    assert sl._unreachable_local_display(":0.0", sockets) is None
    assert sl._unreachable_local_display("localhost:10.0", sockets) is None  # over ssh
    sentence = sl._unreachable_local_display(":99", sockets)
    assert sentence is not None and "DISPLAY=:99" in sentence and "\n" not in sentence
    assert sl._unreachable_local_display(":99", tmp_path / "absent") is None


@needs_linux_plugin
def test_the_library_check_runs_for_a_remote_display(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever this machine has installed: with the loader refusing one library, the real
    plugin's dependency walk names it and its package."""
    monkeypatch.setattr(sl, "_load", lambda s: s if s == "libxcb-icccm.so.4" else None)
    sentence = sl.desktop_problem({"DISPLAY": "localhost:404", "QT_QPA_PLATFORM": "xcb"})
    assert sentence is not None and "libxcb-icccm4" in sentence
