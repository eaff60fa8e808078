"""A zip member whose deflated bytes are made elsewhere: the CRC-32 of joined pieces, and
writing such a member into a ``zipfile.ZipFile``.

The summary's row sheets are most of its bytes. The row-sheet worker deflates their rows once,
for good, as a raw deflate stream that ends with a sync flush (byte-aligned, not final), so the
summary can put openpyxl's start of the sheet in front of it and the end of the sheet after it
as one valid deflate stream, without inflating and deflating 700 MB of rows a second time in
the aggregate process (benchmarks/README.md). zipfile compresses whatever it is given and has no
way to take bytes already deflated, hence :func:`write_deflated`.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable

_POLYNOMIAL = 0xEDB88320  # CRC-32 as zlib and zip compute it (reflected)


def _times(matrix: list[int], vector: int) -> int:
    """A 32×32 matrix over GF(2) (one int per column) times a vector."""
    total = 0
    column = 0
    while vector:
        if vector & 1:
            total ^= matrix[column]
        vector >>= 1
        column += 1
    return total


def _squared(matrix: list[int]) -> list[int]:
    return [_times(matrix, column) for column in matrix]


def crc32_combine(crc1: int, crc2: int, length2: int) -> int:
    """The CRC-32 of ``A + B`` from ``crc1`` (of A), ``crc2`` (of B) and B's length: A's CRC
    carried through ``length2`` zero bytes by repeated squaring of the one-zero-bit operator,
    then B's added (zlib's ``crc32_combine``, which Python's zlib does not offer)."""
    if length2 <= 0:
        return crc1
    odd = [_POLYNOMIAL] + [1 << n for n in range(31)]  # one zero bit
    even = _squared(odd)  # two zero bits
    odd = _squared(even)  # four zero bits
    while True:
        even = _squared(odd)  # eight zero bits (one byte), then 32, 128 … bits
        if length2 & 1:
            crc1 = _times(even, crc1)
        length2 >>= 1
        if not length2:
            break
        odd = _squared(even)
        if length2 & 1:
            crc1 = _times(odd, crc1)
        length2 >>= 1
        if not length2:
            break
    return crc1 ^ crc2


class DeflatedMemberError(RuntimeError):
    """The pieces are not the length the member says (a programming error)."""


def write_deflated(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, pieces: Iterable[bytes]
) -> None:
    """Write ``member`` into ``archive`` (open for writing, on a seekable file) from its
    deflated ``pieces``; ``member`` gives CRC, ``file_size`` and ``compress_size``. What
    ``ZipFile.open(member, "w", force_zip64=True)`` does, except that the local header is
    written once, complete, and nothing is compressed here."""
    member.compress_type = zipfile.ZIP_DEFLATED
    member.flag_bits = 0
    if not member.external_attr:
        member.external_attr = 0o600 << 16  # as zipfile: owner read and write
    fp = archive.fp
    assert fp is not None
    fp.seek(archive.start_dir)
    member.header_offset = fp.tell()
    archive._writecheck(member)  # type: ignore[attr-defined]  # a name twice, too many members
    archive._didModify = True  # type: ignore[attr-defined]
    fp.write(member.FileHeader(True))  # zip64 sizes, as forced
    written = 0
    for piece in pieces:
        fp.write(piece)
        written += len(piece)
    if written != member.compress_size:
        raise DeflatedMemberError(
            f"{member.filename}: {written} bytes, {member.compress_size} said"
        )
    archive.start_dir = fp.tell()
    archive.filelist.append(member)
    archive.NameToInfo[member.filename] = member
