"""Where barriers, improvements and external conditions sit on the map: notes in the barriers, ideas and
external conditions lanes.

A barrier shows in the first barriers lane, in the column of its touchpoint's stage (else its own stage),
in its order; an improvement shows in the first ideas lane, in the column of its earliest barrier, in
roadmap order (quick wins first). An improvement linked to no barrier has no place on the map (the roadmap
panel lists it). An external condition shows in its own cell of its conditions lane. Notes stack below any
cards in the cell; ``domain.layout`` makes the band tall enough.
"""

from __future__ import annotations

from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.entities import LaneKind
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier, roadmap, stage_of_barrier
from cxdesigner.domain.journey import JourneyMap

NOTE_HEIGHT = 46.0
NOTE_GAP = 6.0
CONDITION_HEIGHT = 32.0
"""The least height of an external condition's note (two lines); it fills its cell when the lane is taller."""
CONDITION_PAD = 6.0
"""The margin around an external condition's note: less than a card's, so a low lane holds three lines."""


def note_cells(journey: JourneyMap) -> dict[tuple[str, str], list[str]]:
    """(stage id, lane id) -> the ids of the barriers, improvements or condition shown there, top down."""
    out = _condition_cells(journey)
    if not journey.count(Barrier):
        return out
    lanes = journey.lanes()
    barrier_lane = next((lane.id for lane in lanes if lane.kind is LaneKind.BARRIERS), None)
    idea_lane = next((lane.id for lane in lanes if lane.kind is LaneKind.IDEAS), None)
    rank = {s.id: i for i, s in enumerate(journey.stages())}
    stage_of: dict[str, str] = {}
    for barrier in sorted(journey.all(Barrier), key=lambda b: (b.order, b.id)):
        stage = stage_of_barrier(journey, barrier)
        if stage in rank:
            stage_of[barrier.id] = stage
            if barrier_lane is not None:
                out.setdefault((stage, barrier_lane), []).append(barrier.id)
    if idea_lane is None or not journey.count(Improvement):
        return out
    earliest: dict[str, str] = {}
    for link in journey.all(ImprovementBarrier):
        stage = stage_of.get(link.barrier_id)
        best = earliest.get(link.improvement_id)
        if stage is not None and (best is None or rank[stage] < rank[best]):
            earliest[link.improvement_id] = stage
    for improvement in roadmap(journey.all(Improvement)):
        stage = earliest.get(improvement.id)
        if stage is not None:
            out.setdefault((stage, idea_lane), []).append(improvement.id)
    return out


def _condition_cells(journey: JourneyMap) -> dict[tuple[str, str], list[str]]:
    if not journey.count(Condition):
        return {}
    kinds = {lane.id: lane.kind for lane in journey.lanes()}
    return {
        (c.stage_id, c.lane_id): [c.id] for c in journey.all(Condition) if kinds.get(c.lane_id) is LaneKind.CONDITIONS
    }


def notes_height(count: int) -> float:
    """The height a stack of ``count`` notes takes."""
    return count * NOTE_HEIGHT + max(count - 1, 0) * NOTE_GAP
