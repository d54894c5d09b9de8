"""Synthetic journey maps for the benchmarks (and any test that needs a big, realistic map).

``synthetic_map(touchpoints)`` builds a seeded, reproducible map shaped like a real one grown large: the
seven standard lanes, one stage per ten touchpoints (300 stages for 3,000 cards, as in the canvas issue),
cards spread over the six card lanes (never the emotions lane, where the curve lives) so a cell holds one
to three cards, flows that follow the journey with branches and rejoins (1.3 per touchpoint), two personas
with designed emotions, and quality requirements on about half the touchpoints. ``write_map`` stores it
as a ``.cxd`` project through ``ProjectStore.create``; ``cached_map`` keeps one file per size and seed.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.domain import templates
from cxdesigner.domain.entities import (
    Channel,
    Emotion,
    Evidence,
    Flow,
    Lane,
    LaneKind,
    MapInfo,
    Persona,
    Stage,
    Touchpoint,
)
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import Comparison, QualityRequirement
from cxdesigner.storage.migrations import SCHEMA_VERSION
from cxdesigner.storage.store import SUFFIX, ProjectStore

SIZES = (300, 3000, 10000)
GENERATOR = 1  # raise when the maps change, so cached files are made anew
TOUCHPOINTS_PER_STAGE = 10
FLOWS_PER_TOUCHPOINT = 1.3
REQUIREMENT_SHARE = 0.5  # about half the touchpoints carry one to three requirements
SECOND_PERSONA_SHARE = 0.6  # the first persona has an emotion everywhere, the second at 60 % of the cards

_VERBS = ["Sees", "Compares", "Asks about", "Orders", "Pays for", "Receives", "Returns", "Rates", "Shares"]
_THINGS = ["the advert", "delivery options", "the price", "a gift card", "the size chart", "the parcel"]
_RU = ["Звонок в поддержку", "Отзыв на сайте", "Доставка курьером", "Письмо с чеком", "Ёлка в витрине"]
_OWNERS = ["Sales", "Marketing", "Support", "Logistics", "Маркетинг", ""]
_INDICATORS = [
    ("Answer time", Comparison.AT_MOST, "5", "min"),
    ("Delivery on time", Comparison.AT_LEAST, "95", "%"),
    ("Works on mobile", Comparison.YES_NO, "yes", ""),
    ("Rating", Comparison.AT_LEAST, "4,5", "stars"),
    ("Errors per 1 000 orders", Comparison.AT_MOST, "2", ""),
]


@dataclass(frozen=True)
class Shape:
    """How many of each thing a synthetic map of a given size holds."""

    touchpoints: int
    stages: int
    flows: int


def shape(touchpoints: int) -> Shape:
    """The stage and flow counts for a map of ``touchpoints`` cards."""
    stages = max(1, round(touchpoints / TOUCHPOINTS_PER_STAGE))
    flows = round(touchpoints * FLOWS_PER_TOUCHPOINT) if touchpoints > 1 else 0
    return Shape(touchpoints, stages, flows)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _title(rng: random.Random, i: int) -> str:
    if rng.random() < 0.2:
        return f"{rng.choice(_RU)} {i}"
    return f"{rng.choice(_VERBS)} {rng.choice(_THINGS)} ({i})"


def synthetic_map(touchpoints: int, seed: int = 1) -> JourneyMap:
    """A reproducible map of ``touchpoints`` cards with flows, emotions of two personas and requirements."""
    rng = random.Random(seed * 1_000_003 + touchpoints)
    size = shape(touchpoints)
    journey = JourneyMap(MapInfo(id=_uuid(rng), title=f"Synthetic journey, {touchpoints} touchpoints", language="en"))
    for i, (kind, title) in enumerate(templates.LANES["en"]):
        height = templates.EMOTION_LANE_HEIGHT if kind is LaneKind.EMOTIONS else 110.0
        journey.add(Lane(id=_uuid(rng), title=title, order=float(i), kind=kind, height=height))
    for i in range(size.stages):
        journey.add(Stage(id=_uuid(rng), title=f"Stage {i + 1}", order=float(i), expectation=rng.choice(_THINGS)))
    stages = journey.stages()
    card_lanes = [lane for lane in journey.lanes() if lane.kind is not LaneKind.EMOTIONS]
    tps = _add_touchpoints(journey, rng, touchpoints, stages, card_lanes)
    _add_flows(journey, rng, tps, size.flows)
    _add_emotions(journey, rng, tps)
    add_requirements(journey, rng, tps)
    return journey


def _add_touchpoints(
    journey: JourneyMap, rng: random.Random, count: int, stages: list[Stage], lanes: list[Lane]
) -> list[Touchpoint]:
    """Cards in journey order: stage by stage, a random lane each, stacked in arrival order."""
    channels = list(Channel)
    tps: list[Touchpoint] = []
    per_stage = count / len(stages)
    for i in range(count):
        stage = stages[min(int(i / per_stage), len(stages) - 1)]
        tp = Touchpoint(
            id=_uuid(rng),
            stage_id=stage.id,
            lane_id=rng.choice(lanes).id,
            title=_title(rng, i + 1),
            order=float(i),
            description="" if rng.random() < 0.5 else "What the customer does here and why it matters.",
            channel=rng.choice(channels),
            direct=rng.random() < 0.7,
            physical=rng.random() < 0.3,
            owner=rng.choice(_OWNERS),
            moment_of_truth=rng.random() < 0.05,
            evidence=rng.choice(list(Evidence)),
        )
        tps.append(journey.add(tp))
    return tps


def _add_flows(journey: JourneyMap, rng: random.Random, tps: list[Touchpoint], count: int) -> None:
    """A path through the cards in journey order, then branches and rejoins to cards a little ahead."""
    made = 0
    for a, b in zip(tps, tps[1:], strict=False):
        if made == count:
            return
        journey.add(Flow(id=_uuid(rng), source_id=a.id, target_id=b.id))
        made += 1
    n = len(tps)
    while made < count:
        i = rng.randrange(n)
        j = i + rng.choice([-3, 2, 3, 4, 5, 8, 12, 20])  # mostly forward; an occasional loop back
        if not 0 <= j < n or j == i or journey.flow_between(tps[i].id, tps[j].id) is not None:
            continue
        label = rng.choice(["", "", "", "if in stock", "30 %"])
        share = rng.choice([None, None, 0.3, 0.7])
        journey.add(Flow(id=_uuid(rng), source_id=tps[i].id, target_id=tps[j].id, label=label, share=share))
        made += 1


def _add_emotions(journey: JourneyMap, rng: random.Random, tps: list[Touchpoint]) -> None:
    """Two personas; a designed emotion wandering between -2 and +2 along the journey."""
    first = journey.add(Persona(id=_uuid(rng), name="Student", order=0.0, color="#1864ab", segment="18-25"))
    second = journey.add(Persona(id=_uuid(rng), name="Family", order=1.0, color="#d9480f", segment="30-45"))
    for persona, share in ((first, 1.0), (second, SECOND_PERSONA_SHARE)):
        value = 0
        for tp in tps:
            value = min(2, max(-2, value + rng.choice([-1, 0, 0, 1])))
            if share >= 1.0 or rng.random() < share:
                emotion = Emotion(id=_uuid(rng), touchpoint_id=tp.id, persona_id=persona.id, designed=value)
                journey.add(emotion)


def add_requirements(journey: JourneyMap, rng: random.Random, tps: list[Touchpoint]) -> None:
    """One to three quality requirements on about half the touchpoints, some met, some not, some unchecked.

    The hook for further per-touchpoint kinds (feedback, barriers...) as they land: add a sibling here.
    """
    for tp in tps:
        if rng.random() >= REQUIREMENT_SHARE:
            continue
        for k in range(rng.randint(1, 3)):
            indicator, comparison, target, unit = rng.choice(_INDICATORS)
            measured = ""
            if rng.random() < 0.6:
                measured = rng.choice(["yes", "no"]) if comparison is Comparison.YES_NO else str(rng.randint(0, 100))
            req = QualityRequirement(
                id=_uuid(rng),
                touchpoint_id=tp.id,
                order=float(k),
                text=f"{indicator} {target} {unit}".strip(),
                indicator=indicator,
                comparison=comparison,
                target=target,
                unit=unit,
                measured=measured,
                owner=rng.choice(_OWNERS),
                checked_on="2024-05-01" if measured else "",
            )
            journey.add(req)


def write_map(path: Path, journey: JourneyMap) -> Path:
    """Store ``journey`` as a new project file at ``path`` (replacing it)."""
    ProjectStore.create(Path(path), journey).close()
    return Path(path)


def cached_map(folder: Path, touchpoints: int, seed: int = 1) -> Path:
    """The project file of a synthetic map in ``folder``, generated on first use."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic-{touchpoints}-s{seed}-g{GENERATOR}-v{SCHEMA_VERSION}{SUFFIX}"
    if not path.exists():
        write_map(path, synthetic_map(touchpoints, seed))
    return path
