"""External conditions: one note per cell of a conditions lane, filling it, under their stage."""

from __future__ import annotations

import pytest

from cxdesigner.domain.conditions import CONDITIONS_LANE_HEIGHT, Condition, condition_in, conditions_by_stage
from cxdesigner.domain.entities import Lane, LaneKind, new_id
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.layout import compute_layout
from cxdesigner.domain.notes import CONDITION_HEIGHT, CONDITION_PAD


def _outside(journey: JourneyMap, order: float = -1.0, height: float = CONDITIONS_LANE_HEIGHT) -> Lane:
    return journey.add(Lane(new_id(), "Outside", order=order, kind=LaneKind.CONDITIONS, height=height))


def test_a_condition_fills_its_cell_and_its_lane_stays_low(journey: JourneyMap) -> None:
    lane, stage = _outside(journey), journey.stages()[2]
    noted = journey.add(Condition(new_id(), stage.id, lane.id, "Season: gifts before New Year"))
    layout = compute_layout(journey)
    box, band, column = layout.notes[noted.id], layout.lanes[lane.id].band, layout.stages[stage.id].column
    assert (box.stage_id, box.lane_id) == (stage.id, lane.id)
    assert box.rect.y == band.y + CONDITION_PAD and box.rect.bottom == band.bottom - CONDITION_PAD
    assert column.x < box.rect.x and box.rect.right < column.right
    assert band.h == CONDITIONS_LANE_HEIGHT  # a note does not stretch it, unlike a stack of barriers
    low = _outside(journey, order=-2.0, height=40.0)  # the least a lane may be
    journey.add(Condition(new_id(), stage.id, low.id, "Regulation"))
    assert compute_layout(journey).lanes[low.id].band.h == 2 * CONDITION_PAD + CONDITION_HEIGHT


def test_a_condition_shows_only_in_a_conditions_lane(journey: JourneyMap) -> None:
    lane, stage = _outside(journey), journey.stages()[0]
    noted = journey.add(Condition(new_id(), stage.id, lane.id, "Competitors on marketplaces"))
    journey.update(Lane, lane.id, kind=LaneKind.TEXT)
    assert noted.id not in compute_layout(journey).notes  # kept, and back when the lane is conditions again
    journey.update(Lane, lane.id, kind=LaneKind.CONDITIONS)
    assert noted.id in compute_layout(journey).notes


def test_one_condition_per_cell_and_the_stages_list_theirs_lane_by_lane(journey: JourneyMap) -> None:
    upper, lower = _outside(journey, order=-2.0), _outside(journey, order=-1.0)
    first, second = journey.stages()[0], journey.stages()[1]
    b = journey.add(Condition("b", first.id, lower.id, "The mall's hours"))
    a = journey.add(Condition("a", first.id, upper.id, "Winter"))
    journey.add(Condition("c", second.id, upper.id, "   "))  # an empty note says nothing
    with pytest.raises(ModelError):
        journey.add(Condition("d", first.id, upper.id, "A second note in the cell"))
    assert conditions_by_stage(journey) == {first.id: [a, b]}
    assert condition_in(journey, first.id, lower.id) == b and condition_in(journey, second.id, lower.id) is None


def test_deleting_the_stage_or_the_lane_takes_its_conditions_and_restoring_brings_them_back(
    journey: JourneyMap,
) -> None:
    lane, stage = _outside(journey), journey.stages()[3]
    noted = journey.add(Condition(new_id(), stage.id, lane.id, "Consumer law"))
    for gone in (stage.id, lane.id):
        removal = journey.delete([gone])
        assert noted.id not in journey
        journey.restore(removal)
        assert journey.get(Condition, noted.id) == noted
