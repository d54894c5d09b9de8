"""Where pictures go: a thumbnail inside each card that has one, one picture per stage in a storyboard lane."""

from __future__ import annotations

import dataclasses

from cxdesigner.domain.entities import Lane, LaneKind, new_id
from cxdesigner.domain.layout import compute_layout
from cxdesigner.domain.picture_layout import STORYBOARD_HEIGHT, THUMB_RIGHT
from cxdesigner.domain.pictures import storyboard
from tests.conftest import small_map
from tests.picture_bytes import picture


def test_a_card_with_pictures_shows_its_first_inside_the_card_at_its_aspect() -> None:
    journey = small_map()
    tp = journey.touchpoints()[0]
    journey.add(picture(tp.id, 40, 20, order=2.0))
    first = journey.add(picture(tp.id, 30, 30, order=1.0))
    layout = compute_layout(journey)
    box, card = layout.card_pictures[tp.id], layout.cards[tp.id].rect
    assert box.picture_id == first.id
    assert abs(box.rect.w - box.rect.h) < 1e-9  # square picture, square thumbnail
    assert card.x < box.rect.x and box.rect.right == card.right - THUMB_RIGHT
    assert card.y < box.rect.y and box.rect.bottom < card.bottom
    assert set(layout.card_pictures) == {tp.id}
    assert compute_layout(small_map()).card_pictures == {}


def test_a_storyboard_lane_shows_each_stages_first_picture_lane_by_lane() -> None:
    journey = small_map()
    lanes = journey.lanes()
    board = journey.add(Lane(new_id(), "Storyboard", order=lanes[0].order - 1, kind=LaneKind.STORYBOARD))
    cards = journey.touchpoints()
    lower = max(cards, key=lambda t: [lane.id for lane in lanes].index(t.lane_id))
    same_stage = [t for t in cards if t.stage_id == lower.stage_id]
    wide = journey.add(picture(lower.id, 60, 30, caption="Витрина"))
    layout = compute_layout(journey)
    assert journey.get(Lane, board.id).height < STORYBOARD_HEIGHT <= layout.lanes[board.id].band.h
    box = layout.storyboard[(lower.stage_id, board.id)]
    assert box.picture_id == wide.id and abs(box.rect.w / box.rect.h - 2.0) < 1e-9
    band, column = layout.lanes[board.id].band, layout.stages[lower.stage_id].column
    assert column.x < box.rect.x and box.rect.right < column.right
    assert band.y < box.rect.y and box.caption is not None and box.caption.bottom < band.bottom
    assert len(layout.storyboard) == 1
    if len(same_stage) > 1:  # a card higher up the stage with a picture takes the frame
        higher = min(same_stage, key=lambda t: [lane.id for lane in lanes].index(t.lane_id))
        if higher.lane_id != lower.lane_id:
            other = journey.add(picture(higher.id))
            assert storyboard(journey)[lower.stage_id] == other
    journey.put(dataclasses.replace(journey.get(Lane, board.id), kind=LaneKind.TEXT))
    assert compute_layout(journey).storyboard == {}
