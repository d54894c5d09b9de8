"""Three-way merge of two versions of a map from their common ancestor, by entity id and field.

Every entity keeps its id for life, so two people's copies are matched by id, and each field is merged on its
own: a field changed on one side takes that side's value; changed alike on both, that value; changed
differently, ours is kept and a ``Conflict`` says so. An entity deleted on one side and changed on the other
is a conflict too (ours wins: deleted, or kept as we changed it). Orders are float keys per entity, so cards,
stages and lanes inserted on either side all survive. The result is always a sound map:

- two entities that would share a key (two emotions of one persona at one card, two flows between the same
  cards) become one, ours, with a conflict for each field where theirs differed;
- something deleted on one side but still used by the other side's new or changed entities is kept (a stage
  that received a card on the other side), with a conflict saying so;
- an entity that breaks a rule of the model only as a mix of both sides falls back to our version, or, if
  it has none, is left out; the conflict keeps their version whole, so nothing is lost.

Nothing here knows about files: ``cxdesigner merge`` reads and writes them, and records the conflicts.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from cxdesigner.domain.entities import Emotion, Flow, MapInfo
from cxdesigner.domain.journey import JourneyMap, ModelError
from cxdesigner.domain.kinds import KINDS, Kind

MISSING: Any = None  # a value or entity absent on one side

CHANGED_BOTH = "changed differently on both sides"
DELETED_BY_US = "deleted on our side, changed on theirs"
DELETED_BY_THEM = "deleted on their side, changed on ours"
KEPT_IN_USE = "deleted on one side, still used on the other: kept"
SAME_KEY = "added on both sides"
BROKEN = "both sides' changes together break a rule of the map"


@dataclass(frozen=True, slots=True)
class Conflict:
    """One place where the two sides disagree; the merged map holds ``kept``.

    ``field`` is empty when the whole entity is in question (deleted on one side); then ``base``, ``ours``
    and ``theirs`` are the entities (None where absent), else the field's values.
    """

    kind: str
    entity_id: str
    field: str
    base: Any
    ours: Any
    theirs: Any
    reason: str
    detail: str = ""


@dataclass
class MergeResult:
    """The merged map and the conflicts, in ``KINDS`` order."""

    journey: JourneyMap
    conflicts: list[Conflict]


def _by_id(journey: JourneyMap, kind: Kind, map_id: str) -> dict[str, Any]:
    if kind.cls is MapInfo:  # one record per map: matched whatever its id
        return {map_id: dataclasses.replace(journey.info, id=map_id)}
    return {e.id: e for e in journey.all(kind.cls)}


def _merge_entity(kind: str, b: Any, o: Any, t: Any, out: list[Conflict]) -> Any:
    """The merged version of one entity (None: deleted), adding its conflicts to ``out``."""
    if o == t:
        return o
    if o == b:
        return t
    if t == b:
        return o
    if o is None:
        out.append(Conflict(kind, t.id, "", b, None, t, DELETED_BY_US))
        return None
    if t is None:
        out.append(Conflict(kind, o.id, "", b, o, None, DELETED_BY_THEM))
        return o
    changes = {}
    for f in dataclasses.fields(o):
        ov, tv = getattr(o, f.name), getattr(t, f.name)
        if ov == tv:
            continue
        bv = getattr(b, f.name) if b is not None else MISSING
        if ov == bv:
            changes[f.name] = tv
        elif tv != bv:
            out.append(Conflict(kind, o.id, f.name, bv, ov, tv, CHANGED_BOTH))
    return dataclasses.replace(o, **changes) if changes else o


def _key(kind: Kind, entity: Any) -> tuple[Any, ...] | None:
    """What no two entities of the kind may share, beyond the id."""
    if kind.cls is Emotion:
        return (entity.touchpoint_id, entity.persona_id)
    if kind.cls is Flow:
        return (entity.source_id, entity.target_id)
    return tuple(getattr(entity, f) for f in kind.unique) if kind.unique else None


def _one_per_key(kind: Kind, merged: dict[str, Any], ours: dict[str, Any], out: list[Conflict]) -> None:
    """Where two entities share a key, keep ours; theirs' differing fields become conflicts."""
    owner: dict[tuple[Any, ...], str] = {}
    for eid in sorted(merged, key=lambda i: (i not in ours, i)):  # ours claim their keys first
        entity = merged[eid]
        key = _key(kind, entity)
        if key is None:
            return
        kept_id = owner.setdefault(key, eid)
        if kept_id == eid:
            continue
        kept = merged[kept_id]
        if eid in ours and _key(kind, ours[eid]) not in owner:  # their edit moved it onto our key: undo that
            merged[eid] = ours[eid]
            owner[_key(kind, ours[eid])] = eid  # type: ignore[index]
            out.append(Conflict(kind.name, eid, "", None, ours[eid], entity, SAME_KEY))
            continue
        del merged[eid]
        for f in dataclasses.fields(entity):
            if f.name != "id" and getattr(kept, f.name) != getattr(entity, f.name):
                out.append(
                    Conflict(kind.name, kept_id, f.name, None, getattr(kept, f.name), getattr(entity, f.name), SAME_KEY)
                )


def _keep_what_is_used(
    result: dict[type, dict[str, Any]], sides: list[dict[type, dict[str, Any]]], out: dict[str, Conflict]
) -> None:
    """Bring back what one side deleted but the merged entities still refer to (children before parents)."""
    base, ours, theirs = sides
    for kind in reversed(KINDS):
        for entity in list(result[kind.cls].values()):
            for name, cls in (*kind.refs.items(), *kind.optional_refs.items()):
                target = getattr(entity, name)
                if not target or target in result[cls]:
                    continue
                o, t = ours[cls].get(target), theirs[cls].get(target)
                keep = o or t
                if keep is None:
                    continue  # not anywhere: the model check below drops the child
                result[cls][target] = keep
                parent_kind = next(k for k in KINDS if k.cls is cls)
                what = f"{kind.name}.{name}"
                out[target] = Conflict(parent_kind.name, target, "", base[cls].get(target), o, t, KEPT_IN_USE, what)


def merge(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> MergeResult:
    """Merge ``theirs`` into ``ours`` with ``base`` as the common ancestor; neither input is changed."""
    map_id = ours.info.id
    sides = [{k.cls: _by_id(j, k, map_id) for k in KINDS} for j in (base, ours, theirs)]
    b_all, o_all, t_all = sides
    found: list[Conflict] = []
    result: dict[type, dict[str, Any]] = {}
    for kind in KINDS:
        b, o, t = b_all[kind.cls], o_all[kind.cls], t_all[kind.cls]
        merged: dict[str, Any] = {}
        for eid in (*o, *(i for i in t if i not in o), *(i for i in b if i not in o and i not in t)):
            entity = _merge_entity(kind.name, b.get(eid), o.get(eid), t.get(eid), found)
            if entity is not None:
                merged[eid] = entity
        _one_per_key(kind, merged, o, found)
        result[kind.cls] = merged
    whole: dict[str, Conflict] = {}
    _keep_what_is_used(result, sides, whole)
    conflicts = [c for c in found if not (c.field == "" and c.entity_id in whole)] + list(whole.values())
    journey = _build(result, o_all, conflicts)
    rank = {k.name: i for i, k in enumerate(KINDS)}
    conflicts.sort(key=lambda c: rank[c.kind])
    return MergeResult(journey, conflicts)


def _build(result: dict[type, dict[str, Any]], ours: dict[type, dict[str, Any]], out: list[Conflict]) -> JourneyMap:
    """The merged map, each entity checked by the model; a mix that breaks a rule falls back to ours."""
    (info,) = result[MapInfo].values()
    try:
        journey = JourneyMap(info)
    except ModelError as exc:
        journey = JourneyMap(next(iter(ours[MapInfo].values())))
        out.append(Conflict("map_info", info.id, "", None, journey.info, info, BROKEN, str(exc)))
    for kind in KINDS[1:]:
        for entity in result[kind.cls].values():
            try:
                journey.load((entity,))
                continue
            except ModelError as exc:
                problem = str(exc)
            mine = ours[kind.cls].get(entity.id)
            if mine is not None and mine != entity:
                try:
                    journey.load((mine,))
                    out.append(Conflict(kind.name, entity.id, "", None, mine, entity, BROKEN, problem))
                    continue
                except ModelError:
                    pass
            out.append(Conflict(kind.name, entity.id, "", None, None, entity, BROKEN, problem))
    return journey
