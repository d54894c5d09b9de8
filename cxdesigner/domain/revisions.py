"""Revisions: labelled, dated copies of the map kept inside the file, and what changed between two.

Practice re-maps every six months and looks at what is new. A ``Snapshot`` (``domain.snapshot``) holds
the whole map as canonical JSON text, written and read by ``io.snapshots``; ``compare`` lists what
differs between two maps in the method's terms: touchpoints added, removed and changed (with the
fields), designed emotions, measured emotions per persona (from the voice of the customer), feedback
added and removed, measured values and requirement statuses, barriers opened and closed, and
improvements whose status moved. ``Thresholds`` decide what is worth saying: a measured emotion that
moves by less than half a point, or a measured number by less than a tenth, is noise between two
rounds, not news. ``differences`` is the plain comparison for every kind of entity, field by field with
the old and new values (``cxdesigner diff`` prints it).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from cxdesigner.domain.feedback import FeedbackItem
from cxdesigner.domain.findings import measured_emotions
from cxdesigner.domain.improvements import Barrier, Improvement, ImprovementStatus
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kinds import KINDS
from cxdesigner.domain.layout import journey_order
from cxdesigner.domain.quality import QualityRequirement, Status, status
from cxdesigner.domain.values import parse_number


@dataclass(frozen=True, slots=True)
class Thresholds:
    """How much a measured quantity must move to be reported."""

    emotion: float = 0.5  # points on the −2..+2 scale
    value_share: float = 0.1  # a measured number, as a share of the old one (any change of a zero or a word)


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


@dataclass(frozen=True, slots=True)
class MeasuredChange:
    """The measured emotion at a touchpoint (one persona's, or everyone's for ``persona_id`` "") that moved."""

    touchpoint_id: str
    persona_id: str
    old: float | None
    new: float | None


@dataclass(frozen=True, slots=True)
class ValueChange:
    """A requirement's measured value that moved enough (texts as entered; "" where none)."""

    requirement_id: str
    touchpoint_id: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class ImprovementChange:
    """An improvement whose status differs (None where it did not or does not exist)."""

    improvement_id: str
    old: ImprovementStatus | None
    new: ImprovementStatus | None


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
    measured: tuple[MeasuredChange, ...] = ()
    feedback_added: tuple[str, ...] = ()
    feedback_removed: tuple[str, ...] = ()
    values: tuple[ValueChange, ...] = ()
    improvements: tuple[ImprovementChange, ...] = ()

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in dataclasses.fields(self))

    def changed_ids(self) -> set[str]:
        """The ids to highlight on the newer map: touchpoints added or changed, and new barriers with theirs."""
        ids = set(self.added) | {c.touchpoint_id for c in self.changed} | {e.touchpoint_id for e in self.emotions}
        ids |= {m.touchpoint_id for m in self.measured} | {v.touchpoint_id for v in self.values}
        return ids | {r.touchpoint_id for r in self.requirements} | set(self.new_barriers)

    def worse(self) -> tuple[list[MeasuredChange], list[RequirementChange]]:
        """What got worse: measured emotions that fell, requirements that stopped being met."""
        fell = [m for m in self.measured if m.old is not None and m.new is not None and m.new < m.old]
        lost = [r for r in self.requirements if r.old is Status.MET and r.new is Status.NOT_MET]
        return fell, lost

    def better(self) -> tuple[list[MeasuredChange], list[RequirementChange], list[ImprovementChange]]:
        """What got better: measured emotions that rose, requirements now met, improvements done."""
        rose = [m for m in self.measured if m.old is not None and m.new is not None and m.new > m.old]
        met = [r for r in self.requirements if r.new is Status.MET and r.old is not None]
        done = [i for i in self.improvements if i.new is ImprovementStatus.DONE]
        return rose, met, done


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


def _moved(old: str, new: str, share: float) -> bool:
    """Whether a measured value moved by at least ``share`` of the old one (numbers), or at all (words)."""
    if old.strip() == new.strip():
        return False
    try:
        before, after = parse_number(old), parse_number(new)
    except ValueError:
        return True
    return before == 0 or abs(after - before) >= share * abs(before)


def _measured(journey: JourneyMap) -> dict[tuple[str, str], float]:
    return {
        (tid, series.removeprefix("measured:")): value
        for series, by_tp in measured_emotions(journey).items()
        for tid, value in by_tp.items()
    }


def _voice(old: JourneyMap, new: JourneyMap, order: dict[str, int], limits: Thresholds) -> dict[str, Any]:
    """The comparison's parts that come from the voice of the customer, quality control and the roadmap."""
    old_m, new_m = _measured(old), _measured(new)
    measured = []
    for tid, pid in sorted(old_m.keys() | new_m.keys(), key=lambda k: (order.get(k[0], len(order)), k)):
        was, now = old_m.get((tid, pid)), new_m.get((tid, pid))
        appeared_or_went = (was is None) != (now is None)
        moved = was is not None and now is not None and abs(now - was) >= limits.emotion - 1e-9
        if tid in order and (appeared_or_went or moved):
            measured.append(MeasuredChange(tid, pid, was, now))
    old_fb, new_fb = {f.id for f in old.all(FeedbackItem)}, {f.id for f in new.all(FeedbackItem)}
    old_reqs = {r.id: r for r in old.all(QualityRequirement)}
    values = [
        ValueChange(r.id, r.touchpoint_id, old_reqs[r.id].measured.strip(), r.measured.strip())
        for r in new.all(QualityRequirement)
        if r.id in old_reqs and _moved(old_reqs[r.id].measured, r.measured, limits.value_share)
    ]
    values.sort(key=lambda v: (order.get(v.touchpoint_id, len(order)), v.requirement_id))
    old_imp = {i.id: i.status for i in old.all(Improvement)}
    new_imp = {i.id: i.status for i in new.all(Improvement)}
    return {
        "measured": tuple(measured),
        "feedback_added": tuple(f.id for f in new.all(FeedbackItem) if f.id not in old_fb),
        "feedback_removed": tuple(f.id for f in old.all(FeedbackItem) if f.id not in new_fb),
        "values": tuple(values),
        "improvements": tuple(
            ImprovementChange(i, old_imp.get(i), new_imp.get(i))
            for i in [*new_imp, *(i for i in old_imp if i not in new_imp)]
            if old_imp.get(i) != new_imp.get(i)
        ),
    }


def compare(old: JourneyMap, new: JourneyMap, limits: Thresholds | None = None) -> Comparison:
    """What differs between two versions of a map; ``limits`` (by default ``Thresholds()``) decide which
    measured changes are worth saying."""
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
        **_voice(old, new, order, limits or Thresholds()),
    )
