"""Which tool a mouse press starts, and handing the following moves and the release to it.

A press on a card's connector handle (``link_handle``: a sure target at any zoom, before anything else)
starts the connect tool; on a stage header or lane label, the header
tool (reorder, or resize at the far edge); on a card, Qt's own selection handling first (click selects,
Ctrl-click toggles) and then the move tool. A press on empty canvas is left to the view's rubber band.
While the map is locked or read-only, presses only select. A double-click renames what is under it; on an
empty cell of an external conditions lane, it notes a condition there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.connect_tool import ConnectTool
from cxdesigner.canvas.flow import FlowArrow
from cxdesigner.canvas.grid import LaneLabel, StageHeader
from cxdesigner.canvas.header_tool import HeaderTool
from cxdesigner.canvas.link_handle import card_with_handle_at, zoom_of
from cxdesigner.canvas.move_tool import MoveTool
from cxdesigner.canvas.note import NoteItem
from cxdesigner.domain.entities import LaneKind
from cxdesigner.domain.geometry import Point
from cxdesigner.domain.layout import cell_at

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene

LEFT = Qt.MouseButton.LeftButton
PICKABLE = (TouchpointCard, FlowArrow, StageHeader, LaneLabel, NoteItem)


class Gestures:
    """The mouse gestures of one scene: at most one tool at a time."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.tool: Any = None

    def top_item(self, pos: QPointF) -> Any:
        """The topmost card, flow, stage header, lane label or note under a scene point."""
        for item in self.scene.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder):
            if isinstance(item, PICKABLE) and item.isVisible():
                return item
        return None

    def hover(self, pos: QPointF, zoom: float) -> None:
        """The pointer moves with no button down: show the hotspot on the handle under it, if any."""
        scene = self.scene
        card = card_with_handle_at(scene, pos, zoom) if scene.editable and self.tool is None else None
        scene.handle_hotspot.show_on(card, zoom)

    def cancel(self) -> None:
        """Abandon the gesture in progress: its items go back where they were and nothing is pushed."""
        tool, self.tool = self.tool, None
        if tool is not None:
            tool.cancel()

    def press(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene
        if scene.editor.active and not scene.editor.contains(event.scenePos()):
            scene.editor.commit()
        if event.button() != LEFT or self.tool is not None or not scene.editable:
            QGraphicsScene.mousePressEvent(scene, event)
            return
        pos = event.scenePos()
        linking = card_with_handle_at(scene, pos, zoom_of(event.widget()))
        if linking is not None:  # the handle wins over a move of the selection and over a rubber band
            scene.handle_hotspot.show_on(None, 1.0)
            self.tool = ConnectTool(scene, linking, pos)
            event.accept()
            return
        item = self.top_item(pos)
        if isinstance(item, StageHeader | LaneLabel):
            self._select_on_press(item, event.modifiers())
            self.tool = HeaderTool(scene, item, pos)
            event.accept()
            return
        QGraphicsScene.mousePressEvent(scene, event)
        grabber = scene.mouseGrabberItem()
        if isinstance(grabber, TouchpointCard):
            self.tool = MoveTool(scene, pos, grabber)

    def _select_on_press(self, item: QGraphicsItem, modifiers: Qt.KeyboardModifier) -> None:
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            self.scene.clearSelection()
            item.setSelected(True)

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Hand a move to the tool; False when no tool is under way."""
        if self.tool is None or not event.buttons() & LEFT:
            return False
        self.tool.move(event.scenePos())
        event.accept()
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        tool, self.tool = self.tool, None
        if tool is not None and event.button() == LEFT:
            tool.release(event.scenePos())
        elif tool is not None:
            tool.cancel()

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Rename the card, header, label, arrow or note under a double-click, or note an external condition
        in an empty conditions cell; False if there is none of them."""
        if event.button() != LEFT:
            return False
        pos = event.scenePos()
        item = self.top_item(pos)
        layout = self.scene.layout
        cell = cell_at(layout, Point(pos.x(), pos.y())) if item is None else None
        if cell is not None and layout.lanes[cell[1]].kind is LaneKind.CONDITIONS:
            self.cancel()
            self.scene.actions.add_condition(*cell)
        elif item is not None:
            self.cancel()
            self.scene.actions.rename(item.entity_id)
        else:
            return False
        event.accept()
        return True
