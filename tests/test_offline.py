"""The app never opens a network connection; local sockets for the single-instance check aside."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "rehablogg"
NETWORK_MODULES = {
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
    "socket",
    "ssl",
    "ftplib",
    "smtplib",
    "urllib3",
    "websocket",
    "xmlrpc",
}
ALLOWED_QTNETWORK = {"QLocalServer", "QLocalSocket"}


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [a.name for a in node.names]))
    return found


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_network_libraries(path: Path) -> None:
    for module, names in _imports(path):
        root = module.split(".")[0]
        assert root not in NETWORK_MODULES, f"{path} imports {module}"
        if module == "PySide6.QtNetwork":
            assert set(names) <= ALLOWED_QTNETWORK, f"{path} imports {names} from QtNetwork"


def test_the_guard_refuses_non_local_connections() -> None:
    with socket.socket() as s, pytest.raises(AssertionError, match="network connection"):
        s.connect(("192.0.2.1", 80))
