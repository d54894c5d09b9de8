"""External conditions: what outside the company shapes the experience at a stage (the season, the weather,
regulation, competitors, the economy, a marketplace's rules). Practice says they belong on the map.

A condition is one note in one cell of an external conditions lane (``LaneKind.CONDITIONS``): one per stage
and lane at most. It goes with its stage or its lane; the lane holds no cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxdesigner.domain.journey import JourneyMap

CONDITIONS_LANE_HEIGHT = 62.0
"""A conditions lane's usual height: one note of three lines, so the map grows little by it."""


@dataclass(frozen=True, slots=True)
class Condition:
    """The external conditions noted at one stage in one conditions lane."""

    id: str
    stage_id: str
    lane_id: str
    text: str = ""


def conditions_by_stage(journey: JourneyMap) -> dict[str, list[Condition]]:
    """Stage id -> the conditions noted there with some text, lane by lane from the top."""
    rank = {lane.id: i for i, lane in enumerate(journey.lanes())}
    found = sorted(
        (c for c in journey.all(Condition) if c.text.strip()), key=lambda c: (rank.get(c.lane_id, len(rank)), c.id)
    )
    out: dict[str, list[Condition]] = {}
    for condition in found:
        out.setdefault(condition.stage_id, []).append(condition)
    return out


def condition_in(journey: JourneyMap, stage_id: str, lane_id: str) -> Condition | None:
    """The condition of one cell, if it has one."""
    return next((c for c in journey.all(Condition) if c.stage_id == stage_id and c.lane_id == lane_id), None)
