"""Child processes for the process-level metrics: ``python -m tests.bench.probe KIND [FILE]``.

``window`` is the start-up baseline: a bare PySide6 window with one label that prints ``painted <time>``
after its first paint and quits, exactly as ``cxdesigner --exit-after-paint`` does. ``memory FILE`` opens a
project into a shown, painted scene (the document alone while the canvas has not landed) and prints the
peak resident memory in MB.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path


def bare_window() -> int:
    """Show a window with one label; report the first paint the way ``cxdesigner.app.FirstPaint`` does.

    Nothing of cxdesigner is imported: the baseline is PySide6 alone.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    class FirstPaint(QObject):
        def __init__(self, window: QWidget) -> None:
            super().__init__(window)
            self._window = window
            window.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if watched is self._window and event.type() == QEvent.Type.Paint:
                self._window.removeEventFilter(self)
                QTimer.singleShot(0, self._report)
            return False

        def _report(self) -> None:
            print(f"painted {time.time():.6f}", flush=True)  # noqa: T201 - read by the benchmark
            QCoreApplication.exit(0)

    app = QApplication(sys.argv[:1])
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("CX Designer"))
    FirstPaint(window)
    window.show()
    return app.exec()


def peak_memory(path: Path) -> int:
    """Open ``path`` into a painted scene and print the peak resident memory in MB."""
    from tests.bench import canvas_bench
    from tests.bench.qt_timing import application

    application()
    if canvas_bench.available():
        shown = canvas_bench.open_map(path)
        assert shown.watch.paints > 0
    else:
        from cxdesigner.document import Document

        Document.open(path)
    print(f"maxrss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}", flush=True)  # noqa: T201
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["window"]:
        return bare_window()
    if argv[:1] == ["memory"] and len(argv) == 2:
        return peak_memory(Path(argv[1]))
    print("usage: python -m tests.bench.probe window | memory FILE", file=sys.stderr)  # noqa: T201
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
