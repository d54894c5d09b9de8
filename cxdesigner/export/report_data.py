"""What the report says, computed from the journey before anything is laid out (no reportlab here).

Counts, the share of requirements met, each persona's mean designed and measured emotion (over the
same touchpoints where both are known), the worst
moments (the lowest emotions and the failing requirements), the stages with their touchpoints in journey
order, a few voice-of-the-customer highlights per touchpoint, and the improvements in roadmap order with
the barriers they remove. Everything is grouped in one pass over each kind, so a map of thousands of
touchpoints costs a few walks, not one per touchpoint.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from cxdesigner.domain.conditions import Condition, conditions_by_stage
from cxdesigner.domain.entities import Flow, Persona, Stage, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem, FeedbackSource, normalised
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier, roadmap
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import journey_order
from cxdesigner.domain.metrics import VoiceMetrics
from cxdesigner.domain.metrics import by_stage as voice_by_stage
from cxdesigner.domain.metrics import by_touchpoint as voice_by_touchpoint
from cxdesigner.domain.personas import Expectation, expectations_of
from cxdesigner.domain.pictures import Picture
from cxdesigner.domain.quality import QualityRequirement, QualitySummary, Status, status, summarize
from cxdesigner.export.map_parts import designed_values, measured_values

WORST = 8
HIGHLIGHTS = 3


@dataclass(frozen=True)
class PersonaMood:
    """A persona's mean designed and measured emotion (−2..+2), None where there are no values.

    Where some touchpoints have both, both means are taken over those ``both`` touchpoints only, so the
    two compare like with like; otherwise each is its own mean (``designed_count`` touchpoints designed).
    """

    persona: Persona
    designed: float | None
    measured: float | None
    both: int = 0
    designed_count: int = 0


def _mood(persona: Persona, mine: dict[str, float], felt: dict[str, float]) -> PersonaMood:
    shared = [t for t in mine if t in felt]
    if shared:
        return PersonaMood(
            persona, _mean(mine[t] for t in shared), _mean(felt[t] for t in shared), len(shared), len(mine)
        )
    return PersonaMood(persona, _mean(mine.values()), _mean(felt.values()), 0, len(mine))


@dataclass(frozen=True)
class LowPoint:
    """One of the lowest emotions: where, whose, how low, and whether designed or measured."""

    touchpoint: Touchpoint
    persona: Persona
    value: float
    measured: bool


@dataclass
class ReportData:
    """Everything the report prints, gathered once."""

    counts: dict[str, int]
    quality: QualitySummary
    moods: list[PersonaMood]
    lowest: list[LowPoint]
    failing: list[tuple[Touchpoint, QualityRequirement]]
    stages: list[tuple[Stage, list[Touchpoint], QualitySummary]]
    requirements: dict[str, list[QualityRequirement]] = field(default_factory=dict)
    feedback: dict[str, list[FeedbackItem]] = field(default_factory=dict)
    emotions: dict[str, list[tuple[Persona, float | None, float | None]]] = field(default_factory=dict)
    """Per touchpoint: each persona's designed and measured emotion (None where not known)."""
    improvements: list[tuple[Improvement, list[Barrier]]] = field(default_factory=list)
    barriers: dict[str, list[Barrier]] = field(default_factory=dict)
    """Barriers by the stage they show in."""
    voice: dict[str, VoiceMetrics] = field(default_factory=dict)
    """NPS, CSAT share and implied emotion by touchpoint id and by stage id."""
    pictures: dict[str, list[Picture]] = field(default_factory=dict)
    """Each touchpoint's pictures in order (only touchpoints that have some)."""
    expectations: dict[str, list[tuple[Persona, Expectation]]] = field(default_factory=dict)
    """By stage id: each persona's expectations tied to that stage, personas in order."""
    conditions: dict[str, list[Condition]] = field(default_factory=dict)
    """By stage id: the external conditions noted there, lane by lane."""


def _mean(values: Iterable[float]) -> float | None:
    found = list(values)
    return statistics.fmean(found) if found else None


def _pictures(journey: JourneyMap) -> dict[str, list[Picture]]:
    out: dict[str, list[Picture]] = defaultdict(list)
    for picture in journey.all(Picture):
        out[picture.touchpoint_id].append(picture)
    return dict(out)


def highlights(items: list[FeedbackItem], count: int = HIGHLIGHTS) -> list[FeedbackItem]:
    """The feedback most worth reading: complaints and the lowest scores first, then the highest; with words."""
    worded = [i for i in items if i.text.strip()]

    def key(item: FeedbackItem) -> tuple[int, float, str, str]:
        score = normalised(item)
        rank = 0 if item.source is FeedbackSource.COMPLAINT else 1
        return (rank, score if score is not None else 0.0, item.date, item.id)

    worded.sort(key=key)
    if len(worded) <= count:
        return worded
    best = max(worded[count - 1 :], key=lambda i: normalised(i) or 0.0)
    return [*worded[: count - 1], best]


def gather(journey: JourneyMap) -> ReportData:
    """Everything the report prints about ``journey``."""
    tps = {t.id: t for t in journey.touchpoints()}
    personas = {p.id: p for p in journey.personas()}
    reqs: dict[str, list[QualityRequirement]] = defaultdict(list)
    for req in journey.all(QualityRequirement):
        reqs[req.touchpoint_id].append(req)
    for items in reqs.values():
        items.sort(key=lambda r: (r.order, r.id))
    feedback: dict[str, list[FeedbackItem]] = defaultdict(list)
    for item in journey.all(FeedbackItem):
        feedback[item.touchpoint_id].append(item)
    designed, measured = designed_values(journey), measured_values(journey)
    emotions: dict[str, list[tuple[Persona, float | None, float | None]]] = defaultdict(list)
    for persona in journey.personas():
        mine, felt = designed.get(persona.id, {}), measured.get(persona.id, {})
        for tid in sorted(mine.keys() | felt.keys()):
            emotions[tid].append((persona, mine.get(tid), felt.get(tid)))
    order = journey_order(journey)
    by_stage: dict[str, list[Touchpoint]] = defaultdict(list)
    for tid in order:
        by_stage[tps[tid].stage_id].append(tps[tid])
    stages = [
        (
            stage,
            by_stage.get(stage.id, []),
            summarize(r for t in by_stage.get(stage.id, []) for r in reqs.get(t.id, [])),
        )
        for stage in journey.stages()
    ]
    all_reqs = journey.all(QualityRequirement)
    failing = [(tps[r.touchpoint_id], r) for r in all_reqs if status(r) is Status.NOT_MET]
    rank = {tid: i for i, tid in enumerate(order)}
    failing.sort(key=lambda pair: (rank.get(pair[0].id, 0), pair[1].order, pair[1].id))
    return ReportData(
        counts={
            "n_stages": journey.count(Stage),
            "n_touchpoints": len(tps),
            "n_flows": journey.count(Flow),
            "n_personas": len(personas),
            "n_requirements": len(all_reqs),
            "n_feedback": journey.count(FeedbackItem),
        },
        quality=summarize(all_reqs),
        moods=[_mood(p, designed.get(p.id, {}), measured.get(p.id, {})) for p in journey.personas()],
        lowest=_lowest(tps, personas, designed, measured, rank),
        failing=failing,
        stages=stages,
        requirements=dict(reqs),
        feedback=dict(feedback),
        pictures=_pictures(journey),
        emotions=dict(emotions),
        improvements=_improvements(journey),
        barriers=_barriers(journey),
        expectations=_expectations(journey),
        conditions=conditions_by_stage(journey),
        voice={**voice_by_touchpoint(journey), **voice_by_stage(journey)},
    )


def _expectations(journey: JourneyMap) -> dict[str, list[tuple[Persona, Expectation]]]:
    found: dict[str, list[tuple[Persona, Expectation]]] = defaultdict(list)
    for persona in journey.personas():
        for expectation in expectations_of(journey, persona.id):
            if expectation.stage_id:
                found[expectation.stage_id].append((persona, expectation))
    return dict(found)


def _lowest(
    tps: dict[str, Touchpoint],
    personas: dict[str, Persona],
    designed: dict[str, dict[str, float]],
    measured: dict[str, dict[str, float]],
    rank: dict[str, int],
) -> list[LowPoint]:
    points = [
        LowPoint(tps[tid], personas[pid], value, is_measured)
        for values, is_measured in ((designed, False), (measured, True))
        for pid, per_tp in values.items()
        if pid in personas
        for tid, value in per_tp.items()
        if tid in tps and value < 0
    ]
    points.sort(key=lambda p: (p.value, rank.get(p.touchpoint.id, 0), p.persona.order, p.measured))
    return points[:WORST]


def _improvements(journey: JourneyMap) -> list[tuple[Improvement, list[Barrier]]]:
    barriers = {b.id: b for b in journey.all(Barrier)}
    linked: dict[str, list[Barrier]] = defaultdict(list)
    for link in journey.all(ImprovementBarrier):
        if link.barrier_id in barriers:
            linked[link.improvement_id].append(barriers[link.barrier_id])
    for found in linked.values():
        found.sort(key=lambda b: (b.order, b.id))
    return [(i, linked.get(i.id, [])) for i in roadmap(journey.all(Improvement))]


def _barriers(journey: JourneyMap) -> dict[str, list[Barrier]]:
    stage_of_tp = {t.id: t.stage_id for t in journey.touchpoints()}
    found: dict[str, list[Barrier]] = defaultdict(list)
    for barrier in journey.all(Barrier):
        stage = stage_of_tp.get(barrier.touchpoint_id, barrier.stage_id)
        found[stage].append(barrier)
    for items in found.values():
        items.sort(key=lambda b: (b.order, b.id))
    return dict(found)
