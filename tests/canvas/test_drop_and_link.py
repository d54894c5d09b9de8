"""Palette drops make cards, stages and lanes where they land; dragging from a handle links two cards."""

from __future__ import annotations

from cxdesigner.canvas.card import TouchpointCard
from cxdesigner.domain.entities import Channel, Flow, Lane, LaneKind, Stage, Touchpoint
from tests.canvas.gestures import Canvas, file_matches, reopen


def _titles(canvas: Canvas) -> dict[str, Touchpoint]:
    return {t.title: t for t in canvas.model.touchpoints()}


def test_dropping_a_channel_into_a_cell_creates_a_card_there(canvas: Canvas) -> None:
    model, layout = canvas.model, canvas.scene.layout
    website = _titles(canvas)["Website"]
    rect = layout.cards[website.id].rect
    steps = canvas.doc.undo_stack.count()

    assert canvas.palette_drop("channel:email", rect.center.x, rect.y + 4)  # above the Website card

    assert canvas.doc.undo_stack.count() == steps + 1
    cell = model.cell(website.stage_id, website.lane_id)
    new = cell[0]
    assert [t.id for t in cell] == [new.id, website.id]
    assert new.channel == Channel.EMAIL and new.title == "New touchpoint"
    assert canvas.state.selection == [new.id]
    assert isinstance(canvas.scene.item_for(new.id), TouchpointCard)
    assert reopen(canvas.doc.path).get(Touchpoint, new.id) == new
    assert file_matches(canvas)
    assert not canvas.scene.indicator.isVisible()

    canvas.doc.undo()
    assert new.id not in model and canvas.scene.item_for(new.id) is None
    assert new.id not in reopen(canvas.doc.path)
    canvas.doc.redo()
    assert model.get(Touchpoint, new.id) == new and canvas.scene.item_for(new.id) is not None
    assert file_matches(canvas)


def test_dropping_stage_and_lane_inserts_them_where_dropped(canvas: Canvas) -> None:
    model, layout = canvas.model, canvas.scene.layout
    first, second = layout.stages[layout.stage_order[0]].header, layout.stages[layout.stage_order[1]].header
    assert canvas.palette_drop("stage", first.right - 10, 200.0)  # right half of the first stage
    stages = model.stages()
    assert len(stages) == 9 and stages[1].title == "New stage"
    assert stages[0].id == layout.stage_order[0] and stages[2].id == layout.stage_order[1]
    assert second.x < canvas.scene.layout.stages[stages[2].id].header.x
    assert [s.id for s in reopen(canvas.doc.path).stages()] == [s.id for s in stages]

    lanes = model.lanes()
    band = canvas.scene.layout.lanes[lanes[0].id].band
    assert canvas.palette_drop("lane", 400.0, band.y + 5)  # top half of the first lane
    after = model.lanes()
    assert len(after) == len(lanes) + 1 and after[0].title == "New lane" and after[1].id == lanes[0].id
    assert after[0].kind == LaneKind.TOUCHPOINTS
    assert reopen(canvas.doc.path).get(Lane, after[0].id) == after[0]
    canvas.doc.undo()
    canvas.doc.undo()
    assert model.count(Stage) == 8 and len(model.lanes()) == len(lanes)
    assert file_matches(canvas)


def test_drops_that_do_not_fit_are_refused(canvas: Canvas) -> None:
    model = canvas.model
    count = model.count(Touchpoint)
    emotions = next(lane for lane in model.lanes() if lane.kind == LaneKind.EMOTIONS)
    band = canvas.scene.layout.lanes[emotions.id].band
    assert not canvas.palette_drop("channel:website", 400.0, band.center.y)
    assert not canvas.palette_drop("channel:website", 20.0, 20.0)  # the empty corner
    assert not canvas.palette_drop("channel:no-such-channel", 400.0, 200.0)
    assert not canvas.palette_drop("<b>stage</b>", 400.0, 200.0)
    assert model.count(Touchpoint) == count and model.count(Stage) == 8
    assert canvas.doc.undo_stack.count() == 0


def test_dragging_from_a_handle_to_another_card_links_them(canvas: Canvas) -> None:
    titles = _titles(canvas)
    advert, seller = titles["Advert"], titles["Seller"]
    card = canvas.scene.item_for(advert.id)
    handle = card.mapToScene(card.handle_center())
    steps = canvas.doc.undo_stack.count()

    canvas.drag((handle.x(), handle.y()), canvas.card_center(seller.id))

    flow = canvas.model.flow_between(advert.id, seller.id)
    assert flow is not None and canvas.doc.undo_stack.count() == steps + 1
    assert canvas.model.get(Touchpoint, advert.id) == advert  # the card did not move
    assert canvas.scene.item_for(flow.id) is not None
    assert reopen(canvas.doc.path).get(Flow, flow.id) == flow
    assert not canvas.scene.rubber_line.isVisible()
    canvas.doc.undo()
    assert canvas.model.flow_between(advert.id, seller.id) is None and canvas.scene.item_for(flow.id) is None
    assert reopen(canvas.doc.path).flow_between(advert.id, seller.id) is None
    canvas.doc.redo()
    assert canvas.model.flow_between(advert.id, seller.id) == flow
    assert file_matches(canvas)


def test_linking_to_nothing_itself_or_an_existing_link_changes_nothing(canvas: Canvas, qtbot) -> None:
    titles = _titles(canvas)
    advert, website = titles["Advert"], titles["Website"]
    card = canvas.scene.item_for(advert.id)
    handle = card.mapToScene(card.handle_center())
    start = (handle.x(), handle.y())
    flows = canvas.model.count(Flow)
    canvas.drag(start, (handle.x() + 5, handle.y() + 150))  # empty cell
    canvas.drag(start, canvas.card_center(advert.id))  # itself
    with qtbot.waitSignal(canvas.doc.edit_refused) as refused:
        canvas.drag(start, canvas.card_center(website.id))  # already linked
    assert "already linked" in refused.args[0]
    assert canvas.model.count(Flow) == flows and canvas.doc.undo_stack.count() == 0
    assert file_matches(canvas)
