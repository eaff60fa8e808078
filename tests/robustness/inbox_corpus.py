"""A hostile inbox for ``aggregate``: things that are not regular files, names that are not
UTF-8 or not printable, links that lead nowhere or in circles, empty and tiny files.

``build_inbox(root, submission)`` makes the folder and returns what each entry is expected to
become, keyed by a label: ``(path, expected status, words of the expected reason)``. ``path``
is what the collection names the offer (the entry with its links followed); entries that are
never offered (hidden files) are not listed. Run as a script to make one in a folder of your
choice: ``python -m tests.robustness.inbox_corpus /tmp/innboks submission.xlsx``.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

NOT_REGULAR = "ikke en vanlig fil"
UNREADABLE = "kan ikke leses"
DAMAGED = "avvist"


@dataclass(frozen=True)
class Expected:
    path: str  # the offer's name in the collection (os.path.realpath, as text)
    status: str
    words: str = ""


def _fs(name: bytes | str) -> str:
    return os.fsdecode(name) if isinstance(name, bytes) else name


def _offer_name(path: Path) -> str:
    from rehablogg.core.regular_file import shown_path

    return shown_path(os.path.realpath(path))


def build_inbox(root: Path, submission: bytes) -> dict[str, Expected]:
    """Fill ``root`` (created) with hostile entries and one valid submission under a name that
    is not UTF-8."""
    root.mkdir(parents=True, exist_ok=True)
    expected: dict[str, Expected] = {}

    def expect(label: str, path: Path, status: str, words: str = "") -> None:
        expected[label] = Expected(_offer_name(path), status, words)

    sub = root / "undermappe"
    sub.mkdir()
    deep = sub / "dypere"
    deep.mkdir()
    # FIFOs: a plain open() blocks until a writer comes, which never happens.
    for i, name in enumerate(["rør.xlsx", "rør", "rør.csv", "rør.XLSX", "rør.toml"]):
        fifo = (root if i % 2 == 0 else sub) / name
        os.mkfifo(fifo)
        expect(f"fifo {name}", fifo, "avvist", NOT_REGULAR)
    deep_fifo = deep / "dyp.xlsx"
    os.mkfifo(deep_fifo)
    expect("dyp fifo", deep_fifo, "avvist", NOT_REGULAR)
    # Links to FIFOs are offered under the FIFO's own name: one offer per real file.
    for i in range(3):
        (root / f"lenke-til-rør-{i}.xlsx").symlink_to(root / "rør.xlsx")
    # Sockets (a folder short enough for AF_UNIX paths is not always at hand: skip if not).
    for name in ("sokkel.xlsx", "sokkel"):
        path = sub / name
        with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(path))
            expect(f"socket {name}", path, "avvist", NOT_REGULAR)
    # Devices, through links (making device nodes needs root; links do not).
    for device in ("/dev/zero", "/dev/urandom", "/dev/null", "/dev/full", "/dev/random"):
        if os.path.exists(device):
            link = root / f"enhet-{Path(device).name}.xlsx"
            link.symlink_to(device)
            expect(f"enhet {device}", link, "avvist", NOT_REGULAR)
    # Links that lead nowhere or in a circle.
    (root / "brutt.xlsx").symlink_to(root / "finnes-ikke.xlsx")
    expect("brutt lenke", root / "brutt.xlsx", "avvist", UNREADABLE)
    (root / "ring-a.xlsx").symlink_to("ring-b.xlsx")
    (root / "ring-b.xlsx").symlink_to("ring-a.xlsx")
    expect("ring a", root / "ring-a.xlsx", "avvist", UNREADABLE)
    expect("ring b", root / "ring-b.xlsx", "avvist", UNREADABLE)
    # Names that are not UTF-8, or not printable: the run must go on and name them safely.
    junk_names: list[bytes | str] = [
        b"\xff\xfe.xlsx",
        b"\xc3(.xlsx",
        b"m\xe5ned-latin1-s\xf8ppel.xlsx",
        "linje\nskift.xlsx",
        "tab\tulator.xlsx",
        "escape-\x1b[31m-rød.xlsx",
        "bak\\strek.xlsx",
        "nul-liknende-\x7f.xlsx",
        "c1-\x85-tegn.xlsx",
        "x" * 200 + ".xlsx",
        "  mellomrom  .xlsx",
        '=HYPERLINK("x").xlsx',
    ]
    for i, name in enumerate(junk_names):
        path = sub / _fs(name)
        path.write_bytes(b"PK\x03\x04" + bytes([i]) * 64)
        expect(f"navn {i}", path, "avvist", "")
    # Empty, one byte, a folder named like a workbook (searched, not offered).
    (root / "tom.xlsx").write_bytes(b"")
    expect("tom", root / "tom.xlsx", "avvist")
    (root / "en-byte.xlsx").write_bytes(b"P")
    expect("en byte", root / "en-byte.xlsx", "avvist")
    (root / "mappe.xlsx").mkdir()
    # Hidden files and Office lock files are never offered.
    (root / ".skjult.xlsx").write_bytes(submission)
    (root / "~$laas.xlsx").write_bytes(b"lock")
    # The one valid submission, under a Latin-1 name.
    good = root / _fs(b"innlevering-m\xe5ned.xlsx")
    good.write_bytes(submission)
    expect("gyldig latin-1", good, "godtatt")
    return expected


def main(argv: list[str]) -> int:  # pragma: no cover - a tool for people
    if len(argv) != 3:
        print(
            "bruk: python -m tests.robustness.inbox_corpus MAPPE INNLEVERING.xlsx", file=sys.stderr
        )
        return 2
    made = build_inbox(Path(argv[1]), Path(argv[2]).read_bytes())
    print(f"{len(made)} oppføringer i {argv[1]}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv))
