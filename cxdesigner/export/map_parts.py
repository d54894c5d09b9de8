"""What a printed map shows besides its geometry, gathered once from the journey.

The entities in drawing order, each card's quality badge (from ``domain.quality``) and the emotion curves
to draw: per persona the designed ("to-be") curve and, where the voice of the customer gives scores, the
measured ("as-is") one (``domain.personas``), as ``domain.layout.emotion_curve`` shapes them.
Requirements and feedback are grouped in one pass, so a map of thousands of cards costs one walk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from cxdesigner.domain import personas as persona_values
from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.entities import Flow, Lane, Persona, Stage, Touchpoint
from cxdesigner.domain.geometry import CurveGeometry, MapLayout
from cxdesigner.domain.improvements import Barrier, Improvement
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.layout import emotion_curve
from cxdesigner.domain.pictures import Picture
from cxdesigner.domain.quality import Badge, QualitySummary, badges_and_stages

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
    notes: dict[str, Barrier | Improvement | Condition] = field(default_factory=dict)
    """The barriers, improvements and external conditions the layout places as notes, by id."""
    curves: list[tuple[Persona, CurveGeometry, bool]] = field(default_factory=list)
    """(persona, curve, dashed): the measured curve is dashed."""
    pictures: dict[str, Picture] = field(default_factory=dict)
    """The pictures the layout places on cards and in storyboard lanes, by id."""

    @cached_property
    def flow_ids(self) -> dict[str, Flow]:
        """The flows drawn, by id (for a slice's look-ups)."""
        return {f.id: f for f in self.flows}

    @cached_property
    def stage_cards(self) -> dict[str, list[tuple[int, Touchpoint]]]:
        """Each stage's touchpoints with their place in ``touchpoints`` (a slice draws only its stages')."""
        found: dict[str, list[tuple[int, Touchpoint]]] = {}
        for i, tp in enumerate(self.touchpoints):
            found.setdefault(tp.stage_id, []).append((i, tp))
        return found

    @property
    def channels(self) -> list[str]:
        return sorted({tp.channel.value for tp in self.touchpoints})

    @cached_property
    def moments(self) -> set[str]:
        """The touchpoints that are moments of truth (their curve points are diamonds)."""
        return {tp.id for tp in self.touchpoints if tp.moment_of_truth}

    @property
    def measured(self) -> bool:
        """Whether any measured curve is drawn (the legend then explains the dashes)."""
        return any(dashed for _, _, dashed in self.curves)


def designed_values(journey: JourneyMap) -> dict[str, dict[str, float]]:
    """Persona id -> touchpoint id -> the designed emotion (``domain.personas``, as the canvas shows it)."""
    return {p.id: persona_values.designed_values(journey, p.id) for p in journey.personas()}


def measured_values(journey: JourneyMap) -> dict[str, dict[str, float]]:
    """Persona id -> touchpoint id -> the measured emotion: the persona's own scored feedback, else the
    untagged feedback at the touchpoint (``domain.personas``, as the canvas shows it)."""
    return {p.id: persona_values.measured_values(journey, p.id) for p in journey.personas()}


def curve_values(journey: JourneyMap, emotion_mode: str) -> list[tuple[dict[str, dict[str, float]], bool]]:
    """The values of each kind of curve ``emotion_mode`` draws, designed first: (values, dashed)."""
    wanted = []
    if emotion_mode in ("designed", "both"):
        wanted.append((designed_values(journey), False))
    if emotion_mode in ("measured", "both"):
        wanted.append((measured_values(journey), True))
    return wanted


def gather(
    journey: JourneyMap,
    layout: MapLayout,
    emotion_mode: str = "both",
    hidden: frozenset[str] = frozenset(),
    path: Sequence[str] = (),
) -> MapParts:
    """Everything the painter needs from ``journey``, whose geometry is ``layout``; the personas in
    ``hidden`` get no curve (as when they are switched off on the canvas); with a ``path``, the curves
    follow it (its touchpoints still on the map), as the canvas draws them along a chosen path."""
    steps = [t for t in path if t in layout.cards] or None
    if emotion_mode not in EMOTION_MODES:
        raise ValueError(f"emotion mode is one of {', '.join(EMOTION_MODES)}")
    people = journey.personas()
    parts = MapParts(journey.stages(), journey.lanes(), journey.touchpoints(), journey.flows(), people)
    parts.flows.sort(key=lambda f: f.id)
    parts.badges, parts.stage_quality = badges_and_stages(journey)
    noted = (*journey.all(Barrier), *journey.all(Improvement), *journey.all(Condition))
    parts.notes = {e.id: e for e in noted if e.id in layout.notes}
    shown = {b.picture_id for b in (*layout.card_pictures.values(), *layout.storyboard.values())}
    parts.pictures = {p.id: p for p in journey.all(Picture) if p.id in shown} if shown else {}
    for values, dashed in curve_values(journey, emotion_mode):
        for persona in people:
            if persona.id in hidden:
                continue
            curve = emotion_curve(layout, journey, persona.id, values.get(persona.id, {}), steps)
            if curve is not None:
                parts.curves.append((persona, curve, dashed))
    return parts
