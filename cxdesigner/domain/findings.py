"""What the path analysis reports: findings, customer paths, and the analysis as a whole.

Value objects only (``domain.analysis`` computes them), with the helpers that write touchpoints and paths
into the plain-English messages of the findings, and that gather the emotion series a path is judged on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from cxdesigner.domain.feedback import FeedbackItem, aggregate
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import QualityRequirement


class Severity(StrEnum):
    """How much a finding matters."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

# Every kind of finding, in the order they are listed.
KINDS = (
    "trap",
    "dead_end",
    "unreachable",
    "orphan",
    "loop",
    "bound",
    "empty_stage",
    "no_owner",
    "no_requirement",
    "worst_path",
    "handoff_worst",
    "handoffs",
    "bottleneck",
    "moment_of_truth",
    "entry",
    "exit",
)
KIND_RANK = {k: i for i, k in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the analysis noticed, with the ids of the entities it is about."""

    kind: str
    severity: Severity
    message: str
    ids: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """The JSON form: kind, severity, message, ids."""
        return {"kind": self.kind, "severity": self.severity.value, "message": self.message, "ids": list(self.ids)}


@dataclass(frozen=True, slots=True)
class Path:
    """One customer path from an entry to an exit, with what lies on it."""

    ids: tuple[str, ...]
    moments: tuple[str, ...] = ()
    emotions: tuple[tuple[str, float], ...] = ()  # (series, mean emotion) for every series with values here

    def mean(self, series: str) -> float | None:
        """The mean emotion of one series (a persona id, or ``measured:<persona id>``) on this path."""
        return dict(self.emotions).get(series)


@dataclass(frozen=True)
class Analysis:
    """Everything the analysis found."""

    findings: tuple[Finding, ...]
    paths: tuple[Path, ...]
    entries: tuple[str, ...]
    exits: tuple[str, ...]
    truncated: bool = False  # the path enumeration stopped at a bound
    path_counts: Mapping[str, int] = field(default_factory=dict)  # touchpoint id -> paths through it

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]


def designed_emotions(journey: JourneyMap) -> dict[str, dict[str, float]]:
    """The designed emotion values, persona id -> touchpoint id -> value."""
    out: dict[str, dict[str, float]] = {}
    for e in journey.emotions():
        out.setdefault(e.persona_id, {})[e.touchpoint_id] = float(e.designed)
    return out


def measured_emotions(journey: JourneyMap) -> dict[str, dict[str, float]]:
    """The measured emotions from scored feedback: ``measured:<persona id>`` for each persona with feedback,
    and ``measured:`` over all feedback, each touchpoint id -> mean on the emotion scale."""
    groups: dict[tuple[str, str], list[FeedbackItem]] = {}
    for item in journey.all(FeedbackItem):
        if item.score is None:
            continue
        groups.setdefault(("", item.touchpoint_id), []).append(item)
        if item.persona_id:
            groups.setdefault((item.persona_id, item.touchpoint_id), []).append(item)
    out: dict[str, dict[str, float]] = {}
    for (persona_id, tid), items in sorted(groups.items()):
        mean = aggregate(items).mean
        if mean is not None:
            out.setdefault(f"measured:{persona_id}", {})[tid] = mean
    return out


def requirement_holders(journey: JourneyMap) -> set[str]:
    """The ids of the touchpoints that have at least one quality requirement."""
    return {r.touchpoint_id for r in journey.all(QualityRequirement)}


def path_label(journey: JourneyMap, ids: Iterable[str], arrow: str = " → ", longest: int = 0) -> str:
    """A path written as its touchpoint titles; with ``longest``, a longer path keeps only its two ends."""
    ids = list(ids)
    if longest and len(ids) > longest:
        head, tail = (title_of(journey, i) for i in ids[:2]), (title_of(journey, i) for i in ids[-2:])
        return f"{arrow.join(head)}{arrow}…{arrow}{arrow.join(tail)} ({len(ids)} touchpoints)"
    return arrow.join(title_of(journey, i) for i in ids)


def title_of(journey: JourneyMap, entity_id: str) -> str:
    entity = journey.find(entity_id)
    text = getattr(entity, "title", "") or getattr(entity, "name", "") or "(untitled)"
    return f"“{text}”"


def names_of(journey: JourneyMap, ids: Iterable[str], limit: int = 4) -> str:
    ids = list(ids)
    names = ", ".join(title_of(journey, i) for i in ids[:limit])
    return names + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
