"""Control rounds as records: each round's date, who walked it and the values measured on it.

A ``ControlRound`` is one walk of the map on one day by one person; a ``RoundValue`` is the value measured
for one requirement on that walk, kept as typed. Rounds never overwrite each other: the history of a
requirement is its values round by round, and the newest round that measured it gives the requirement's
current measured value and check date (``QualityRequirement.measured`` and ``checked_on``, which the rest
of the editor reads). ``changes`` compares a round with the one before it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.quality import QualityRequirement, Status, read_value, status
from cxdesigner.domain.values import is_iso_date

if TYPE_CHECKING:
    from cxdesigner.domain.journey import JourneyMap


@dataclass(frozen=True, slots=True)
class ControlRound:
    """One walk of the map: when, and who walked it."""

    id: str
    walked_on: str = ""  # ISO date
    walked_by: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class RoundValue:
    """The value measured for one requirement on one round, as typed."""

    id: str
    round_id: str
    requirement_id: str
    measured: str = ""


def check_round(item: ControlRound) -> tuple[str, str] | None:
    """The field at fault and why, or None."""
    if not is_iso_date(item.walked_on):
        return "walked_on", f"The round's date {item.walked_on!r} is not a date (YYYY-MM-DD)."
    return None


def rounds(journey: JourneyMap) -> list[ControlRound]:
    """Every round, oldest first (by date, then by who walked it)."""
    return sorted(journey.all(ControlRound), key=lambda r: (r.walked_on, r.walked_by, r.id))


def values_of(journey: JourneyMap, round_id: str) -> dict[str, RoundValue]:
    """Requirement id -> the value measured on one round."""
    return {v.requirement_id: v for v in journey.all(RoundValue) if v.round_id == round_id}


def previous(journey: JourneyMap, round_id: str) -> ControlRound | None:
    """The round before this one, or None for the first."""
    order = rounds(journey)
    here = next((i for i, r in enumerate(order) if r.id == round_id), -1)
    return order[here - 1] if here > 0 else None


def history(journey: JourneyMap, requirement_id: str) -> list[tuple[ControlRound, str]]:
    """A requirement's measured values round by round, oldest first."""
    by_round = {v.round_id: v.measured for v in journey.all(RoundValue) if v.requirement_id == requirement_id}
    return [(r, by_round[r.id]) for r in rounds(journey) if r.id in by_round]


def trend(journey: JourneyMap, requirement_id: str) -> list[float]:
    """The history as numbers for a small chart: a number as read, yes as 1 and no as 0; blanks left out."""
    req = journey.find(requirement_id)
    if not isinstance(req, QualityRequirement):
        return []
    out = []
    for _round, text in history(journey, requirement_id):
        if text.strip():
            try:
                out.append(float(read_value(req.comparison, text)))
            except ValueError:
                continue
    return out


def record(
    journey: JourneyMap, round_: ControlRound, requirement: QualityRequirement, text: str
) -> list[tuple[Any, Any]]:
    """The changes (``(old, new)`` pairs: old None adds) that record ``text`` for a requirement on a round.

    The round is added if it is new; the round's value is added or replaced; the requirement's measured
    value and check date follow when no later round measured it (an older round filled in late changes
    only the history).
    """
    changes: list[tuple[Any, Any]] = []
    if journey.find(round_.id) is None:
        changes.append((None, round_))
    value = values_of(journey, round_.id).get(requirement.id) if journey.find(round_.id) is not None else None
    if value is None:
        changes.append((None, RoundValue(new_id(), round_.id, requirement.id, text)))
    elif value.measured != text:
        changes.append((value, dataclasses.replace(value, measured=text)))
    later = [r for r, _v in history(journey, requirement.id) if r.id != round_.id and _after(r, round_)]
    if not later:
        current = {"measured": text, "checked_on": round_.walked_on if text else requirement.checked_on}
        if any(getattr(requirement, k) != v for k, v in current.items()):
            changes.append((requirement, dataclasses.replace(requirement, **current)))
    return changes


def _after(a: ControlRound, b: ControlRound) -> bool:
    return (a.walked_on, a.walked_by, a.id) > (b.walked_on, b.walked_by, b.id)


@dataclass(frozen=True, slots=True)
class RoundChange:
    """A requirement measured differently on a round than on the round before ("" where not measured)."""

    requirement_id: str
    touchpoint_id: str
    old: str
    new: str
    old_status: Status
    new_status: Status


def changes(journey: JourneyMap, round_id: str) -> list[RoundChange]:
    """What a round measured differently from the previous round (a requirement it measured first counts, one
    it did not measure does not), in the order of the map's requirements."""
    before_round = previous(journey, round_id)
    before = values_of(journey, before_round.id) if before_round else {}
    after = values_of(journey, round_id)
    out = []
    for req in journey.all(QualityRequirement):
        if req.id not in after:
            continue  # not measured on this round: nothing to compare
        was = before[req.id].measured if req.id in before else ""
        now = after[req.id].measured if req.id in after else ""
        if was.strip() != now.strip():
            out.append(
                RoundChange(
                    req.id,
                    req.touchpoint_id,
                    was,
                    now,
                    status(dataclasses.replace(req, measured=was)),
                    status(dataclasses.replace(req, measured=now)),
                )
            )
    return out
