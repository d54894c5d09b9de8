"""The scene: one item per entity at the layout's place, updated in place, selection and highlights mirrored."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPointF

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.canvas.flow import FlowArrow
from cxdesigner.canvas.grid import LaneLabel, StageHeader
from cxdesigner.commands import AddEntities, DeleteEntities, MoveTouchpoints, SetFields
from cxdesigner.domain.entities import Stage, Touchpoint, new_id
from tests.canvas.gestures import Canvas


def test_one_item_per_entity_where_the_layout_puts_it(canvas: Canvas) -> None:
    scene, model, layout = canvas.scene, canvas.model, canvas.scene.layout
    for tp in model.touchpoints():
        item = scene.item_for(tp.id)
        assert isinstance(item, TouchpointCard)
        rect = layout.cards[tp.id].rect
        assert item.pos() == QPointF(rect.x, rect.y) and item.card_rect().width() == rect.w
    for flow in model.flows():
        arrow = scene.item_for(flow.id)
        assert isinstance(arrow, FlowArrow) and arrow.coords == layout.flows[flow.id].coords
    assert all(isinstance(scene.item_for(s.id), StageHeader) for s in model.stages())
    assert all(isinstance(scene.item_for(lane.id), LaneLabel) for lane in model.lanes())
    assert len(scene.entity_items()) == sum(model.count(k) for k in (Touchpoint, Stage)) + len(model.lanes()) + len(
        model.flows()
    )
    assert scene.layout.visibility_line_y is not None


def test_an_edit_touches_only_the_items_it_changes(canvas: Canvas) -> None:
    scene, model = canvas.scene, canvas.model
    before = {item.entity_id: item for item in scene.entity_items()}
    updates = {i: item.updates for i, item in before.items()}
    made = TouchpointCard.constructed, FlowArrow.constructed
    first, second, *_ = sorted(model.touchpoints(), key=lambda t: scene.layout.cards[t.id].rect.x)

    canvas.doc.push(SetFields(model, first, "Rename", title="Баннер <b>&amp;</b>"))
    assert scene.item_for(first.id).touchpoint.title == "Баннер <b>&amp;</b>"
    changed = {i for i, item in before.items() if item.updates != updates[i]}
    assert changed == {first.id}

    # moving the second card under the first: exactly the items whose geometry changed are touched
    updates = {i: item.updates for i, item in before.items()}
    old = scene.layout
    moved = dataclasses.replace(second, stage_id=first.stage_id, order=first.order + 1)
    canvas.doc.push(MoveTouchpoints(model, [(second, moved)], "Move"))
    new = scene.layout
    changed = {i for i, item in before.items() if item.updates != updates[i]}
    expected = (
        {i for i in old.cards if old.cards[i].rect != new.cards[i].rect}
        | {i for i in old.flows if old.flows[i].coords != new.flows[i].coords}
        | {i for i in old.stages if old.stages[i].header != new.stages[i].header}
        | {i for i in old.lanes if old.lanes[i].label != new.lanes[i].label}
    )
    assert second.id in changed and changed == expected and len(changed) < len(before) / 2
    assert all(scene.item_for(i) is item for i, item in before.items())
    assert (TouchpointCard.constructed, FlowArrow.constructed) == made

    # an added card makes one new item and leaves the others alone
    tp = Touchpoint(new_id(), first.stage_id, first.lane_id, title="New", order=99.0)
    canvas.doc.push(AddEntities(model, [tp], "Add"))
    assert TouchpointCard.constructed == made[0] + 1
    assert all(scene.item_for(i) is item for i, item in before.items())


def test_selection_follows_the_view_state_and_back(canvas: Canvas) -> None:
    scene, state, model = canvas.scene, canvas.state, canvas.model
    a, b = model.touchpoints()[:2]
    state.select([b.id, a.id])
    assert {i.entity_id for i in scene.selectedItems()} == {a.id, b.id}
    scene.item_for(a.id).setSelected(False)
    assert state.selection == [b.id]
    scene.clearSelection()
    assert state.selection == []
    state.select(["not-on-the-canvas", a.id])
    assert [i.entity_id for i in scene.selectedItems()] == [a.id]


def test_highlight_roles_draw_halos_on_the_named_items(canvas: Canvas) -> None:
    scene, state, model = canvas.scene, canvas.state, canvas.model
    tp, flow = model.touchpoints()[0], model.flows()[0]
    state.highlight("failing", [tp.id])
    state.highlight("path", [tp.id, flow.id])
    assert scene.item_for(tp.id).highlights == ("failing", "path")
    assert scene.item_for(flow.id).highlights == ("path",)
    state.highlight("failing", [])
    assert scene.item_for(tp.id).highlights == ("path",)
    others = [i for i in scene.entity_items() if i.entity_id not in (tp.id, flow.id)]
    assert all(not i.highlights for i in others)


def test_removed_entities_lose_their_items(canvas: Canvas) -> None:
    scene, model = canvas.scene, canvas.model
    tp = model.touchpoints()[0]
    item = scene.item_for(tp.id)
    flows = [f.id for f in model.flows() if tp.id in (f.source_id, f.target_id)]
    canvas.doc.push(DeleteEntities(model, [tp.id], "Delete"))
    assert scene.item_for(tp.id) is None and item.scene() is None
    assert all(scene.item_for(f) is None for f in flows)
    canvas.doc.undo()
    assert isinstance(scene.item_for(tp.id), TouchpointCard)
    assert all(isinstance(scene.item_for(f), FlowArrow) for f in flows)
