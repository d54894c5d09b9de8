"""Maps for the layout and routing tests: a hand-built one and seeded random grids."""

from __future__ import annotations

import random
from collections.abc import Sequence

from cxdesigner.domain.entities import Flow, Lane, LaneKind, Stage, Touchpoint
from cxdesigner.domain.journey import JourneyMap

KINDS = [LaneKind.ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.EMOTIONS, LaneKind.IDEAS]


def build(
    widths: Sequence[float],
    lanes: Sequence[tuple[LaneKind, float]],
    cards: Sequence[tuple[int, int]] = (),
    flows: Sequence[tuple[int, int]] = (),
) -> JourneyMap:
    """Stages ``s0..`` of the given widths, lanes ``l0..`` of the given kinds and heights, cards ``t0..``
    placed at (stage index, lane index) in the order given, and flows ``f0..`` between card indexes."""
    journey = JourneyMap()
    for i, w in enumerate(widths):
        journey.add(Stage(id=f"s{i}", title=f"Stage {i}", order=float(i), width=w))
    for i, (kind, height) in enumerate(lanes):
        journey.add(Lane(id=f"l{i}", order=float(i), kind=kind, height=height))
    for i, (s, lane) in enumerate(cards):
        journey.add(Touchpoint(id=f"t{i}", stage_id=f"s{s}", lane_id=f"l{lane}", order=float(i)))
    for i, (a, b) in enumerate(flows):
        journey.add(Flow(id=f"f{i}", source_id=f"t{a}", target_id=f"t{b}"))
    return journey


def random_map(seed: int, stages: int = 8, lanes: int = 4, cards: int = 60, flows: int = 80) -> JourneyMap:
    """A seeded random grid: uneven widths and heights, cards stacked anywhere, flows between any two."""
    rnd = random.Random(seed)
    widths = [rnd.choice([60.0, 120.0, 220.0, 300.0]) for _ in range(stages)]
    kinds = [(rnd.choice(KINDS), rnd.choice([30.0, 110.0, 200.0])) for _ in range(lanes)]
    placed = [(rnd.randrange(stages), rnd.randrange(lanes)) for _ in range(cards)]
    pairs: set[tuple[int, int]] = set()
    while cards > 1 and len(pairs) < min(flows, cards * (cards - 1)):
        a, b = rnd.randrange(cards), rnd.randrange(cards)
        if a != b:
            pairs.add((a, b))
    journey = build(widths, kinds, placed, sorted(pairs))
    # shuffle the order keys so the stacks are not in insertion order
    for tp in journey.touchpoints():
        journey.update(Touchpoint, tp.id, order=rnd.random())
    return journey
