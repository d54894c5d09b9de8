"""Dragging a stage header or a lane label: reorder it, or resize it by its far edge.

A press on the right edge of a stage header (the bottom edge of a lane label) resizes: a guide line
follows the mouse and ONE SetFields of ``width`` (``height``) is pushed on release, never below the minimum.
A press elsewhere reorders: the header follows the mouse along its axis, an insert line shows where it
will go, and ONE ReplaceEntities with its new ``order`` key is pushed on release. A release where it
already was pushes nothing.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF

from cxdesigner.canvas.grid import LaneLabel, StageHeader
from cxdesigner.canvas.style import MIN_LANE_HEIGHT, MIN_STAGE_WIDTH, Z
from cxdesigner.commands import ReplaceEntities, SetFields
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import lane_index_at, stage_index_at
from cxdesigner.domain.placement import lane_insert_y, stage_insert_x

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene

START_DISTANCE = 4.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapScene", text)


class HeaderTool:
    """One drag of a stage header or lane label (``item``), pressed at ``press``."""

    def __init__(self, scene: MapScene, item: StageHeader | LaneLabel, press: QPointF) -> None:
        self.scene = scene
        self.item = item
        self.press = QPointF(press)
        self.horizontal = isinstance(item, StageHeader)
        self.resizing = item.edge_contains(item.mapFromScene(press))
        self.origin = item.pos()
        self.started = False

    def _delta(self, pos: QPointF) -> float:
        return pos.x() - self.press.x() if self.horizontal else pos.y() - self.press.y()

    def _size(self, pos: QPointF) -> float:
        rect = self.item.rect
        if self.horizontal:
            return max(MIN_STAGE_WIDTH, float(round(rect.w + self._delta(pos))))
        return max(MIN_LANE_HEIGHT, float(round(rect.h + self._delta(pos))))

    def _index(self, pos: QPointF) -> int:
        layout, entity_id = self.scene.layout, self.item.entity_id
        if self.horizontal:
            return stage_index_at(layout, pos.x(), exclude=[entity_id])
        return lane_index_at(layout, pos.y(), exclude=[entity_id])

    def move(self, pos: QPointF) -> None:
        delta = self._delta(pos)
        if not self.started:
            if abs(delta) < START_DISTANCE:
                return
            self.started = True
            self.item.setZValue(Z.DRAGGED)
        bounds = self.scene.layout.bounds
        if self.resizing:
            rect = self.item.rect
            if self.horizontal:
                x = rect.x + self._size(pos)
                line = QLineF(x, bounds.y, x, bounds.bottom)
            else:
                y = rect.y + self._size(pos)
                line = QLineF(bounds.x, y, bounds.right, y)
            self.scene.indicator.show_at(line=line)
            return
        shift = QPointF(delta, 0.0) if self.horizontal else QPointF(0.0, delta)
        self.item.setPos(self.origin + shift)
        index, layout = self._index(pos), self.scene.layout
        if self.horizontal:
            x = stage_insert_x(layout, index, exclude=[self.item.entity_id])
            line = QLineF(x, bounds.y, x, bounds.bottom)
        else:
            y = lane_insert_y(layout, index, exclude=[self.item.entity_id])
            line = QLineF(bounds.x, y, bounds.right, y)
        self.scene.indicator.show_at(line=line)

    def cancel(self) -> None:
        self.item.setPos(self.origin)
        self.item.setZValue(Z.HEADER)
        self.scene.indicator.clear()

    def release(self, pos: QPointF) -> None:
        started = self.started
        self.cancel()
        if not started:
            return
        model = self.scene.document.model
        entity = self.item.stage if isinstance(self.item, StageHeader) else self.item.lane
        if self.resizing:
            self._resize(model, entity, self._size(pos))
            return
        siblings = model.stages() if self.horizontal else model.lanes()
        index = self._index(pos)
        staying = [s.id for s in siblings if s.id != entity.id]
        if [s.id for s in siblings] == [*staying[:index], entity.id, *staying[index:]]:
            return
        order = JourneyMap.order_at(siblings, index, exclude=[entity.id])
        text = _tr("Move stage") if self.horizontal else _tr("Move lane")
        self.scene.push(ReplaceEntities(model, [(entity, dataclasses.replace(entity, order=order))], text))

    def _resize(self, model: JourneyMap, entity, size: float) -> None:
        if self.horizontal:
            if size != entity.width:
                self.scene.push(SetFields(model, entity, _tr("Resize stage"), width=size))
        elif size != entity.height:
            self.scene.push(SetFields(model, entity, _tr("Resize lane"), height=size))
