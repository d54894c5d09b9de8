"""Every model operation keeps the invariants and emits its typed event with old and new values."""

from __future__ import annotations

import pytest

from cxdesigner.domain.entities import Emotion, Flow, Lane, Persona, Stage, Touchpoint, new_id
from cxdesigner.domain.events import Added, Changed, Removed
from cxdesigner.domain.journey import JourneyMap, ModelError


def _recorder(journey: JourneyMap) -> list:
    events: list = []
    journey.subscribe(events.append)
    return events


def test_add_emits_added_and_indexes_the_cell(journey: JourneyMap) -> None:
    events = _recorder(journey)
    stage, lane = journey.stages()[0], journey.lanes()[0]
    tp = journey.add(Touchpoint(id=new_id(), stage_id=stage.id, lane_id=lane.id, title="Flyer", order=5))
    assert events == [Added(tp)]
    assert journey.cell(stage.id, lane.id) == [tp]
    assert journey.graph.nodes[tp.id]["touchpoint"] is tp


def test_update_emits_old_and_new(journey: JourneyMap) -> None:
    events = _recorder(journey)
    tp = journey.touchpoints()[0]
    new = journey.update(Touchpoint, tp.id, title="Banner", owner="Marketing")
    assert events == [Changed(tp, new, frozenset({"title", "owner"}))]
    assert journey.get(Touchpoint, tp.id).title == "Banner"


def test_update_without_difference_is_silent(journey: JourneyMap) -> None:
    events = _recorder(journey)
    tp = journey.touchpoints()[0]
    assert journey.update(Touchpoint, tp.id, title=tp.title) is tp
    assert events == []


def test_move_to_another_cell(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0]
    stage, lane = journey.stages()[5], journey.lanes()[2]
    journey.update(Touchpoint, tp.id, stage_id=stage.id, lane_id=lane.id, order=3.0)
    assert [t.id for t in journey.cell(stage.id, lane.id)] == [tp.id]
    assert tp.id not in [t.id for t in journey.cell(tp.stage_id, tp.lane_id)]


def test_touchpoint_needs_existing_stage_and_lane(journey: JourneyMap) -> None:
    lane = journey.lanes()[0]
    with pytest.raises(ModelError):
        journey.add(Touchpoint(id=new_id(), stage_id="nope", lane_id=lane.id))
    tp = journey.touchpoints()[0]
    with pytest.raises(ModelError):
        journey.update(Touchpoint, tp.id, lane_id="nope")
    assert journey.get(Touchpoint, tp.id) is tp


def test_flow_rules(journey: JourneyMap) -> None:
    a, b = journey.touchpoints()[:2]
    with pytest.raises(ModelError):
        journey.add(Flow(id=new_id(), source_id=a.id, target_id=a.id))
    with pytest.raises(ModelError):
        journey.add(Flow(id=new_id(), source_id=a.id, target_id=b.id))  # already linked
    with pytest.raises(ModelError):
        journey.add(Flow(id=new_id(), source_id=a.id, target_id="ghost"))
    with pytest.raises(ModelError):
        journey.add(Flow(id=new_id(), source_id=b.id, target_id=a.id, share=1.5))
    back = journey.add(Flow(id=new_id(), source_id=b.id, target_id=a.id, label="returns", share=0.1))
    assert journey.flow_between(b.id, a.id) is back
    assert journey.graph.has_edge(b.id, a.id)


def test_emotion_range_and_uniqueness(journey: JourneyMap) -> None:
    tp, persona = journey.touchpoints()[0], journey.personas()[0]
    with pytest.raises(ModelError):
        journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=3))
    emo = journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=-2))
    with pytest.raises(ModelError):
        journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=1))
    assert journey.emotion(tp.id, persona.id) is emo


def test_delete_stage_cascades_and_restores_whole(journey: JourneyMap) -> None:
    before = sorted(journey.entities(), key=lambda e: e.id)
    stage = journey.stages()[1]
    tp = journey.cell(stage.id, journey.lanes()[1].id)[0]
    journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=journey.personas()[0].id, designed=1))
    before = sorted(journey.entities(), key=lambda e: e.id)
    events = _recorder(journey)
    removal = journey.delete([stage.id])
    kinds = [type(e.entity) for e in events]
    assert all(isinstance(e, Removed) for e in events)
    assert kinds.index(Flow) < kinds.index(Touchpoint) < kinds.index(Stage)
    assert kinds.count(Flow) == 2 and Emotion in kinds
    assert tp.id not in journey and stage.id not in journey
    journey.restore(removal)
    assert sorted(journey.entities(), key=lambda e: e.id) == before
    assert journey.graph.number_of_edges() == 3


def test_delete_lane_removes_its_cards(journey: JourneyMap) -> None:
    lane = journey.lanes()[1]
    journey.delete([lane.id])
    assert journey.count(Touchpoint) == 0 and journey.count(Flow) == 0
    assert journey.count(Stage) == 8 and journey.count(Lane) == 6


def test_delete_persona_removes_its_emotions_only(journey: JourneyMap) -> None:
    tp, persona = journey.touchpoints()[0], journey.personas()[0]
    journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=persona.id, designed=2))
    journey.delete([persona.id])
    assert journey.count(Emotion) == 0 and journey.count(Persona) == 0 and tp.id in journey


def test_map_info_cannot_be_deleted_or_duplicated(journey: JourneyMap) -> None:
    with pytest.raises(ModelError):
        journey.delete([journey.info.id])
    with pytest.raises(ModelError):
        journey.add(type(journey.info)(id=new_id()))


def test_ids_are_unique_and_immutable(journey: JourneyMap) -> None:
    stage = journey.stages()[0]
    with pytest.raises(ModelError):
        journey.add(Stage(id=stage.id))
    with pytest.raises(ModelError):
        journey.update(Stage, stage.id, id=new_id())


def test_order_at_places_between_siblings(journey: JourneyMap) -> None:
    stages = journey.stages()
    key = JourneyMap.order_at(stages, 3)
    moved = journey.update(Stage, stages[7].id, order=key)
    assert journey.stages().index(moved) == 3
    assert JourneyMap.order_at(stages, 0) < stages[0].order
    assert JourneyMap.order_at(stages, 99) > stages[-1].order
    assert JourneyMap.order_at([], 0) == 0.0


def test_load_refuses_dangling_references() -> None:
    journey = JourneyMap()
    with pytest.raises(ModelError):
        journey.load([Touchpoint(id=new_id(), stage_id="s", lane_id="l")])


@pytest.mark.parametrize("size", [0.0, -5.0, float("nan"), float("inf")])
def test_sizes_and_orders_must_be_finite(journey: JourneyMap, size: float) -> None:
    stage = journey.stages()[0]
    with pytest.raises(ModelError):
        journey.update(Stage, stage.id, width=size)
    if size != 0.0 and size != -5.0:
        with pytest.raises(ModelError):
            journey.update(Stage, stage.id, order=size)
    assert journey.get(Stage, stage.id) is stage
