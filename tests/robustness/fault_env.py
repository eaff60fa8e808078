"""Running the command line where the disk is full or a folder is read-only, as root or not.

A full disk: a tmpfs of a few hundred kilobytes mounted over the folder in a private mount
namespace of the child (``unshare -m``: the mount exists only for that child and vanishes with
it, so nothing leaks when a test is killed), which gives a real ``ENOSPC``. Where that is not
allowed (not root, or a container without the capability), ``RLIMIT_FSIZE`` in the child
instead: every write past the limit fails with ``EFBIG`` (Python ignores ``SIGXFSZ``), which is
what a full disk looks like to the program, except for its error number.

A read-only folder: a read-only bind mount in the same kind of namespace (``chmod`` does not
stop root, and CI runs as root); for other users ``chmod a-w``.

The tmpfs is gone when the child ends, so the child lists it first: :class:`Outcome` has every
file and folder under the full folder with its mode and size.
"""

from __future__ import annotations

import functools
import json
import os
import resource
import shlex
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.robustness.helpers import child_env

FULL_WORDS = ("Disken er full",)  # the sentence for ENOSPC
IO_WORDS = ("Disken er full", "Disken svarte med en feil")  # EFBIG: sqlite says "I/O error"


@functools.cache
def can_mount() -> bool:
    """True when this process may mount a tmpfs in a private mount namespace."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    try:
        done = subprocess.run(
            [
                "unshare",
                "-m",
                "sh",
                "-c",
                "d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "
                '"$d" && umount "$d" && rmdir "$d"',
            ],
            capture_output=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str
    listing: dict[str, tuple[int, int]] = field(default_factory=dict)  # rel path: (mode, size)

    @property
    def lines(self) -> list[str]:
        return self.stderr.strip().splitlines()


def _cli_code(args: Sequence[str], block_qt: bool) -> str:
    prefix = "import sys; sys.modules['PySide6'] = None; " if block_qt else "import sys; "
    return prefix + f"from rehablogg.cli import main; sys.exit(main({list(args)!r}))"


def _listing_code(folder: Path) -> str:
    return (
        "import os, sys, json; root = sys.argv[1]; out = {}\n"
        "for d, dirs, files in os.walk(root):\n"
        "    for n in dirs + files:\n"
        "        p = os.path.join(d, n); s = os.lstat(p)\n"
        "        out[os.path.relpath(p, root)] = [s.st_mode, s.st_size]\n"
        "print(json.dumps(out))\n"
    )


def run_cli_full(
    args: Sequence[str],
    *,
    folder: Path,
    seed: Path | None = None,
    free_kb: int = 64,
    fsize: int = 16 * 1024,
    data_dir: Path | None = None,
    block_qt: bool = True,
    timeout: float = 120,
) -> Outcome:
    """Run the CLI with ``folder`` full: a tmpfs of the size of ``seed`` (copied into it) plus
    ``free_kb``, or (without mount rights) ``seed`` copied to ``folder`` and every file
    limited to ``fsize`` bytes. ``folder`` must not exist."""
    env = child_env(data_dir)
    if can_mount():
        used = sum(p.stat().st_size + 4096 for p in seed.rglob("*")) if seed else 0
        size_kb = used // 1024 + free_kb + 16
        copy = f"cp -a {shlex.quote(str(seed))}/. {shlex.quote(str(folder))}/ && " if seed else ""
        listing = folder.parent / f".{folder.name}-listing.json"
        script = (
            f"mkdir -p {shlex.quote(str(folder))} && "
            f"mount -t tmpfs -o size={size_kb}k,mode=0755 tmpfs {shlex.quote(str(folder))} && "
            f"{copy}"
            f"{{ {shlex.quote(sys.executable)} -c {shlex.quote(_cli_code(args, block_qt))}; "
            f"rc=$?; {shlex.quote(sys.executable)} -c {shlex.quote(_listing_code(folder))} "
            f"{shlex.quote(str(folder))} > {shlex.quote(str(listing))}; exit $rc; }}"
        )
        done = subprocess.run(
            ["unshare", "-m", "sh", "-c", script],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            check=False,
        )
        assert listing.exists(), done.stderr  # the mount itself failed
        found = {k: (v[0], v[1]) for k, v in json.loads(listing.read_text()).items()}
        listing.unlink()
        folder.rmdir()
        return Outcome(done.returncode, done.stdout, done.stderr, found)
    folder.mkdir(parents=True)
    if seed is not None:
        shutil.copytree(seed, folder, dirs_exist_ok=True)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    done = subprocess.run(
        [sys.executable, "-c", _cli_code(args, block_qt)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
        preexec_fn=limited,
    )
    found = {
        str(p.relative_to(folder)): (p.lstat().st_mode, p.lstat().st_size)
        for p in folder.rglob("*")
    }
    return Outcome(done.returncode, done.stdout, done.stderr, found)


@contextmanager
def read_only(folder: Path) -> Iterator[list[str]]:
    """``folder`` read-only for the children started through the yielded command prefix:
    ``subprocess.run([*prefix, python, ...])``."""
    if can_mount():
        q = shlex.quote(str(folder))
        yield [
            "unshare",
            "-m",
            "sh",
            "-c",
            f'mount --bind {q} {q} && mount -o remount,bind,ro {q} && exec "$@"',
            "sh",
        ]
        return
    if os.geteuid() == 0:
        import pytest

        pytest.skip("read-only folders need a mount namespace when running as root")
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")] if p.is_dir()}
    for p in modes:
        p.chmod(stat.S_IMODE(modes[p]) & ~0o222)
    try:
        yield []
    finally:
        for p, mode in modes.items():
            p.chmod(stat.S_IMODE(mode))


def run_cli_prefixed(
    prefix: Sequence[str],
    args: Sequence[str],
    *,
    data_dir: Path | None = None,
    block_qt: bool = True,
    timeout: float = 120,
) -> Outcome:
    done = subprocess.run(
        [*prefix, sys.executable, "-c", _cli_code(args, block_qt)],
        capture_output=True,
        text=True,
        env=child_env(data_dir),
        timeout=timeout,
        check=False,
    )
    return Outcome(done.returncode, done.stdout, done.stderr)
