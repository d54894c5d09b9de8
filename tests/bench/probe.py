"""Child processes for the process-level metrics: ``python -m tests.bench.probe KIND [FILE]``.

``window`` is the start-up baseline: a bare PySide6 window with one label that prints ``painted <time>``
after its first paint and quits, exactly as ``cxdesigner --exit-after-paint`` does. ``memory FILE`` opens a
project into a shown, painted scene and prints the peak resident memory in MB; ``memory FILE --bare`` is its
baseline: the same rows read with sqlite3 onto the plain scene of ``bare`` (one rectangle and text per card,
stage and lane, one line per flow) in a plain view, shown and painted, in a process of its own.
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


def peak_rss_kib() -> float:
    """This process's own peak resident memory, in KiB.

    Linux's ``ru_maxrss`` survives ``execve``: a child started by ``subprocess`` (vfork, then exec) reports at
    least its parent's peak, so every probe read the benchmark runner's own size (a floor of about 100 MB, and
    more after the 10,000-card maps). ``VmHWM`` is the peak of this image alone.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def peak_memory(path: Path, bare: bool = False) -> int:
    """Open ``path`` into a painted scene (or, ``bare``, the plain scene) and print the peak resident memory
    in MB."""
    if bare:  # nothing of cxdesigner: PySide6, sqlite3 and the plain scene
        from PySide6.QtWidgets import QApplication, QGraphicsView

        from tests.bench.bare import bare_map, bare_scene
        from tests.bench.qt_timing import VIEW_SIZE, PaintWatch

        app = QApplication(sys.argv[:1])
        scene, _cards = bare_scene(bare_map(path))
        view = QGraphicsView(scene)
        watch = PaintWatch(view.viewport())
        view.resize(*VIEW_SIZE)
        view.show()
        watch.wait_painted(0)
        assert app is not None and watch.paints > 0
    else:
        from tests.bench import canvas_bench
        from tests.bench.qt_timing import application

        application()
        shown = canvas_bench.open_map(path)
        shown.scene.finish_build()  # every item made, as the bare scene holds every item
        shown.view.viewport().repaint()
        assert shown.watch.paints > 0 and shown.scene.deferred is None
    print(f"maxrss_mb {peak_rss_kib() / 1024:.1f}", flush=True)  # noqa: T201
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["window"]:
        return bare_window()
    if argv[:1] == ["memory"] and len(argv) in (2, 3) and argv[2:] in ([], ["--bare"]):
        return peak_memory(Path(argv[1]), bare=argv[2:] == ["--bare"])
    print("usage: python -m tests.bench.probe window | memory FILE [--bare]", file=sys.stderr)  # noqa: T201
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
