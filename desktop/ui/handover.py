"""A kit file opened while Tresse is already open on the same data is handed to that window.

The window listens on a local socket (``QLocalServer``: a Unix domain socket or a Windows named pipe, never a
network connection) named after the data folder; a second launch with a ``.tresse`` file sends the file's path
there and ends, instead of being refused and the file lost.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop import paths

_TIMEOUT_MS = 2000
_MAX_BYTES = 8192


def server_name(data_dir: Path | None = None) -> str:
    """The socket's name for a data folder (one Tresse window per folder)."""
    folder = str(Path(data_dir or paths.user_data_dir()).resolve())
    return "tresse-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:16]


def send_file(path: str, data_dir: Path | None = None) -> bool:
    """Give *path* to the Tresse already open on the data folder; True when it received it."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    socket.write(str(Path(path).resolve()).encode("utf-8"))
    sent = socket.waitForBytesWritten(_TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent


class FileServer(QObject):
    """Receives the paths of kit files that later launches hand over.

    Signals:
        file_received(str): a path to import.
    """

    file_received = Signal(str)

    def __init__(self, data_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash (we hold the data folder's lock)
        self._open: dict[QLocalSocket, bytearray] = {}
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            self._open[socket] = buffer
            socket.readyRead.connect(lambda s=socket: self._collect(s))
            socket.disconnected.connect(lambda s=socket: self._done(s))
            self._collect(socket)

    def _collect(self, socket: QLocalSocket) -> None:
        buffer = self._open.get(socket)
        if buffer is not None and len(buffer) <= _MAX_BYTES:
            buffer += bytes(socket.readAll())

    def _done(self, socket: QLocalSocket) -> None:
        self._collect(socket)
        data = bytes(self._open.pop(socket, b""))  # the socket is the server's child: gone with it
        try:
            path = data.decode("utf-8")
        except UnicodeDecodeError:
            return
        if path and len(data) <= _MAX_BYTES and "\0" not in path:
            self.file_received.emit(path)

    def close(self) -> None:
        self.server.close()
