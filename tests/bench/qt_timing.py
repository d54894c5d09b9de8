"""Qt helpers for the benchmarks: one QApplication with the bundled font, and waiting for a real paint.

A frame is done when the viewport has received its paint event: ``PaintWatch`` counts them, and
``wait_painted`` turns the event loop until the count grows, as the screen would show it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

MAX_TURNS = 10_000
VIEW_SIZE = (1400, 900)


def application() -> QApplication:
    """The QApplication (made if needed) with DejaVu Sans registered for the map and the desktop's UI font for
    the interface, as the editor does."""
    from cxdesigner.app import register_fonts
    from cxdesigner.ui.preferences import Theme
    from cxdesigner.ui.theme import interface_font

    app = QApplication.instance() or QApplication(["cxdesigner-bench"])
    assert isinstance(app, QApplication)
    register_fonts()
    app.setFont(interface_font(Theme.LIGHT))
    return app


class PaintWatch(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False

    def wait_painted(self, since: int | None = None) -> bool:
        """Turn the event loop until a paint after ``since`` (default: now) has happened; False if none came."""
        start = self.paints if since is None else since
        for _ in range(MAX_TURNS):
            if self.paints > start:
                return True
            QApplication.processEvents()
        return self.paints > start


def settle() -> None:
    """Let pending events (deferred deletes included) run, outside any timing."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
