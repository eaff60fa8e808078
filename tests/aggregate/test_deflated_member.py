"""A member deflated elsewhere, in pieces, and written into a zip by hand
(aggregate/deflated_member.py): its CRC is that of the joined bytes, and zipfile, calamine and
openpyxl read it back."""

from __future__ import annotations

import random
import zipfile
import zlib
from pathlib import Path

import pytest

from rehablogg.aggregate.deflated_member import (
    DeflatedMemberError,
    crc32_combine,
    write_deflated,
)


@pytest.mark.parametrize("sizes", [(0, 0), (0, 5), (5, 0), (1, 1), (3, 1000), (70_000, 1 << 20)])
def test_crc_of_two_pieces_is_the_crc_of_both(sizes: tuple[int, int]) -> None:
    rng = random.Random(sum(sizes))
    a, b = rng.randbytes(sizes[0]), rng.randbytes(sizes[1])
    assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def test_crc_of_many_pieces() -> None:
    rng = random.Random(7)
    pieces = [rng.randbytes(rng.randrange(0, 3000)) for _ in range(40)]
    crc = 0
    for piece in pieces:
        crc = crc32_combine(crc, zlib.crc32(piece), len(piece))
    assert crc == zlib.crc32(b"".join(pieces))


def _deflated(texts: list[bytes]) -> list[bytes]:
    """Each text its own raw deflate stream, all but the last ended with a sync flush."""
    out = []
    for i, text in enumerate(texts):
        compressor = zlib.compressobj(1, zlib.DEFLATED, -zlib.MAX_WBITS)
        end = zlib.Z_FINISH if i == len(texts) - 1 else zlib.Z_SYNC_FLUSH
        out.append(compressor.compress(text) + compressor.flush(end))
    return out


def _member(name: str, texts: list[bytes], deflated: list[bytes]) -> zipfile.ZipInfo:
    member = zipfile.ZipInfo(name, (2026, 12, 5, 0, 0, 0))
    crc = 0
    for text in texts:
        crc = crc32_combine(crc, zlib.crc32(text), len(text))
    member.CRC = crc
    member.file_size = sum(map(len, texts))
    member.compress_size = sum(map(len, deflated))
    return member


def test_a_member_written_by_hand_reads_back_with_its_crc(tmp_path: Path) -> None:
    texts = [b"<head>" * 100, b"<row>1</row>" * 50_000, b"", b"</tail>"]
    deflated = _deflated(texts)
    target = tmp_path / "pakke.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("first.txt", b"before")
        write_deflated(archive, _member("sheet.xml", texts, deflated), deflated)
        archive.writestr("last.txt", b"after")
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None  # every member's CRC checked
        assert archive.read("sheet.xml") == b"".join(texts)
        assert archive.namelist() == ["first.txt", "sheet.xml", "last.txt"]
        assert archive.read("last.txt") == b"after"


def test_a_wrong_crc_is_caught_by_the_reader(tmp_path: Path) -> None:
    texts = [b"abc" * 1000, b"def"]
    deflated = _deflated(texts)
    member = _member("x.xml", texts, deflated)
    member.CRC ^= 1
    target = tmp_path / "feil.zip"
    with zipfile.ZipFile(target, "w") as archive:
        write_deflated(archive, member, deflated)
    with zipfile.ZipFile(target) as archive, pytest.raises(zipfile.BadZipFile):
        archive.read("x.xml")


def test_pieces_of_another_length_than_said_are_refused(tmp_path: Path) -> None:
    texts = [b"abc"]
    deflated = _deflated(texts)
    member = _member("x.xml", texts, deflated)
    member.compress_size += 1
    with (
        zipfile.ZipFile(tmp_path / "kort.zip", "w") as archive,
        pytest.raises(DeflatedMemberError),
    ):
        write_deflated(archive, member, deflated)
