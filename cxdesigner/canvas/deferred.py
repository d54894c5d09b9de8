"""A big map's cards and flows made after the window first paints: what is in view at once, the rest in
idle slices (issue 15: start-up at 3,000 and 10,000 cards).

The window's scene (``MapScene(..., deferred=True)``), when its map has more than ``DEFER_ABOVE`` cards and
flows, makes its stages, lanes, notes and pictures at once and leaves the cards and flows here. Before each
paint the view calls ``build_in`` with the rectangle it is about to paint, so whatever is painted exists;
after the first one the rest is made ``SLICE`` at a time on zero timers, between events. Whatever needs
every item (an edit, a gesture, a key, a drop, a selection, the overview, a lookup by id) calls ``finish``
first, so nothing else ever sees a part-built scene. A late item is dressed as an early one (``MapScene.
_make_late``): its quality badge, thumbnail, highlight halos, flow width, and hidden when its lane is. The
emotion curves wait here too (``EmotionCurves``): worked out when their band comes into view, they leave
their points here in turn, each made by its own maker.

The helpers a scene makes after its own items (badges, curves, colours, widths) must not ask for every item
while they are made: they read the items made so far and dress late ones as they come.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from itertools import islice

from PySide6.QtCore import QObject, QRectF, QTimer

from cxdesigner import collector
from cxdesigner.domain.geometry import MapLayout

DEFER_ABOVE = 600
"""Cards and flows a map may have and still be built whole before the first paint (a few milliseconds)."""
SLICE = 250
"""Items made per idle turn of the event loop (about 10 ms at 3,000 cards: input stays prompt)."""
FLOW_MARGIN = 30.0
"""Room around a flow's route for its arrowhead, label and hover outline."""

Box = tuple[float, float, float, float]  # left, top, right, bottom


def boxes(layout: MapLayout, card_ids: Iterable[str], flow_ids: Iterable[str]) -> dict[str, Box]:
    """Where each card and flow will be drawn, cards first (a flow's arrowhead lies on its card)."""
    found: dict[str, Box] = {}
    for card_id in card_ids:
        r = layout.cards[card_id].rect
        found[card_id] = (r.x, r.y, r.x + r.w, r.y + r.h)
    for flow_id in flow_ids:
        route = layout.flows.get(flow_id)
        if route is None:  # a flow into a hidden lane: made (hidden) with the next slice
            found[flow_id] = (0.0, 0.0, 0.0, 0.0)
            continue
        xs, ys = route.coords[0::2], route.coords[1::2]
        m = FLOW_MARGIN
        found[flow_id] = (min(xs) - m, min(ys) - m, max(xs) + m, max(ys) + m)
    return found


class DeferredItems(QObject):
    """The items of one scene still to be made: for each, where it goes and what makes it."""

    def __init__(self, parent: QObject, done: Callable[[], None]) -> None:
        super().__init__(parent)
        self._waiting: dict[Hashable, tuple[Box, Callable[[], None]]] = {}
        self._done = done
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def add(self, key: Hashable, box: Box, make: Callable[[], None]) -> None:
        """An item to make later (``make()``), drawn within ``box``."""
        self._waiting[key] = (box, make)

    @property
    def pending(self) -> int:
        """How many items are still to be made."""
        return len(self._waiting)

    def build_in(self, rect: QRectF) -> None:
        """Make now the waiting items that meet ``rect`` (about to be painted); the rest follow when idle."""
        x, y, r, b = rect.left(), rect.top(), rect.right(), rect.bottom()
        while True:  # a maker may leave more items here (the emotion curves leave their points)
            seen = [
                k for k, ((x0, y0, x1, y1), _m) in self._waiting.items() if x0 <= r and x1 >= x and y0 <= b and y1 >= y
            ]
            if not seen:
                break
            self._make(seen)
        if self._waiting:
            self._timer.start()

    def finish(self) -> None:
        """Make every waiting item now (and whatever their makers leave here)."""
        while self._waiting:
            self._make(list(self._waiting))

    def _slice(self) -> None:
        self._make(list(islice(self._waiting, SLICE)))
        if self._waiting:
            self._timer.start()

    def _make(self, keys: list[Hashable]) -> None:
        if not keys:
            return
        with collector.paused():  # items that live as long as the scene (see collector)
            for key in keys:
                waiting = self._waiting.pop(key, None)
                if waiting is not None:  # not made already by a nested finish
                    waiting[1]()
        if not self._waiting:
            self._timer.stop()
            self._done()
