"""Exports that run beside the window: the PDF writers in a worker thread, on a copy of the map.

reportlab is pure Python and a 3,000-card report takes a while, so ``ExportJob`` writes posters and
reports in a ``QThread``. The map is copied first (``snapshot_of``: the entities are immutable, so the
copy shares them and costs one pass), so edits made meanwhile neither disturb the export nor are
disturbed. Progress and the end arrive as queued signals; ``cancel`` stops the writer at its next
progress report, and as the writers write whole files only, a cancelled export leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from cxdesigner.domain.entities import MapInfo
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io.files import reason


class Cancelled(Exception):
    """The user cancelled the export."""


def snapshot_of(journey: JourneyMap) -> JourneyMap:
    """A copy of the map as it is now, for a writer in another thread."""
    copy = JourneyMap(journey.info)
    copy.load(e for e in journey.entities() if not isinstance(e, MapInfo))
    return copy


Writer = Callable[[JourneyMap, Path, Any, Callable[[int, int], None]], Any]


class ExportJob(QThread):
    """Runs ``writer(journey, path, options, progress)`` in its own thread.

    Signals: ``progressed(done, total)``, then one of ``succeeded(result)``, ``failed(message)`` or
    ``cancelled()``.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, writer: Writer, journey: JourneyMap, path: Path, options: Any, parent: QObject | None = None):
        super().__init__(parent)
        self._writer = writer
        self._journey = journey
        self._path = path
        self._options = options
        self._stop = False

    def cancel(self) -> None:
        """Stop at the next progress report."""
        self._stop = True

    def _progress(self, done: int, total: int) -> None:
        if self._stop:
            raise Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._writer(self._journey, self._path, self._options, self._progress)
        except Cancelled:
            self.cancelled.emit()
        except OSError as exc:
            self.failed.emit(reason(exc))
        except ValueError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - the user gets one line; the window stays
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)
