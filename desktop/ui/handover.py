"""A kit file opened while Tresse is already open on the same data is handed to that window.

The window listens on a local socket (``QLocalServer``: a Unix domain socket or a Windows named pipe, never a
network connection) named after the data folder; a second launch with a ``.tresse`` file sends the file's path
there and ends, instead of being refused and the file lost.

The window starts listening right after its first paint (``QtNetwork`` and the server are not part of the start):
a launch that finds the data folder locked meanwhile — the first Tresse still opening — tries again for
:data:`WAIT_S` seconds before saying that Tresse is already open. ``QtNetwork`` is imported here only, when the
server starts or a file is handed over.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop import paths
from desktop.domain.checksum import sha256

_TIMEOUT_MS = 2000
_MAX_BYTES = 8192
#: How long a launch waits for the open Tresse to listen (it listens once its window is painted, and a window
#: started minimised is never painted: it listens after ``first_paint.FALLBACK_MS``, 3 s, then).
WAIT_S = 10.0
_RETRY_S = 0.1
_pause = time.sleep  # between two tries (the tests watch it)


def server_name(data_dir: Path | None = None) -> str:
    """The socket's name for a data folder (one Tresse window per folder)."""
    folder = str(Path(data_dir or paths.user_data_dir()).resolve())
    return "tresse-" + sha256(folder.encode("utf-8")).hexdigest()[:16]


def send_file(path: str, data_dir: Path | None = None, wait_s: float = WAIT_S) -> bool:
    """Give *path* to the Tresse already open on the data folder; True when it received it.

    While nobody listens yet (that Tresse still opening), try again for *wait_s* seconds."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + wait_s
    socket = QLocalSocket()
    while True:
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(_TIMEOUT_MS):
            break
        not_yet = socket.error() in (QLocalSocket.LocalSocketError.ServerNotFoundError,
                                     QLocalSocket.LocalSocketError.ConnectionRefusedError)
        socket.abort()
        if not not_yet or time.monotonic() + _RETRY_S > deadline:
            return False
        _pause(_RETRY_S)
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
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash (we hold the data folder's lock)
        self._open: dict[object, bytearray] = {}  # QLocalSocket → what it sent so far
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

    def _collect(self, socket) -> None:
        buffer = self._open.get(socket)
        if buffer is not None and len(buffer) <= _MAX_BYTES:
            buffer += bytes(socket.readAll())

    def _done(self, socket) -> None:
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


class Handover:
    """The server of a window's life (:class:`FileServer`), started by :meth:`listen` once the first window is
    painted, and the window it hands files to: the one open (a restore closes it and opens another)."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self._data_dir = data_dir
        self.server: FileServer | None = None
        self._opener = None  # the open window's slot for a file handed over
        self._connected = False

    def hand_to(self, opener) -> None:
        """Hand the files received from now on to *opener* (None: to nobody, the window is closing)."""
        if self._connected:
            self.server.file_received.disconnect(self._opener)
            self._connected = False
        self._opener = opener
        self._connect()

    def listen(self) -> None:
        """Start the server (once; later calls only connect the window open)."""
        if self.server is None:
            self.server = FileServer(self._data_dir)
        self._connect()

    def _connect(self) -> None:
        if self.server is not None and self._opener is not None and not self._connected:
            self.server.file_received.connect(self._opener)
            self._connected = True

    def close(self) -> None:
        self.hand_to(None)
        if self.server is not None:
            self.server.close()
