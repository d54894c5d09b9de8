"""The registry of entity kinds: their table names and the references between them.

The order of ``KINDS`` is the dependency order: a kind only refers to kinds listed before it. Deleting
an entity deletes what refers to it through a required reference and clears optional references.
Later features add their kinds here, and the model, the store and the JSON format follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from cxdesigner.domain.conditions import Condition
from cxdesigner.domain.contact_policy import ContactPolicy, check_policy
from cxdesigner.domain.control_rounds import ControlRound, RoundValue, check_round
from cxdesigner.domain.entities import Emotion, Flow, Lane, MapInfo, Persona, Stage, Touchpoint
from cxdesigner.domain.feedback import FeedbackItem, check_feedback
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementBarrier, check_barrier, check_improvement
from cxdesigner.domain.kpis import BusinessCase, Kpi, KpiMeasurement, check_case, check_kpi, check_measurement
from cxdesigner.domain.personas import Expectation
from cxdesigner.domain.pictures import Picture, check_picture
from cxdesigner.domain.quality import QualityRequirement, check_requirement
from cxdesigner.domain.saved_views import SavedView, ViewLane, ViewPersona, ViewStep, check_view
from cxdesigner.domain.segments import CustomerAnalysis, Segment, check_analysis, check_segment
from cxdesigner.domain.snapshot import Snapshot, check_snapshot
from cxdesigner.domain.strategy import StrategyScore, check_score


@dataclass(frozen=True)
class Kind:
    """One kind of entity: its class, table name, references to other kinds and its value check.

    ``check`` returns the field at fault and why (a one-line message), or None when the values are fine.
    ``anchors`` are optional references of which at least one is set: deleting the last one that is set
    deletes the entity too (a barrier goes with its only stage or touchpoint). ``unique`` names fields
    whose values no two entities of the kind share.
    """

    cls: type
    name: str
    refs: dict[str, type] = field(default_factory=dict)
    optional_refs: dict[str, type] = field(default_factory=dict)
    ordered: bool = False
    check: Callable[[Any], tuple[str, str] | None] | None = None
    anchors: tuple[str, ...] = ()
    unique: tuple[str, ...] = ()

    @cached_property
    def ref_names(self) -> tuple[str, ...]:
        """Every reference field, the required ones first."""
        return (*self.refs, *self.optional_refs)


KINDS: list[Kind] = [
    Kind(MapInfo, "map_info"),
    Kind(Stage, "stages", ordered=True),
    Kind(Lane, "lanes", ordered=True),
    Kind(Persona, "personas", ordered=True),
    Kind(Touchpoint, "touchpoints", refs={"stage_id": Stage, "lane_id": Lane}, ordered=True),
    Kind(Flow, "flows", refs={"source_id": Touchpoint, "target_id": Touchpoint}),
    Kind(Emotion, "emotions", refs={"touchpoint_id": Touchpoint, "persona_id": Persona}),
    Kind(
        QualityRequirement,
        "quality_requirements",
        refs={"touchpoint_id": Touchpoint},
        ordered=True,
        check=check_requirement,
    ),
    Kind(
        FeedbackItem,
        "feedback_items",
        refs={"touchpoint_id": Touchpoint},
        optional_refs={"persona_id": Persona},
        check=check_feedback,
    ),
    Kind(
        Barrier,
        "barriers",
        optional_refs={"stage_id": Stage, "touchpoint_id": Touchpoint},
        ordered=True,
        check=check_barrier,
        anchors=("stage_id", "touchpoint_id"),
    ),
    Kind(Improvement, "improvements", check=check_improvement),
    Kind(
        ImprovementBarrier,
        "improvement_barriers",
        refs={"improvement_id": Improvement, "barrier_id": Barrier},
        unique=("improvement_id", "barrier_id"),
    ),
    Kind(StrategyScore, "strategy_scores", check=check_score, unique=("key",)),
    Kind(Snapshot, "snapshots", check=check_snapshot),
    Kind(Expectation, "expectations", refs={"persona_id": Persona}, optional_refs={"stage_id": Stage}, ordered=True),
    Kind(CustomerAnalysis, "customer_analyses", check=check_analysis),
    Kind(
        Segment,
        "segments",
        refs={"analysis_id": CustomerAnalysis},
        optional_refs={"persona_id": Persona},
        ordered=True,
        check=check_segment,
    ),
    Kind(ControlRound, "control_rounds", check=check_round),
    Kind(
        RoundValue,
        "round_values",
        refs={"round_id": ControlRound, "requirement_id": QualityRequirement},
        unique=("round_id", "requirement_id"),
    ),
    Kind(ContactPolicy, "contact_policies", ordered=True, check=check_policy, unique=("segment_key", "channel")),
    Kind(SavedView, "saved_views", ordered=True, check=check_view, unique=("name",)),
    Kind(
        ViewPersona,
        "view_personas",
        refs={"view_id": SavedView, "persona_id": Persona},
        unique=("view_id", "persona_id"),
    ),
    Kind(ViewLane, "view_lanes", refs={"view_id": SavedView, "lane_id": Lane}, unique=("view_id", "lane_id")),
    Kind(ViewStep, "view_steps", refs={"view_id": SavedView, "touchpoint_id": Touchpoint}, ordered=True),
    Kind(
        BusinessCase,
        "business_cases",
        refs={"improvement_id": Improvement},
        optional_refs={"barrier_id": Barrier},
        check=check_case,
        unique=("improvement_id",),
    ),
    Kind(Kpi, "kpis", refs={"improvement_id": Improvement}, ordered=True, check=check_kpi),
    Kind(
        KpiMeasurement,
        "kpi_measurements",
        refs={"kpi_id": Kpi},
        check=check_measurement,
        unique=("kpi_id", "measured_on"),
    ),
    Kind(Picture, "pictures", refs={"touchpoint_id": Touchpoint}, ordered=True, check=check_picture),
    Kind(Condition, "conditions", refs={"stage_id": Stage, "lane_id": Lane}, unique=("stage_id", "lane_id")),
]

KIND_OF: dict[type, Kind] = {k.cls: k for k in KINDS}
KIND_BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
RANK: dict[type, int] = {k.cls: i for i, k in enumerate(KINDS)}


def kind_of(entity_or_cls: object) -> Kind:
    """The kind of an entity or entity class."""
    cls = entity_or_cls if isinstance(entity_or_cls, type) else type(entity_or_cls)
    return KIND_OF[cls]
