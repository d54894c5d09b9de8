"""Python's cyclic collector paused while a map is opened into a window, until that window has painted.

The open, the scene and the window make tens of thousands of objects that live as long as the window; each
collection meanwhile only walked them again, before the user saw anything (issue 15: at 10,000 cards three
collections took about 160 ms of the start-up, at 3,000 about 50 ms; an open from File > Open about 12 %).
Used by the start-up (``app.run_gui``), File > Open and the welcome screen's Open. See ``cxdesigner.collector``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from cxdesigner import collector

_holding: set[CollectAfterPaint] = set()  # alive until released, whoever made them (their timer must fire)


class CollectAfterPaint(QObject):
    """Holds the collector from its making until the watched window has painted: it runs again on the event
    loop's turn after that paint, after ``FALLBACK_MS`` if the window never paints (minimised), or when
    ``release`` is called (idempotent). As a context manager around the open, it releases on leaving when
    no window is being watched (the open failed, or raised)::

        with CollectAfterPaint() as held:
            document = open_it()
            if document is None:
                return None
            held.watch(show(document))
    """

    FALLBACK_MS = 5000

    def __init__(self) -> None:
        super().__init__()
        self._window: QWidget | None = None
        self.held = True
        collector.hold()
        _holding.add(self)
        QTimer.singleShot(self.FALLBACK_MS, self.release)

    def __enter__(self) -> CollectAfterPaint:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._window is None or _exc[0] is not None:
            self.release()

    def watch(self, window: QWidget) -> None:
        """Release once ``window`` has painted."""
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._window = None
            QTimer.singleShot(0, self.release)
        return False

    def release(self) -> None:
        """Let the collector run again (once; later calls do nothing)."""
        if self.held:
            self.held = False
            collector.release()
            _holding.discard(self)
