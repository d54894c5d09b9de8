"""Worker threads beside the window (the analysis, the exports): no cyclic collection while one runs.

A collection started in a worker thread would free unreachable Qt objects of the window's thread there, and
the process crashed on a queued call aimed at one of them (see ``collector``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThread

from cxdesigner import collector


def held_while_running(thread: QThread) -> None:
    """Pause the collector now, before ``thread`` (not yet started) starts, until it has ended: the release
    comes in this (the window's) thread, queued after the thread's ``finished``."""
    collector.hold()

    def ended() -> None:
        thread.wait()  # ``finished`` comes just before the thread's very end
        collector.release()

    thread.finished.connect(ended, Qt.ConnectionType.QueuedConnection)
