"""One running app per data directory: a second start asks the first to come forward.

Uses a local socket (QLocalServer: a named pipe on Windows, a Unix socket elsewhere), never a
network connection. The name is derived from the data directory, so two different
``--data-dir`` folders run side by side.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 300


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}|{data_dir.resolve()}".encode()).hexdigest()
    return f"rehablogg-{digest[:20]}"


def ask_running_instance(name: str) -> bool:
    """True when another app answered and was asked to bring its window forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same data directory."""

    raise_requested = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.server = QLocalServer(self)
        # A crashed run can leave its socket file behind; nobody answered it, so remove it.
        QLocalServer.removeServer(name)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()
