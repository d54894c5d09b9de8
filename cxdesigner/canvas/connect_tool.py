"""Linking two cards with the mouse: drag from a card's connector handle and drop on another card.

A rubber line follows the mouse and the card under it is tinted. Releasing on another card pushes one
AddEntities with the new Flow and opens its label's editor (type a label, or go on: it stays empty);
releasing on nothing or on the source itself does nothing. A refused link (the two are already linked) is
reported by the document's ``edit_refused`` signal, never raised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.commands import AddEntities
from cxdesigner.domain.entities import Flow, new_id

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene


class ConnectTool:
    """One link gesture, from the press on a handle to the release."""

    def __init__(self, scene: MapScene, source: TouchpointCard, press: QPointF) -> None:
        self.scene = scene
        self.source = source
        self.start = source.mapToScene(source.handle_center())
        scene.rubber_line.show_from(self.start, press)

    def _target(self, pos: QPointF) -> TouchpointCard | None:
        for item in self.scene.items(pos):
            on_card = isinstance(item, TouchpointCard) and item.card_rect().contains(item.mapFromScene(pos))
            if on_card and item is not self.source:
                return item
        return None

    def move(self, pos: QPointF) -> None:
        self.scene.rubber_line.show_from(self.start, pos)
        target = self._target(pos)
        if target is None:
            self.scene.indicator.clear()
        else:
            self.scene.indicator.show_at(target.card_rect().translated(target.pos()).adjusted(-3, -3, 3, 3))

    def cancel(self) -> None:
        self.scene.rubber_line.clear()
        self.scene.indicator.clear()

    def release(self, pos: QPointF) -> None:
        target = self._target(pos)
        self.cancel()
        if target is None:
            return
        flow = Flow(new_id(), self.source.entity_id, target.entity_id)
        text = QCoreApplication.translate("MapScene", "Link touchpoints")
        if self.scene.push(AddEntities(self.scene.document.model, [flow], text)):
            self.scene.actions.rename(flow.id)  # its label can be typed at once; a click or Esc skips it
