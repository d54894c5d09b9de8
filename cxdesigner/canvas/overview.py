"""Drawing thousands of cards at once: the overview that paints a far-zoomed map in one go.

Zoomed out below the level of detail, every card would be a plain coloured rectangle; painting thousands
of items one Python ``paint`` call at a time is what makes "fit map" slow. (Cards and flows stay top-level
items: as children of a layer item they would defeat the scene's BSP index, and every paint would ask each
of them for its bounding rectangle.) So the view switches the scene to overview
mode: cards and flows keep their place, selection and hit tests but stop painting (ItemHasNoContents),
and ONE overview item draws all their rectangles by colour and all arrow segments from the layout.
(Stage headers still paint themselves: there are few, and their titles stay readable further out.)
Other small, numerous items (emotion points) set ``hide_when_far = True`` and call ``adopt``: far out they
are not painted at all, their curve line is.
Shapes are gathered again only when the layout changes; selection and highlights apart.
Cards being dragged are lifted out of the overview and paint themselves meanwhile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas import style
from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.flow import FlowArrow
from cxdesigner.canvas.style import HALO, Z
from cxdesigner.domain.quality import Badge

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
BADGE = 8.0
"""Half the side of the square that stands for a card's quality badge in the overview."""
ARROWS_LOD = 0.1
"""Further out than this the overview leaves the arrows out: thousands of them would be noise, not a map."""


class Overview(QGraphicsItem):
    """All cards and arrows of a far-zoomed map, painted by one item from the layout."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__()
        self.map_scene = scene
        self.active = False
        self._lifted: set[str] = set()
        self._bounds = QRectF()
        self._fills: dict[str, list[QRectF]] = {}
        self._badges: dict[str, list[QRectF]] = {}
        self._lines: list[QLineF] | None = None
        self._segments: dict[str, tuple[object, list[QLineF]]] = {}
        self._halos: dict[str, list[QRectF]] = {}
        self._selected: list[QRectF] = []
        self._chosen_lines: list[QLineF] = []
        self._shapes_dirty = True
        self._marks_dirty = True
        self.setZValue(Z.CARD - 0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    # ------------------------------------------------------------------ switching
    def set_active(self, active: bool) -> None:
        """Paint the cards and arrows here (True) or let every item paint itself (False)."""
        if active == self.active:
            return
        self.active = active
        for item in self.map_scene.card_and_flow_items():
            item.setFlag(NO_CONTENTS, active and item.entity_id not in self._lifted)  # type: ignore[attr-defined]
        for item in self.map_scene.items():
            if getattr(item, "hide_when_far", False):
                item.setFlag(NO_CONTENTS, active)
        self.fit_bounds()
        self.invalidate()
        self.setVisible(active)

    def adopt(self, item: QGraphicsItem) -> None:
        """A new card or flow (or an item with ``hide_when_far = True``) appeared: while the overview is on,
        it does not paint itself."""
        if self.active:
            item.setFlag(NO_CONTENTS, True)
        if not getattr(item, "hide_when_far", False):
            self.invalidate()

    def lift(self, items: Iterable[QGraphicsItem]) -> None:
        """These items paint themselves for a while (they are being dragged)."""
        for item in items:
            self._lifted.add(item.entity_id)  # type: ignore[attr-defined]
            item.setFlag(NO_CONTENTS, False)
        self.invalidate()

    def settle(self) -> None:
        """The lifted items go back into the overview."""
        for entity_id in self._lifted:
            item = self.map_scene.item_for(entity_id)
            if item is not None:
                item.setFlag(NO_CONTENTS, self.active)
        self._lifted.clear()
        self.invalidate()

    def invalidate(self, marks_only: bool = False) -> None:
        """Something drawn here changed: shapes (the layout, a card's colour) or only marks (selection,
        highlights); gather it again at the next paint."""
        self._marks_dirty = True
        self._shapes_dirty = self._shapes_dirty or not marks_only
        if self.active:
            self.update()

    def fit_bounds(self) -> None:
        """Cover the whole map (after the layout changed)."""
        b = self.map_scene.layout.bounds
        bounds = QRectF(b.x, b.y, b.w, b.h).adjusted(-HALO, -HALO, HALO, HALO)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    # ------------------------------------------------------------------ gathering
    def _gather_shapes(self) -> None:
        layout, items = self.map_scene.layout, self.map_scene.items_by_id()
        fills: dict[str, list[QRectF]] = defaultdict(list)
        badges: dict[str, list[QRectF]] = defaultdict(list)
        for entity_id, box in layout.cards.items():
            item = items.get(entity_id)
            if (
                isinstance(item, TouchpointCard)
                and entity_id not in self._lifted
                and box.lane_id not in layout.hidden_lanes
            ):
                r = box.rect
                fills[style.card_color(item.touchpoint).name()].append(QRectF(r.x, r.y, r.w, r.h))
                if item.quality is not Badge.NONE:
                    c = item.badge_center()
                    badges[item.quality.value].append(
                        QRectF(r.x + c.x() - BADGE, r.y + c.y() - BADGE, 2 * BADGE, 2 * BADGE)
                    )
        self._fills, self._badges = dict(fills), dict(badges)
        self._lines = None
        self._shapes_dirty = False

    def _gather_lines(self) -> list[QLineF]:
        """Every arrow's segments; each route's are kept while the layout hands back the same route."""
        cache, lines = self._segments, []
        fresh: dict[str, tuple[object, list[QLineF]]] = {}
        for entity_id, route in self.map_scene.layout.flows.items():
            if entity_id in self._lifted:
                continue
            known = cache.get(entity_id)
            if known is not None and known[0] is route:
                segments = known[1]
            else:
                c = route.coords
                segments = [QLineF(c[i], c[i + 1], c[i + 2], c[i + 3]) for i in range(0, len(c) - 2, 2)]
            fresh[entity_id] = (route, segments)
            lines += segments
        self._segments, self._lines = fresh, lines
        return lines

    def _gather_marks(self) -> None:
        layout, scene = self.map_scene.layout, self.map_scene
        halos: dict[str, list[QRectF]] = defaultdict(list)
        selected: list[QRectF] = []
        chosen: list[QLineF] = []
        marked = {i.entity_id for i in scene.selectedItems()} | scene.mirror.highlighted_ids()  # type: ignore[attr-defined]
        items = scene.items_by_id()
        for entity_id in marked - self._lifted:
            item = items.get(entity_id)
            if isinstance(item, TouchpointCard) and entity_id in layout.cards:
                r = layout.cards[entity_id].rect
                rect = QRectF(r.x, r.y, r.w, r.h)
                if item.highlights:
                    halos[item.highlights[0]].append(rect.adjusted(-HALO, -HALO, HALO, HALO))
                if item.isSelected():
                    selected.append(rect)
            elif isinstance(item, FlowArrow) and entity_id in layout.flows:
                c = layout.flows[entity_id].coords
                chosen += [QLineF(c[i], c[i + 1], c[i + 2], c[i + 3]) for i in range(0, len(c) - 2, 2)]
        self._halos, self._selected, self._chosen_lines = dict(halos), selected, chosen
        self._marks_dirty = False

    # ------------------------------------------------------------------ painting
    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.active:
            return
        if self._shapes_dirty:
            self._gather_shapes()
        if self._marks_dirty:
            self._gather_marks()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if option.levelOfDetailFromTransform(painter.worldTransform()) >= ARROWS_LOD:
            painter.setPen(QPen(style.FLOW_INK, 0))
            painter.drawLines(self._lines if self._lines is not None else self._gather_lines())
        painter.setPen(QPen(style.SELECTION, 0))
        painter.drawLines(self._chosen_lines)
        painter.setPen(Qt.PenStyle.NoPen)
        for role, rects in self._halos.items():
            painter.setBrush(style.highlight_color(role))
            painter.drawRects(rects)
        for color, rects in self._fills.items():
            painter.setBrush(QColor(color))
            painter.drawRects(rects)
        for quality, rects in self._badges.items():
            painter.setBrush(style.QUALITY_COLORS[quality])
            painter.drawRects(rects)
        if self._selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(style.SELECTION, 0))
            painter.drawRects(self._selected)
