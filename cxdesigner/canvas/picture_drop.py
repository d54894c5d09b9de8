"""Pictures dropped on the map: onto a card they join its pictures, onto a cell they make a new card there.

A drag carrying local files or image data (a file from the file manager, a picture from a browser) is taken
over a card or over a cell that can hold cards; the indicator tints the card or the cell. On the drop every
file goes through ``picture_intake`` (scaled, re-encoded, bombs and SVGs refused) and what was read is
added in one undo step: the pictures alone onto a card, or a new card titled after the first file with its
pictures into a cell. A refused file says why in one line on the status bar and nothing of it is stored.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt

from cxdesigner.commands.edit import AddEntities
from cxdesigner.domain.entities import Touchpoint, new_id
from cxdesigner.domain.geometry import Point
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import cell_at, stack_index_at
from cxdesigner.domain.pictures import next_order
from cxdesigner.domain.placement import CARDLESS_LANES
from cxdesigner.picture_intake import carries_pictures, from_mime

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene


def _tr(text: str) -> str:
    return QCoreApplication.translate("PictureDrop", text)


class PictureDrop:
    """Accepts image drags on the scene, shows the card or cell they land on and adds the pictures."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    def wants(self, event: Any) -> bool:
        """Whether this drag is for pictures (and the map may be edited)."""
        return self.scene.editable and carries_pictures(event.mimeData())

    def _target(self, pos: QPointF) -> tuple[str, Any] | None:
        """("card", touchpoint id) or ("cell", (stage id, lane id, index)) under the point."""
        layout = self.scene.layout
        point = Point(pos.x(), pos.y())
        for box in layout.cards.values():
            r = box.rect
            if r.x <= point.x <= r.x + r.w and r.y <= point.y <= r.y + r.h:
                return "card", box.touchpoint_id
        cell = cell_at(layout, point)
        if cell is None or layout.lanes[cell[1]].kind in CARDLESS_LANES:
            return None
        return "cell", (cell[0], cell[1], stack_index_at(layout, cell[0], cell[1], pos.y()))

    def _indicate(self, pos: QPointF) -> bool:
        target = self._target(pos)
        layout = self.scene.layout
        if target is None:
            self.scene.indicator.clear()
            return False
        if target[0] == "card":
            r = layout.cards[target[1]].rect
            self.scene.indicator.show_at(QRectF(r.x, r.y, r.w, r.h))
        else:
            stage_id, lane_id, _index = target[1]
            column, band = layout.stages[stage_id].column, layout.lanes[lane_id].band
            self.scene.indicator.show_at(QRectF(column.x, band.y, column.w, band.h))
        return True

    def enter(self, event: Any) -> None:
        self.move(event)

    def move(self, event: Any) -> None:
        if not self._indicate(event.scenePos()):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def leave(self, event: Any) -> None:
        self.scene.indicator.clear()
        event.accept()

    def drop(self, event: Any) -> None:
        self.scene.indicator.clear()
        target = self._target(event.scenePos())
        if target is None:
            event.ignore()
            return
        model = self.scene.document.model
        if target[0] == "card":
            card_id, new_card = target[1], None
        else:
            stage_id, lane_id, index = target[1]
            order = JourneyMap.order_at(model.cell(stage_id, lane_id), index)
            card_id = new_id()
            new_card = Touchpoint(card_id, stage_id, lane_id, title=_tr("New touchpoint"), order=order)
        pictures, refused = from_mime(event.mimeData(), card_id, next_order(model, card_id))
        if refused:
            self.scene.status_message.emit(refused[0] if len(refused) == 1 else " ".join(refused))
        if not pictures:
            event.ignore()
            return
        if new_card is not None:
            name = next((p.name for p in pictures if p.name), "")
            title = Path(name).stem if name else new_card.title
            entities: list[Any] = [dataclasses.replace(new_card, title=title), *pictures]
            text = _tr("Add touchpoint with picture")
        else:
            entities, text = (
                list(pictures),
                QCoreApplication.translate("PictureDrop", "Add %n picture(s)", "", len(pictures)),
            )
        if self.scene.push(AddEntities(model, entities, text)):
            self.scene.set_selection([card_id])
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()
