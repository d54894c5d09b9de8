"""Small maps worked out by hand for the report tests: each number they print is known in advance."""

from __future__ import annotations

from cxdesigner.domain import templates
from cxdesigner.domain.entities import Emotion, Persona, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.journey import JourneyMap


def two_cards(language: str) -> JourneyMap:
    """One persona, two cards in the first stage. Designed +1 and 0 (mean +0.5); feedback 4.5 on 1..5
    (+1.5 on the emotion scale) at the first card only: over the one card with both, +1.0 against +1.5."""
    journey = templates.blank("Малая карта" if language == "ru" else "Small map", language)
    stage = journey.stages()[0]
    lane = journey.lanes()[0]
    persona = journey.add(Persona(id="p1", name="Маша", color="#1864ab", order=0.0))
    for i, value in enumerate((1, 0)):
        journey.add(Touchpoint(id=f"t{i}", stage_id=stage.id, lane_id=lane.id, title=f"Card {i}", order=float(i)))
        journey.add(Emotion(id=f"e{i}", touchpoint_id=f"t{i}", persona_id=persona.id, designed=value))
    journey.add(FeedbackItem(id="f1", touchpoint_id="t0", score=4.5, text="Хорошо", persona_id="p1"))
    return journey
