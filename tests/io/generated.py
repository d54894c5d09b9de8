"""Maps for the interchange tests: every template, and a generated large map full of awkward values."""

from __future__ import annotations

import random
import uuid

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Channel, Emotion, Evidence, Flow, Persona, Stage, Touchpoint
from cxdesigner.domain.journey import JourneyMap

AWKWARD = ['<b>bold</b> & "quotes"', "emoji 🎉👕", "עברית RTL", "line\nbreak\ttab", "back\\slash", "", "Ёлка"]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def generated_map(touchpoints: int = 3000, seed: int = 7) -> JourneyMap:
    """A reproducible map: 30 stages, the standard lanes, ``touchpoints`` cards, flows, personas, emotions."""
    rng = random.Random(seed)
    journey = templates.eight_stages('Generated <map> & "friends"', "ru")
    for i in range(22):
        journey.add(Stage(id=_uuid(rng), title=f"Stage {i} {rng.choice(AWKWARD)}", order=8 + i / 3, width=200.5))
    stages, lanes = journey.stages(), journey.lanes()
    personas = [
        journey.add(Persona(id=_uuid(rng), name=f"Persona {i} {rng.choice(AWKWARD)}", order=i * 0.1, segment="RFM"))
        for i in range(5)
    ]
    tps = []
    for i in range(touchpoints):
        tps.append(
            journey.add(
                Touchpoint(
                    id=_uuid(rng),
                    stage_id=rng.choice(stages).id,
                    lane_id=rng.choice(lanes).id,
                    title=f"Card {i} {rng.choice(AWKWARD)}",
                    order=rng.random() * 10 - 5,
                    description=rng.choice(AWKWARD) * rng.randint(0, 3),
                    channel=rng.choice(list(Channel)),
                    direct=rng.random() < 0.5,
                    physical=rng.random() < 0.5,
                    owner=rng.choice(["Sales", "Маркетинг", ""]),
                    moment_of_truth=rng.random() < 0.1,
                    evidence=rng.choice(list(Evidence)),
                    notes=rng.choice(AWKWARD),
                    color=rng.choice(["", "#ff8800"]),
                )
            )
        )
    for _ in range(touchpoints):
        a, b = rng.sample(tps, 2)
        if journey.flow_between(a.id, b.id) is None:
            share = rng.choice([None, 0.1 + 0.2, 1 / 3, 1.0, 0.0])
            journey.add(Flow(id=_uuid(rng), source_id=a.id, target_id=b.id, label=rng.choice(AWKWARD), share=share))
    for tp in rng.sample(tps, touchpoints // 2):
        for persona in rng.sample(personas, rng.randint(1, 3)):
            journey.add(Emotion(id=_uuid(rng), touchpoint_id=tp.id, persona_id=persona.id, designed=rng.randint(-2, 2)))
    return journey


def template_maps() -> dict[str, JourneyMap]:
    """Every template in both languages."""
    return {f"{n}-{lang}": templates.build(n, "", lang) for n in templates.TEMPLATES for lang in ("en", "ru")}
