"""The wheel must carry every package and the data files (the installed app has no checkout)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_python_package_is_declared() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "rehablogg").rglob("__init__.py")
    }
    assert found <= _declared(), f"missing from pyproject.toml: {sorted(found - _declared())}"


def test_resources_are_mapped_into_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-dir"]["rehablogg.resources"] == "resources"
    globs = config["tool"]["setuptools"]["package-data"]["rehablogg.resources"]
    # Sources of shipped files stay out of the wheel: translation sources (.ts, compiled to
    # the shipped .qm) and the script that compiles them.
    sources = {".ts", ".py"}
    shipped = {
        p.suffix
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in sources and "__pycache__" not in p.parts
    }
    covered = {g.rsplit(".", 1)[1] for g in globs}
    assert {s.lstrip(".") for s in shipped} <= covered
