"""One demo database and one export of it, shared by the read-only tests of this package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rehablogg.exchange.export import ExportResult
from rehablogg.storage.database import Database
from tests.exchange.helpers import demo_db, export_month


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo year ending 30.04.2025; tests must not change it (use their own for that)."""
    db = demo_db(tmp_path_factory.mktemp("demo-db"))
    yield db
    db.close()


@pytest.fixture(scope="session")
def march(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:
    """March 2025 of the demo year, exported with notes (not submitted)."""
    return export_month(demo, tmp_path_factory.mktemp("march"), include_notes=True)


@pytest.fixture(scope="session")
def march_csv(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:
    return export_month(demo, tmp_path_factory.mktemp("march-csv"), fmt="csv", include_notes=True)


@pytest.fixture
def march_copy(march: ExportResult, tmp_path: Path) -> Path:
    """A private copy of the March export for a test to change."""
    target = tmp_path / march.path.name
    target.write_bytes(march.path.read_bytes())
    return target
