"""Stage headers and lane labels: drag to reorder, drag the far edge to resize, one step each."""

from __future__ import annotations

from cxdesigner.canvas.style import MIN_STAGE_WIDTH
from cxdesigner.domain.entities import Lane, Stage
from tests.canvas.gestures import Canvas, file_matches, reopen


def test_dragging_a_header_reorders_the_stages(canvas: Canvas) -> None:
    model, layout = canvas.model, canvas.scene.layout
    before = [s.id for s in model.stages()]
    first = layout.stages[before[0]].header
    third = layout.stages[before[2]].header
    canvas.drag((first.center.x, first.center.y), (third.right - 20, third.center.y))
    after = [s.id for s in model.stages()]
    assert after == [before[1], before[2], before[0], *before[3:]]
    assert [s.id for s in reopen(canvas.doc.path).stages()] == after
    assert canvas.doc.undo_stack.count() == 1
    header = canvas.scene.item_for(before[0])
    assert header.pos().x() == canvas.scene.layout.stages[before[0]].header.x
    # the cards went with their stage
    advert = next(t for t in model.touchpoints() if t.stage_id == before[0])
    assert canvas.scene.layout.cards[advert.id].rect.x > canvas.scene.layout.stages[before[2]].header.x
    canvas.doc.undo()
    assert [s.id for s in model.stages()] == before and file_matches(canvas)
    canvas.doc.redo()
    assert [s.id for s in model.stages()] == after and file_matches(canvas)


def test_dragging_a_header_edge_resizes_the_stage_never_below_the_minimum(canvas: Canvas) -> None:
    model, layout = canvas.model, canvas.scene.layout
    stage = model.stages()[1]
    header = layout.stages[stage.id].header
    edge = (header.right - 2, header.center.y)
    canvas.drag(edge, (header.right + 78, header.center.y))
    assert model.get(Stage, stage.id).width == stage.width + 80
    assert reopen(canvas.doc.path).get(Stage, stage.id).width == stage.width + 80
    assert canvas.scene.layout.stages[stage.id].header.w == stage.width + 80
    header = canvas.scene.layout.stages[stage.id].header
    canvas.drag((header.right - 2, header.center.y), (header.x + 10, header.center.y))
    assert model.get(Stage, stage.id).width == MIN_STAGE_WIDTH
    assert canvas.doc.undo_stack.count() == 2
    canvas.doc.undo()
    canvas.doc.undo()
    assert model.get(Stage, stage.id) == stage and file_matches(canvas)


def test_lane_labels_reorder_and_resize_vertically(canvas: Canvas) -> None:
    model, layout = canvas.model, canvas.scene.layout
    lanes = [lane.id for lane in model.lanes()]
    top, second = layout.lanes[lanes[0]].label, layout.lanes[lanes[1]].label
    canvas.drag((top.center.x, top.center.y), (second.center.x, second.bottom - 10))
    assert [lane.id for lane in model.lanes()][:2] == [lanes[1], lanes[0]]
    label = canvas.scene.layout.lanes[lanes[0]].label
    lane = model.get(Lane, lanes[0])
    canvas.drag((label.center.x, label.bottom - 2), (label.center.x, label.bottom + 40))
    assert model.get(Lane, lanes[0]).height == lane.height + 42
    assert reopen(canvas.doc.path).get(Lane, lanes[0]).height == lane.height + 42
    assert canvas.doc.undo_stack.count() == 2 and file_matches(canvas)
    canvas.doc.undo()
    canvas.doc.undo()
    assert [lane.id for lane in model.lanes()] == lanes and file_matches(canvas)


def test_a_header_click_selects_it_without_an_edit(canvas: Canvas) -> None:
    stage = canvas.model.stages()[3]
    header = canvas.scene.layout.stages[stage.id].header
    canvas.click(header.center.x, header.center.y)
    assert canvas.state.selection == [stage.id] and canvas.doc.undo_stack.count() == 0
