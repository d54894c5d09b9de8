"""What changed between two maps, in words: the lines ``cxdesigner diff`` prints, and the same as JSON.

Each ``revisions.Difference`` becomes one line naming the thing the way the user sees it (a touchpoint by
its title and cell, a flow by the cards it joins, an emotion by persona and card), then the changed fields
with their old and new values; references show the title of what they point to, not an id.
"""

from __future__ import annotations

import base64
from enum import Enum
from typing import Any

from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.kinds import KIND_BY_NAME
from cxdesigner.domain.quality import QualityRequirement, status
from cxdesigner.domain.revisions import Difference
from cxdesigner.storage.codec import to_row

NOUNS = {
    "map_info": "Map",
    "stages": "Stage",
    "lanes": "Lane",
    "personas": "Persona",
    "touchpoints": "Touchpoint",
    "flows": "Flow",
    "emotions": "Emotion",
    "quality_requirements": "Requirement",
    "feedback_items": "Feedback",
    "barriers": "Barrier",
    "improvements": "Improvement",
    "improvement_barriers": "Improvement for barrier",
    "strategy_scores": "Strategy score",
    "snapshots": "Snapshot",
    "pictures": "Picture",
    "expectations": "Expectation",
}
FIELD_WORDS = {
    "stage_id": "stage",
    "lane_id": "lane",
    "persona_id": "persona",
    "touchpoint_id": "touchpoint",
    "source_id": "from",
    "target_id": "to",
    "barrier_id": "barrier",
    "improvement_id": "improvement",
    "order": "place",
    "designed": "designed emotion",
    "moment_of_truth": "moment of truth",
    "share": "share of customers",
    "share_lost": "share lost",
    "checked_on": "checked on",
    "taken_at": "taken at",
}
_LONG = 60


def _short(text: str, width: int = _LONG) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= width else line[: width - 1] + "…"


def _quoted(text: str) -> str:
    return f"“{_short(text)}”"


def name_of(journey: JourneyMap, entity_id: str) -> str:
    """An entity's name in quotes (title, name, text or description), or its kind when it has none."""
    entity = journey.find(entity_id)
    if entity is None:
        return "(missing)"
    for attr in ("title", "caption", "name", "text", "label", "description", "key"):
        value = getattr(entity, attr, "")
        if value:
            return _quoted(value)
    return "(untitled)"


def what(journey: JourneyMap, kind: str, entity_id: str) -> str:
    """The thing a difference is about, e.g. ``Touchpoint “Site” (Search / Touchpoints)``."""
    noun = NOUNS.get(kind, kind.replace("_", " ").capitalize())
    entity = journey.find(entity_id)
    if kind == "map_info":
        return noun
    if entity is None:
        return f"{noun} {entity_id}"
    if kind == "touchpoints":
        cell = f"{_plain(journey, entity.stage_id)} / {_plain(journey, entity.lane_id)}"
        return f"{noun} {name_of(journey, entity_id)} ({cell})"
    if kind == "flows":
        return f"{noun} {name_of(journey, entity.source_id)} → {name_of(journey, entity.target_id)}"
    if kind == "emotions":
        return f"{noun} of {name_of(journey, entity.persona_id)} at {name_of(journey, entity.touchpoint_id)}"
    if kind == "improvement_barriers":
        return f"{noun}: {name_of(journey, entity.improvement_id)} → {name_of(journey, entity.barrier_id)}"
    if kind == "snapshots":
        return f"{noun} {_quoted(entity.label or entity.taken_at)}"
    where = ""
    for ref in ("touchpoint_id", "persona_id", "stage_id"):
        target = getattr(entity, ref, "")
        if target:
            where = f" at {name_of(journey, target)}" if ref != "persona_id" else f" of {name_of(journey, target)}"
            break
    return f"{noun} {name_of(journey, entity_id)}{where}"


def _plain(journey: JourneyMap, entity_id: str) -> str:
    return name_of(journey, entity_id).strip("“”")


def value_text(journey: JourneyMap, kind: str, field: str, value: Any) -> str:
    """A field's value as the user reads it: quoted text, yes/no, the title of what a reference names."""
    refs = {**KIND_BY_NAME[kind].refs, **KIND_BY_NAME[kind].optional_refs} if kind in KIND_BY_NAME else {}
    if field in refs:
        return name_of(journey, value) if value else "none"
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, int):
        return (f"{value:+d}" if value else "0") if field == "designed" else str(value)
    if isinstance(value, float):
        return f"{value:g}"
    if field == "payload":
        return f"({len(value):,} characters)"
    if isinstance(value, bytes):
        return f"({len(value):,} bytes)"
    return _quoted(value)


def line(old: JourneyMap, new: JourneyMap, diff: Difference) -> str:
    """One difference as one line of text."""
    journey = old if diff.change == "removed" else new
    head = f"{what(journey, diff.kind, diff.entity_id)} {diff.change}"
    if diff.change != "changed":
        return head
    parts = []
    for f in diff.fields:
        word = FIELD_WORDS.get(f.name, f.name.replace("_", " "))
        before, after = value_text(old, diff.kind, f.name, f.old), value_text(new, diff.kind, f.name, f.new)
        parts.append(f"{word} {before} → {after}")
    text = f"{head}: " + "; ".join(parts)
    if diff.kind == "quality_requirements":
        was = status(old.get(QualityRequirement, diff.entity_id))
        now = status(new.get(QualityRequirement, diff.entity_id))
        if was != now:
            text += f" (status {was.value.replace('_', ' ')} → {now.value.replace('_', ' ')})"
    return text


def lines(old: JourneyMap, new: JourneyMap, diffs: list[Difference]) -> list[str]:
    """Every difference as a line of text."""
    return [line(old, new, d) for d in diffs]


def as_json(old: JourneyMap, new: JourneyMap, diffs: list[Difference]) -> list[dict[str, Any]]:
    """Every difference as a JSON object: kind, id, change, what (in words) and the fields' stored values."""
    out = []
    for d in diffs:
        item: dict[str, Any] = {"kind": d.kind, "id": d.entity_id, "change": d.change, "text": line(old, new, d)}
        if d.fields:
            entity_old = old.info if d.kind == "map_info" else old.find(d.entity_id)
            entity_new = new.info if d.kind == "map_info" else new.find(d.entity_id)
            row_old, row_new = to_row(entity_old), to_row(entity_new)
            item["fields"] = [
                {"name": f.name, "old": _plain_value(row_old[f.name]), "new": _plain_value(row_new[f.name])}
                for f in d.fields
            ]
        out.append(item)
    return out


def _plain_value(value: Any) -> Any:
    """A stored value as JSON can hold it: bytes (a picture) as base64 text."""
    return base64.b64encode(value).decode("ascii") if isinstance(value, bytes) else value
