"""The log-fail plugin (tests/log_fail.py) fails what it should and nothing else.

Each case runs a small test file in an inner pytest session. The inner tests log on purpose, and
the outer test sees those records too, so each outer test expects them with the same marker the
plugin provides.
"""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]


def run(pytester: pytest.Pytester, source: str) -> pytest.RunResult:
    pytester.makepyfile(test_inner=source)
    return pytester.runpytest("-p", "tests.log_fail", "-p", "no:cacheprovider")


@pytest.mark.expect_log("disk full", logger="rehablogg")
def test_an_unexpected_warning_fails_even_with_the_apps_file_handler(
    pytester: pytest.Pytester,
) -> None:
    result = run(
        pytester,
        """
import logging
from rehablogg.storage.logs import close_logging, setup_logging
from rehablogg.storage.paths import DataPaths

def test_backup(tmp_path):
    paths = DataPaths(tmp_path)
    setup_logging(paths)  # the app's own rotating file handler
    try:
        logging.getLogger("rehablogg.app").warning("daily backup failed: %s", "disk full")
    finally:
        close_logging(paths)
""",
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*unexpected log lines*", "*WARNING rehablogg.app: daily backup failed: disk full*"]
    )


@pytest.mark.expect_log("aggregate failed", level="ERROR")
def test_a_record_from_another_thread_counts(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
import logging, threading

def test_worker():
    t = threading.Thread(target=lambda: logging.getLogger("x").error("aggregate failed"))
    t.start()
    t.join()
""",
    )
    result.assert_outcomes(failed=1)


@pytest.mark.expect_log("quick_check failed")
def test_a_declared_line_passes(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
import logging, pytest

@pytest.mark.expect_log("quick_check failed", level="ERROR", logger="rehablogg")
def test_damaged():
    logging.getLogger("rehablogg.app").error("quick_check failed for %s", "x.sqlite3")
""",
    )
    result.assert_outcomes(passed=1)


@pytest.mark.expect_log("quick_check failed")
def test_a_declaration_must_match_level_and_logger(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
import logging, pytest

@pytest.mark.expect_log("quick_check failed", level="ERROR")
def test_wrong_level():
    logging.getLogger("rehablogg.app").warning("quick_check failed")

@pytest.mark.expect_log("quick_check failed", logger="rehablogg")
def test_wrong_logger():
    logging.getLogger("rehablogger").error("quick_check failed")
""",
    )
    result.assert_outcomes(failed=2)


def test_an_expected_line_that_never_comes_fails(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
import pytest

@pytest.mark.expect_log("daily backup failed")
def test_backup():
    pass
""",
    )
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*expected log lines that never came*", "*/daily backup failed/*"])


@pytest.mark.expect_log("stopping")
def test_a_line_logged_in_teardown_counts(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
import logging, pytest

@pytest.fixture
def app():
    yield
    logging.getLogger("rehablogg.app").warning("stopping")

def test_app(app):
    pass
""",
    )
    result.assert_outcomes(passed=1, errors=1)


def test_info_lines_and_failing_tests_are_left_alone(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
import logging

def test_info():
    logging.getLogger("rehablogg.app").info("saved entry 1")

def test_fails():
    assert False
""",
    )
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.no_fnmatch_line("*unexpected log lines*")
