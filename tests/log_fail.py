"""A log line at WARNING or above that a test did not ask for fails the test.

The app logs its failures (a backup that could not be written, a save that went wrong, an
aggregate that crashed in its worker) and then carries on, so a test can pass while the code under
it quietly failed. qutebrowser's ``logfail`` closes that gap; this is the same idea, kept per test:

- a handler on the root logger records every record at WARNING or above, whatever handlers the
  app itself has attached (``storage/logs.py`` writes to files; records still propagate to the
  root logger, and tests/test_log_fail.py proves they arrive here);
- after the test (and again after its teardown) any record no ``expect_log`` marker accounts for
  fails it, naming logger, level and message;
- a test that expects a line says so with
  ``@pytest.mark.expect_log(pattern, level=..., logger=...)`` (a regular expression searched in
  the message; ``level`` is the exact level name, ``logger`` the logger or a parent of it). An
  expectation that no record met fails the test too, so a marker cannot outlive the behaviour
  it documents.

Records logged in a child process (the CLI and crash tests) go to that process's own files and are
not seen here; those tests check the child's output instead.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Generator
from dataclasses import dataclass

import pytest

THRESHOLD = logging.WARNING


@dataclass
class Expectation:
    pattern: re.Pattern[str]
    level: str | None
    logger: str | None
    met: bool = False

    def matches(self, record: logging.LogRecord) -> bool:
        if self.level is not None and record.levelname != self.level:
            return False
        if self.logger is not None and not (
            record.name == self.logger or record.name.startswith(self.logger + ".")
        ):
            return False
        return self.pattern.search(_message(record)) is not None


class Recorder(logging.Handler):
    """Keeps the records of the running test; a plain list, as other threads log too."""

    def __init__(self) -> None:
        super().__init__(THRESHOLD)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def take(self) -> list[logging.LogRecord]:
        taken, self.records = self.records, []
        return taken


@dataclass
class TestLogs:
    expectations: list[Expectation]
    call_failed: bool = False


_recorder_key = pytest.StashKey[Recorder]()
_test_key = pytest.StashKey[TestLogs]()


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # a bad format string is still a line someone should see
        return f"{record.msg!r} % {record.args!r}"


def _expectations(item: pytest.Item) -> list[Expectation]:
    found = []
    for mark in item.iter_markers("expect_log"):
        if len(mark.args) != 1 or set(mark.kwargs) - {"level", "logger"}:
            raise pytest.UsageError(
                f"{item.nodeid}: expect_log takes one pattern and optionally level= and logger="
            )
        found.append(
            Expectation(
                re.compile(mark.args[0]), mark.kwargs.get("level"), mark.kwargs.get("logger")
            )
        )
    return found


def _check(item: pytest.Item, stale_too: bool) -> None:
    state = item.stash.get(_test_key, None)
    records = item.config.stash[_recorder_key].take()
    if state is None or state.call_failed:
        return  # the test failed already; its log lines are in pytest's captured-log section
    unexpected = []
    for record in records:
        hits = [e for e in state.expectations if e.matches(record)]
        for expectation in hits:
            expectation.met = True
        if not hits:
            unexpected.append(record)
    problems = [f"  {r.levelname} {r.name}: {_message(r)}" for r in unexpected]
    if unexpected:
        problems.insert(
            0,
            "unexpected log lines (a test that expects one says so with "
            "@pytest.mark.expect_log(pattern)):",
        )
    if stale_too:
        stale = [e for e in state.expectations if not e.met]
        if stale:
            problems.append("expected log lines that never came:")
            problems += [
                f"  {e.level or 'any level'} {e.logger or 'any logger'}: /{e.pattern.pattern}/"
                for e in stale
            ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "expect_log(pattern, level=None, logger=None): the test expects a log line "
        "at WARNING or above whose message matches the regular expression pattern",
    )
    recorder = Recorder()
    config.stash[_recorder_key] = recorder
    logging.getLogger().addHandler(recorder)


def pytest_unconfigure(config: pytest.Config) -> None:
    recorder = config.stash.get(_recorder_key, None)
    if recorder is not None:
        logging.getLogger().removeHandler(recorder)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    item.config.stash[_recorder_key].take()  # anything a previous test's threads left behind
    item.stash[_test_key] = TestLogs(_expectations(item))
    try:
        return (yield)
    except BaseException:
        del item.stash[_test_key]  # a skipped or broken set-up has nothing to answer for
        raise


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    try:
        result = yield
        _check(item, stale_too=False)
    except BaseException:
        if _test_key in item.stash:
            item.stash[_test_key].call_failed = True
        raise
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    result = yield
    try:
        _check(item, stale_too=True)
    finally:
        if _test_key in item.stash:
            del item.stash[_test_key]
    return result
