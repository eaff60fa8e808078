"""Where data goes, and that nothing is created before it is needed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from rehablogg.storage.paths import ENV_VAR, ensure_data_dir, resolve_data_dir


def test_explicit_dir_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag").root == (tmp_path / "flag").resolve()
    assert resolve_data_dir().root == (tmp_path / "env").resolve()


def test_default_is_the_local_platform_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(ENV_VAR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir().root == tmp_path / "xdg" / "rehablogg"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_dir_is_private(tmp_path: Path) -> None:
    paths = ensure_data_dir(resolve_data_dir(tmp_path / "d"))
    assert stat.S_IMODE(paths.root.stat().st_mode) == 0o700


def test_importing_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "must-not-exist"
    env = dict(os.environ, **{ENV_VAR: str(target)})
    code = (
        "import rehablogg.cli, rehablogg.storage.database, rehablogg.storage.queries, "
        "rehablogg.core.catalogue, rehablogg.core.entry"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert not target.exists()
