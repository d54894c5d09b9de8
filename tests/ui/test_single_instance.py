"""One editor per user: a second launch hands its file to the running editor, which opens a new window on it;
with nobody answering (no editor, or a socket left by a killed one) the launch starts an editor of its own."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QTimer
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from cxdesigner import app as app_module
from cxdesigner.document import Document
from cxdesigner.ui import opening, single_instance
from cxdesigner.ui.main_window import MainWindow, open_windows
from cxdesigner.ui.opening import LockedChoice
from tests.conftest import small_map

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A file that cannot be opened here is a failure of the test, not a dialog waiting for a click."""
    shown: list[str] = []
    monkeypatch.setattr(opening, "show_error", lambda parent, message: shown.append(message))
    monkeypatch.setattr(opening, "ask_locked", lambda parent, message: shown.append(message) or LockedChoice.CANCEL)
    return shown


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "second.cxd"
    Document.create(path, small_map()).close()
    return path


@pytest.fixture
def serving(window: MainWindow) -> Iterator[single_instance.EditorServer]:
    """The running editor: a window and the server a normal start opens."""
    server = single_instance.serve()
    assert server is not None and server.server.isListening()
    yield server
    single_instance.stop_serving()


def _launch(*args: str) -> subprocess.Popen[str]:
    """``cxdesigner ARGS`` as a separate process of the same user, with this test's data folders."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "cxdesigner", *args], env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _stale_socket(name: str) -> Path:
    """A socket file like the one a killed editor leaves: bound, then closed without being removed."""
    where = Path(QDir.tempPath()) / name
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(where))
    return where


def test_a_second_launch_hands_its_file_to_the_running_editor(
    qtbot, serving, window, project: Path, _no_dialogs: list[str]
) -> None:
    second = _launch(str(project))
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)  # this editor answers meanwhile
    finally:
        if second.poll() is None:  # it started an editor of its own
            second.kill()
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert "opens in the editor already running" in out
    qtbot.waitUntil(lambda: len(open_windows()) == 2)
    new = open_windows()[-1]
    assert new is not window and new.document.path == project and new.isVisible()
    assert not new.document.read_only and not _no_dialogs  # the second process never opened the file


def test_a_file_already_open_raises_its_window_instead_of_a_second_one(qtbot, serving, window) -> None:
    with qtbot.waitSignal(serving.files_received):
        client = QLocalSocket()
        client.connectToServer(serving.name)
        client.write(b'{"open": ["' + str(window.document.path).encode() + b'"], "read_only": false}\n')
    assert open_windows() == [window]
    qtbot.waitUntil(lambda: client.canReadLine() or client.waitForReadyRead(10))
    assert bytes(client.readLine().data()) == single_instance.OK


def test_a_second_editor_leaves_the_running_one_its_name(qtbot, serving, project: Path) -> None:
    assert single_instance.serve() is None  # e.g. started with --sample beside the first
    assert serving.server.isListening()
    with qtbot.waitSignal(serving.files_received):
        client = QLocalSocket()
        client.connectToServer(serving.name)
        client.write(b'{"open": [], "read_only": false}\n')


def test_a_message_that_is_not_ours_opens_nothing(qtbot, serving, window) -> None:
    client = QLocalSocket()
    client.connectToServer(serving.name)
    client.write(b"GET / HTTP/1.0\n")
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert open_windows() == [window]


def test_with_nobody_answering_the_client_gives_up_at_once(qtbot) -> None:
    name = single_instance.server_name()
    assert single_instance.hand_over([Path("any.cxd")], name=name) is False
    where = _stale_socket(name)
    try:
        assert single_instance.hand_over([Path("any.cxd")], name=name) is False  # refused, not hung
    finally:
        where.unlink(missing_ok=True)


def test_a_launch_nobody_answers_starts_an_editor_that_serves_the_next(
    qtbot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, project: Path
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    font = qapp.font()
    where = _stale_socket(single_instance.server_name())  # the last editor was killed
    try:
        QTimer.singleShot(0, lambda: qtbot.waitUntil(lambda: len(open_windows()) == 1) or QApplication.exit(0))
        assert app_module.run_gui(project) == 0
    finally:
        qapp.setFont(font)
    assert [w.document.path for w in open_windows()] == [project]  # a normal start, in this process
    server = single_instance._servers[-1]
    assert server.server.isListening()  # the stale socket was replaced
    with qtbot.waitSignal(server.files_received) as received:
        client = QLocalSocket()
        client.connectToServer(server.name)
        client.write(b'{"open": ["' + str(project).encode() + b'"], "read_only": true}\n')
    assert received.args == [[project], True]
    assert len(open_windows()) == 1  # already open here: its window is raised
    where.unlink(missing_ok=True)
