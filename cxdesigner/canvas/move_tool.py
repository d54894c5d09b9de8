"""Dragging cards: the selected cards follow the mouse freely, and ONE MoveTouchpoints is pushed on release.

During the drag only the items move (and the arrows of the dragged cards follow with a temporary route);
the model is untouched. On release the cell under the mouse and the stack position under it (counting
only the cards that stay) decide where the block lands; the dragged cards keep their relative order.
Dropping outside every cell, or into a lane that holds no cards, puts everything back and pushes nothing.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.flow import FlowArrow
from cxdesigner.canvas.style import Z
from cxdesigner.commands import MoveTouchpoints
from cxdesigner.domain.geometry import Point
from cxdesigner.domain.layout import cell_at, stack_index_at
from cxdesigner.domain.placement import CARDLESS_LANES, orders_between, stack_insert_y

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

    def __init__(self, scene: MapScene, press: QPointF) -> None:
        self.scene = scene
        self.press = QPointF(press)
        self.started = False
        self.cards: list[TouchpointCard] = []
        self.origins: dict[str, QPointF] = {}
        self.ids: list[str] = []
        self.flows: list[tuple[FlowArrow, TouchpointCard | None, TouchpointCard | None, tuple[float, ...]]] = []

    # ------------------------------------------------------------------ dragging
    def _start(self) -> None:
        self.started = True
        self.cards = self.scene.selected_cards()
        self.origins = {c.entity_id: c.pos() for c in self.cards}
        self.ids = [c.entity_id for c in self.cards]
        for card in self.cards:
            card.setZValue(Z.DRAGGED)
        moving = {c.entity_id: c for c in self.cards}
        graph = self.scene.document.model.graph
        seen: set[str] = set()
        for card in self.cards:
            edges = [*graph.in_edges(card.entity_id, data=True), *graph.out_edges(card.entity_id, data=True)]
            for source, target, data in edges:
                flow_id = data["id"]
                arrow = self.scene.item_for(flow_id)
                if flow_id in seen or not isinstance(arrow, FlowArrow):
                    continue
                seen.add(flow_id)
                self.flows.append((arrow, moving.get(source), moving.get(target), arrow.coords))

    def move(self, pos: QPointF) -> None:
        delta = pos - self.press
        if not self.started:
            if abs(delta.x()) + abs(delta.y()) < START_DISTANCE:
                return
            self._start()
        for card in self.cards:
            card.setPos(self.origins[card.entity_id] + delta)
        self._follow(delta)
        self._indicate(pos)

    def _follow(self, delta: QPointF) -> None:
        dx, dy = delta.x(), delta.y()
        for arrow, source, target, coords in self.flows:
            if source is not None and target is not None:
                arrow.preview(tuple(v + (dx if i % 2 == 0 else dy) for i, v in enumerate(coords)))
                continue
            other = self.scene.item_for(arrow.flow.target_id if source is not None else arrow.flow.source_id)
            moving = source or target
            if not isinstance(other, TouchpointCard) or moving is None:
                continue
            a = moving.card_rect().translated(moving.pos())
            b = other.card_rect().translated(other.pos())
            arrow.preview(elbow(a, b) if source is not None else elbow(b, a))

    def _target(self, pos: QPointF) -> tuple[str, str, int] | None:
        layout = self.scene.layout
        cell = cell_at(layout, Point(pos.x(), pos.y()))
        if cell is None or layout.lanes[cell[1]].kind in CARDLESS_LANES:
            return None
        return cell[0], cell[1], stack_index_at(layout, cell[0], cell[1], pos.y(), exclude=self.ids)

    def _indicate(self, pos: QPointF) -> None:
        target = self._target(pos)
        if target is None:
            self.scene.indicator.clear()
            return
        layout = self.scene.layout
        stage_id, lane_id, index = target
        column, band = layout.stages[stage_id].column, layout.lanes[lane_id].band
        area = QRectF(column.x, band.y, column.w, band.h)
        y = stack_insert_y(layout, stage_id, lane_id, index, exclude=self.ids)
        pad = layout.metrics.cell_padding
        line = QLineF(column.x + pad, y, column.right - pad, y)
        self.scene.indicator.show_at(area, line)

    # ------------------------------------------------------------------ ending
    def cancel(self) -> None:
        """Put every dragged card and arrow back; nothing is pushed."""
        for card in self.cards:
            card.setPos(self.origins[card.entity_id])
            card.setZValue(Z.CARD + (0.5 if card.isSelected() else 0.0))
        for arrow, *_rest in self.flows:
            arrow.end_preview()
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
        stage_rank = {s.id: i for i, s in enumerate(model.stages())}
        lane_rank = {lane.id: i for i, lane in enumerate(model.lanes())}
        block = sorted(
            (c.touchpoint for c in self.cards),
            key=lambda t: (stage_rank[t.stage_id], lane_rank[t.lane_id], t.order, t.id),
        )
        ids = [t.id for t in block]
        cell = model.cell(stage_id, lane_id)
        staying = [t for t in cell if t.id not in set(ids)]
        after = [t.id for t in staying[:index]] + ids + [t.id for t in staying[index:]]
        if after == [t.id for t in cell]:
            return  # dropped where they already were
        keys = orders_between(cell, index, len(block), exclude=ids)
        moves = [
            (t, dataclasses.replace(t, stage_id=stage_id, lane_id=lane_id, order=k))
            for t, k in zip(block, keys, strict=True)
        ]
        text = QCoreApplication.translate("MapScene", "Move touchpoints")
        self.scene.push(MoveTouchpoints(model, moves, text))
