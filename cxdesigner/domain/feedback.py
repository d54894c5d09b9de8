"""The voice of the customer: feedback items at touchpoints and the satisfaction they measure.

Each item keeps its score on the scale it was given on (1..5 stars, 0..10 NPS-style, ...). To compare
and average items from different scales, a score is mapped linearly onto the emotion scale −2..+2
(``scale_min`` → −2, ``scale_max`` → +2). The mean of those is the touchpoint's measured ("as-is")
emotion that the emotion curve draws beside the designed one. The spread is the population standard
deviation of the normalised scores: it describes the answers we have (one answer spreads 0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from cxdesigner.domain.values import is_iso_date

if TYPE_CHECKING:
    from cxdesigner.domain.journey import JourneyMap

EMOTION_LOW = -2.0
EMOTION_HIGH = 2.0


class FeedbackSource(StrEnum):
    """Where a piece of feedback came from."""

    SURVEY = "survey"
    INTERVIEW = "interview"
    REVIEW = "review"
    COMPLAINT = "complaint"
    CHAT_RATING = "chat_rating"
    CALL_RATING = "call_rating"
    OBSERVATION = "observation"


@dataclass(frozen=True, slots=True)
class FeedbackItem:
    """What one customer said or showed at a touchpoint, with an optional score on a stated scale."""

    id: str
    touchpoint_id: str
    source: FeedbackSource = FeedbackSource.SURVEY
    score: float | None = None
    scale_min: float = 1.0
    scale_max: float = 5.0
    text: str = ""
    date: str = ""
    persona_id: str = ""


def check_feedback(item: FeedbackItem) -> tuple[str, str] | None:
    """The field at fault and why the model must refuse this item, or None when it is fine."""
    if not isinstance(item.source, FeedbackSource):
        return "source", "unknown feedback source"
    if not (math.isfinite(item.scale_min) and math.isfinite(item.scale_max)) or item.scale_min >= item.scale_max:
        return "scale_max", "A scale runs from a lower to a higher number, e.g. 1 to 5."
    if item.score is not None and not (math.isfinite(item.score) and item.scale_min <= item.score <= item.scale_max):
        return "score", f"The score lies on the scale {_num(item.scale_min)} to {_num(item.scale_max)}."
    if item.date and not is_iso_date(item.date):
        return "date", f"The date {item.date!r} is not a date (YYYY-MM-DD)."
    return None


def normalised(item: FeedbackItem) -> float | None:
    """The score mapped onto the emotion scale −2..+2, or None without a score."""
    if item.score is None:
        return None
    share = (item.score - item.scale_min) / (item.scale_max - item.scale_min)
    return EMOTION_LOW + share * (EMOTION_HIGH - EMOTION_LOW)


@dataclass(frozen=True, slots=True)
class Satisfaction:
    """The aggregate of the scored feedback at a touchpoint (on the emotion scale −2..+2)."""

    count: int = 0
    mean: float | None = None
    spread: float | None = None
    scale: tuple[float, float] | None = None  # the common scale, when every scored item uses one
    mean_on_scale: float | None = None  # the mean on that common scale


def feedback_of(journey: JourneyMap, touchpoint_id: str, persona_id: str | None = None) -> list[FeedbackItem]:
    """A touchpoint's feedback, oldest first; only one persona's when ``persona_id`` is given."""
    items = [e for e in journey.referrers(touchpoint_id) if isinstance(e, FeedbackItem)]
    if persona_id is not None:
        items = [i for i in items if i.persona_id == persona_id]
    items.sort(key=lambda i: (i.date, i.id))
    return items


def aggregate(items: list[FeedbackItem]) -> Satisfaction:
    """Mean, count and spread of the scored items."""
    import statistics  # imported when asked, not with every open (it brings fractions and decimal)

    scored = [i for i in items if i.score is not None]
    if not scored:
        return Satisfaction()
    values = [v for v in (normalised(i) for i in scored) if v is not None]
    scales = {(i.scale_min, i.scale_max) for i in scored}
    scale = next(iter(scales)) if len(scales) == 1 else None
    raw_mean = statistics.fmean(i.score for i in scored if i.score is not None) if scale else None
    return Satisfaction(
        count=len(values),
        mean=statistics.fmean(values),
        spread=statistics.pstdev(values),
        scale=scale,
        mean_on_scale=raw_mean,
    )


def satisfaction(journey: JourneyMap, touchpoint_id: str, persona_id: str | None = None) -> Satisfaction:
    """The measured satisfaction at a touchpoint, for one persona or (None) for everyone."""
    return aggregate(feedback_of(journey, touchpoint_id, persona_id))


def measured_emotion(journey: JourneyMap, touchpoint_id: str, persona_id: str | None) -> float | None:
    """The measured ("as-is") emotion −2..+2 at a touchpoint; None when no feedback is scored.

    With a persona, only that persona's feedback counts; with None, all feedback at the touchpoint.
    """
    return satisfaction(journey, touchpoint_id, persona_id).mean


def _num(value: float) -> str:
    return f"{value:g}"
