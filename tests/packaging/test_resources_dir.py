"""resources_dir finds the data files in a frozen bundle, and only there when frozen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rehablogg import resources_dir


def test_frozen_bundle_uses_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "catalogue").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir.resources_root() == tmp_path / "resources"
    assert resources_dir.resource_path("catalogue", "x.toml") == (
        tmp_path / "resources" / "catalogue" / "x.toml"
    )


def test_meipass_without_frozen_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stray _MEIPASS (another tool's) must not redirect a checkout or a wheel."""
    (tmp_path / "resources").mkdir()
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    root = resources_dir.resources_root()
    assert root != tmp_path / "resources"
    assert (root / "catalogue").is_dir()
