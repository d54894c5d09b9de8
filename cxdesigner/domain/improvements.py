"""Step 5 of the practice: barriers (pain points) and the improvements that remove them.

A ``Barrier`` sits at a stage, a touchpoint, or both, and says what share of customers it loses. An
``Improvement`` is an action with an owner, a status, effort and impact (1 to 5) and a due date; the
many-to-many ``ImprovementBarrier`` links say which barriers it removes. ``roadmap`` orders the
improvements quick wins first: the highest impact per unit of effort, then the highest impact.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxdesigner.domain.journey import JourneyMap

SCALE_MIN = 1
SCALE_MAX = 5
QUICK_WIN_IMPACT = 4  # at least
QUICK_WIN_EFFORT = 2  # at most


class ImprovementStatus(StrEnum):
    """Where an improvement stands."""

    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


OPEN_STATUSES = (ImprovementStatus.IDEA, ImprovementStatus.PLANNED, ImprovementStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class Barrier:
    """A weak spot where customers leave or stop: at a stage, a touchpoint, or both."""

    id: str
    stage_id: str = ""
    touchpoint_id: str = ""
    order: float = 0.0
    description: str = ""
    share_lost: float | None = None  # share of customers it loses, 0 to 1; None when not known


@dataclass(frozen=True, slots=True)
class Improvement:
    """An action that removes barriers, with who does it, how far it is, what it costs and brings."""

    id: str
    title: str = ""
    owner: str = ""
    status: ImprovementStatus = ImprovementStatus.IDEA
    effort: int = 3  # 1 (a few hours) to 5 (a project)
    impact: int = 3  # 1 (barely noticed) to 5 (changes the journey)
    due: str = ""  # ISO date (YYYY-MM-DD) or empty
    effect: str = ""  # the expected effect, in words


@dataclass(frozen=True, slots=True)
class ImprovementBarrier:
    """A link: this improvement works on this barrier."""

    id: str
    improvement_id: str
    barrier_id: str


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def check_barrier(barrier: Barrier) -> tuple[str, str] | None:
    """The field at fault and why the model must refuse this barrier, or None when it is fine."""
    if not barrier.stage_id and not barrier.touchpoint_id:
        return "stage_id", "A barrier belongs to a stage or a touchpoint."
    share = barrier.share_lost
    if share is not None and not (math.isfinite(share) and 0.0 <= share <= 1.0):
        return "share_lost", "The share of customers lost lies between 0 and 100 %."
    return None


def check_improvement(improvement: Improvement) -> tuple[str, str] | None:
    """The field at fault and why the model must refuse this improvement, or None when it is fine."""
    if not isinstance(improvement.status, ImprovementStatus):
        return "status", "unknown improvement status"
    for what, value in (("effort", improvement.effort), ("impact", improvement.impact)):
        if isinstance(value, bool) or not isinstance(value, int) or not SCALE_MIN <= value <= SCALE_MAX:
            return what, f"The {what} is a whole number from {SCALE_MIN} to {SCALE_MAX}."
    if improvement.due and not _is_iso_date(improvement.due):
        return "due", f"The due date {improvement.due!r} is not a date (YYYY-MM-DD)."
    return None


def is_quick_win(improvement: Improvement) -> bool:
    """High impact for low effort, and still open."""
    return (
        improvement.status in OPEN_STATUSES
        and improvement.impact >= QUICK_WIN_IMPACT
        and improvement.effort <= QUICK_WIN_EFFORT
    )


def roadmap(improvements: Iterable[Improvement]) -> list[Improvement]:
    """Open improvements first, quick wins first (impact / effort, then impact, then due date); then done, dropped."""

    def key(i: Improvement) -> tuple[int, float, int, str, str, str]:
        group = 0 if i.status in OPEN_STATUSES else (1 if i.status is ImprovementStatus.DONE else 2)
        return (group, -i.impact / i.effort, -i.impact, i.due or "9999-99-99", i.title.casefold(), i.id)

    return sorted(improvements, key=key)


def barriers_of(journey: JourneyMap, entity_id: str) -> list[Barrier]:
    """The barriers at a stage or a touchpoint, in their order."""
    found = [e for e in journey.referrers(entity_id) if isinstance(e, Barrier)]
    found.sort(key=lambda b: (b.order, b.id))
    return found


def stage_of_barrier(journey: JourneyMap, barrier: Barrier) -> str:
    """The stage a barrier shows in: its touchpoint's stage, else its own."""
    if barrier.touchpoint_id:
        tp = journey.find(barrier.touchpoint_id)
        if tp is not None:
            return str(tp.stage_id)
    return barrier.stage_id


def links_of(journey: JourneyMap, entity_id: str) -> list[ImprovementBarrier]:
    """The links that name this improvement or barrier."""
    return [e for e in journey.referrers(entity_id) if isinstance(e, ImprovementBarrier)]


def improvements_for(journey: JourneyMap, barrier_id: str) -> list[Improvement]:
    """The improvements linked to a barrier, in roadmap order."""
    return roadmap(journey.get(Improvement, link.improvement_id) for link in links_of(journey, barrier_id))


def barriers_for(journey: JourneyMap, improvement_id: str) -> list[Barrier]:
    """The barriers an improvement works on, in their order."""
    found = [journey.get(Barrier, link.barrier_id) for link in links_of(journey, improvement_id)]
    found.sort(key=lambda b: (b.order, b.id))
    return found


def stage_of_improvement(journey: JourneyMap, improvement_id: str) -> str | None:
    """The stage an improvement shows in on the map: that of its earliest barrier; None when it has none."""
    rank = {s.id: i for i, s in enumerate(journey.stages())}
    stages = [stage_of_barrier(journey, b) for b in barriers_for(journey, improvement_id)]
    stages = [s for s in stages if s in rank]
    return min(stages, key=rank.__getitem__) if stages else None
