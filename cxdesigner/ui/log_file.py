"""The log file, and Qt's own messages routed into it instead of onto the user's terminal.

Qt and the libraries it wraps (libpng, the SVG and font code) report trouble with ``qWarning``, which by
default prints to stderr: a failed PNG export would print "libpng error: ..." and Qt's lines before our own
one-line message. ``route_qt_messages`` installs a handler (``qInstallMessageHandler``) that sends each of
them to the ``cxdesigner.qt`` logger, which writes to the log file (``log_path``) and nowhere else. It is
installed before the QApplication is made, by the editor and by the command line's picture exports.
"""

from __future__ import annotations

import atexit
import logging
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QStandardPaths, QtMsgType, qInstallMessageHandler

from cxdesigner.ui.settings import APPLICATION, ORGANIZATION

LOG_NAME = "cxdesigner.log"
QT_LOGGER = "cxdesigner.qt"

_log = logging.getLogger("cxdesigner")
_installed = False
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_path() -> Path:
    """The log file in the application's data folder (the same whether or not a QApplication named us)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    folder = Path(base or Path.home() / ".local" / "share") / ORGANIZATION / APPLICATION
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_NAME


class LogFile(logging.Handler):
    """The log file, rotated at 1 MB with two old ones kept: a ``RotatingFileHandler`` made (and
    ``logging.handlers`` imported, with its socket, pickle and queue modules) at the first line, so the
    start-up does not wait for them (issue 15)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.baseFilename = str(path)
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self.baseFilename, maxBytes=1_000_000, backupCount=2, encoding="utf-8", delay=True
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def ensure_log_handler() -> Path:
    """The ``cxdesigner`` logger writes to ``log_path()`` (rotated at 1 MB, the file made at the first line)."""
    path = log_path()
    for handler in _log.handlers:
        if isinstance(handler, LogFile) and Path(handler.baseFilename) == path:
            return path
    for handler in list(_log.handlers):
        if isinstance(handler, LogFile | logging.FileHandler):
            _log.removeHandler(handler)
            handler.close()
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _log.addHandler(handler)
    _log.setLevel(logging.INFO)
    _log.propagate = False
    return path


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The installed handler: one Qt message to the ``cxdesigner.qt`` logger, at the matching level."""
    where = f" [{context.category}]" if context is not None and context.category not in (None, "", "default") else ""
    logging.getLogger(QT_LOGGER).log(_LEVELS.get(kind, logging.WARNING), "Qt%s: %s", where, message)


def route_qt_messages() -> None:
    """Send Qt's messages to the log from now on (idempotent), until the interpreter begins to exit: Qt still
    speaks while it shuts down, when a Python handler can no longer be called."""
    global _installed
    ensure_log_handler()
    qInstallMessageHandler(qt_message)
    if not _installed:
        atexit.register(qInstallMessageHandler, None)
        _installed = True
