"""rehablogg benchmarks: run them all with ``python benchmarks/run.py`` (see README.md).

Each ``bench_*.py`` module here exposes ``benchmarks()`` returning a list of :class:`Result`.
"""

from benchmarks.run import Result

__all__ = ["Result"]
