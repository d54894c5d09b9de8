"""Personas' core expectations and the "true loyalty" rule, and the emotion values a curve draws.

Practice names nine core customer expectations over the eight stages but spells out only the eight stage
mottos, so the list is editable per persona; it starts from the mottos plus "keep promises". A demanding
"true loyalty" segment is kept only when at least 6 of 9 expectations are met; for a list of another
length the same two-thirds share applies (rounded up).

Emotion values: the designed ("to-be") value is typed by the user; the measured ("as-is") value comes
from the voice of the customer. For a persona, its own feedback counts; where nobody tagged feedback with
that persona at a touchpoint, the untagged feedback there stands for everyone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxdesigner.domain.entities import Persona, new_id
from cxdesigner.domain.feedback import FeedbackItem, aggregate, feedback_of
from cxdesigner.domain.values import text_key

if TYPE_CHECKING:
    from cxdesigner.domain.journey import JourneyMap

LOYALTY_NEEDED = 6
LOYALTY_OUT_OF = 9

DEFAULT_EXPECTATIONS: dict[str, list[str]] = {
    "en": [
        "Engage me",
        "Recognise me",
        "Offer what I need",
        "Surprise me",
        "Be consistent",
        "Keep it simple",
        "Take care of me",
        "Reward me",
        "Keep your promises",
    ],
    "ru": [
        "Вовлекайте меня",
        "Узнавайте меня",
        "Предлагайте нужное",
        "Удивляйте",
        "Будьте последовательны",
        "Упрощайте",
        "Заботьтесь обо мне",
        "Награждайте",
        "Выполняйте обещания",
    ],
}


# The articles name eight expectations, one motto per stage; the ninth of practice's list is ours.
OUR_ADDITIONS = frozenset({DEFAULT_EXPECTATIONS["en"][8], DEFAULT_EXPECTATIONS["ru"][8]})


def is_our_addition(text: str) -> bool:
    """Whether an expectation is the one the articles do not name ("Keep your promises")."""
    return text_key(text) in {text_key(t) for t in OUR_ADDITIONS}


@dataclass(frozen=True, slots=True)
class Expectation:
    """One core expectation of a persona, whether the business meets it, and the stage it belongs to ("": none,
    as for our ninth, which belongs to the whole journey)."""

    id: str
    persona_id: str
    text: str = ""
    order: float = 0.0
    met: bool = False
    stage_id: str = ""


def default_expectations(
    persona: Persona, language: str = "en", journey: JourneyMap | None = None
) -> list[Expectation]:
    """The nine starting expectations for a new persona; on ``journey`` each of the eight articles' mottos is tied
    to its classic stage where the map has it (``standard_stage``)."""
    texts = DEFAULT_EXPECTATIONS["ru" if language.lower().startswith("ru") else "en"]
    return [
        Expectation(
            id=new_id(), persona_id=persona.id, text=t, order=float(i),
            stage_id=standard_stage(journey, t) if journey is not None else "",
        )
        for i, t in enumerate(texts)
    ]  # fmt: skip


def standard_index(text: str) -> int | None:
    """Which of the eight stage mottos (0-7) an expectation's text is, in either language; None for any other."""
    key = text_key(text)
    for texts in DEFAULT_EXPECTATIONS.values():
        for i, motto in enumerate(texts[:8]):
            if text_key(motto) == key:
                return i
    return None


def standard_stage(journey: JourneyMap, text: str) -> str:
    """The id of the stage an expectation of the eight belongs to on ``journey`` (``stage_named_for``)."""
    return stage_named_for(((s.id, s.title) for s in journey.stages()), text)


def stage_named_for(stages: Iterable[tuple[str, str]], text: str) -> str:
    """Of ``(id, title)`` stages in journey order, the one an expectation of the eight belongs to: named as the
    classic stage of the same place (Need, Search, … in either language, any case); "" when the text is not one
    of the eight mottos or no stage has that name."""
    from cxdesigner.domain.standard import EIGHT_STAGES  # standard -> journey -> kinds -> this module

    index = standard_index(text)
    if index is None:
        return ""
    names = {text_key(table[index][0]) for table in EIGHT_STAGES.values()}
    return next((sid for sid, title in stages if text_key(title) in names), "")


def expectations_of(journey: JourneyMap, persona_id: str) -> list[Expectation]:
    """A persona's expectations in their order."""
    return [e for e in journey.all(Expectation) if e.persona_id == persona_id]


def loyalty_threshold(count: int) -> int:
    """How many expectations must be met for true loyalty: 6 of 9, or the same share of another count."""
    return math.ceil(count * LOYALTY_NEEDED / LOYALTY_OUT_OF) if count else 0


@dataclass(frozen=True, slots=True)
class LoyaltyScore:
    """How many of a persona's expectations are met, and whether that keeps a truly loyal segment."""

    met: int
    total: int

    @property
    def needed(self) -> int:
        return loyalty_threshold(self.total)

    @property
    def loyal(self) -> bool:
        return self.total > 0 and self.met >= self.needed


def loyalty(expectations: Iterable[Expectation]) -> LoyaltyScore:
    """Count the met expectations."""
    items = list(expectations)
    return LoyaltyScore(met=sum(e.met for e in items), total=len(items))


def designed_values(journey: JourneyMap, persona_id: str) -> dict[str, float]:
    """Touchpoint id -> designed emotion of this persona, where set."""
    return {e.touchpoint_id: float(e.designed) for e in journey.emotions() if e.persona_id == persona_id}


def measured_value(journey: JourneyMap, touchpoint_id: str, persona_id: str) -> float | None:
    """The measured emotion −2..+2 of a persona at a touchpoint (its own feedback, else everyone's)."""
    own = feedback_of(journey, touchpoint_id, persona_id)
    if not own:
        own = [f for f in feedback_of(journey, touchpoint_id) if not f.persona_id]
    return aggregate(own).mean


def measured_values(journey: JourneyMap, persona_id: str) -> dict[str, float]:
    """Touchpoint id -> measured emotion of this persona, where feedback gives one."""
    by_tp: dict[str, list[FeedbackItem]] = {}
    for item in journey.all(FeedbackItem):
        by_tp.setdefault(item.touchpoint_id, []).append(item)
    values: dict[str, float] = {}
    for tp_id, items in by_tp.items():
        own = [f for f in items if f.persona_id == persona_id] or [f for f in items if not f.persona_id]
        mean = aggregate(own).mean
        if mean is not None:
            values[tp_id] = mean
    return values


def mean_emotion(values: dict[str, float]) -> float | None:
    """The mean of a persona's emotion values, or None when there are none."""
    return sum(values.values()) / len(values) if values else None
