"""What a printed map shows besides its geometry, gathered once from the journey.

The entities in drawing order, each card's quality badge (from ``domain.quality``) and the emotion curves
to draw: per persona the designed ("to-be") curve and, where the voice of the customer gives scores, the
measured ("as-is") one (``domain.feedback``), as ``domain.layout.emotion_curve`` shapes them.
Requirements and feedback are grouped in one pass, so a map of thousands of cards costs one walk.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from cxdesigner.domain.entities import Flow, Lane, Persona, Stage, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem, aggregate
from cxdesigner.domain.geometry import CurveGeometry, MapLayout
from cxdesigner.domain.improvements import Barrier, Improvement
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import emotion_curve
from cxdesigner.domain.quality import Badge, QualitySummary, badges, stage_summaries

EMOTION_MODES = ("designed", "measured", "both")


@dataclass
class MapParts:
    """The journey's entities as the painter draws them, with badges and curves."""

    stages: list[Stage]
    lanes: list[Lane]
    touchpoints: list[Touchpoint]
    flows: list[Flow]
    personas: list[Persona]
    badges: dict[str, Badge] = field(default_factory=dict)
    stage_quality: dict[str, QualitySummary] = field(default_factory=dict)
    notes: dict[str, Barrier | Improvement] = field(default_factory=dict)
    """The barriers and improvements the layout places as notes, by id."""
    curves: list[tuple[Persona, CurveGeometry, bool]] = field(default_factory=list)
    """(persona, curve, dashed): the measured curve is dashed."""

    @property
    def channels(self) -> list[str]:
        return sorted({tp.channel.value for tp in self.touchpoints})

    @property
    def measured(self) -> bool:
        """Whether any measured curve is drawn (the legend then explains the dashes)."""
        return any(dashed for _, _, dashed in self.curves)


def designed_values(journey: JourneyMap) -> dict[str, dict[str, float]]:
    """Persona id -> touchpoint id -> the designed emotion."""
    values: dict[str, dict[str, float]] = defaultdict(dict)
    for emotion in journey.emotions():
        values[emotion.persona_id][emotion.touchpoint_id] = float(emotion.designed)
    return values


def measured_values(journey: JourneyMap) -> dict[str, dict[str, float]]:
    """Persona id -> touchpoint id -> the measured emotion (mean of that persona's scored feedback)."""
    grouped: dict[str, dict[str, list[FeedbackItem]]] = defaultdict(lambda: defaultdict(list))
    for item in journey.all(FeedbackItem):
        if item.persona_id and item.score is not None:
            grouped[item.persona_id][item.touchpoint_id].append(item)
    values: dict[str, dict[str, float]] = {}
    for pid, per_tp in grouped.items():
        means = {tid: aggregate(items).mean for tid, items in per_tp.items()}
        values[pid] = {tid: m for tid, m in means.items() if m is not None}
    return values


def gather(journey: JourneyMap, layout: MapLayout, emotion_mode: str = "both") -> MapParts:
    """Everything the painter needs from ``journey``, whose geometry is ``layout``."""
    if emotion_mode not in EMOTION_MODES:
        raise ValueError(f"emotion mode is one of {', '.join(EMOTION_MODES)}")
    personas = journey.personas()
    parts = MapParts(journey.stages(), journey.lanes(), journey.touchpoints(), journey.flows(), personas)
    parts.flows.sort(key=lambda f: f.id)
    parts.badges = badges(journey)
    parts.stage_quality = stage_summaries(journey)
    parts.notes = {e.id: e for e in (*journey.all(Barrier), *journey.all(Improvement)) if e.id in layout.notes}
    wanted = []
    if emotion_mode in ("designed", "both"):
        wanted.append((designed_values(journey), False))
    if emotion_mode in ("measured", "both"):
        wanted.append((measured_values(journey), True))
    for values, dashed in wanted:
        for persona in personas:
            curve = emotion_curve(layout, journey, persona.id, values.get(persona.id, {}))
            if curve is not None:
                parts.curves.append((persona, curve, dashed))
    return parts
