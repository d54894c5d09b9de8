"""The canvas's edit actions, shared by keys and the window's menus: add, delete, rename, link, select, move.

Each action reads the selection and the layout, builds one command and pushes it through the scene, so
every action is one undo step. ``MapScene`` exposes them as public methods; ``keys`` binds them to keys.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.grid import LaneLabel, StageHeader
from cxdesigner.commands import AddEntities, DeleteEntities, MoveTouchpoints
from cxdesigner.domain.conditions import Condition, condition_in
from cxdesigner.domain.entities import (
    Channel,
    Flow,
    Lane,
    LaneKind,
    Stage,
    Touchpoint,
    new_id,
    physical_by_default,
)
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.placement import CARDLESS_LANES, card_lane, first_card, neighbour, place_block, shift_group

if TYPE_CHECKING:
    from cxdesigner.canvas.scene import MapScene


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapScene", text)


class MapActions:
    """Selection-based edits of one scene."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.link_source: str | None = None
        self._last_lane: str | None = None

    @property
    def model(self) -> JourneyMap:
        return self.scene.document.model

    # ------------------------------------------------------------------ selection helpers
    def _selected(self) -> list[Any]:
        items = [self.scene.item_for(i) for i in self.scene.selected_ids()]
        return [i for i in items if i is not None]

    def _current_card(self) -> Touchpoint | None:
        """The most recently selected card."""
        for entity_id in reversed(self.scene.selected_ids()):
            item = self.scene.item_for(entity_id)
            if isinstance(item, TouchpointCard):
                return item.touchpoint
        return None

    def selection_changed(self) -> None:
        """The scene's selection changed: remember the lane in use and follow it with the link line."""
        card = self._current_card()
        if card is not None:
            self._last_lane = card.lane_id
        if self.link_source is not None:
            self._show_link()

    def forget(self, entity_id: str) -> None:
        """An entity left the map: stop linking from it."""
        if entity_id == self.link_source:
            self.cancel_link()

    def _guard(self) -> bool:
        if self.scene.document.read_only:
            self.scene.status_message.emit(_tr("This project is open read-only; use Save As to edit a copy."))
            return False
        if self.scene.view_state.locked:
            self.scene.status_message.emit(_tr("The map is locked against edits."))
            return False
        return True

    def _reveal(self, entity_id: str) -> None:
        item = self.scene.item_for(entity_id)
        if item is not None:
            for view in self.scene.views():
                view.ensureVisible(item.sceneBoundingRect(), 40, 40)

    # ------------------------------------------------------------------ adding
    def add_card_in_selection(self, channel: Channel = Channel.OTHER) -> str | None:
        if not self._guard():
            return None
        stages, lanes = self.model.stages(), self.model.lanes()
        if not stages or card_lane(lanes) is None:
            self.scene.status_message.emit(_tr("Add a stage and a lane first."))
            return None
        current = self._current_card()
        if current is not None:
            stage_id, lane_id = current.stage_id, current.lane_id
            cell = self.model.cell(stage_id, lane_id)
            index = [t.id for t in cell].index(current.id) + 1
        else:
            selected = self._selected()
            stage_id = next((i.entity_id for i in selected if isinstance(i, StageHeader)), stages[0].id)
            chosen = next((i.entity_id for i in selected if isinstance(i, LaneLabel)), self._last_lane)
            lane = card_lane(lanes, chosen)
            assert lane is not None
            lane_id = lane.id
            cell = self.model.cell(stage_id, lane_id)
            index = len(cell)
        return self.add_card(stage_id, lane_id, index, channel)

    def add_card(
        self, stage_id: str, lane_id: str, index: int, channel: Channel = Channel.OTHER, rename: bool = True
    ) -> str | None:
        """Add a new card at ``index`` of a cell, select it and (``rename``) open its title editor."""
        order = JourneyMap.order_at(self.model.cell(stage_id, lane_id), index)
        title, physical = _tr("New touchpoint"), physical_by_default(channel)
        tp = Touchpoint(new_id(), stage_id, lane_id, title=title, order=order, channel=channel, physical=physical)
        if not self.scene.push(AddEntities(self.model, [tp], _tr("Add touchpoint"))):
            return None
        self._last_lane = lane_id
        self._select_new(tp.id, rename)
        return tp.id

    def add_condition(self, stage_id: str, lane_id: str) -> str | None:
        """Note an external condition in a cell of a conditions lane (one per cell) and open its editor; the
        cell's own note when it has one."""
        if not self._guard():
            return None
        known = condition_in(self.model, stage_id, lane_id)
        if known is None:
            known = Condition(new_id(), stage_id, lane_id, _tr("New condition"))
            if not self.scene.push(AddEntities(self.model, [known], _tr("Add external condition"))):
                return None
        self._select_new(known.id, True)
        return known.id

    def _select_new(self, entity_id: str, rename: bool) -> None:
        self.scene.set_selection([entity_id])
        self._reveal(entity_id)
        if rename:
            self.rename(entity_id)

    def _anchor(self, kind: type) -> str | None:
        """The stage (or lane) of the selected card, header or label."""
        for item in reversed(self._selected()):
            if isinstance(item, TouchpointCard):
                return item.touchpoint.stage_id if kind is Stage else item.touchpoint.lane_id
            if isinstance(item, StageHeader if kind is Stage else LaneLabel):
                return str(item.entity_id)
        return None

    def add_stage_after_selection(self) -> str | None:
        if not self._guard():
            return None
        stages = self.model.stages()
        anchor = self._anchor(Stage)
        index = [s.id for s in stages].index(anchor) + 1 if anchor else len(stages)
        return self.add_stage(index)

    def add_stage(self, index: int, rename: bool = True) -> str | None:
        """Insert a new stage at ``index``, select its header and open its title editor."""
        stage = Stage(new_id(), title=_tr("New stage"), order=JourneyMap.order_at(self.model.stages(), index))
        if not self.scene.push(AddEntities(self.model, [stage], _tr("Add stage"))):
            return None
        self._select_new(stage.id, rename)
        return stage.id

    def add_lane_after_selection(self) -> str | None:
        if not self._guard():
            return None
        lanes = self.model.lanes()
        anchor = self._anchor(Lane)
        index = [lane.id for lane in lanes].index(anchor) + 1 if anchor else len(lanes)
        return self.add_lane(index)

    def add_lane(self, index: int, kind: LaneKind = LaneKind.TOUCHPOINTS, rename: bool = True) -> str | None:
        """Insert a new lane at ``index``, select its label and open its title editor."""
        order = JourneyMap.order_at(self.model.lanes(), index)
        lane = Lane(new_id(), title=_tr("New lane"), order=order, kind=kind)
        if not self.scene.push(AddEntities(self.model, [lane], _tr("Add lane"))):
            return None
        self._select_new(lane.id, rename)
        return lane.id

    # ------------------------------------------------------------------ deleting and renaming
    def delete_selection(self) -> bool:
        if not self._guard():
            return False
        ids = [i.entity_id for i in self._selected()]
        if not ids:
            return False
        return self.scene.push(DeleteEntities(self.model, ids, _tr("Delete")))

    def rename_selection(self) -> bool:
        selected = self._selected()
        return bool(selected) and self.rename(selected[-1].entity_id)

    def rename(self, entity_id: str) -> bool:
        """Open the inline editor on a card's, stage's or lane's title, or a flow's label."""
        if not self._guard():
            return False
        item = self.scene.item_for(entity_id)
        if item is None:
            return False
        self._reveal(entity_id)
        return self.scene.editor.open(item)

    # ------------------------------------------------------------------ selecting
    def select_all(self) -> None:
        self.scene.set_selection(self.scene.layout.cards)

    def select_neighbour(self, direction: str) -> str | None:
        layout = self.scene.layout
        current = self._current_card()
        target: str | None
        if current is not None:
            target = neighbour(layout, current.id, direction)
            if target is None and direction == "up":
                target = current.stage_id  # from the top of a column up to its stage header
        else:
            target = self._from_header(direction) or first_card(layout)
            if target is None and layout.stage_order:
                target = layout.stage_order[0]
        if target is not None:
            self.scene.set_selection([target])
            self._reveal(target)
        return target

    def _from_header(self, direction: str) -> str | None:
        """From a selected stage header: down into its column, or sideways to the next header."""
        headers = [i for i in self._selected() if isinstance(i, StageHeader)]
        if not headers:
            return None
        layout, stage_id = self.scene.layout, headers[-1].entity_id
        if direction == "down":
            cells = [layout.cells.get((stage_id, lane), ()) for lane in layout.lane_order]
            return next((cell[0] for cell in cells if cell), None)
        order = list(layout.stage_order)
        step = {"left": -1, "right": 1}.get(direction, 0)
        index = order.index(stage_id) + step
        return order[index] if step and 0 <= index < len(order) else None

    def escape(self) -> bool:
        """Esc: leave link mode, else clear the selection."""
        if self.link_source is not None:
            self.cancel_link()
            return True
        if self.scene.selected_ids():
            self.scene.set_selection([])
            return True
        return False

    # ------------------------------------------------------------------ linking by keyboard
    def link_selection_to_next(self) -> bool:
        current = self._current_card()
        if self.link_source is None:
            if current is None or not self._guard():
                self.scene.status_message.emit(_tr("Select the card to link from first."))
                return False
            self.link_source = current.id
            self._show_link()
            self.scene.status_message.emit(
                _tr("Linking: select the next card with the arrow keys and press Enter (Esc cancels).")
            )
            return True
        return self.finish_link()

    def finish_link(self) -> bool:
        """Link the link source to the selected card, if it is another card."""
        source, current = self.link_source, self._current_card()
        if source is None or current is None or current.id == source:
            return False
        self.cancel_link()
        flow = Flow(new_id(), source, current.id)
        return self.scene.push(AddEntities(self.model, [flow], _tr("Link touchpoints")))

    def cancel_link(self) -> None:
        self.link_source = None
        self.scene.rubber_line.clear()

    def _show_link(self) -> None:
        layout = self.scene.layout
        source = layout.cards.get(self.link_source or "")
        if source is None:
            self.cancel_link()
            return
        current = self._current_card()
        start = QPointF(source.rect.right, source.rect.center.y)
        if current is not None and current.id != self.link_source and current.id in layout.cards:
            rect = layout.cards[current.id].rect
            end = QPointF(rect.x, rect.center.y)
        else:
            end = start + QPointF(30.0, 0.0)
        self.scene.rubber_line.show_from(start, end)

    # ------------------------------------------------------------------ moving by keyboard
    def move_selection(self, direction: str) -> bool:
        """Alt+arrows: the selected cards go one stage left/right (end of the stack) or one place up/down."""
        cards = [i.touchpoint for i in self._selected() if isinstance(i, TouchpointCard)]
        if not cards or not self._guard():
            return False
        if direction in ("left", "right"):
            moves = self._move_sideways(cards, -1 if direction == "left" else 1)
        else:
            moves = self._move_in_stack(cards, -1 if direction == "up" else 1)
        if not moves:
            return False
        return self.scene.push(MoveTouchpoints(self.model, moves, _tr("Move touchpoints")))

    def _move_sideways(self, cards: list[Touchpoint], step: int) -> list[tuple[Touchpoint, Touchpoint]]:
        """Every card one stage along, to the end of its new cell's stack (none if one would leave the map)."""
        order = [s.id for s in self.model.stages()]
        anchor = cards[0]
        index = order.index(anchor.stage_id) + step
        if not 0 <= index < len(order):
            return []
        return shift_group(self.model, cards, anchor.id, order[index], anchor.lane_id) or []

    def _place(self, block: list[Touchpoint], stage_id: str, lane_id: str, index: int | None):
        """Moves that put ``block`` at ``index`` (None: the end) of a cell, renumbering it if it ran out of room."""
        cell = self.model.cell(stage_id, lane_id)
        ids = {t.id for t in block}
        staying = [t for t in cell if t.id not in ids]
        keys = place_block(cell, len(staying) if index is None else index, [t.id for t in block])
        moves = [(t, dataclasses.replace(t, stage_id=stage_id, lane_id=lane_id, order=keys[t.id])) for t in block]
        return moves + [(t, dataclasses.replace(t, order=keys[t.id])) for t in staying if t.id in keys]

    def _move_in_stack(self, cards: list[Touchpoint], step: int) -> list[tuple[Touchpoint, Touchpoint]]:
        if len({(t.stage_id, t.lane_id) for t in cards}) != 1:
            self.scene.status_message.emit(_tr("Select cards of one cell to move them up or down."))
            return []
        first = cards[0]
        ids = {t.id for t in cards}
        cell = self.model.cell(first.stage_id, first.lane_id)
        block = [t for t in cell if t.id in ids]
        positions = [i for i, t in enumerate(cell) if t.id in ids]
        staying = [t for t in cell if t.id not in ids]
        index = positions[0] + step
        if 0 <= index <= len(staying):
            return self._place(block, first.stage_id, first.lane_id, index)
        return self._move_to_lane(block, first.stage_id, first.lane_id, step)

    def _move_to_lane(self, block: list[Touchpoint], stage_id: str, lane_id: str, step: int):
        lanes = [lane for lane in self.model.lanes() if lane.kind not in CARDLESS_LANES or lane.id == lane_id]
        index = [lane.id for lane in lanes].index(lane_id) + step
        if not 0 <= index < len(lanes):
            return []
        return self._place(block, stage_id, lanes[index].id, None if step < 0 else 0)
