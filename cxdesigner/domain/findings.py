"""What the path analysis reports: findings, customer paths, and the analysis as a whole.

Value objects only (``domain.analysis`` computes them), with the helpers that write touchpoints and paths
into the plain-English messages of the findings, and that gather the emotion series a path is judged on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

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
    "worst_path",
    "loss",
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


def plural(n: int, word: str, many: str = "") -> str:
    """``n`` written readably with ``word``, or ``many`` (``word`` + s unless given) when not one."""
    return f"{readable(n)} " + (word if n == 1 else many or f"{word}s")


_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def readable(n: int) -> str:
    """A count as people read it: 12,345 up to a million, then 1.2 × 10¹⁵ (exact ints of any size)."""
    if abs(n) < 1_000_000:
        return f"{n:,}"
    exponent = int((n.bit_length() - 1) * math.log10(2))  # str() refuses ints of more than 4,300 digits
    while 10 ** (exponent + 1) <= n:
        exponent += 1
    while 10**exponent > n:
        exponent -= 1
    mantissa = n / 10**exponent if exponent < 300 else (n // 10 ** (exponent - 15)) / 10**15
    text = f"{mantissa:.1f}"
    if text == "10.0":
        text, exponent = "1.0", exponent + 1
    return f"{text} × 10{str(exponent).translate(_SUPERSCRIPT)}"


def percent(share: float) -> str:
    """A share of 0 to 1 as a whole percentage; a share above zero never shows as 0 %, nor below 1 as 100 %."""
    if 0 < share < 0.01:
        return "under 1 %"
    if 0.99 < share < 1:
        return "over 99 %"
    return f"{round(share * 100)} %"
