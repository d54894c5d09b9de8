"""Dragging cards: the selected cards follow the mouse freely, and ONE MoveTouchpoints is pushed on release.

During the drag only the items move: the dragged cards and the arrows between them go under one parent
that follows the mouse, and arrows to cards that stay are drawn as one preview of quick elbows; the model
is untouched. On release the cell under the mouse and the stack position under it (counting
only the cards that stay) decide where the card under the mouse lands; a group keeps its shape: every card
shifts by the same stages and lanes (``placement.shift_group``), in its order, and the indicator tints every
cell the group lands in. Dropping outside every cell, or where a card of the group would leave the map or
land in a lane that holds no cards, puts everything back and pushes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.flow import FlowArrow
from cxdesigner.commands import MoveTouchpoints
from cxdesigner.domain.geometry import Point
from cxdesigner.domain.layout import cell_at, stack_index_at
from cxdesigner.domain.placement import CARDLESS_LANES, shift_group, shifted_cells, stack_insert_y

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene

START_DISTANCE = 4.0
"""Scene units the mouse travels before a press becomes a drag (a click must not move cards)."""


def elbow(a: QRectF, b: QRectF) -> tuple[float, ...]:
    """A quick three-segment route from card ``a`` to card ``b`` for the drag preview."""
    ay, by = a.center().y(), b.center().y()
    if b.left() >= a.right():
        x0, x1 = a.right(), b.left()
    elif b.right() <= a.left():
        x0, x1 = a.left(), b.right()
    else:
        x0, x1 = a.right(), b.right()
        mid = max(a.right(), b.right()) + 12.0
        return (x0, ay, mid, ay, mid, by, x1, by)
    mid = (x0 + x1) / 2.0
    return (x0, ay, mid, ay, mid, by, x1, by)


class MoveTool:
    """One drag of the selected cards, from press to release."""

    def __init__(self, scene: MapScene, press: QPointF, anchor: TouchpointCard) -> None:
        self.scene = scene
        self.press = QPointF(press)
        self.anchor = anchor.entity_id
        """The card under the mouse: the group moves as far as it does."""
        self.started = False
        self.cards: list[TouchpointCard] = []
        self.ids: list[str] = []
        self.shifted: list[FlowArrow] = []
        self.stretched: list[tuple[FlowArrow, QRectF, QRectF, bool]] = []

    # ------------------------------------------------------------------ dragging
    def _start(self) -> None:
        self.started = True
        scene = self.scene
        self.cards = scene.selected_cards()
        self.ids = [c.entity_id for c in self.cards]
        if self.anchor not in self.ids and self.cards:
            self.anchor = self.ids[0]
        moving = {c.entity_id: c for c in self.cards}
        graph = scene.document.model.graph
        seen: set[str] = set()
        for card in self.cards:
            edges = [*graph.in_edges(card.entity_id, data=True), *graph.out_edges(card.entity_id, data=True)]
            for source, target, data in edges:
                arrow = scene.item_for(data["id"])
                if data["id"] in seen or not isinstance(arrow, FlowArrow):
                    continue
                seen.add(data["id"])
                if source in moving and target in moving:
                    self.shifted.append(arrow)
                    continue
                other = scene.item_for(target if source in moving else source)
                if isinstance(other, TouchpointCard):
                    mover = moving[source if source in moving else target]
                    start = mover.card_rect().translated(mover.pos())
                    fixed = other.card_rect().translated(other.pos())
                    self.stretched.append((arrow, start, fixed, source in moving))
        if scene.overview.active:
            scene.overview.lift([*self.cards, *self.shifted, *(s[0] for s in self.stretched)])
        # one parent moves the cards and the arrows between them; the other arrows are drawn as one preview
        scene.drag_group.setPos(0.0, 0.0)
        for item in [*self.shifted, *self.cards]:
            item.setParentItem(scene.drag_group)
        for arrow, *_rest in self.stretched:
            arrow.setVisible(False)
        moving = [scene.drag_group, scene.stretch_preview, scene.indicator]
        for view in scene.views():
            freeze = getattr(view, "freeze", None)
            if freeze is not None:
                freeze(moving)

    def move(self, pos: QPointF) -> None:
        delta = pos - self.press
        if not self.started:
            if abs(delta.x()) + abs(delta.y()) < START_DISTANCE:
                return
            self._start()
        self.scene.drag_group.setPos(delta)
        self._follow(delta)
        self._indicate(pos)

    def _follow(self, delta: QPointF) -> None:
        """Arrows to cards that stay get a quick elbow to where the dragged card is now."""
        if not self.stretched:
            return
        dx, dy = delta.x(), delta.y()
        routes = []
        for _arrow, start, fixed, outgoing in self.stretched:
            moved = start.translated(dx, dy)
            routes.append(elbow(moved, fixed) if outgoing else elbow(fixed, moved))
        self.scene.stretch_preview.show_routes(routes)

    def _target(self, pos: QPointF) -> tuple[str, str, int] | None:
        layout = self.scene.layout
        cell = cell_at(layout, Point(pos.x(), pos.y()))
        if cell is None or layout.lanes[cell[1]].kind in CARDLESS_LANES:
            return None
        return cell[0], cell[1], stack_index_at(layout, cell[0], cell[1], pos.y(), exclude=self.ids)

    def _indicate(self, pos: QPointF) -> None:
        target = self._target(pos)
        model = self.scene.document.model
        touchpoints = [c.touchpoint for c in self.cards]
        cells = None if target is None else shifted_cells(model, touchpoints, self.anchor, target[0], target[1])
        if target is None or cells is None:
            self.scene.indicator.clear()
            return
        layout = self.scene.layout
        stage_id, lane_id, index = target

        def area(cell: tuple[str, str]) -> QRectF:
            column, band = layout.stages[cell[0]].column, layout.lanes[cell[1]].band
            return QRectF(column.x, band.y, column.w, band.h)

        column = layout.stages[stage_id].column
        y = stack_insert_y(layout, stage_id, lane_id, index, exclude=self.ids)
        pad = layout.metrics.cell_padding
        line = QLineF(column.x + pad, y, column.right - pad, y)
        others = [area(cell) for cell in cells if cell != (stage_id, lane_id)]
        self.scene.indicator.show_at(area((stage_id, lane_id)), line, others)

    # ------------------------------------------------------------------ ending
    def cancel(self) -> None:
        """Put every dragged card and arrow back; nothing is pushed."""
        for view in self.scene.views():
            thaw = getattr(view, "thaw", None)
            if thaw is not None:
                thaw()
        for item in [*self.cards, *self.shifted]:
            item.setParentItem(None)  # keeps its own position: where it was before the drag
        for arrow, *_rest in self.stretched:
            arrow.setVisible(True)
        self.scene.drag_group.setPos(0.0, 0.0)
        if self.cards:
            self.scene.overview.settle()
        self.scene.stretch_preview.clear()
        self.scene.indicator.clear()

    def release(self, pos: QPointF) -> None:
        if not self.started:
            return
        target = self._target(pos)
        self.cancel()
        if target is None:
            return
        stage_id, lane_id, index = target
        model = self.scene.document.model
        moves = shift_group(model, [c.touchpoint for c in self.cards], self.anchor, stage_id, lane_id, index)
        if moves is None:
            self.scene.status_message.emit(
                QCoreApplication.translate(
                    "MapScene", "The cards do not fit there: one would leave the map or land in the emotions lane."
                )
            )
            return
        if moves:
            text = QCoreApplication.translate("MapScene", "Move touchpoints")
            self.scene.push(MoveTouchpoints(model, moves, text))
