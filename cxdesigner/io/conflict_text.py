"""Merge conflicts in words: one line each, naming the thing, the field, both sides' values and what was kept."""

from __future__ import annotations

from cxdesigner.domain import merge as m
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.io.change_text import FIELD_WORDS, value_text, what


def line(conflict: m.Conflict, merged: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> str:
    """One conflict as one line, beginning with ``CONFLICT``."""
    kind, eid = conflict.kind, conflict.entity_id
    side = merged if eid in merged else (ours if eid in ours else theirs)
    head = "Map" if kind == "map_info" else what(side, kind, eid)
    if conflict.field:
        word = FIELD_WORDS.get(conflict.field, conflict.field.replace("_", " "))
        mine = value_text(merged, kind, conflict.field, conflict.ours)
        other = value_text(theirs, kind, conflict.field, conflict.theirs)
        return f"CONFLICT {head}: {word} {conflict.reason}: ours {mine}, theirs {other}; kept ours"
    if conflict.reason == m.DELETED_BY_US:
        return f"CONFLICT {head}: {conflict.reason}; left deleted, their version is kept in the conflict record"
    if conflict.reason == m.DELETED_BY_THEM:
        return f"CONFLICT {head}: {conflict.reason}; kept ours"
    if conflict.reason == m.KEPT_IN_USE:
        who = "our" if conflict.ours is None else "their"
        return f"CONFLICT {head}: deleted on {who} side, but the other side still uses it ({conflict.detail}); kept"
    if conflict.reason == m.SAME_KEY:
        return f"CONFLICT {head}: their change would make it a duplicate; kept ours"
    kept = "kept ours" if conflict.ours is not None else "left out, their version is kept in the conflict record"
    return f"CONFLICT {head}: {conflict.reason} ({conflict.detail}); {kept}"


def lines(result: m.MergeResult, ours: JourneyMap, theirs: JourneyMap) -> list[str]:
    """Every conflict of a merge as a line."""
    return [line(c, result.journey, ours, theirs) for c in result.conflicts]
