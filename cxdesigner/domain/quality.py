"""Quality requirements of touchpoints and their status, computed from target and measured value.

A requirement says what must hold at a touchpoint ("answer time at most 5 minutes", "works on mobile:
yes"). Its target and measured value are kept as the user typed them; the status (met, not met, not
checked) is never stored: it follows from the comparison, the target and the measured value. The model
refuses a target or measured value that cannot be read for its comparison (``check_requirement``).

Summaries: a stage header and the map overview show the share of requirements met out of ALL
requirements (``QualitySummary.share_met``): an unchecked requirement is not known to hold, so a map
nobody has checked shows 0 %, not 100 %. The share of the checked ones is there too for reports.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from cxdesigner.domain.values import is_iso_date, parse_number, parse_yes_no

if TYPE_CHECKING:
    from cxdesigner.domain.journey import JourneyMap

REL_TOLERANCE = 1e-9
ABS_TOLERANCE = 1e-9


class Comparison(StrEnum):
    """How the measured value is held against the target."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    EQUALS = "equals"
    YES_NO = "yes_no"


SYMBOLS = {Comparison.AT_LEAST: "≥", Comparison.AT_MOST: "≤", Comparison.EQUALS: "=", Comparison.YES_NO: ""}
"""The sign written before a target: "≤ 15 min" (a yes/no target needs none)."""


class Status(StrEnum):
    """The computed state of one requirement."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_CHECKED = "not_checked"


class Badge(StrEnum):
    """The quality state of a whole touchpoint, as its card shows it."""

    NONE = "none"  # no requirements
    ALL_MET = "all_met"
    FAILING = "failing"  # at least one requirement not met
    UNCHECKED = "unchecked"  # nothing failing, but something not checked yet


@dataclass(frozen=True, slots=True)
class QualityRequirement:
    """One indicator that must hold at a touchpoint, with its target and last measured value."""

    id: str
    touchpoint_id: str
    order: float = 0.0
    text: str = ""
    indicator: str = ""
    comparison: Comparison = Comparison.AT_LEAST
    target: str = ""
    unit: str = ""
    measured: str = ""
    owner: str = ""
    checked_on: str = ""


@lru_cache(maxsize=8192)  # a map repeats its targets and values: opening checks each, the badges judge each
def read_value(comparison: Comparison, text: str) -> float | bool:
    """The typed target or measured value read for ``comparison``; ``ValueError`` with a message if unreadable."""
    if comparison is Comparison.YES_NO:
        return parse_yes_no(text)
    return parse_number(text)


def value_problem(comparison: Comparison, text: str, what: str) -> str | None:
    """A one-line message if ``text`` (the target or the measured value) cannot be read, else None."""
    if not text.strip():
        return None
    try:
        read_value(comparison, text)
    except ValueError as exc:
        hint = "type yes or no (да/нет)" if comparison is Comparison.YES_NO else "type a number such as 4,5"
        return f"The {what} {exc}: {hint}."
    return None


def check_requirement(req: QualityRequirement) -> tuple[str, str] | None:
    """The field at fault and why the model must refuse this requirement, or None when it is fine."""
    if not isinstance(req.comparison, Comparison):
        return "comparison", "unknown comparison"
    for name, what in (("target", "target"), ("measured", "measured value")):
        problem = value_problem(req.comparison, getattr(req, name), what)
        if problem:
            return name, problem
    if req.checked_on and not is_iso_date(req.checked_on):
        return "checked_on", f"The check date {req.checked_on!r} is not a date (YYYY-MM-DD)."
    return None


def status(req: QualityRequirement) -> Status:
    """Met, not met or not checked. Without a measured value or a target it cannot be judged: not checked."""
    if not req.measured.strip() or not req.target.strip():
        return Status.NOT_CHECKED
    try:
        measured = read_value(req.comparison, req.measured)
        target = read_value(req.comparison, req.target)
    except ValueError:
        return Status.NOT_CHECKED  # the model never holds such a value; stay safe anyway
    return Status.MET if _holds(req.comparison, measured, target) else Status.NOT_MET


def _holds(comparison: Comparison, measured: float | bool, target: float | bool) -> bool:
    if comparison is Comparison.YES_NO:
        return measured == target
    close = math.isclose(measured, target, rel_tol=REL_TOLERANCE, abs_tol=ABS_TOLERANCE)
    if comparison is Comparison.EQUALS:
        return close
    if comparison is Comparison.AT_LEAST:
        return close or measured > target
    return close or measured < target


@dataclass(frozen=True, slots=True)
class QualitySummary:
    """Counts of requirements by status."""

    total: int = 0
    met: int = 0
    not_met: int = 0
    not_checked: int = 0

    @property
    def checked(self) -> int:
        return self.met + self.not_met

    @property
    def share_met(self) -> float | None:
        """Met out of all requirements (what the map shows); None when there are none."""
        return self.met / self.total if self.total else None

    @property
    def share_met_of_checked(self) -> float | None:
        """Met out of the checked ones; None when nothing is checked."""
        return self.met / self.checked if self.checked else None

    @property
    def badge(self) -> Badge:
        if not self.total:
            return Badge.NONE
        if self.not_met:
            return Badge.FAILING
        if self.not_checked:
            return Badge.UNCHECKED
        return Badge.ALL_MET


def summarize(requirements: Iterable[QualityRequirement]) -> QualitySummary:
    """Count requirements by their computed status."""
    return _count(map(status, requirements))


def _count(statuses: Iterable[Status]) -> QualitySummary:
    counts = dict.fromkeys(Status, 0)
    for found in statuses:
        counts[found] += 1
    return QualitySummary(
        total=sum(counts.values()),
        met=counts[Status.MET],
        not_met=counts[Status.NOT_MET],
        not_checked=counts[Status.NOT_CHECKED],
    )


def requirements_of(journey: JourneyMap, touchpoint_id: str) -> list[QualityRequirement]:
    """A touchpoint's requirements, in their order."""
    reqs = [e for e in journey.referrers(touchpoint_id) if isinstance(e, QualityRequirement)]
    reqs.sort(key=lambda r: (r.order, r.id))
    return reqs


def touchpoint_summary(journey: JourneyMap, touchpoint_id: str) -> QualitySummary:
    return summarize(requirements_of(journey, touchpoint_id))


def badge(journey: JourneyMap, touchpoint_id: str) -> Badge:
    """What a card shows: none, all met, failing or unchecked."""
    return touchpoint_summary(journey, touchpoint_id).badge


def stage_summary(journey: JourneyMap, stage_id: str) -> QualitySummary:
    """The requirements of every touchpoint in one stage."""
    tps = {t.id for t in journey.touchpoints() if t.stage_id == stage_id}
    return summarize(r for r in journey.all(QualityRequirement) if r.touchpoint_id in tps)


def map_summary(journey: JourneyMap) -> QualitySummary:
    """Every requirement of the map."""
    return summarize(journey.all(QualityRequirement))


def failing_touchpoints(journey: JourneyMap) -> set[str]:
    """The touchpoints with at least one requirement not met (the "failing" view filter)."""
    return {r.touchpoint_id for r in journey.all(QualityRequirement) if status(r) is Status.NOT_MET}


def stage_summaries(journey: JourneyMap) -> dict[str, QualitySummary]:
    """Every stage's summary in one pass (stage headers); stages without requirements map to an empty one."""
    return badges_and_stages(journey)[1]


def badges(journey: JourneyMap) -> dict[str, Badge]:
    """Every touchpoint's badge in one pass (the cards)."""
    return badges_and_stages(journey)[0]


def badges_and_stages(journey: JourneyMap) -> tuple[dict[str, Badge], dict[str, QualitySummary]]:
    """``badges`` and ``stage_summaries`` together, each requirement judged once (a printed map shows both)."""
    stage_of = {t.id: t.stage_id for t in journey.touchpoints()}
    by_tp: dict[str, list[Status]] = {tp_id: [] for tp_id in stage_of}
    by_stage: dict[str, list[Status]] = {s.id: [] for s in journey.stages()}
    for req in journey.all(QualityRequirement):
        found = status(req)
        by_tp[req.touchpoint_id].append(found)
        by_stage[stage_of[req.touchpoint_id]].append(found)
    cards = {tp_id: _badge(found) for tp_id, found in by_tp.items()}
    return cards, {stage_id: _count(found) for stage_id, found in by_stage.items()}


def _badge(found: list[Status]) -> Badge:
    """``_count(found).badge`` without the counting (one per card: thousands)."""
    if not found:
        return Badge.NONE
    if Status.NOT_MET in found:
        return Badge.FAILING
    return Badge.UNCHECKED if Status.NOT_CHECKED in found else Badge.ALL_MET
