"""Metrics from the voice of the customer, kept on the scale each answer was given on.

An answer on 0..10 is an NPS answer: promoters score 9 or 10, detractors 0 to 6, and the NPS is the share
of promoters minus the share of detractors, from −100 to +100. An answer on 1..5 is a CSAT answer: the
CSAT share is the share of 4s and 5s. Both are computed per touchpoint and per stage, beside the emotion
the same answers imply on the −2..+2 scale (``feedback.normalised``); answers on other scales count only
towards that emotion.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from cxdesigner.domain.feedback import FeedbackItem, aggregate
from cxdesigner.domain.journey import JourneyMap

NPS_SCALE = (0.0, 10.0)
CSAT_SCALE = (1.0, 5.0)
PROMOTER = 9  # at least
DETRACTOR = 6  # at most
SATISFIED = 4  # at least


@dataclass(frozen=True)
class VoiceMetrics:
    """NPS (−100..+100) over ``nps_answers``, CSAT share (0..1) over ``csat_answers``, and the emotion all
    scored answers imply; None where there are no such answers."""

    nps: float | None = None
    nps_answers: int = 0
    csat: float | None = None
    csat_answers: int = 0
    emotion: float | None = None

    @property
    def empty(self) -> bool:
        return self.nps is None and self.csat is None and self.emotion is None


def metrics(items: Iterable[FeedbackItem]) -> VoiceMetrics:
    scored = [i for i in items if i.score is not None]
    nps = [i.score for i in scored if (i.scale_min, i.scale_max) == NPS_SCALE]
    csat = [i.score for i in scored if (i.scale_min, i.scale_max) == CSAT_SCALE]
    promoters = sum(s >= PROMOTER for s in nps)  # type: ignore[operator]
    detractors = sum(s <= DETRACTOR for s in nps)  # type: ignore[operator]
    return VoiceMetrics(
        nps=100.0 * (promoters - detractors) / len(nps) if nps else None,
        nps_answers=len(nps),
        csat=sum(s >= SATISFIED for s in csat) / len(csat) if csat else None,  # type: ignore[operator]
        csat_answers=len(csat),
        emotion=aggregate(scored).mean,
    )


def by_touchpoint(journey: JourneyMap) -> dict[str, VoiceMetrics]:
    """Each touchpoint with feedback, and its metrics."""
    groups: dict[str, list[FeedbackItem]] = defaultdict(list)
    for item in journey.all(FeedbackItem):
        groups[item.touchpoint_id].append(item)
    return {tid: metrics(items) for tid, items in groups.items()}


def by_stage(journey: JourneyMap) -> dict[str, VoiceMetrics]:
    """Each stage whose touchpoints have feedback, and the metrics of all of it."""
    stage_of = {t.id: t.stage_id for t in journey.touchpoints()}
    groups: dict[str, list[FeedbackItem]] = defaultdict(list)
    for item in journey.all(FeedbackItem):
        if item.touchpoint_id in stage_of:
            groups[stage_of[item.touchpoint_id]].append(item)
    return {sid: metrics(items) for sid, items in groups.items()}
