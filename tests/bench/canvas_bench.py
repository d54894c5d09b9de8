"""The canvas metrics: open to an interactive scene, one drag frame of 50 cards, the repaint after fit map.

The subject is the real thing: ``Document.open`` + ``MapScene`` + a shown ``MapView``, driven by mouse
events sent to its viewport. The scene is made as the window makes it (``deferred``: a big map's cards and
flows come as they are seen, ``canvas/deferred.py``), so ``open`` ends at the first painted picture;
``open, every item`` goes on until the rest of the scene is made too, as the next press or edit would.
The baseline is ``bare``: sqlite3 rows on plain Qt items in a plain ``QGraphicsView`` with the same size
and render hints, driven by the same events. A frame ends when the viewport has painted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from cxdesigner.document import Document
from cxdesigner.viewstate import ViewState
from tests.bench.bare import bare_map, bare_scene
from tests.bench.qt_timing import VIEW_SIZE, PaintWatch, application, settle
from tests.bench.stats import Samples, interleave

DRAGGED = 50
LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier
WARMUP_FRAMES = 3


def available() -> bool:
    """Whether the canvas has landed (the metrics are skipped, not faked, until it has)."""
    try:
        import cxdesigner.canvas.scene  # noqa: F401
        import cxdesigner.canvas.view  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class Shown:
    """A scene on a shown view, with a paint counter on its viewport."""

    scene: QGraphicsScene
    view: QGraphicsView
    watch: PaintWatch
    document: Document | None = None
    cards: dict | None = None
    reset: Callable[[], None] | None = None

    def close(self) -> None:
        self.view.hide()
        self.view.setScene(None)
        self.view.deleteLater()
        self.scene.deleteLater()
        if self.document is not None:
            self.document.close()
        settle()


def _show(scene: QGraphicsScene, view: QGraphicsView) -> PaintWatch:
    watch = PaintWatch(view.viewport())
    view.resize(*VIEW_SIZE)
    view.show()
    watch.wait_painted(0)
    return watch


def open_map(path: Path) -> Shown:
    """The subject: the project opened into a MapScene on a MapView, shown and painted once.

    The scene is the window's (``ui.main_window.make_canvas``): made as it comes into view; and as the
    window's open does (``ui.collect_after_paint``), the cyclic collector waits until the first paint.
    """
    from cxdesigner import collector
    from cxdesigner.canvas.scene import MapScene
    from cxdesigner.canvas.view import MapView

    collector.hold()
    try:
        document = Document.open(path)
        scene = MapScene(document, ViewState(), deferred=True)
        view = MapView(scene)
        return Shown(scene, view, _show(scene, view), document=document)
    finally:
        collector.release()


def open_bare(path: Path, hints: object = None) -> Shown:
    """The baseline: rows read with sqlite3 onto plain items in a plain view, shown and painted once."""
    scene, cards = bare_scene(bare_map(path))
    view = QGraphicsView(scene)
    if hints is not None:
        view.setRenderHints(hints)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return Shown(scene, view, _show(scene, view), cards=cards)


def _hints_of(path: Path) -> object:
    """The render hints a MapView draws with (the baseline view draws with the same quality)."""
    shown = open_map(path)
    hints = shown.view.renderHints()
    shown.close()
    return hints


def open_scene(path: Path, rounds: int, whole: bool = False) -> Samples:
    """Open to the first painted picture (``whole``: and every item made) vs the bare reader and scene."""
    from cxdesigner.canvas.scene import MapScene

    application()
    hints = _hints_of(path)

    def subject() -> float:
        start = time.perf_counter()
        shown = open_map(path)
        if whole:
            assert isinstance(shown.scene, MapScene)
            shown.scene.finish_build()
        elapsed = time.perf_counter() - start
        shown.close()
        return elapsed

    def baseline() -> float:
        start = time.perf_counter()
        shown = open_bare(path, hints)
        elapsed = time.perf_counter() - start
        shown.close()
        return elapsed

    return interleave(subject, baseline, rounds)


# ------------------------------------------------------------------ dragging
def _first_cards(rects: dict[str, QRectF], view: QGraphicsView) -> list[str]:
    """The ``DRAGGED`` cards nearest the top-left of what the view shows."""
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    origin = seen.topLeft()
    return sorted(rects, key=lambda k: (rects[k].center() - origin).manhattanLength())[:DRAGGED]


def _drag_frames(shown: Shown, press: QPointF, frames: int, release: QPointF) -> list[float]:
    """Press on a selected card, move ``frames`` times (timing each until painted), then release."""
    port = shown.view.viewport()
    at = shown.view.mapFromScene(press)
    QTest.mousePress(port, LEFT, NO_MODS, at)
    times: list[float] = []
    for i in range(WARMUP_FRAMES + frames):
        step = (i % 20) + 1 if (i // 20) % 2 == 0 else 20 - (i % 20)
        pos = at + QPoint(6 * step, 2 * step)
        before = shown.watch.paints
        start = time.perf_counter()
        QTest.mouseMove(port, pos)
        shown.watch.wait_painted(before)
        if i >= WARMUP_FRAMES:
            times.append(time.perf_counter() - start)
    end = shown.view.mapFromScene(release)
    QTest.mouseMove(port, end)
    QTest.mouseRelease(port, LEFT, NO_MODS, end)
    if shown.reset is not None:
        shown.reset()
    settle()
    return times


def _select_subject(shown: Shown) -> tuple[QPointF, QPointF]:
    from cxdesigner.canvas.scene import MapScene

    scene = shown.scene
    assert isinstance(scene, MapScene)
    cards = scene.layout.cards
    rects = {k: QRectF(c.rect.x, c.rect.y, c.rect.w, c.rect.h) for k, c in cards.items()}
    chosen = _first_cards(rects, shown.view)
    scene.view_state.select(chosen)
    assert len(scene.selectedItems()) == len(chosen), "the canvas did not select the cards"
    # release on a stage header, outside every cell: the canvas puts the cards back and pushes nothing
    return rects[chosen[0]].center(), QPointF(rects[chosen[0]].center().x(), 10.0)


def _select_bare(shown: Shown) -> tuple[QPointF, QPointF]:
    assert shown.cards is not None
    rects = {k: item.sceneBoundingRect() for k, item in shown.cards.items()}
    ids = _first_cards(rects, shown.view)
    chosen = [shown.cards[k] for k in ids]
    origins = [item.pos() for item in chosen]

    def put_back() -> None:  # plain items stay where they were dropped: back, and selected again, untimed
        for item, origin in zip(chosen, origins, strict=True):
            item.setPos(origin)
            item.setSelected(True)

    shown.reset = put_back
    put_back()
    press = rects[ids[0]].center()
    return press, press + QPointF(40.0, 0.0)


def drag_and_fit(path: Path, rounds: int, frames: int = 30) -> tuple[Samples, Samples]:
    """Drag frames of 50 selected cards at 100 % and the repaint after fit map, each vs the bare scene."""
    application()
    subject = open_map(path)
    bare = open_bare(path, subject.view.renderHints())
    try:
        s_press, s_release = _select_subject(subject)
        b_press, b_release = _select_bare(bare)
        drag = interleave(
            lambda: _drag_frames(subject, s_press, frames, s_release),
            lambda: _drag_frames(bare, b_press, frames, b_release),
            rounds,
        )
        assert subject.document is not None and subject.document.undo_stack.count() == 0, "the drag pushed a move"
        fit = interleave(lambda: _fit_subject(subject), lambda: _fit_bare(bare), rounds)
    finally:
        subject.close()
        bare.close()
    return drag, fit


def _timed_paint(shown: Shown, action: object) -> float:
    before = shown.watch.paints
    start = time.perf_counter()
    action()  # type: ignore[operator]
    shown.watch.wait_painted(before)
    return time.perf_counter() - start


def _fit_subject(shown: Shown) -> float:
    from cxdesigner.canvas.view import MapView

    view = shown.view
    assert isinstance(view, MapView)
    _untimed_reset(shown, view.zoom_reset)
    return _timed_paint(shown, view.fit_map)


def _fit_bare(shown: Shown) -> float:
    view = shown.view
    _untimed_reset(shown, view.resetTransform)
    return _timed_paint(shown, lambda: view.fitInView(shown.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio))


def _untimed_reset(shown: Shown, reset: object) -> None:
    before = shown.watch.paints
    reset()  # type: ignore[operator]
    shown.view.horizontalScrollBar().setValue(0)
    shown.view.verticalScrollBar().setValue(0)
    shown.view.viewport().update()
    shown.watch.wait_painted(before)
    settle()
