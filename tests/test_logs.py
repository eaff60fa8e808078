"""Logs rotate in the data folder and never hold an identity number, client label or note."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from rehablogg.core.identity import IdKind
from rehablogg.storage.logs import close_logging, scrub, setup_logging
from rehablogg.storage.paths import resolve_data_dir
from tests.identity_factory import example


def make_fnr() -> str:
    # Synthetic: built from the check-digit rules, month + 80 as in the test registry.
    return example(IdKind.SYNTHETIC, date(1990, 5, 17))


def test_scrub_removes_identity_numbers() -> None:
    fnr = make_fnr()
    assert fnr not in scrub(f"KeyError: {fnr}")
    assert fnr[:6] + " " + fnr[6:] not in scrub(f"nr {fnr[:6]} {fnr[6:]} i teksten")
    assert scrub("entry 0f2c code I04 45 min") == "entry 0f2c code I04 45 min"


# The errors are logged on purpose: the file they land in is what is checked.
@pytest.mark.expect_log("failed for", level="ERROR", logger="rehablogg")
@pytest.mark.expect_log("boom", level="ERROR", logger="rehablogg")
def test_log_file_is_scrubbed(tmp_path: Path) -> None:
    paths = resolve_data_dir(tmp_path)
    logger = setup_logging(paths)
    fnr = make_fnr()
    try:
        logging.getLogger("rehablogg.test").error("failed for %s", fnr)
        try:
            raise ValueError(f"bad value {fnr}")
        except ValueError:
            logging.getLogger("rehablogg.test").exception("boom")
    finally:
        for handler in logger.handlers:
            handler.flush()
        close_logging(paths)
    text = (paths.logs / "rehablogg.log").read_text(encoding="utf-8")
    assert "failed for [personnummer fjernet]" in text
    assert fnr not in text


def test_a_previous_crash_is_read_once(tmp_path: Path) -> None:
    from rehablogg.storage.logs import take_previous_fault

    paths = resolve_data_dir(tmp_path)
    paths.logs.mkdir(parents=True)
    (paths.logs / "fatal.log").write_text("Fatal Python error: Segmentation fault\n")
    assert "Segmentation fault" in (take_previous_fault(paths) or "")
    assert take_previous_fault(paths) is None  # shown once
