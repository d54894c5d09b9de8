"""Barriers, improvements and external conditions as notes in their lanes: placed from the layout, bands
grow."""

from __future__ import annotations

from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.entities import LaneKind, Touchpoint, new_id
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import compute_layout
from cxdesigner.domain.notes import NOTE_HEIGHT, note_cells
from cxdesigner.domain.sample import build


def _lane(journey: JourneyMap, kind: LaneKind) -> str:
    return next(lane.id for lane in journey.lanes() if lane.kind is kind)


def test_the_sample_places_every_barrier_and_linked_improvement() -> None:
    journey = build()
    layout = compute_layout(journey)
    barriers, ideas = _lane(journey, LaneKind.BARRIERS), _lane(journey, LaneKind.IDEAS)
    outside = _lane(journey, LaneKind.CONDITIONS)
    linked = {
        link.improvement_id for link in journey.all(ImprovementBarrier)
    }  # a done one whose barrier closed has no place
    assert set(layout.notes) == {b.id for b in journey.all(Barrier)} | {
        i.id for i in journey.all(Improvement) if i.id in linked
    } | {c.id for c in journey.all(Condition)}
    lane_of = {Barrier: barriers, Improvement: ideas, Condition: outside}
    for entity_id, box in layout.notes.items():
        lane = lane_of[type(journey.find(entity_id))]
        assert box.lane_id == lane
        band, column = layout.lanes[lane].band, layout.stages[box.stage_id].column
        assert band.y <= box.rect.y and box.rect.bottom <= band.bottom
        assert column.x < box.rect.x and box.rect.right < column.right
    # The barrier at the returns question sits in the stage of its touchpoint; the ink improvement in the earliest
    # stage of its two barriers (the returns question in Receipt, the first wash in Use).
    tps = {t.title: t for t in journey.touchpoints()}
    returns = tps["Asked the seller about returns if the print fades"]
    rules = next(b for b in journey.all(Barrier) if b.touchpoint_id == returns.id)
    assert layout.notes[rules.id].stage_id == tps["Came to the stand to collect"].stage_id
    ink = next(i for i in journey.all(Improvement) if i.title.startswith("Switch"))
    assert layout.notes[ink.id].stage_id == layout.notes[rules.id].stage_id


def test_notes_stack_below_cards_the_band_grows_and_they_follow_their_touchpoint(journey: JourneyMap) -> None:
    stage, lanes = journey.stages()[1], journey.lanes()
    barriers = _lane(journey, LaneKind.BARRIERS)
    tp = journey.touchpoints()[0]
    card = journey.add(Touchpoint(id=new_id(), stage_id=stage.id, lane_id=barriers, title="Queue"))
    notes = [
        journey.add(Barrier(id=new_id(), stage_id=stage.id, order=float(i), description=f"B{i}")) for i in range(4)
    ]
    on_tp = journey.add(Barrier(id=new_id(), touchpoint_id=tp.id, order=9.0))
    layout = compute_layout(journey)
    boxes = [layout.notes[b.id] for b in notes]
    assert [b.index for b in boxes] == [0, 1, 2, 3]
    assert boxes[0].rect.y >= layout.cards[card.id].rect.bottom
    assert all(a.rect.bottom < b.rect.y for a, b in zip(boxes, boxes[1:], strict=False))
    band = layout.lanes[barriers].band
    assert boxes[-1].rect.bottom <= band.bottom and band.h > lanes[5].height
    assert layout.notes[on_tp.id].stage_id == tp.stage_id
    journey.update(Touchpoint, tp.id, stage_id=journey.stages()[6].id)
    assert compute_layout(journey).notes[on_tp.id].stage_id == journey.stages()[6].id


def test_an_improvement_without_barriers_has_no_note_and_no_barriers_lane_no_notes(journey: JourneyMap) -> None:
    stage = journey.stages()[3]
    barrier = journey.add(Barrier(id=new_id(), stage_id=stage.id))
    lone = journey.add(Improvement(id=new_id(), title="Someday"))
    linked = journey.add(Improvement(id=new_id(), title="Now"))
    journey.add(ImprovementBarrier(id=new_id(), improvement_id=linked.id, barrier_id=barrier.id))
    cells = note_cells(journey)
    assert cells[(stage.id, _lane(journey, LaneKind.IDEAS))] == [linked.id]
    assert lone.id not in compute_layout(journey).notes
    assert compute_layout(journey).notes[linked.id].rect.h == NOTE_HEIGHT
    journey.delete([_lane(journey, LaneKind.BARRIERS), _lane(journey, LaneKind.IDEAS)])
    assert compute_layout(journey).notes == {}
