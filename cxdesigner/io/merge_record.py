"""Merge conflicts kept inside the merged file, and their resolution one at a time.

A merge with conflicts adds two snapshots to the merged map: the common ancestor (``BASE_LABEL``) and their
side (``THEIRS_LABEL``), so nothing of theirs is lost and the conflicts can be found again at any time: they
are exactly ``merge(base, the map now, theirs).conflicts`` (the map holds our side wherever the two
disagreed). Taking theirs changes the map to their value; taking mine changes the stored copy of their side
to ours, so the two agree. Each resolution is a list of ``(old, new)`` entity pairs for one undoable step
(``commands.ApplyChanges``); the step that resolves the last conflict also removes the two snapshots, and
the file is clean again.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cxdesigner.domain import merge as m
from cxdesigner.domain.entities import Emotion, Flow
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kinds import kind_of
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.io import snapshots

BASE_LABEL = "Merge: common ancestor"
THEIRS_LABEL = "Merge: their side"
Change = tuple[Any, Any]  # (old, new): old None adds new, new None deletes old


def record(journey: JourneyMap, base: JourneyMap, theirs: JourneyMap, when: datetime | None = None) -> None:
    """Keep the ancestor and their side inside the merged map (replacing any from an earlier merge)."""
    journey.delete([s.id for s in journey.all(Snapshot) if s.label in (BASE_LABEL, THEIRS_LABEL)])
    journey.add(snapshots.take(base, BASE_LABEL, when))
    journey.add(snapshots.take(theirs, THEIRS_LABEL, when))


@dataclass
class Pending:
    """The conflicts a merged map still holds, with the two stored maps they come from."""

    base_snapshot: Snapshot
    theirs_snapshot: Snapshot
    base: JourneyMap
    theirs: JourneyMap
    conflicts: list[m.Conflict]


def pending(journey: JourneyMap, read: dict[str, JourneyMap] | None = None) -> Pending | None:
    """The unresolved conflicts of a merged map; None when it holds no merge record.

    ``read`` keeps the stored sides already read, by payload (reading one costs about half a second at
    3,000 cards, and the Conflicts list looks again after every edit); the maps in it are never changed.
    Raises ``FormatError`` when a stored side cannot be read.
    """
    found = {s.label: s for s in journey.all(Snapshot) if s.label in (BASE_LABEL, THEIRS_LABEL)}
    if len(found) != 2:
        return None
    base_snap, theirs_snap = found[BASE_LABEL], found[THEIRS_LABEL]
    read = {} if read is None else read
    for snap in (base_snap, theirs_snap):
        if snap.payload not in read:
            if len(read) >= 4:  # the two of now, and the two before the last resolution (for undo)
                read.pop(next(iter(read)))
            read[snap.payload] = snapshots.from_payload(snap.payload)
    base, theirs = read[base_snap.payload], read[theirs_snap.payload]
    result = m.merge(base, journey, theirs)
    return Pending(base_snap, theirs_snap, base, theirs, result.conflicts)


def _same_key(journey: JourneyMap, entity: Any) -> Any | None:
    if isinstance(entity, Emotion):
        return journey.emotion(entity.touchpoint_id, entity.persona_id)
    if isinstance(entity, Flow):
        return journey.flow_between(entity.source_id, entity.target_id)
    fields = kind_of(entity).unique
    return next(
        (e for e in journey.all(type(entity)) if all(getattr(e, f) == getattr(entity, f) for f in fields)), None
    )


def take_theirs(journey: JourneyMap, state: Pending, conflict: m.Conflict) -> list[Change]:
    """The changes to the map that give it their side of one conflict."""
    mine = journey.info if conflict.kind == "map_info" else journey.find(conflict.entity_id)
    if conflict.field:
        return [(mine, dataclasses.replace(mine, **{conflict.field: conflict.theirs}))]
    theirs = conflict.theirs
    if theirs is None:
        return [(mine, None)] if mine is not None else []
    if mine is None:
        return [(None, theirs)]
    return [(mine, theirs)]


def take_mine(journey: JourneyMap, state: Pending, conflict: m.Conflict) -> list[Change]:
    """The change to the stored copy of their side that makes it agree with the map on one conflict."""
    theirs = snapshots.from_payload(state.theirs_snapshot.payload)  # a copy to change: state.theirs may be shared
    mine = journey.info if conflict.kind == "map_info" else journey.find(conflict.entity_id)
    if conflict.kind == "map_info":
        theirs.put(dataclasses.replace(theirs.info, **{f.name: getattr(mine, f.name) for f in _fields(mine)}))
    elif conflict.reason == m.SAME_KEY and mine is not None:
        other = _same_key(theirs, mine)
        if other is not None:
            theirs.put(dataclasses.replace(mine, id=other.id))
    elif mine is None:
        theirs.delete([conflict.entity_id])
    elif conflict.entity_id in theirs:
        theirs.put(mine)
    else:
        theirs.add(mine)
    old = state.theirs_snapshot
    return [(old, dataclasses.replace(old, payload=snapshots.to_payload(theirs)))]


def _fields(entity: Any) -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(entity) if f.name != "id"]


def finishing(journey: JourneyMap, state: Pending, changes: list[Change]) -> list[Change]:
    """``changes``, and the removal of the merge record when they leave no conflict."""
    trial = snapshots.from_payload(snapshots.to_payload(journey))
    theirs = state.theirs
    for old, new in changes:
        if isinstance(old or new, Snapshot):
            theirs = snapshots.from_payload(new.payload)
        elif old is None:
            trial.add(new)
        elif new is None:
            trial.delete([old.id])
        else:
            trial.put(new)
    if m.merge(state.base, trial, theirs).conflicts:
        return changes
    record_ids = {state.base_snapshot.id, state.theirs_snapshot.id}
    kept = [(o, n) for o, n in changes if not isinstance(o or n, Snapshot)]
    return [*kept, *((journey.get(Snapshot, i), None) for i in sorted(record_ids))]
