"""The map scene: one item per stage, lane, touchpoint and flow, kept in step with the document.

The scene holds ONE dict from entity id to item and builds the items once. Afterwards it follows the
document's signals: data changes go straight to the named item; anything that moves geometry marks the
layout dirty, and at the end of the edit (the undo stack's ``indexChanged``, the scene's own ``push``, or
the next turn of the event loop) the layout is recomputed once and only the items whose box or route
changed are touched. The scene is never rebuilt, except on the document's ``model_reset``.

Selection is mirrored both ways with the window's ``ViewState``; highlighted roles draw halos. Input is
``scene_input``'s: mouse gestures are tools (``move_tool``, ``connect_tool``, ``header_tool``, ``drop_tool``),
each ending in one command; keys and the menu-level actions are in ``actions`` and ``keys``. The window's
scene of a big map makes its cards and flows as they come into view (``deferred``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QGraphicsScene

from cxdesigner import collector
from cxdesigner.canvas import style
from cxdesigner.canvas.actions import MapActions
from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.deferred import DEFER_ABOVE, Box, DeferredItems, boxes
from cxdesigner.canvas.drop_tool import PaletteDrop
from cxdesigner.canvas.emotion_curve import EmotionCurves
from cxdesigner.canvas.flow import FlowArrow
from cxdesigner.canvas.flow_widths import FlowWidths
from cxdesigner.canvas.gestures import Gestures
from cxdesigner.canvas.grid import LaneBand, LaneLabel, StageHeader, VisibilityLine
from cxdesigner.canvas.indicator import DragGroup, DropIndicator, EmptyHint, RubberLine, StretchPreview
from cxdesigner.canvas.link_handle import HandleHotspot
from cxdesigner.canvas.mirror import SelectionMirror, weak_slot
from cxdesigner.canvas.note import NoteItem
from cxdesigner.canvas.overview import Overview
from cxdesigner.canvas.owner_colours import OwnerColours
from cxdesigner.canvas.picture_drop import PictureDrop
from cxdesigner.canvas.pictures import PictureSync
from cxdesigner.canvas.quality_marks import QualityMarks
from cxdesigner.canvas.rename_tool import InlineEditor
from cxdesigner.canvas.scene_input import SceneInput
from cxdesigner.document import Document
from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.entities import Flow, Lane, Stage, Touchpoint
from cxdesigner.domain.geometry import MapLayout
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier
from cxdesigner.domain.layout import compute_layout
from cxdesigner.domain.pictures import Picture
from cxdesigner.domain.placement import card_lane
from cxdesigner.viewstate import ViewState

GEOMETRY_FIELDS: dict[type, frozenset[str]] = {
    Touchpoint: frozenset({"stage_id", "lane_id", "order"}),
    Stage: frozenset({"order", "width"}),
    Lane: frozenset({"order", "height", "kind"}),
    Flow: frozenset({"source_id", "target_id"}),
    Barrier: frozenset({"stage_id", "touchpoint_id", "order"}),
    Improvement: frozenset({"status", "effort", "impact", "due", "title"}),  # its place in the roadmap order
    Picture: frozenset({"touchpoint_id", "order", "caption"}),  # which picture a card or a storyboard shows
    Condition: frozenset({"stage_id", "lane_id"}),
}
NOTE_KINDS = (Barrier, Improvement, ImprovementBarrier, Condition)
"""Kinds drawn as notes in the barriers, ideas and external conditions lanes (or, for links, deciding where a
note goes)."""
MARGIN = 40.0

EntityItem = TouchpointCard | FlowArrow | StageHeader | LaneLabel | NoteItem


class MapScene(SceneInput, QGraphicsScene):
    """The journey map as graphics items; edits go through ``push`` into the document."""

    status_message = Signal(str)
    """A one-line hint or refusal for the status bar."""
    layout_changed = Signal()
    """The layout was recomputed after an edit (items that draw from it, e.g. curves, follow this)."""
    editing_changed = Signal(bool)
    """An inline editor opened (True) or closed (False); the window can pause its shortcuts meanwhile."""

    @collector.paused()  # thousands of items that live as long as the scene (see collector)
    def __init__(self, document: Document, view_state: ViewState, parent: Any = None, deferred: bool = False) -> None:
        """``deferred`` (the window's scene): a big map's cards and flows are made as they come into view and
        when idle (``canvas.deferred``)."""
        super().__init__(parent)
        style.font_family()
        self.document = document
        self.view_state = view_state
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.editing_aids = True
        """Waiting emotion points and such: drawn for editing, left out of pictures (``ui.image_export``)."""
        self._items: dict[str, EntityItem] = {}
        self._bands: dict[str, LaneBand] = {}
        self._notes: dict[str, NoteItem] = {}
        self._visibility: VisibilityLine | None = None
        self.deferred: DeferredItems | None = None
        """The cards and flows still to be made (None once all are)."""
        self._layout: MapLayout = compute_layout(document.model, hidden_lanes=view_state.hidden_lanes)
        self._dirty = False
        self._pending: set[str] = set()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self.overview = Overview(self)
        self.addItem(self.overview)
        self.indicator = DropIndicator()
        self.rubber_line = RubberLine()
        self.empty_hint = EmptyHint()
        self.drag_group = DragGroup()
        self.stretch_preview = StretchPreview()
        self.handle_hotspot = HandleHotspot()
        feedback = (self.indicator, self.rubber_line, self.empty_hint, self.drag_group, self.stretch_preview)
        for item in (*feedback, self.handle_hotspot):
            self.addItem(item)
        self.editor = InlineEditor(self)
        self.actions = MapActions(self)
        self.palette_drop = PaletteDrop(self)
        self.picture_drop = PictureDrop(self)
        self.pictures = PictureSync(self)
        self.gestures = Gestures(self)
        self.mirror = SelectionMirror(self)
        waiting = self._build(defer=deferred)
        if waiting:
            self.deferred = DeferredItems(self, self._all_built)
            for entity_id, box in waiting.items():
                self.deferred.add(entity_id, box, partial(self._make_late, entity_id))
        self.quality_marks = QualityMarks(self)
        self.curves = EmotionCurves(self)
        self.owner_colours = OwnerColours(self)
        self.flow_widths = FlowWidths(self)
        document.entity_added.connect(weak_slot(self._on_added))
        document.entity_removed.connect(weak_slot(self._on_removed))
        document.entity_changed.connect(weak_slot(self._on_changed))
        document.model_reset.connect(weak_slot(self._rebuild))
        document.undo_stack.indexChanged.connect(weak_slot(self._flush))
        view_state.lanes_changed.connect(weak_slot(self._lanes_shown))
        self.selectionChanged.connect(weak_slot(self._selection_changed))  # a dying scene still emits

    # ------------------------------------------------------------------ reading
    @property
    def layout(self) -> MapLayout:
        """The current geometry of the map (recomputed first if an edit is pending)."""
        self._flush()
        return self._layout

    def item_for(self, entity_id: str) -> EntityItem | None:
        """The item drawing an entity (card, flow, stage header or lane label), if any."""
        self.finish_build()
        self._flush()
        return self._items.get(entity_id)

    def built_item(self, entity_id: str) -> EntityItem | None:
        """``item_for`` without making a big map's waiting items (None for one of them)."""
        self._flush()
        return self._items.get(entity_id)

    def band_for(self, lane_id: str) -> LaneBand | None:
        return self._bands.get(lane_id)

    def items_by_id(self) -> dict[str, EntityItem]:
        """Every entity's item by id, as of the last layout (read-only; do not change it)."""
        self.finish_build()
        return self._items

    def built_items_by_id(self) -> dict[str, EntityItem]:
        """``items_by_id`` as made so far (helpers that dress a late item themselves; read-only)."""
        return self._items

    def finish_build(self) -> None:
        """Make a big map's waiting cards and flows now (before anything that needs every item)."""
        if self.deferred is not None:
            self.deferred.finish()

    def entity_items(self) -> list[EntityItem]:
        """Every item that draws an entity."""
        self.finish_build()
        return list(self._items.values())

    def selected_ids(self) -> list[str]:
        """The ids of the selected items, in the order they were selected."""
        return list(self.mirror.order)

    def selected_cards(self) -> list[TouchpointCard]:
        return [i for i in self.selectedItems() if isinstance(i, TouchpointCard)]

    @property
    def editable(self) -> bool:
        """Whether gestures may edit: not locked for a workshop and not a read-only file."""
        return not self.view_state.locked and not self.document.read_only

    # ------------------------------------------------------------------ editing
    def push(self, command: QUndoCommand) -> bool:
        """Push one command through the document and bring the items up to date at once."""
        if self.view_state.locked:
            self.status_message.emit(self.tr("The map is locked against edits."))
            return False
        done = self.document.push(command)
        self._flush()
        return done

    def _selection_changed(self) -> None:
        self.overview.invalidate(marks_only=True)
        self.mirror.to_state()

    def set_selection(self, ids: Iterable[str]) -> None:
        """Select exactly these entities (the view state and the panels follow)."""
        self.finish_build()
        self._flush()
        self.mirror.select(ids)

    # ------------------------------------------------------------------ building
    def _build(self, defer: bool = False) -> dict[str, Box] | None:
        """Make the items; with ``defer``, a big map's cards and flows are left for later: where each goes."""
        model, layout = self.document.model, self._layout
        for stage in model.stages():
            self._add(StageHeader(stage, layout.stages[stage.id]))
        for index, lane in enumerate(model.lanes()):
            box = layout.lanes[lane.id]
            self._add(LaneLabel(lane, box))
            band = self._bands[lane.id] = LaneBand(lane, box, index, layout.column_edges)
            self.addItem(band)
        cards, flows = model.touchpoints(), model.flows()
        waiting = None
        if defer and len(cards) + len(flows) > DEFER_ABOVE:
            waiting = boxes(layout, [tp.id for tp in cards], [flow.id for flow in flows])
        else:
            for tp in cards:
                self._add(TouchpointCard(tp, layout.cards[tp.id].rect))
            for flow in flows:
                self._add(FlowArrow(flow, layout.flows.get(flow.id)))
        self._sync_notes(layout)
        self._show_lanes(layout)
        self.pictures.sync(layout)
        self._update_visibility(layout)
        self._update_hint(layout)
        self._set_rect(layout)
        for role in self.view_state.roles():
            self.mirror.apply_highlights(role)
        return waiting

    def _make_late(self, entity_id: str) -> None:
        """Make one waiting card or flow (``_create``), dressed as the helpers dress the others."""
        layout = self._layout
        if entity_id in self._items:
            return
        self._create(self.document.model.find(entity_id), layout)
        item = self._items.get(entity_id)
        hidden = layout.hidden_lanes
        if isinstance(item, TouchpointCard):
            self.quality_marks.dress(item)
            self.pictures.dress(item, layout)
            if hidden:
                item.setVisible(layout.cards[entity_id].lane_id not in hidden)
        elif isinstance(item, FlowArrow):
            self.flow_widths.dress(item)
            if hidden:
                item.setVisible(entity_id in layout.flows)

    def _all_built(self) -> None:
        self.deferred = None
        self.overview.invalidate()

    def _rebuild(self) -> None:
        """Start over from the model (only when the whole model was replaced)."""
        self.finish_build()
        self.cancel_gesture()
        for item in [*self._items.values(), *self._bands.values()]:
            self.removeItem(item)
        self._items.clear()
        self._bands.clear()
        self._notes.clear()
        self.pictures.clear()
        self._pending.clear()
        self._layout = compute_layout(self.document.model, hidden_lanes=self.view_state.hidden_lanes)
        self._dirty = False
        self._build()
        self.layout_changed.emit()

    def _add(self, item: EntityItem) -> None:
        self._items[item.entity_id] = item
        self.addItem(item)
        if isinstance(item, TouchpointCard | FlowArrow):
            self.overview.adopt(item)

    def card_and_flow_items(self) -> list[TouchpointCard | FlowArrow]:
        self.finish_build()
        return [i for i in self._items.values() if isinstance(i, TouchpointCard | FlowArrow)]

    def set_overview(self, on: bool) -> None:
        """Draw all cards and arrows as one overview (the view turns this on when zoomed far out)."""
        if on:
            self.finish_build()
        self.overview.set_active(on)

    def _set_rect(self, layout: MapLayout) -> None:
        b = layout.bounds
        self.setSceneRect(b.x - MARGIN, b.y - MARGIN, b.w + 2 * MARGIN, b.h + 2 * MARGIN)

    def _update_hint(self, layout: MapLayout) -> None:
        lane = None if layout.cards else card_lane(self.document.model.lanes())
        if lane is None or not layout.stage_order:
            self.empty_hint.show_in(None)
            return
        column, band = layout.stages[layout.stage_order[0]].column, layout.lanes[lane.id].band
        self.empty_hint.show_in(QRectF(column.x, band.y, column.w, band.h))

    def _update_visibility(self, layout: MapLayout) -> None:
        y = layout.visibility_line_y
        if y is None:
            if self._visibility is not None:
                self.removeItem(self._visibility)
                self._visibility = None
            return
        if self._visibility is None:
            self._visibility = VisibilityLine(y, 0.0, layout.bounds.right)
            self.addItem(self._visibility)
        elif self._visibility.set_span(y, 0.0, layout.bounds.right):
            self._visibility.update()

    # ------------------------------------------------------------------ following the document
    def _on_added(self, entity: Any) -> None:
        self.finish_build()
        if isinstance(entity, (*NOTE_KINDS, Picture)):  # notes are made and placed when the layout is recomputed
            self._mark_dirty()
            return
        if type(entity) in GEOMETRY_FIELDS:
            self._pending.add(entity.id)
            self._mark_dirty()

    def _on_removed(self, entity: Any) -> None:
        self.finish_build()
        self._pending.discard(entity.id)
        self._notes.pop(entity.id, None)
        if isinstance(entity, ImprovementBarrier | Picture):
            self._mark_dirty()
        item = self._items.pop(entity.id, None)
        if item is None:
            return
        if self.editor.target_id == entity.id:
            self.editor.cancel()
        self.actions.forget(entity.id)
        self.removeItem(item)
        band = self._bands.pop(entity.id, None)
        if band is not None:
            self.removeItem(band)
        self._mark_dirty()

    def _on_changed(self, old: Any, new: Any, fields: frozenset[str]) -> None:
        self.finish_build()
        item = self._items.get(new.id)
        if item is not None:
            if isinstance(item, TouchpointCard):
                item.set_touchpoint(new)
            elif isinstance(item, FlowArrow):
                item.set_flow(new)
            elif isinstance(item, StageHeader):
                item.set_stage(new)
            elif isinstance(item, LaneLabel):
                item.set_lane(new)
            elif isinstance(item, NoteItem):
                item.set_entity(new)
        if isinstance(item, TouchpointCard):
            self.overview.invalidate()
        if fields & GEOMETRY_FIELDS.get(type(new), frozenset()):
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        if not self._dirty:
            self._dirty = True
            self._flush_timer.start()

    def _flush(self, *_args: Any) -> None:
        """Recompute the layout once after an edit and touch only the items whose geometry changed."""
        if not self._dirty:
            return
        self.finish_build()
        self._dirty = False
        self._flush_timer.stop()
        self.cancel_gesture()
        self.handle_hotspot.show_on(None, 1.0)  # its card may have moved; the next mouse move finds it again
        model = self.document.model
        layout = self._layout = compute_layout(model, previous=self._layout, hidden_lanes=self.view_state.hidden_lanes)
        for entity_id in self._pending:
            self._create(model.find(entity_id), layout)
        self._pending.clear()
        lane_index = {lane_id: i for i, lane_id in enumerate(layout.lane_order)}
        for entity_id, item in self._items.items():
            if isinstance(item, TouchpointCard):
                item.set_rect(layout.cards[entity_id].rect)
            elif isinstance(item, FlowArrow):
                item.set_route(layout.flows.get(entity_id))
            elif isinstance(item, StageHeader):
                item.set_box(layout.stages[entity_id])
            elif isinstance(item, NoteItem):
                continue  # placed by _sync_notes below
            else:
                box = layout.lanes[entity_id]
                item.set_box(box)
                self._bands[entity_id].set_box(box, lane_index[entity_id], layout.column_edges)
        self._sync_notes(layout)
        self._show_lanes(layout)
        self.pictures.sync(layout)
        self._update_visibility(layout)
        self._update_hint(layout)
        self._set_rect(layout)
        self.overview.fit_bounds()
        self.overview.invalidate()
        self.layout_changed.emit()

    def _lanes_shown(self) -> None:
        """The view state shows other lanes: lay the map out again without the hidden ones."""
        self._dirty = True
        self._flush()

    def _show_lanes(self, layout: MapLayout) -> None:
        """Hide the labels, bands and cards of the lanes a saved view leaves out, and the flows they touch."""
        hidden = layout.hidden_lanes
        if not hidden and all(band.isVisible() for band in self._bands.values()):
            return
        for entity_id, item in self._items.items():
            if isinstance(item, TouchpointCard):
                item.setVisible(layout.cards[entity_id].lane_id not in hidden)
            elif isinstance(item, FlowArrow):
                item.setVisible(entity_id in layout.flows)
            elif isinstance(item, LaneLabel):
                item.setVisible(entity_id not in hidden)
        for lane_id, band in self._bands.items():
            band.setVisible(lane_id not in hidden)

    def _sync_notes(self, layout: MapLayout) -> None:
        """Give every barrier, improvement and condition that has a place its note there; remove notes that
        lost theirs."""
        for entity_id in [i for i in self._notes if i not in layout.notes]:
            self.removeItem(self._notes.pop(entity_id))
            self._items.pop(entity_id, None)
        model = self.document.model
        for entity_id, box in layout.notes.items():
            note = self._notes.get(entity_id)
            if note is not None:
                note.set_rect(box.rect)
                continue
            entity = model.find(entity_id)
            if entity is None:
                continue
            note = self._notes[entity_id] = NoteItem(entity, box.rect)
            self._add(note)
            roles = self.mirror.roles_of(entity_id)
            if roles:
                note.set_highlights(roles)

    def _create(self, entity: Any, layout: MapLayout) -> None:
        if entity is None or entity.id in self._items:
            return
        item: EntityItem
        if isinstance(entity, Touchpoint):
            item = TouchpointCard(entity, layout.cards[entity.id].rect)
        elif isinstance(entity, Flow):
            item = FlowArrow(entity, layout.flows.get(entity.id))
        elif isinstance(entity, Stage):
            item = StageHeader(entity, layout.stages[entity.id])
        else:
            box = layout.lanes[entity.id]
            item = LaneLabel(entity, box)
            index = layout.lane_order.index(entity.id)
            self._bands[entity.id] = LaneBand(entity, box, index, layout.column_edges)
            self.addItem(self._bands[entity.id])
        self._add(item)
        roles = self.mirror.roles_of(entity.id)
        if roles:
            item.set_highlights(roles)
