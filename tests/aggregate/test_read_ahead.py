"""read_ahead (aggregate/read_ahead.py): the pieces come in order, a failure of the stream is
raised in its place, and a consumer that stops early leaves no thread behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from rehablogg.aggregate.read_ahead import read_ahead


def _pieces(count: int, made: list[int] | None = None) -> Iterator[bytes]:
    for i in range(count):
        if made is not None:
            made.append(i)
        yield str(i).encode()


def _threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "rehablogg-read-ahead"]


def test_every_piece_comes_in_order() -> None:
    assert list(read_ahead(_pieces(500), depth=3)) == [str(i).encode() for i in range(500)]
    assert list(read_ahead(iter([]))) == []
    assert not _threads()


def test_a_failing_stream_raises_in_the_consumer_after_the_pieces_before() -> None:
    def broken() -> Iterator[bytes]:
        yield b"a"
        yield b"b"
        raise OSError("the rendered rows are gone")

    got: list[bytes] = []
    with pytest.raises(OSError, match="rendered rows are gone"):
        for piece in read_ahead(broken()):
            got.append(piece)
    assert got == [b"a", b"b"]
    assert not _threads()


def test_a_consumer_that_stops_early_stops_the_thread() -> None:
    made: list[int] = []
    stream = read_ahead(_pieces(10_000, made), depth=2)
    assert next(stream) == b"0"
    stream.close()
    assert not _threads()
    assert len(made) < 10  # it stopped making pieces: no more than the queue could hold ahead
