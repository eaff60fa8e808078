"""Test set-up shared by every test.

Qt must run offscreen, and that has to be decided before any QApplication exists, so it is set
at import time of this conftest, which pytest loads before any test module.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehablogg.core.catalogue import Catalogue, default_catalogue
from rehablogg.storage.database import Database, open_database_file

# A warning or error log line a test did not declare fails it (see tests/log_fail.py).
pytest_plugins = ["tests.log_fail"]
# Helper modules whose asserts fail tests: pytest explains those asserts as it does a test's own.
pytest.register_assert_rewrite(
    "tests.exchange.libreoffice", "tests.gui.windows", "tests.storage.on_disk"
)

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Keep Qt quiet about the offscreen platform having no real fonts/screens; real warnings still
# fail the test through pytest-qt's qt_log_level_fail.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data directory; none touches the real user data dir."""
    d = tmp_path / "data"
    monkeypatch.setenv("REHABLOGG_DATA_DIR", str(d))
    # Belt and braces: platformdirs would look here if REHABLOGG_DATA_DIR were ever ignored.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield d


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated database of its own for one test."""
    database = open_database_file(tmp_path / "test.sqlite3")
    yield database
    database.close()


@pytest.fixture
def catalogue() -> Catalogue:
    return default_catalogue()


_real_connect = socket.socket.connect


def _local_only_connect(self: socket.socket, address: object) -> object:
    """The app never goes online: any test that reaches for a non-local address fails."""
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0] if isinstance(address, tuple) else str(address)
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"network connection attempted to {address!r}")
    return _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _local_only_connect)


@pytest.fixture(autouse=True)
def no_dialog_answer_outlives_its_test() -> Iterator[None]:
    """An answer arranged with tests/gui/dialogs.py's when_modal that is still waiting when its
    test ends would answer a later test's dialog. Looked up, not imported: most tests need no Qt.
    """
    yield
    dialogs = sys.modules.get("tests.gui.dialogs")
    if dialogs is not None:
        dialogs.stop_waiting()
