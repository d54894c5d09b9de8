"""Revisions: labelled, dated copies of the map kept inside the file, and what changed between two.

Practice re-maps every six months and looks at what is new. A ``Snapshot`` (``domain.snapshot``) holds
the whole map as canonical JSON text, written and read by ``io.snapshots``; ``compare`` lists what
differs between two maps: touchpoints added, removed and changed (with the fields), requirement
status changes, emotion changes and new barriers. ``differences`` is the same comparison for every kind
of entity, field by field with the old and new values (``cxdesigner diff`` prints it).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from cxdesigner.domain.improvements import Barrier
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kinds import KINDS
from cxdesigner.domain.layout import journey_order
from cxdesigner.domain.quality import QualityRequirement, Status, status


@dataclass(frozen=True, slots=True)
class TouchpointChange:
    """A touchpoint in both maps whose fields differ."""

    touchpoint_id: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EmotionChange:
    """A persona's designed emotion at a touchpoint that differs (None where it was or is not set)."""

    touchpoint_id: str
    persona_id: str
    old: int | None
    new: int | None


@dataclass(frozen=True, slots=True)
class RequirementChange:
    """A quality requirement whose status differs (None where it did not or does not exist)."""

    requirement_id: str
    touchpoint_id: str
    old: Status | None
    new: Status | None


@dataclass(frozen=True)
class Comparison:
    """What changed from an old map to a new one; ids are matched, since a snapshot keeps them."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[TouchpointChange, ...] = ()
    emotions: tuple[EmotionChange, ...] = ()
    requirements: tuple[RequirementChange, ...] = ()
    new_barriers: tuple[str, ...] = ()
    removed_barriers: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.changed
            or self.emotions
            or self.requirements
            or self.new_barriers
            or self.removed_barriers
        )

    def changed_ids(self) -> set[str]:
        """The ids to highlight on the newer map: touchpoints added or changed, and new barriers with theirs."""
        ids = set(self.added) | {c.touchpoint_id for c in self.changed} | {e.touchpoint_id for e in self.emotions}
        return ids | {r.touchpoint_id for r in self.requirements} | set(self.new_barriers)


def _touchpoint_fields(old: Any, new: Any) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(old) if getattr(old, f.name) != getattr(new, f.name))


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an entity in both maps, with its value in each."""

    name: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class Difference:
    """An entity added, removed or changed (with its changed fields) between two maps."""

    kind: str  # the kind's table name, e.g. "touchpoints"
    entity_id: str
    change: str  # "added", "removed" or "changed"
    fields: tuple[FieldChange, ...] = ()


def differences(old: JourneyMap, new: JourneyMap) -> list[Difference]:
    """Every entity that differs, kind by kind (``KINDS`` order), touchpoints in journey order.

    Within a kind the newer map's order comes first (added and changed), then what was removed, in the
    older map's order. The map's own record is compared field by field like any other.
    """
    out: list[Difference] = []
    for kind in KINDS:
        if kind.name == "map_info":
            before, after = {old.info.id: old.info}, {new.info.id: new.info}
            if old.info.id != new.info.id:  # two different maps: compare their records all the same
                before = {new.info.id: old.info}
        else:
            before = {e.id: e for e in old.all(kind.cls)}
            after = {e.id: e for e in new.all(kind.cls)}
        if before == after:
            continue
        ids_new: list[str] = journey_order(new) if kind.name == "touchpoints" else list(after)
        ids_old: list[str] = journey_order(old) if kind.name == "touchpoints" else list(before)
        for eid in ids_new:
            was, now = before.get(eid), after[eid]
            if was is None:
                out.append(Difference(kind.name, eid, "added"))
            elif was != now:
                changes = tuple(
                    FieldChange(f.name, getattr(was, f.name), getattr(now, f.name))
                    for f in dataclasses.fields(now)
                    if getattr(was, f.name) != getattr(now, f.name)
                )
                out.append(Difference(kind.name, eid, "changed", changes))
        out.extend(Difference(kind.name, eid, "removed") for eid in ids_old if eid not in after)
    return out


def compare(old: JourneyMap, new: JourneyMap) -> Comparison:
    """What differs between two versions of a map."""
    old_tps = {t.id: t for t in old.touchpoints()}
    new_tps = {t.id: t for t in new.touchpoints()}
    order = {tid: i for i, tid in enumerate(journey_order(new))}
    old_order = {tid: i for i, tid in enumerate(journey_order(old))}
    changed = [
        TouchpointChange(tid, fields)
        for tid in sorted(old_tps.keys() & new_tps.keys(), key=order.__getitem__)
        if (fields := _touchpoint_fields(old_tps[tid], new_tps[tid]))
    ]
    old_em = {(e.touchpoint_id, e.persona_id): e.designed for e in old.emotions()}
    new_em = {(e.touchpoint_id, e.persona_id): e.designed for e in new.emotions()}
    emotions = [
        EmotionChange(tid, pid, old_em.get((tid, pid)), new_em.get((tid, pid)))
        for tid, pid in sorted(old_em.keys() | new_em.keys(), key=lambda k: (order.get(k[0], -1), k))
        if old_em.get((tid, pid)) != new_em.get((tid, pid)) and tid in new_tps and tid in old_tps
    ]
    old_reqs = {r.id: r for r in old.all(QualityRequirement)}
    new_reqs = {r.id: r for r in new.all(QualityRequirement)}
    requirements = []
    for rid in [*new_reqs, *(r for r in old_reqs if r not in new_reqs)]:
        before, after = old_reqs.get(rid), new_reqs.get(rid)
        was = status(before) if before is not None else None
        now = status(after) if after is not None else None
        if was != now:
            tid = (after or before).touchpoint_id  # type: ignore[union-attr]
            requirements.append(RequirementChange(rid, tid, was, now))
    requirements.sort(key=lambda r: (order.get(r.touchpoint_id, len(order)), r.requirement_id))
    old_barriers = {b.id for b in old.all(Barrier)}
    new_barriers = {b.id for b in new.all(Barrier)}
    return Comparison(
        added=tuple(t for t in order if t not in old_tps),
        removed=tuple(t for t in old_order if t not in new_tps),
        changed=tuple(changed),
        emotions=tuple(emotions),
        requirements=tuple(requirements),
        new_barriers=tuple(b.id for b in new.all(Barrier) if b.id not in old_barriers),
        removed_barriers=tuple(b.id for b in old.all(Barrier) if b.id not in new_barriers),
    )
