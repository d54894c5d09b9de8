"""The analysis beside the window: ``analyse`` in a ``QThread`` on a copy of the map.

``JourneyMap.copy`` takes the map from under the editor in milliseconds (the entities are immutable and
shared), so edits made meanwhile neither disturb the analysis nor wait for it. The result arrives as a
queued signal; the panel shows it and runs again if the map changed in the meantime. A job belongs to no
widget: ``start`` keeps it until its thread ends, so a panel closed meanwhile leaves it to finish, and the
application waits for running jobs as it quits (a ``QThread`` destroyed while running aborts the process).
"""

from __future__ import annotations

import atexit
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

from cxdesigner import workers
from cxdesigner.domain.analysis import analyse
from cxdesigner.domain.journey import JourneyMap


class AnalysisJob(QThread):
    """Runs ``analyse(journey, listed=listed, today=...)``; then ``analysed(analysis)`` or ``failed(message)``.

    Today's date lets the dock find what is due (a re-mapping, a KPI behind its line at a passed review)."""

    analysed = Signal(object)
    failed = Signal(str)

    def __init__(self, journey: JourneyMap, listed: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journey = journey
        self._listed = listed

    def run(self) -> None:
        try:
            result = analyse(self._journey, listed=self._listed, today=date.today())
        except Exception as exc:  # noqa: BLE001 - the panel shows one line; the window stays
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.analysed.emit(result)


_RUNNING: set[AnalysisJob] = set()


def _wait_all() -> None:
    for job in list(_RUNNING):
        job.wait()


atexit.register(_wait_all)  # a script or test run that ends without quitting the application


def start(job: AnalysisJob) -> None:
    """Start ``job`` at low priority, keeping it alive until its thread has ended."""
    if not _RUNNING:
        app = QCoreApplication.instance()
        if app is not None and not app.property("cxdesigner_waits_for_analysis"):
            app.setProperty("cxdesigner_waits_for_analysis", True)
            app.aboutToQuit.connect(_wait_all)
    _RUNNING.add(job)
    job.finished.connect(partial(_ended, job), Qt.ConnectionType.QueuedConnection)
    workers.held_while_running(job)  # no collection in its thread (see workers)
    job.start(QThread.Priority.LowPriority)


def _ended(job: AnalysisJob) -> None:
    """Let go of a job in the window's thread once its thread has really ended (``finished`` comes from the
    worker just before its end; a ``QThread`` destroyed while running aborts the process)."""
    job.wait()
    _RUNNING.discard(job)
