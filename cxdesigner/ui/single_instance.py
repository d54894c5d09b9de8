"""One editor per user: starting the editor again with a file opens it in the running editor, in a new window.

The first editor listens on a local socket (``QLocalServer``) named for the user and their data folder
(``server_name``), readable by that user only. ``cxdesigner FILE`` first asks that server (``hand_over``): one
JSON line with the absolute paths and the read-only flag, answered by ``ok``. When the server answers, the file
opens there (``open_handed``: beside the newest window, or from the welcome screen) and the second process ends;
when nothing answers in time, the second process starts as a normal editor and becomes the server. A socket file
left by an editor that was killed is recognised (nobody answers on it) and replaced (``serve``).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

CONNECT_MS = 500
ANSWER_MS = 3000
MAX_MESSAGE = 64 * 1024
OK = b"ok\n"

_log = logging.getLogger(__name__)
_servers: list[EditorServer] = []


def server_name() -> str:
    """The socket's name: one per user and data folder (so a test's or a scratch HOME's editor is its own)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the data folder still tells users apart
        user = "user"
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    digest = hashlib.sha256(f"{user}\0{data}".encode()).hexdigest()[:16]
    safe = "".join(c for c in user if c.isalnum())[:16] or "user"
    return f"cxdesigner-{safe}-{digest}"


# ------------------------------------------------------------------ the second launch
def hand_over(paths: list[Path], read_only: bool = False, name: str | None = None) -> bool:
    """Ask the running editor to open ``paths``; True when it said it will, False when nobody answered."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = {"open": [str(Path(p).absolute()) for p in paths], "read_only": read_only}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    answered = socket.waitForBytesWritten(ANSWER_MS)
    while answered and not socket.canReadLine():
        answered = socket.waitForReadyRead(ANSWER_MS)
    reply = bytes(socket.readLine().data()) if answered else b""
    socket.disconnectFromServer()
    return reply == OK


# ------------------------------------------------------------------ the running editor
class EditorServer(QObject):
    """Listens for later launches; ``files_received`` carries the paths they hand over."""

    files_received = Signal(list, bool)
    """The absolute paths to open (``list[Path]``) and whether read-only."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start serving, unless another editor answers on the name (a ``--sample`` or welcome-screen start
        beside it): Qt would take the name from it. A socket nobody answers on (its editor was killed) is
        removed first."""
        if _answers(self.name):
            return False
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(socket.readLine().data())
        try:
            message = json.loads(line)
            paths = [Path(p) for p in message["open"] if isinstance(p, str)]
            read_only = bool(message.get("read_only", False))
        except (ValueError, KeyError, TypeError):
            _log.warning("a later launch sent a message that is not ours: %r", line[:200])
            socket.abort()
            return
        socket.write(OK)
        socket.flush()
        self.files_received.emit(paths, read_only)


def _answers(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    live = probe.waitForConnected(CONNECT_MS)
    probe.abort()
    return live


def serve(name: str | None = None) -> EditorServer | None:
    """Serve later launches from this editor (files open through ``open_handed``); None when another editor
    already does, or the socket cannot be made."""
    server = EditorServer(name or server_name(), QApplication.instance())
    if not server.listen():
        _log.info("not serving later launches: %s", server.server.errorString())
        server.deleteLater()
        return None
    server.files_received.connect(open_handed)
    _servers.append(server)
    return server


def stop_serving() -> None:
    """Close every server this process started (tests; the application's end closes them anyway)."""
    while _servers:
        server = _servers.pop()
        server.close()
        server.deleteLater()


def open_handed(paths: list[Path], read_only: bool = False) -> list[object]:
    """Open files a later launch handed over, each in a new window (a file already open raises its window); the
    windows opened or raised."""
    from cxdesigner.ui import opening
    from cxdesigner.ui.main_window import MainWindow, open_windows
    from cxdesigner.ui.welcome import WelcomeWindow

    shown: list[object] = []
    for path in paths:
        windows = open_windows()
        if windows:
            window = windows[-1].open_path(path, read_only=read_only)
        else:
            welcome = next((w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeWindow)), None)
            document = opening.open_project(path, read_only=read_only, parent=welcome)
            if document is None:
                window = None
            elif welcome is not None and welcome.isVisible():
                window = welcome.show_document(document)
            else:
                window = MainWindow.open_new(document)
        if window is not None:
            window.raise_()
            window.activateWindow()
            shown.append(window)
    return shown
