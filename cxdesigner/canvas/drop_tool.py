"""Drops from the palette: a channel makes a card in the cell under the mouse, Stage and Lane insert one.

The palette drags MIME type ``application/x-cxdesigner-palette`` with the UTF-8 payload ``stage``,
``lane`` or ``channel:<value>``. While the drag moves over the map an indicator shows where the thing will
land (the cell and the insert line in its stack, or the boundary between stages or lanes); the drop pushes
one AddEntities, and a new card's title editor opens with the keyboard on the canvas, so typing names it.
Anything else dragged over the canvas, or a channel over a place with no cell, is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt

from cxdesigner.domain.entities import Channel
from cxdesigner.domain.geometry import Point
from cxdesigner.domain.layout import cell_at, lane_index_at, stack_index_at, stage_index_at
from cxdesigner.domain.placement import CARDLESS_LANES, lane_insert_y, stack_insert_y, stage_insert_x

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene

PALETTE_MIME = "application/x-cxdesigner-palette"


def parse_payload(data: bytes) -> tuple[str, Channel | None] | None:
    """("stage", None), ("lane", None) or ("channel", Channel) from a palette payload; None if invalid."""
    try:
        text = data.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    if text in ("stage", "lane"):
        return text, None
    kind, _, value = text.partition(":")
    if kind == "channel" and value in {c.value for c in Channel}:
        return "channel", Channel(value)
    return None


class PaletteDrop:
    """Accepts palette drags on the scene, shows where they land and performs the drop."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    def _payload(self, event: Any) -> tuple[str, Channel | None] | None:
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(PALETTE_MIME) or not self.scene.editable:
            return None
        return parse_payload(bytes(mime.data(PALETTE_MIME).data()))

    def _cell(self, pos: QPointF) -> tuple[str, str, int] | None:
        layout = self.scene.layout
        cell = cell_at(layout, Point(pos.x(), pos.y()))
        if cell is None or layout.lanes[cell[1]].kind in CARDLESS_LANES:
            return None
        return cell[0], cell[1], stack_index_at(layout, cell[0], cell[1], pos.y())

    def _indicate(self, payload: tuple[str, Channel | None], pos: QPointF) -> bool:
        layout = self.scene.layout
        bounds = layout.bounds
        kind = payload[0]
        if kind == "stage":
            x = stage_insert_x(layout, stage_index_at(layout, pos.x()))
            self.scene.indicator.show_at(line=QLineF(x, bounds.y, x, bounds.bottom))
            return True
        if kind == "lane":
            y = lane_insert_y(layout, lane_index_at(layout, pos.y()))
            self.scene.indicator.show_at(line=QLineF(bounds.x, y, bounds.right, y))
            return True
        target = self._cell(pos)
        if target is None:
            self.scene.indicator.clear()
            return False
        stage_id, lane_id, index = target
        column, band = layout.stages[stage_id].column, layout.lanes[lane_id].band
        pad = layout.metrics.cell_padding
        y = stack_insert_y(layout, stage_id, lane_id, index)
        area = QRectF(column.x, band.y, column.w, band.h)
        self.scene.indicator.show_at(area, QLineF(column.x + pad, y, column.right - pad, y))
        return True

    def enter(self, event: Any) -> None:
        payload = self._payload(event)
        if payload is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self._indicate(payload, event.scenePos())

    def move(self, event: Any) -> None:
        payload = self._payload(event)
        if payload is None or not self._indicate(payload, event.scenePos()):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def _focus_view(self, event: Any) -> None:
        """Give the keyboard to the view the drop landed in: the drag came from the palette, which had it."""
        for view in self.scene.views():
            if event.widget() in (None, view.viewport()):
                view.activateWindow()
                view.setFocus(Qt.FocusReason.MouseFocusReason)
                return

    def leave(self, event: Any) -> None:
        self.scene.indicator.clear()
        event.accept()

    def drop(self, event: Any) -> None:
        self.scene.indicator.clear()
        payload = self._payload(event)
        if payload is None:
            event.ignore()
            return
        pos, actions, layout = event.scenePos(), self.scene.actions, self.scene.layout
        kind, channel = payload
        if kind == "stage":
            done = actions.add_stage(stage_index_at(layout, pos.x()), rename=False) is not None
        elif kind == "lane":
            done = actions.add_lane(lane_index_at(layout, pos.y()), rename=False) is not None
        else:
            target = self._cell(pos)
            assert channel is not None
            added = actions.add_card(*target, channel=channel, rename=False) if target is not None else None
            done = added is not None
            if added is not None:  # typing names the card at once, as on a sticky note
                self._focus_view(event)
                actions.rename(added)
        if done:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()
