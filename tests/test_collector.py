"""The collector's pauses nest, restore what was there, and cover a worker thread from before it starts until
after it has ended, as released in the window's thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QThread

from cxdesigner import collector, workers


def test_pauses_nest_and_restore_the_collector_as_it_was() -> None:
    assert gc.isenabled()
    with collector.paused():
        collector.hold()
        assert not gc.isenabled()
        collector.release()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # a collector off before stays off
    finally:
        gc.enable()


class _Seen(QThread):
    def __init__(self) -> None:
        super().__init__()
        self.enabled_inside: bool | None = None
        self.go = threading.Event()

    def run(self) -> None:
        self.go.wait(5)
        self.enabled_inside = gc.isenabled()


def test_a_worker_thread_runs_with_the_collector_paused_until_it_has_ended(qtbot) -> None:
    job = _Seen()
    workers.held_while_running(job)
    assert not gc.isenabled()  # already before it starts
    job.start()
    job.go.set()
    qtbot.waitUntil(gc.isenabled, timeout=5000)  # released in this thread once the job has ended
    assert job.enabled_inside is False and job.isFinished()
