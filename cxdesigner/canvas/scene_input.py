"""How the map scene takes input: mouse gestures (the tools of ``gestures``), keys (``keys``), palette and
picture drops, and the menu-level actions. A press, a key or a drop makes a big map's waiting items first
(``canvas.deferred``): every tool sees the whole map.

``SceneInput`` is mixed into ``MapScene`` (before ``QGraphicsScene``, whose handlers it overrides).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from cxdesigner.canvas import keys
from cxdesigner.canvas.drop_tool import PaletteDrop
from cxdesigner.canvas.picture_drop import PictureDrop
from cxdesigner.domain.entities import Channel

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import EntityItem


class SceneInput:
    """The scene's input handlers and menu-level actions (``MapScene`` provides what they use)."""

    gestures: Any
    actions: Any
    editor: Any
    palette_drop: PaletteDrop
    picture_drop: PictureDrop
    finish_build: Callable[[], None]

    # ------------------------------------------------------------------ mouse: tools (see gestures)
    def top_item(self, pos: QPointF) -> EntityItem | None:
        """The topmost card, flow, stage header or lane label under a scene point."""
        return self.gestures.top_item(pos)  # type: ignore[no-any-return]

    def cancel_gesture(self) -> None:
        """Abandon a gesture in progress (its items go back where they were; nothing is pushed)."""
        self.gestures.cancel()

    @property
    def gesture_active(self) -> bool:
        return self.gestures.tool is not None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        self.finish_build()
        self.gestures.press(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self.gestures.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        self.gestures.release(event)
        super().mouseReleaseEvent(event)
        # The canvas is where a release inside it ends, whether an item, a tool (a link, a header drag) or the
        # view (a rubber band, a click on nothing) handled its press: never let it travel on to the window.
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt override
        self.finish_build()
        if not self.gestures.double_click(event):
            super().mouseDoubleClickEvent(event)

    # ------------------------------------------------------------------ keys and palette drops
    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.finish_build()
        if self.editor.active:
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Escape and self.gesture_active:
            self.cancel_gesture()
            event.accept()
            return
        if not keys.dispatch(self.actions, event):
            super().keyPressEvent(event)

    def _drop_tool(self, event: Any) -> PaletteDrop | PictureDrop:
        return self.picture_drop if self.picture_drop.wants(event) else self.palette_drop

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.finish_build()
        self._drop_tool(event).enter(event)

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._drop_tool(event).move(event)

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.palette_drop.leave(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._drop_tool(event).drop(event)

    # ------------------------------------------------------------------ public actions (menus call these)
    def add_card_in_selection(self, channel: Channel = Channel.OTHER) -> str | None:
        """Add a card (of ``channel``) after the selected one in its cell, or in the selected stage/lane;
        select it and open its title editor."""
        return self.actions.add_card_in_selection(channel)

    def add_stage_after_selection(self) -> str | None:
        """Insert a stage after the selected card's or header's stage (or at the end) and rename it."""
        return self.actions.add_stage_after_selection()

    def add_lane_after_selection(self) -> str | None:
        """Insert a lane below the selected card's or label's lane (or at the bottom) and rename it."""
        return self.actions.add_lane_after_selection()

    def delete_selection(self) -> bool:
        """Delete the selected cards, flows, stages and lanes in one undo step."""
        return self.actions.delete_selection()

    def rename_selection(self) -> bool:
        """Open the inline editor on the (first) selected item."""
        return self.actions.rename_selection()

    def select_all(self) -> None:
        """Select every card."""
        self.actions.select_all()

    def link_selection_to_next(self) -> bool:
        """Start a link from the selected card; called again (or Enter) on another card, link the two."""
        return self.actions.link_selection_to_next()

    def select_neighbour(self, direction: str) -> str | None:
        """Select the nearest card "left", "right", "up" or "down" of the selection."""
        return self.actions.select_neighbour(direction)

    def move_selection(self, direction: str) -> bool:
        """Move the selected cards one cell left/right or one place up/down, as one step."""
        return self.actions.move_selection(direction)
