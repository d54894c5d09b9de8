"""Dragging cards with the mouse: one move command on release, into the cell and stack place under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from cxdesigner.domain.entities import Touchpoint
from tests.canvas.gestures import CTRL, LEFT, NO_MODS, Canvas, file_matches, reopen


def _cards(canvas: Canvas) -> dict[str, Touchpoint]:
    return {t.title: t for t in canvas.model.touchpoints()}


def _cell_titles(journey, stage_id: str, lane_id: str) -> list[str]:
    return [t.title for t in journey.cell(stage_id, lane_id)]


def test_dragging_a_card_moves_it_into_the_cell_and_place_under_the_mouse(canvas: Canvas) -> None:
    cards = _cards(canvas)
    advert, seller = cards["Advert"], cards["Seller"]
    seller_rect = canvas.scene.layout.cards[seller.id].rect
    steps = canvas.doc.undo_stack.count()

    canvas.drag(canvas.card_center(advert.id), (seller_rect.center.x, seller_rect.y + 8))

    assert canvas.doc.undo_stack.count() == steps + 1
    moved = canvas.model.get(Touchpoint, advert.id)
    assert (moved.stage_id, moved.lane_id) == (seller.stage_id, seller.lane_id)
    assert _cell_titles(canvas.model, seller.stage_id, seller.lane_id) == ["Advert", "Seller"]
    assert _cell_titles(reopen(canvas.doc.path), seller.stage_id, seller.lane_id) == ["Advert", "Seller"]
    assert file_matches(canvas)
    rect = canvas.scene.layout.cards[advert.id].rect
    assert canvas.scene.item_for(advert.id).pos().toTuple() == (rect.x, rect.y)

    # below the seller this time: same cell, the other place
    seller_rect = canvas.scene.layout.cards[seller.id].rect
    canvas.drag(canvas.card_center(advert.id), (seller_rect.center.x, seller_rect.bottom + 4))
    assert _cell_titles(canvas.model, seller.stage_id, seller.lane_id) == ["Seller", "Advert"]
    assert file_matches(canvas)

    canvas.doc.undo()
    assert _cell_titles(canvas.model, seller.stage_id, seller.lane_id) == ["Advert", "Seller"]
    canvas.doc.undo()
    assert canvas.model.get(Touchpoint, advert.id) == advert
    assert reopen(canvas.doc.path).get(Touchpoint, advert.id) == advert
    rect = canvas.scene.layout.cards[advert.id].rect
    assert canvas.scene.item_for(advert.id).pos().toTuple() == (rect.x, rect.y)
    canvas.doc.redo()
    assert _cell_titles(canvas.model, seller.stage_id, seller.lane_id) == ["Advert", "Seller"]
    assert file_matches(canvas)


def test_a_drop_outside_every_cell_or_in_place_snaps_back_without_a_command(canvas: Canvas) -> None:
    advert = _cards(canvas)["Advert"]
    item = canvas.scene.item_for(advert.id)
    home = item.pos()
    steps = canvas.doc.undo_stack.count()
    header = canvas.scene.layout.stages[advert.stage_id].header
    canvas.drag(canvas.card_center(advert.id), (header.center.x, header.center.y))  # onto the header row
    canvas.drag(canvas.card_center(advert.id), (-20.0, -20.0))  # off the map
    x, y = canvas.card_center(advert.id)
    canvas.drag((x, y), (x + 12, y + 3))  # a nudge inside its own place
    emotions = next(lane for lane in canvas.model.lanes() if lane.kind.value == "emotions")
    band = canvas.scene.layout.lanes[emotions.id].band
    canvas.drag((x, y), (x, band.center.y))  # the emotions lane holds curves, not cards
    assert canvas.doc.undo_stack.count() == steps
    assert item.pos() == home and canvas.model.get(Touchpoint, advert.id) == advert
    assert not canvas.scene.indicator.isVisible()


def test_rubber_band_then_drag_moves_all_selected_cards_in_one_step(canvas: Canvas) -> None:
    cards = _cards(canvas)
    layout = canvas.scene.layout
    advert, website, seller, bag = cards["Advert"], cards["Website"], cards["Seller"], cards["Bag"]
    a, w = layout.cards[advert.id].rect, layout.cards[website.id].rect
    # rubber band from empty space above-left of the Advert card to inside the Website card
    canvas.drag((a.x - 6, a.y - 6), (w.x + 20, w.bottom - 4))
    assert {c.entity_id for c in canvas.scene.selected_cards()} == {advert.id, website.id}
    steps = canvas.doc.undo_stack.count()

    bag_rect = layout.cards[bag.id].rect
    canvas.drag(canvas.card_center(website.id), (bag_rect.center.x, bag_rect.bottom + 4))

    # Website goes two stages right, so Advert does too (the group keeps its shape: test_group_move)
    assert canvas.doc.undo_stack.count() == steps + 1
    assert _cell_titles(canvas.model, bag.stage_id, bag.lane_id) == ["Bag", "Website"]
    assert _cell_titles(canvas.model, seller.stage_id, seller.lane_id) == ["Seller", "Advert"]
    assert _cell_titles(reopen(canvas.doc.path), bag.stage_id, bag.lane_id) == ["Bag", "Website"]
    assert file_matches(canvas)
    canvas.doc.undo()
    assert canvas.model.get(Touchpoint, advert.id) == advert
    assert canvas.model.get(Touchpoint, website.id) == website
    assert file_matches(canvas)
    canvas.doc.redo()
    assert _cell_titles(canvas.model, bag.stage_id, bag.lane_id) == ["Bag", "Website"]
    assert file_matches(canvas)


def test_ctrl_click_toggles_cards_in_and_out_of_the_selection(canvas: Canvas) -> None:
    cards = _cards(canvas)
    canvas.click(*canvas.card_center(cards["Advert"].id))
    canvas.click(*canvas.card_center(cards["Bag"].id), CTRL)
    assert set(canvas.state.selection) == {cards["Advert"].id, cards["Bag"].id}
    canvas.click(*canvas.card_center(cards["Advert"].id), CTRL)
    assert canvas.state.selection == [cards["Bag"].id]
    canvas.click(*canvas.card_center(cards["Seller"].id))
    assert canvas.state.selection == [cards["Seller"].id]


def test_arrows_follow_their_cards_during_the_drag_and_esc_puts_all_back(canvas: Canvas) -> None:
    website = _cards(canvas)["Website"]
    arrow = next(canvas.scene.item_for(f.id) for f in canvas.model.flows() if f.target_id == website.id)
    preview = canvas.scene.stretch_preview
    card = canvas.scene.item_for(website.id)
    home = card.scenePos()
    port = canvas.view.viewport()
    x, y = canvas.card_center(website.id)
    QTest.mousePress(port, LEFT, NO_MODS, canvas.at(x, y))
    QTest.mouseMove(port, canvas.at(x + 30, y + 40))
    QTest.mouseMove(port, canvas.at(x + 60, y + 80))
    moved = card.sceneBoundingRect()
    assert card.scenePos() == home + QPointF(60, 80)
    assert not arrow.isVisible() and preview.isVisible()
    end = preview.routes[0].last()
    assert abs(end.x() - (home.x() + 60)) < 1 and moved.top() < end.y() < moved.bottom()  # into the moved card
    canvas.key(Qt.Key.Key_Escape)
    assert arrow.isVisible() and not preview.isVisible() and card.scenePos() == home
    steps = canvas.doc.undo_stack.count()
    QTest.mouseRelease(port, LEFT, NO_MODS, canvas.at(x + 60, y + 80))
    assert canvas.doc.undo_stack.count() == steps
