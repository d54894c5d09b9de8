"""What the path analysis reports: findings, customer paths, and the analysis as a whole.

Value objects only (``domain.analysis`` computes them), with the helpers that write touchpoints and paths
into the plain-English messages of the findings, and that gather the emotion series a path is judged on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from cxdesigner.domain import phrases
from cxdesigner.domain.feedback import FeedbackItem, aggregate
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.quality import QualityRequirement
from cxdesigner.domain.reach import Reach


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
    "share_negative",
    "share_over",
    "orphan",
    "loop",
    "bound",
    "path_count",
    "empty_stage",
    "no_owner",
    "no_requirement",
    "failing_requirement",
    "worst_path",
    "loss",
    "remap",
    "base_quality",
    "content_mix",
    "kpi_behind",
    "handoff_worst",
    "handoffs",
    "bottleneck",
    "moment_of_truth",
    "reach",
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
    value: int | float | None = None  # the number the finding states: a path count (exact), a share, a mean

    def as_dict(self) -> dict[str, object]:
        """The JSON form: kind, severity, message, ids, and value where the finding has a number."""
        out: dict[str, object] = {
            "kind": self.kind,
            "severity": self.severity.value,
            "message": self.message,
            "ids": list(self.ids),
        }
        if self.value is not None:
            out["value"] = self.value
        return out


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
    truncated: bool = False  # ``paths`` lists only some of the paths (every count and answer is exact)
    path_counts: Mapping[str, int] = field(default_factory=dict)  # touchpoint id -> paths through it, exact
    path_count: int = 0  # every path from an entry to an exit, each loop one step
    barriers: tuple[tuple[str, ...], ...] = ()  # the steps (a touchpoint, or a loop's) every path passes
    reach: Reach = field(default_factory=Reach)  # where customers go by the flows' shares

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    def share(self, tid: str) -> float:
        """The exact share of paths through a touchpoint, 0 to 1."""
        return self.path_counts.get(tid, 0) / self.path_count if self.path_count else 0.0


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


def path_label(journey: JourneyMap, ids: Iterable[str], arrow: str = " → ", longest: int = 0, lang: str = "en") -> str:
    """A path written as its touchpoint titles; with ``longest``, a longer path keeps only its two ends."""
    return phrases.path_label(journey, list(ids), lang, longest, arrow)


def title_of(journey: JourneyMap, entity_id: str, lang: str = "en") -> str:
    return phrases.title(journey, entity_id, lang)


def names_of(journey: JourneyMap, ids: Iterable[str], limit: int = 4, lang: str = "en") -> str:
    return phrases.names(journey, list(ids), lang, limit)


def plural(n: int, word: str, many: str = "") -> str:
    """``n`` written readably with ``word``, or ``many`` (``word`` + s unless given) when not one."""
    return f"{readable(n)} " + (word if n == 1 else many or f"{word}s")


readable = phrases.readable
percent = phrases.percent
