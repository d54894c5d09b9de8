"""The snapshot payload: canonical JSON of the whole map, read back equal, tolerant of age, strict on damage."""

from __future__ import annotations

import json

import pytest

from cxdesigner.domain.entities import Emotion, Touchpoint, new_id
from cxdesigner.domain.improvements import Barrier
from cxdesigner.domain.journey import JourneyMap
from cxdesigner.domain.snapshot import Snapshot
from cxdesigner.io.errors import FormatError
from cxdesigner.io.snapshots import from_payload, to_payload


def _entities(journey: JourneyMap) -> list[str]:
    return sorted(repr(e) for e in journey.entities() if not isinstance(e, Snapshot))


def test_round_trip_is_equal_and_canonical(journey: JourneyMap) -> None:
    tp = journey.touchpoints()[0]
    journey.update(Touchpoint, tp.id, title='<b>Сайт</b> & "co" 😀')
    journey.add(Emotion(id=new_id(), touchpoint_id=tp.id, persona_id=journey.personas()[0].id, designed=-2))
    journey.add(Barrier(id=new_id(), touchpoint_id=tp.id, share_lost=0.3))
    text = to_payload(journey)
    journey.add(Snapshot(id=new_id(), label="a", taken_at="2025-01-01T00:00:00", payload=text))
    assert to_payload(journey) == text  # snapshots are never nested
    back = from_payload(text)
    assert _entities(back) == _entities(journey)
    assert to_payload(back) == text
    assert "snapshots" not in json.loads(text) and "touchpoints" in json.loads(text)


def test_an_older_payload_takes_defaults(journey: JourneyMap) -> None:
    data = json.loads(to_payload(journey))
    for row in data["touchpoints"]:
        del row["color"]  # a column added later
    del data["barriers"]  # a table added later
    back = from_payload(json.dumps(data))
    assert {t.id for t in back.touchpoints()} == {t.id for t in journey.touchpoints()}
    assert all(t.color == "" for t in back.touchpoints())


@pytest.mark.parametrize(
    "damage",
    ["not json", "[]", '{"format": "other"}', "bad_ref", "bad_type", "no_info", "missing_id", "nested"],
)
def test_damaged_payloads_raise_a_one_line_error(journey: JourneyMap, damage: str) -> None:
    data = json.loads(to_payload(journey))
    if damage == "bad_ref":
        data["flows"][0]["target_id"] = "nowhere"
    elif damage == "bad_type":
        data["stages"][0]["width"] = "wide"
    elif damage == "no_info":
        data["map"] = []
    elif damage == "missing_id":
        del data["lanes"][0]["id"]
    elif damage == "nested":
        data["snapshots"] = [{"id": "s", "label": "", "taken_at": "2025-01-01T00:00:00", "payload": ""}]
    text = json.dumps(data) if damage[0] in "bnm" and damage != "not json" else damage
    with pytest.raises(FormatError) as info:
        from_payload(text)
    assert "\n" not in str(info.value)
