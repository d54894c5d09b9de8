"""The snapshot payload: the whole map in the canonical JSON exchange format, without other snapshots.

A payload is ``io.json_format``'s document of the map with the ``snapshots`` list left out (a snapshot
never holds older snapshots), written compactly. Reading goes through ``json_format.loads``, so a payload
from an older schema takes the defaults of newer fields and a damaged one raises ``FormatError`` with a
one-line reason naming where.
"""

from __future__ import annotations

import json
from datetime import datetime

from cxdesigner.domain.entities import new_id
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kinds import kind_of
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.io import json_format
from cxdesigner.io.errors import FormatError

__all__ = ["FormatError", "from_payload", "take", "to_payload"]

_SNAPSHOTS = kind_of(Snapshot).name


def to_payload(journey: JourneyMap) -> str:
    """The map (without snapshots) as canonical, compact JSON text."""
    document = json_format.to_document(journey)
    document.pop(_SNAPSHOTS, None)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def from_payload(text: str) -> JourneyMap:
    """The map a payload holds; ``FormatError`` when it cannot be read."""
    journey = json_format.loads(text)
    if journey.count(Snapshot):
        raise FormatError(_SNAPSHOTS, "a snapshot never holds other snapshots")
    return journey


def take(journey: JourneyMap, label: str, taken_at: datetime | None = None) -> Snapshot:
    """A new snapshot of the map as it is now (add it to the map, through a command, to keep it)."""
    moment = (taken_at or datetime.now()).replace(microsecond=0)
    return Snapshot(id=new_id(), label=label, taken_at=moment.isoformat(), payload=to_payload(journey))


def latest(journey: JourneyMap) -> tuple[Snapshot, JourneyMap | None] | None:
    """The newest snapshot and the map it holds (None for the map when it cannot be read); None without any."""
    snaps = sorted(journey.all(Snapshot), key=lambda s: (s.taken_at, s.id))
    if not snaps:
        return None
    try:
        return snaps[-1], from_payload(snaps[-1].payload)
    except FormatError:
        return snaps[-1], None
