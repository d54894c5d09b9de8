"""A dragged group keeps its shape: every card shifts by the same stages and lanes as the card under the
mouse, keeps its order within its cell, and the move is one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from cxdesigner.domain.entities import Touchpoint, new_id
from tests.canvas.conftest import open_canvas
from tests.canvas.gestures import Canvas, file_matches, reopen
from tests.conftest import small_map

ZOOMS = [0.53, 1.0, 2.0]


@pytest.fixture
def group(qtbot, tmp_path: Path):
    """The shop map with two more cards: Flyer under Advert, Call in the Need stage's frontstage."""
    journey = small_map()
    stages, lanes = journey.stages(), journey.lanes()
    advert = next(t for t in journey.touchpoints() if t.title == "Advert")
    journey.add(Touchpoint(new_id(), stages[0].id, lanes[1].id, title="Flyer", order=advert.order + 1))
    journey.add(Touchpoint(new_id(), stages[0].id, lanes[2].id, title="Call"))
    kit = open_canvas(qtbot, tmp_path / "group.cxd", journey)
    yield kit
    kit.doc.close()


def _by_title(canvas: Canvas) -> dict[str, Touchpoint]:
    return {t.title: t for t in canvas.model.touchpoints()}


def _cell(journey, stage: int, lane: int) -> list[str]:
    return [t.title for t in journey.cell(journey.stages()[stage].id, journey.lanes()[lane].id)]


def _select_group(canvas: Canvas) -> None:
    """Rubber band from above-left of Advert to inside Website and Call: Advert, Flyer, Website, Call."""
    cards, layout = _by_title(canvas), canvas.scene.layout
    a, w, c = (layout.cards[cards[t].id].rect for t in ("Advert", "Website", "Call"))
    canvas.drag((a.x - 6, a.y - 6), (w.x + 20, c.bottom - 4))
    assert {c.touchpoint.title for c in canvas.scene.selected_cards()} == {
        "Advert", "Flyer", "Website", "Call"
    }  # fmt: skip


def _shape(journey) -> dict[tuple[int, int], list[str]]:
    return {(s, lane): _cell(journey, s, lane) for s in range(4) for lane in range(5) if _cell(journey, s, lane)}


@pytest.mark.parametrize("zoom", ZOOMS)
def test_moving_a_group_one_stage_right_shifts_every_card_one_stage(group: Canvas, zoom: float) -> None:
    group.view.set_zoom(zoom)
    group.view.centerOn(QPointF(500.0, 300.0))
    _select_group(group)
    before = _shape(group.model)
    assert before == {
        (0, 1): ["Advert", "Flyer"], (0, 2): ["Call"], (1, 1): ["Website"], (2, 1): ["Seller"], (3, 1): ["Bag"]
    }  # fmt: skip
    steps = group.doc.undo_stack.count()
    seller = group.scene.layout.cards[_by_title(group)["Seller"].id].rect

    group.drag(group.card_center(_by_title(group)["Website"].id), (seller.center.x, seller.bottom + 4))

    after = {
        (1, 1): ["Advert", "Flyer"], (1, 2): ["Call"], (2, 1): ["Seller", "Website"], (3, 1): ["Bag"]
    }  # fmt: skip
    assert _shape(group.model) == after
    assert _shape(reopen(group.doc.path)) == after
    assert group.doc.undo_stack.count() == steps + 1
    assert file_matches(group)
    group.doc.undo()
    assert _shape(group.model) == before
    assert file_matches(group)
    group.doc.redo()
    assert _shape(group.model) == after


@pytest.mark.parametrize("zoom", ZOOMS)
def test_moving_a_group_a_stage_right_and_a_lane_down_keeps_its_shape(group: Canvas, zoom: float) -> None:
    group.view.set_zoom(zoom)
    group.view.centerOn(QPointF(500.0, 300.0))
    _select_group(group)
    layout = group.scene.layout
    frontstage = layout.lanes[group.model.lanes()[2].id].band
    column = layout.stages[group.model.stages()[2].id].column

    group.drag(group.card_center(_by_title(group)["Website"].id), (column.center.x, frontstage.y + 12))

    assert _shape(group.model) == {
        (1, 2): ["Advert", "Flyer"], (1, 3): ["Call"], (2, 1): ["Seller"], (2, 2): ["Website"], (3, 1): ["Bag"]
    }  # fmt: skip
    assert group.doc.undo_stack.count() == 1


def test_a_group_that_would_leave_the_grid_or_land_on_the_emotions_lane_does_not_move(
    group: Canvas, qtbot
) -> None:
    _select_group(group)
    before = _shape(group.model)
    layout = group.scene.layout
    website = _by_title(group)["Website"]
    need = layout.stages[group.model.stages()[0].id].column
    touch = layout.lanes[group.model.lanes()[1].id].band
    with qtbot.waitSignal(group.scene.status_message):
        group.drag(group.card_center(website.id), (need.center.x, touch.bottom - 6))  # Advert would leave the map
    assert len(group.scene.selected_cards()) == 4  # the group stays selected for another try
    backstage = layout.lanes[group.model.lanes()[3].id].band
    column = layout.stages[group.model.stages()[1].id].column
    group.drag(group.card_center(website.id), (column.center.x, backstage.y + 12))  # Call -> the emotions lane
    assert _shape(group.model) == before
    assert group.doc.undo_stack.count() == 0
    assert not group.scene.indicator.isVisible()
